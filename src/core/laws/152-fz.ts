import type { LawChecks, LawPack } from './pack';

/**
 * Russia, 152-FZ as amended by 156-FZ (in force 1 Sep 2025): the consent is a document of its own
 * (Art. 9 part 1), naming the operator and its address, each purpose with its data, the actions
 * and methods, and how long the consent lasts and how to withdraw it (Art. 9 part 4); the record
 * names the exact text agreed to. Since 1 Jul 2025 Art. 18 part 5 forbids collecting Russians'
 * data directly into databases abroad.
 */
export const fz152: LawPack = { model: 'opt-in', firstLayer: ['cross-border', 'consent'], record: ['consentText'] };
export const fz152Checks: LawChecks = {
  requires: [
    { at: ['operator', 'address'], code: 'ruAddress' },
    { at: ['purposes', '*', 'data'], code: 'ruData' },
    { at: ['processing', 'actions'], code: 'ruActions' },
    { at: ['processing', 'methods'], code: 'ruMethods' },
    { at: ['consentTerm'], code: 'ruTerm' },
  ],
  purposeEach: 'ruPurpose',
  purposeOnce: 'ruPurposeOnce',
  operatorCountry: 'ruCountry',
  storedIn: { country: 'RU', code: 'ruAbroad' },
};

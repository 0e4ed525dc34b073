/**
 * What each law requires of a config beyond its shape, as data: the checker reports every
 * path a law needs and the config leaves out, with a code whose message cites the rule
 * (explain.ts). A new requirement is a line here and a message there.
 * Paths are relative to `policy`; `*` stands for each item of a list.
 */
import type { Code } from './spec';
import type { Law } from './types';

export interface LawRequirement {
  readonly at: readonly string[];
  readonly code: Code;
}

export const LAWS: readonly Law[] = ['gdpr', '152-fz', 'dpdp', 'ccpa'];

export const LAW_REQUIREMENTS: Readonly<Record<Law, readonly LawRequirement[]>> = {
  gdpr: [],
  '152-fz': [],
  dpdp: [
    // DPDP s.5(1)(iii): the notice says how to complain to the Data Protection Board.
    { at: ['complaint'], code: 'dpdpComplaint' },
    // DPDP s.9: a child's data needs verifiable parental consent, so the site states its age limit.
    { at: ['minimumAge'], code: 'dpdpAge' },
  ],
  ccpa: [],
};

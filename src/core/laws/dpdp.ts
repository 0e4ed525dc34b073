import type { LawChecks, LawPack } from './pack';

/**
 * India, DPDP Act 2023 and Rules 2025: a notice that stands on its own and itemises the data for
 * each purpose (s.5, r.3), says how to withdraw as easily as consenting (s.6(4)) and how to
 * complain, to the operator's grievance redressal first (s.8(10), s.13(3)), then the Board; a
 * child's data needs verifiable parental consent (s.9), so the site states its age limit.
 */
export const dpdp: LawPack = { model: 'opt-in', firstLayer: ['withdraw', 'complain'], record: [] };
export const dpdpChecks: LawChecks = {
  requires: [
    { at: ['purposes', '*', 'data'], code: 'dpdpData' },
    { at: ['grievance', 'officer'], code: 'dpdpGrievance' },
    { at: ['complaint'], code: 'dpdpComplaint' },
    { at: ['minimumAge'], code: 'dpdpAge' },
  ],
  purposeEach: 'dpdpPurpose',
  minimumAge: { min: 18, code: 'dpdpChild' },
  // The Act's own rights (s.11 access, s.12 correction and erasure, s.6(4) withdrawal, s.14
  // nomination), which the notice tells how to exercise (Rules 2025 r.3(c)(ii)).
  rights: { all: ['access', 'correct', 'delete', 'withdraw', 'nominate'], code: 'dpdpRights' },
};

import type { LawChecks, LawPack } from './pack';

// GDPR and ePrivacy: everything optional is opt-in, which every pack shares; nothing more of the config.
export const gdpr: LawPack = { model: 'opt-in', firstLayer: [], record: [] };
export const gdprChecks: LawChecks = { requires: [] };

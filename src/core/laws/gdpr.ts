import type { LawPack } from './pack';

// GDPR and ePrivacy: everything optional is opt-in, which every pack shares; nothing more of the config.
export const gdpr: LawPack = { model: 'opt-in', requires: [], firstLayer: [], record: [] };

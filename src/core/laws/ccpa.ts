import type { LawChecks, LawPack } from './pack';

/**
 * California, CCPA as amended by the CPRA: opt-out. Optional categories run until the visitor
 * opts out through "Your Privacy Choices" (Civ. Code §1798.135; the icon of CCPA Regs §7015), and
 * Global Privacy Control is an opt-out at once (Regs §7025). Never for EU, UK, RU or IN visitors:
 * a policy that also lists an opt-in law stays opt-in.
 */
export const ccpa: LawPack = { model: 'opt-out', firstLayer: [], record: [] };
export const ccpaChecks: LawChecks = { requires: [], gpcOptOut: 'ccpaGpc' };

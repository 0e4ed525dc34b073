/** The law packs, by the name `policy.laws` gives them: one data file per law (see pack.ts). */
import type { Law, OptInLaw } from '../types';
import { fz152 } from './152-fz';
import { ccpa } from './ccpa';
import { dpdp } from './dpdp';
import { gdpr } from './gdpr';
import type { LawPack } from './pack';

export type { LawChecks, LawLine, LawPack, LawRequirement } from './pack';

export const LAW_PACKS: Readonly<Record<Law, LawPack>> = { gdpr, '152-fz': fz152, dpdp, ccpa };

export const LAWS = Object.keys(LAW_PACKS) as readonly Law[];

/**
 * The laws whose visitors are asked before anything optional runs (all but the US opt-out pack).
 * Pure: only the checker reads it, so the banner's files that take the packs without it drop it.
 */
export const OPT_IN_LAWS = /* @__PURE__ */ LAWS.filter((law) => LAW_PACKS[law].model === 'opt-in') as readonly OptInLaw[];

/** The packs of the laws a policy lists. */
export const packsOf = (laws: readonly Law[]): LawPack[] => laws.map((law) => LAW_PACKS[law]);

/** A law asks for the consent as a document of its own, named in every record (152-FZ). */
export const hasConsentDocument = (laws: readonly Law[]): boolean => packsOf(laws).some((p) => p.record.includes('consentText'));

/** The US opt-out model applies only when every law of the policy is opt-out. */
export const isOptOut = (laws: readonly Law[]): boolean => laws.length > 0 && packsOf(laws).every((p) => p.model === 'opt-out');

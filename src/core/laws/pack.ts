/**
 * What one law asks of a site, as data: one file per law beside this one, run by the existing
 * code (the config's checker, the first layer, the record), never by code paths of its own.
 * Each file gives two objects: its `LawPack` (what the banner and the records read, listed in
 * index.ts) and its `LawChecks` (what only the checker reads, listed in check.ts), so the
 * banner's file for a config checked ahead does not carry the checks. A new law adds both.
 */
import type { Code } from '../spec';
import type { Right } from '../types';

/** A value the law needs, under `policy` (`*`: each item); its code's message cites the article (explain.ts). */
export interface LawRequirement {
  readonly at: readonly string[];
  readonly code: Code;
}

/** The first layer's lines a law adds to everyone's (first-layer.ts words each). */
export type LawLine = 'cross-border' | 'consent' | 'withdraw' | 'complain';

export interface LawPack {
  /**
   * `opt-in`: nothing optional runs before a yes. `opt-out` (US): optional categories run until
   * the visitor opts out, and Global Privacy Control opts out at once; used only when every law
   * of the policy says so, so a site under any opt-in law stays opt-in.
   */
  readonly model: 'opt-in' | 'opt-out';
  /** Lines the law puts on the first layer, besides the ones every law gets. */
  readonly firstLayer: readonly LawLine[];
  /** `consentText`: every record names the consent document's text agreed to (consent-document.ts). */
  readonly record: readonly 'consentText'[];
}

/**
 * What the config's checker asks of a config under the law (check.ts, config-spec.ts): apart
 * from the pack, so the banner's file for a config checked ahead (`checked-<lang>`), which
 * resolves a config but never checks it, does not carry it.
 */
export interface LawChecks {
  /** Values the config must give; a value given as `{ "notStated": true }` passes, with a warning. */
  readonly requires: readonly LawRequirement[];
  /** Every optional category must be named by a purpose: consent is to stated purposes, and one no purpose names would be agreed to for no stated reason. */
  readonly purposeEach?: Code;
  /**
   * And by one purpose only: each purpose is consented to on its own, and one switch for two
   * purposes would give one consent to both (while the consent document says each is separate).
   */
  readonly purposeOnce?: Code;
  /** `policy.minimumAge`, when given, is at least this (the law's age of a child). */
  readonly minimumAge?: { readonly min: number; readonly code: Code };
  /** Global Privacy Control is an opt-out the site may not switch off, and it must refuse some category. */
  readonly gpcOptOut?: Code;
  /**
   * The law's first-layer line on transfers abroad needs the operator's country: given as "ZZ"
   * (not stated), nothing is called abroad, and it is warned about as not stated, with this code.
   */
  readonly operatorCountry?: Code;
  /** A listed service whose data is stored outside this country is warned about (not refused), with this code. */
  readonly storedIn?: { readonly country: string; readonly code: Code };
  /**
   * Rights the law gives every visitor whatever the policy says: `policy.rights` leaving one out
   * is warned about (not refused), since the settings list only the rights the config gives.
   */
  readonly rights?: { readonly all: readonly Right[]; readonly code: Code };
}

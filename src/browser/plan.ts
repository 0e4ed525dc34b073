import { BUILD } from '../core/version';
import type { ConsentState } from '../core/types';
import type { Traces } from '../gate/present';
import type { Memo } from './memo';

/**
 * What a returning visit does, worked out once by the core chunk and kept in localStorage: the
 * boot file applies it with no other request, and no code to work it out again. It is used only
 * while its key still holds (the same build, config text, cookie, GPC and languages) and the
 * choice is current (`until`); anything else fetches the core, which writes a new one.
 */
export interface Plan {
  key: string;
  /** The consent cookies it was made for (`cookieSet`). */
  raw: string;
  /** When the choice stops being current (its `lifetimeDays`): asked again from then. */
  until: number;
  /** From when the choice may be used: not before its own time less a day (`CLOCK_SKEW`), so a clock set back since is not trusted (the core would read the choice as forged). */
  from: number;
  memo: Memo;
  state: ConsentState;
  locale: string;
  /** Google's and Metrica's calls for this state, in order (see `PlanOp`). */
  ops: PlanOp[];
  /**
   * What the gate may find on a page, as `category ` (with a space) or `category service`: those the config
   * knows (anything else is the core's to warn about), and those this state grants.
   */
  gate: [known: string[], granted: string[]];
  /** The refused services' cookie and storage names (with `*`): any left means a clean-up. */
  traces: Traces;
  /** The floating button: its stylesheet and markup, label in the visitor's language. */
  button?: [css: string, html: string];
}

/** What the boot file applies of a plan (a first visit's banner, before the core, applies one too). */
export type Applied = Pick<Plan, 'memo' | 'ops' | 'gate' | 'traces' | 'button'>;

/**
 * A call an integration makes for a state: `g` gtag(...args); `j` gtag('js', new Date());
 * `m` Tag Manager's start event; `y` ym(...args); `f` lift Metrica's flag (a global, set `false`); `t` a
 * tag's script (src, nonce). (`window.gtag` is set whenever Google is configured, as its plugin does.)
 */
export type PlanOp = ['g', unknown[]] | ['j'] | ['m'] | ['y', unknown[]] | ['f', string] | ['t', string, string?];

/**
 * Where a cookie name's plans are kept: a list, newest first, one per config and language a page
 * of the site has (a shop's pages and its blog's may have configs of their own, a multilingual
 * site pages in each language), so a visitor going between them does not fetch the core on
 * every page to write over the other's plan.
 */
export const planStore = (cookieName: string): string => `${cookieName}.plan`;

/** How many plans are kept for one cookie: each is a few KB, and a site seldom has more configs and languages in use. */
export const PLANS_KEPT = 4;

/** Everything a plan depends on besides the time: a change in any of it means the core decides again. */
export function planKey(text: string, raw: string | undefined): string {
  return [BUILD, text, raw, (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true, document.documentElement.lang, navigator.languages].join('\n');
}

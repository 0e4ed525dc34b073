import type { ResolvedConfig } from '../../core/resolved-config';
import type { ConsentState, LocalizedText } from '../../core/types';
import type { DialogTexts } from '../i18n/dialog-en';
import type { BannerTexts } from '../i18n/en';
import { joinList } from '../i18n/intl';

/**
 * The dialog's first line, true beside its switches: on an opt-in site everything optional is
 * off until the visitor turns it on; on an opt-out site (the US pack) it is on until they turn
 * it off, except what Global Privacy Control turned off (GUIDE §3, US: the signal is shown to
 * the visitor), named as the first layer's GPC line names it. A GPC category the visitor granted
 * explicitly under GPC is on, so it is not named.
 */
/** The Global Privacy Control categories that are off now: not one the visitor granted explicitly under the signal. */
export function gpcOff(config: ResolvedConfig, state: ConsentState): string[] {
  return state.gpc ? config.gpc.categories.filter((key) => !state.categories[key]) : [];
}

export function introText(config: ResolvedConfig, state: ConsentState, t: BannerTexts, d: DialogTexts, text: (value: LocalizedText) => string): string {
  if (!config.optOut) return d.dialogIntro;
  const off = config.categories.filter((c) => !c.necessary && gpcOff(config, state).includes(c.key));
  if (!off.length) return d.dialogIntroOptOut;
  const names = joinList(off.map((c) => t.quote.replace('{x}', () => text(c.title))), t);
  return d.dialogIntroGpc.replace('{categories}', () => names);
}

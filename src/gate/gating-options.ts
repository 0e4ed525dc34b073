import { IssueList } from '../core/checks';
import type { ConfigIssue, LocalizedText } from '../core/types';
import type { EmbedTextKey } from './embed-texts';
import { EMBED_TEXT_KEYS } from './embed-texts';
import { strip } from './report';

export type ReloadOnWithdraw = 'ask' | 'always' | 'never';

/** `config.gating`, with defaults applied. */
export interface GatingOptions {
  /**
   * What to do when a category or service is withdrawn, since running third-party code
   * cannot be unloaded: `ask` fires `consentry:reload-suggested` (the widget offers a Reload
   * button), `always` reloads the page, `never` does nothing more. Default `ask`.
   */
  reloadOnWithdraw: ReloadOnWithdraw;
  /** Watch for blocked scripts and iframes added after start-up (GTM, CMS widgets, SPAs). Default `true`. */
  observe: boolean;
  /** Placeholder texts by language; `{name}` is the provider. Default: shipped en, ru, hi. */
  texts: Partial<Record<EmbedTextKey, LocalizedText>>;
}

const RELOAD: readonly ReloadOnWithdraw[] = ['ask', 'always', 'never'];

/** The options with defaults, for options already checked (the script-tag boot). */
export function gatingDefaults(raw: Partial<GatingOptions> = {}): GatingOptions {
  return { reloadOnWithdraw: raw.reloadOnWithdraw ?? 'ask', observe: raw.observe ?? true, texts: raw.texts ?? {} };
}

export function readGatingOptions(raw: unknown, defaultLang: string): { options: GatingOptions; issues: ConfigIssue[] } {
  const v = new IssueList();
  const options: GatingOptions = { reloadOnWithdraw: 'ask', observe: true, texts: {} };
  if (raw === undefined) return { options, issues: [] };
  if (!v.object('', raw, ['reloadOnWithdraw', 'observe', 'texts'])) return { options, issues: v.issues };
  if (raw.reloadOnWithdraw !== undefined && v.oneOf('reloadOnWithdraw', raw.reloadOnWithdraw, RELOAD)) options.reloadOnWithdraw = raw.reloadOnWithdraw;
  if (raw.observe !== undefined && v.boolean('observe', raw.observe)) options.observe = raw.observe;
  if (raw.texts !== undefined && v.object('texts', raw.texts, EMBED_TEXT_KEYS)) {
    for (const key of EMBED_TEXT_KEYS) {
      const text = raw.texts[key];
      if (text !== undefined && v.text(`texts.${key}`, text, defaultLang)) options.texts[key] = text as LocalizedText;
    }
  }
  return { options, issues: strip(v.issues) };
}

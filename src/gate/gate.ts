import { consoleLogger } from '../core/log';
import { sayNow } from '../core/messages';
import type { ConsentPlugin } from '../core/types';
import { gateCore } from './gate-core';
import { readGatingOptions } from './gating-options';
import { reportIssues } from './report';

export interface GateOptions {
  /** The page to gate. Default: the current `window`. */
  window?: Window;
  /** Where the options come from, for error messages. Default `config.gating`. */
  source?: string;
}

/**
 * The declarative gate for npm, configured by `config.gating`: activates `<script type="text/plain"
 * data-category>` and `<iframe data-category data-src>` on consent (also those added later), and
 * cleans up on withdrawal. The placeholder and the clean-up are lazy chunks for your bundler.
 * Put it after the integrations in `plugins`, so their Consent Mode update and Metrica flag come first.
 */
export function gate(options: GateOptions = {}): ConsentPlugin {
  return {
    name: 'gate',
    setup(consent) {
      if (!consent.config) return;
      const { options: gating, issues } = readGatingOptions(consent.config.source.gating ?? undefined, consent.config.language.default);
      if (issues.length > 0) {
        // Blocked scripts and frames simply stay blocked: that is failing closed.
        reportIssues(consoleLogger, options.source ?? 'config.gating', issues, 'Blocked scripts and iframes will stay blocked (failing closed); withdrawal clean-up still runs.');
      }
      return gateCore({
        options: gating,
        blocked: issues.length > 0,
        embeds: () => import('./embeds'),
        cleanup: () => import('./cleanup'),
        window: options.window,
        say: sayNow(consoleLogger),
      }).setup(consent);
    },
  };
}

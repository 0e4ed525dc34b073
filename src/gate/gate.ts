import { consoleLogger } from '../core/log';
import { sayThrough } from '../core/messages';
import type { ConsentPlugin } from '../core/types';
import { gateCore } from './gate-core';
import { gatingDefaults } from './gating-defaults';

export interface GateOptions {
  /** The page to gate. Default: the current `window`. */
  window?: Window | undefined;
}

/**
 * The declarative gate for npm, configured by `config.gating`: activates `<script type="text/plain"
 * data-category>` and `<iframe data-category data-src>` on consent (also those added later), and
 * cleans up on withdrawal. The placeholder and the clean-up are lazy chunks for your bundler.
 * Put it after the integrations in `plugins`, so their Consent Mode update and Metrica flag come first.
 * `config.gating` is checked with the rest of the config: a wrong value fails it all closed.
 */
export function gate(options: GateOptions = {}): ConsentPlugin {
  return {
    name: 'gate',
    setup(consent) {
      const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
      if (!consent.config || !win) return;
      return gateCore({
        options: gatingDefaults(consent.config.gating),
        embeds: () => import('./embeds'),
        cleanup: () => import('./cleanup'),
        window: win,
        say: sayThrough(consoleLogger),
      }).setup(consent);
    },
  };
}

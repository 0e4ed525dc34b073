import type { ResolvedConfig } from './resolved-config';
import type { Finding } from './spec';
import { onlyJson } from './only-json';
import { BUILD } from './version';

/** What an npm page keeps of a config it has checked: the config with its defaults, and its laws' warnings (told again on every page, as when checked). */
export interface KeptConfig {
  config: Omit<ResolvedConfig, 'source'>;
  warnings: Finding[];
}

/**
 * The key an npm page keeps a checked config by (storage/checked-configs.ts): the build, the
 * config and what its plugins give it (services, integrations' options) as JSON. A config JSON
 * would not carry whole (a function, a Date, `undefined`, NaN) has no key, so it is checked on
 * every page: the checker sees such values, and a key that dropped them could match a config
 * that failed.
 */
export function keptConfigKey(config: unknown, plugins: object): string | undefined {
  try {
    return `${BUILD}\nnpm\n${JSON.stringify([config, plugins], onlyJson)}`;
  } catch {
    return undefined; // not plain JSON (or a getter threw): checked every time
  }
}

/**
 * The four demo sites' own configs (demo/sites/<site>/consentry.config.json), resolved as the
 * script tag resolves them, with the services their integrations bring: the summaries' tests
 * measure the customers' real banners, not fixtures.
 */
import { readFileSync } from 'node:fs';
import { resolveConfig } from '../../core/resolve';
import type { ResolvedConfig } from '../../core/resolved-config';
import type { ConsentryConfig } from '../../core/types';
import { googleServices } from '../../integrations/google-services';
import { yandexServices } from '../../integrations/yandex-services';

export const DEMO_SITES = [
  { id: 'arcon', langs: ['ru', 'en'] },
  { id: 'shop', langs: ['ru', 'en'] },
  { id: 'infomaximum', langs: ['ru', 'en'] },
  { id: 'cmachines', langs: ['en', 'hi'] },
] as const;

export function demoConfig(site: string): ConsentryConfig {
  return JSON.parse(readFileSync(new URL(`../../../demo/sites/${site}/consentry.config.json`, import.meta.url), 'utf8')) as ConsentryConfig;
}

export function resolvedDemo(site: string, edit: (config: ConsentryConfig) => void = () => {}): ResolvedConfig {
  const config = demoConfig(site);
  edit(config);
  const extra = { ...googleServices({ measurementId: 'G-ABC123', containerId: 'GTM-ABC123' }), ...yandexServices(true) };
  return resolveConfig(config, extra);
}

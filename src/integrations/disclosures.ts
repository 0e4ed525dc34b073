import type { ResolvedService } from '../core/resolved-config';
import type { ServiceConfig } from '../core/types';
import { googleDisclosures } from './google-disclosures';
import { yandexDisclosures } from './yandex-disclosures';

let builtIn: Record<string, ServiceConfig> | undefined;

/** What a visitor reads about a service: the site's own words, else the built-in integration's. */
export function serviceDisclosure(service: ResolvedService): ServiceConfig | undefined {
  return service.disclosure ?? (builtIn ??= { ...googleDisclosures(), ...yandexDisclosures() })[service.key];
}

import type { ResolvedService } from '../core/resolved-config';
import type { ServiceConfig } from '../core/types';

/**
 * What visitors read about a built-in service in one language: one file per language
 * (`disclosures-en.ts`…), so a visitor downloads only theirs, and only with the dialog. The
 * company's name comes with the first layer's texts, which name it too.
 */
export interface ServiceTexts {
  title: string;
  purpose: string;
  /** `[name, lifetime, what it is for]`, in the order the integration's facts list them. */
  cookies: ReadonlyArray<readonly [name: string, lifetime: string, purpose: string]>;
}

/** The built-in services' companies' privacy policies, by the first word of the service's key (`google-analytics`). */
export const POLICY_URLS: Readonly<Record<string, string>> = {
  google: 'https://policies.google.com/privacy',
  yandex: 'https://yandex.ru/legal/confidential/',
};

/** The site's own words about a service (`config.services`); the built-in integrations' are per language, above. */
export function serviceDisclosure(service: ResolvedService): ServiceConfig | undefined {
  return service.disclosure;
}

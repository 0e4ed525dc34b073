// A site's code against the installed tarball, type-checked under `nodenext` and `bundler` with
// `skipLibCheck: false`. Each `@ts-expect-error` line must fail to compile: were an entry's
// declarations lost, its exports would be `any`, the line would compile, and tsc would report
// the unused directive instead (TS2578).
import { createConsent, VERSION, type Consent, type ConsentryConfig, type ConsentRecord } from 'consentry';
import { gate, loadScript } from 'consentry/gate';
import { google } from 'consentry/integrations/google';
import { yandexMetrica } from 'consentry/integrations/yandex-metrica';
import { createReceiver, memoryRecordStore, type RecordStore } from 'consentry/server';
import { mountUi } from 'consentry/ui';
import { consentDocument } from 'consentry/consent-document';
import { validateConfig } from 'consentry/validate';
import { ConsentProvider, useConsent } from 'consentry/react';
import { consentry as consentryVue, useConsent as useConsentVue } from 'consentry/vue';
import recordSchema from 'consentry/record.schema.json' with { type: 'json' };
import configSchema from 'consentry/config.schema.json' with { type: 'json' };
import siteConfig from './consentry.config.json' with { type: 'json' }; // a demo site's, copied in by the test

export const config: ConsentryConfig = {
  policy: {
    revision: '2026-01',
    url: '/privacy',
    laws: ['gdpr'],
    operator: { name: 'Example Ltd', country: 'GB' },
    contact: { email: 'privacy@example.com' },
    data: [{ id: 'usage', name: 'Pages you visit' }],
    purposes: [{ id: 'stats', title: 'Count visits', category: 'analytics', data: ['usage'] }],
    retention: '13 months',
    withdrawal: 'Use "Cookie settings" at the bottom of any page.',
  },
  categories: {
    necessary: { title: 'Necessary', description: 'Keeps the site working.' },
    analytics: { title: 'Statistics', description: 'Counts visits.', services: ['google-analytics'] },
  },
};

export function start(): Consent {
  const consent = createConsent(config, {
    plugins: [google({ measurementId: 'G-XXXXXXX' }), yandexMetrica({ id: 12345678 }), gate()],
    onRecord: async (record: ConsentRecord) => (await fetch('/consent-log', { method: 'POST', body: JSON.stringify(record) })).ok,
  });
  void loadScript(consent, 'https://widget.example/chat.js', { category: 'analytics' });
  mountUi(consent).open('preferences');
  return consent;
}

export const store: RecordStore = memoryRecordStore();
export const handler = createReceiver({ store });
export const checked: boolean = validateConfig(config).ok;
export const version: string = VERSION;
export const schemaId: unknown = recordSchema.$id;
export const configSchemaTitle: string = configSchema.title;
export const consentHtml: string = consentDocument(config, { lang: 'en', format: 'html' });
// A config file, as the README's quick start imports one: TypeScript widens its strings, so it is cast.
export const fromFile = (): Consent => createConsent(siteConfig as ConsentryConfig);
export const reactAdapter = { ConsentProvider, useConsent };
export const vueAdapter = { consentryVue, useConsentVue };

// @ts-expect-error createConsent is a function
export const a: number = createConsent;
// @ts-expect-error gate is a function
export const b: number = gate;
// @ts-expect-error google is a function
export const c: number = google;
// @ts-expect-error yandexMetrica is a function
export const d: number = yandexMetrica;
// @ts-expect-error mountUi is a function
export const e: number = mountUi;
// @ts-expect-error createReceiver is a function
export const f: number = createReceiver;
// @ts-expect-error consentDocument is a function
export const h: number = consentDocument;
// @ts-expect-error the record schema is an object
export const g: number = recordSchema;
// @ts-expect-error ConsentProvider is a component
export const i: number = ConsentProvider;
// @ts-expect-error the Vue plugin is an object
export const j: number = consentryVue;
// @ts-expect-error the config schema is an object
export const k: number = configSchema;

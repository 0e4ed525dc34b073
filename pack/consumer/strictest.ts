// A site's code as @tsconfig/strictest checks it (exactOptionalPropertyTypes above all), against
// the installed tarball: a config written `as const`, and the README's server set-up with values
// from the environment, which are `string | undefined`.
import { createConsent, readConsent, type ConsentryConfig } from 'consentry';
import { validateConfig } from 'consentry/validate';
import { consentDocument } from 'consentry/consent-document';
import { createFetchReceiver, createReceiver, pgRecordStore, sqliteRecordStore } from 'consentry/server';

const config = {
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
    analytics: { title: 'Statistics', description: 'Counts visits.' },
  },
  language: { default: 'en', available: ['en', 'ru'] },
} as const satisfies ConsentryConfig;

export const consent = createConsent(config);
export const state = readConsent(process.env['COOKIE'], config, { gpc: process.env['SEC_GPC'] === '1' });
export const valid: boolean = validateConfig(config).ok;
export const document: string = consentDocument(config, { lang: process.env['LANG'], format: 'html' });

export const receiver = createReceiver({
  store: sqliteRecordStore({ path: './data/consent-log.sqlite' }),
  adminToken: process.env['CONSENT_LOG_TOKEN'],
  allowedOrigins: ['https://shop.example'],
  rateLimit: { records: 120, admin: 30 },
});
const store = await pgRecordStore({ connectionString: process.env['DATABASE_URL'] });
const receive = createFetchReceiver({ store, basePath: '/consent-log' });
export const answer = (request: Request, address: string | undefined) => receive(request, { address });

// A site's code as @tsconfig/strictest checks it (exactOptionalPropertyTypes above all), against
// the installed tarball: a config written `as const`, the README's server set-up with values from
// the environment, which are `string | undefined`, and a page's start-up with what it knows only at
// run time (the request's CSP nonce, a view asked for in the URL, the server's state), each maybe
// undefined: every option takes `undefined` as "not set", as the code does.
import { createElement } from 'react';
import { createSSRApp } from 'vue';
import { createConsent, memoryStore, readConsent, type ConsentryConfig, type ConsentRecord, type ConsentState } from 'consentry';
import { validateConfig } from 'consentry/validate';
import { consentDocument } from 'consentry/consent-document';
import { createFetchReceiver, createReceiver, pgRecordStore, sqliteRecordStore } from 'consentry/server';
import { gate, loadScript } from 'consentry/gate';
import { google } from 'consentry/integrations/google';
import { yandexMetrica } from 'consentry/integrations/yandex-metrica';
import { mountUi } from 'consentry/ui';
import { ConsentGate, ConsentProvider } from 'consentry/react';
import { consentry as consentryVue } from 'consentry/vue';

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

// The config's optional parts from the build's environment, each left out where it is not set.
const env = process.env;
export const fromEnv: ConsentryConfig = {
  ...config,
  policy: { ...config.policy, consentUrl: env['CONSENT_URL'], minimumAge: env['MINIMUM_AGE'] ? Number(env['MINIMUM_AGE']) : undefined, contact: { email: env['PRIVACY_EMAIL'], phone: env['PRIVACY_PHONE'], url: '/contact' } },
  categories: { ...config.categories, analytics: { ...config.categories.analytics, services: env['GA_ID'] ? ['google-analytics'] : undefined } },
  cookie: { domain: env['COOKIE_DOMAIN'], secure: env['HTTPS'] ? true : undefined },
  language: { ...config.language, force: env['FORCE_LANG'] },
  records: { endpoint: env['CONSENT_LOG_URL'] },
  bannerVersion: env['BANNER_VERSION'],
  integrations: { google: { measurementId: env['GA_ID'], containerId: env['GTM_ID'], signals: { ad_user_data: env['ADS_CATEGORY'] } } },
  gating: { reloadOnWithdraw: env['RELOAD'] === 'always' ? 'always' : undefined, texts: { notice: env['EMBED_NOTICE'] } },
  ui: { layout: env['BANNER_LAYOUT'] === 'box' ? 'box' : undefined, chunkBase: env['CHUNK_BASE'], texts: { en: { acceptAll: env['ACCEPT_TEXT'] } } },
};

/** A page's start, with its request's CSP nonce (none without a CSP), a view asked for in the URL, and a form's answers. */
export function start(nonce: string | undefined, view: 'preferences' | undefined, onRecord: ((record: ConsentRecord) => boolean) | undefined, form: { underAge?: boolean | undefined; services?: Record<string, boolean> | undefined }) {
  const page = createConsent(fromEnv, {
    plugins: [
      google({ measurementId: env['GA_ID'], containerId: env['GTM_ID'], scriptUrl: env['GTAG_PROXY'], mode: env['GA_MODE'] === 'advanced' ? 'advanced' : undefined, waitForUpdate: env['GA_WAIT'] ? Number(env['GA_WAIT']) : undefined, nonce }, { nonce }),
      yandexMetrica({ id: Number(env['YM_ID']), ecommerce: env['YM_DATALAYER'], webvisor: env['YM_WEBVISOR'] === '1' || undefined, nonce }),
      gate({ window: typeof window === 'undefined' ? undefined : window }),
    ],
    onRecord,
    store: env['NODE_ENV'] === 'test' ? memoryStore() : undefined,
  });
  void loadScript(page, 'https://widget.example/chat.js', { category: 'analytics', service: env['CHAT_SERVICE'], nonce });
  void page.acceptAll({ layer: 'banner', consentManager: env['CONSENT_MANAGER'] });
  void page.rejectAll({ underAge: form.underAge });
  void page.set({ analytics: true }, { services: form.services });
  return mountUi(page, { open: view });
}

// The adapters, with the state the server rendered with (none on a static page).
export const reactApp = (initialState: ConsentState | undefined, service: string | undefined) =>
  createElement(ConsentProvider, { config: fromEnv, initialState, options: undefined, ui: { open: undefined } }, createElement(ConsentGate, { category: 'analytics', service }));
export const vueApp = (initialState: ConsentState | undefined) => createSSRApp({}).use(consentryVue, { config: fromEnv, initialState, options: undefined, ui: undefined });

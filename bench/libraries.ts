/**
 * The pages the benchmark compares: the same article, three categories (necessary, analytics,
 * marketing), one gated analytics script and a banner with Accept and Reject, set up for each
 * library the way its own docs say. Selectors are CSS, searched in the document and in every
 * shadow root (see probe.ts), so a widget inside a Shadow DOM is found too.
 */
import { existsSync } from 'node:fs';
import { configDigest } from '../src/core/config-digest';

export type LibraryId = 'baseline' | 'consentry' | 'consentry-checked' | 'vanilla-cookieconsent' | 'klaro' | 'osano' | 'tarteaucitron';

export interface Library {
  id: LibraryId;
  title: string;
  /** URL path prefixes of the library's own files: the bodies of everything the browser
   * downloads under them (lazily loaded chunks, languages and CSS included) are the bytes. */
  files: string[];
  /** Root element of the first-layer banner; `null`: the page has none (baseline). */
  banner: string | null;
  /** The banner's Accept (all) button. */
  accept: string | null;
  /** A condition (a JS expression) the page meets once the library listens to its buttons, for a
   * library that wires them a while after drawing the banner; the click waits for it. */
  acceptReady?: string;
  /** Why no banner is expected on this build, or `null` when one is. Skips the wait. */
  bannerMissingReason: () => string | null;
  /** Grants everything through the library's API: used only when no banner showed, so
   * the returning visit still has a stored choice to measure. */
  acceptViaApi: string | null;
  /** Markup for <head> and for the end of <body>, around the shared article. */
  head: string;
  bodyEnd: string;
}

/**
 * Consentry's widget selectors, in ONE place: the widget (issue 4) is built in parallel, so
 * these are the names it is expected to use. Fix them here if its markup differs.
 */
export const CONSENTRY_SELECTORS = {
  banner: '[data-consentry="banner"]',
  accept: '[data-consentry="banner"] [data-action="accept"]',
};

/** The script-tag entry a page loads; the chunks it fetches are found by the `/dist/` prefix,
 * whatever they are called (hashed names included). */
export const CONSENTRY_ENTRY = 'dist/consentry.js';
const consentryBuilt = () => existsSync(new URL(`../${CONSENTRY_ENTRY}`, import.meta.url));

const TITLE = 'How we bake bread at the corner bakery';
const POLICY = '/privacy';

/** The gated script every page carries: it records when it ran, so "Accept → gated script"
 * and "returning visit → gated script" can be measured. */
const GATED_BODY = 'window.__gatedRanAt = performance.now();';

/**
 * For the libraries that do not activate `<script type="text/plain">` themselves (Osano 3,
 * tarteaucitron): the site's own code, called from the library's consent hook, runs the same
 * blocked script the way the others do (a new script element with its text), once.
 */
const RUN_GATED = `function runGatedAnalytics() {
    document.querySelectorAll('script[type="text/plain"][data-category="analytics"]').forEach(function (blocked) {
      var script = document.createElement('script');
      script.text = blocked.text;
      blocked.replaceWith(script);
    });
  }`;

export const consentryConfig = {
  policy: {
    revision: '2026-01',
    url: POLICY,
    laws: ['gdpr'],
    operator: { name: 'Corner Bakery Ltd', country: 'GB' },
    contact: { email: 'privacy@bakery.test' },
    data: [{ id: 'usage', name: 'Pages you visit' }],
    purposes: [
      { id: 'service', title: 'Run the site', category: 'necessary' },
      { id: 'stats', title: 'Count visits', category: 'analytics', data: ['usage'] },
      { id: 'ads', title: 'Show relevant ads', category: 'marketing', data: ['usage'] },
    ],
    retention: '13 months',
    withdrawal: 'Use “Cookie settings” at the bottom of any page.',
  },
  categories: {
    necessary: { title: 'Necessary', description: 'Keeps the site working.' },
    analytics: { title: 'Statistics', description: 'Counts visits, anonymously.' },
    marketing: { title: 'Marketing', description: 'Shows ads that fit your interests.' },
  },
  language: { default: 'en', available: ['en'] },
};

// vanilla-cookieconsent v3: `CookieConsent.run({ categories, language: { translations } })`.
const vanillaConfig = `{
  // Its default hides the banner from bots, and it counts navigator.webdriver (set by
  // Playwright) as a bot: visitors always see it, so the benchmark must too.
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    marketing: {}
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'Corner Bakery Ltd counts visits and shows ads only if you agree. <a href="${POLICY}">Privacy policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Settings'
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Keeps the site working.', linkedCategory: 'necessary' },
            { title: 'Statistics', description: 'Counts visits, anonymously.', linkedCategory: 'analytics' },
            { title: 'Marketing', description: 'Shows ads that fit your interests.', linkedCategory: 'marketing' }
          ]
        }
      }
    }
  }
}`;

// Klaro: a global `klaroConfig` with `services` grouped by `purposes`, loaded before klaro.js.
const klaroConfig = `{
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  groupByPurpose: true,
  lang: 'en',
  translations: {
    en: {
      privacyPolicyUrl: '${POLICY}',
      consentNotice: { description: 'Corner Bakery Ltd counts visits and shows ads only if you agree.' },
      ok: 'Accept all',
      decline: 'Reject all',
      purposes: { necessary: 'Necessary', analytics: 'Statistics', marketing: 'Marketing' },
      session: { description: 'Keeps the site working.' },
      stats: { description: 'Counts visits, anonymously.' },
      ads: { description: 'Shows ads that fit your interests.' }
    }
  },
  services: [
    { name: 'session', title: 'Session', purposes: ['necessary'], required: true },
    { name: 'stats', title: 'Statistics', purposes: ['analytics'] },
    { name: 'ads', title: 'Ads', purposes: ['marketing'] }
  ]
}`;

// Osano cookieconsent 3 (the open-source one), set up as its README and examples/ do: the CSS
// in <head>, build/cookieconsent.min.js, then `cookieconsent.initialise(options, complete)`
// (example 7: `complete` receives the popup, kept here for `acceptViaApi`), at the end of
// <body> since it appends the popup to document.body. It has no categories and no script
// gating: one opt-in Allow/Deny for everything. So the page runs the gated script itself from
// its callback hooks, when `hasConsented()`: `onInitialise` (called with a returning visitor's
// stored answer) and `onStatusChange` (called on a click).
const osanoOptions = `{
    type: 'opt-in',
    position: 'bottom',
    palette: { popup: { background: '#222222', text: '#ffffff' }, button: { background: '#f1d600', text: '#000000' } },
    content: {
      message: 'Corner Bakery Ltd counts visits and shows ads only if you agree.',
      allow: 'Accept all',
      deny: 'Reject all',
      link: 'Privacy policy',
      href: '${POLICY}'
    },
    onInitialise: function (status) {
      if (this.hasConsented()) runGatedAnalytics();
    },
    onStatusChange: function (status) {
      if (this.hasConsented()) runGatedAnalytics();
    }
  }`;

// tarteaucitron, as its README says: tarteaucitron.js then `tarteaucitron.init(...)` in <head>;
// a custom service declared in `tarteaucitron.services` and pushed to `tarteaucitron.job`. Its
// minified build, as for the other libraries; from its own folder it then fetches the .min
// language file, services file and CSS after the load event, all counted. Texts through its documented `tarteaucitronCustomText`;
// the language forced to English (it otherwise follows the browser's).
const tarteaucitronParams = `{
    privacyUrl: '${POLICY}',
    orientation: 'bottom',
    showAlertSmall: false,
    DenyAllCta: true,
    AcceptAllCta: true,
    highPrivacy: true,
    mandatory: true,
    useExternalCss: false,
    useExternalJs: false
  }`;
const tarteaucitronText = `{
    alertBigPrivacy: 'Corner Bakery Ltd counts visits and shows ads only if you agree.',
    acceptAll: 'Accept all',
    denyAll: 'Reject all',
    mandatoryText: 'Keeps the site working.'
  }`;
// Its categories are service types: one custom service per optional category; the analytics
// one runs the gated script from its `js` hook (called on Accept and on every later visit).
const tarteaucitronServices = `tarteaucitron.services.stats = {
    key: 'stats', type: 'analytic', name: 'Statistics', uri: '${POLICY}',
    needConsent: true, cookies: [],
    js: function () { 'use strict'; runGatedAnalytics(); }
  };
  tarteaucitron.services.ads = {
    key: 'ads', type: 'ads', name: 'Marketing', uri: '${POLICY}',
    needConsent: true, cookies: [],
    js: function () {}
  };
  (tarteaucitron.job = tarteaucitron.job || []).push('stats');
  tarteaucitron.job.push('ads');`;

/**
 * Consentry's page, as the README's quick start sets it up: the JSON config, then the script, in
 * <head> (so the Consent Mode default is set before any other tag); `attributes` go on the script tag.
 */
function consentryPage(id: LibraryId, title: string, attributes: string): Library {
  return {
    id,
    title,
    files: ['/dist/'],
    ...CONSENTRY_SELECTORS,
    bannerMissingReason: () => (consentryBuilt() ? null : `not built (${CONSENTRY_ENTRY}): run npm run build`),
    acceptViaApi: 'window.consentry.acceptAll()',
    head: `<script type="application/json" id="consentry-config">${JSON.stringify(consentryConfig)}</script>
  <script src="/dist/consentry.js"${attributes}></script>`,
    // The way back the policy's withdrawal line promises, as on a real site. Without one, a page
    // on localhost (this one) makes Consentry warn its developer after the first choice, and the
    // warning's words (the messages chunk, 5.7 KB) were counted as the visit's bytes.
    bodyEnd: `<footer><a href="#" data-consentry-open>Cookie settings</a></footer>
  <script type="text/plain" data-category="analytics">${GATED_BODY}</script>`,
  };
}

export const LIBRARIES: Library[] = [
  {
    id: 'baseline',
    title: 'no banner (baseline)',
    files: [],
    banner: null,
    accept: null,
    bannerMissingReason: () => 'the baseline page has no banner',
    acceptViaApi: null,
    head: '',
    bodyEnd: `<script type="text/plain" data-category="analytics">${GATED_BODY}</script>`,
  },
  consentryPage('consentry', 'Consentry', ''),
  // The same page with the config checked ahead (`npx consentry check`): the script tag's
  // data-config-checked lets the first visit fetch the banner's file without the checker.
  consentryPage('consentry-checked', 'Consentry, checked ahead', ` data-config-checked="${configDigest(consentryConfig)}"`),
  {
    id: 'vanilla-cookieconsent',
    title: 'vanilla-cookieconsent 3',
    files: ['/node_modules/vanilla-cookieconsent/'],
    banner: '#cc-main .cm',
    accept: '#cc-main .cm [data-role="all"]',
    bannerMissingReason: () => null,
    acceptViaApi: "CookieConsent.acceptCategory('all')",
    head: '<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">',
    bodyEnd: `<script type="text/plain" data-category="analytics">${GATED_BODY}</script>
  <script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
  <script>CookieConsent.run(${vanillaConfig});</script>`,
  },
  {
    id: 'klaro',
    title: 'Klaro',
    files: ['/node_modules/klaro/'],
    banner: '.cookie-notice:not(.cookie-notice-hidden)',
    accept: '.cookie-notice .cm-btn-success',
    bannerMissingReason: () => null,
    acceptViaApi: 'klaro.getManager().changeAll(true), klaro.getManager().saveAndApplyConsents()',
    // Klaro's docs: the config first, then klaro.js (CSS and translations included), both deferred.
    head: `<script>var klaroConfig = ${klaroConfig};</script>
  <script defer src="/node_modules/klaro/dist/klaro.js"></script>`,
    bodyEnd: `<script type="text/plain" data-type="text/javascript" data-name="stats">${GATED_BODY}</script>`,
  },
  {
    id: 'osano',
    title: 'Osano cookieconsent 3',
    files: ['/node_modules/cookieconsent/'],
    // `.cc-invisible` marks it before its fade-in and after closing; a returning visit keeps
    // it hidden in the page that way.
    banner: '.cc-window:not(.cc-invisible)',
    accept: '.cc-window .cc-allow',
    bannerMissingReason: () => null,
    acceptViaApi: 'osanoPopup.setStatus(cookieconsent.status.allow)',
    head: '<link rel="stylesheet" href="/node_modules/cookieconsent/build/cookieconsent.min.css">',
    bodyEnd: `<script type="text/plain" data-category="analytics">${GATED_BODY}</script>
  <script src="/node_modules/cookieconsent/build/cookieconsent.min.js"></script>
  <script>
  ${RUN_GATED}
  var osanoPopup;
  window.cookieconsent.initialise(${osanoOptions}, function (popup) { osanoPopup = popup; });
  </script>`,
  },
  {
    id: 'tarteaucitron',
    title: 'tarteaucitron',
    files: ['/node_modules/tarteaucitronjs/'],
    // The root carries tarteaucitronBeforeVisible only while the banner is open.
    banner: '#tarteaucitronRoot.tarteaucitronBeforeVisible #tarteaucitronAlertBig',
    accept: '#tarteaucitronPersonalize2',
    // tarteaucitron draws the banner, then wires its buttons 500 ms later and calls events.load.
    acceptReady: 'window.__benchAcceptReady === true',
    bannerMissingReason: () => null,
    acceptViaApi: 'tarteaucitron.userInterface.respondAll(true)',
    head: `<script>var tarteaucitronForceLanguage = 'en'; var tarteaucitronCustomText = ${tarteaucitronText};</script>
  <script src="/node_modules/tarteaucitronjs/tarteaucitron.min.js"></script>
  <script>tarteaucitron.events.load = function () { window.__benchAcceptReady = true; }; tarteaucitron.init(${tarteaucitronParams});</script>`,
    bodyEnd: `<script type="text/plain" data-category="analytics">${GATED_BODY}</script>
  <script>
  ${RUN_GATED}
  ${tarteaucitronServices}
  </script>`,
  },
];

const ARTICLE = `<header><h1>${TITLE}</h1><p class="byline">Posted by the bakery team</p></header>
  <main>
    <p>Every morning at four the ovens are lit. The dough was mixed the evening before and has
    spent the night rising slowly in the cold room, which gives the crumb its open texture and the
    crust its deep colour. We shape each loaf by hand, and no two are quite the same.</p>
    <h2>Flour, water, salt, time</h2>
    <p>Our everyday loaf has four ingredients. The flour comes from a mill forty miles away; the
    starter is older than the shop. Salt is added late, after the autolyse, so the gluten can
    develop first. Time does the rest: eighteen hours from the first mix to the first sale.</p>
    <p>We bake in small batches so the shelves are refilled through the morning. If you come in
    at eight you will find rye, spelt and the white sourdough; by ten the seeded loaves are out,
    and on Saturdays there are cinnamon buns until they are gone.</p>
    <h2>Why we do not slice</h2>
    <p>A loaf keeps better whole. Sliced bread dries out within a day; a whole sourdough, cut as
    you need it and stored cut side down on a board, stays good for three or four days. If you
    prefer it sliced, ask: we will do it on the machine in the back.</p>
    <h2>Visit us</h2>
    <p>We are open from seven until two, Tuesday to Sunday. Orders for parties and weddings are
    taken a week ahead. See our <a href="${POLICY}">privacy policy</a> for how this site uses cookies.</p>
  </main>`;

/** One page per library, identical but for the library's own markup. */
export function pageHtml(library: Library): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${TITLE}</title>
  <style>body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:2rem;line-height:1.2}</style>
  ${library.head}
</head>
<body>
  ${ARTICLE}
  ${library.bodyEnd}
</body>
</html>
`;
}

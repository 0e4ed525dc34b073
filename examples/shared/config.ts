import type { ConsentryConfig } from 'consentry';

/** The examples' site: statistics of its own, and a video embedded from another company. */
export const config: ConsentryConfig = {
  policy: {
    revision: '2026-01',
    url: '/privacy',
    laws: ['gdpr'],
    operator: { name: 'Example Ltd', country: 'GB' },
    contact: { email: 'privacy@example.test' },
    data: [{ id: 'usage', name: 'Pages you visit' }],
    purposes: [
      { id: 'stats', title: 'Count visits', category: 'analytics', data: ['usage'] },
      { id: 'video', title: 'Play our product video', category: 'embeds', data: ['usage'] },
    ],
    retention: '13 months',
    withdrawal: 'Use “Cookie settings” at the bottom of any page.',
  },
  categories: {
    necessary: { title: 'Necessary', description: 'Keeps the site working.' },
    analytics: { title: 'Statistics', description: 'Counts visits, anonymously.', services: ['stats'] },
    embeds: { title: 'Videos', description: 'Videos hosted by another company, which sets its own cookies.', services: ['video'] },
  },
  // A way back on every page, beside the footer's link (its code is a lazy chunk of the app).
  ui: { floatingButton: 'bottom-right' },
  services: {
    stats: { title: 'Site statistics', provider: 'Example Ltd', purpose: 'Counts visits', country: 'GB' },
    video: { title: 'Video player', provider: 'Video Inc', purpose: 'Plays embedded videos', country: 'US' },
  },
};

/** The gated analytics call: a page view sent to the site's own collector. */
export function sendPageview(): void {
  void fetch('/collect', { method: 'POST', body: JSON.stringify({ page: location.pathname }), keepalive: true }).catch(() => {});
}

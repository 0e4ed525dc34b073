// The Vue adapter's components and composable in an app's own code, type-checked against the
// newest Vue (the repo's) and the oldest the peer range allows (3.3.0): its declarations are
// generated against the newest, and must not use what only a later Vue's types take.
import { createSSRApp, defineComponent, h } from 'vue';
import { consentry, ConsentGate, ConsentSettingsLink, useConsent } from 'consentry/vue';
import type { ConsentryConfig } from 'consentry';

declare const config: ConsentryConfig;

const Page = defineComponent({
  setup() {
    const { allowed, rejectAll, state } = useConsent();
    return () => [
      h(ConsentGate, { category: 'analytics' }, { default: () => 'chart', fallback: () => 'no chart' }),
      h(ConsentGate, { service: 'maps' }, { default: () => 'map' }),
      h(ConsentSettingsLink, null, { default: () => 'Cookie settings' }),
      h('button', { onClick: () => rejectAll({ underAge: true }) }, allowed('analytics') && state.value.decided ? 'yes' : 'no'),
    ];
  },
});

export const app = createSSRApp(Page).use(consentry, { config });
// @ts-expect-error category is a string
export const wrong = h(ConsentGate, { category: 1 });

import { createSSRApp, defineComponent, h } from 'vue';
import type { App } from 'vue';
import { ConsentGate, ConsentSettingsLink, consentry, useConsent } from '../index';
import type { ConsentSetup } from '../index';

/** A page that gates a statistics block and an ad embed, as the server-render and hydration tests render it. */
const Page = defineComponent({
  setup() {
    const { state, allowed, acceptAll, withdraw } = useConsent();
    return () =>
      h('main', [
        h('p', { id: 'status' }, `${state.value.decided ? 'decided' : 'not decided'}, statistics ${allowed('analytics') ? 'on' : 'off'}`),
        h(ConsentGate, { category: 'analytics' }, { default: () => h('p', { id: 'stats' }, 'Statistics are on.'), fallback: () => h('p', { id: 'stats-off' }, 'Statistics are off.') }),
        h(
          ConsentGate,
          { service: 'ads-tool' },
          { default: () => h('iframe', { id: 'ad', title: 'Ad', src: 'about:blank' }), fallback: () => h('button', { id: 'allow-ads', onClick: () => void acceptAll() }, 'Allow ads') },
        ),
        h('button', { id: 'withdraw', onClick: () => void withdraw() }, 'Withdraw'),
        h(ConsentSettingsLink, { id: 'settings' }, () => 'Cookie settings'),
      ]);
  },
});

/** The same app on the server and in the browser (createSSRApp hydrates when mounted over server HTML). */
export function testApp(setup: ConsentSetup): App {
  return createSSRApp(Page).use(consentry, setup);
}

/** @jsxImportSource react */
import { ConsentGate, ConsentProvider, ConsentSettingsLink, useConsent } from '../index';
import type { ConsentProviderProps } from '../index';

/** A page that gates a statistics block and an ad embed, as the server-render and hydration tests render it. */
export function TestApp(props: Omit<ConsentProviderProps, 'children'>) {
  return (
    <ConsentProvider {...props}>
      <Page />
    </ConsentProvider>
  );
}

function Page() {
  const { state, allowed, acceptAll, withdraw } = useConsent();
  return (
    <main>
      <p id="status">{`${state.decided ? 'decided' : 'not decided'}, statistics ${allowed('analytics') ? 'on' : 'off'}`}</p>
      <ConsentGate category="analytics" fallback={<p id="stats-off">Statistics are off.</p>}>
        <p id="stats">Statistics are on.</p>
      </ConsentGate>
      <ConsentGate service="ads-tool" fallback={<button id="allow-ads" onClick={() => void acceptAll()}>Allow ads</button>}>
        <iframe id="ad" title="Ad" src="about:blank" />
      </ConsentGate>
      <button id="withdraw" onClick={() => void withdraw()}>Withdraw</button>
      <ConsentSettingsLink id="settings">Cookie settings</ConsentSettingsLink>
    </main>
  );
}

import { ConsentGate, ConsentSettingsLink, useConsent } from 'consentry/react';
import { useEffect } from 'react';
import { sendPageview } from '../../shared/config';

/** Sends a page view once statistics are allowed: at once for a returning visitor, else after Accept. */
function Analytics() {
  const statistics = useConsent().allowed('analytics');
  useEffect(() => {
    if (statistics) sendPageview();
  }, [statistics]);
  return null;
}

export function App() {
  const { allowed, set, withdraw } = useConsent();
  return (
    <main>
      <h1>Consentry with React</h1>
      <Analytics />
      <p id="statistics">Statistics are {allowed('analytics') ? 'on' : 'off'}.</p>
      <ConsentGate
        service="video"
        fallback={
          <div className="placeholder">
            <p>This video is hosted by Video Inc., which sets its own cookies.</p>
            <button type="button" onClick={() => set({ embeds: true })}>
              Load the video
            </button>
          </div>
        }
      >
        <iframe title="Product video" src="/embed.html" width="480" height="270" />
      </ConsentGate>
      <footer>
        <ConsentSettingsLink>Cookie settings</ConsentSettingsLink>{' '}
        <button type="button" onClick={() => withdraw()}>
          Withdraw consent
        </button>
      </footer>
    </main>
  );
}

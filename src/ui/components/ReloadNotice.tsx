import type { Ref } from 'preact';
import type { Messages } from '../i18n';

/**
 * After a withdrawal, scripts that already ran keep running until the page reloads;
 * the gate asks (site option) and this offers the reload. A status message, so a
 * screen reader announces it without focus being taken.
 */
export function ReloadNotice({ t, onDismiss, panelRef }: { t: Messages; onDismiss: () => void; panelRef: Ref<HTMLElement> }) {
  return (
    <section ref={panelRef} class="panel notice" aria-labelledby="cs-reload-text" data-consentry="reload">
      <p id="cs-reload-text" role="status">
        {t.reloadText}
      </p>
      <div class="actions">
        <button type="button" class="btn secondary" onClick={onDismiss}>
          {t.dismiss}
        </button>
        <button type="button" class="btn choice" onClick={() => location.reload()}>
          {t.reload}
        </button>
      </div>
    </section>
  );
}

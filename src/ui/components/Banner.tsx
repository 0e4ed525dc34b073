import type { Ref } from 'preact';
import { useRef } from 'preact/hooks';
import type { Messages } from '../i18n';
import type { UiOptions } from '../options';
import type { BannerSummary } from '../summary';
import { CloseIcon } from './Icons';
import type { LanguageChoice } from './LanguageSelect';
import { LanguageSelect } from './LanguageSelect';
import { Modal } from './Modal';
import { Rich } from './Rich';
import { useScrollableFocus } from './use-scrollable-focus';

export interface BannerProps {
  t: Messages;
  layout: UiOptions['layout'];
  summary: BannerSummary;
  lang: string;
  languages: LanguageChoice[];
  onLanguage: (lang: string) => void;
  onAccept: () => void;
  onReject: () => void;
  onSettings: (opener: HTMLElement) => void;
  /** Close without choosing: nothing is stored, the banner comes back on the next page. */
  onClose: () => void;
  panelRef: Ref<HTMLElement>;
}

/**
 * The first layer: the policy in brief, then Reject all and Accept all side by side
 * (one class, so equal size, weight and colour) and Settings. Not modal, a labelled
 * region that never traps focus, unless the site chose the blocking `modal` layout,
 * which keeps Reject all on this same layer.
 */
export function Banner(props: BannerProps) {
  const { t, summary, layout } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  useScrollableFocus(textRef, t.summaryLabel, [summary]);
  const blocking = layout === 'modal';

  const body = (
    <div class="wrap">
      <div class="text-col">
        <div class="head">
          <h2 id="cs-banner-title" ref={titleRef} tabIndex={-1}>
            {t.bannerTitle}
          </h2>
          <LanguageSelect id="cs-banner-lang" t={t} current={props.lang} languages={props.languages} onChange={props.onLanguage} />
          {!blocking && (
            <button type="button" class="icon" aria-label={t.closeBanner} title={t.closeBanner} onClick={props.onClose}>
              <CloseIcon />
            </button>
          )}
        </div>
        <div class="text" id="cs-banner-text" ref={textRef}>
          <p>{summary.intro}</p>
          {summary.purposes.length > 0 && (
            <ul>
              {summary.purposes.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {summary.lines.map((line) => (
            <p key={line.id} class={line.warning ? 'warn' : undefined} data-line={line.id}>
              <Rich parts={line.parts} />
            </p>
          ))}
          <p>
            <Rich parts={[summary.policy]} />
          </p>
        </div>
      </div>
      <div class="actions">
        <button type="button" class="btn choice" data-action="reject" onClick={props.onReject}>
          {t.rejectAll}
        </button>
        <button type="button" class="btn choice" data-action="accept" onClick={props.onAccept}>
          {t.acceptAll}
        </button>
        <button type="button" class="btn secondary wide" data-action="settings" onClick={(e) => props.onSettings(e.currentTarget as HTMLElement)}>
          {t.settings}
        </button>
      </div>
    </div>
  );

  if (blocking) {
    return (
      <Modal class="banner-modal modal" labelledBy="cs-banner-title" initialFocus={() => titleRef.current}>
        <div ref={props.panelRef as Ref<HTMLDivElement>} data-consentry="banner">
          {body}
        </div>
      </Modal>
    );
  }
  return (
    <section ref={props.panelRef} class={`panel banner ${layout}`} aria-labelledby="cs-banner-title" data-consentry="banner">
      {body}
    </section>
  );
}

import { Fragment } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ConsentDoc } from '../../core/consent-document/build';
import type { ResolvedCategory, ResolvedConfig } from '../../core/resolved-config';
import type { ConsentState } from '../../core/types';
import { textIn } from '../config-text';
import type { DialogTexts } from '../i18n/dialog-en';
import type { BannerTexts } from '../i18n/en';
import { languageName } from '../i18n/language-name';
import { withDate } from '../i18n/long-date';
import { CloseIcon } from './Icons';
import { introText } from './intro';
import { Modal } from './Modal';
import type { Section } from './policy-summary';
import { Rich } from './Rich';
import type { FactsTexts } from './service-facts';
import { serviceFacts } from './service-facts';
import type { Draft } from './draft';
import { draftFrom, toggleCategory, toggleService } from './draft';

export interface PreferencesProps {
  t: BannerTexts;
  d: DialogTexts;
  facts: FactsTexts;
  config: ResolvedConfig;
  state: ConsentState;
  lang: string;
  languages: string[];
  onLanguage: (lang: string) => void;
  sections: Section[];
  /** The consent to processing as its own document (152-FZ), when the site's law asks for one. */
  document?: ConsentDoc | undefined;
  /** Opened from the first layer's link to the document: show it open. */
  openDocument?: boolean;
  onAccept: () => void;
  onReject: () => void;
  onSave: (draft: Draft) => void;
  /** Close or Escape: nothing is stored. */
  onClose: () => void;
}

/**
 * The second layer: a modal dialog with a switch per category and, inside it, a switch per
 * service (issue 10: keep Metrica and refuse Google Analytics), what is stored now (never
 * pre-ticked for a new visitor; on an opt-out site, what runs), and the policy summary.
 * Nothing is stored until one of the three buttons is pressed.
 */
export function Preferences(props: PreferencesProps) {
  const { t, d, config, state, lang } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(config, state));
  const text = textIn(config, lang);

  return (
    <Modal class="prefs" labelledBy="cs-prefs-title" describedBy="cs-prefs-intro" onDismiss={props.onClose} initialFocus={() => titleRef.current}>
      <div class="head">
        <h2 id="cs-prefs-title" ref={titleRef} tabIndex={-1}>
          {d.dialogTitle}
        </h2>
        {props.languages.length > 1 && (
          <select aria-label={t.language} value={lang.split('-')[0]} onChange={(e) => props.onLanguage((e.currentTarget as HTMLSelectElement).value)}>
            {props.languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        )}
        <button type="button" class="icon" aria-label={d.close} title={d.close} onClick={props.onClose}>
          <CloseIcon />
        </button>
      </div>
      <div class="scroll" data-consentry="preferences">
        <p id="cs-prefs-intro">{introText(config, state, t, d, text)}</p>
        {state.decided && state.updatedAt !== null && <p class="muted">{withDate(d.currentChoice, state.updatedAt, lang)}</p>}
        {props.document && <ConsentDocument doc={props.document} label={t.consentLink} open={props.openDocument} />}
        {config.categories.map((category) => (
          <CategoryBlock key={category.key} category={category} {...props} text={text} draft={draft} setDraft={setDraft} />
        ))}
        <section class="sum" aria-labelledby="cs-sum-title">
          <h3 id="cs-sum-title">{d.summaryHeading}</h3>
          {props.sections.map((s) => (
            <div key={s.id} data-section={s.id}>
              <h4>{s.heading}</h4>
              {s.items.length === 1 ? (
                <p class={s.items[0]!.warn ? 'warn' : undefined}>
                  <Rich parts={s.items[0]!.parts} />
                </p>
              ) : (
                <ul>
                  {s.items.map((item) => (
                    <li key={item.id} class={item.warn ? 'warn' : undefined}>
                      <Rich parts={item.parts} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          <p>
            <Rich parts={[{ text: d.fullPolicy, href: config.policy.url }]} />
          </p>
        </section>
      </div>
      <div class="actions">
        <button type="button" class="btn secondary save" data-action="save" onClick={() => props.onSave(draft)}>
          {d.saveChoices}
        </button>
        <button type="button" class="btn choice" data-action="reject" onClick={props.onReject}>
          {t.rejectAll}
        </button>
        <button type="button" class="btn choice" data-action="accept" onClick={props.onAccept}>
          {t.acceptAll}
        </button>
      </div>
    </Modal>
  );
}

interface CategoryProps extends PreferencesProps {
  category: ResolvedCategory;
  text: ReturnType<typeof textIn>;
  draft: Draft;
  setDraft: (draft: Draft) => void;
}

function CategoryBlock({ category, text, d, config, lang, facts, draft, setDraft }: CategoryProps) {
  const id = `cs-cat-${category.key}`;
  const locked = category.necessary;
  return (
    <section class="cat" aria-labelledby={`${id}-label`} data-category={category.key}>
      <div class="row">
        <h3>
          <label id={`${id}-label`} for={id}>
            {text(category.title)}
          </label>
        </h3>
        <span class="toggle">
          {/* Said once, here: "always on" is not repeated by its services or the description. */}
          {locked && (
            <span class="always" aria-hidden="true">
              {d.alwaysOn}
            </span>
          )}
          <Switch id={id} describedBy={`${id}-desc`} checked={locked || draft.categories[category.key] === true} disabled={locked} onChange={(on) => setDraft(toggleCategory(config, draft, category.key, on))} />
        </span>
      </div>
      <p id={`${id}-desc`}>{text(category.description)}</p>
      {category.services.map((key) => {
        const service = config.services[key];
        if (!service) return null;
        const f = serviceFacts(service, config, lang, facts);
        const sid = `cs-svc-${key}`;
        return (
          <div class="svc" key={key} data-service={key}>
            <div class="row">
              <label for={sid}>{f.title}</label>
              <Switch id={sid} checked={locked || draft.services[key] === true} disabled={locked} onChange={(on) => setDraft(toggleService(config, draft, key, on))} />
            </div>
            <details>
              <summary>{d.details}</summary>
              <dl>
                {f.rows.map((row) => (
                  <Fragment key={row.label}>
                    <dt>{row.label}</dt>
                    <dd>{row.value}</dd>
                  </Fragment>
                ))}
                {f.cookies.length > 0 && (
                  <>
                    <dt>{d.cookies}</dt>
                    <dd>
                      <ul>
                        {f.cookies.map((c) => (
                          <li key={c.name}>
                            <code>{c.name}</code>: {c.lifetime}
                            {c.purpose ? ` (${c.purpose})` : ''}
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
                {f.storage.length > 0 && (
                  <>
                    <dt>{d.browserStorage}</dt>
                    <dd>{f.storage.map((s, i) => [i > 0 && ', ', <code key={s}>{s}</code>])}</dd>
                  </>
                )}
              </dl>
              {f.crossBorder && <p class="warn">{f.crossBorder}</p>}
              {f.policyUrl && (
                <p>
                  <Rich parts={[{ text: `${d.providerPolicy}: ${f.title}`, href: f.policyUrl }]} />
                </p>
              )}
            </details>
          </div>
        );
      })}
    </section>
  );
}

/** 152-FZ (156-FZ): the consent is its own document, apart from the policy summary below. */
function ConsentDocument({ doc, label, open }: { doc: ConsentDoc; label: string; open?: boolean | undefined }) {
  return (
    <details class="doc" open={open} data-consentry="consent-document">
      <summary>{label}</summary>
      <h3>{doc.title}</h3>
      <p>{doc.intro}</p>
      {doc.sections.map((s) => (
        <Fragment key={s.heading}>
          <h4>{s.heading}</h4>
          {s.list ? (
            <ul>
              {s.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : (
            s.lines.map((l) => <p key={l}>{l}</p>)
          )}
        </Fragment>
      ))}
    </details>
  );
}

/** A real checkbox with role=switch: name, state and Space work natively. */
function Switch(props: { id: string; checked: boolean; disabled: boolean; describedBy?: string; onChange: (on: boolean) => void }) {
  return (
    <input
      id={props.id}
      class="switch"
      type="checkbox"
      role="switch"
      checked={props.checked}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
    />
  );
}

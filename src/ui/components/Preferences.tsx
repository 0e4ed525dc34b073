import { Fragment } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { pickText } from '../../core/localized';
import type { ResolvedCategory, ResolvedConfig } from '../../core/resolved-config';
import type { ConsentState } from '../../core/types';
import type { Messages } from '../i18n';
import { format } from '../i18n';
import { longDate } from '../i18n/intl';
import { serviceFacts } from '../service-facts';
import type { Section } from '../summary';
import { CloseIcon } from './Icons';
import type { LanguageChoice } from './LanguageSelect';
import { LanguageSelect } from './LanguageSelect';
import { Modal } from './Modal';
import { Rich } from './Rich';

export interface PreferencesProps {
  t: Messages;
  config: ResolvedConfig;
  state: ConsentState;
  lang: string;
  languages: LanguageChoice[];
  onLanguage: (lang: string) => void;
  sections: Section[];
  onAccept: () => void;
  onReject: () => void;
  onSave: (categories: Record<string, boolean>) => void;
  /** Close or Escape: nothing is stored. */
  onClose: () => void;
}

/**
 * The second layer: a modal dialog with a switch per category (what is stored now,
 * never pre-ticked for a new visitor), each category's services, and the policy
 * summary. Nothing is stored until one of the three buttons is pressed.
 */
export function Preferences(props: PreferencesProps) {
  const { t, config, state, lang } = props;
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Start from the stored choice; a visitor who has not chosen sees every optional switch off.
  const [draft, setDraft] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(config.categories.filter((c) => !c.necessary).map((c) => [c.key, state.decided && state.categories[c.key] === true])),
  );
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang, config.language.default);

  return (
    <Modal class="prefs" labelledBy="cs-prefs-title" describedBy="cs-prefs-intro" onDismiss={props.onClose} initialFocus={() => titleRef.current}>
      <div class="head">
        <h2 id="cs-prefs-title" ref={titleRef} tabIndex={-1}>
          {t.dialogTitle}
        </h2>
        <LanguageSelect id="cs-prefs-lang" t={t} current={lang} languages={props.languages} onChange={props.onLanguage} />
        <button type="button" class="icon" aria-label={t.close} title={t.close} onClick={props.onClose}>
          <CloseIcon />
        </button>
      </div>
      <div class="scroll" data-consentry="preferences">
        <p id="cs-prefs-intro">{t.dialogIntro}</p>
        {state.decided && state.updatedAt !== null && <p class="muted">{format(t.currentChoice, { date: longDate(state.updatedAt, lang) })}</p>}
        {config.categories.map((category) => (
          <CategoryBlock
            key={category.key}
            category={category}
            {...props}
            text={text}
            checked={category.necessary || draft[category.key] === true}
            onToggle={(on) => setDraft({ ...draft, [category.key]: on })}
          />
        ))}
        <section class="sum" aria-labelledby="cs-sum-title">
          <h3 id="cs-sum-title">{t.summaryHeading}</h3>
          {props.sections.map((s) => (
            <div key={s.id} data-section={s.id}>
              <h4 class="sum-h">{s.heading}</h4>
              {s.items.length === 1 ? (
                <p class={s.items[0]!.warning ? 'warn' : undefined}>
                  <Rich parts={s.items[0]!.parts} />
                </p>
              ) : (
                <ul>
                  {s.items.map((item) => (
                    <li key={item.id}>
                      <Rich parts={item.parts} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          <p>
            <Rich parts={[{ text: t.fullPolicy, href: config.policy.url }]} />
          </p>
        </section>
      </div>
      <div class="actions">
        <button type="button" class="btn secondary save" data-action="save" onClick={() => props.onSave(draft)}>
          {t.saveChoices}
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
  checked: boolean;
  onToggle: (on: boolean) => void;
  text: (value: Parameters<typeof pickText>[0]) => string;
}

function CategoryBlock({ category, checked, onToggle, text, t, config, lang }: CategoryProps) {
  const id = `cs-cat-${category.key}`;
  const services = category.services.map((key) => config.services[key]).filter((s) => s !== undefined);
  return (
    <section class="cat" aria-labelledby={`${id}-label`} data-category={category.key}>
      <div class="cat-head">
        <h3>
          <label id={`${id}-label`} for={id}>
            {text(category.title)}
          </label>
        </h3>
        <span class="toggle">
          {category.necessary && (
            <span class="always" aria-hidden="true">
              {t.alwaysOn}
            </span>
          )}
          <input
            id={id}
            class="switch"
            type="checkbox"
            role="switch"
            checked={checked}
            disabled={category.necessary}
            aria-describedby={`${id}-desc`}
            onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
          />
        </span>
      </div>
      <p id={`${id}-desc`}>
        {text(category.description)}
        {category.necessary && ` ${t.necessaryNote}`}
      </p>
      {services.length > 0 && (
        <details>
          <summary>{format(t.servicesHeading, { count: services.length })}</summary>
          {services.map((service) => {
            const facts = serviceFacts(service, config, lang, t);
            return (
              <div class="svc" key={facts.key} data-service={facts.key}>
                <h4>{facts.title}</h4>
                <dl>
                  {facts.rows.map((row) => (
                    <Fragment key={row.label}>
                      <dt>{row.label}</dt>
                      <dd>{row.value}</dd>
                    </Fragment>
                  ))}
                  {facts.cookies.length > 0 && (
                    <>
                      <dt>{t.cookies}</dt>
                      <dd>
                        <ul>
                          {facts.cookies.map((c) => (
                            <li key={c.name}>
                              <code>{c.name}</code>: {c.lifetime}
                              {c.purpose ? ` (${c.purpose})` : ''}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  )}
                  {facts.storage.length > 0 && (
                    <>
                      <dt>{t.browserStorage}</dt>
                      <dd>{facts.storage.map((s, i) => [i > 0 && ', ', <code key={s}>{s}</code>])}</dd>
                    </>
                  )}
                </dl>
                {facts.crossBorder && <p class="warn">{facts.crossBorder}</p>}
                {facts.policyUrl && (
                  <p>
                    <Rich parts={[{ text: `${t.providerPolicy}: ${facts.title}`, href: facts.policyUrl }]} />
                  </p>
                )}
              </div>
            );
          })}
        </details>
      )}
    </section>
  );
}

import { gpcToRecord } from '../core/choice';
import { CLOCK_SKEW, decodeChoice } from '../core/choice-format';
import { resolveLocale } from '../core/locale';
import { shownLanguage } from '../core/shown-language';
import type { Consent, ConsentState } from '../core/types';
import { gateNames } from './gate-names';
import { refusedTraces } from '../gate/present';
import { googleCore } from '../integrations/google-core';
import { yandexCore } from '../integrations/yandex-core';
import { FLOATING_CSS, floatingLabel, ICON } from '../ui/floating-button';
import { cookieSet, readCookie } from '../storage/read-cookie';
import type { Memo } from './memo';
import type { Plan, PlanOp } from './plan';
import { PLANS_KEPT, planKey, planStore } from './plan';

/**
 * Keeps the plan of this page's state, for the next page's boot file: written at start and after
 * each change, once the change's own work is done, beside the plans of the site's other configs
 * and languages for the same choice; all removed when there is nothing a boot file may do alone
 * (no current choice, an opt-out site's notice, GPC's refusal to record).
 */
export function keepPlans(consent: Consent, memo: Memo, text: string): void {
  const write = () => {
    const config = consent.config;
    if (!config) return;
    const name = config.cookie.name;
    const raw = cookieSet(name);
    // No cookie, no plan to find: a first visit does not open localStorage for nothing.
    if (!raw) return;
    const state = consent.state;
    const now = Date.now();
    const choice = decodeChoice(readCookie(name), now);
    try {
      if (!state.decided || !choice || config.optOut || gpcToRecord(choice, config, now, state.gpc) || raw.includes(`; ${name}=`)) return localStorage.removeItem(planStore(name));
      const options = config.ui;
      // What the next page's core resolves (the plan's key holds the page's languages), not a
      // language picked in the banner on this one: the core does not keep that pick either.
      const locale = shownLanguage(resolveLocale(config.language, { documentLang: () => document.documentElement.lang, browserLanguages: () => navigator.languages }), config.ui.texts);
      const [label, lang] = floatingLabel(locale, options);
      const plan: Plan = {
        key: planKey(text, raw),
        raw,
        until: choice.updatedAt + config.cookie.lifetimeDays * 864e5,
        // A choice from more than a day ahead (a clock set back since) is one the core reads as forged.
        from: state.updatedAt! - CLOCK_SKEW,
        memo,
        state,
        locale,
        ops: opsFor(memo, state),
        gate: gateNames(config, state),
        traces: refusedTraces(config, state),
        button: options.floatingButton
          ? [FLOATING_CSS, `<button${options.floatingButton === 'bottom-left' ? ' class="l"' : ''} lang="${attr(lang)}" title="${attr(label)}" aria-label="${attr(label)}">${ICON}</button>`]
          : undefined,
      };
      // The other configs' and languages' plans for this same choice stay (see planStore).
      localStorage.setItem(planStore(name), JSON.stringify([plan, ...othersFor(localStorage.getItem(planStore(name)), plan)].slice(0, PLANS_KEPT)));
    } catch {
      // Storage blocked or full: the next page fetches the core, which is only slower.
    }
  };
  write();
  consent.on('change', () => void setTimeout(write));
}

/** The plans kept beside `plan` that a page may still use: made for the same cookie, not expired, for another page's config or language. */
function othersFor(stored: string | null, plan: Plan): Plan[] {
  try {
    const kept: unknown = JSON.parse(stored!);
    return Array.isArray(kept) ? (kept as Plan[]).filter((other) => other.raw === plan.raw && other.key !== plan.key && Date.now() < other.until) : [];
  } catch {
    return []; // unreadable: written over
  }
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The calls Google's and Metrica's plugins make when they start with `state`: the plugins run
 * against a page that only writes down what they do, so the plan can never say other than they would.
 */
export function opsFor(memo: Memo, state: ConsentState): PlanOp[] {
  const ops: PlanOp[] = [];
  const isArguments = (value: unknown) => Object.prototype.toString.call(value) === '[object Arguments]';
  const target: Record<string, unknown> = {
    dataLayer: {
      push(entry: unknown) {
        if (!isArguments(entry)) return void ops.push(['m']); // Tag Manager's start, its time taken on the page
        const args = Array.from(entry as ArrayLike<unknown>);
        ops.push(args[0] === 'js' ? ['j'] : ['g', args]);
      },
    },
    // No tag on it yet: the plan is for a page that has none.
    document: { scripts: [], createElement: () => ({}), head: { append: (s: { src: string; nonce?: string }) => void ops.push(s.nonce ? ['t', s.src, s.nonce] : ['t', s.src]) } },
    ym: (...args: unknown[]) => void ops.push(['y', args]),
  };
  // Metrica's flag lifted for a grant (`false`, yandex-core.ts); raised, it is already (boot.ts).
  const page = new Proxy(target, {
    set(t, key, value) {
      if (value === false) ops.push(['f', key as string]);
      t[key as string] = value;
      return true;
    },
  }) as unknown as Window;
  const consent = { config: memo.config, state, on: () => () => {} } as unknown as Consent;
  // Without the page's nonce, which is another on the next page: the boot file adds its own.
  if (memo.google) googleCore(memo.google, page).setup(consent);
  if (memo.yandexMetrica) yandexCore(memo.yandexMetrica, page).setup(consent);
  return ops;
}

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Consent, ConsentState, Layer } from '../../core/types';
import { restoreFocus, tabbables } from '../focus';
import { chooseTexts } from '../i18n';
import type { UiOptions } from '../options';
import { keepFocusVisible } from '../page-spacing';
import type { Requests } from '../requests';
import { bannerSummary, policySummary } from '../summary';
import { Banner } from './Banner';
import { languageName } from './LanguageSelect';
import { Preferences } from './Preferences';
import { ReloadNotice } from './ReloadNotice';

export interface AppProps {
  consent: Consent;
  options: UiOptions;
  requests: Requests;
  host: HTMLElement;
  onBannerVisibility?: ((visible: boolean) => void) | undefined;
}

const RTL = ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'];

/**
 * Renders what the consent state asks for and calls the core for every decision;
 * it keeps no consent state of its own. Only an explicit button press decides:
 * closing, Escape and waiting store nothing.
 */
export function App({ consent, options, requests, host, onBannerVisibility }: AppProps) {
  const config = consent.config!;
  const [state, setState] = useState<ConsentState>(() => consent.state);
  const [locale, setLocale] = useState(consent.locale);
  const [banner, setBanner] = useState(false);
  const [prefs, setPrefs] = useState<{ opener: HTMLElement | null } | null>(null);
  const [reload, setReload] = useState(false);
  const bannerRef = useRef<HTMLElement>(null);
  const noticeRef = useRef<HTMLElement>(null);
  /** Where focus was on the page before it entered the banner, to go back there once the banner is gone. */
  const pageFocus = useRef<HTMLElement | null>(null);
  const returnFocus = useRef<HTMLElement | null | undefined>(undefined);

  const texts = useMemo(() => chooseTexts(locale, options.texts), [locale]);
  const t = texts.messages;
  const input = { config, lang: texts.lang, messages: t, gpc: state.gpc };
  const summary = useMemo(() => bannerSummary(input), [texts, state.gpc]);
  // Built only when the dialog opens: the banner alone should cost as little as possible.
  const sections = useMemo(() => (prefs ? policySummary(input) : []), [texts, state.gpc, prefs !== null]);
  const languages = useMemo(
    () =>
      options.languageSwitch
        ? config.language.available.filter((l) => chooseTexts(l, options.texts).lang === l).map((l) => ({ lang: l, name: languageName(l) }))
        : [],
    [],
  );

  useEffect(
    () =>
      requests.listen(({ view, opener }) => {
        if (view === 'banner') setBanner(true);
        else if (view === 'preferences') setPrefs({ opener });
        else setReload(true);
      }),
    [],
  );
  useEffect(
    () =>
      consent.on('change', ({ state: next }) => {
        setState(next);
        if (next.decided) setBanner(false); // decided here, in another tab, or through the API
      }),
    [],
  );
  useEffect(() => onBannerVisibility?.(banner), [banner]);
  useEffect(() => {
    host.lang = texts.lang;
  }, [texts]);

  // WCAG 2.4.11: the bar and box must not hide the page's focused element.
  useEffect(() => {
    if (!banner || options.layout === 'modal' || !bannerRef.current) return;
    return keepFocusVisible(bannerRef.current, host).stop;
  }, [banner]);
  useEffect(() => {
    if (!reload || !noticeRef.current) return;
    return keepFocusVisible(noticeRef.current, host).stop;
  }, [reload]);

  // The banner is appended to <body> (last in the DOM, so it cannot shift the page's
  // :first-child styles), yet a keyboard user should meet it first: the first Tab
  // from the top of the page goes to it, as if it came first in the tab order.
  useEffect(() => {
    if (!banner || options.layout === 'modal') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey) return;
      document.removeEventListener('keydown', onKey, true);
      if (document.activeElement && document.activeElement !== document.body) return;
      const first = bannerRef.current && tabbables(bannerRef.current)[0];
      if (!first) return;
      event.preventDefault();
      first.focus();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [banner]);

  // After the dialog or banner closes: back to the opener, else to where the visitor was on the page.
  useLayoutEffect(() => {
    if (returnFocus.current === undefined) return;
    const target = returnFocus.current;
    returnFocus.current = undefined;
    if (!restoreFocus(target)) restoreFocus(pageFocus.current);
  });

  const anyGranted = () => config.categories.some((c) => !c.necessary && consent.state.categories[c.key]);
  const finish = (opener: HTMLElement | null | undefined) => {
    returnFocus.current = opener ?? null;
    setBanner(false);
    setPrefs(null);
  };
  const accept = (layer: Layer) => {
    consent.acceptAll({ layer });
    finish(prefs?.opener);
  };
  const reject = (layer: Layer) => {
    // Taking back an earlier grant is a withdrawal, recorded as such.
    if (consent.state.decided && anyGranted()) consent.withdraw({ layer });
    else consent.rejectAll({ layer });
    finish(prefs?.opener);
  };
  const save = (categories: Record<string, boolean>) => {
    if (consent.state.decided && anyGranted() && !Object.values(categories).some(Boolean)) consent.withdraw({ layer: 'preferences' });
    else consent.set(categories, { layer: 'preferences' });
    finish(prefs?.opener);
  };
  const closePrefs = () => {
    returnFocus.current = prefs?.opener ?? null;
    setPrefs(null);
  };
  const closeBanner = () => {
    returnFocus.current = null;
    setBanner(false);
  };
  const changeLanguage = (lang: string) => {
    consent.setLocale(lang);
    setLocale(consent.locale);
  };
  const primary = texts.lang.split('-')[0]!;

  return (
    <div class="root" lang={texts.lang} dir={RTL.includes(primary) ? 'rtl' : 'ltr'} data-theme={options.theme}>
      {banner && (
        <div
          onKeyDown={(e) => {
            if (e.key === 'Escape' && options.layout !== 'modal' && !prefs) closeBanner();
          }}
          onFocusIn={(e) => {
            const from = e.relatedTarget;
            if (from instanceof HTMLElement && from !== host && !host.contains(from) && !host.shadowRoot?.contains(from)) pageFocus.current = from;
          }}
        >
          <Banner
            t={t}
            layout={options.layout}
            summary={summary}
            lang={texts.lang}
            languages={languages}
            onLanguage={changeLanguage}
            onAccept={() => accept('banner')}
            onReject={() => reject('banner')}
            onSettings={(opener) => setPrefs({ opener })}
            onClose={closeBanner}
            panelRef={bannerRef}
          />
        </div>
      )}
      {prefs && (
        <Preferences
          t={t}
          config={config}
          state={state}
          lang={texts.lang}
          languages={languages}
          onLanguage={changeLanguage}
          sections={sections}
          onAccept={() => accept('preferences')}
          onReject={() => reject('preferences')}
          onSave={save}
          onClose={closePrefs}
        />
      )}
      {reload && !prefs && <ReloadNotice t={t} panelRef={noticeRef} onDismiss={() => setReload(false)} />}
    </div>
  );
}

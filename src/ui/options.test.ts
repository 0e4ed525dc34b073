import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../core/resolved-config';
import type { ConfigIssue } from '../core/types';
import { validateConfig } from '../core/validate';
import { testConfig } from '../core/testing/config-fixture';
import { d } from './i18n/dialog-en';
import { t } from './i18n/en';
import { resolveUiOptions } from './options';
import { TEXT_NAMES } from '../core/ui-spec';

function withUi(ui: Record<string, unknown>, available = ['en']): ResolvedConfig {
  const result = validateConfig(testConfig({ ui, language: { default: 'en', available } }));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

function issuesOf(ui: Record<string, unknown>): ConfigIssue[] {
  const result = validateConfig(testConfig({ ui }));
  expect(result.ok).toBe(false);
  return result.issues;
}

describe('config.ui', () => {
  it('has safe defaults', () => {
    expect(resolveUiOptions(withUi({}))).toEqual({ layout: 'bar', theme: 'auto', floatingButton: false, texts: {}, languageSwitch: false, chunkBase: undefined });
    expect(resolveUiOptions(withUi({}, ['en', 'ru'])).languageSwitch).toBe(true);
  });

  it('keeps valid values', () => {
    const ui = { layout: 'box', theme: 'dark', floatingButton: 'bottom-left', texts: { ru: { acceptAll: 'Да' } }, languageSwitch: false, chunkBase: '/consentry/' };
    expect(resolveUiOptions(withUi(ui))).toEqual(ui);
  });

  // Until the loading rebuild, a wrong ui value fell back to its default; now the whole config fails closed like any other.
  it('refuses the whole config for a wrong value, each in the core style', () => {
    const issues = issuesOf({ layout: 'popup', theme: 1, floatingButton: true, texts: { ru: { acceptAll: '' } }, colour: 'red' });
    expect(issues).toEqual([
      { path: 'ui.colour', value: '"red"', expected: 'no such option; expected one of "layout", "theme", "floatingButton", "texts", "languageSwitch", "chunkBase"' },
      { path: 'ui.layout', value: '"popup"', expected: 'one of "bar", "box", "modal"' },
      { path: 'ui.theme', value: '1', expected: 'one of "auto", "light", "dark"' },
      { path: 'ui.floatingButton', value: 'true', expected: 'false or one of "bottom-left", "bottom-right"' },
      { path: 'ui.texts.ru.acceptAll', value: '""', expected: 'a non-empty string' },
    ]);
  });

  it('chunkBase: an http(s) URL or a path from "/" or "."; a data:, blob: or javascript: URL fails the config, as the boot file refuses it', () => {
    for (const base of ['https://cdn.example/consentry@1.0.0/dist/', 'http://127.0.0.1:8080/dist/', '//cdn.example/dist/', '/static/consentry/', './vendor/', '../dist/']) {
      expect(resolveUiOptions(withUi({ chunkBase: base })).chunkBase).toBe(base);
    }
    for (const base of ['data:text/javascript,alert(1)//', 'javascript:alert(1)//', 'blob:https://shop.test/0f1e', ' https://cdn.example/', 'static/']) {
      expect(issuesOf({ chunkBase: base })).toEqual([{ path: 'ui.chunkBase', value: JSON.stringify(base), expected: 'an http(s) URL, or a path starting with "/" or ".": where consentry.js and its chunks are served' }]);
    }
  });

  it('refuses text names the widget does not know', () => {
    const fromJson = JSON.parse('{"en":{"acceptAll":"OK","acceptAl":"typo"}}');
    expect(issuesOf({ texts: fromJson })).toEqual([
      {
        path: 'ui.texts.en.acceptAl',
        value: '"typo"',
        expected: 'a known text name, such as "acceptAll", "rejectAll" or "bannerTitle" (all names: README, "The widget")',
      },
    ]);
    expect(issuesOf({ texts: { EN: {} } })[0]).toMatchObject({ path: 'ui.texts.EN', value: '"EN"', expected: 'a language tag such as "en", "ru" or "hi" as the key' });
    expect(issuesOf({ texts: { en: 'OK' } })[0]).toMatchObject({ path: 'ui.texts.en', expected: 'an object of texts by name' });
  });

  it('knows exactly the English text names, without shipping the English words to the validator', () => {
    expect([...TEXT_NAMES].sort()).toEqual([...Object.keys(t), ...Object.keys(d), 'reopen'].sort());
  });

});

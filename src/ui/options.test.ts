import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../core/resolved-config';
import { validateConfig } from '../core/validate';
import { testConfig } from '../core/testing/config-fixture';
import { resolveUiOptions } from './options';
import { checkTextKeys } from './text-keys';

function withUi(ui: Record<string, unknown>, available = ['en']): ResolvedConfig {
  const result = validateConfig(testConfig({ ui, language: { default: 'en', available } }));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

function resolve(ui: Record<string, unknown>, available?: string[]) {
  const errors: string[] = [];
  const options = resolveUiOptions(withUi(ui, available), { error: (m) => errors.push(m), warn: (m) => errors.push(m) });
  return { options, errors };
}

describe('config.ui', () => {
  it('has safe defaults', () => {
    expect(resolve({}).options).toEqual({ layout: 'bar', theme: 'auto', floatingButton: false, texts: {}, languageSwitch: false, chunkBase: undefined });
    expect(resolve({}, ['en', 'ru']).options.languageSwitch).toBe(true);
  });

  it('keeps valid values', () => {
    const { options, errors } = resolve({ layout: 'box', theme: 'dark', floatingButton: 'bottom-left', texts: { ru: { acceptAll: 'Да' } } });
    expect(errors).toEqual([]);
    expect(options).toMatchObject({ layout: 'box', theme: 'dark', floatingButton: 'bottom-left', texts: { ru: { acceptAll: 'Да' } } });
  });

  it('reports each wrong value in the core style and falls back to its default', () => {
    const { options, errors } = resolve({ layout: 'popup', theme: 1, floatingButton: true, texts: { ru: { acceptAll: '' } }, colour: 'red' });
    expect(options).toMatchObject({ layout: 'bar', theme: 'auto', floatingButton: false, texts: {} });
    expect(errors).toEqual([
      'config.ui.colour: got "red"; expected no such option; expected one of "layout", "theme", "floatingButton", "texts", "languageSwitch", "chunkBase". Using the default.',
      'config.ui.layout: got "popup"; expected one of "bar", "box", "modal". Using the default.',
      'config.ui.theme: got 1; expected one of "auto", "light", "dark". Using the default.',
      'config.ui.floatingButton: got true; expected false or one of "bottom-left", "bottom-right". Using the default.',
      'config.ui.texts.ru.acceptAll: got ""; expected a non-empty string. Using the default.',
    ]);
  });

  it('chunkBase: an http(s) URL or a path from "/" or "."; a data:, blob: or javascript: URL is refused, as the boot file refuses it', () => {
    for (const base of ['https://cdn.example/consentry@1.0.0/dist/', 'http://127.0.0.1:8080/dist/', '//cdn.example/dist/', '/static/consentry/', './vendor/', '../dist/']) {
      expect(resolve({ chunkBase: base })).toEqual({ options: expect.objectContaining({ chunkBase: base }), errors: [] });
    }
    for (const base of ['data:text/javascript,alert(1)//', 'javascript:alert(1)//', 'blob:https://shop.test/0f1e', ' https://cdn.example/', 'static/']) {
      const { options, errors } = resolve({ chunkBase: base });
      expect(options.chunkBase).toBeUndefined();
      expect(errors).toEqual([`config.ui.chunkBase: got ${JSON.stringify(base)}; expected an http(s) URL, or a path starting with "/" or ".". Using the default.`]);
    }
  });

  it('drops text names the widget does not know, saying so', () => {
    const errors: string[] = [];
    const fromJson = JSON.parse('{"en":{"acceptAll":"OK","acceptAl":"typo"}}');
    const texts = checkTextKeys(fromJson, { error: (m) => errors.push(m), warn: () => {} });
    expect(texts).toEqual({ en: { acceptAll: 'OK' } });
    expect(errors[0]).toContain('config.ui.texts.en.acceptAl: got "typo"; expected a known text name');
  });
});

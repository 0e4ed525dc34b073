// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../core/testing/config-fixture';
import { readPageConfig } from './page-config';

afterEach(() => {
  delete window.consentryConfig;
  document.body.replaceChildren();
});

describe('readPageConfig: the text a checked config is kept by', () => {
  it('is the inline JSON as written', () => {
    const text = JSON.stringify(testConfig());
    document.body.innerHTML = `<script type="application/json" id="consentry-config">${text}</script>`;
    expect(readPageConfig(() => {})).toEqual({ config: testConfig(), text });
  });

  it("is window.consentryConfig's JSON, the same for the same config", () => {
    window.consentryConfig = testConfig();
    const first = readPageConfig(() => {})!.text;
    window.consentryConfig = testConfig();
    expect(readPageConfig(() => {})!.text).toBe(first);
  });

  it('differs, every page, for a window.consentryConfig with a value JSON drops: it never reads as the valid config it replaced', () => {
    window.consentryConfig = testConfig();
    const valid = readPageConfig(() => {})!.text;
    for (const odd of [{ onRecord: () => {} }, { cookie: { name: 'c', lifetimeDays: undefined } }, { cookie: { name: 'c', lifetimeDays: NaN } }]) {
      window.consentryConfig = { ...testConfig(), ...odd } as never;
      const a = readPageConfig(() => {})!;
      expect(a.text).not.toBe(valid);
      expect(readPageConfig(() => {})!.text).not.toBe(a.text); // not kept: checked on every page
      expect(a.config).toBe(window.consentryConfig); // the checker sees the value itself
    }
  });
});

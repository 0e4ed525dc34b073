// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Consent, ConsentState } from '../core/types';
import { cleanup } from './cleanup';
import { sharedCookieConfig } from './testing/shared-cookie';

const config = sharedCookieConfig();
const consent = { config } as unknown as Consent;
const state = (services: Record<string, boolean>): ConsentState => ({ decided: true, categories: {}, services, consentId: null, revision: null, updatedAt: null, gpc: false });
const cookies = () => document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]).sort();

afterEach(() => {
  for (const name of cookies()) document.cookie = `${name}=; max-age=0; path=/`;
});

describe('cleanup: a cookie a service still allowed lists is left alone', () => {
  it('on a page load: the refused one goes without taking the allowed one\'s', () => {
    document.cookie = '_st=1; path=/';
    document.cookie = '_ad_x=1; path=/';
    cleanup(consent, {} as never, null, state({ 'stats-tool': true, 'tag-tool': false }), window);
    expect(cookies()).toEqual(['_st']);
  });

  it('on a withdrawal: what the withdrawn service shares with one still allowed stays', () => {
    document.cookie = '_st=1; path=/';
    document.cookie = '_ad_x=1; path=/';
    cleanup(consent, {} as never, state({ 'stats-tool': true, 'tag-tool': true }), state({ 'stats-tool': false, 'tag-tool': true }), window);
    expect(cookies()).toEqual(['_ad_x', '_st']);
    cleanup(consent, {} as never, state({ 'stats-tool': false, 'tag-tool': true }), state({ 'stats-tool': false, 'tag-tool': false }), window);
    expect(cookies()).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { stateFrom } from '../../core/choice';
import type { StoredChoice } from '../../core/choice-format';
import { resolveConfig } from '../../core/resolve';
import { optOutConfig } from '../../core/testing/law-configs';
import type { ConsentState } from '../../core/types';
import { resolvedDemo } from '../testing/demo-configs';
import { draftFrom, toggleCategory, toggleService } from './draft';

const config = resolvedDemo('infomaximum');
const fresh: ConsentState = { decided: false, categories: { necessary: true }, services: {}, consentId: null, revision: null, updatedAt: null, gpc: false };

describe('the dialog’s draft: a switch per category and per service, kept consistent', () => {
  it('starts with everything optional off for a new visitor, and from the stored choice for a returning one', () => {
    expect(draftFrom(config, fresh)).toEqual({
      categories: { analytics: false, marketing: false, embeds: false },
      services: { 'yandex-metrica': false, 'google-analytics': false, rutube: false },
    });
    const stored = { ...fresh, decided: true, categories: { necessary: true, analytics: true }, services: { 'yandex-metrica': true, 'google-analytics': false } };
    expect(draftFrom(config, stored).services).toMatchObject({ 'yandex-metrica': true, 'google-analytics': false });
  });

  it('on an opt-out site (US) the switches show what runs before any choice, and the opt-outs kept over a new revision', () => {
    const optOut = resolveConfig(optOutConfig());
    const now = Date.now();
    expect(draftFrom(optOut, stateFrom(null, optOut, now, false))).toEqual({
      categories: { analytics: true, marketing: true },
      services: { 'stats-tool': true, 'ads-tool': true },
    });
    const optedOut: StoredChoice = { consentId: 'c', revision: 'older', createdAt: now, updatedAt: now, sequence: 1, gpcOverride: false, categories: { analytics: true, marketing: false }, services: {} };
    const state = stateFrom(optedOut, optOut, now, false);
    expect(state.decided).toBe(false);
    expect(draftFrom(optOut, state).categories).toEqual({ analytics: true, marketing: false });
    // Under GPC, marketing is shown off, as it is.
    expect(draftFrom(optOut, stateFrom(null, optOut, now, true)).categories).toEqual({ analytics: true, marketing: false });
  });

  it('a category switched on takes its services with it; off, too', () => {
    const on = toggleCategory(config, draftFrom(config, fresh), 'analytics', true);
    expect(on.services).toMatchObject({ 'yandex-metrica': true, 'google-analytics': true, rutube: false });
    expect(toggleCategory(config, on, 'analytics', false).services).toMatchObject({ 'yandex-metrica': false, 'google-analytics': false });
  });

  it('refusing Google Analytics keeps statistics and Metrica; refusing the last service switches the category off', () => {
    const on = toggleCategory(config, draftFrom(config, fresh), 'analytics', true);
    const noGa = toggleService(config, on, 'google-analytics', false);
    expect([noGa.categories.analytics, noGa.services['yandex-metrica'], noGa.services['google-analytics']]).toEqual([true, true, false]);
    expect(toggleService(config, noGa, 'yandex-metrica', false).categories.analytics).toBe(false);
  });

  it('a service switched on switches its category on, and only that service', () => {
    const d = toggleService(config, draftFrom(config, fresh), 'yandex-metrica', true);
    expect([d.categories.analytics, d.services['yandex-metrica'], d.services['google-analytics']]).toEqual([true, true, false]);
  });
});

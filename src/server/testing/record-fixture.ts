import { randomBytes } from 'node:crypto';
import { makeRecord } from '../../core/record';
import type { ConsentRecord } from '../../core/types';

/** A fresh, valid record as the browser core makes it (never shared between tests). */
export function sampleRecord(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    ...makeRecord({
      recordId: randomId(),
      consentId: randomId(),
      sequence: 1,
      now: Date.parse('2026-03-01T10:00:00.000Z'),
      action: 'accept_all',
      layer: 'banner',
      categories: { necessary: true, analytics: true, marketing: true },
      services: { 'yandex-metrica': true },
      policy: { revision: '2026-01', url: '/privacy' },
      bannerVersion: '1',
      locale: 'ru',
      origin: 'https://shop.example',
      gpc: false,
    }),
    ...overrides,
  };
}

export function randomId(): string {
  return randomBytes(16).toString('base64url');
}

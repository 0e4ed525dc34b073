import type { ConsentRecord, Layer, RecordAction } from './types';
import { VERSION } from './version';

export interface RecordInput {
  recordId: string;
  consentId: string;
  sequence: number;
  now: number;
  action: RecordAction;
  layer: Layer;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  policy: { revision: string; url: string };
  bannerVersion: string;
  locale: string;
  origin: string | null;
  gpc: boolean;
  consentText?: string | undefined;
  consentManager?: string | undefined;
}

/**
 * Proof of one decision, and nothing more: no IP, no user agent, no analytics ids,
 * no page path (only the origin), so the log holds no more personal data than it must.
 */
export function makeRecord(input: RecordInput): ConsentRecord {
  return {
    schema: 1,
    recordId: input.recordId,
    consentId: input.consentId,
    sequence: input.sequence,
    timestamp: new Date(input.now).toISOString(),
    action: input.action,
    layer: input.layer,
    categories: { ...input.categories },
    services: { ...input.services },
    policy: { revision: input.policy.revision, url: absolute(input.policy.url, input.origin) },
    library: { name: 'consentry', version: VERSION },
    bannerVersion: input.bannerVersion,
    locale: input.locale,
    // Only a web origin (the schema's): an app's webview (`capacitor://`) or a file is an opaque
    // one, else the consent log would refuse every record it makes.
    origin: /^https?:\/\/[^/?#\s]{1,292}$/.test(input.origin ?? '') ? input.origin! : 'null',
    gpc: input.gpc,
    // Only when there is one: a record is the proof, and holds nothing it does not need.
    ...(input.consentText && { consentText: input.consentText }),
    ...(input.consentManager && { consentManager: input.consentManager }),
  };
}

/** A root-relative policy URL is made absolute, so the record says which policy it was. */
function absolute(url: string, origin: string | null): string {
  if (!url.startsWith('/') || !origin) return url;
  // Resolved, not glued: "//legal.test/p" became "https://shop.test//legal.test/p".
  try {
    return new URL(url, origin).href;
  } catch {
    return url;
  }
}

/**
 * What a stored choice keeps of a service its granted category held: 6 base-36 characters of the
 * FNV-1a hash of `category:service`. A consent is informed about its recipients (GDPR Art. 4(11)
 * and 7, 152-FZ Art. 9, DPDP s.6): a service added to a granted category later was never agreed
 * to. One per service rather than one digest of them all, so a service removed asks no one again.
 * The cookie runs them together and a new one is looked for at each 6th character of that text
 * (choice.ts), not across two: it is missed only when it is one of them, 1 in 36^6 (2.2 billion)
 * for each service kept.
 */
export function serviceHash(category: string, service: string): string {
  let h = 2166136261;
  for (const c of `${category}:${service}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  // Plus 2^36: 7 base-36 digits for any 32-bit h, so always 6 after the slice.
  return (h + 2 ** 36).toString(36).slice(-6);
}

import { consoleLogger } from '../core/log';
import type { Snapshot } from './binding';

/** Names already reported: a gate renders again on every change, the console hears of each once. */
const reported = new Set<string>();

/**
 * A `<ConsentGate>` naming a category or service its config does not have never opens, and said
 * nothing: a typo (`analytic`) or a sample's name copied as it is. Once the instance has started
 * with a valid config, its state lists every category and every service a category lists, so a
 * name missing there is one the gate waits for in vain: say so, once per name. (A config that
 * failed closed has said why itself.)
 */
export function reportUnknownGateNames({ state, consent }: Snapshot, which: { category?: string | undefined; service?: string | undefined }): void {
  if (!consent?.ok) return;
  for (const kind of ['category', 'service'] as const) {
    const name = which[kind];
    const known = kind === 'category' ? state.categories : state.services;
    if (name === undefined || known[name] !== undefined || reported.has(kind + name)) continue;
    reported.add(kind + name);
    const list = Object.keys(known).map((k) => `"${k}"`).join(', ');
    consoleLogger.warn(`<ConsentGate ${kind}="${name}"> never opens: its config's categories list no ${kind} "${name}" (they list: ${list || 'none'}).`);
  }
}

import { has } from '../core/checks';
import { consoleLogger } from '../core/log';
import type { ConsentState } from '../core/types';

export interface GateNames {
  category?: string | undefined;
  service?: string | undefined;
}

/** Names already reported: a gate renders again on every change, the console hears of each once. */
const reported = new Set<string>();

/** The words for a gate whose category or service its config's categories do not have (gate-names.ts). */
export function report(state: ConsentState, which: GateNames): void {
  for (const kind of ['category', 'service'] as const) {
    const name = which[kind];
    const known = kind === 'category' ? state.categories : state.services;
    if (name === undefined || has(known, name) || reported.has(kind + name)) continue;
    reported.add(kind + name);
    const list = Object.keys(known).map((k) => `"${k}"`).join(', ');
    consoleLogger.warn(`<ConsentGate ${kind}="${name}"> never opens: its config's categories list no ${kind} "${name}" (they list: ${list || 'none'}).`);
  }
}

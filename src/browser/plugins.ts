import type { ConsentPlugin, ConsentryConfig } from '../core/types';

/**
 * The plugins a script-tag site gets from its config alone (integrations, the gate).
 * Filled in by the gating work; empty means nothing is gated beyond `when()`.
 */
export function pluginsFromConfig(_config: ConsentryConfig): ConsentPlugin[] {
  return [];
}

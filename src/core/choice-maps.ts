// What a decision stores: only decisions need it, so an app's bundler puts it in their chunk.
import { stateFrom } from './choice';
import type { ResolvedConfig } from './resolved-config';
import { serviceHash } from './service-hash';

/** Nothing granted but `necessary`: what a withdrawal stores (on an opt-out site too). */
export function deniedMaps(config: ResolvedConfig): { categories: Record<string, boolean>; services: Record<string, boolean> } {
  const { categories, services } = stateFrom(null, { ...config, optOut: false }, 0, false);
  return { categories, services };
}

/**
 * The optional categories' grants, the explicit service choices, and the hashes of the services
 * the granted categories hold (what the visitor was told would receive their data) to store.
 */
export function choiceMaps(
  config: ResolvedConfig,
  grants: Record<string, boolean>,
  serviceChoices: Record<string, boolean>,
): { categories: Record<string, boolean>; services: Record<string, boolean>; held: string } {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) if (!c.necessary) categories[c.key] = grants[c.key] === true;
  const services: Record<string, boolean> = {};
  for (const s of Object.values(config.services)) {
    // Only a refusal inside a granted category needs storing; everything else follows the category.
    if (categories[s.category] && serviceChoices[s.key] === false) services[s.key] = false;
  }
  const held = config.categories.flatMap((c) => (categories[c.key] ? c.services.map((s) => serviceHash(c.key, s)) : [])).join('');
  return { categories, services, held };
}

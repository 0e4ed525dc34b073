// What a decision stores: only decisions need it, so an app's bundler puts it in their chunk.
import { stateFrom } from './choice';
import type { ResolvedConfig } from './resolved-config';

/** Nothing granted but `necessary`: what a withdrawal stores (on an opt-out site too). */
export function deniedMaps(config: ResolvedConfig): { categories: Record<string, boolean>; services: Record<string, boolean> } {
  const { categories, services } = stateFrom(null, { ...config, optOut: false }, 0, false);
  return { categories, services };
}

/** The optional categories' grants and the explicit service choices to store. */
export function choiceMaps(
  config: ResolvedConfig,
  grants: Record<string, boolean>,
  serviceChoices: Record<string, boolean>,
): { categories: Record<string, boolean>; services: Record<string, boolean> } {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) if (!c.necessary) categories[c.key] = grants[c.key] === true;
  const services: Record<string, boolean> = {};
  for (const s of Object.values(config.services)) {
    // Only a refusal inside a granted category needs storing; everything else follows the category.
    if (categories[s.category] && serviceChoices[s.key] === false) services[s.key] = false;
  }
  return { categories, services };
}

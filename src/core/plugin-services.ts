import type { ConsentPlugin, ServiceConfig, ServiceFacts } from './types';

/** The services the plugins bring, which a config's categories may list (later plugins win a clash). */
export function pluginServices(plugins: readonly Pick<ConsentPlugin, 'services'>[]): Record<string, ServiceFacts | ServiceConfig> {
  const extra: Record<string, ServiceFacts | ServiceConfig> = {};
  for (const plugin of plugins) Object.assign(extra, plugin.services ?? {});
  return extra;
}

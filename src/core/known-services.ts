import { integrationFacts } from '../integrations/config-facts';
import { pluginServices } from './plugin-services';
import type { ConsentPlugin, ConsentryConfig, ServiceConfig, ServiceFacts } from './types';

/**
 * The services a config's categories may list besides its own `services`: those its
 * `integrations` bring (the script tag's) and those the page's plugins bring (npm), as the
 * browser counts them. For what checks a config away from the page (readConsent, consentDocument).
 */
export function knownServices(config: ConsentryConfig, plugins: readonly Pick<ConsentPlugin, 'services'>[] = []): Record<string, ServiceFacts | ServiceConfig> {
  return { ...integrationFacts(config), ...pluginServices(plugins) };
}

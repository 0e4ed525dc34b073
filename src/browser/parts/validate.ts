// The config's validator: needed when this browser has not checked this config before.
import { consoleLogger } from '../../core/log';
import { reportUiOptions } from '../../ui/report-ui-options';
import { checkConfig as checkCore } from '../check-config';

export { formatIssues } from '../../core/validate';

/** The config's checks; `config.ui`'s wrong values are told here too, once, but replaced by defaults, never fatal. */
export const checkConfig: typeof checkCore = (config, extra) => {
  reportUiOptions(config, consoleLogger);
  return checkCore(config, extra);
};

// The config's checker: fetched when this browser has not checked this config before. It
// returns findings without words; the `messages` chunk explains them when there are any.
import { checkConfig } from '../../core/config-spec';
import { register } from './register';

register({ checkConfig });

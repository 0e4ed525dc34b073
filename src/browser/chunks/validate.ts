// The config's validator: fetched when this browser has not checked this config before.
import { formatIssues } from '../../core/validate';
import { checkConfig } from '../check-config';
import { register } from './register';

register({ checkConfig, formatIssues });

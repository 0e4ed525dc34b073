// The config's validator: needed when this browser has not checked this config before.
export { formatIssues } from '../../core/validate';
export { checkConfig } from '../check-config';

// The opt-out link and the reload offer, in plain DOM: on an opt-out site's every page, or after a withdrawal.
export { show } from '../../ui/notices/show';

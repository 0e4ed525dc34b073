// The first layer and the reload notice, in plain DOM: needed on a first visit, or after a withdrawal.
export { show } from '../../ui/banner/show';

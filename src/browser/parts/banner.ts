// The first layer, in plain DOM: needed on a first visit (or a changed config, or a new revision).
export { show } from '../../ui/banner/show';

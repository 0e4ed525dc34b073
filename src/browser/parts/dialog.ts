// The preferences dialog, in Preact: needed only when a visitor opens the settings.
export { show } from '../../ui/dialog/show';

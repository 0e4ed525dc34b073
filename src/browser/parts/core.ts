// The instance, its plugins and the ways to the widget: needed when a visit is not a returning one
// with its plan kept, or a first visit whose banner is left alone; then once a decision or the settings are.
export { startCore } from '../start-core';

// The instance, its plugins and the ways to the widget: needed when a visit is not a returning one
// with its plan kept (a first visit comes with it in one file), or once a decision or the settings are.
export { startCore } from '../start-core';

/**
 * `dist/consentry-ui.js`: the widget with Preact bundled, an ES module fetched by
 * the script-tag loader with `import()` only when something must be shown.
 */
export { createWidget } from './widget';

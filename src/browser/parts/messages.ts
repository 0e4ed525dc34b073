// What the boot file can tell the console, in words: needed only when there is something to say,
// an invalid config's findings included.
export { explain, formatIssues, formatWarnings } from '../../core/explain';
export { MESSAGES as messages } from '../../core/messages';

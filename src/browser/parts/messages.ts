// What the boot file can tell the console, in words: needed only when there is something to say,
// an invalid config's findings included.
import { MESSAGES } from '../../core/message-words';

export { explain, formatIssues, formatWarnings } from '../../core/explain';

/** The core's words and the script tag's own, which npm builds do not carry. */
export const messages = {
  ...MESSAGES,
  // Its words here, not in the boot file that says it.
  coreUnloaded: (error: unknown) => MESSAGES.chunkUnloaded(error, 'the settings, decisions and other tabs’ choices'),
  staleCheck: (given: string, actual: string) =>
    actual
      ? `data-config-checked="${given}" is not this config's digest (${actual}): the config changed since \`npx consentry check\`, or consentry is another version. It is checked here instead; run the check again so visitors skip it.`
      : 'data-config-checked works on https pages only (where browsers compute SHA-256): the config is checked here instead.',
};
export type ScriptTagMessages = typeof messages;

// What the boot file can tell the console, in words: needed only when there is something to say.
export { MESSAGES as messages } from '../../core/messages';

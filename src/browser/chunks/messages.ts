// What the boot file can tell the console, in words: fetched only when there is something to
// say, an invalid config's findings included.
import { explain, formatIssues } from '../../core/explain';
import { MESSAGES } from '../../core/messages';
import { register } from './register';

register({ MESSAGES, explain, formatIssues });

// What the boot file can tell the console, in words: fetched only when there is something to say.
import { MESSAGES } from '../../core/messages';
import { register } from './register';

register({ MESSAGES });

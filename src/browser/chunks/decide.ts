// Decisions, records and their delivery: fetched on the first decision, or when records wait.
import { decisions } from '../../core/decisions';
import { register } from './register';

register({ decisions });

// The placeholder of a refused frame: fetched only by pages that have one.
import { placeholder } from '../../gate/embeds';
import { register } from './register';

register({ placeholder });

// The placeholder of a refused frame: needed only by pages that have one.
export { placeholder } from '../../gate/embeds';

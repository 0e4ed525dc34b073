// The placeholder of a refused frame: needed only by pages that have one. The core's gate draws
// it with `placeholder`; the boot file, before the core comes, with `holdFrame`.
export { placeholder } from '../../gate/embeds';
export { holdFrame } from '../held-frames';

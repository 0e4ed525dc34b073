// A first visit's start before the core: the config checked, the banner up, the gate for what
// `necessary` grants. The core comes once the visitor reaches for the banner.
export { startFirst } from '../banner-first';

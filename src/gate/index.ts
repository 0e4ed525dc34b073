/**
 * `consentry/gate`: the declarative gate (blocked scripts and iframes, withdrawal clean-up)
 * and `loadScript()` for code that loads its own third-party scripts.
 */
export { gate } from './gate';
export type { GateOptions } from './gate';
export { loadScript } from './load-script';
export type { LoadScriptOptions } from './load-script';
export { RELOAD_SUGGESTED } from './reload-event';
export type { ReloadSuggestedDetail } from './reload-event';
export type { GatingOptions, ReloadOnWithdraw } from './gating-options';

/**
 * The event the gate dispatches on `window` after a withdrawal when the site chose to ask for a
 * reload (`gating.reloadOnWithdraw: "ask"`). A module of its own: the ways back listen for it on
 * every page, and the clean-up that sends it is a chunk fetched only when there is something to erase.
 */
export const RELOAD_SUGGESTED = 'consentry:reload-suggested';

export interface ReloadSuggestedDetail {
  /** Categories that went from granted to refused. */
  categories: string[];
  /** Services that went from granted to refused (those of the categories included). */
  services: string[];
}

/** How the script-tag entry starts an integration; npm users leave it out. */
export interface IntegrationContext {
  /** Where the options came from, for error messages, e.g. `config.integrations.google`. */
  source?: string | undefined;
  /** CSP nonce of the page's Consentry script, used when the options give none. */
  nonce?: string | undefined;
}

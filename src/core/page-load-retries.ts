/**
 * Failures after which a new page load waits out a record's backoff, as an open page does: the
 * core's outbox (outbox.ts) and the boot file (browser/records-due.ts) both count to it. Its own
 * module so that the boot file does not take the outbox with it, nor the core the boot's code.
 */
export const PAGE_LOAD_RETRIES = 5;

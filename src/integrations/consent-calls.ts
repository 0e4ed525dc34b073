// What dataLayer already told Google on this page, by an earlier instance or the site itself.
// (`?.`: the plan's recording page, keep-plans.ts, has a dataLayer with only `push`.) Each
// function matches its entries itself, not through a shared predicate: terser kept one apart
// (+7 B in the core chunk).

/** A Consent Mode `update` was pushed: a later `default` does not undo it, so an instance that starts undecided, or fails closed, says denied itself. */
export function consentUpdated(win: Window): boolean | undefined {
  return (win.dataLayer as IArguments[] | undefined)?.some?.((entry) => entry?.[0] === 'consent' && entry[1] === 'update');
}

/** The parameters of the last Consent Mode `default` pushed, if any. */
export function lastConsentDefault(win: Window): unknown {
  return (win.dataLayer as IArguments[] | undefined)?.filter?.((entry) => entry?.[0] === 'consent' && entry[1] === 'default').pop()?.[2];
}

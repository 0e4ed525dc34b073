/**
 * The parameters of each `gtag('consent', action, …)` in `dataLayer`, oldest first: what Google
 * has been told on this page, by an earlier instance or the site itself. (`filter?.`: the plan's
 * recording page, keep-plans.ts, has a `dataLayer` with only `push`.)
 */
export function consentCalls(win: Window, action: 'default' | 'update'): unknown[] {
  return ((win.dataLayer as IArguments[] | undefined)?.filter?.((e) => e?.[0] === 'consent' && e[1] === action) ?? []).map((e) => e[2]);
}

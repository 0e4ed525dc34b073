/**
 * The source of a regular expression that matches names with `*` wildcards (`_ga_*`, `_ym*`), as
 * services declare cookies and storage keys; `''` for none, which must match nothing. A plan keeps
 * the source, so the boot file needs no code to build it.
 */
export function wildcardSource(patterns: readonly string[]): string {
  // Every character but `*` is taken literally (names are checked against [A-Za-z0-9_.:*-] at validation).
  return patterns.length ? `^(${patterns.map((p) => p.replace(/[^\w*]/g, '\\$&').replace(/\*/g, '.*')).join('|')})$` : '';
}

/** A matcher for names with `*` wildcards. */
export function wildcard(patterns: readonly string[]): (name: string) => boolean {
  const source = wildcardSource(patterns);
  const re = new RegExp(source);
  return (name) => source !== '' && re.test(name);
}

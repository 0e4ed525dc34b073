/**
 * The source of a regular expression that matches names with `*` wildcards (`_ga_*`, `_ym*`), as
 * services declare cookies and storage keys; `''` for none, which must match nothing. A plan keeps
 * the source, so the boot file needs no code to build it.
 */
export function wildcardSource(patterns: readonly string[]): string {
  // Every character but `*` is taken literally (names are checked against [A-Za-z0-9_.:*-] at validation).
  return patterns.length ? `^(${patterns.map((p) => p.replace(/[^\w*]/g, '\\$&').replace(/\*/g, '.*')).join('|')})$` : '';
}

/**
 * The same, but a name `spared` also matches is not matched: a refused service's cookie that a
 * service the visitor allows lists too (Google Analytics and Tag Manager share Google's) is that
 * one's, and erasing it would undo what the visitor allowed.
 */
export function wildcardExcept(patterns: readonly string[], spared: readonly string[]): string {
  const source = wildcardSource(patterns);
  return source && spared.length ? `(?!${wildcardSource(spared)})${source}` : source;
}

/** A matcher for names with `*` wildcards, but those `spared` matches. */
export function wildcard(patterns: readonly string[], spared: readonly string[] = []): (name: string) => boolean {
  const source = wildcardExcept(patterns, spared);
  const re = new RegExp(source);
  return (name) => source !== '' && re.test(name);
}

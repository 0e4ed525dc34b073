/** A matcher for names with `*` wildcards (`_ga_*`, `_ym*`), as services declare cookies and storage keys. */
export function wildcard(patterns: readonly string[]): (name: string) => boolean {
  // Every character but `*` is taken literally (names are checked against [A-Za-z0-9_.:*-] at validation).
  const re = new RegExp(`^(${patterns.map((p) => p.replace(/[^\w*]/g, '\\$&').replace(/\*/g, '.*')).join('|')})$`);
  return (name) => patterns.length > 0 && re.test(name);
}

/** A matcher for names with `*` wildcards (`_ga_*`, `_ym*`), as services declare cookies and storage keys. */
export function wildcard(patterns: readonly string[]): (name: string) => boolean {
  if (patterns.length === 0) return () => false;
  const source = patterns.map((p) => p.split('*').map(escape).join('.*')).join('|');
  const re = new RegExp(`^(?:${source})$`);
  return (name) => re.test(name);
}

function escape(part: string): string {
  return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text with links, as plain data: the summary functions stay pure (and testable
 * without a DOM) and the components decide how a link is drawn.
 */
export interface Link {
  text: string;
  href: string;
}

export type Part = string | Link;

/**
 * Fills `{name}` placeholders with strings or parts, keeping links as links.
 * Unknown names stay visible so a typo in a site's text override shows up.
 */
export function fill(template: string, values: Readonly<Record<string, string | number | Part[]>>): Part[] {
  const out: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]!];
    if (value === undefined) continue;
    push(out, template.slice(last, match.index));
    for (const part of Array.isArray(value) ? value : [String(value)]) push(out, part);
    last = match.index! + match[0].length;
  }
  push(out, template.slice(last));
  return out;
}

/** Parts separated by `separator` (for lists that hold links). */
export function joinParts(items: readonly Part[][], separator = ', '): Part[] {
  const out: Part[] = [];
  items.forEach((item, i) => {
    if (i > 0) push(out, separator);
    for (const part of item) push(out, part);
  });
  return out;
}

/** The visible text, for tests and accessible names. */
export function plain(parts: readonly Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

function push(out: Part[], part: Part): void {
  if (typeof part === 'string') {
    if (part === '') return;
    const prev = out[out.length - 1];
    if (typeof prev === 'string') out[out.length - 1] = prev + part;
    else out.push(part);
  } else out.push(part);
}

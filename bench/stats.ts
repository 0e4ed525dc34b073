/** Medians, ranges and the one table `npm run bench` prints (markdown, so it pastes into the README). */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

/** `null` when there is no sample (a metric that does not apply, such as no banner). */
export function summarise(samples: readonly (number | null | undefined)[]): Summary | null {
  const values = samples.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (values.length === 0) return null;
  const mid = values.length >> 1;
  const median = values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  return { n: values.length, median, min: values[0]!, max: values[values.length - 1]! };
}

/** How many times Consentry's median the other library's is; `null` when either is missing or 0. */
export function ratio(other: Summary | null, consentry: Summary | null): number | null {
  if (!other || !consentry || consentry.median === 0) return null;
  return other.median / consentry.median;
}

export interface Row {
  label: string;
  /** Formats one value of this metric (its unit included). */
  format: (value: number) => string;
  cells: Record<string, Summary | null>;
  /** Why a cell is empty, by column id, e.g. 'banner not present'. */
  notes?: Record<string, string>;
}

export function formatCell(row: Row, column: string): string {
  const s = row.cells[column];
  if (!s) return row.notes?.[column] ? `n/a (${row.notes[column]})` : 'n/a';
  if (s.min === s.max) return row.format(s.median);
  return `${row.format(s.median)} (${row.format(s.min)}–${row.format(s.max)})`;
}

export function formatRatio(value: number | null): string {
  if (value === null) return '–';
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
}

/**
 * One markdown table: a row per metric, a column per page, and after each library that is
 * not Consentry its ratio to Consentry's median.
 */
export function markdownTable(rows: Row[], columns: { id: string; title: string }[], reference = 'consentry'): string {
  const header: string[] = ['metric'];
  for (const c of columns) {
    header.push(c.title);
    if (c.id !== reference && c.id !== 'baseline') header.push('÷ Consentry');
  }
  const lines = [row(header), row(header.map(() => '---'))];
  for (const r of rows) {
    const cells = [r.label];
    for (const c of columns) {
      cells.push(formatCell(r, c.id));
      if (c.id !== reference && c.id !== 'baseline') cells.push(formatRatio(ratio(r.cells[c.id] ?? null, r.cells[reference] ?? null)));
    }
    lines.push(row(cells));
  }
  return lines.join('\n');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export const formats = {
  ms: (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`,
  kb: (v: number) => `${(v / 1024).toFixed(1)} KB`,
  count: (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1)),
  cls: (v: number) => v.toFixed(3),
};

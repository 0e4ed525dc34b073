// The README's size table must say what package.json enforces (house style: figures in the
// docs are tested against the budgets, as nanostores and nanoid do with size-limit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const budgets: Record<string, { brotli: number; target?: number }> = pkg.consentry.sizeBudgets;

/** Rows of the `## Size` table whose first cell is a budget name in backticks. */
function sizeRows(): Map<string, string[]> {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Size\n'));
  if (!section) throw new Error('README.md has no "## Size" section');
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const name = /^`(\w+)`$/.exec(cells[0] ?? '')?.[1];
    if (name && cells.length === 5) rows.set(name, cells);
  }
  return rows;
}

/** "9400 B" -> 9400; anything else (a dash, "not built yet") -> null. */
function bytes(cell: string): number | null {
  const match = /^(\d+) B$/.exec(cell);
  return match ? Number(match[1]) : null;
}

describe('README size table', () => {
  const rows = sizeRows();

  it('has one row per budget in package.json', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(budgets).sort());
  });

  it.each(Object.keys(budgets))('%s: budget and target equal package.json, measured is within the budget', (name) => {
    const [, , measured, budget, target] = rows.get(name)!;
    expect(bytes(budget!)).toBe(budgets[name]!.brotli);
    expect(bytes(target!)).toBe(budgets[name]!.target ?? null);
    const value = bytes(measured!);
    if (value !== null) expect(value).toBeLessThanOrEqual(budgets[name]!.brotli);
    else expect(measured).toBe('not built yet');
  });

  it("the prose's first-visit figures are the table's: the checker's share, the first visit, checked ahead, and their ratios to the others", () => {
    // Written in KB with one decimal across the README, and left behind when only the table followed a build (3.5, 15.7 and 12.2 KB for 3.6, 15.9 and 12.3).
    const measured = (name: string) => bytes(rows.get(name)![2]!);
    const [first, checked, returning] = [measured('firstVisit'), measured('firstVisitChecked'), measured('returningVisit')];
    if (first === null || checked === null || returning === null) return; // not built yet
    const kb = (b: number) => (b / 1024).toFixed(1);
    const text = readme.replace(/\s+/g, ' ');
    const said = (re: RegExp) => {
      const found = re.exec(text);
      if (!found) throw new Error(`README no longer says ${re}: update this test with it`);
      return found.slice(1);
    };
    const checker = kb(first - checked);
    expect(said(/skip the checker \(([\d.]+) KB brotli/)).toEqual([checker]);
    expect(said(/about ([\d.]+) KB brotli of the first visit's ([\d.]+) KB/)).toEqual([checker, kb(first)]);
    expect(said(/`checked-<lang>`: ([\d.]+) KB in all instead of ([\d.]+) KB/)).toEqual([kb(checked), kb(first)]);
    expect(said(/\| first visit, banner shown \|[^|]*\|[^|]*\| ([\d.]+) KB in two requests \(([\d.]+) KB checked ahead\)/)).toEqual([kb(first), kb(checked)]);
    expect(said(/drops the checker: ([\d.]+) KB in all, ([\d.]+) KB over/)).toEqual([kb(checked), kb(checked - budgets.firstVisitChecked!.target!)]);
    expect(said(/Consentry's first visit is ([\d.]+) KB, ([\d.]+) KB checked ahead \(see \[Size\]/)).toEqual([kb(first), kb(checked)]);
    expect(said(/With the banner shown it is ([\d.]+) KB \(([\d.]+) KB checked ahead\)/)).toEqual([kb(first), kb(checked)]);
    const [vanilla, osano] = said(/vanilla-cookieconsent downloads ([\d.]+) KB on every visit and Osano ([\d.]+) KB/).map(Number) as [number, number];
    const ratio = (b: number, other: number) => (b / 1024 / other).toFixed(2);
    expect(said(/returning visit is ([\d.]+)× vanilla's and ([\d.]+)× Osano's, and a first visit ([\d.]+)× vanilla's \(([\d.]+)× when checked ahead\)/)).toEqual([
      ratio(returning, vanilla),
      ratio(returning, osano),
      ratio(first, vanilla),
      ratio(checked, vanilla),
    ]);
  });

  it('never sets a budget above its target unless the README names the gap', () => {
    for (const [name, budget] of Object.entries(budgets)) {
      if (budget.target !== undefined && budget.brotli > budget.target) expect(readme, name).toMatch(/\*\*Known gap:\*\*/);
    }
  });
});

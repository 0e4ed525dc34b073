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

  it('never sets a budget above its target unless the README names the gap', () => {
    for (const [name, budget] of Object.entries(budgets)) {
      if (budget.target !== undefined && budget.brotli > budget.target) expect(readme, name).toMatch(/\*\*Known gap:\*\*/);
    }
  });
});

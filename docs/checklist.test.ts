import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/checklist.md maps each line of GUIDE §3 to the tests that fail if it breaks. This keeps
 * the table honest: every file it names exists and holds every title it quotes, exactly as
 * written in the source, and a row without tests is only one of the law-pack rows below,
 * which are being built on their own branch. Empty this list as they land: a pending row not
 * listed fails, and so does a listed row that is no longer pending.
 */
const ALLOWED_PENDING: string[] = [];

const root = new URL('..', import.meta.url);
const table = readFileSync(new URL('docs/checklist.md', root), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| id |'))
  .map((line) => {
    const [id, requirement, law, tests] = line.split('|').slice(1, -1).map((cell) => cell.trim());
    return { id: id!, requirement: requirement!, law: law!, tests: tests! };
  });

const ENTRY = /^`([^`]+)` — `([^`]+)`$/;
const entries = (tests: string) => tests.split('<br>').map((entry) => entry.trim());

describe('docs/checklist.md', () => {
  it('has a row per GUIDE §3 requirement, each with a unique id and a law tag', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
    expect(new Set(table.map((r) => r.id)).size).toBe(table.length);
    for (const row of table) expect(row.law, row.id).toMatch(/^(EU|IN|RU|US|ALL)(, (EU|IN|RU|US|ALL))*$/);
  });

  it('every row names tests, unless it is an allowed pending law-pack row', () => {
    const pending = table.filter((r) => /^pending from law packs/.test(r.tests)).map((r) => r.id);
    expect(pending.filter((id) => !ALLOWED_PENDING.includes(id)), 'pending rows not allowed').toEqual([]);
    expect(ALLOWED_PENDING.filter((id) => !pending.includes(id)), 'allowed as pending but no longer pending: remove from ALLOWED_PENDING').toEqual([]);
    for (const row of table.filter((r) => !pending.includes(r.id))) {
      for (const entry of entries(row.tests)) expect(entry, `${row.id}: each test as \`path\` — \`title\``).toMatch(ENTRY);
    }
  });

  it('every test file exists and holds the exact title', () => {
    const missing: string[] = [];
    for (const row of table.filter((r) => !ALLOWED_PENDING.includes(r.id))) {
      for (const entry of entries(row.tests)) {
        const [, path, title] = ENTRY.exec(entry) ?? [];
        if (!path || !title) continue; // reported by the test above
        const file = new URL(path, root);
        if (!existsSync(file)) {
          missing.push(`${row.id}: no file ${path}`);
          continue;
        }
        const source = readFileSync(file, 'utf8');
        // As the title is written in it(…)/test(…)/it.each(…)(…): in single, double or back quotes.
        if (!["'", '"', '`'].some((q) => source.includes(`(${q}${title}${q}`))) missing.push(`${row.id}: ${path} has no test titled ${title}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

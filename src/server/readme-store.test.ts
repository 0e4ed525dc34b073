// The README's store table said "any object with insert, byConsentId, range and count" and no
// more: a developer writing their own store could not learn what insert returns (its receive-time
// form above all), what a duplicate changes, or what settled and close are for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The list under "Your own store" in the receiver's section: one entry per method. */
function documented(): Map<string, string> {
  const readme = read('../../README.md');
  const start = readme.indexOf("Your own store's methods");
  expect(start, 'README: no "Your own store\'s methods" under the receiver').toBeGreaterThan(0);
  const list = readme.slice(start).split('\n\n')[1]!;
  return new Map(list.split(/\n(?=- )/).map((entry) => [/^- `(\w+)\(/.exec(entry)?.[1] ?? entry, entry.replace(/\s+/g, ' ')]));
}

describe("the README's contract for a store of your own", () => {
  const source = read('./store.ts');
  const contract = source.slice(source.indexOf('export interface RecordStore {'), source.indexOf('\n}', source.indexOf('export interface RecordStore {')));

  it('names every method of RecordStore, and says which are optional', () => {
    const methods = [...contract.matchAll(/^ {2}(\w+)(\?)?\(/gm)].map((m) => [m[1]!, !!m[2]] as const);
    expect(methods.length).toBeGreaterThanOrEqual(6);
    const entries = documented();
    expect(methods.filter(([name]) => !entries.has(name)).map(([name]) => name)).toEqual([]);
    for (const [name, optional] of methods) expect(entries.get(name)!.includes('optional'), name).toBe(optional);
  });

  it("says each thing insert may return, as InsertOutcome types it, and the status each is answered with", () => {
    expect(source).toContain("export type InsertResult = 'created' | 'duplicate' | 'conflict';");
    expect(source).toContain("export type InsertOutcome = InsertResult | { status: 'created'; receivedAt: Date };");
    const insert = documented().get('insert')!;
    for (const said of ["`'created'`", "`'duplicate'`", "`'conflict'`", '`409`', "`{ status: 'created', receivedAt }`", '`201`', '`200`', '`503`', 'durable']) expect(insert).toContain(said);
  });
});

// The README's table of requests and answers is how a site's developer learns what the receiver
// says. It named no 401, so a wrong admin token looked like a receiver fault, and no 404.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The statuses the receiver's code answers with (`answer(201`, `refuse(req, res, 400`, `writeHead(500`). */
function answeredStatuses(): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(`${here}${file}`, 'utf8');
    for (const m of source.matchAll(/\b(?:answer|refuse|writeHead)\((?:req, res, |res, )?([1-5]\d\d)\b/g)) found.add(m[1]!);
  }
  return found;
}

/** The statuses in the README's table under "## Consent-log receiver" (`| request | answer |`). */
function tableStatuses(): Set<string> {
  const readme = readFileSync(`${here}../../README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Consent-log receiver'));
  const table = section.slice(section.indexOf('| request | answer |')).split('\n\n')[0]!;
  return new Set([...table.matchAll(/`([1-5]\d\d)\b/g)].map((m) => m[1]!));
}

describe("the README's receiver table", () => {
  it('names every status the receiver answers', () => {
    const documented = tableStatuses();
    expect(documented.size).toBeGreaterThan(5);
    expect([...answeredStatuses()].filter((status) => !documented.has(status)).sort()).toEqual([]);
  });
});

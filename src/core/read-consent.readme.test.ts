// The README's server-rendering calls of readConsent (taken from README.md, so the two cannot
// drift): each passes Global Privacy Control. GUIDE §3 (US): GPC opts out at once. A server that
// reads the cookie without it hands the adapters (`initialState`) a stored grant of a GPC category,
// or on an opt-out site the grant before any choice, and whatever that state renders (a gated
// embed, a tag) runs in the browser before the instance has started and found the signal.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readConsent } from './read-consent';
import { optOutConfig } from './testing/law-configs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Each `readConsent(…)` call in the README's code blocks and tables, its arguments whole (parentheses matched). */
function readmeCalls(): string[] {
  const blocks = [...readme.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const rows = readme.split('\n').filter((line) => line.startsWith('|'));
  const calls: string[] = [];
  for (const text of [...blocks, ...rows]) {
    for (let at = text.indexOf('readConsent('); at >= 0; at = text.indexOf('readConsent(', at + 1)) {
      let depth = 0;
      let end = at + 'readConsent'.length;
      do {
        if (text[end] === '(') depth++;
        else if (text[end] === ')') depth--;
        end++;
      } while (depth > 0 && end < text.length);
      calls.push(text.slice(at, end));
    }
  }
  // The API table's signature (`readConsent(cookie, config, opts?)`) is no call.
  return calls.filter((call) => !call.includes('opts?'));
}

describe("README's readConsent calls", () => {
  test('there are some: the Server rendering section and the adapters (React, Next.js, Vue)', () => {
    expect(readmeCalls().length).toBeGreaterThanOrEqual(3);
  });

  test('each passes Global Privacy Control from the request (Sec-GPC)', () => {
    expect(readmeCalls().filter((call) => !/gpc: .*sec-gpc/i.test(call))).toEqual([]);
  });

  test('why it matters: without it an opt-out site renders what GPC has opted out of', () => {
    const config = optOutConfig(); // ccpa: GPC opts out of marketing at once
    expect(readConsent(undefined, config).categories.marketing).toBe(true);
    expect(readConsent(undefined, config, { gpc: true }).categories.marketing).toBe(false);
  });
});

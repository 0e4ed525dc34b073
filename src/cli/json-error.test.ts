import fc from 'fast-check';
import { expect, test } from 'vitest';
import { jsonErrorAt, lineAndColumn } from './json-error';

/** Where V8's JSON.parse stops: its offset, the end for "Unexpected end", the token it names otherwise; undefined when it parses. */
function v8(text: string): { at?: number; token?: string } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message)?.[1];
    if (at) return { at: Number(at) };
    if (message.startsWith('Unexpected end of JSON input')) return { at: text.length };
    return { token: /^Unexpected token '([^]+?)', /.exec(message)![1] };
  }
}

function agrees(text: string) {
  const expected = v8(text);
  const at = jsonErrorAt(text);
  if (!expected) expect(at, text).toBeUndefined();
  else if (expected.at !== undefined) expect(at, text).toBe(expected.at);
  else expect(text[at!], text).toBe(expected.token);
}

test('the offset where a text stops being JSON is where V8 says, also where V8 names only the token', () => {
  for (const text of ['', ' ', '{', '{"a": [1,]}', '{"a": tru\n}', '{"a": NaN}', '[,]', '{"a":}', '01', '-', '1.e5', '"a\\x"', '"a\\u12G4"', '"\u0001"', '{"a" 1}', '1 2', '\u00a0{}', '{"\\ud800": true}']) agrees(text);
  // Texts near a real config: one character inserted, removed or changed somewhere.
  const config = JSON.stringify({ policy: { revision: '1', laws: ['gdpr'], minimumAge: -1.5e3, url: 'https://x.test/é"\\' }, ok: [true, false, null, {}, []] }, null, 2);
  const near = fc.tuple(fc.nat(config.length), fc.constantFrom('', ',', ']', '}', '"', ':', '\\', '\n', 'e', '-', '.', '0', 't', 'x', ' ', '/'), fc.nat(2)).map(([i, c, drop]) => config.slice(0, i) + c + config.slice(i + drop));
  fc.assert(fc.property(fc.oneof(near, fc.string({ maxLength: 12 }), fc.json()), (text) => agrees(text)), { numRuns: 3000 });
});

test('line and column from 1, as an editor counts them', () => {
  expect(lineAndColumn('{\n  "a": [1,]\n}', 11)).toEqual({ line: 2, column: 10 });
  expect(lineAndColumn('{\r\n  "a"', 0)).toEqual({ line: 1, column: 1 });
  expect(lineAndColumn('{\r\n  "a"', 5)).toEqual({ line: 2, column: 3 });
});

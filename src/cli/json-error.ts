/**
 * Where a text stops being JSON, for `consentry check`'s message: a config is written by hand, and
 * Node 20's JSON.parse gives at best a character offset, for a trailing comma in a list or a
 * mistyped `true` none at all ("Unexpected token ']', ..."), never a line. The offset is the first
 * character no valid JSON could have there (the text's length when it ends too soon), as V8
 * reports it when it does.
 */
export function jsonErrorAt(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (' \t\n\r'.includes(text[i] || '_')) i++;
  };
  const eat = (chars: string) => (chars.includes(text[i] || '_') ? ++i : 0);
  const digits = () => {
    if (!eat('0123456789')) fail();
    while (eat('0123456789'));
  };
  const string = () => {
    if (!eat('"')) fail();
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      i++;
      if (c === '"') return;
      if (c === '\\') {
        if (eat('u')) for (let n = 0; n < 4; n++) eat('0123456789abcdefABCDEF') || fail();
        else eat('"\\/bfnrt') || fail();
      }
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      space();
      if (eat(c === '{' ? '}' : ']')) return;
      do {
        if (c === '{') {
          space();
          string();
          space();
          eat(':') || fail();
        }
        value();
        space();
      } while (eat(','));
      eat(c === '{' ? '}' : ']') || fail();
    } else if (c === '"') string();
    else if (c === '-' || (c && c >= '0' && c <= '9')) {
      eat('-');
      if (!eat('0')) digits();
      if (eat('.')) digits();
      if (eat('eE')) eat('+-'), digits();
    } else {
      const word = ['true', 'false', 'null'].find((w) => w[0] === c) ?? fail();
      for (const letter of word) eat(letter) || fail();
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (at) {
    return at as number;
  }
}

/** Line and column (from 1) of an offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

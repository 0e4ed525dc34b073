/**
 * A value as a finding shows it, and the words for a text override without its text's
 * placeholders: shared by the checker's explanations (explain.ts) and the console's message
 * when the widget drops such a text (message-words.ts), so both say it alike. Apart from
 * explain.ts, so an npm app's lazy words chunk does not carry the checker's.
 */

/** A value for an error message: JSON, cut short, functions and undefined named. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined (missing)';
  if (typeof value === 'function') return 'a function';
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** What a text override must have: `marks` are its shipped text's placeholders, sorted. */
export const placeholdersExpected = (marks: readonly string[]): string =>
  `${marks.length ? `exactly the placeholders of this text, ${marks.join(', ')}` : 'a text without placeholders, as this one has none'} (each is a value from the config the line must say); until then the shipped text is shown for it`;

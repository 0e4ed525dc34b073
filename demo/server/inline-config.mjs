import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MARKER = /<!--\s*consentry-config:\s*([\w.-]+\.json)\s*-->/;

/**
 * A site page names its config file in a comment; the page is served with that JSON
 * inlined as `<script type="application/json" id="consentry-config">`, exactly what a
 * customer pastes into their own site. `<` is escaped so no text can close the script.
 */
export function inlineConfig(html, htmlPath) {
  const match = MARKER.exec(html);
  if (!match) return html;
  const config = JSON.parse(readFileSync(join(dirname(htmlPath), match[1]), 'utf8'));
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  return html.replace(MARKER, () => `<script type="application/json" id="consentry-config">\n${json}\n</script>`);
}

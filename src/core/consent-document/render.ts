import type { ConsentDoc } from './build';

/**
 * The document as plain text: what the record's `consentText` hashes (SHA-256 of its UTF-8
 * bytes), so a site can recompute it from its config and prove which text a visitor agreed to.
 */
export function documentText(doc: ConsentDoc): string {
  const sections = doc.sections.map((s) => [s.heading, ...s.lines.map((l) => (s.list ? `— ${l}` : l))].join('\n'));
  return `${[doc.title, doc.intro, ...sections].join('\n\n')}\n`;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as Record<string, string>)[c]};`);

/** The document as an HTML fragment (an `<article>`), for the site's own page. Every value is escaped. */
export function documentHtml(doc: ConsentDoc): string {
  const sections = doc.sections.map((s) => {
    const body = s.list ? `<ul>${s.lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>` : s.lines.map((l) => `<p>${escape(l)}</p>`).join('');
    return `<section><h2>${escape(s.heading)}</h2>${body}</section>`;
  });
  return `<article lang="${escape(doc.lang)}"><h1>${escape(doc.title)}</h1><p>${escape(doc.intro)}</p>${sections.join('')}</article>\n`;
}

import type { StoredRecord } from './store';

export const CSV_COLUMNS = [
  'received_at', 'record_id', 'consent_id', 'sequence', 'timestamp', 'action', 'layer',
  'categories', 'services', 'policy_revision', 'policy_url', 'library_version',
  'banner_version', 'locale', 'origin', 'gpc', 'consent_text', 'consent_manager',
] as const;

/** One CSV (RFC 4180, CRLF line ends) of stored records; the category and service maps are JSON in a cell. */
export function toCsv(rows: readonly StoredRecord[]): string {
  return CSV_HEADER_LINE + rows.map(csvLine).join('');
}

export const CSV_HEADER_LINE = `${CSV_COLUMNS.join(',')}\r\n`;

/** One record as a CSV line, its CRLF included: exports stream these one page at a time. */
export function csvLine({ receivedAt, record: r }: StoredRecord): string {
  const values = [
    receivedAt, r.recordId, r.consentId, String(r.sequence), r.timestamp, r.action, r.layer,
    JSON.stringify(r.categories), JSON.stringify(r.services), r.policy.revision, r.policy.url,
    r.library.version, r.bannerVersion, r.locale, r.origin, String(r.gpc),
    // The proof of a 152-FZ consent (which text was agreed to), and a DPDP Consent Manager's reference: empty when there is none.
    r.consentText ?? '', r.consentManager ?? '',
  ];
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * Quotes a cell when it holds a comma, quote or line break (RFC 4180), and defuses
 * text a spreadsheet would run as a formula (=, +, -, @, tab, CR first: OWASP "CSV injection"),
 * since policy.url is free text sent by browsers. Also after each ";", tab or line break: Excel
 * set to Russian or German splits a line at ";" (its list separator there) and a quoted line
 * break starts a new row, quotes or not, and a piece that starts with "=" runs.
 */
export function csvCell(value: string): string {
  // Zero-width on both sides, so a piece right after a leading tab or a line break is seen too.
  const safe = value.replace(/(?<=^|[;\t\r\n])(?=[=+\-@\t\r])/g, "'");
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

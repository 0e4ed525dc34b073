import { CSV_HEADER_LINE, csvLine } from './csv';
import type { RecordPages, StoredRecord } from './store';

export type ExportFormat = 'json' | 'ndjson' | 'csv';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The end of an export asked for with no `to`: the largest Date, written `null` (open) in the JSON. */
export const OPEN_END = new Date(8.64e15);

interface Layout {
  start: string;
  row: (row: StoredRecord, index: number) => string;
  end: (count: number) => string;
}

/**
 * The three export formats, written a row at a time. JSON keeps the shape a whole-array answer
 * had, `{"from","to","records":[…],"count"}`, with `count` last because it is known only at the end.
 * An open end is `null`: the largest Date's own ISO form, "+275760-09-13T00:00:00.000Z", is no
 * RFC 3339 date, and a script passing it back as the next export's bound got a 400.
 */
function layout(format: ExportFormat, from: Date, to: Date): Layout {
  if (format === 'csv') return { start: CSV_HEADER_LINE, row: csvLine, end: () => '' };
  if (format === 'ndjson') return { start: '', row: (row) => `${JSON.stringify(row)}\n`, end: () => '' };
  const end = to.getTime() === OPEN_END.getTime() ? null : to.toISOString();
  return {
    start: `{"from":${JSON.stringify(from.toISOString())},"to":${JSON.stringify(end)},"records":[`,
    row: (row, i) => (i === 0 ? '' : ',') + JSON.stringify(row),
    end: (count) => `],"count":${count}}`,
  };
}

/**
 * An export body that reads the store one page per pull: the HTTP client's pace decides when
 * the next page is read, so a year of records never sits in memory. The first page is read
 * before answering, so a store that is down gets a 503, not a 200 with an empty file; a store
 * that fails later errors the stream, and the client sees a broken download, never a short
 * file that looks complete.
 */
export async function exportBody(pages: RecordPages, format: ExportFormat, from: Date, to: Date): Promise<ReadableStream<Uint8Array>> {
  const iterator = Symbol.asyncIterator in pages ? pages[Symbol.asyncIterator]() : pages[Symbol.iterator]();
  const { start, row, end } = layout(format, from, to);
  const encoder = new TextEncoder();
  let next = await iterator.next();
  let count = 0;
  let opened = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = opened ? '' : start;
      opened = true;
      if (next.done) {
        controller.enqueue(encoder.encode(text + end(count)));
        controller.close();
        return;
      }
      for (const stored of next.value) text += row(stored, count++);
      controller.enqueue(encoder.encode(text));
      next = await iterator.next();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Turns the runs into the table's rows: one per metric (and CPU setting), one cell per page. */
import { HOVER_MS } from './hover';
import type { RunSample, VisitSample } from './measure-page';
import { formats, summarise, type Row } from './stats';

export interface Column {
  id: string;
  title: string;
}

type Pick = (s: RunSample) => number | null;
/** Why a page has no value for a metric, from its runs' notes. */
type Why = (runs: RunSample[]) => string | undefined;

const noBanner: Why = (runs) => (runs.some((s) => s.notes.some((n) => n.startsWith('banner not'))) ? 'no banner' : undefined);
const notRun: Why = (runs) => noBanner(runs) ?? (runs.some((s) => s.library !== 'baseline') ? 'gated script did not run' : undefined);

export function buildRows(samples: RunSample[], columns: Column[], cpus: number[]): Row[] {
  const rows: Row[] = [];
  const row = (label: string, format: Row['format'], pick: Pick, filter: (s: RunSample) => boolean, why?: Why) => {
    const cells: Row['cells'] = {};
    const notes: Record<string, string> = {};
    for (const c of columns) {
      const mine = samples.filter((s) => s.library === c.id && filter(s));
      cells[c.id] = summarise(mine.map(pick));
      const reason = cells[c.id] || !why ? undefined : why(mine);
      if (reason) notes[c.id] = reason;
    }
    rows.push({ label, format, cells, notes });
  };

  // Bytes do not depend on the CPU: taken from the unthrottled runs (or the first setting).
  // Not marked constant: should a lazily loaded file be missed in some run, the range shows it.
  const bytesCpu = cpus.includes(1) ? 1 : cpus[0]!;
  const atBytesCpu = (s: RunSample) => s.cpu === bytesCpu;
  for (const [visit, name] of [['first', 'first visit'], ['returning', 'returning visit']] as const) {
    for (const kind of ['raw', 'gzip', 'brotli'] as const) {
      row(`bytes, ${name}, ${kind}`, formats.kb, (s) => s[visit].bytes[kind], atBytesCpu);
    }
  }

  for (const cpu of cpus) {
    const at = (s: RunSample) => s.cpu === cpu;
    const tag = cpu === 1 ? '' : ` (${cpu}× slower CPU)`;
    const first = (f: (v: VisitSample) => number | null): Pick => (s) => f(s.first);
    const back = (f: (v: VisitSample) => number | null): Pick => (s) => f(s.returning);
    row(`banner painted, from navigation start${tag}`, formats.ms, first((v) => v.bannerAt), at, noBanner);
    row(`load event, first visit${tag}`, formats.ms, first((v) => v.loadAt), at);
    row(`scripting, first visit${tag}`, formats.ms, first((v) => v.scriptMs), at);
    row(`long tasks, first visit: total${tag}`, formats.ms, first((v) => v.longTaskMs), at);
    row(`CLS, first visit${tag}`, formats.cls, first((v) => v.cls), at);
    row(`Accept click → next paint (INP; 16 = under 16 ms)${tag}`, formats.ms, (s) => s.acceptPaint, at, noBanner);
    row(`Accept click → gated script ran${tag}`, formats.ms, (s) => s.acceptToGated, at, notRun);
    row(`Accept click, the pointer on it ${HOVER_MS} ms before → gated script ran${tag}`, formats.ms, (s) => s.acceptToGatedAfterHover, at, notRun);
    row(`load event, returning visit${tag}`, formats.ms, back((v) => v.loadAt), at);
    row(`scripting, returning visit${tag}`, formats.ms, back((v) => v.scriptMs), at);
    row(`long tasks, returning visit: total${tag}`, formats.ms, back((v) => v.longTaskMs), at);
    row(`gated script ran, returning visit, from navigation start${tag}`, formats.ms, back((v) => v.gatedAt), at, (runs) => (runs.some((s) => s.library !== 'baseline') ? 'gated script did not run' : undefined));
  }
  return rows;
}

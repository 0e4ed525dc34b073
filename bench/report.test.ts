import { describe, expect, it } from 'vitest';
import { LIBRARIES } from './libraries';
import type { RunSample, VisitSample } from './measure-page';
import { buildRows } from './report';
import { markdownTable } from './stats';

function visitSample(n: number, bannerAt: number | null): VisitSample {
  return { bytes: { raw: 10 * n, gzip: 4 * n, brotli: 3 * n }, files: [], bannerAt, loadAt: n, scriptMs: n, longTasks: 1, longTaskMs: n, cls: 0, gatedAt: n };
}

/** One run per page and CPU setting, with made-up but distinct numbers. */
function samples(cpus: number[]): RunSample[] {
  return cpus.flatMap((cpu) =>
    LIBRARIES.map((l, i) => {
      const baseline = l.id === 'baseline';
      return {
        library: l.id,
        cpu,
        first: { ...visitSample((i + 1) * cpu, baseline ? null : 5), gatedAt: null },
        acceptToGated: baseline ? null : 2,
        acceptToGatedAfterHover: baseline ? null : 1,
        acceptPaint: baseline ? null : 16,
        primedBy: baseline ? 'none' : 'banner',
        returning: { ...visitSample(i + 1, null), gatedAt: baseline ? null : 7 },
        bannerOnReturn: false,
        notes: [],
      } satisfies RunSample;
    }),
  );
}

describe('benchmark report', () => {
  const columns = LIBRARIES.map((l) => ({ id: l.id, title: l.title }));
  const rows = buildRows(samples([1, 4]), columns, [1, 4]);
  const labels = rows.map((r) => r.label);

  it('has first- and returning-visit bytes, raw, gzip and brotli', () => {
    for (const visit of ['first visit', 'returning visit']) {
      for (const kind of ['raw', 'gzip', 'brotli']) expect(labels).toContain(`bytes, ${visit}, ${kind}`);
    }
  });

  it('has scripting, long tasks, banner paint and the Accept click\'s next paint at 1× and at 4× CPU', () => {
    for (const tag of ['', ' (4× slower CPU)']) {
      expect(labels).toContain(`banner painted, from navigation start${tag}`);
      expect(labels).toContain(`scripting, first visit${tag}`);
      expect(labels).toContain(`scripting, returning visit${tag}`);
      expect(labels).toContain(`long tasks, first visit: total${tag}`);
      expect(labels).toContain(`long tasks, returning visit: total${tag}`);
      expect(labels).toContain(`Accept click → next paint (INP; 16 = under 16 ms)${tag}`);
      expect(labels).toContain(`Accept click → gated script ran${tag}`);
      expect(labels).toContain(`Accept click, the pointer on it 300 ms before → gated script ran${tag}`);
    }
  });

  it('fills every row for every library (the baseline has no banner and runs no gated script)', () => {
    const bannerRows = /banner painted|Accept click|gated script ran/;
    for (const row of rows) {
      for (const l of LIBRARIES) {
        if (l.id === 'baseline' && bannerRows.test(row.label)) continue;
        expect(row.cells[l.id], `${row.label}: ${l.id}`).not.toBeNull();
      }
    }
  });

  it('prints a ÷ Consentry column after every library but Consentry and the baseline', () => {
    const header = markdownTable(rows, columns).split('\n')[0]!.split('|').map((c) => c.trim()).slice(1, -1);
    const others = LIBRARIES.filter((l) => l.id !== 'baseline' && l.id !== 'consentry');
    for (const l of others) expect(header[header.indexOf(l.title) + 1], l.id).toBe('÷ Consentry');
    expect(header.filter((c) => c === '÷ Consentry')).toHaveLength(others.length);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCell, markdownTable, ratio, summarise, type Row } from './stats';

describe('summarise', () => {
  it('gives the median of an odd and an even count, the range, and ignores missing values', () => {
    expect(summarise([5, 1, null, 3])).toEqual({ n: 3, median: 3, min: 1, max: 5 });
    expect(summarise([4, 1, 3, 2, undefined, Number.NaN])).toEqual({ n: 4, median: 2.5, min: 1, max: 4 });
  });

  it('is null when nothing was measured, so the table says n/a instead of 0', () => {
    expect(summarise([null, undefined])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides by Consentry’s median and is null when either side is missing or zero', () => {
    const a = summarise([30])!;
    const c = summarise([10])!;
    expect(ratio(a, c)).toBe(3);
    expect(ratio(a, null)).toBeNull();
    expect(ratio(a, summarise([0]))).toBeNull();
  });
});

describe('markdownTable', () => {
  const row: Row = {
    label: 'load',
    format: (v) => `${v} ms`,
    cells: { baseline: summarise([1]), consentry: summarise([10, 20, 30]), klaro: summarise([40, 60]) },
    notes: {},
  };

  it('prints median (min–max) per page and a ratio column after each library but Consentry and the baseline', () => {
    const table = markdownTable([row], [
      { id: 'baseline', title: 'baseline' },
      { id: 'consentry', title: 'Consentry' },
      { id: 'klaro', title: 'Klaro' },
    ]);
    expect(table.split('\n')).toEqual([
      '| metric | baseline | Consentry | Klaro | ÷ Consentry |',
      '| --- | --- | --- | --- | --- |',
      '| load | 1 ms | 20 ms (10 ms–30 ms) | 50 ms (40 ms–60 ms) | 2.5× |',
    ]);
  });

  it('says why a cell is empty', () => {
    expect(formatCell({ ...row, cells: { consentry: null }, notes: { consentry: 'no banner' } }, 'consentry')).toBe('n/a (no banner)');
  });
});

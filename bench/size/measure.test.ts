import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compressedSizes, expandFiles, measureFiles } from './measure.mjs';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'consentry-size-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('expandFiles', () => {
  it('reports a named file that is missing (the UI chunk before it is built), and lets a * match none', () => {
    const root = tree({ 'dist/consentry.js': 'x' });
    expect(expandFiles(root, ['dist/consentry.js', 'dist/consentry-ui.js', 'dist/*.css'])).toEqual({
      files: ['dist/consentry.js'],
      missing: ['dist/consentry-ui.js'],
    });
  });

  it('matches * in the file name only, sorted, each file once', () => {
    const root = tree({ 'dist/a.css': 'a', 'dist/b.css': 'b', 'dist/b.css.map': '{}', 'dist/consentry.js': 'x' });
    expect(expandFiles(root, ['dist/*.css', 'dist/a.css']).files).toEqual(['dist/a.css', 'dist/b.css']);
  });
});

describe('sizes', () => {
  it('compresses each file on its own and adds them up', () => {
    const text = 'consent '.repeat(500);
    const one = compressedSizes(text);
    expect(one.raw).toBe(4000);
    expect(one.brotli).toBeLessThan(one.gzip);
    expect(one.gzip).toBeLessThan(200);
    const root = tree({ 'a.js': text, 'b.js': text });
    expect(measureFiles(root, ['a.js', 'b.js']).total).toEqual({ raw: 8000, gzip: 2 * one.gzip, brotli: 2 * one.brotli });
  });
});

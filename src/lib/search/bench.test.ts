import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERIES,
  formatBytes,
  formatSearchReport,
  isCompressible,
  median,
  parseSearchBenchArgs,
  totalBytes,
} from './bench.ts';

describe('parseSearchBenchArgs', () => {
  it('defaults to 10,000 generated entries and the default queries', () => {
    const o = parseSearchBenchArgs([]);
    expect(o).toMatchObject({ count: 10000, seed: 1, today: '2026-11-01', site: undefined, queries: DEFAULT_QUERIES });
  });
  it('reads an existing build and queries', () => {
    const o = parseSearchBenchArgs(['--site', 'dist', '--queries', 'Kyffhauser, Landkreis', '--json']);
    expect(o).toMatchObject({ site: 'dist', queries: ['Kyffhauser', 'Landkreis'], json: true });
  });
  it('says what is wrong', () => {
    expect(() => parseSearchBenchArgs(['--count', 'many'])).toThrow('--count expects a whole number');
    expect(() => parseSearchBenchArgs(['--queries', 'one'])).toThrow('at least two words');
    expect(() => parseSearchBenchArgs(['--today', '1.11.2026'])).toThrow('YYYY-MM-DD');
  });
});

describe('isCompressible', () => {
  it('compresses text and scripts, not Pagefind chunks or WebAssembly (gzip files already)', () => {
    expect(isCompressible('text/javascript; charset=utf-8')).toBe(true);
    expect(isCompressible('application/json; charset=utf-8')).toBe(true);
    expect(isCompressible('application/octet-stream')).toBe(false);
    expect(isCompressible('application/wasm')).toBe(false);
    expect(isCompressible('image/webp')).toBe(false);
  });
});

describe('summaries', () => {
  it('adds bytes, takes medians and formats sizes', () => {
    const log = [
      { path: '/pagefind/pagefind.js', status: 200, bytes: 1500 },
      { path: '/suche/', status: 200, bytes: 500 },
    ];
    expect(totalBytes(log)).toBe(2000);
    expect(totalBytes(log, (p) => p.startsWith('/pagefind/'))).toBe(1500);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect([formatBytes(0), formatBytes(999), formatBytes(48_300), formatBytes(21_400_000)]).toEqual([
      '0 B',
      '999 B',
      '48.3 KB',
      '21.4 MB',
    ]);
  });

  it('marks figures over their targets in the report', () => {
    const text = formatSearchReport({
      entries: 10000,
      pages: 20000,
      buildSeconds: 600,
      index: { bytes: 30_000_000, files: 9000, languages: { de: { pages: 9000, bytes: 20_000_000 } } },
      modes: [
        {
          mode: 'gzip',
          beforeFirstQuery: 0,
          firstQuery: { query: 'a', bytes: 160_000, filterBytes: 90_000, results: 5, ms: 700 },
          following: [
            { query: 'b', bytes: 10_000, results: 3, ms: 120 },
            { query: 'c', bytes: 60_000, results: 3, ms: 80 },
          ],
          pasted: [{ query: 'b', bytes: 20_000, results: 3, ms: 90 }],
        },
      ],
    });
    expect(text).toContain('ok   bytes before the first query   0 B');
    expect(text).toContain('OVER bytes for the first query      160.0 KB');
    expect(text).toContain('counts, after the results are shown: 90.0 KB (total 250.0 KB)');
    expect(text).toContain('OVER bytes for a following query, typed at 12 keys/s: max 60.0 KB, median 35.0 KB');
    expect(text).toContain('ok   last keystroke → results shown (warm), typed at 12 keys/s: median 100 ms, max 120 ms');
    expect(text).toContain('ok   bytes for a following query, pasted: max 20.0 KB');
  });
});

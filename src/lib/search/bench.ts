/**
 * Pure parts of the search benchmark (scripts/bench-search.ts): options, which responses a web server would
 * compress, byte and time summaries, and the printed report.
 */
import { parseArgs } from 'node:util';

export interface SearchBenchOptions {
  /** Entries to generate (seeds/generate.ts). */
  count: number;
  seed: number;
  /** Reference date of the generator, also passed to the build as PRAXIS_NOW. */
  today: string;
  /** Serve this already built site instead of generating and building one. */
  site: string | undefined;
  /** Words to search, typed one after the other; the first is the "first query". */
  queries: string[];
  /** Folder for screenshots of the search page with filters (German and English, desktop and phone). */
  screenshots: string | undefined;
  /** Keep the temporary folder. */
  keep: boolean;
  json: boolean;
}

export const DEFAULT_QUERIES = ['Notfallplan', 'Schulen', 'Medienzentrum', 'Bürgertelefon', 'Datensätze', 'Landkreis'];

export const SEARCH_BENCH_USAGE = `Usage: npm run bench:search -- [--count N] [--seed S] [--today YYYY-MM-DD] [--site DIR]
                            [--queries a,b,c] [--screenshots DIR] [--keep] [--json]

  Generates N entries (default 10000) with seeds/generate.ts, builds the site with them, serves it on
  loopback and measures in Chromium: bytes transferred before the first query, for the first query and for
  each following one, and the time from the last keystroke to results on screen. Prints the index size.
  --site DIR serves an existing build instead (e.g. the real content's).`;

export function parseSearchBenchArgs(argv: readonly string[]): SearchBenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: '2026-11-01' },
      site: { type: 'string' },
      queries: { type: 'string' },
      screenshots: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const int = (name: string, v: string) => {
    if (!/^\d+$/u.test(v)) throw new Error(`--${name} expects a whole number, got "${v}"`);
    return Number(v);
  };
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(values.today)) throw new Error(`--today expects YYYY-MM-DD, got "${values.today}"`);
  const queries = values.queries
    ? values.queries
        .split(',')
        .map((q) => q.trim())
        .filter(Boolean)
    : DEFAULT_QUERIES;
  if (queries.length < 2) throw new Error('--queries needs at least two words: a first and a following query');
  return {
    count: int('count', values.count),
    seed: int('seed', values.seed),
    today: values.today,
    site: values.site,
    queries,
    screenshots: values.screenshots,
    keep: values.keep,
    json: values.json,
  };
}

/**
 * Whether a production web server would gzip a response of this content type. Pagefind's index chunks and
 * WebAssembly are gzip-compressed files already (served as application/octet-stream), so they are not.
 */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    [
      'application/javascript',
      'application/json',
      'application/xml',
      'image/svg+xml',
      'application/manifest+json',
    ].includes(type)
  );
}

/** One response as the benchmark's server sent it. */
export interface Transfer {
  path: string;
  status: number;
  /** Bytes on the wire: status line, headers and body as sent (compressed when it was). */
  bytes: number;
}

/** Total bytes of transfers, optionally only those whose path matches. */
export function totalBytes(transfers: readonly Transfer[], match: (path: string) => boolean = () => true): number {
  return transfers.filter((t) => match(t.path)).reduce((sum, t) => sum + t.bytes, 0);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "0 B", "812 B", "48.3 KB", "21.4 MB" (1 KB = 1000 B). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} KB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

/** Measurements of one serving mode (as files are, or gzip as a web server would send them). */
export interface ModeResult {
  mode: 'identity' | 'gzip';
  beforeFirstQuery: number;
  /**
   * `bytes`: what the results need (script, WebAssembly, index chunks, result fragments); `filterBytes`: the
   * filter index for the counts, which loads after the results are on screen.
   */
  firstQuery: { query: string; bytes: number; filterBytes: number; results: number; ms: number };
  /** Following queries typed key by key (search as you type: includes the searches on the way). */
  following: { query: string; bytes: number; results: number; ms: number }[];
  /** The same following queries pasted at once: one search each. */
  pasted: { query: string; bytes: number; results: number; ms: number }[];
}

export interface IndexSize {
  bytes: number;
  files: number;
  /** Pages and bytes per language. */
  languages: Record<string, { pages: number; bytes: number }>;
}

export interface SearchBenchReport {
  entries: number | undefined;
  pages: number;
  buildSeconds: number | undefined;
  index: IndexSize;
  modes: ModeResult[];
}

export const TARGETS = { beforeFirstQuery: 0, firstQuery: 150_000, following: 50_000, latencyMs: 300 };

const mark = (ok: boolean) => (ok ? 'ok  ' : 'OVER');

export function formatSearchReport(r: SearchBenchReport): string {
  const lines: string[] = [];
  lines.push(
    `Search benchmark: ${r.entries === undefined ? 'existing build' : `${r.entries} generated entries`}, ${r.pages} pages` +
      (r.buildSeconds === undefined ? '' : `, built in ${r.buildSeconds.toFixed(0)} s`),
  );
  const langs = Object.entries(r.index.languages)
    .map(([l, v]) => `${l}: ${v.pages} pages, ${formatBytes(v.bytes)}`)
    .join('; ');
  lines.push(`Index: ${formatBytes(r.index.bytes)} in ${r.index.files} files (${langs})`);
  for (const m of r.modes) {
    lines.push('');
    lines.push(
      m.mode === 'identity'
        ? 'Served as files are (no HTTP compression):'
        : 'Served with gzip for text responses, as a production web server would:',
    );
    lines.push(
      `  ${mark(m.beforeFirstQuery <= TARGETS.beforeFirstQuery)} bytes before the first query   ${formatBytes(m.beforeFirstQuery)} (target 0)`,
    );
    lines.push(
      `  ${mark(m.firstQuery.bytes <= TARGETS.firstQuery)} bytes for the first query      ${formatBytes(m.firstQuery.bytes)} ` +
        `("${m.firstQuery.query}", ${m.firstQuery.results} results; target ≤ 150 KB)`,
    );
    lines.push(
      `         then the filter index for the counts, after the results are shown: ${formatBytes(m.firstQuery.filterBytes)}` +
        ` (total ${formatBytes(m.firstQuery.bytes + m.firstQuery.filterBytes)})`,
    );
    for (const [label, list] of [
      ['typed at 12 keys/s', m.following],
      ['pasted', m.pasted],
    ] as const) {
      if (list.length === 0) continue;
      const bytes = list.map((f) => f.bytes);
      const times = list.map((f) => f.ms);
      lines.push(
        `  ${mark(Math.max(...bytes) <= TARGETS.following)} bytes for a following query, ${label}: max ` +
          `${formatBytes(Math.max(...bytes))}, median ${formatBytes(median(bytes))} (target ≤ 50 KB)`,
      );
      lines.push(
        `  ${mark(Math.max(...times) <= TARGETS.latencyMs)} last keystroke → results shown (warm), ${label}: median ` +
          `${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (target ≤ 300 ms)`,
      );
      for (const f of list) {
        lines.push(`         "${f.query}": ${formatBytes(f.bytes)}, ${f.results} results, ${f.ms.toFixed(0)} ms`);
      }
    }
    lines.push(`         first query, cold (loads Pagefind): ${m.firstQuery.ms.toFixed(0)} ms`);
  }
  return lines.join('\n');
}

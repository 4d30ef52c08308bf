/**
 * Search benchmark: `npm run bench:search -- [--count 10000] [--site DIR] [--screenshots DIR] [--json]`.
 *
 * 1. Generates N entries with the seed generator (`node seeds/generate.ts --out … --count N`) and builds the
 *    site with them from a snapshot of the repository (as bench:build does: Astro writes per-build files into
 *    `<root>/.astro/`, so a build with other content must not run in the shared checkout). `--site DIR` skips
 *    this and serves an existing build.
 * 2. Serves the build with the project's static server, behind a small proxy that counts the bytes of every
 *    response — in two passes: files as they are, and gzip for text responses as a production web server sends
 *    them (Pagefind's index chunks and WebAssembly are compressed files already).
 * 3. In Chromium, on /suche/: bytes transferred after the page has loaded and before the first keystroke;
 *    bytes for the first query (which loads Pagefind); bytes for each following query; and the time from the
 *    last keystroke of a query to its results on screen (two animation frames after the app's render event),
 *    typing at about 12 keys a second.
 * 4. Prints those figures and the index size. Not a timed test: the figures vary with machine load.
 *
 * Pure logic (options, report) lives in src/lib/search/bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SNAPSHOT_EXCLUDE } from '../seeds/lib/bench.ts';
import {
  formatSearchReport,
  isCompressible,
  parseSearchBenchArgs,
  SEARCH_BENCH_USAGE,
  totalBytes,
  type IndexSize,
  type ModeResult,
  type Transfer,
} from '../src/lib/search/bench.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { startStaticServer } from './lib/staticServer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');

function run(cmd: string, args: string[], options: { cwd: string; env?: Record<string, string> }): void {
  const result = spawnSync(cmd, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PATH: `${bin}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status}):\n${tail}`);
  }
}

/** Generates the content and builds the site from a snapshot of the repository; returns the output folder. */
function generateAndBuild(work: string, count: number, seed: number, today: string): { out: string; seconds: number } {
  const content = join(work, 'content');
  process.stdout.write(`Generating ${count} entries … `);
  run(
    'node',
    [
      join(root, 'seeds/generate.ts'),
      '--out',
      content,
      '--count',
      String(count),
      '--seed',
      String(seed),
      '--today',
      today,
    ],
    {
      cwd: root,
    },
  );
  console.log('done');
  const snapshot = join(work, 'site');
  cpSync(root, snapshot, {
    recursive: true,
    filter: (src) => !SNAPSHOT_EXCLUDE.has(relative(root, src).split(sep)[0]!),
  });
  symlinkSync(join(root, 'node_modules'), join(snapshot, 'node_modules'), 'dir');
  const out = join(work, 'out');
  process.stdout.write('Building the site (this takes a while) … ');
  const started = performance.now();
  run(join(bin, 'astro'), ['build'], {
    cwd: snapshot,
    env: {
      PRAXIS_CONTENT_DIR: content,
      PRAXIS_NOW: today,
      PRAXIS_OUT_DIR: out,
      PRAXIS_CACHE_DIR: join(work, 'cache'),
      // Social images play no part in search and take most of a large build (see bench:og).
      PRAXIS_OG: '0',
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${seconds.toFixed(0)} s`);
  return { out, seconds };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Size of the Pagefind bundle, and pages and bytes per language (index, fragments, filters, meta). */
async function indexSize(site: string): Promise<IndexSize> {
  const bundle = join(site, 'pagefind');
  const files = walk(bundle);
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages: IndexSize['languages'] = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const bytes = files
      .filter((f) =>
        new RegExp(`(^|/)(pagefind\\.)?${lang}_[^/]*$|wasm\\.${lang}\\.pagefind$`, 'u').test(relative(bundle, f)),
      )
      .reduce((sum, f) => sum + statSync(f).size, 0);
    languages[lang] = { pages: info.page_count, bytes };
  }
  return { bytes: files.reduce((s, f) => s + statSync(f).size, 0), files: files.length, languages };
}

interface CountingProxy {
  url: string;
  log: Transfer[];
  /** Resolves once no request has been open for `quietMs`. */
  idle: (quietMs?: number) => Promise<void>;
  close: () => Promise<void>;
}

/** A proxy in front of the static server that records the bytes of each response, gzipping text when asked. */
async function startCountingProxy(upstream: string, gzip: boolean): Promise<CountingProxy> {
  const log: Transfer[] = [];
  let open = 0;
  let lastChange = performance.now();
  const target = new URL(upstream);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    open++;
    lastChange = performance.now();
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, 'accept-encoding': 'identity' },
      },
      (up) => {
        const type = String(up.headers['content-type'] ?? '');
        const compress = gzip && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? '')) && isCompressible(type);
        const headers = { ...up.headers };
        if (compress) {
          delete headers['content-length'];
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
        res.writeHead(up.statusCode ?? 502, headers);
        const head =
          `HTTP/1.1 ${up.statusCode} ${up.statusMessage ?? ''}\r\n`.length +
          Object.entries(headers).reduce((s, [k, v]) => s + `${k}: ${String(v)}\r\n`.length, 0) +
          2;
        let body = 0;
        const stream = compress ? up.pipe(createGzip()) : up;
        stream.on('data', (chunk: Buffer) => (body += chunk.length));
        stream.pipe(res);
        res.on('close', () => {
          log.push({
            path: new URL(req.url ?? '/', 'http://x').pathname,
            status: up.statusCode ?? 0,
            bytes: head + body,
          });
          open--;
          lastChange = performance.now();
        });
      },
    );
    forward.on('error', () => {
      res.writeHead(502).end();
      open--;
    });
    req.pipe(forward);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    idle: async (quietMs = 400) => {
      while (open > 0 || performance.now() - lastChange < quietMs) await new Promise((r) => setTimeout(r, 50));
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

declare global {
  interface Window {
    __bench: { keys: number[]; shown: { state: string; total: number; frame: number }[] };
  }
}

/** Records keystroke times and when each rendered state reached the screen. */
function instrument(): void {
  window.__bench = { keys: [], shown: [] };
  document.addEventListener('keydown', () => window.__bench.keys.push(performance.now()), true);
  // A pasted query has no keystroke; its input event is the moment it was entered.
  document.addEventListener('input', () => window.__bench.keys.push(performance.now()), true);
  document.addEventListener('search:rendered', (event) => {
    const detail = (event as CustomEvent<{ state: string; total: number }>).detail;
    // Two frames after the DOM changed: the results have been painted.
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        window.__bench.shown.push({ state: detail.state, total: detail.total, frame: performance.now() }),
      ),
    );
  });
}

/** Enters a query — typed key by key at about 12 keys a second, or pasted at once — and measures it. */
async function enterQuery(page: Page, proxy: CountingProxy, query: string, how: 'type' | 'paste') {
  const state = `?${new URLSearchParams({ q: query }).toString()}`;
  await page.evaluate(() => {
    window.__bench.keys = [];
    window.__bench.shown = [];
  });
  const mark = proxy.log.length;
  if (how === 'type') await page.locator('#search-q').pressSequentially(query, { delay: 80 });
  else {
    // A real paste (Ctrl+V from the clipboard), as a reader pastes words copied from elsewhere.
    await page.evaluate((q) => navigator.clipboard.writeText(q), query);
    await page.locator('#search-q').focus();
    await page.keyboard.press('ControlOrMeta+V');
  }
  await page.waitForFunction((s) => window.__bench.shown.some((x) => x.state === s), state, { timeout: 60_000 });
  await proxy.idle();
  const { keys, shown } = await page.evaluate(() => window.__bench);
  const result = shown.find((x) => x.state === state)!;
  const transfers = proxy.log.slice(mark);
  if (process.env.BENCH_SEARCH_VERBOSE) {
    console.log(`  ${query}: ${transfers.map((t) => `${t.path.replace('/pagefind/', '')} ${t.bytes}`).join(', ')}`);
  }
  // The facet table (counts, filters, date order) loads after a first query's results are on screen.
  const isFilter = (path: string) => path.includes('/praxis-facets.');
  return {
    query,
    bytes: totalBytes(transfers, (path) => !isFilter(path)),
    filterBytes: totalBytes(transfers, isFilter),
    results: result.total,
    ms: result.frame - Math.max(...keys),
  };
}

async function measure(browser: Browser, upstream: string, gzip: boolean, queries: string[]): Promise<ModeResult> {
  const proxy = await startCountingProxy(upstream, gzip);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    await page.goto(`${proxy.url}/suche/`, { waitUntil: 'load' });
    await proxy.idle();
    const loaded = proxy.log.length;
    // The reader looks, clicks into the box; nothing of the index may load before the first keystroke.
    await page.locator('#search-q').click();
    await page.waitForTimeout(1500);
    await proxy.idle();
    const beforeFirstQuery = totalBytes(proxy.log.slice(loaded));

    const firstQuery = await enterQuery(page, proxy, queries[0]!, 'type');
    const following = [];
    for (const query of queries.slice(1)) {
      await page.locator('#search-q').fill('');
      await proxy.idle();
      // Counted in full: a following query finds the facet table loaded, so it has none to fetch.
      const f = await enterQuery(page, proxy, query, 'type');
      following.push({ query: f.query, bytes: f.bytes + f.filterBytes, results: f.results, ms: f.ms });
    }

    // The same queries pasted, in a fresh tab: one search each, without the searches typing starts on the way.
    const fresh = await context.newPage();
    await fresh.addInitScript(instrument);
    await fresh.goto(`${proxy.url}/suche/`, { waitUntil: 'load' });
    await enterQuery(fresh, proxy, queries[0]!, 'paste');
    const pasted = [];
    for (const query of queries.slice(1)) {
      await fresh.locator('#search-q').fill('');
      await proxy.idle();
      const f = await enterQuery(fresh, proxy, query, 'paste');
      pasted.push({ query: f.query, bytes: f.bytes + f.filterBytes, results: f.results, ms: f.ms });
    }
    return { mode: gzip ? 'gzip' : 'identity', beforeFirstQuery, firstQuery, following, pasted };
  } finally {
    await context.close();
    await proxy.close();
  }
}

/** The search page with filters applied, German and English, desktop and phone. */
async function screenshots(browser: Browser, url: string, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const shots = [
    { lang: 'de', path: '/suche/?q=Verwaltung&kind=gute-praxis&state=hessen&state=thueringen' },
    { lang: 'en', path: '/en/search/?q=administration&kind=good-practice&state=hesse&state=thuringia' },
  ];
  const devices = [
    { name: 'desktop', viewport: { width: 1280, height: 1000 }, isMobile: false },
    { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  ];
  const files: string[] = [];
  for (const shot of shots) {
    for (const device of devices) {
      const context = await browser.newContext({
        viewport: device.viewport,
        isMobile: device.isMobile,
        hasTouch: device.isMobile,
      });
      const page = await context.newPage();
      await page.goto(`${url}${shot.path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('[data-search-app]')?.hasAttribute('data-rendered'));
      await page.evaluate(() => document.fonts.ready);
      const file = join(dir, `search-${shot.lang}-${device.name}.png`);
      await page.screenshot({ path: file, fullPage: device.name === 'phone' });
      files.push(file);
      await context.close();
    }
  }
  return files;
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseSearchBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}\n\n${SEARCH_BENCH_USAGE}`);
    process.exit(1);
  }
  const work = options.site ? undefined : mkdtempSync(join(tmpdir(), 'praxis-bench-search-'));
  try {
    const built = options.site ? undefined : generateAndBuild(work!, options.count, options.seed, options.today);
    const site = options.site ? resolve(options.site) : built!.out;
    if (!existsSync(join(site, 'pagefind', 'pagefind-entry.json'))) throw new Error(`${site} has no Pagefind index`);
    const pages = walk(site).filter((f) => f.endsWith('.html')).length;
    const index = await indexSize(site);

    const server = await startStaticServer(site);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const modes: ModeResult[] = [];
      for (const gzip of [false, true]) modes.push(await measure(browser, server.url, gzip, options.queries));
      const report = {
        entries: options.site ? undefined : options.count,
        pages,
        buildSeconds: built?.seconds,
        index,
        modes,
      };
      console.log(`\n${formatSearchReport(report)}`);
      if (options.screenshots) {
        const files = await screenshots(browser, server.url, resolve(options.screenshots));
        console.log(`\nScreenshots: ${files.join(', ')}`);
      }
      if (options.json) console.log(JSON.stringify(report));
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    if (work && !options.keep) rmSync(work, { recursive: true, force: true });
    else if (work) console.log(`Kept ${work}`);
  }
}

await main();

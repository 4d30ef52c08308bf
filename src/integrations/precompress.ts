/**
 * Writes `name.br` and `name.gz` beside every text file of the build, so the web server sends compressed
 * bytes without compressing on each request (Caddy: `file_server { precompressed br gzip }`, nginx:
 * `brotli_static` / `gzip_static`). Brotli (quality by kind of file, `BROTLI_QUALITY`) and gzip at level 9 cost
 * time once, at build time, instead of on every request.
 *
 * A compressed copy is only written where it is smaller than the file itself; the server then falls back
 * to the plain file. Pagefind's index files (.pf_*, .pagefind) are compressed by Pagefind already, images
 * and fonts by their formats, so only the extensions below are touched.
 *
 * Compressed forms are kept in the build cache by the hash of the file's bytes, so a rebuild compresses only
 * what changed.
 *
 * Starts in `astro:build:generated`, with the pages, and ends in `astro:build:done`; keep it last in
 * astro.config.mjs so that it sees what Pagefind, the sitemap and the editor write in that hook.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { threadId, Worker } from 'node:worker_threads';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { onBuiltPage, outputFileOf } from '../lib/builtPages.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats the site publishes. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.jsonld',
  '.xml',
  '.rdf',
  '.svg',
  '.txt',
  '.ics',
  '.csv',
  '.bib',
  '.ris',
  '.webmanifest',
  '.map',
]);

export interface PrecompressResult {
  files: number;
  /** Bytes of the compressible files. */
  original: number;
  /** Bytes saved by the smaller of .br/.gz per file, as a browser accepting both would receive. */
  savedBrotli: number;
  savedGzip: number;
  written: number;
}

/**
 * Brotli's quality, by kind of file. Measured on a 1,000-entry build (every 10th of its 4,036 text files, 7.6 MB;
 * CPU seconds for them on the shared machine at load 10, and the compressed size in per cent of the original):
 *
 *   quality   5      6      7      8      9      10     11     gzip 9
 *   CPU s     0.17   0.17   0.31   0.21   1.77   3.30   12.1   0.17
 *   size %    21.51  21.44  21.42  21.40  21.38  19.91  19.57  23.37
 *
 * Qualities 10 and 11 switch to brotli's optimal (Zopfli-like) parsing: 20–70× the time of 6 for 7 % fewer
 * bytes. For the pages and data files (≈ 90 % of the text, one file per page, all compressed again on every cold
 * build) 6 is the knee: a 20 KB page is ≈ 4.3 KB instead of ≈ 4.0 KB. The scripts and stylesheets every page
 * loads are few, fetched most, and change seldom (their compressed forms stay in the cache by their hash): 10.
 * Except scripts over `LARGE_ASSET` bytes — only the browser editor's bundle (decap-cms.js, 5.2 MB), which
 * editors load, not readers: at 10 it cost 6.9 s of CPU per cold build for 1,136 KB, at 9 0.8 s for 1,237 KB
 * (a cold build's compression of 4,036 files at 1,000 entries: 15.0 → 10.0 s CPU).
 */
export const BROTLI_QUALITY = { assets: 10, pages: 6, largeAssets: 9 } as const;
export const LARGE_ASSET = 1_000_000;
const ASSETS = new Set(['.css', '.js', '.mjs']);

/** The brotli quality for a file, by its extension and its size in bytes. */
export function brotliQuality(file: string, bytes = 0): number {
  if (!ASSETS.has(extname(file).toLowerCase())) return BROTLI_QUALITY.pages;
  return bytes > LARGE_ASSET ? BROTLI_QUALITY.largeAssets : BROTLI_QUALITY.assets;
}

/**
 * A compressed form of a file: its bytes when just made, or the cache file holding them. A rebuild takes nearly
 * all of them from the cache, and opening files is what its time went into (three opens per form to read the
 * cache and write the copy): a cached form is hard-linked into place instead, or copied where the output is on
 * another file system. The cache's files are never changed in place (new ones are renamed into it), so the link
 * cannot alter a published file.
 */
interface Form {
  size: number;
  bytes?: Buffer;
  file?: string;
}

const made = (bytes: Buffer): Form => ({ size: bytes.length, bytes });

async function put(target: string, form: Form): Promise<void> {
  if (form.bytes) return writeFile(target, form.bytes);
  await link(form.file!, target).catch(() => copyFile(form.file!, target));
}

const brotliOptions = (data: Uint8Array, quality: number): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: quality,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  },
});
const GZIP = { level: constants.Z_BEST_COMPRESSION };

/** Brotli and gzip (level 9) of one file's bytes. */
async function compressBoth(data: Buffer, quality: number): Promise<[Buffer, Buffer]> {
  return Promise.all([brotli(data, brotliOptions(data, quality)), gz(data, GZIP)]);
}

/** The cache's name for the compressed forms of `data`: the settings are part of it (other settings, other bytes). */
export function compressKey(data: Uint8Array, quality: number): string {
  return createHash('sha256').update(`br${quality} gz9\0`).update(data).digest('hex').slice(0, 32);
}

let tmpCount = 0;
/** A cache file is written under a name of its own and renamed, so a build that stops never leaves half of one. */
const tmpName = (file: string) => `${file}.${process.pid}-${threadId}.${++tmpCount}.tmp`;

/**
 * Compresses `data` into the cache unless it is there already; synchronous, for the worker thread that compresses
 * finished pages during the build (precompressWorker.ts). Returns whether it compressed.
 */
export function compressIntoCacheSync(data: Uint8Array, quality: number, cacheDir: string): boolean {
  const key = compressKey(data, quality);
  const files = [join(cacheDir, `${key}.br`), join(cacheDir, `${key}.gz`)];
  if (files.every((f) => existsSync(f))) return false;
  const forms = [brotliCompressSync(data, brotliOptions(data, quality)), gzipSync(data, GZIP)];
  files.forEach((file, i) => {
    const tmp = tmpName(file);
    writeFileSync(tmp, forms[i]!);
    renameSync(tmp, file);
  });
  return true;
}

/**
 * Both compressed forms of `data`, from `cacheDir` when a file with the same bytes was compressed before (by
 * the hash of its bytes), else compressed and kept there. Compressing is the slowest step of a rebuild after
 * the pages; most files of a rebuild are unchanged.
 */
async function compressCached(
  data: Buffer,
  quality: number,
  cacheDir: string | undefined,
  used: Set<string>,
): Promise<[Form, Form]> {
  if (!cacheDir) return (await compressBoth(data, quality)).map(made) as [Form, Form];
  const key = compressKey(data, quality);
  used.add(key);
  const [brFile, gzFile] = [join(cacheDir, `${key}.br`), join(cacheDir, `${key}.gz`)];
  const hit = await Promise.all([stat(brFile), stat(gzFile)]).catch(() => undefined);
  if (hit)
    return [
      { size: hit[0].size, file: brFile },
      { size: hit[1].size, file: gzFile },
    ];
  const both = await compressBoth(data, quality);
  // Written under a name of their own and renamed, so a build that stops never leaves half a file in the cache.
  for (const [file, bytes] of [
    [brFile, both[0]],
    [gzFile, both[1]],
  ] as const) {
    const tmp = tmpName(file);
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  }
  return [made(both[0]), made(both[1])];
}

/** What `precompressDir` dealt with: each file's size and modification time when it was read. */
export type Handled = Map<string, { size: number; mtimeMs: number }>;

export interface PrecompressOptions {
  /** Only these files (absolute paths) instead of every text file under `dir`. */
  files?: readonly string[];
  /**
   * Files an earlier call dealt with: left alone while their size and modification time are the same, else
   * compressed again. Every file dealt with now is added.
   */
  handled?: Handled;
  /** Cache keys in use by this build; the cache keeps only these when `prune` is set (the default). */
  used?: Set<string>;
  prune?: boolean;
}

/** Every text file under `dir` (absolute paths), listed at once. */
export function textFiles(dir: string, { except = [] as readonly string[], dotFolders = true } = {}): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(
      (f) =>
        COMPRESSIBLE.has(extname(f).toLowerCase()) &&
        !except.some((e) => f.startsWith(`${e}${sep}`)) &&
        (dotFolders ||
          !f
            .split(sep)
            .slice(0, -1)
            .some((part) => part.startsWith('.'))),
    )
    .map((f) => join(dir, f));
}

/**
 * Compress every text file under `dir` (or `options.files`); returns what it saved. With `cacheDir`, compressed
 * forms are taken from there for files whose bytes are unchanged, and the cache keeps only what this build used.
 */
export async function precompressDir(
  dir: string,
  cacheDir?: string,
  options: PrecompressOptions = {},
): Promise<PrecompressResult> {
  const files = options.files ? [...options.files] : textFiles(dir);
  const handled = options.handled ?? new Map();
  const result: PrecompressResult = { files: 0, original: 0, savedBrotli: 0, savedGzip: 0, written: 0 };
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const used = options.used ?? new Set<string>();
  // A few at a time: zlib's async functions run on libuv's thread pool (4 threads by default).
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const before = handled.get(file);
      const now = await stat(file).catch((error: NodeJS.ErrnoException) => {
        // Listed and gone since (a folder a later step removes): nothing to compress.
        if (error.code === 'ENOENT' && options.files) return undefined;
        throw error;
      });
      // A folder whose name ends like a text file (`x.json/`): the old walk passed over everything but files.
      if (!now?.isFile()) continue;
      if (before && before.size === now.size && before.mtimeMs === now.mtimeMs) continue;
      // Changed since an earlier call compressed it: the old forms go, whether or not new ones are written.
      if (before) await Promise.all([rm(`${file}.br`, { force: true }), rm(`${file}.gz`, { force: true })]);
      handled.set(file, { size: now.size, mtimeMs: now.mtimeMs });
      const data = await readFile(file);
      result.files += 1;
      result.original += data.length;
      const [br, gzipped] = await compressCached(data, brotliQuality(file, data.length), cacheDir, used);
      if (br.size < data.length) {
        await put(`${file}.br`, br);
        result.savedBrotli += data.length - br.size;
        result.written += 1;
      }
      if (gzipped.size < data.length) {
        await put(`${file}.gz`, gzipped);
        result.savedGzip += data.length - gzipped.size;
        result.written += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (cacheDir && options.prune !== false) {
    for (const name of await readdir(cacheDir)) {
      if (!used.has(name.replace(/\.(br|gz)$/u, ''))) await rm(join(cacheDir, name), { force: true });
    }
  }
  return result;
}

/** Where compressed files are kept between builds: `$PRAXIS_CACHE_DIR/precompress`, else Astro's cache folder. */
export function precompressCacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.PRAXIS_CACHE_DIR?.trim() || './node_modules/.astro', 'precompress');
}

/**
 * False when PRAXIS_PRECOMPRESS=0: no .br/.gz files (a server that compresses on the fly serves the site as well;
 * the test builds skip it, all but the one whose Caddy serves the compressed files).
 */
export function precompressEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.PRAXIS_PRECOMPRESS !== '0';
}

/** The worker module, from the project root where astro runs (this module runs from the bundled config). */
const WORKER = 'src/integrations/precompressWorker.ts';

/**
 * A message to the worker: one finished file (a page as text: the worker encodes it, not the main thread that
 * renders the pages), or a request to answer when all before it are done.
 */
export type CompressMessage = { data: string | Uint8Array; quality: number } | { flush: true };
/** The worker's answers: the bytes of each file it has dealt with, and after `flush` how many it compressed. */
export type CompressAnswer = { handled: number } | { made: number };

/**
 * Bytes sent to the worker and not yet dealt with, at most: beyond them a page is left to the final step (the
 * cache is keyed by bytes, so nothing is lost), so that a worker falling behind never holds the site in memory.
 */
export const PENDING_LIMIT = 64 * 1024 * 1024;

/**
 * Compresses the pages as Astro renders them (src/lib/builtPages.ts), in a worker thread at background priority
 * (src/lib/background.ts), into the same cache as `precompressDir`: at the end of the build that step finds them
 * there and only links them into place. What the worker did not get (files no route returns, such as Pagefind's
 * and the sitemap's, or pages beyond `PENDING_LIMIT`) or got with other bytes is compressed at the end as before.
 */
export function compressWhileRendering(
  cacheDir: string,
  pendingLimit = PENDING_LIMIT,
): { add(path: string, body: string | Uint8Array): void; finish(): Promise<{ made: number; left: number }> } {
  mkdirSync(cacheDir, { recursive: true });
  const worker = new Worker(join(process.cwd(), WORKER), { workerData: { cacheDir } });
  let failure: Error | undefined;
  let pending = 0;
  let left = 0;
  let flushed: ((made: number) => void) | undefined;
  worker.on('error', (error) => (failure ??= error));
  worker.on('message', (answer: CompressAnswer) => {
    if ('handled' in answer) pending -= answer.handled;
    else flushed?.(answer.made);
  });
  /** A file of the site (its path there) with the bytes it will have. */
  const add = (file: string, body: string | Uint8Array) => {
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) return;
    const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    if (pending + bytes > pendingLimit) {
      left++;
      return;
    }
    pending += bytes;
    worker.postMessage({ data: body, quality: brotliQuality(file, bytes) } satisfies CompressMessage);
  };
  const stop = onBuiltPage(({ pathname, body }) => {
    if (body !== undefined) add(outputFileOf(pathname), body);
  });
  return {
    add,
    async finish() {
      stop();
      const done = new Promise<number>((resolve, reject) => {
        flushed = resolve;
        worker.once('error', reject);
      });
      worker.postMessage({ flush: true } satisfies CompressMessage);
      try {
        if (failure) throw failure;
        return { made: await done, left };
      } finally {
        await worker.terminate();
      }
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export interface PrecompressIntegrationOptions {
  /**
   * Folders of the site that other integrations write after the pages (while the first part of the compression
   * runs, from `astro:build:generated` on): left to the second part, in `astro:build:done`.
   */
  writtenLater?: readonly string[];
  /**
   * Files another integration will copy into the site as they are, by their path in the site and on disk: handed
   * to the compression thread when the build starts, so the end of the build finds them in the cache.
   */
  copiedLater?: () => ReadonlyMap<string, string>;
}

const sum = (a: PrecompressResult, b: PrecompressResult): PrecompressResult => ({
  files: a.files + b.files,
  original: a.original + b.original,
  savedBrotli: a.savedBrotli + b.savedBrotli,
  savedGzip: a.savedGzip + b.savedGzip,
  written: a.written + b.written,
});

export function precompress({ writtenLater = [], copiedLater }: PrecompressIntegrationOptions = {}): AstroIntegration {
  let whileRendering: ReturnType<typeof compressWhileRendering> | undefined;
  let firstPart: Promise<{ early?: { made: number; left: number }; result: PrecompressResult }> | undefined;
  const handled: Handled = new Map();
  const used = new Set<string>();
  return {
    name: 'praxis:precompress',
    hooks: {
      'astro:build:start': async () => {
        if (!precompressEnabled()) return;
        whileRendering = compressWhileRendering(precompressCacheDir());
        for (const [path, file] of copiedLater?.() ?? []) whileRendering.add(path, await readFile(file));
      },
      // Every page is written: they are compressed (or linked from the cache) from here on, while the sitemap and
      // Pagefind finish — not after them. The list is taken now; what the later steps write, or change, is
      // dealt with in `astro:build:done`.
      'astro:build:generated': ({ dir }) => {
        if (!precompressEnabled()) return;
        // Not in folders whose name starts with a dot either: Astro's own (.prerender, where the output folder lies in
        // the project) is removed before astro:build:done; .well-known is left to the second part with them.
        const files = textFiles(fileURLToPath(dir), { except: writtenLater, dotFolders: false });
        const rendering = whileRendering;
        whileRendering = undefined;
        firstPart = (async () => {
          const early = await rendering?.finish();
          const result = await precompressDir(fileURLToPath(dir), precompressCacheDir(), {
            files,
            handled,
            used,
            prune: false,
          });
          return { ...(early ? { early } : {}), result };
        })();
        // Its failure is reported where it is awaited.
        firstPart.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!precompressEnabled()) {
          logger.info('off (PRAXIS_PRECOMPRESS=0): no .br/.gz files written');
          return;
        }
        const started = performance.now();
        const first = await firstPart;
        firstPart = undefined;
        const early = first?.early ?? (await whileRendering?.finish());
        whileRendering = undefined;
        if (early)
          logger.info(
            `${early.made} files compressed while the pages were rendered` +
              (early.left > 0 ? ` (${early.left} left for the end: the worker was behind)` : ''),
          );
        const rest = await precompressDir(fileURLToPath(dir), precompressCacheDir(), { handled, used });
        const r = first ? sum(first.result, rest) : rest;
        handled.clear();
        used.clear();
        logger.info(
          `${r.files} text files (${kb(r.original)}): brotli saves ${kb(r.savedBrotli)}, gzip ${kb(r.savedGzip)}; ` +
            `${r.written} .br/.gz files, ${rest.files} of them after the other steps, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

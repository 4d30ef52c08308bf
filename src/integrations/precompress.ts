/**
 * Writes `name.br` and `name.gz` beside every text file of the build, so the web server sends compressed
 * bytes without compressing on each request (Caddy: `file_server { precompressed br gzip }`, nginx:
 * `brotli_static` / `gzip_static`). Brotli at its highest quality and gzip at level 9 cost time once, at
 * build time, instead of on every request at the lower levels servers use on the fly.
 *
 * A compressed copy is only written where it is smaller than the file itself; the server then falls back
 * to the plain file. Pagefind's index files (.pf_*, .pagefind) are compressed by Pagefind already, images
 * and fonts by their formats, so only the extensions below are touched.
 *
 * Runs in `astro:build:done`; keep it last in astro.config.mjs so it sees what Pagefind and the sitemap
 * write in the same hook.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

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

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compress every text file under `dir`; returns what it saved. */
export async function precompressDir(dir: string): Promise<PrecompressResult> {
  const files: string[] = [];
  for await (const file of walk(dir)) if (COMPRESSIBLE.has(extname(file).toLowerCase())) files.push(file);
  const result: PrecompressResult = { files: files.length, original: 0, savedBrotli: 0, savedGzip: 0, written: 0 };
  // A few at a time: zlib's async functions run on libuv's thread pool (4 threads by default).
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const data = await readFile(file);
      result.original += data.length;
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < data.length) {
        await writeFile(`${file}.br`, br);
        result.savedBrotli += data.length - br.length;
        result.written += 1;
      }
      if (gzipped.length < data.length) {
        await writeFile(`${file}.gz`, gzipped);
        result.savedGzip += data.length - gzipped.length;
        result.written += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function precompress(): AstroIntegration {
  return {
    name: 'praxis:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const r = await precompressDir(fileURLToPath(dir));
        logger.info(
          `${r.files} text files (${kb(r.original)}): brotli saves ${kb(r.savedBrotli)}, gzip ${kb(r.savedGzip)}; ` +
            `${r.written} .br/.gz files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

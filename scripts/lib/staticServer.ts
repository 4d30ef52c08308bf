/**
 * A small static file server that serves a built Astro site the way a production static host does,
 * so tests and benchmarks see what readers will see. Node's `http` only, no framework.
 *
 *   const server = await startStaticServer('.cache/test-site');   // 127.0.0.1, random free port
 *   await fetch(`${server.url}/praxis/`);                          // server.url has no trailing slash
 *   await server.close();
 *
 * Rules (those of Netlify, GitHub Pages, nginx `try_files $uri $uri/index.html`):
 * - `/x/` serves `x/index.html`; `/x` serves the file `x` if there is one, else redirects (301) to `/x/`
 *   when `x/index.html` exists (the query string is kept).
 * - Anything else is a 404 with the site's `404.html` as body (or a short text if there is none).
 * - Content types by extension, including Pagefind's binary index files and WebAssembly.
 * - Only GET and HEAD; paths that leave the folder (`..`, encoded or not) are a 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServer {
  /** Origin of the server, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** Stops accepting connections and closes open ones. */
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** Port to listen on; 0 or absent picks a free one. */
  port?: number;
  /** Interface to listen on; loopback unless told otherwise. */
  host?: string;
}

const TEXT = 'charset=utf-8';
/** Content type per file extension (lower case, with dot). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': `text/html; ${TEXT}`,
  '.htm': `text/html; ${TEXT}`,
  '.css': `text/css; ${TEXT}`,
  '.js': `text/javascript; ${TEXT}`,
  '.mjs': `text/javascript; ${TEXT}`,
  '.json': `application/json; ${TEXT}`,
  '.webmanifest': `application/manifest+json; ${TEXT}`,
  '.xml': `application/xml; ${TEXT}`,
  '.xsl': `application/xslt+xml; ${TEXT}`,
  '.txt': `text/plain; ${TEXT}`,
  '.ics': `text/calendar; ${TEXT}`,
  '.csv': `text/csv; ${TEXT}`,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index: gzip-compressed binary chunks that its script fetches and inflates itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The content type a file is served with. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Starts serving `dir`. Resolves once the server listens. */
export async function startStaticServer(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) {
    throw new Error(`startStaticServer: "${dir}" is not a folder (resolved to ${root})`);
  }

  /** Maps a URL path to a file inside root, or undefined if it cannot be one. */
  function fileFor(pathname: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const file = resolve(join(root, decoded));
    return file === root || file.startsWith(root + sep) ? file : undefined;
  }

  async function send(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<void> {
    const info = await stat(file);
    res.writeHead(status, {
      'content-type': contentTypeOf(file),
      'content-length': info.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((done, fail) => {
      const stream = createReadStream(file);
      stream.on('error', fail);
      res.on('close', () => {
        stream.destroy();
        done();
      });
      stream.pipe(res);
    });
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = join(root, '404.html');
    if (await isFile(page)) return send(req, res, page, 404);
    res.writeHead(404, { 'content-type': `text/plain; ${TEXT}` });
    res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': `text/plain; ${TEXT}` });
      res.end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(url.pathname);
    if (!file) return notFound(req, res);

    if (url.pathname.endsWith('/')) {
      const index = join(file, 'index.html');
      return (await isFile(index)) ? send(req, res, index, 200) : notFound(req, res);
    }
    if (await isFile(file)) return send(req, res, file, 200);
    if (await isFile(join(file, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'content-length': 0 });
      res.end();
      return;
    }
    return notFound(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A file that vanished between stat and read, or a client that went away: answer if we still can.
      if (!res.headersSent) res.writeHead(500, { 'content-type': `text/plain; ${TEXT}` });
      res.end(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  // Browsers keep connections alive; without this, close() would wait for them to time out.
  server.keepAliveTimeout = 1000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

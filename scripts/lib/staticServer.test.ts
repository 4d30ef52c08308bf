/**
 * The static server answers like a production static host: directory indexes, the trailing-slash
 * redirect, content types of every file the site ships, and a real 404 page.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from './staticServer.ts';

let dir: string;
let server: StaticServer;

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Start</title>',
  '404.html': '<!doctype html><title>Nicht gefunden</title>',
  'praxis/index.html': '<!doctype html><title>Praxis</title>',
  'praxis/papierlos/index.html': '<!doctype html><title>Papierlos</title>',
  'en/index.html': '<!doctype html><title>Home</title>',
  'a b/index.html': '<!doctype html><title>Space</title>',
  '_astro/site.css': 'body{}',
  '_astro/app.js': 'export {}',
  'data.json': '{}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'og.png': 'png',
  'fonts/a.woff2': 'woff2',
  'fonts/a.woff': 'woff',
  'sitemap-index.xml': '<sitemapindex/>',
  'robots.txt': 'User-agent: *',
  'termine.ics': 'BEGIN:VCALENDAR',
  'kreise.csv': 'ags,name',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/wasm.de.pagefind': 'bin',
  'pagefind/pagefind.de_1.pf_meta': 'bin',
  'pagefind/index/de_1.pf_index': 'bin',
  'pagefind/fragment/de_1.pf_fragment': 'bin',
  'pagefind/pagefind.wasm': 'bin',
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'static-server-'));
  for (const [name, body] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), body);
  }
  // A file outside the served folder that must never be reachable.
  await writeFile(join(dir, '..', `${dir.split('/').pop()}-secret.txt`), 'secret');
  server = await startStaticServer(dir);
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-secret.txt`, { force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

/** A request with the path sent exactly as written: fetch() would resolve `..` before sending it. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${server.url}/`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('startStaticServer', () => {
  test('listens on loopback at a free port and serves the home page for /', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Start</title>');
  });

  test('serves x/index.html for /x/, also for nested and percent-encoded paths', async () => {
    expect(await (await get('/praxis/')).text()).toContain('Praxis');
    expect(await (await get('/praxis/papierlos/')).text()).toContain('Papierlos');
    expect(await (await get('/a%20b/')).text()).toContain('Space');
  });

  test('redirects /x to /x/ with 301, keeping the query string', async () => {
    const res = await get('/praxis/papierlos?q=akte');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/praxis/papierlos/?q=akte');
  });

  test('answers unknown paths with status 404 and the body of 404.html', async () => {
    for (const path of ['/gibt-es-nicht/', '/gibt-es-nicht', '/_astro/missing.css', '/praxis/papierlos/index.htm']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('Nicht gefunden');
    }
  });

  test('sends the content type of every kind of file the site ships', async () => {
    const expected: Record<string, string> = {
      '/_astro/site.css': 'text/css; charset=utf-8',
      '/_astro/app.js': 'text/javascript; charset=utf-8',
      '/data.json': 'application/json; charset=utf-8',
      '/favicon.svg': 'image/svg+xml',
      '/og.png': 'image/png',
      '/fonts/a.woff2': 'font/woff2',
      '/fonts/a.woff': 'font/woff',
      '/sitemap-index.xml': 'application/xml; charset=utf-8',
      '/robots.txt': 'text/plain; charset=utf-8',
      '/termine.ics': 'text/calendar; charset=utf-8',
      '/kreise.csv': 'text/csv; charset=utf-8',
      '/pagefind/pagefind.js': 'text/javascript; charset=utf-8',
      '/pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
      '/pagefind/wasm.de.pagefind': 'application/octet-stream',
      '/pagefind/pagefind.de_1.pf_meta': 'application/octet-stream',
      '/pagefind/index/de_1.pf_index': 'application/octet-stream',
      '/pagefind/fragment/de_1.pf_fragment': 'application/octet-stream',
      '/pagefind/pagefind.wasm': 'application/wasm',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(Number(res.headers.get('content-length')), path).toBe((await res.arrayBuffer()).byteLength);
    }
  });

  test('answers HEAD with headers only and refuses other methods', async () => {
    const head = await get('/praxis/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(files['praxis/index.html'].length);
    expect(await head.text()).toBe('');
    const post = await get('/praxis/', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  test('never serves a file outside its folder', async () => {
    const name = `${dir.split('/').pop()}-secret.txt`;
    // `..` that stays inside the folder is fine (and shows the raw path reaches the server unresolved).
    expect((await rawGet('/praxis/%2e%2e/index.html')).body).toContain('Start');
    for (const path of [`/../${name}`, `/%2e%2e/${name}`, `/praxis/%2e%2e/%2e%2e/${name}`, '/%00']) {
      const res = await rawGet(path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret');
    }
  });

  test('refuses to start on a folder that does not exist', async () => {
    await expect(startStaticServer(join(dir, 'nope'))).rejects.toThrow(/is not a folder/);
  });
});

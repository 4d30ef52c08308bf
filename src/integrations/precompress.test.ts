import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { announceBuiltPage, startPage, type BuiltPage } from '../lib/builtPages.ts';

const announce = (page: Omit<BuiltPage, 'seq'>) => announceBuiltPage({ seq: startPage(), ...page });
import {
  BROTLI_QUALITY,
  brotliQuality,
  compressWhileRendering,
  LARGE_ASSET,
  precompressDir,
  textFiles,
  type Handled,
} from './precompress.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
const temp = async (name: string) => {
  const dir = await mkdtemp(join(tmpdir(), name));
  dirs.push(dir);
  return dir;
};

// Text that compresses the same way a page does: repeated markup with varying words.
const page = Array.from(
  { length: 400 },
  (_, i) => `<li><a href="/praxis/eintrag-${i}/">Eintrag ${i} im Kreis ${i % 17}</a></li>`,
).join('\n');
const style = Array.from(
  { length: 300 },
  (_, i) => `.c${i}{margin:${i}px;color:#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}}`,
).join('');
const brotliAt = (text: string, quality: number) =>
  brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
    },
  });

describe('precompressed files', () => {
  test('pages get the cheaper brotli quality, scripts and stylesheets the higher one', () => {
    expect(brotliQuality('/out/praxis/x/index.html')).toBe(BROTLI_QUALITY.pages);
    expect(brotliQuality('/out/sitemap-0.xml')).toBe(BROTLI_QUALITY.pages);
    expect(brotliQuality('/out/_astro/app.CGKjruWA.js')).toBe(BROTLI_QUALITY.assets);
    expect(brotliQuality('/out/_astro/index.B1.CSS')).toBe(BROTLI_QUALITY.assets);
    expect(BROTLI_QUALITY.assets).toBeGreaterThan(BROTLI_QUALITY.pages);
    // The editor's 5 MB bundle: quality 10 would cost seconds of every cold build for editors' bytes only.
    expect(brotliQuality('/out/redaktion/decap-cms.js', LARGE_ASSET + 1)).toBe(BROTLI_QUALITY.largeAssets);
    expect(brotliQuality('/out/_astro/app.CGKjruWA.js', LARGE_ASSET)).toBe(BROTLI_QUALITY.assets);
    expect(brotliQuality('/out/sitemap-0.xml', LARGE_ASSET + 1)).toBe(BROTLI_QUALITY.pages);
  });

  test('each .br and .gz unpacks to the file, at its quality; a rebuild takes them from the cache', async () => {
    const [out, cache] = [await temp('precompress-out-'), await temp('precompress-cache-')];
    await writeFile(join(out, 'index.html'), page);
    await writeFile(join(out, 'site.css'), style);
    const first = await precompressDir(out, cache);
    expect(first.files).toBe(2);
    expect(first.written).toBe(4);
    for (const [name, text] of [
      ['index.html', page],
      ['site.css', style],
    ] as const) {
      const br = await readFile(join(out, `${name}.br`));
      expect(brotliDecompressSync(br).toString()).toBe(text);
      expect(br).toEqual(brotliAt(text, brotliQuality(name)));
      expect(gunzipSync(await readFile(join(out, `${name}.gz`))).toString()).toBe(text);
    }
    const cached = (await readdir(cache)).sort();
    expect(cached).toHaveLength(4);

    // A fresh output folder with the same bytes: the same compressed files, and the cache unchanged.
    const again = await temp('precompress-again-');
    await writeFile(join(again, 'index.html'), page);
    await writeFile(join(again, 'site.css'), style);
    await precompressDir(again, cache);
    expect(await readFile(join(again, 'index.html.br'))).toEqual(await readFile(join(out, 'index.html.br')));
    // Taken from the cache by a hard link, not read and written again (the rebuild's time went into opening files).
    expect((await stat(join(again, 'index.html.br'))).nlink).toBe(2);
    expect((await readdir(cache)).sort()).toEqual(cached);
  });

  test('a script over LARGE_ASSET bytes is compressed at the lower quality for large assets', async () => {
    const out = await temp('precompress-large-');
    const big = style.repeat(Math.ceil((LARGE_ASSET + 1) / style.length));
    await writeFile(join(out, 'editor.js'), big);
    await precompressDir(out);
    expect(await readFile(join(out, 'editor.js.br'))).toEqual(brotliAt(big, BROTLI_QUALITY.largeAssets));
  });

  test('what is compressed while the pages render is linked from the cache at the end; other bytes are compressed then', async () => {
    const [out, cache] = [await temp('precompress-early-out-'), await temp('precompress-early-cache-')];
    const early = compressWhileRendering(cache);
    announce({ pathname: '/', type: 'text/html', body: page });
    announce({ pathname: '/site.css', type: 'text/css', body: new TextEncoder().encode(style) });
    announce({ pathname: '/logo.png', type: 'image/png', body: new Uint8Array([137, 80, 78, 71]) });
    // Announced with other bytes than the file gets (as if the file were changed after rendering).
    announce({ pathname: '/changed/', type: 'text/html', body: `${page}<!-- before -->` });
    expect(await early.finish()).toEqual({ made: 3, left: 0 });
    // After finish, nothing is listened to any more.
    announce({ pathname: '/late/', type: 'text/html', body: `${page}<!-- late -->` });
    expect(await readdir(cache)).toHaveLength(6);

    await writeFile(join(out, 'index.html'), page);
    await writeFile(join(out, 'site.css'), style);
    await mkdir(join(out, 'changed'));
    await writeFile(join(out, 'changed/index.html'), `${page}<!-- after -->`);
    await precompressDir(out, cache);
    for (const [name, text, linked] of [
      ['index.html', page, true],
      ['site.css', style, true],
      ['changed/index.html', `${page}<!-- after -->`, false],
    ] as const) {
      const br = await readFile(join(out, `${name}.br`));
      expect(br).toEqual(brotliAt(text, brotliQuality(name)));
      expect(gunzipSync(await readFile(join(out, `${name}.gz`))).toString()).toBe(text);
      // From the cache (a hard link) when made while rendering; written by the final step otherwise.
      expect((await stat(join(out, `${name}.br`))).nlink, name).toBe(linked ? 2 : 1);
    }
    // The form nobody used is gone from the cache.
    expect(await readdir(cache)).toHaveLength(6);
  });

  test('a worker that falls behind is sent no more than the pending limit; the rest is compressed at the end', async () => {
    const [out, cache] = [await temp('precompress-limit-out-'), await temp('precompress-limit-cache-')];
    const early = compressWhileRendering(cache, Buffer.byteLength(page) + 10);
    // Announced in one go: the worker has dealt with none of them yet.
    for (const n of [1, 2, 3]) announce({ pathname: `/p${n}/`, type: 'text/html', body: `${page}${n}` });
    expect(await early.finish()).toEqual({ made: 1, left: 2 });
    for (const n of [1, 2, 3]) {
      await mkdir(join(out, `p${n}`));
      await writeFile(join(out, `p${n}/index.html`), `${page}${n}`);
    }
    const r = await precompressDir(out, cache);
    expect(r.written).toBe(6);
    for (const n of [1, 2, 3])
      expect(brotliDecompressSync(await readFile(join(out, `p${n}/index.html.br`))).toString()).toBe(`${page}${n}`);
  });

  test('in two parts: the second leaves what the first did, unless the file changed since; the cache keeps both parts', async () => {
    const [out, cache] = [await temp('precompress-parts-out-'), await temp('precompress-parts-cache-')];
    await writeFile(join(out, 'index.html'), page);
    await writeFile(join(out, 'site.css'), style);
    await mkdir(join(out, 'pagefind'));
    await writeFile(join(out, 'pagefind/ui.js'), style);
    // Astro's bundle, in the output folder while the pages are written, removed before the end.
    await mkdir(join(out, '.prerender/chunks'), { recursive: true });
    await writeFile(join(out, '.prerender/chunks/page.mjs'), style);
    // The first part: the files listed when the pages were written, except the folders written later and those
    // whose name starts with a dot.
    const files = textFiles(out, { except: ['pagefind'], dotFolders: false });
    expect(files.map((f) => relative(out, f)).sort()).toEqual(['index.html', 'site.css']);
    expect(textFiles(out).map((f) => relative(out, f))).toContain(join('.prerender', 'chunks', 'page.mjs'));
    await rm(join(out, '.prerender'), { recursive: true });
    const handled: Handled = new Map();
    const used = new Set<string>();
    // A file listed and removed since is passed over.
    const first = await precompressDir(out, cache, {
      files: [...files, join(out, 'gone.html')],
      handled,
      used,
      prune: false,
    });
    expect(first.files).toBe(2);

    const before = await stat(join(out, 'index.html.br'));
    // Then a later step writes a file, a folder named like one, and changes a file the first part compressed (to a
    // form not worth compressing).
    await mkdir(join(out, 'folder.json'));
    await writeFile(join(out, 'sitemap.xml'), page);
    await writeFile(join(out, 'site.css'), 'x');
    const second = await precompressDir(out, cache, { handled, used });
    expect(second.files).toBe(3);
    expect(brotliDecompressSync(await readFile(join(out, 'sitemap.xml.br'))).toString()).toBe(page);
    expect(brotliDecompressSync(await readFile(join(out, 'pagefind/ui.js.br'))).toString()).toBe(style);
    // The changed file's old forms are gone: a server must not send the old stylesheet for the new one.
    await expect(stat(join(out, 'site.css.br'))).rejects.toThrow(/ENOENT/u);
    await expect(stat(join(out, 'site.css.gz'))).rejects.toThrow(/ENOENT/u);
    // index.html was left alone. The cache keeps the forms both parts used: the page's (index.html, sitemap.xml),
    // the old stylesheet's (pagefind/ui.js has its bytes) and the new one's.
    const after = await stat(join(out, 'index.html.br'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(await readdir(cache)).toHaveLength(6);
  });
});

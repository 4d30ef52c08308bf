import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headFacts, headReader, readHead, sitemapEntry } from './sitemap.ts';

describe('readHead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'praxis-sitemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (name: string, html: string) => {
    const file = join(dir, name);
    writeFileSync(file, html);
    return file;
  };
  const head =
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Übersicht – Straßen</title>' +
    '<link rel="alternate" hreflang="de" href="https://example.org/a/"><link rel="alternate" hreflang="en" href="https://example.org/en/a/">' +
    '<meta property="article:modified_time" content="2026-11-01T00:00:00.000Z"></head>';
  const html = `${head}<body>${'<p>Ein langer Text mit Umlauten: äöü €.</p>'.repeat(2000)}</body></html>`;

  it('reads a page up to and with its </head>, whatever the chunks (umlauts and the tag across their borders)', async () => {
    const file = page('a.html', html);
    for (const size of [1, 3, 7, 64, 16 * 1024]) expect(await readHead(file, size)).toBe(head);
  });

  it('reads a page without </head> whole, and an empty one as nothing', async () => {
    expect(await readHead(page('b.html', '<p>kein Kopf</p>'), 4)).toBe('<p>kein Kopf</p>');
    expect(await readHead(page('c.html', ''))).toBe('');
  });

  it('gives the sitemap the same entry as the whole page', async () => {
    const item = { url: 'https://example.org/a/' };
    const file = page('d.html', html);
    expect(sitemapEntry(item, await readHead(file))).toEqual(sitemapEntry(item, html));
    expect(sitemapEntry(item, await readHead(file))?.links).toHaveLength(2);
  });

  it("reads the heads of a folder's pages ahead, each handed out once; a page written later is read when asked for", async () => {
    const sub = mkdtempSync(join(dir, 'site-'));
    const head = (i: number | string) =>
      `<head><meta property="article:modified_time" content="${i}"></head><body></body>`;
    const files = Array.from({ length: 50 }, (_, i) => join(sub, `${i}.html`));
    files.forEach((file, i) => writeFileSync(file, head(i)));
    const read = headReader(sub);
    const later = join(sub, 'later.html');
    writeFileSync(later, head('später'));
    const facts = await Promise.all(files.map(read));
    expect(facts[3]).toEqual({ links: [], lastmod: '3' });
    expect(facts[49]).toEqual(headFacts(head(49)));
    expect(await read(later)).toEqual({ links: [], lastmod: 'später' });
    writeFileSync(files[3]!, head('wieder'));
    expect(await read(files[3]!)).toEqual({ links: [], lastmod: 'wieder' });
    writeFileSync(join(sub, 'noindex.html'), '<head><meta name="robots" content="noindex"></head>');
    expect(await read(join(sub, 'noindex.html'))).toBeNull();
    await expect(read(join(sub, 'missing.html'))).rejects.toThrow(/ENOENT/u);
  });
});

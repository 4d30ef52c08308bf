import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHead, sitemapEntry } from './sitemap.ts';

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

  it('reads a page up to and with its </head>, whatever the chunks (umlauts and the tag across their borders)', () => {
    const file = page('a.html', html);
    for (const size of [1, 3, 7, 64, 16 * 1024]) expect(readHead(file, size)).toBe(head);
  });

  it('reads a page without </head> whole, and an empty one as nothing', () => {
    expect(readHead(page('b.html', '<p>kein Kopf</p>'), 4)).toBe('<p>kein Kopf</p>');
    expect(readHead(page('c.html', ''))).toBe('');
  });

  it('gives the sitemap the same entry as the whole page', () => {
    const item = { url: 'https://example.org/a/' };
    const file = page('d.html', html);
    expect(sitemapEntry(item, readHead(file))).toEqual(sitemapEntry(item, html));
    expect(sitemapEntry(item, readHead(file))?.links).toHaveLength(2);
  });
});

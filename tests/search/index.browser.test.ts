/**
 * The index as the build makes it (src/integrations/pagefind.ts → indexSite), on fixture pages written here,
 * searched in a real browser through Pagefind's JS API: only page bodies are indexed, one index per language,
 * and German words are found in their inflected, umlaut-free and compound forms — by Pagefind's stemming where
 * it reaches, by the keyword block (src/lib/search/keywords.ts) where it does not.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { indexSite, type IndexSummary } from '../../src/integrations/pagefind.ts';
import { KEYWORDS_ANCHOR } from '../../src/lib/search/excerpt.ts';
import { expandKeywords } from '../../src/lib/search/keywords.ts';
import { launchBrowser, openTab, type Tab } from '../helpers/browser.ts';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>` +
  `<nav>Landkreise Navigation Fußzeile</nav>${body}<footer>Fußzeile Landkreise</footer></body></html>`;

/** An entry page as SearchMeta.astro marks it up: text, then the hidden keyword block. */
const entry = (lang: string, title: string, text: string, keywordsFrom: string[]) =>
  page(
    lang,
    `<article data-pagefind-body><h1>${title}</h1><p>${text}</p>` +
      `<div hidden><p id="${KEYWORDS_ANCHOR}" data-pagefind-weight="0.5">${expandKeywords(keywordsFrom).join(' ')}</p></div></article>`,
  );

let dir: string;
let summary: IndexSummary;
let server: StaticServer;
let browser: Browser;
let tab: Tab;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'praxis-search-index-'));
  const files: Record<string, string> = {
    'kyf/index.html': entry('de', 'Papierlose Akten', 'Der Kyffhäuserkreis und andere Landkreise in Thüringen.', [
      'Kyffhäuserkreis',
      'Sozialverwaltung',
    ]),
    'other/index.html': entry(
      'de',
      'Breitband',
      // As TranslationNotice.astro marks it up: a notice about the page, not part of what it says.
      '<p class="notice" data-notice="no-translation" data-pagefind-ignore>Diesen Text gibt es noch nicht auf ' +
        'Englisch.</p>Glasfaser für Dörfer im Vogelsberg.',
      ['Netze & Infrastruktur'],
    ),
    'list/index.html': page('de', '<main><h1>Liste</h1><p>Kyffhäuserkreis Landkreise Sozialverwaltung</p></main>'),
    'en/kyf/index.html': entry('en', 'Paperless files', 'The Kyffhäuserkreis district in Thuringia.', []),
    'de-search/index.html': page('de', '<main><h1>Suche</h1></main>'),
    'en-search/index.html': page('en', '<main><h1>Search</h1></main>'),
  };
  for (const [path, html] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  summary = await indexSite(dir);
  server = await startStaticServer(dir);
  browser = await launchBrowser();
  tab = await openTab(browser);
});

afterAll(async () => {
  await tab?.close();
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** URLs Pagefind finds for `term` on a page of the given language. */
async function find(p: Page, lang: 'de' | 'en', term: string): Promise<string[]> {
  await tab.visit(`${server.url}/${lang}-search/`);
  // A string, not a function: Vitest would rewrite a function's import() for Node before it reached the page.
  return p.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => d.url).sort();
  })()`) as Promise<string[]>;
}

describe('indexSite', () => {
  test('indexes only pages with data-pagefind-body, one index per language', () => {
    expect(summary.pagesRead).toBe(6);
    expect(summary.languages).toEqual({ de: 2, en: 1 });
  });

  test.for([
    ['Kyffhäuserkreis', 'the word as written'],
    ['Landkreis', 'the singular of "Landkreise" (stemming)'],
    ['Kyffhauser', 'the word without umlaut dots'],
    ['Kyffhaeuser', 'the ae spelling'],
    ['Kreis', 'a compound part at the end (keyword block)'],
    ['Verwaltung', "a compound part of a topic's name (keyword block)"],
  ])('"%s" finds the German entry: %s', async ([term]) => {
    expect(await find(tab.page, 'de', term!)).toEqual(['/kyf/']);
    expect(tab.consoleErrors).toEqual([]);
  });

  test('navigation, footers and notices about the page are not indexed', async () => {
    expect(await find(tab.page, 'de', 'Fußzeile')).toEqual([]);
    expect(await find(tab.page, 'de', 'Navigation')).toEqual([]);
    expect(await find(tab.page, 'de', 'Englisch')).toEqual([]);
    expect(await find(tab.page, 'de', 'Glasfaser')).toEqual(['/other/']);
  });

  test('the English page searches the English index only', async () => {
    expect(await find(tab.page, 'en', 'Kyffhäuserkreis')).toEqual(['/en/kyf/']);
    expect(await find(tab.page, 'en', 'Landkreise')).toEqual([]);
    expect(tab.consoleErrors).toEqual([]);
  });
});

/**
 * The search index of an unchanged site is the last build's, copied; any changed page indexes anew. Without an
 * earlier index, the pages are indexed as they are rendered — the same index as from the folder, unless a file
 * differs from what was rendered, and then the folder's.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { indexSite, indexSiteCached, indexWhileRendering } from '../../src/integrations/pagefind.ts';
import { announceBuiltPage, startPage } from '../../src/lib/builtPages.ts';
import { REPO_ROOT } from '../helpers/astro.ts';

const tmp = mkdtempSync(join(REPO_ROOT, '.cache', 'index-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (title: string, text: string) =>
  `<!doctype html><html lang="de"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

test('an unchanged site reuses the index byte for byte; a changed page is indexed anew', async () => {
  const site = join(tmp, 'site');
  const cache = join(tmp, 'cache');
  writeFileSync(join(tmp, 'a.html'), page('Bürgerbüro', 'Termine online buchen'));
  await cp(join(tmp, 'a.html'), join(site, 'a/index.html'));
  await cp(join(tmp, 'a.html'), join(site, 'b/index.html'));
  const first = await indexSiteCached(site, cache);
  expect(first).toMatchObject({ reused: false, languages: { de: 2 } });
  const entry = readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8');

  // The next build writes a fresh folder with the same pages.
  rmSync(join(site, 'pagefind'), { recursive: true });
  const second = await indexSiteCached(site, cache);
  expect(second).toMatchObject({ reused: true, languages: { de: 2 }, pagesRead: first.pagesRead });
  expect(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(entry);

  rmSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, 'b/index.html'), page('Kfz-Zulassung', 'Ummelden ohne Termin'));
  const third = await indexSiteCached(site, cache);
  expect(third.reused).toBe(false);
  expect(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).not.toBe(entry);
});

/** The pages of an index: its fragment files are named by the hash of each page's indexed content. */
const fragments = (site: string) => readdirSync(join(site, 'pagefind/fragment')).sort();

test('pages indexed as they are rendered give the index of the folder; a file that differs means the folder is indexed', async () => {
  const pages = {
    'index.html': page('Start', 'Willkommen'),
    'praxis/a/index.html': page('Bürgerbüro', 'Termine online buchen'),
    'praxis/b/index.html': page('Kfz-Zulassung', 'Ummelden ohne Termin'),
    'en/practice/a/index.html': page('Citizens office', 'Book appointments online').replace('lang="de"', 'lang="en"'),
    '404.html': page('Nicht gefunden', 'Diese Seite gibt es nicht'),
    // A list page: no data-pagefind-body, so Pagefind leaves it out (and is not sent it while rendering).
    'praxis/index.html': page('Alle Praxisbeispiele', 'Bürgerbüro, Kfz-Zulassung').replace(' data-pagefind-body', ''),
  };
  const [streamedSite, folderSite, changedSite] = ['streamed', 'folder', 'changed'].map((n) => join(tmp, n));
  for (const site of [streamedSite, folderSite, changedSite])
    for (const [file, html] of Object.entries(pages)) await cp(await writeTemp(html), join(site, file));
  /** The pages start in one order and finish in another (`finish`: indices into the started ones). */
  const announce = (finish = [0, 1, 2, 3, 4, 5, 6]) => {
    const started = [
      ['/', pages['index.html']],
      ['/praxis/a/', pages['praxis/a/index.html']],
      ['/praxis/b/', pages['praxis/b/index.html']],
      ['/en/practice/a/', pages['en/practice/a/index.html']],
      ['/404/', pages['404.html']],
      ['/praxis/', pages['praxis/index.html']],
      // Not a page: not indexed.
      ['/feed.json', '{}'],
    ].map(([pathname, body]) => ({ seq: startPage(), pathname: pathname!, body: body! }));
    for (const i of finish) {
      const { seq, pathname, body } = started[i]!;
      const type = pathname.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
      announceBuiltPage({ seq, pathname, type, body });
    }
  };

  const folder = await indexSite(folderSite);
  const streamed = await indexWhileRendering();
  announce();
  const early = await indexSiteCached(streamedSite, join(tmp, 'cache-streamed'), streamed);
  expect(early).toMatchObject({ streamed: true, reused: false, languages: folder.languages, pagesRead: 6 });
  expect(fragments(streamedSite)).toEqual(fragments(folderSite));
  expect(early.facetTables).toEqual(folder.facetTables);

  // Pages that finish in another order (several render at once) give the same index, byte for byte.
  const entry = () => readFileSync(join(streamedSite, 'pagefind/pagefind-entry.json'), 'utf8');
  const first = entry();
  rmSync(join(streamedSite, 'pagefind'), { recursive: true });
  const shuffled = await indexWhileRendering();
  announce([3, 5, 1, 6, 0, 4, 2]);
  await indexSiteCached(streamedSite, join(tmp, 'cache-shuffled'), shuffled);
  expect(entry()).toBe(first);

  // The file on disk is not what was rendered (and indexed): the folder is indexed instead.
  writeFileSync(join(changedSite, 'praxis/b/index.html'), page('Kfz-Zulassung', 'Abmelden ohne Termin'));
  const changedFolder = await indexSite(join(tmp, 'changed'));
  const changedFragments = fragments(changedSite);
  rmSync(join(changedSite, 'pagefind'), { recursive: true });
  const again = await indexWhileRendering();
  announce();
  const fallback = await indexSiteCached(changedSite, join(tmp, 'cache-changed'), again);
  expect(fallback).toMatchObject({ streamed: join('praxis', 'b', 'index.html'), reused: false });
  expect(fallback.languages).toEqual(changedFolder.languages);
  expect(fragments(changedSite)).toEqual(changedFragments);
  expect(changedFragments).not.toEqual(fragments(folderSite));

  // A service that falls behind (here: a limit smaller than two pages) is fed no more; the folder is indexed.
  rmSync(join(changedSite, 'pagefind'), { recursive: true });
  const behind = await indexWhileRendering(pages['index.html'].length + 10);
  announce();
  const fromFolder = await indexSiteCached(changedSite, join(tmp, 'cache-behind'), behind);
  expect(fromFolder.streamed).toBe('Pagefind fell behind; 1 pages sent');
  expect(fragments(changedSite)).toEqual(changedFragments);
});

let tempCount = 0;
async function writeTemp(html: string): Promise<string> {
  const file = join(tmp, `page-${++tempCount}.html`);
  writeFileSync(file, html);
  return file;
}

/** The search index of an unchanged site is the last build's, copied; any changed page indexes anew. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { indexSiteCached } from '../../src/integrations/pagefind.ts';
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

/**
 * Gate (issue #7.3): every internal link, image, style sheet, script, font and #fragment of the built site
 * resolves, and so does every page of the sitemap once the site has one. Read from the files, not a browser.
 */
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from '../helpers/site.ts';
import { lines, rulesByPage } from './lib/findings.ts';
import { FIXTURE_DIR, FIXTURE_ORIGIN } from './lib/fixtures.ts';
import { checkLinks, readSite } from './lib/links.ts';

describe('links', () => {
  test('every internal reference of the built site resolves', async () => {
    const started = Date.now();
    const site = await readSite(siteUnderTest().dir);
    const { findings, checked } = await checkLinks(site);
    console.log(
      `[links] ${checked} internal references in ${site.pages.length} HTML files checked in ${Date.now() - started} ms`,
    );
    expect(checked).toBeGreaterThan(0);
    expect(lines(findings)).toEqual([]);
  });

  test('it fails on a fixture page with a missing page, image, style sheet and fragments, and on a sitemap entry', async () => {
    const { findings } = await checkLinks(await readSite(FIXTURE_DIR, FIXTURE_ORIGIN));
    expect(rulesByPage(findings)).toEqual({
      '/links/broken/': ['broken-fragment', 'broken-link'],
      '/sitemap-0.xml': ['sitemap'],
    });
    expect(lines(findings).sort()).toEqual([
      '/links/broken/ — broken-fragment: a[href]="#nirgends": /links/broken/ has no element with id "nirgends"',
      '/links/broken/ — broken-fragment: a[href]="/#kein-anker": / has no element with id "kein-anker"',
      '/links/broken/ — broken-link: a[href]="/gibt-es-nicht/": /gibt-es-nicht/ does not exist',
      '/links/broken/ — broken-link: img[src]="/img/fehlt.svg": /img/fehlt.svg does not exist',
      '/links/broken/ — broken-link: link[rel=stylesheet]="/fehlt.css": /fehlt.css does not exist',
      '/sitemap-0.xml — sitemap: <loc>https://gates.example/aus-der-sitemap-verschwunden/</loc>: /aus-der-sitemap-verschwunden/ does not exist',
    ]);
  });
});

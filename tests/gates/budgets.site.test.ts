/**
 * Gate (issue #7.5), in the files: content pages execute no JavaScript; only the pages declared interactive in
 * tests/gates/budgets.ts may. The byte budgets are measured in Chromium by the crawl
 * (tests/gates/crawl.browser.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from '../helpers/site.ts';
import { isInteractive } from './budgets.ts';
import { lines } from './lib/findings.ts';
import { FIXTURE_DIR, FIXTURE_ORIGIN } from './lib/fixtures.ts';
import { readSite } from './lib/links.ts';
import { scriptsOutOfPlace } from './lib/weight.ts';

describe('budgets', () => {
  test('content pages run no JavaScript; only the pages declared interactive may', async () => {
    const site = await readSite(siteUnderTest().dir);
    expect(lines(scriptsOutOfPlace(site.pages, isInteractive))).toEqual([]);
  });

  test('it fails on a fixture content page with a script, but not on the newsletter page', async () => {
    const site = await readSite(FIXTURE_DIR, FIXTURE_ORIGIN);
    const pages = site.pages.filter((p) => ['/', '/budgets/script/', '/newsletter/'].includes(p.path));
    expect(lines(scriptsOutOfPlace(pages, isInteractive))).toEqual([
      '/budgets/script/ — script-on-content-page: onclick attribute on <button>',
      '/budgets/script/ — script-on-content-page: <script> with 44 characters inline',
    ]);
  });
});

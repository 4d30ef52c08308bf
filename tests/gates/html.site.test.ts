/**
 * Gate (issue #7.2): every built page is valid HTML according to the W3C Nu Html Checker — zero errors.
 * vnu runs once, in one JVM, over the whole build folder.
 */
import { describe, expect, test } from 'vitest';
import { listPages } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { lines, rulesByPage } from './lib/findings.ts';
import { FIXTURE_DIR } from './lib/fixtures.ts';
import { validateHtml } from './lib/vnu.ts';

describe('valid HTML', () => {
  test('the Nu Html Checker finds no error in any page of the built site', async () => {
    const site = siteUnderTest();
    const started = Date.now();
    const findings = await validateHtml(site.dir);
    const pages = await listPages(site.dir);
    console.log(`[html] vnu checked ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(pages.length).toBeGreaterThan(0);
    expect(lines(findings)).toEqual([]);
  });

  test('it fails on a fixture page with a duplicate id and a div inside a list, and passes the clean page', async () => {
    const findings = await validateHtml(FIXTURE_DIR);
    const invalid = findings.filter((f) => f.page === '/html/invalid/');
    expect(rulesByPage(findings)['/']).toBeUndefined();
    expect(lines(invalid)).toEqual([
      expect.stringMatching(/^\/html\/invalid\/ — vnu error: line 25:\d+: Duplicate ID “doppelt”/u),
      expect.stringMatching(
        /^\/html\/invalid\/ — vnu error: line 27:\d+: Element “div” not allowed as child of element “ul”/u,
      ),
    ]);
  });
});

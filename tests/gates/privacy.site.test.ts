/**
 * Gate (issue #7.4), in the files: no page or style sheet references a resource on another host, even one a
 * browser would load only sometimes (a srcset candidate, a print style, a preconnect). What the pages load in
 * Chromium — requests, cookies, console errors — is checked by the crawl (tests/gates/crawl.browser.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { siteUnderTest } from '../helpers/site.ts';
import { lines } from './lib/findings.ts';
import { FIXTURE_DIR, FIXTURE_ORIGIN } from './lib/fixtures.ts';
import { foreignResources, readSite } from './lib/links.ts';

describe('privacy', () => {
  test('no page of the built site references a resource on another host', async () => {
    const findings = await foreignResources(await readSite(siteUnderTest().dir));
    expect(lines(findings)).toEqual([]);
  });

  test('it fails on a fixture page with a third-party font and tracking pixel, and passes the clean page', async () => {
    const referenced = await foreignResources(await readSite(FIXTURE_DIR, FIXTURE_ORIGIN));
    expect(lines(referenced)).toEqual([
      '/privacy/third-party/ — third-party-reference: link[rel=stylesheet]="https://fonts.example/css2?family=Roboto"',
      '/privacy/third-party/ — third-party-reference: img[src]="https://tracker.example/pixel.gif"',
    ]);
  });
});

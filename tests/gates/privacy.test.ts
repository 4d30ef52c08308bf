/**
 * Gate (issue #7.4): no page makes the reader's browser contact anyone but the site. Every page is loaded
 * in Chromium (lazy images forced to load) and must send no request to another host, set no cookie and log
 * no error; and no page or style sheet references a resource on another host, even one a browser would
 * load only sometimes (a srcset candidate, a print style, a preconnect).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openTab } from '../helpers/browser.ts';
import { listPages, type SitePage } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { lines, rulesByPage, type Finding } from './lib/findings.ts';
import { FIXTURE_DIR, FIXTURE_ORIGIN, startFixtureSite } from './lib/fixtures.ts';
import { foreignResources, readSite } from './lib/links.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads each page and reports requests to other hosts, cookies and console errors. */
async function loadEveryPage(baseUrl: string, pages: readonly Pick<SitePage, 'path'>[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const tab = await openTab(browser);
  try {
    for (const { path } of pages) {
      await tab.context.clearCookies();
      const status = await tab.visit(`${baseUrl}${path}`);
      await tab.page.evaluate(async () => {
        for (const el of document.querySelectorAll('img[loading="lazy"], iframe[loading="lazy"]')) {
          el.setAttribute('loading', 'eager');
        }
        // Wait until every image has loaded or failed, so its request has surely been made.
        await Promise.all(
          [...document.images].map((img) =>
            img.complete
              ? undefined
              : new Promise((done) => {
                  img.addEventListener('load', done, { once: true });
                  img.addEventListener('error', done, { once: true });
                }),
          ),
        );
        await document.fonts.ready;
      });
      await tab.page.waitForLoadState('load');
      for (const url of new Set(tab.foreignRequests)) {
        findings.push({ page: path, rule: 'third-party-request', detail: url });
      }
      for (const cookie of await tab.context.cookies()) {
        findings.push({ page: path, rule: 'cookie', detail: `${cookie.name} (${cookie.domain})` });
      }
      // The 404 page answers with status 404 by design, which Chromium logs as a failed load.
      const errors = tab.consoleErrors.filter((e) => !(status === 404 && /\b404\b/u.test(e)));
      for (const error of errors) findings.push({ page: path, rule: 'console-error', detail: error });
    }
  } finally {
    await tab.close();
  }
  return findings;
}

describe('privacy', () => {
  test('no page of the built site references a resource on another host', async () => {
    const findings = await foreignResources(await readSite(siteUnderTest().dir));
    expect(lines(findings)).toEqual([]);
  });

  test('every page of the built site loads without contacting another host, setting a cookie or logging an error', async () => {
    const site = siteUnderTest();
    const pages = await listPages(site.dir);
    const started = Date.now();
    const findings = await loadEveryPage(site.url, pages);
    console.log(`[privacy] ${pages.length} pages loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(pages.length).toBeGreaterThan(0);
    expect(lines(findings)).toEqual([]);
  }, 600_000);

  test('it fails on a fixture page with a third-party font and tracking pixel, and passes the clean page', async () => {
    const referenced = await foreignResources(await readSite(FIXTURE_DIR, FIXTURE_ORIGIN));
    expect(lines(referenced)).toEqual([
      '/privacy/third-party/ — third-party-reference: link[rel=stylesheet]="https://fonts.example/css2?family=Roboto"',
      '/privacy/third-party/ — third-party-reference: img[src]="https://tracker.example/pixel.gif"',
    ]);

    const fixtures = await startFixtureSite();
    try {
      const loaded = await loadEveryPage(fixtures.url, [{ path: '/' }, { path: '/privacy/third-party/' }]);
      expect(rulesByPage(loaded)).toEqual({ '/privacy/third-party/': ['third-party-request'] });
      expect(lines(loaded).sort()).toEqual([
        '/privacy/third-party/ — third-party-request: https://fonts.example/css2?family=Roboto',
        '/privacy/third-party/ — third-party-request: https://tracker.example/pixel.gif',
      ]);
    } finally {
      await fixtures.close();
    }
  });
});

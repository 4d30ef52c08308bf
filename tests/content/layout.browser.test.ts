/**
 * Layout faults seen in the screenshots of every template (issue #15), checked as positions in Chromium on the
 * real site (`siteUnderTest()`), where a picture would only show them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { siteUnderTest } from '../helpers/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a report page on a phone', () => {
  it.for(['/berichte/kyf-papierlose-sozialverwaltung/', '/en/reports/kyf-papierlose-sozialverwaltung/'])(
    '%s leaves room between the facts box and the topics below it',
    async (url) => {
      const tab = await openPage(browser, `${siteUnderTest().url}${url}`, { viewport: { width: 390, height: 844 } });
      try {
        const gap = await tab.page.evaluate(() => {
          const facts = document.querySelector('aside.facts')!.getBoundingClientRect();
          const tags = document.querySelector('article .tags')!.getBoundingClientRect();
          return tags.top - facts.bottom;
        });
        expect(gap).toBeGreaterThanOrEqual(16);
        expect(tab.consoleErrors).toEqual([]);
      } finally {
        await tab.close();
      }
    },
  );
});

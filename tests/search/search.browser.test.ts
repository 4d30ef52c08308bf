/**
 * Search (issue #3) in a real browser, against the built and served site: the search page and the practice
 * directory on Pagefind's JS API, in German and English.
 *
 * Known content (content/): per language 3 good-practice entries — Rheingau-Taunus-Kreis and Main-Kinzig-Kreis
 * (Hessen), Kyffhäuserkreis (Thüringen) — and 4 reports, three of them about one of those districts and one
 * about none. Counts below follow from that.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openTab, type Tab } from '../helpers/browser.ts';
import { siteUnderTest } from '../helpers/site.ts';

const site = siteUnderTest();

let browser: Browser;
let reused: Tab;
beforeAll(async () => {
  browser = await launchBrowser();
  reused = await openTab(browser);
});
afterAll(async () => {
  await reused?.close();
  await browser?.close();
});

/**
 * The tab the tests share that neither count the index's files nor need other context options: a new browser
 * context starts a renderer (0.3–0.8 s CPU, and the index's WebAssembly compiled again), twenty times in this file.
 * Nothing of the search outlives its page (no storage, cookies or service worker), and every test begins with
 * `visit`, which loads its page afresh and empties the tab's lists of errors and third-party requests.
 * Tests that check which Pagefind files a page fetched, or that need the clipboard or no JavaScript, open a tab
 * of their own (`searchTab`).
 */
function sharedTab(): Tab {
  return { ...reused, close: async () => {} };
}

/** Opens a tab that records which Pagefind files it fetched. */
async function searchTab(options: Parameters<typeof openTab>[1] = {}): Promise<Tab & { pagefind: string[] }> {
  const tab = await openTab(browser, options);
  const pagefind: string[] = [];
  tab.page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/')) pagefind.push(path);
  });
  return Object.assign(tab, { pagefind });
}

/**
 * Waits until the app has rendered the given state (its canonical query string) and shown its filter counts,
 * which follow the results (the filter index loads after a first query's results).
 */
async function rendered(page: Page, state: string): Promise<void> {
  await page.waitForFunction((s) => {
    const app = document.querySelector('[data-search-app]');
    return app?.getAttribute('data-rendered') === s && app.getAttribute('data-counted') === s;
  }, state);
}

const resultUrls = (page: Page) =>
  page
    .locator('[data-results] > li h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const status = (page: Page) => page.locator('[data-status]').textContent();
const box = (page: Page, group: string, slug: string) => page.locator(`input[name="${group}"][value="${slug}"]`);
const countOf = async (page: Page, group: string, slug: string) =>
  (
    await page.locator(`label[for="${await box(page, group, slug).getAttribute('id')}"] [data-count]`).textContent()
  )?.trim();

describe('the search page (German)', () => {
  test('transfers nothing of the index before the first query, then finds the entry for a typed word', async () => {
    const tab = await searchTab();
    try {
      await tab.visit(`${site.url}/suche/`);
      expect(await status(tab.page)).toContain('Geben Sie ein Suchwort ein');
      expect(tab.pagefind).toEqual([]);

      await tab.page.locator('#search-q').pressSequentially('Sozialverwaltung');
      await rendered(tab.page, '?q=Sozialverwaltung');
      expect(tab.pagefind).toContain('/pagefind/pagefind.js');
      expect(tab.pagefind.some((p) => /\/pagefind\/pagefind\.de_\w+\.pf_meta$/u.test(p))).toBe(true);
      expect(await resultUrls(tab.page)).toContain('/praxis/papierlose-sozialverwaltung/');
      // The live region says how many results there are.
      expect(await tab.page.locator('[data-status]').getAttribute('role')).toBe('status');
      expect(await status(tab.page)).toMatch(/^\d+ Treffer für „Sozialverwaltung“$/u);
      // The typed word is marked in the card.
      expect(await tab.page.locator('[data-results] mark').first().textContent()).toMatch(/Sozialverwaltung/iu);
      expect(tab.consoleErrors).toEqual([]);
      expect(tab.foreignRequests).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('pasted words search at once, even a two-letter word such as "KI" that typing leaves for Enter', async () => {
    const tab = await searchTab({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await tab.visit(`${site.url}/suche/`);
      // Typed, two letters wait for Enter: nothing is searched.
      await tab.page.locator('#search-q').pressSequentially('KI');
      await tab.page.waitForTimeout(500);
      expect(await tab.page.locator('[data-search-app]').getAttribute('data-rendered')).not.toBe('?q=KI');
      // Pasted, the same word is searched without Enter.
      await tab.page.locator('#search-q').fill('');
      await tab.page.evaluate(() => navigator.clipboard.writeText('KI'));
      await tab.page.locator('#search-q').focus();
      await tab.page.keyboard.press('ControlOrMeta+V');
      await rendered(tab.page, '?q=KI');
      expect(await resultUrls(tab.page)).toContain('/projekte/smart-und-agil-statt-abgehaengt/');
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('finds umlaut words typed without umlauts: "Kyffhauser" and "Kyffhaeuser" find the Kyffhäuserkreis', async () => {
    const tab = sharedTab();
    try {
      for (const word of ['Kyffhauser', 'Kyffhaeuser']) {
        await tab.visit(`${site.url}/suche/?q=${word}`);
        await rendered(tab.page, `?q=${word}`);
        const urls = await resultUrls(tab.page);
        expect(urls).toContain('/praxis/papierlose-sozialverwaltung/');
        expect(urls).toContain('/kreise/kyffhaeuserkreis-16065/');
      }
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('filters: values in a group widen (OR), groups narrow (AND), counts stay true, the live region speaks', async () => {
    const tab = sharedTab();
    const { page } = tab;
    try {
      await tab.visit(`${site.url}/suche/`);
      // Before any interaction the counts are the build's: every good-practice entry and report.
      expect(await countOf(page, 'kind', 'gute-praxis')).toBe('(3)');
      expect(await countOf(page, 'kind', 'berichte')).toBe('(4)');

      await box(page, 'kind', 'gute-praxis').check();
      await rendered(page, '?kind=gute-praxis');
      expect(await resultUrls(page)).toHaveLength(3);
      expect(await status(page)).toBe('3 Treffer');
      expect(await countOf(page, 'state', 'hessen')).toBe('(2)');
      expect(await countOf(page, 'state', 'thueringen')).toBe('(1)');
      // The chosen group counts as if nothing were chosen in it: reports would still add 4.
      expect(await countOf(page, 'kind', 'berichte')).toBe('(4)');

      await box(page, 'state', 'thueringen').check();
      await rendered(page, '?kind=gute-praxis&state=thueringen');
      expect(await resultUrls(page)).toEqual(['/praxis/papierlose-sozialverwaltung/']);
      expect(await status(page)).toBe('1 Treffer');
      expect(await countOf(page, 'kind', 'berichte')).toBe('(1)');
      expect(await countOf(page, 'state', 'hessen')).toBe('(2)');

      await box(page, 'kind', 'berichte').check();
      await rendered(page, '?kind=berichte&kind=gute-praxis&state=thueringen');
      expect((await resultUrls(page)).sort()).toEqual([
        '/berichte/kyf-papierlose-sozialverwaltung/',
        '/praxis/papierlose-sozialverwaltung/',
      ]);
      expect(await countOf(page, 'state', 'hessen')).toBe('(4)');

      await box(page, 'state', 'hessen').check();
      await rendered(page, '?kind=berichte&kind=gute-praxis&state=hessen&state=thueringen');
      expect(await resultUrls(page)).toHaveLength(6);
      expect(await status(page)).toBe('6 Treffer');
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('the search lives in the URL: a shared link runs it, reload keeps it, back steps through it', async () => {
    const tab = sharedTab();
    const { page } = tab;
    try {
      await tab.visit(`${site.url}/suche/?q=Verwaltung&kind=gute-praxis&sort=date`);
      await rendered(page, '?q=Verwaltung&kind=gute-praxis&sort=date');
      expect(await page.locator('#search-q').inputValue()).toBe('Verwaltung');
      expect(await box(page, 'kind', 'gute-praxis').isChecked()).toBe(true);
      expect(await page.locator('select[name="sort"]').inputValue()).toBe('date');
      // Newest first: the three entries were published on 12, 11 and 10 February 2025.
      expect(await resultUrls(page)).toEqual([
        '/praxis/digital-aber-richtig/',
        '/praxis/digitalisierung-weiter-denken/',
        '/praxis/papierlose-sozialverwaltung/',
      ]);

      await box(page, 'state', 'thueringen').check();
      await rendered(page, '?q=Verwaltung&kind=gute-praxis&state=thueringen&sort=date');
      expect(new URL(page.url()).search).toBe('?q=Verwaltung&kind=gute-praxis&state=thueringen&sort=date');

      await page.reload();
      await rendered(page, '?q=Verwaltung&kind=gute-praxis&state=thueringen&sort=date');
      expect(await box(page, 'state', 'thueringen').isChecked()).toBe(true);
      expect(await resultUrls(page)).toEqual(['/praxis/papierlose-sozialverwaltung/']);

      await page.goBack();
      await rendered(page, '?q=Verwaltung&kind=gute-praxis&sort=date');
      expect(await box(page, 'state', 'thueringen').isChecked()).toBe(false);
      expect(await resultUrls(page)).toHaveLength(3);
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('works with the keyboard alone: type, filter, open a result', async () => {
    const tab = sharedTab();
    const { page } = tab;
    try {
      await tab.visit(`${site.url}/suche/`);
      const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? '');
      const tabTo = async (predicate: () => Promise<boolean>) => {
        for (let i = 0; i < 80 && !(await predicate()); i++) await page.keyboard.press('Tab');
        expect(await predicate()).toBe(true);
      };
      await tabTo(async () => (await focused()) === 'search-q');
      await page.keyboard.type('Verwaltung');
      await rendered(page, '?q=Verwaltung');

      const practiceBox = await box(page, 'kind', 'gute-praxis').getAttribute('id');
      await tabTo(async () => (await focused()) === practiceBox);
      await page.keyboard.press('Space');
      await rendered(page, '?q=Verwaltung&kind=gute-praxis');
      expect(await resultUrls(page)).toHaveLength(3);

      await tabTo(() => page.evaluate(() => !!document.activeElement?.closest('[data-results]')));
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
      await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
      expect(href).toMatch(/^\/praxis\/[\w-]+\/$/u);
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('says so when nothing is found, and suggests what to do', async () => {
    const tab = sharedTab();
    try {
      await tab.visit(`${site.url}/suche/?q=Xylophonorchester`);
      await rendered(tab.page, '?q=Xylophonorchester');
      expect(await status(tab.page)).toBe('Keine Treffer für „Xylophonorchester“');
      expect(await tab.page.locator('[data-results]').textContent()).toContain('Versuchen Sie ein anderes Wort');
      expect(await tab.page.locator('button[data-more-results]').isVisible()).toBe(false);
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('a word no page contains is not claimed as found: the pages with a shorter word are shown as similar', async () => {
    // Pagefind falls back to the longest indexed word the query begins with ("Bürger"); see prefixFallback.ts.
    const tab = sharedTab();
    try {
      await tab.visit(`${site.url}/suche/?q=Bürgerbüro`);
      await rendered(tab.page, `?q=${encodeURIComponent('Bürgerbüro')}`);
      expect(await status(tab.page)).toMatch(
        /^Keine Treffer für „Bürgerbüro“ – \d+ Einträge mit dem ähnlichen Wort „Bürger“$/u,
      );
      expect(await tab.page.locator('[data-results]').getAttribute('data-similar')).toBe('');
      // The similar pages lose the accent that marks a match.
      const border = await tab.page
        .locator('[data-results] .result')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopStyle);
      expect(border).toBe('dashed');
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test.for([
    ['Bürger', '/praxis/digital-aber-richtig/'],
    ['Sozialverwaltung', '/praxis/papierlose-sozialverwaltung/'],
    ['OZG', '/praxis/digitalisierung-weiter-denken/'],
    // Inflected, and being typed: found, not similar.
    ['Landkreise', '/kreise/kyffhaeuserkreis-16065/'],
    ['Sozialverw', '/praxis/papierlose-sozialverwaltung/'],
  ])('"%s" is found as before, as matches', async ([word, url]) => {
    const tab = sharedTab();
    try {
      await tab.visit(`${site.url}/suche/?q=${encodeURIComponent(word!)}`);
      await rendered(tab.page, `?q=${encodeURIComponent(word!)}`);
      expect(await status(tab.page)).toMatch(new RegExp(`^\\d+ Treffer für „${word}“$`, 'u'));
      expect(await resultUrls(tab.page)).toContain(url);
      expect(await tab.page.locator('[data-results]').getAttribute('data-similar')).toBeNull();
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('a long filter group unfolds and folds with its button, and results do not take the button over', async () => {
    const tab = sharedTab();
    const { page } = tab;
    try {
      await tab.visit(`${site.url}/suche/?q=Verwaltung`);
      await rendered(page, '?q=Verwaltung');
      const topics = page.locator('.facet[data-group="topic"]');
      const more = topics.locator('button.facet__more');
      const visible = () => topics.locator('.facet__value:visible').count();
      const all = await topics.locator('.facet__value').count();
      expect(all).toBeGreaterThan(6);
      expect(await visible()).toBe(6);
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      expect(await visible()).toBe(all);
      await page.keyboard.press('Enter');
      expect(await visible()).toBe(6);
      expect(await more.isVisible()).toBe(true);
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('the header search box of a content page lands on the search page with the words', async () => {
    const tab = sharedTab();
    try {
      await tab.visit(`${site.url}/praxis/papierlose-sozialverwaltung/`);
      // Content pages ship no JavaScript and load nothing of the search.
      expect(await tab.page.locator('script[src], script[type="module"]').count()).toBe(0);
      await tab.page.locator('#site-search-q').fill('Kyffhäuserkreis');
      await Promise.all([tab.page.waitForURL('**/suche/?q=*'), tab.page.locator('#site-search-q').press('Enter')]);
      await rendered(tab.page, `?q=${encodeURIComponent('Kyffhäuserkreis')}`);
      expect(await resultUrls(tab.page)).toContain('/kreise/kyffhaeuserkreis-16065/');
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe('the search page (English)', () => {
  test('searches the English index only', async () => {
    const tab = await searchTab();
    try {
      await tab.visit(`${site.url}/en/search/`);
      await tab.page.locator('#search-q').pressSequentially('paperless');
      await rendered(tab.page, '?q=paperless');
      const urls = await resultUrls(tab.page);
      expect(urls).toContain('/en/practices/paperless-social-administration/');
      expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
      expect(tab.pagefind.some((p) => /pagefind\.en_\w+\.pf_meta$/u.test(p))).toBe(true);
      expect(tab.pagefind.some((p) => /pagefind\.de_/u.test(p))).toBe(false);
      expect(await status(tab.page)).toMatch(/^\d+ results? for “paperless”$/u);

      await box(tab.page, 'state', 'thuringia').check();
      await rendered(tab.page, '?q=paperless&state=thuringia');
      expect(await resultUrls(tab.page)).toContain('/en/practices/paperless-social-administration/');
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('a word on no page is not claimed as found; a word on pages is', async () => {
    const tab = sharedTab();
    try {
      await tab.visit(`${site.url}/en/search/?q=citizenoffice`);
      await rendered(tab.page, '?q=citizenoffice');
      expect(await status(tab.page)).toMatch(
        /^No results for “citizenoffice” – \d+ entries with the similar word “citizen”$/u,
      );
      await tab.visit(`${site.url}/en/search/?q=citizen`);
      await rendered(tab.page, '?q=citizen');
      expect(await status(tab.page)).toMatch(/^\d+ results for “citizen”$/u);
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

describe('the practice directory', () => {
  test('without JavaScript: the complete list and static facet pages', async () => {
    const tab = await searchTab({ javaScriptEnabled: false });
    const { page } = tab;
    try {
      await tab.visit(`${site.url}/praxis/`);
      expect(await page.locator('[data-static] .card').count()).toBe(3);
      expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
      await Promise.all([
        page.waitForURL('**/praxis/land/thueringen/'),
        page.getByRole('link', { name: 'Thüringen' }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toContain('Thüringen');
      const links = await page
        .locator('[data-static] .card h3 a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links).toEqual(['/praxis/papierlose-sozialverwaltung/']);
      expect(await page.getByRole('link', { name: 'Thüringen' }).getAttribute('aria-current')).toBe('page');
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('with JavaScript: filters combine at once on the index, in the URL, with back and reload', async () => {
    const tab = await searchTab();
    const { page } = tab;
    try {
      await tab.visit(`${site.url}/praxis/`);
      expect(tab.pagefind).toEqual([]);
      expect(await page.locator('.facet-links').isVisible()).toBe(false);
      expect(await countOf(page, 'state', 'hessen')).toBe('(2)');

      await box(page, 'state', 'thueringen').check();
      await rendered(page, '?state=thueringen');
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/praxis/?state=thueringen');
      expect(await resultUrls(page)).toEqual(['/praxis/papierlose-sozialverwaltung/']);
      expect(await status(page)).toBe('1 Eintrag');
      expect(await page.locator('[data-static]').isVisible()).toBe(false);

      await box(page, 'state', 'hessen').check();
      await rendered(page, '?state=hessen&state=thueringen');
      expect(await resultUrls(page)).toHaveLength(3);
      expect(await status(page)).toBe('3 Einträge');
      // Counts of other groups follow the chosen states; sizes are one district each.
      expect(await countOf(page, 'size', 'unter-100-000')).toBe('(1)');

      await box(page, 'size', 'unter-100-000').check();
      await rendered(page, '?state=hessen&state=thueringen&size=unter-100-000');
      expect(await resultUrls(page)).toEqual(['/praxis/papierlose-sozialverwaltung/']);

      await page.goBack();
      await rendered(page, '?state=hessen&state=thueringen');
      expect(await box(page, 'size', 'unter-100-000').isChecked()).toBe(false);
      await page.reload();
      await rendered(page, '?state=hessen&state=thueringen');
      expect(await resultUrls(page)).toHaveLength(3);
      expect(tab.consoleErrors).toEqual([]);
      expect(tab.foreignRequests).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  test('a facet page starts with its value chosen and widens from there', async () => {
    const tab = await searchTab();
    const { page } = tab;
    try {
      await tab.visit(`${site.url}/en/practices/state/thuringia/`);
      expect(await box(page, 'state', 'thuringia').isChecked()).toBe(true);
      expect(tab.pagefind).toEqual([]);
      await box(page, 'state', 'hesse').check();
      await rendered(page, '?state=hesse&state=thuringia');
      expect(new URL(page.url()).pathname).toBe('/en/practices/');
      expect(await resultUrls(page)).toHaveLength(3);
      expect((await resultUrls(page)).every((u) => u.startsWith('/en/practices/'))).toBe(true);
      expect(await status(page)).toBe('3 entries');
      expect(tab.consoleErrors).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

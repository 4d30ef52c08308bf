/**
 * The faults a new reader met on the built site (issue #15), each checked where the reader meets it: list cards,
 * navigation and facets, contacts, similar districts, search excerpts and dates, empty fields, the footer and
 * the map. The real site is the one tests/setup/globalSetup.ts builds (`siteUnderTest()`); entries without
 * sources come from a small corpus built here.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Build } from '../editor/build.ts';
import { practice, writeCorpus } from '../editor/corpus.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { listPages } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';

let browser: Browser;
let noSources: Build;
let noSourcesRoot: string;

beforeAll(async () => {
  browser = await launchBrowser();
  noSourcesRoot = writeCorpus({ 'practices/de/ohne-quellen.mdx': practice({ title: 'Ohne Quellen' }) });
  noSources = await build(noSourcesRoot, { PRAXIS_OG: '0' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (noSources) rmSync(noSources.tmp, { recursive: true, force: true });
  if (noSourcesRoot) rmSync(noSourcesRoot, { recursive: true, force: true });
});

const html = (dir: string, url: string) =>
  readFileSync(url.endsWith('.html') ? join(dir, url) : join(dir, url, 'index.html'), 'utf8');
const all = (root: ReturnType<typeof parseDocument>, test: (e: Element) => boolean) =>
  DomUtils.findAll(test, root.children);
const hasClass = (e: Element | undefined, name: string) => (e?.attribs?.class ?? '').split(/\s+/u).includes(name);
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/gu, ' ').trim();

const LIST_PAGES = [
  '/blog/',
  '/projekte/',
  '/berichte/',
  '/personen/',
  '/themen/sozialverwaltung/',
  '/handlungsfelder/soziales/',
  '/en/blog/',
  '/en/reports/',
  '/en/topics/sozialverwaltung/',
];

describe('list cards', () => {
  it('give their titles at level 2 the card title style, as the level-3 titles on the home page', () => {
    const { dir } = siteUnderTest();
    for (const url of LIST_PAGES) {
      const doc = parseDocument(html(dir, url));
      const titles = all(doc, (e) => e.name === 'h2' && (e.parent as Element | null)?.name === 'article');
      expect(titles.length, url).toBeGreaterThan(0);
      for (const h of titles) expect(hasClass(h, 'card__title'), `${url}: ${text(h)}`).toBe(true);
    }
  });

  it('look like the home page’s cards, are clickable as a whole and break titles only between words', async () => {
    const { url } = siteUnderTest();
    for (const width of [390, 1280]) {
      const tab = await openPage(browser, `${url}/`, { viewport: { width, height: 900 } });
      const homeTitle = await tab.page
        .locator('article.card h3')
        .first()
        .evaluate((h) => getComputedStyle(h).fontSize);
      await tab.visit(`${url}/blog/`);
      const card = tab.page.locator('article.card', { hasText: 'interkommunal.digital.wirken' });
      const title = card.locator('h2');
      expect(await title.evaluate((h) => getComputedStyle(h).fontSize)).toBe(homeTitle);
      expect(await title.locator('a').evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
      // Where the title's lines break: never between two letters (as "digita|l.wirken" did).
      const breaks = await title.evaluate((h) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
        const chars: { ch: string; top: number }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (rect) chars.push({ ch: node.textContent![i]!, top: Math.round(rect.top) });
          }
        }
        for (let i = 1; i < chars.length; i++) {
          const [a, b] = [chars[i - 1]!, chars[i]!];
          if (b.top > a.top && /\p{L}/u.test(a.ch) && /\p{L}/u.test(b.ch)) found.push(`${a.ch}|${b.ch}`);
        }
        return found;
      });
      expect(breaks, `at ${width} px`).toEqual([]);
      // A click on the teaser (not on the title) opens the entry.
      const href = await title.locator('a').getAttribute('href');
      // (With the mouse: the title link's cover lies over the teaser, which Playwright's own click refuses.)
      await card.locator('.teaser').scrollIntoViewIfNeeded();
      const teaser = (await card.locator('.teaser').boundingBox())!;
      await Promise.all([
        tab.page.waitForURL(`**${href}`),
        tab.page.mouse.click(teaser.x + teaser.width / 2, teaser.y + teaser.height / 2),
      ]);
      await tab.close();
    }
  });
});

describe('navigation and facets', () => {
  const hasEntries = (dir: string, url: string) => {
    const doc = parseDocument(html(dir, url));
    return all(doc, (e) => (e.name === 'article' && hasClass(e, 'card')) || (e.name === 'tr' && e.parent?.type === 'tag' && (e.parent as Element).name === 'tbody')).length > 0;
  };

  it('link only sections that have published entries', () => {
    const { dir } = siteUnderTest();
    for (const home of ['/', '/en/']) {
      const doc = parseDocument(html(dir, home));
      const nav = all(doc, (e) => e.name === 'nav' && hasClass(e, 'site-nav'))[0]!;
      const links = DomUtils.findAll((e) => e.name === 'a', nav.children).map((a) => a.attribs.href!);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(hasEntries(dir, link), `${home} links ${link}`).toBe(true);
    }
  });

  it('link only topics and fields with entries, each with its count', () => {
    const { dir } = siteUnderTest();
    for (const page of ['/handlungsfelder/', '/themen/', '/en/fields/', '/en/topics/']) {
      const doc = parseDocument(html(dir, page));
      const cards = all(doc, (e) => e.name === 'li' && hasClass(e, 'card'));
      expect(cards.length, page).toBeGreaterThan(0);
      for (const card of cards) {
        const link = DomUtils.findOne((e) => e.name === 'a', card.children);
        const count = /(\d+) (Einträge?|entry|entries)/u.exec(text(card));
        if (link) {
          expect(count, `${page}: ${text(card)}`).not.toBeNull();
          expect(hasEntries(dir, link.attribs.href!), `${page} links ${link.attribs.href}`).toBe(true);
        } else expect(text(card), page).toMatch(/noch keine Einträge|no entries yet/u);
      }
    }
    for (const home of ['/', '/en/']) {
      const doc = parseDocument(html(dir, home));
      // The topic and field tags beside the map.
      const tags = all(doc, (e) => e.name === 'a' && hasClass(e.parent?.parent as Element, 'tags--large'));
      expect(tags.length, home).toBeGreaterThan(0);
      for (const a of tags) {
        expect(text(a), home).toMatch(/\(\d+\)$/u);
        expect(hasEntries(dir, a.attribs.href!), `${home} links ${a.attribs.href}`).toBe(true);
      }
    }
  });
});

describe('contacts', () => {
  it('are real mailto: and tel: links, nowhere spelled "[at] … [dot]"', async () => {
    const { dir } = siteUnderTest();
    const doc = parseDocument(html(dir, '/personen/samuel-greef/'));
    const hrefs = all(doc, (e) => e.name === 'a').map((a) => a.attribs.href);
    expect(hrefs).toContain('mailto:greef@uni-kassel.de');
    expect(hrefs).toContain('tel:+495618043439');
    for (const page of await listPages(dir)) {
      expect(readFileSync(page.file, 'utf8'), page.path).not.toMatch(/\[at\]|\[dot\]/u);
    }
  });
});

describe('districts like this one', () => {
  const similarSection = (dir: string, url: string) => {
    const doc = parseDocument(html(dir, url));
    return all(doc, (e) => e.name === 'section' && e.attribs['aria-labelledby'] === 'd-similar')[0];
  };

  it('are the nearest of all 401 districts, within a bound, each with the reason, linked only where there is a page', () => {
    const { dir } = siteUnderTest();
    for (const url of ['/kreise/kyffhaeuserkreis-16065/', '/en/districts/kyffhaeuserkreis-16065/']) {
      const section = similarSection(dir, url);
      expect(section, url).toBeDefined();
      const items = DomUtils.findAll((e) => e.name === 'li', section!.children);
      expect(items.length).toBeGreaterThan(0);
      for (const li of items) {
        expect(text(li)).not.toMatch(/Rheingau-Taunus|Main-Kinzig/u);
        // The reason: how many people and how dense, and by how much they differ.
        expect(text(li)).toMatch(/[+−±]\d+ %.*[+−±]\d+ %/u);
      }
      for (const a of DomUtils.findAll((e) => e.name === 'a', section!.children)) {
        expect(() => html(dir, a.attribs.href!), a.attribs.href).not.toThrow();
      }
    }
  });

  it('state the figures’ reference date where they are shown', () => {
    const { dir } = siteUnderTest();
    expect(text(parseDocument(html(dir, '/kreise/kyffhaeuserkreis-16065/')) as unknown as Element)).toMatch(
      /75\.009 Einwohnerinnen und Einwohnern \(Stand 31\. Dezember 2018\)/u,
    );
    expect(text(parseDocument(html(dir, '/en/districts/kyffhaeuserkreis-16065/')) as unknown as Element)).toMatch(
      /population of 75,009 \(as of 31 December 2018\)/u,
    );
    expect(text(parseDocument(html(dir, '/kreise/')) as unknown as Element)).toMatch(/Einwohner \(31\. Dezember 2018\)/u);
  });
});

describe('search', () => {
  /** Pagefind's fragments: what the index holds per page (its text and metadata). */
  const fragments = (dir: string) =>
    readdirSync(join(dir, 'pagefind/fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, 'pagefind/fragment', name)))
            .toString('utf8')
            .slice('pagefind_dcd'.length),
        ) as { url: string; content: string; meta: Record<string, string> },
    );

  it('indexes a report’s facts as filters and metadata, not as text, and dates it by its own year', () => {
    const { dir } = siteUnderTest();
    const reports = fragments(dir).filter((f) => /^\/(en\/reports|berichte)\/./u.test(f.url));
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      expect(r.content, r.url).not.toMatch(/Herausgeber|Publisher|In der Quelle nicht angegeben|Not stated|Bib ?TeX/u);
      if (r.meta.date !== undefined) expect(r.meta.date, r.url).toMatch(/^\d{4}$/u);
    }
  });
});

describe('empty fields', () => {
  it('say "not stated", and "not stated in the source" only where the entry has sources', () => {
    expect(noSources.code, noSources.output.slice(-2000)).toBe(0);
    const page = html(noSources.outDir, '/praxis/ohne-quellen/');
    expect(page).toContain('Nicht angegeben');
    expect(page).not.toContain('In der Quelle nicht angegeben');
    const { dir } = siteUnderTest();
    expect(html(dir, '/praxis/papierlose-sozialverwaltung/')).toContain('In der Quelle nicht angegeben');
  });
});

describe('the footer', () => {
  it('names the site once: "Praxisdialog sammelt …"', () => {
    const { dir } = siteUnderTest();
    for (const [url, start] of [
      ['/', 'Praxisdialog sammelt'],
      ['/en/', 'Praxisdialog collects'],
    ] as const) {
      const doc = parseDocument(html(dir, url));
      const about = all(doc, (e) => hasClass(e, 'site-footer__about'))[0]!;
      expect(text(about)).toMatch(new RegExp(`^${start}`, 'u'));
    }
  });
});

describe('the map', () => {
  it('has labels legible on a phone, none over another district’s dot', async () => {
    const { url } = siteUnderTest();
    for (const page of ['/', '/kreise/']) {
      const tab = await openPage(browser, `${url}${page}`, { viewport: { width: 390, height: 844 } });
      const found = await tab.page.locator('figure.map svg').evaluate((svg) => {
        const overlap = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const frame = svg.getBoundingClientRect();
        const links = Array.from(svg.querySelectorAll('a'));
        const labels = links.map((a) => a.querySelector('text')).filter((t): t is SVGTextElement => t !== null);
        const problems: string[] = [];
        for (const label of labels) {
          const box = label.getBoundingClientRect();
          // The rendered text height is the font size times the SVG's scale.
          const size = parseFloat(getComputedStyle(label).fontSize) * (frame.width / (svg as SVGSVGElement).viewBox.baseVal.width);
          if (size < 14) problems.push(`${label.textContent}: ${size.toFixed(1)} px`);
          if (box.left < frame.left || box.right > frame.right) problems.push(`${label.textContent}: outside the map`);
          for (const a of links) {
            const dot = a.querySelector('circle')!.getBoundingClientRect();
            if (a !== label.parentElement && overlap(box, dot)) {
              problems.push(`${label.textContent} covers the dot of ${a.getAttribute('aria-label')}`);
            }
          }
        }
        return { count: labels.length, problems };
      });
      expect(found.count, page).toBeGreaterThan(0);
      expect(found.problems, page).toEqual([]);
      await tab.close();
    }
  });
});

/**
 * Visual regression: one picture per template (tests/visual/shots.ts) at 390 and 1280 px, light and dark,
 * compared pixel by pixel with the baselines in tests/visual/baselines/.
 *
 *   npm run test:visual             compare; on a difference, test-results/visual/index.html shows
 *                                   baseline, new picture and diff side by side
 *   npm run test:visual:update      accept the new pictures as baselines (look at the report first)
 *   PRAXIS_VISUAL_SITE=<dir> …      photograph an existing build instead of building one
 *
 * The site is built here with a fixed PRAXIS_NOW (what is published does not depend on the day) and no
 * social images (they are not on the pages). Rendering is pinned so that repeated runs give the same pixels
 * on one machine: the site's own web fonts (document.fonts.ready), device scale 1, no font hinting, no
 * LCD anti-aliasing, sRGB colour, no scrollbars, animations and the caret off, lazy images loaded before
 * the picture. Another machine (another Chromium, other system libraries) may render text differently —
 * and so does the full `chromium` against its headless shell (tests/helpers/browser.ts), which took the
 * baselines: take them with the Chromium and on the machine that runs the tests.
 *
 * The machine's cores are the limit in CI, so the pictures are taken one after another with as little work
 * as gives the same pixels: a page is loaded once per width and language and photographed light, then dark
 * (see tabFor). Taking them a few at a time did not shorten a full CI run. A screenshot that is byte for byte
 * the one its baseline was made from (baselines/captures.json, written with the baselines) passes without
 * being quantised and compared pixel by pixel (compare.ts: sameAsRecorded); any other is compared.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser.ts';
import { buildTestSite, REPO_ROOT } from '../setup/buildSite.ts';
import { comparePngs, sameAsRecorded, sha256, toStoredPng, type CaptureRecord } from './compare.ts';
import { MAX_HEIGHT, SCHEMES, SHOTS, VIEWPORTS } from './shots.ts';

const BASELINES = join(REPO_ROOT, 'tests/visual/baselines');
/** Per picture, the screenshot its baseline was made from (compare.ts: sameAsRecorded), by hash. */
const CAPTURES = join(BASELINES, 'captures.json');
const REPORT = join(REPO_ROOT, 'test-results/visual');
const UPDATE = process.env.UPDATE_VISUAL === '1';
/** The build's "today" for the pictures. */
export const VISUAL_NOW = '2026-12-01';

/** Flags that make Chromium draw the same pixels every time (on top of the tests' usual flags). */
const PINNED_ARGS = [
  '--font-render-hinting=none',
  '--disable-lcd-text',
  '--disable-font-subpixel-positioning',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
];

const STILL = `*, *::before, *::after {
  animation: none !important; transition: none !important; caret-color: transparent !important;
  scroll-behavior: auto !important; }`;

let browser: Browser;
let server: StaticServer;
let captures: Record<string, CaptureRecord> = {};
const failures: { name: string; differing: number; note: string }[] = [];
/** Pictures that were the very screenshot of their baseline, and pictures compared pixel by pixel. */
const tally = { recorded: 0, compared: 0 };

beforeAll(async () => {
  let builtDir = process.env.PRAXIS_VISUAL_SITE?.trim();
  if (!builtDir) {
    process.env.PRAXIS_NOW = VISUAL_NOW;
    process.env.PRAXIS_OG = '0';
    builtDir = await buildTestSite(join(REPO_ROOT, `.cache/visual-site-${process.pid}`));
  }
  server = await startStaticServer(builtDir);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...PINNED_ARGS] });
  await rm(REPORT, { recursive: true, force: true });
  await mkdir(BASELINES, { recursive: true });
  if (existsSync(CAPTURES)) captures = JSON.parse(await readFile(CAPTURES, 'utf8')) as Record<string, CaptureRecord>;
}, 300_000);

afterAll(async () => {
  if (!UPDATE) {
    console.log(
      `[visual] ${tally.recorded + tally.compared} pictures: ${tally.recorded} the very screenshot of their ` +
        `baseline, ${tally.compared} compared pixel by pixel`,
    );
  }
  if (UPDATE) {
    const sorted = Object.fromEntries(Object.entries(captures).sort(([a], [b]) => a.localeCompare(b)));
    await writeFile(CAPTURES, `${JSON.stringify(sorted, null, 2)}\n`);
  }
  await browser?.close();
  await server?.close();
  if (!process.env.PRAXIS_VISUAL_SITE) {
    await rm(join(REPO_ROOT, `.cache/visual-site-${process.pid}`), { recursive: true, force: true });
  }
  if (failures.length > 0) await writeReport();
});

/**
 * One tab per viewport and language, kept for the whole run: a page is loaded once and photographed in
 * light and dark mode, the scheme switched in place (the pages' dark mode is CSS only). A fresh context per
 * picture cost a renderer start and a load each time, the larger part of the test's CPU.
 */
interface Tab {
  page: Page;
  /** The page's DevTools session, for the screenshot (see photograph). */
  cdp: CDPSession;
  /** The URL shown (undefined until a load has settled) and the colour scheme emulated. */
  url?: string;
  scheme?: Scheme;
}
type Scheme = (typeof SCHEMES)[number];
type Viewport = (typeof VIEWPORTS)[number];
const tabs = new Map<string, Promise<Tab>>();

function tabFor(viewport: Viewport, locale: string): Promise<Tab> {
  const key = `${viewport.name} ${locale}`;
  let tab = tabs.get(key);
  if (!tab) {
    tab = (async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
        locale,
        timezoneId: 'Europe/Berlin',
        // The test's own style tag (animations and caret off) is inline; the pages' CSP rightly refuses it.
        bypassCSP: true,
      });
      const page = await context.newPage();
      return { page, cdp: await context.newCDPSession(page) };
    })();
    tabs.set(key, tab);
  }
  return tab;
}

/** Waits until the page has its fonts, images and (on search pages) the results it will show. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const img of Array.from(document.images)) img.loading = 'eager';
    await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
  });
  // The search page renders its results (and, where its filters are open, their counts) after loading; the
  // directory shows its server-rendered list until the reader filters, so there is nothing to wait for there.
  if (await page.$('[data-search-app][data-mode="search"]')) {
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-search-app]') as HTMLElement;
      const facets = el.querySelector('.facets');
      const counting = facets instanceof HTMLElement && facets.checkVisibility();
      return el.dataset.rendered !== undefined && (!counting || el.dataset.counted === el.dataset.rendered);
    });
    // Result cards bring their thumbnails.
    await page.evaluate(() =>
      Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined))),
    );
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: layout after the last font swap has been painted.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

async function photograph(url: string, viewport: Viewport, scheme: Scheme) {
  const tab = await tabFor(viewport, url.startsWith('/en/') ? 'en-GB' : 'de-DE');
  const { page } = tab;
  if (tab.scheme !== scheme) {
    await page.emulateMedia({ colorScheme: scheme });
    tab.scheme = scheme;
    // A page already shown only repaints; settle() waits for what the other scheme may load.
    if (tab.url === url) await settle(page);
  }
  if (tab.url !== url) {
    tab.url = undefined;
    const response = await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
    expect(response?.status(), `${url} did not load`).toBeLessThan(400);
    await page.addStyleTag({ content: STILL });
    await settle(page);
    tab.url = url;
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // Chromium's own screenshot call, as page.screenshot({ fullPage, clip }) makes it, but with its fastest PNG
  // compression: the same pixels for about 40 % less CPU (Playwright's own style for caret and animations,
  // injected and removed per picture, is not needed: STILL does both).
  const { data } = await tab.cdp.send('Page.captureScreenshot', {
    format: 'png',
    clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT), scale: 1 },
    captureBeyondViewport: true,
    optimizeForSpeed: true,
  });
  return Buffer.from(data, 'base64');
}

describe('what readers see matches the baselines', () => {
  for (const shot of SHOTS) {
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        const name = `${shot.id}-${viewport.name}-${scheme}`;
        test(`${shot.url} at ${viewport.width} px, ${scheme}`, async () => {
          const screenshot = await photograph(shot.url, viewport, scheme);
          const file = join(BASELINES, `${name}.png`);
          if (UPDATE) {
            const baseline = await toStoredPng(screenshot);
            await writeFile(file, baseline);
            captures[name] = { capture: sha256(screenshot), baseline: sha256(baseline) };
            return;
          }
          const baseline = existsSync(file) ? await readFile(file) : undefined;
          if (baseline && sameAsRecorded(captures[name], screenshot, baseline)) {
            tally.recorded++;
            return;
          }
          tally.compared++;
          // Compressed only when it becomes a baseline: the comparison sees the same pixels either way.
          const actual = await toStoredPng(screenshot, false);
          if (!baseline) {
            await saveForReport(name, actual);
            failures.push({ name, differing: -1, note: 'no baseline yet' });
            throw new Error(`No baseline ${file}; look at the picture, then run npm run test:visual:update`);
          }
          const result = await comparePngs(baseline, actual);
          if (result.differing > 0) {
            await saveForReport(name, actual, result.diff, baseline);
            const size = result.baselineSize
              ? `size ${result.baselineSize.width}×${result.baselineSize.height} → ${result.width}×${result.height}`
              : '';
            failures.push({ name, differing: result.differing, note: size });
          }
          expect(
            result.differing,
            `${name}: ${result.differing} pixels differ from the baseline ${result.baselineSize ? '(and the size changed) ' : ''}` +
              `— see test-results/visual/index.html; accept with npm run test:visual:update`,
          ).toBe(0);
        });
      }
    }
  }
});

async function saveForReport(name: string, actual: Buffer, diff?: Buffer, baseline?: Buffer): Promise<void> {
  await mkdir(REPORT, { recursive: true });
  await writeFile(join(REPORT, `${name}.actual.png`), actual);
  if (diff) await writeFile(join(REPORT, `${name}.diff.png`), diff);
  if (baseline) await writeFile(join(REPORT, `${name}.baseline.png`), baseline);
}

async function writeReport(): Promise<void> {
  const rows = failures
    .map(({ name, differing, note }) => {
      const img = (kind: string) =>
        existsSync(join(REPORT, `${name}.${kind}.png`))
          ? `<figure><img src="${name}.${kind}.png" alt="${kind}" loading="lazy"><figcaption>${kind}</figcaption></figure>`
          : '';
      return `<section><h2>${name}</h2><p>${differing < 0 ? '' : `${differing} pixels differ`} ${note}</p>
<div class="row">${img('baseline')}${img('actual')}${img('diff')}</div></section>`;
    })
    .join('\n');
  await writeFile(
    join(REPORT, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Visual differences</title>
<style>body{font-family:sans-serif;margin:1rem}.row{display:flex;gap:1rem;align-items:flex-start}
figure{margin:0;flex:1}img{max-width:100%;border:1px solid #999}</style>
<h1>Visual differences (${failures.length})</h1>
<p>Accept the new pictures with <code>npm run test:visual:update</code> once they are right.</p>
${rows}</html>\n`,
  );
}

/**
 * Gate (issue #7.5, budgets): content pages execute no JavaScript, and every page loads no more HTML, CSS,
 * fonts, images and scripts than the budget of its kind in tests/gates/budgets.ts. The test prints what each
 * kind needs now, so the budgets can be reviewed against real figures.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { listPages, PAGE_KINDS, pageKind, samplePages, type PageKind } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { BUDGETS, isInteractive } from './budgets.ts';
import { lines, type Finding } from './lib/findings.ts';
import { FIXTURE_DIR, FIXTURE_ORIGIN, startFixtureSite } from './lib/fixtures.ts';
import { readSite } from './lib/links.ts';
import { openWeightMeter, overBudget, RESOURCE_CLASSES, scriptsOutOfPlace, type Weight } from './lib/weight.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A table of the largest page of each kind, per resource class. */
function table(largest: Map<PageKind, { pages: number; max: Weight; where: Partial<Record<string, string>> }>): string {
  const rows = [
    `${'kind'.padEnd(9)} ${'pages'.padStart(5)} ${RESOURCE_CLASSES.map((c) => c.padStart(8)).join(' ')}  largest html`,
  ];
  for (const kind of PAGE_KINDS) {
    const entry = largest.get(kind);
    if (!entry) continue;
    const cells = RESOURCE_CLASSES.map((c) => String(entry.max[c]).padStart(8)).join(' ');
    rows.push(`${kind.padEnd(9)} ${String(entry.pages).padStart(5)} ${cells}  ${entry.where.html ?? ''}`);
  }
  return rows.join('\n');
}

describe('budgets', () => {
  test('content pages run no JavaScript; only the pages declared interactive may', async () => {
    const site = await readSite(siteUnderTest().dir);
    expect(lines(scriptsOutOfPlace(site.pages, isInteractive))).toEqual([]);
  });

  test('every page of the built site stays within the byte budget of its kind', async () => {
    const site = siteUnderTest();
    const pages = samplePages(await listPages(site.dir), 300);
    const meter = await openWeightMeter(browser);
    const findings: Finding[] = [];
    const largest = new Map<PageKind, { pages: number; max: Weight; where: Partial<Record<string, string>> }>();
    const started = Date.now();
    try {
      for (const { path } of pages) {
        const kind = pageKind(path);
        const { weight } = await meter.measure(`${site.url}${path}`);
        findings.push(...overBudget(path, kind, weight, BUDGETS[kind]));
        const entry = largest.get(kind) ?? { pages: 0, max: { ...weight }, where: {} };
        entry.pages++;
        for (const c of RESOURCE_CLASSES) {
          if (weight[c] >= entry.max[c]) {
            entry.max[c] = weight[c];
            entry.where[c] = path;
          }
        }
        largest.set(kind, entry);
      }
    } finally {
      await meter.close();
    }
    console.log(
      `[budgets] ${pages.length} pages measured in ${((Date.now() - started) / 1000).toFixed(1)} s; bytes of the largest page per kind:\n${table(largest)}`,
    );
    expect(pages.length).toBeGreaterThan(0);
    expect(lines(findings)).toEqual([]);
  }, 600_000);

  test('it fails on a fixture content page with a script, but not on the newsletter page', async () => {
    const site = await readSite(FIXTURE_DIR, FIXTURE_ORIGIN);
    const pages = site.pages.filter((p) => ['/', '/budgets/script/', '/newsletter/'].includes(p.path));
    expect(lines(scriptsOutOfPlace(pages, isInteractive))).toEqual([
      '/budgets/script/ — script-on-content-page: onclick attribute on <button>',
      '/budgets/script/ — script-on-content-page: <script> with 44 characters inline',
    ]);
  });

  test('it fails on a fixture page heavier than its budget, and passes the clean page', async () => {
    const fixtures = await startFixtureSite();
    const meter = await openWeightMeter(browser);
    try {
      const clean = (await meter.measure(`${fixtures.url}/`)).weight;
      const heavy = (await meter.measure(`${fixtures.url}/budgets/heavy/`)).weight;
      // A budget that fits the clean page exactly.
      const budget = { html: clean.html, css: clean.css, font: clean.font, image: clean.image, script: 0 };
      expect(overBudget('/', 'home', clean, budget)).toEqual([]);
      expect(lines(overBudget('/budgets/heavy/', 'other', heavy, budget))).toEqual([
        expect.stringMatching(
          /^\/budgets\/heavy\/ — budget other\.html: [\d,]+ bytes of html, budget [\d,]+ \(\+[\d,]+\); see tests\/gates\/budgets\.ts$/u,
        ),
      ]);
    } finally {
      await meter.close();
      await fixtures.close();
    }
  });
});

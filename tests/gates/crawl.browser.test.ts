/**
 * The browser gates, in one crawl (tests/gates/lib/crawl.ts): every page of the built site — both languages;
 * above 300 pages every template and a fixed sample — is loaded in Chromium at 1280 and 390 px wide and checked
 * in the light and then the dark colour scheme (switched in place), and each mode serves three gates. Where the
 * dark layout is the light one (every box in place, nothing shown or hidden: only colours differ), dark mode
 * reuses the light keyboard walk's Tab stops and runs axe's colour rules only (checkLoadedPage says why).
 *
 * - accessibility (issue #7.1, #15): axe with the WCAG 2.1 A and AA rules, the experimental ones included,
 *   finds nothing, and neither do the checks axe cannot make — keyboard walk with visible focus, skip link,
 *   landmarks, heading order, links told apart by more than colour, label in name, reflow at 320 px
 *   (tests/gates/lib/accessibility.ts says what each rule means);
 * - privacy (issue #7.4): no request to another host, no cookie, no console error;
 * - budgets (issue #7.5): no page loads more bytes than the budget of its kind (tests/gates/budgets.ts); the
 *   test prints what each kind needs now, so the budgets can be reviewed against real figures.
 *
 * Each gate is then shown to fail on its defect fixtures (tests/fixtures/gates/), crawled the same way. What
 * the crawl checked is reported at the end of the run ([checks] …), so that a shrinking coverage shows.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openTab } from '../helpers/browser.ts';
import { listPages, PAGE_KINDS, pageKind, samplePages, type PageKind } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { BUDGETS } from './budgets.ts';
import { AXE_SOURCE, COLOUR_RULES, rememberParsedColours } from './lib/accessibility.ts';
import { coverageLine, crawl, type CrawlResult } from './lib/crawl.ts';
import { lines, rulesByPage, type Finding } from './lib/findings.ts';
import { startFixtureSite } from './lib/fixtures.ts';
import { overBudget, RESOURCE_CLASSES, type Weight } from './lib/weight.ts';

const site = siteUnderTest();
const pages = samplePages(await listPages(site.dir), 300).map((p) => p.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A table of the largest page of each kind, per resource class. */
function table(weights: Map<string, Weight>): string {
  const largest = new Map<PageKind, { pages: number; max: Weight; where: Partial<Record<string, string>> }>();
  for (const [path, weight] of weights) {
    const kind = pageKind(path);
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

describe('every page of the built site, at 1280 and 390 px, light and dark', () => {
  let result: CrawlResult;
  beforeAll(async () => {
    result = await crawl(browser, site.url, pages);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const steps = Object.entries(result.times).map(([step, ms]) => `${step} ${seconds(ms)}`);
    console.log(
      `[crawl] ${coverageLine(result.checks)} — in ${seconds(result.wallMs)} (time per step, all contexts: ${steps.join(', ')})`,
    );
  }, 20 * 60_000);

  test('covers every page in every viewport and colour scheme', ({ task }) => {
    task.meta.checks = coverageLine(result.checks);
    const modes = result.checks.viewports * result.checks.schemes;
    expect(pages.length).toBeGreaterThan(0);
    expect(modes).toBe(4);
    expect(result.checks).toMatchObject({
      pages: pages.length,
      loads: pages.length * modes,
      axe: pages.length * modes,
      privacy: pages.length * modes,
      keyboardWalks: pages.length * result.checks.viewports,
      darkFocus: pages.length * result.checks.viewports,
      reflow: pages.length,
      weights: pages.length,
    });
  });

  test('accessibility: nothing found', () => {
    expect(lines(result.accessibility)).toEqual([]);
  });

  test('privacy: no request to another host, no cookie, no console error', () => {
    expect(lines(result.privacy)).toEqual([]);
  });

  test('budgets: every page within the byte budget of its kind', () => {
    console.log(`[budgets] bytes of the largest page per kind:\n${table(result.weights)}`);
    const findings = [...result.weights].flatMap(([path, weight]) =>
      overBudget(path, pageKind(path), weight, BUDGETS[pageKind(path)]),
    );
    expect(lines(findings)).toEqual([]);
  });
});

describe('each gate fails on its deliberately broken pages', () => {
  const A11Y = [
    'missing-alt',
    'low-contrast-dark',
    'dark-only-image',
    'no-focus-indicator',
    'faint-focus',
    'no-skip-link',
    'unreachable',
    'keyboard-trap',
    'tab-order',
    'no-landmarks',
    'headings',
    'colour-only-links',
    'no-reflow',
    'label-in-name',
  ].map((name) => `/a11y/${name}/`);
  let fixtures: CrawlResult;
  beforeAll(async () => {
    const server = await startFixtureSite();
    try {
      fixtures = await crawl(browser, server.url, ['/', ...A11Y, '/privacy/third-party/', '/budgets/heavy/']);
    } finally {
      await server.close();
    }
  }, 10 * 60_000);

  test('accessibility: each defect is reported with its rule and mode, and the clean page passes', () => {
    const allModes = (rule: string) => [
      `${rule} @desktop`,
      `${rule} @desktop-dark`,
      `${rule} @phone`,
      `${rule} @phone-dark`,
    ];
    // The keyboard walk reports in the light modes; focus visibility is measured in every mode. Where the dark
    // layout is the light one, axe's rules that do not look at colours found their finding in light already.
    const walked = (rule: string) => [`${rule} @desktop`, `${rule} @phone`];
    const light = walked;
    const dark = (rule: string) => [`${rule} @desktop-dark`, `${rule} @phone-dark`];
    const a11y = fixtures.accessibility.filter((f) => f.page === '/' || A11Y.includes(f.page));
    expect(rulesByPage(a11y)).toEqual({
      '/a11y/missing-alt/': light('axe image-alt'),
      '/a11y/low-contrast-dark/': dark('axe color-contrast'),
      // Shown in dark only: the layouts differ, so every axe rule runs again in dark, and finds it.
      '/a11y/dark-only-image/': dark('axe image-alt'),
      '/a11y/no-focus-indicator/': allModes('focus-visible'),
      '/a11y/faint-focus/': allModes('focus-visible'),
      '/a11y/no-skip-link/': walked('skip-link'),
      '/a11y/unreachable/': walked('keyboard-unreachable'),
      '/a11y/keyboard-trap/': [...walked('keyboard-trap'), ...walked('keyboard-unreachable')].sort(),
      '/a11y/tab-order/': walked('focus-order'),
      '/a11y/no-landmarks/': [
        ...light('axe landmark-one-main'),
        ...light('axe region'),
        'landmarks @desktop',
        ...walked('skip-link'),
      ].sort(),
      '/a11y/headings/': ['heading-one-h1 @desktop', 'heading-skip @desktop'],
      '/a11y/colour-only-links/': ['link-colour-only @desktop'],
      '/a11y/no-reflow/': ['reflow @phone'],
      // axe's label-content-name-mismatch lets "EN" pass inside "English version" (it compares characters);
      // the gate's own check compares words.
      '/a11y/label-in-name/': walked('label-in-name'),
    });
    // Every page but the one whose dark layout differs was checked in dark with the light layout's shortcut.
    expect(fixtures.checks.sameLayout).toBe((fixtures.checks.pages - 1) * fixtures.checks.viewports);
    // The message names the page, the mode and the rule, and says what to fix.
    expect(lines(a11y)).toContainEqual(
      expect.stringMatching(/^\/a11y\/low-contrast-dark\/ — axe color-contrast @desktop-dark: serious: .*\.faint/u),
    );
    expect(lines(a11y)).toContainEqual(
      '/a11y/label-in-name/ — label-in-name @desktop: a.lang "English version" shows "en" but is named "English version"',
    );
  });

  test('privacy: the third-party font and tracking pixel are reported, in every mode', () => {
    const inEveryMode = (finding: string) =>
      ['desktop', 'desktop-dark', 'phone', 'phone-dark'].map((m) => finding.replace('@', `@${m}`));
    expect(lines(fixtures.privacy).sort()).toEqual(
      [
        ...inEveryMode('/privacy/third-party/ — third-party-request @: https://fonts.example/css2?family=Roboto'),
        ...inEveryMode('/privacy/third-party/ — third-party-request @: https://tracker.example/pixel.gif'),
      ].sort(),
    );
  });

  test("axe with parsed colours remembered (the crawl's) reports exactly what axe alone reports", async () => {
    // Every node of every violation and every undecided result of the colour rules, with axe's data (colours,
    // contrast ratios): on the low-contrast fixture in dark, and on the site's home page in light and dark.
    const server = await startFixtureSite();
    const tab = await openTab(browser, { reducedMotion: 'reduce' });
    try {
      for (const [url, scheme] of [
        [`${server.url}/a11y/low-contrast-dark/`, 'dark'],
        [`${site.url}/`, 'light'],
        [`${site.url}/`, 'dark'],
      ] as const) {
        await tab.page.emulateMedia({ colorScheme: scheme });
        await tab.visit(url);
        await tab.page.evaluate(AXE_SOURCE);
        const report = () =>
          tab.page.evaluate(
            async (rules) => {
              const { axe } = window as unknown as { axe: typeof import('axe-core') };
              const { violations, incomplete } = await axe.run(document, { runOnly: { type: 'rule', values: rules } });
              const nodes = (results: typeof violations) =>
                results.map((r) => ({
                  id: r.id,
                  nodes: r.nodes.map((n) => ({ target: n.target, any: n.any, all: n.all, none: n.none })),
                }));
              return JSON.stringify({ violations: nodes(violations), incomplete: nodes(incomplete) });
            },
            [...COLOUR_RULES],
          );
        const alone = await report();
        await tab.page.evaluate(rememberParsedColours);
        expect(await report(), `${url} ${scheme}`).toBe(alone);
        expect(alone.length).toBeGreaterThan(100); // axe found something to compare
      }
    } finally {
      await tab.close();
      await server.close();
    }
  });

  test('budgets: the heavy page is over a budget that fits the clean page exactly', () => {
    const clean = fixtures.weights.get('/') as Weight;
    const heavy = fixtures.weights.get('/budgets/heavy/') as Weight;
    const budget = { html: clean.html, css: clean.css, font: clean.font, image: clean.image, script: 0 };
    const findings: Finding[] = [
      ...overBudget('/', 'home', clean, budget),
      ...overBudget('/budgets/heavy/', 'other', heavy, budget),
    ];
    expect(lines(findings)).toEqual([
      expect.stringMatching(
        /^\/budgets\/heavy\/ — budget other\.html: [\d,]+ bytes of html, budget [\d,]+ \(\+[\d,]+\); see tests\/gates\/budgets\.ts$/u,
      ),
    ]);
  });
});

/**
 * Gate (issue #7.1): every page of the built site — both languages; above 300 pages every template and a
 * fixed sample — is accessible in Chromium at desktop width, at 320 px (phone, and 400 % zoom) and in dark
 * mode: axe with the WCAG 2.1 A and AA rules finds nothing, and neither do the checks axe cannot make
 * (keyboard walk with visible focus, skip link, landmarks, heading order, links told apart by more than
 * colour, reflow). See tests/gates/lib/accessibility.ts for what each rule means.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { listPages, samplePages } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { checkAccessibility, openAccessibilityTabs, type AccessibilityTabs } from './lib/accessibility.ts';
import { lines, rulesByPage, type Finding } from './lib/findings.ts';
import { startFixtureSite } from './lib/fixtures.ts';

const site = siteUnderTest();
const pages = samplePages(await listPages(site.dir), 300);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page of the built site is accessible', () => {
  let a11y: AccessibilityTabs;
  beforeAll(async () => {
    a11y = await openAccessibilityTabs(browser);
  });
  afterAll(async () => {
    await a11y?.close();
  });

  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.for(pages)('$path', async ({ path }) => {
    const findings = await checkAccessibility(a11y, `${site.url}${path}`, path);
    expect(lines(findings)).toEqual([]);
  });
});

describe('the gate fails on deliberately broken pages', () => {
  test('each fixture defect is reported with its rule, and the clean page passes', async () => {
    const fixtures = await startFixtureSite();
    const a11y = await openAccessibilityTabs(browser);
    const findings: Finding[] = [];
    try {
      for (const path of [
        '/',
        '/a11y/missing-alt/',
        '/a11y/low-contrast-dark/',
        '/a11y/no-focus-indicator/',
        '/a11y/faint-focus/',
        '/a11y/no-skip-link/',
        '/a11y/unreachable/',
        '/a11y/keyboard-trap/',
        '/a11y/tab-order/',
        '/a11y/no-landmarks/',
        '/a11y/headings/',
        '/a11y/colour-only-links/',
        '/a11y/no-reflow/',
      ]) {
        findings.push(...(await checkAccessibility(a11y, `${fixtures.url}${path}`, path)));
      }
    } finally {
      await a11y.close();
      await fixtures.close();
    }
    const everyMode = (rule: string) => [`${rule} @dark`, `${rule} @desktop`, `${rule} @phone`];
    // The keyboard walk runs at desktop and phone width; dark mode re-measures only the focus indicators.
    const walked = (rule: string) => [`${rule} @desktop`, `${rule} @phone`];
    expect(rulesByPage(findings)).toEqual({
      '/a11y/missing-alt/': ['axe image-alt @desktop', 'axe image-alt @phone'],
      '/a11y/low-contrast-dark/': ['axe color-contrast @dark'],
      '/a11y/no-focus-indicator/': everyMode('focus-visible'),
      '/a11y/faint-focus/': everyMode('focus-visible'),
      '/a11y/no-skip-link/': walked('skip-link'),
      '/a11y/unreachable/': walked('keyboard-unreachable'),
      '/a11y/keyboard-trap/': [...walked('keyboard-trap'), ...walked('keyboard-unreachable')].sort(),
      '/a11y/tab-order/': walked('focus-order'),
      '/a11y/no-landmarks/': [
        'axe landmark-one-main @desktop',
        'axe landmark-one-main @phone',
        'axe region @desktop',
        'axe region @phone',
        'landmarks @desktop',
        ...walked('skip-link'),
      ].sort(),
      '/a11y/headings/': ['heading-one-h1 @desktop', 'heading-skip @desktop'],
      '/a11y/colour-only-links/': ['link-colour-only @desktop'],
      '/a11y/no-reflow/': ['reflow @phone'],
    });
    // The message names the page, the mode and the rule, and says what to fix.
    expect(lines(findings)).toContainEqual(
      expect.stringMatching(/^\/a11y\/low-contrast-dark\/ — axe color-contrast @dark: serious: .*\.faint/u),
    );
  }, 300_000);
});

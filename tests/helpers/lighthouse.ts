/**
 * Lighthouse against Debian's Chromium (no browser download), for the quality gate and the benchmark:
 *
 *   const results = await runLighthouse([`${siteUrl}/`, …], ['accessibility', 'best-practices', 'seo']);
 *   results[0].scores.seo            // 0 … 100
 *   results[0].failing               // audits that scored below 1, with their titles
 *
 * One Chromium (chrome-launcher, headless, the project's flags) serves all URLs one after another.
 * Lighthouse's default settings apply: mobile emulation and simulated throttling, as PageSpeed reports.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** Score per category run, 0 … 100. */
  scores: Partial<Record<Category, number>>;
  /** Audits of the run categories that did not pass (score below 1), as `id: title`. */
  failing: string[];
}

export async function runLighthouse(
  urls: readonly string[],
  categories: readonly Category[],
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.message}`);
      const scores: LighthouseResult['scores'] = {};
      const failing: string[] = [];
      for (const category of categories) {
        const result = lhr.categories[category];
        scores[category] = Math.round((result?.score ?? 0) * 100);
        for (const ref of result?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          // Weight 0 audits are informative; score null means "not applicable".
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${ref.id}: ${audit.title}`);
        }
      }
      results.push({ url, scores, failing });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/**
 * The four pages Lighthouse looks at, picked by URL pattern from the built pages: the home page, the first
 * post (`/blog/<slug>/`), the first practice (`/praxis/<slug>/`) and the search page (`/suche/`).
 * A page the site does not have yet is `undefined`.
 */
export function pickLighthousePages(
  paths: readonly string[],
): Record<'home' | 'post' | 'practice' | 'search', string | undefined> {
  const sorted = [...paths].sort();
  const entry = (section: string) =>
    sorted.find((p) => new RegExp(`^/${section}/(?!\\d+/$)(?!seite/)[^/]+/$`, 'u').test(p));
  return {
    home: sorted.find((p) => p === '/'),
    post: entry('blog'),
    practice: entry('praxis'),
    search: sorted.find((p) => p === '/suche/'),
  };
}

/**
 * Gate (issue #7.5): Lighthouse scores accessibility, best practices and SEO at 100 on the home page, a
 * post, a practice and the search page. (Performance is reported by scripts/bench-lighthouse.ts, not asserted.)
 */
import { describe, expect, test } from 'vitest';
import { runLighthouse, pickLighthousePages } from '../helpers/lighthouse.ts';
import { listPages } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';
import { startFixtureSite } from './lib/fixtures.ts';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

describe('Lighthouse', () => {
  test('home, a post, a practice and the search page score 100 in accessibility, best practices and SEO', async () => {
    const site = siteUnderTest();
    const picked = pickLighthousePages((await listPages(site.dir)).map((p) => p.path));
    for (const [kind, path] of Object.entries(picked)) {
      if (!path) console.log(`[lighthouse] the site has no ${kind} page yet: skipped`);
    }
    const paths = Object.values(picked).filter((p) => p !== undefined);
    expect(paths).toContain('/');
    const started = Date.now();
    const results = await runLighthouse(
      paths.map((p) => `${site.url}${p}`),
      CATEGORIES,
    );
    console.log(`[lighthouse] ${paths.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const report = results.map((r) => ({
      page: r.url.slice(site.url.length),
      scores: r.scores,
      failing: r.failing,
    }));
    for (const r of report) console.log(`[lighthouse] ${r.page} ${JSON.stringify(r.scores)}`);
    expect(report).toEqual(
      report.map((r) => ({
        page: r.page,
        scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
        failing: [],
      })),
    );
  }, 300_000);

  test('it fails on a fixture page without a meta description', async () => {
    const fixtures = await startFixtureSite();
    try {
      const [result] = await runLighthouse([`${fixtures.url}/lighthouse/no-description/`], CATEGORIES);
      expect(result.scores.seo).toBeLessThan(100);
      expect(result.failing).toContain('meta-description: Document does not have a meta description');
    } finally {
      await fixtures.close();
    }
  }, 120_000);
});

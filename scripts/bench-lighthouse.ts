/**
 * Lighthouse benchmark: builds the site (or takes a built one), serves it on 127.0.0.1 and prints the four
 * Lighthouse scores — performance included — of the home page, a post, a practice and the search page.
 * Performance is reported, not asserted (tests/gates/lighthouse.browser.test.ts asserts the other three at 100).
 *
 *   npm run bench:lighthouse                      # builds into .cache/test-site first
 *   npm run bench:lighthouse -- --site DIR        # an existing build
 *
 * Lighthouse's defaults: mobile emulation with simulated throttling (what PageSpeed Insights reports).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/staticServer.ts';
import { CATEGORIES, pickLighthousePages, runLighthouse } from '../tests/helpers/lighthouse.ts';
import { listPages } from '../tests/helpers/pages.ts';
import { buildTestSite } from '../tests/setup/buildSite.ts';

const { values } = parseArgs({ options: { site: { type: 'string' } } });

let dir: string;
if (values.site) {
  dir = resolve(values.site);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
    console.error(`bench-lighthouse: --site ${values.site} is not a folder`);
    process.exit(2);
  }
} else {
  const started = Date.now();
  dir = await buildTestSite();
  console.log(`built the site in ${((Date.now() - started) / 1000).toFixed(1)} s → ${dir}`);
}

const picked = pickLighthousePages((await listPages(dir)).map((p) => p.path));
const server = await startStaticServer(dir);
try {
  const pages = Object.entries(picked).filter((entry): entry is [string, string] => {
    if (!entry[1]) console.log(`(the site has no ${entry[0]} page yet: skipped)`);
    return entry[1] !== undefined;
  });
  const started = Date.now();
  const results = await runLighthouse(
    pages.map(([, path]) => `${server.url}${path}`),
    CATEGORIES,
  );
  console.log(`\nLighthouse ${CATEGORIES.join(' / ')} (mobile, simulated throttling):`);
  const width = Math.max(...pages.map(([, path]) => path.length));
  for (const [i, [kind, path]] of pages.entries()) {
    const scores = CATEGORIES.map((c) => String(results[i].scores[c]).padStart(4)).join(' ');
    console.log(`  ${kind.padEnd(9)} ${path.padEnd(width)} ${scores}`);
    const { failing } = results[i];
    if (failing.length > 0) console.log(`  ${''.padEnd(9)} audits below 1: ${failing.slice(0, 8).join('; ')}`);
  }
  console.log(`\n${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await server.close();
}

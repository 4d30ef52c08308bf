/**
 * A rebuild of unchanged content into another output folder — what `npm run build` (a fresh folder beside
 * dist/), a deploy pipeline and `npm run bench:build` all do — takes every entry page over from the last build
 * instead of rendering it again (Astro's incremental build, src/lib/pageCache.ts; src/integrations/
 * stableOutDir.ts keeps the output folder's path out of the code it compares). Layer: fixture (two builds of the
 * repository's content, one cache).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild, projectCopy, scratchDir } from '../helpers/astro.ts';
import { withoutOutDirLiteral } from '../../src/integrations/stableOutDir.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * Astro's line per written page: `├─ /praxis/x/index.html (+12ms)` or `… (restored)`. A warning logged while the
 * page renders may come between the path and its time, so each is read as the first HTML path after `├─` and
 * the first time or mark after that.
 */
function pageLines(output: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const piece of output.split(/[├└]─ /u).slice(1)) {
    const path = /^(\/\S*?\.html)/u.exec(piece)?.[1];
    const state = /\((\+[\d.]+m?s|restored|cached)\)/u.exec(piece)?.[1];
    if (path && state) lines.set(path, state);
  }
  return lines;
}
/**
 * Pages of entries, districts, people and topics, in both languages: the routes with paths from the content —
 * but for the submission form, a page of its own in the same folders.
 */
const FORM = new Set(['/praxis/einreichen/index.html', '/en/practices/submit/index.html']);
const ENTRY_PAGE =
  /^(\/en)?\/(praxis|practices|kreise|districts|blog|berichte|reports|personen|people|themen|topics)\/[^/]+\/index\.html$/u;

test('an unchanged rebuild into a new output folder renders no entry page again', async () => {
  const tmp = scratchDir('incremental');
  dirs.push(tmp);
  const env = { PRAXIS_NOW: '2026-12-01', PRAXIS_OPERATOR_EXAMPLE: '1' };
  const cacheDir = join(tmp, 'cache');
  // One project for both, as a developer's or a deploy pipeline's rebuild happens in the same checkout.
  const project = projectCopy(tmp);
  const first = await astroBuild({ outDir: join(tmp, 'first'), cacheDir, env, project });
  expect(first.code, first.output.slice(-3000)).toBe(0);
  const second = await astroBuild({ outDir: join(tmp, 'second'), cacheDir, env, project });
  expect(second.code, second.output.slice(-3000)).toBe(0);

  const entries = [...pageLines(first.output).keys()].filter((p) => ENTRY_PAGE.test(p) && !FORM.has(p));
  expect(entries.length).toBeGreaterThan(10);
  const again = pageLines(second.output);
  const rendered = entries.filter((p) => again.get(p) !== 'restored' && again.get(p) !== 'cached');
  expect(rendered).toEqual([]);
}, 600_000);

test('the output folder leaves astro:assets; a changed Astro is named, not passed over', () => {
  const code = [
    'export const imageConfig = {};',
    'export const outDir = /* #__PURE__ */ new URL("file:///srv/site/.dist.building-1/");',
    'export const serverDir = /* #__PURE__ */ new URL("file:///srv/site/.dist.building-1/server/");',
  ].join('\n');
  const stable = withoutOutDirLiteral(code);
  expect(stable).not.toContain('.dist.building-1');
  expect(withoutOutDirLiteral(code.replaceAll('building-1', 'building-2'))).toBe(stable);
  expect(() => withoutOutDirLiteral('export const outDir = somethingElse;')).toThrow(/astro:assets.*stableOutDir/u);
});

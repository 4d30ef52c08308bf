/**
 * What the build does with editors' content, on small fixture corpora:
 * - content errors stop `npm run build` before anything is written, naming path, line, field and reason;
 * - drafts never reach a production build — pages, search index, feeds, digest data — and an entry dated
 *   in the future appears with the first build on or after its date and not before;
 * - the style guide is built only where configured, from the real components.
 *
 * Three builds, one after the other (two cores): a broken corpus, and tests/fixtures/content-publish on
 * two dates. The social images (a draft's would be a file named after it) are drawn in the build of 14 June only:
 * drafts are the same on both dates, and drawing them again on the 15th cost 4 s of CPU.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practice, REPO_ROOT, writeCorpus } from './corpus.ts';
import { build, filesOf, outputsOf, type Build } from './build.ts';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { crawl } from '../gates/lib/crawl.ts';
import { lines } from '../gates/lib/findings.ts';

const PUBLISH = join(REPO_ROOT, 'tests/fixtures/content-publish');
/** Words that appear only in entries that must not be published (see the fixture's files). */
const DRAFTS = ['zwiebelkuchen', 'kartoffelpuffer'];
const SCHEDULED = 'schneegloeckchen';
const PUBLISHED = 'leuchtturm';

let broken: Build;
let before: Build;
let onTheDay: Build;
let brokenRoot: string;

beforeAll(async () => {
  brokenRoot = writeCorpus({
    'practices/de/mit-fehlern.mdx': practice({ problem: undefined, topics: '[beteiligung, gibt-es-nicht]' }),
  });
  broken = await build(brokenRoot, { PRAXIS_CHECK_LANG: 'en' });
  before = await build(PUBLISH, { PRAXIS_NOW: '2026-06-14' });
  onTheDay = await build(PUBLISH, { PRAXIS_NOW: '2026-06-15', PRAXIS_STYLE_GUIDE: '1', PRAXIS_OG: '0' });
}, 900_000);

afterAll(() => {
  for (const b of [broken, before, onTheDay]) if (b) rmSync(b.tmp, { recursive: true, force: true });
  rmSync(brokenRoot, { recursive: true, force: true });
});

describe('a content error stops the build', () => {
  it('exits non-zero, naming the file, the line, the field and the reason of every error', () => {
    expect(broken.code, broken.output).not.toBe(0);
    expect(broken.output).toContain('The content has 2 errors; the site is not built (details: npm run check).');
    expect(broken.output).toMatch(
      /practices\/de\/mit-fehlern\.mdx:1 {2}problem {2}is missing {2}expected: The starting problem: what was wrong or missing, for whom \(a few sentences\)/u,
    );
    expect(broken.output).toMatch(
      /practices\/de\/mit-fehlern\.mdx:14 {2}topics\[2\] {2}"gibt-es-nicht": no such entry \(topics\) {2}expected: /u,
    );
  });

  it('leaves no output folder behind: nothing was written', () => {
    expect(existsSync(broken.outDir)).toBe(false);
  });
});

describe('drafts and scheduled entries in a production build', () => {
  it('builds', () => {
    expect(before.code, before.output).toBe(0);
    expect(onTheDay.code, onTheDay.output).toBe(0);
  });

  it('publishes the published entry in every kind of output the build has (the control)', () => {
    for (const [kind, files] of Object.entries(outputsOf(before.outDir))) {
      if (kind === 'other' || files.size === 0) continue;
      const found = [...files.values()].some((text) => text.toLowerCase().includes(PUBLISHED));
      expect(found, `${kind} should mention the published post`).toBe(true);
    }
  });

  it.each(['pages', 'search index', 'feeds', 'digest data', 'other'] as const)(
    'never has a draft in its %s, nor a file named after one',
    (kind) => {
      for (const b of [before, onTheDay]) {
        const files = outputsOf(b.outDir)[kind];
        for (const [file, text] of files) {
          for (const word of DRAFTS) expect(text.toLowerCase().includes(word), `${file} mentions ${word}`).toBe(false);
        }
      }
      for (const file of [...filesOf(before.outDir), ...filesOf(onTheDay.outDir)]) {
        for (const word of DRAFTS) expect(file.toLowerCase()).not.toContain(word);
      }
    },
  );

  it('does not publish an entry dated 15 June in a build on 14 June, in any output', () => {
    for (const [kind, files] of Object.entries(outputsOf(before.outDir))) {
      for (const [file, text] of files) expect(text.toLowerCase().includes(SCHEDULED), `${kind}: ${file}`).toBe(false);
    }
    expect(existsSync(join(before.outDir, 'blog/schneegloeckchen-geplant/index.html'))).toBe(false);
    // Nor a file named after it, such as its social image.
    for (const file of filesOf(before.outDir)) expect(file.toLowerCase()).not.toContain(SCHEDULED);
  });

  it('publishes it with the build on 15 June: its page, the blog list, and every other output the build has', () => {
    expect(existsSync(join(onTheDay.outDir, 'blog/schneegloeckchen-geplant/index.html'))).toBe(true);
    const outputs = outputsOf(onTheDay.outDir);
    expect(readFileSync(join(onTheDay.outDir, 'blog/index.html'), 'utf8')).toContain('Geplant SCHNEEGLOECKCHEN');
    for (const kind of ['search index', 'feeds', 'digest data'] as const) {
      if (outputs[kind].size === 0) continue;
      const found = [...outputs[kind].values()].some((text) => text.toLowerCase().includes(SCHEDULED));
      expect(found, `${kind} should list the scheduled post on its day`).toBe(true);
    }
  });

  it('reports which outputs it could check', () => {
    const present = Object.entries(outputsOf(before.outDir))
      .filter(([, files]) => files.size > 0)
      .map(([kind]) => kind);
    // Pages always; the rest as other parts of the site provide them. Printed for the record.
    console.log(`outputs checked for drafts: ${present.join(', ')}`);
    expect(present).toContain('pages');
  });
});

describe('the style guide', () => {
  it('is not built in production unless configured', () => {
    expect(existsSync(join(before.outDir, 'styleguide'))).toBe(false);
    expect(existsSync(join(before.outDir, 'en/styleguide'))).toBe(false);
  });

  it('is built from the real components when PRAXIS_STYLE_GUIDE=1, in both languages', () => {
    const de = readFileSync(join(onTheDay.outDir, 'styleguide/index.html'), 'utf8');
    const en = readFileSync(join(onTheDay.outDir, 'en/styleguide/index.html'), 'utf8');
    expect(de).toContain('<html lang="de"');
    expect(en).toContain('<html lang="en"');
    for (const marker of [
      'class="info-box',
      'class="figures"',
      'class="quote"',
      '<picture',
      'class="contact-card"',
      'class="download-link"',
      'class="timeline"',
      'data-video-embed',
    ]) {
      expect(de).toContain(marker);
      expect(en).toContain(marker);
    }
    // The source shown is the example's own text.
    expect(de).toContain('&lt;InfoBox title=&quot;Gut zu wissen&quot;&gt;');
    expect(en).toContain('Load and play the video');
    expect(de).toContain('Video laden und abspielen');
  });
});

describe('the components in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(onTheDay.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the video loads nothing from the platform until the reader clicks, then plays from youtube-nocookie.com', async () => {
    const tab = await openPage(browser, `${server.url}/styleguide/`);
    const video = tab.page.locator('[data-video-embed]').first();
    expect(tab.foreignRequests).toEqual([]);
    expect(await video.locator('iframe').count()).toBe(0);
    await video.getByRole('button', { name: 'Video laden und abspielen' }).click();
    const iframe = video.locator('iframe');
    await iframe.waitFor();
    expect(await iframe.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
    expect(await iframe.getAttribute('title')).toBe('Beispielvideo: Big Buck Bunny');
    // The request happens now, and only now (the test browser blocks it).
    await expect
      .poll(() => tab.foreignRequests.some((u) => u.startsWith('https://www.youtube-nocookie.com/')))
      .toBe(true);
    expect(tab.consoleErrors).toEqual([]);
    await tab.close();
  });

  it('without JavaScript the video is a plain link to the platform, with the privacy note, and no button', async () => {
    const tab = await openPage(browser, `${server.url}/en/styleguide/`, { javaScriptEnabled: false });
    const video = tab.page.locator('[data-video-embed]').first();
    expect(await video.getByRole('button').count()).toBe(0);
    const link = video.getByRole('link', { name: 'Watch the video on YouTube' });
    expect(await link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    expect(await video.textContent()).toContain('Only when you load it does your browser connect to YouTube');
    expect(tab.foreignRequests).toEqual([]);
    await tab.close();
  });

  it('the style guide and a post using every component pass the accessibility gate (WCAG 2.1 AA) with no third-party request', async () => {
    const paths = ['/styleguide/', '/en/styleguide/', '/blog/leuchtturm-beitrag/', '/en/blog/lighthouse-post/'];
    const result = await crawl(browser, server.url, paths);
    expect(lines(result.accessibility)).toEqual([]);
    expect(lines(result.privacy)).toEqual([]);
  });
});

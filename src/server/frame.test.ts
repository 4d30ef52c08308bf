import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { MAIN_END, MAIN_START, SERVER_PAGE_PATHS } from '../config/serverPages.ts';
import { siteFrame } from './frame.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A built frame as the site writes it (ServerAnswerPage.astro), by hand. */
const page = (css: string) =>
  `<!doctype html><html lang="de"><head><title>Antwort des Newsletters – Praxisdialog</title>` +
  `<meta property="og:title" content="Antwort des Newsletters"><link rel="stylesheet" href="/_astro/${css}"></head>` +
  `<body><header><a class="lang-switch" href="/en/newsletter/answer/">English</a></header>` +
  `<main id="inhalt">${MAIN_START}<h1>Antwort des Newsletters</h1>${MAIN_END}</main><footer>Impressum</footer></body></html>`;

async function site(html: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'praxis-frame-'));
  dirs.push(dir);
  await mkdir(join(dir, SERVER_PAGE_PATHS.de), { recursive: true });
  await writeFile(join(dir, SERVER_PAGE_PATHS.de, 'index.html'), html);
  return dir;
}

const sameOrigin = {
  siteUrl: 'https://hub.example',
  newsletterUrl: 'https://hub.example/newsletter-api',
  log: () => {},
};

test('fills title, content and language link into the site’s frame; the title is escaped', async () => {
  const frame = siteFrame(await site(page('a.css')), sameOrigin)!;
  const html = frame('de', { title: 'Fertig <script>', main: '<h1>Bestätigt</h1>', alternate: '/x?a=1&b=2' })!;
  expect(html).toContain('<title>Fertig &lt;script&gt; – Praxisdialog</title>');
  expect(html).toContain('content="Fertig &lt;script&gt;"');
  expect(html).toContain('href="/x?a=1&amp;b=2">English</a>');
  expect(html).toContain('<main id="inhalt"><h1>Bestätigt</h1></main><footer>Impressum</footer>');
  expect(html).not.toContain('Antwort des Newsletters');
  expect(html).not.toContain('/en/newsletter/answer/');
});

test('reads the frame again when a deployment replaced it (a new stylesheet address)', async () => {
  const dir = await site(page('old.css'));
  const frame = siteFrame(dir, sameOrigin)!;
  expect(frame('de', { title: 't', main: '', alternate: '/' })).toContain('/_astro/old.css');
  await writeFile(join(dir, SERVER_PAGE_PATHS.de, 'index.html'), page('new-and-longer.css'));
  expect(frame('de', { title: 't', main: '', alternate: '/' })).toContain('/_astro/new-and-longer.css');
});

test('no frame: another origin, a missing page, a page without the marks (said once)', async () => {
  const dir = await site(page('a.css'));
  expect(siteFrame(dir, { ...sameOrigin, newsletterUrl: 'https://newsletter.hub.example' })).toBeUndefined();
  expect(siteFrame(undefined, sameOrigin)).toBeUndefined();
  const lines: string[] = [];
  const frame = siteFrame(await site('<html><body><main>old build</main></body></html>'), {
    ...sameOrigin,
    log: (l) => lines.push(l),
  })!;
  expect(frame('de', { title: 't', main: '', alternate: '/' })).toBeUndefined();
  expect(frame('de', { title: 't', main: '', alternate: '/' })).toBeUndefined();
  expect(frame('en', { title: 't', main: '', alternate: '/' })).toBeUndefined();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('has no marks');
});

/**
 * Every page the newsletter server answers with, in German and English, in Chromium: axe finds
 * no WCAG 2.1 A/AA violation (light and dark), the page asks for nothing beyond the server
 * itself, and each page has one h1 and a main landmark. The pages are fetched over real HTTP
 * from the running server, as a reader reaches them.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axe } from '../gates/lib/accessibility.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { cachedCatalogue } from '../../src/lib/newsletter/catalogue.ts';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { createMailer } from '../../src/lib/newsletter/mailer.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import { createHandler } from '../../src/server/app.ts';
import { entry, feedOf, parse, startSink, tempDir, testConfig, until, writeFeed } from './helpers.ts';

const pages = new Map<string, string>();
let base = '';
let browser: Browser;
let cleanup: () => Promise<void> = async () => {};

const post = async (url: string, body: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(body)) for (const x of [v].flat()) params.append(k, x);
  return (await fetch(url, { method: 'POST', body: params })).text();
};

beforeAll(async () => {
  const tmp = await tempDir();
  const sink = await startSink();
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const config = testConfig(tmp.dir, sink.port, { newsletterUrl: base });
  await writeFeed(tmp.dir, feedOf([entry({ id: 'posts/de/x' })]));
  const store = new SqliteStore(config.dbPath);
  const mailer = createMailer(config.smtp);
  const handler = createHandler({
    config,
    store,
    mailer,
    catalogue: cachedCatalogue(config.feed, 60_000, () => {}),
    log: () => {},
  });
  http.on('request', (req, res) => void handler(req, res));
  browser = await launchBrowser();
  cleanup = async () => {
    await browser?.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    mailer.close();
    await store.close();
    await sink.close();
    await tmp.remove();
  };

  for (const lang of ['de', 'en']) {
    const email = `leser-${lang}@kreis.example`;
    const signup = { ui: lang, lang, frequency: 'weekly', consent: 'yes', consentVersion: CURRENT_CONSENT_VERSION };
    pages.set(`${lang} check your inbox`, await post(`${base}/api/subscribe`, { ...signup, email }));
    pages.set(
      `${lang} sign-up with errors`,
      await post(`${base}/api/subscribe`, { ui: lang, email: 'x', topics: 'nope' }),
    );
    await until(() => sink.received.some((m) => m.to[0] === email), `the confirmation e-mail to ${email}`);
    const mail = await parse(sink.received.find((m) => m.to[0] === email)!);
    const link = /http\S+\/confirm\?token=[\w-]+/u.exec(mail.text ?? '')![0];
    pages.set(`${lang} confirm`, await (await fetch(link)).text());
    const confirmed = await post(`${base}/confirm`, { token: new URL(link).searchParams.get('token')! });
    pages.set(`${lang} confirmed`, confirmed);
    const prefs = /href="([^"]+\/preferences\?t=[^"]+)"/u.exec(confirmed)![1]!.replaceAll('&amp;', '&');
    const t = new URL(prefs).searchParams.get('t')!;
    pages.set(`${lang} preferences`, await (await fetch(prefs)).text());
    pages.set(
      `${lang} preferences saved`,
      await post(`${base}/preferences`, { t, ui: lang, lang, frequency: 'monthly' }),
    );
    pages.set(
      `${lang} preferences with errors`,
      await post(`${base}/preferences`, { t, ui: lang, lang, frequency: 'x', kinds: 'y' }),
    );
    pages.set(`${lang} unsubscribe`, await (await fetch(`${base}/unsubscribe?t=${t}&lang=${lang}`)).text());
    pages.set(`${lang} unsubscribed`, await post(`${base}/unsubscribe?t=${t}&lang=${lang}`, {}));
    pages.set(`${lang} bad link`, await (await fetch(`${base}/preferences?t=bad&lang=${lang}`)).text());
    pages.set(`${lang} not found`, await (await fetch(`${base}/nothing?lang=${lang}`)).text());
  }
}, 120_000);

afterAll(() => cleanup());

test('the server answers with every page in both languages', () => {
  expect(pages.size).toBe(22);
  for (const [name, html] of pages) expect(html, name).toMatch(new RegExp(`<html lang="${name.slice(0, 2)}"`, 'u'));
});

test.each([
  ['light', 1200],
  ['dark', 390],
] as const)(
  'every page passes axe (WCAG 2.1 AA) in %s mode at %i px and asks no third party',
  async (scheme, width) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('about:')) foreign.push(r.url());
    });
    const problems: string[] = [];
    for (const [name, html] of pages) {
      // Load a page of the server's origin first, so the stylesheet loads as it would for a reader.
      await page.goto(`${base}/health`);
      await page.setContent(html, { waitUntil: 'load' });
      // The accessibility gate's axe: WCAG 2.1 A and AA, axe's experimental rules among them.
      for (const v of await axe(page)) problems.push(`${name}: ${v.rule} — ${v.detail}`);
      expect(await page.locator('h1').count(), `${name}: one h1`).toBe(1);
      expect(await page.locator('main').count(), `${name}: a main landmark`).toBe(1);
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  },
  120_000,
);

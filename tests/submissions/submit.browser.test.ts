/**
 * The submission pages as a municipal staff member meets them, in Chromium: the static pages built from a
 * small fixture corpus (PRAXIS_OG=0) and served from loopback, the server on another loopback port, an SMTP
 * sink, a SQLite file. One submission with JavaScript (the altcha widget solves the proof of work under a
 * Content-Security-Policy without 'unsafe-inline' for it) and one without; hostile text goes through
 * confirmation and `accept` into a draft that, published, builds into a page showing it literally.
 * axe checks the static pages and the server's answers in both languages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { launchBrowser, openTab } from '../helpers/browser.ts';
import { build, type Build } from '../editor/build.ts';
import { parse, until } from '../newsletter/helpers.ts';
import { post, REPO_ROOT, runSubmissions, startSubmissionServer, validForm, type Running } from './helpers.ts';
import { axe as axeOf } from '../gates/lib/accessibility.ts';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/content-publish');
const HOSTILE = ['{process.exit(1)}', '<script>alert(1)</script>', 'import x from "y"', '---', '<InfoBox>'];
const HOSTILE_TEXT = HOSTILE.join('\n');

let server: Running;
let site: StaticServer;
let siteBuild: Build;
let browser: Browser;
let content: string;
let front: Server;

/** Pass a request on to a loopback port, as the production proxy (Caddy) does. */
function forward(port: number, req: IncomingMessage, res: ServerResponse): void {
  const out = request(
    { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', () => res.destroy());
  req.pipe(out);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  // One origin for the site and the server, as in production behind the proxy (the server under
  // /newsletter-api/): Chromium refuses a page's requests to another loopback port anyway.
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serverUrl = `${origin}/newsletter-api`;
  siteBuild = await build(FIXTURE, { PRAXIS_OG: '0', PRAXIS_NEWSLETTER_URL: serverUrl, PRAXIS_NOW: '2026-12-06' });
  if (siteBuild.code !== 0) throw new Error(siteBuild.output);
  site = await startStaticServer(siteBuild.outDir);
  server = await startSubmissionServer({ newsletterUrl: serverUrl }, origin);
  const sitePort = Number(new URL(site.url).port);
  const serverPort = Number(new URL(server.base).port);
  front = createHttpServer((req, res) =>
    forward((req.url ?? '').startsWith('/newsletter-api/') ? serverPort : sitePort, req, res),
  );
  await new Promise<void>((resolve) => front.listen(port, '127.0.0.1', () => resolve()));
  server.base = serverUrl;
  site = { url: origin, close: site.close };
  browser = await launchBrowser();
  content = mkdtempSync(join(REPO_ROOT, '.cache/submission-content-'));
  cpSync(FIXTURE, content, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  front?.closeAllConnections();
  await new Promise<void>((resolve) => (front ? front.close(() => resolve()) : resolve()));
  await site?.close();
  await server?.close();
  if (siteBuild) rmSync(siteBuild.tmp, { recursive: true, force: true });
  if (content) rmSync(content, { recursive: true, force: true });
});

/** A Content-Security-Policy as strict as the site's for the widget: scripts, styles and workers from the site only. */
function csp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "worker-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
  ].join('; ');
}

async function fill(page: Page, form: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(form)) {
    if (['ui', 'consentVersion', 'website', 'consent'].includes(name)) continue;
    const control = page.locator(`[name="${name}"]`);
    if ((await control.evaluate((e) => e.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
  await page.locator('#consent').check();
}

async function confirmByMail(page: Page, to: string): Promise<void> {
  await until(() => server.sink.received.some((m) => m.to[0] === to), `the confirmation to ${to}`);
  const mail = await parse(server.sink.received.find((m) => m.to[0] === to)!);
  const link = /http\S+\/submission\/confirm\?token=[\w-]+&lang=\w\w/u.exec(mail.text ?? '')![0];
  await page.goto(link);
  await page.getByRole('button').click();
  await page.waitForSelector('h1');
  expect(await page.locator('h1').textContent()).toMatch(/Danke für Ihre Einreichung|Thank you for your submission/u);
}

test('with JavaScript: the widget solves the proof of work under a strict CSP, the submission arrives marked so', async () => {
  const tab = await openTab(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const violations: string[] = [];
  await tab.context.route(`${site.url}/praxis/einreichen/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp() } });
  });
  await tab.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
    );
    (window as unknown as { __csp: string[] }).__csp = [];
  });
  expect(await tab.visit(`${site.url}/praxis/einreichen/`)).toBe(200);
  const form = validForm({
    email: 'mit-js@kreis.example',
    problem: `Ausgangslage mit Sonderzeichen:\n${HOSTILE_TEXT}`,
    details: HOSTILE_TEXT,
    lessons: HOSTILE_TEXT,
    contactName: '<InfoBox> {process.exit(1)}',
  });
  await fill(tab.page, form);
  // auto="onfocus": typing into the form started the proof of work; wait until its payload is in the form.
  await tab.page
    .waitForFunction(
      () => !!new FormData(document.querySelector<HTMLFormElement>('form.submit-form')!).get('altcha'),
      undefined,
      { timeout: 60_000 },
    )
    .catch(async (error: Error) => {
      const csp = await tab.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      const state = await tab.page.evaluate(() => document.querySelector('altcha-widget')?.outerHTML.slice(0, 1500));
      throw new Error(
        `${error.message}\nconsole: ${tab.consoleErrors.join('\n')}\ncsp: ${csp.join('\n')}\nwidget: ${state}`,
      );
    });
  await tab.page.getByRole('button', { name: 'Einreichung absenden' }).click();
  await tab.page.waitForURL(`${server.base}/api/submit`);
  expect(await tab.page.locator('h1').textContent()).toBe('Bitte bestätigen Sie Ihre Einreichung');
  violations.push(
    ...((await tab.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]),
  );
  expect(tab.foreignRequests).toEqual([]);
  await confirmByMail(tab.page, 'mit-js@kreis.example');
  const [row] = (await server.store.submissions('open')).filter((r) => r.email === 'mit-js@kreis.example');
  expect(row!.proofOfWork).toBe(true);
  expect(violations.filter((v) => /altcha|worker|pbkdf2|SubmitPage/u.test(v))).toEqual([]);
  await tab.close();

  // accept → a draft that passes the check; published, it builds into a page with the text as typed.
  const accepted = await runSubmissions(['accept', String(row!.id)], { ...server.env, PRAXIS_CONTENT_DIR: content });
  expect(accepted.code, accepted.output).toBe(0);
  const file = join(content, 'practices/de/digitale-bauakte-im-main-kinzig-kreis.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
  const published = await build(content, { PRAXIS_OG: '0', PRAXIS_NOW: '2026-12-31' });
  try {
    expect(published.code, published.output).toBe(0);
    const html = readFileSync(
      join(published.outDir, 'praxis/digitale-bauakte-im-main-kinzig-kreis/index.html'),
      'utf8',
    );
    const page = await browser.newPage();
    await page.setContent(html);
    const text = (await page.locator('main').innerText()).replace(/\s+/gu, ' ');
    for (const s of HOSTILE) expect(text, `"${s}" as text on the page`).toContain(s);
    expect(await page.locator('main script, main infobox').count()).toBe(0);
    await page.close();
  } finally {
    rmSync(published.tmp, { recursive: true, force: true });
  }
}, 600_000);

test('without JavaScript: the form works, the submission goes through with the stricter path', async () => {
  const tab = await openTab(browser, { javaScriptEnabled: false });
  expect(await tab.visit(`${site.url}/en/practices/submit/`)).toBe(200);
  await fill(tab.page, validForm({ ui: 'en', email: 'ohne-js@kreis.example', title: 'Open council data' }));
  await tab.page.getByRole('button', { name: 'Send the submission' }).click();
  await tab.page.waitForURL(`${server.base}/api/submit`);
  expect(await tab.page.locator('h1').textContent()).toBe('Please confirm your submission');
  expect(tab.foreignRequests).toEqual([]);
  await confirmByMail(tab.page, 'ohne-js@kreis.example');
  const [row] = (await server.store.submissions('open')).filter((r) => r.email === 'ohne-js@kreis.example');
  expect(row!.proofOfWork).toBe(false);
  expect(row!.lang).toBe('en');
  await tab.close();
}, 120_000);

test('the static pages and every server answer pass axe (WCAG 2.1 AA) in both languages, without third parties', async () => {
  const pages: [string, string][] = [];
  for (const lang of ['de', 'en']) {
    const ui = { ui: lang };
    pages.push([
      `${lang} errors`,
      (await post(`${server.base}/api/submit`, { ...ui, title: '<b>x</b>', links: 'javascript:alert(1)' })).text,
    ]);
    pages.push([
      `${lang} check inbox`,
      (await post(`${server.base}/api/submit`, validForm({ ...ui, email: `axe-${lang}@kreis.example` }))).text,
    ]);
    await until(() => server.sink.received.some((m) => m.to[0] === `axe-${lang}@kreis.example`), 'mail');
    const mail = await parse(server.sink.received.find((m) => m.to[0] === `axe-${lang}@kreis.example`)!);
    const link = /http\S+\/submission\/confirm\?token=[\w-]+&lang=\w\w/u.exec(mail.text ?? '')![0];
    pages.push([`${lang} confirm`, await (await fetch(link)).text()]);
    const token = new URL(link).searchParams.get('token')!;
    pages.push([`${lang} confirmed`, (await post(`${server.base}/submission/confirm?lang=${lang}`, { token })).text]);
    pages.push([`${lang} used`, (await post(`${server.base}/submission/confirm?lang=${lang}`, { token })).text]);
    pages.push([
      `${lang} bad link`,
      await (await fetch(`${server.base}/submission/confirm?token=x&lang=${lang}`)).text(),
    ]);
  }
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (![site.url, server.base, 'about:', 'data:'].some((p) => r.url().startsWith(p))) foreign.push(r.url());
  });
  const problems: string[] = [];
  const axe = async (name: string) => {
    // The accessibility gate's axe: WCAG 2.1 A and AA, axe's experimental rules among them.
    for (const v of await axeOf(page)) problems.push(`${name}: ${v.rule} — ${v.detail}`);
    expect(await page.locator('h1').count(), `${name}: one h1`).toBe(1);
  };
  for (const url of ['/praxis/einreichen/', '/en/practices/submit/']) {
    await page.goto(`${site.url}${url}`);
    await axe(url);
  }
  for (const [name, html] of pages) {
    await page.goto(`${server.base}/health`);
    await page.setContent(html, { waitUntil: 'load' });
    await axe(name);
  }
  await context.close();
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
}, 180_000);

/**
 * The hub as it runs in production, on loopback: the real `caddy` with deploy/Caddyfile in front of the
 * built site and the real Node newsletter server (tests/production/stack.ts). Asserts what the MDN HTTP
 * Observatory checks (its scanner needs ports 80/443 on a public name), the compression and cache rules, the
 * 404 page, zero Content-Security-Policy violations in Chromium on every page kind and the interactive parts
 * (search, directory filters, video embed), and the newsletter's double opt-in and one-click unsubscribe
 * through the proxy on the site's own origin.
 *
 * Layer: browser (builds the site, starts Caddy, Node and Chromium; about a minute).
 */
import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openTab, type Tab } from '../helpers/browser.ts';
import { listPages, pageKind } from '../helpers/pages.ts';
import { axe } from '../gates/lib/accessibility.ts';
import { parse, until } from '../newsletter/helpers.ts';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { nl } from '../../src/lib/newsletter/strings.ts';
import { SERVER_PAGE_PATHS } from '../../src/config/serverPages.ts';
import { startHttpsCaddy, startStack, type Stack } from './stack.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One raw HTTP request: no decompression, no redirects, so the test sees exactly what Caddy sent. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The headers every answer of the site must carry, with their exact values (deploy/Caddyfile). */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};
const VIDEO_ORIGINS = '"https://www.youtube-nocookie.com" "https://player.vimeo.com"';

let stack: Stack;
let browser: Browser;
let assets: { css: string; js: string };

beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser();
  // The largest of each: a tiny file (a 48-byte module stub) compresses to nothing smaller and is sent as it is.
  const files = await readdir(join(stack.dir, '_astro'), { withFileTypes: true });
  const largest = async (ext: string) => {
    const sized = await Promise.all(
      files
        .filter((f) => f.isFile() && f.name.endsWith(ext))
        .map(async (f) => ({ name: f.name, size: (await stat(join(stack.dir, '_astro', f.name))).size })),
    );
    return sized.sort((a, b) => b.size - a.size)[0]?.name;
  };
  const css = await largest('.css');
  const js = await largest('.js');
  if (!css || !js) throw new Error(`no CSS or JS in ${stack.dir}/_astro`);
  assets = { css: `/_astro/${css}`, js: `/_astro/${js}` };
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('headers', () => {
  test('every kind of answer carries the security headers with their intended values', async () => {
    const paths = ['/', '/praxis/', '/en/', assets.css, assets.js, '/favicon.svg', '/daten/praxisbeispiele.csv'];
    for (const path of [...paths, '/gibt-es-nicht/']) {
      const answer = await raw(`${stack.origin}${path}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(answer.headers[name], `${name} on ${path}`).toBe(value);
      }
      const permissions = String(answer.headers['permissions-policy']);
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) {
        expect(permissions, `Permissions-Policy on ${path}`).toContain(feature);
      }
      // Only the video players may autoplay or go full screen, after the reader's click.
      expect(permissions).toContain(`fullscreen=(self ${VIDEO_ORIGINS})`);
      expect(answer.headers.server, `Server header on ${path}`).toBeUndefined();
      // HSTS is only sent over HTTPS (production); on plain HTTP a browser would ignore it anyway.
      expect(answer.headers['strict-transport-security'], path).toBeUndefined();
    }
  });

  test("every page has a meta CSP with hashes, default-src 'self' and neither 'unsafe-inline' nor 'unsafe-eval'", async () => {
    const pages = await listPages(stack.dir);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const html = await readFile(page.file, 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/u
        .exec(html)?.[1]
        ?.replaceAll('&#39;', "'");
      expect(meta, `no CSP meta tag on ${page.path}`).toBeDefined();
      const directives = new Map(
        meta!.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/u);
          return [name, values] as const;
        }),
      );
      expect(directives.get('default-src'), page.path).toEqual(["'self'"]);
      expect(directives.get('object-src'), page.path).toEqual(["'none'"]);
      for (const name of ['script-src', 'style-src']) {
        const values = directives.get(name) ?? [];
        expect(values[0], `${name} on ${page.path}`).toBe("'self'");
        expect(values, `${name} on ${page.path}`).not.toContain("'unsafe-inline'");
        expect(values, `${name} on ${page.path}`).not.toContain("'unsafe-eval'");
      }
      expect(html, `inline style attribute on ${page.path}`).not.toMatch(/<[a-z][^>]*\sstyle="/u);
    }
  });

  test('the newsletter server keeps its own stricter headers behind the proxy; its page carries the site’s CSP', async () => {
    const answer = await raw(`${stack.origin}/newsletter-api/confirm?token=${'x'.repeat(43)}`);
    expect(answer.status).toBe(404);
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['content-security-policy']).toBe(
      "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
    );
    // The answer is framed by the site's page: its <meta> policy, with the hashes of the layout's inline styles.
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/u.exec(answer.body.toString())?.[1];
    expect(meta?.replaceAll('&#39;', "'")).toContain("default-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
  });
});

describe('HTTPS as in production (a host name instead of an http:// address)', () => {
  test('HTTP redirects to HTTPS, and HTTPS answers carry HSTS besides the other headers', async () => {
    const caddy = await startHttpsCaddy(stack.dir);
    try {
      const redirect = await raw(`${caddy.http}/praxis/?q=1`);
      expect(redirect.status).toBe(308);
      // Caddy 2.6 leaves a non-standard HTTPS port out of the redirect; in production it is 443 anyway.
      const target = new URL(String(redirect.headers.location));
      expect([target.protocol, target.hostname, target.pathname, target.search]).toEqual([
        'https:',
        'localhost',
        '/praxis/',
        '?q=1',
      ]);
      for (const path of ['/', assets.css, '/gibt-es-nicht/']) {
        const answer = await new Promise<Answer>((resolve, reject) => {
          const req = httpsRequest(`${caddy.https}${path}`, { ca: caddy.ca }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) }));
          });
          req.on('error', reject);
          req.end();
        });
        expect(answer.status, path).toBe(path === '/gibt-es-nicht/' ? 404 : 200);
        expect(answer.headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(answer.headers[name], `${name} on ${path}`).toBe(value);
      }
    } finally {
      await caddy.stop();
    }
  });
});

describe('compression and caching', () => {
  test('HTML, CSS and JS come as brotli and gzip from the precompressed files, with Vary', async () => {
    for (const [path, file] of [
      ['/praxis/', 'praxis/index.html'],
      [assets.css, assets.css.slice(1)],
      [assets.js, assets.js.slice(1)],
    ] as const) {
      const original = await readFile(join(stack.dir, file));
      for (const [encoding, decode] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        const answer = await raw(`${stack.origin}${path}`, { headers: { 'accept-encoding': encoding } });
        expect(answer.status, path).toBe(200);
        expect(answer.headers['content-encoding'], `${path} with ${encoding}`).toBe(encoding);
        expect(answer.headers.vary, path).toBe('Accept-Encoding');
        expect(answer.body.length, `${path}: compressed is smaller`).toBeLessThan(original.length);
        expect(decode(answer.body).equals(original), `${path}: ${encoding} decodes to the file`).toBe(true);
      }
      const plain = await raw(`${stack.origin}${path}`);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.headers.vary, path).toBe('Accept-Encoding');
      expect(plain.body.equals(original)).toBe(true);
    }
  });

  test('hashed assets are immutable for a year, pages and other files are revalidated', async () => {
    for (const path of [assets.css, assets.js]) {
      expect((await raw(`${stack.origin}${path}`)).headers['cache-control'], path).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    for (const path of ['/', '/praxis/', '/en/practices/', '/pagefind/pagefind-entry.json', '/feeds/']) {
      const answer = await raw(`${stack.origin}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
    // Revalidation costs a 304 without a body.
    const first = await raw(`${stack.origin}/praxis/`);
    const again = await raw(`${stack.origin}/praxis/`, { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('a missing page answers 404 with the site’s own 404 page, compressed too', async () => {
    const page = await readFile(join(stack.dir, '404.html'));
    const answer = await raw(`${stack.origin}/gibt-es-nicht/`);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.equals(page)).toBe(true);
    const br = await raw(`${stack.origin}/en/nothing-here/`, { headers: { 'accept-encoding': 'br' } });
    expect(br.status).toBe(404);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(page)).toBe(true);
    // A folder without its slash is redirected to the canonical address.
    const redirect = await raw(`${stack.origin}/praxis`);
    expect(redirect.status).toBe(308);
    expect(redirect.headers.location).toBe('/praxis/');
  });

  test('the access log keeps no full client address and no newsletter token', async () => {
    await raw(`${stack.origin}/newsletter-api/unsubscribe?t=secret-token-value&lang=de`);
    let log = '';
    await until(async () => {
      log = await readFile(stack.accessLog, 'utf8').catch(() => '');
      return log.includes('/newsletter-api/unsubscribe');
    }, 'the access log entry');
    expect(log).not.toContain('secret-token-value');
    expect(log).toContain('"remote_ip":"127.0.0.0"');
    expect(log).not.toContain('"remote_ip":"127.0.0.1"');
  });
});

/** A tab that records every CSP violation: the DOM event and Chromium's console report. */
async function cspTab(): Promise<Tab & { violations: string[] }> {
  const tab = await openTab(browser, { viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  await tab.page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await tab.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  tab.page.on('console', (message) => {
    if (/Content Security Policy|Refused to/iu.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return Object.assign(tab, { violations });
}

async function rendered(page: Page, state: string): Promise<void> {
  await page.waitForFunction((s) => {
    const app = document.querySelector('[data-search-app]');
    return app?.getAttribute('data-rendered') === s && app.getAttribute('data-counted') === s;
  }, state);
}

describe('Content-Security-Policy in Chromium', () => {
  test('no violation on one page of every kind, in both languages', async () => {
    const pages = await listPages(stack.dir);
    const chosen = new Map<string, string>();
    for (const page of pages) {
      const lang = page.path.startsWith('/en/') ? 'en' : 'de';
      const key = `${pageKind(page.path)}:${lang}:${page.path.split('/').filter(Boolean).length > 1 ? 'entry' : 'top'}`;
      if (!chosen.has(key)) chosen.set(key, page.path);
    }
    const tab = await cspTab();
    try {
      for (const path of chosen.values()) {
        const status = await tab.visit(`${stack.origin}${path}`);
        expect(status, path).toBe(200);
      }
      expect(tab.violations).toEqual([]);
      expect(tab.consoleErrors).toEqual([]);
      expect(chosen.size).toBeGreaterThan(15);
    } finally {
      await tab.close();
    }
  });

  test('no violation while searching, filtering the directory and loading a video', async () => {
    const tab = await cspTab();
    const { page } = tab;
    try {
      await tab.visit(`${stack.origin}/suche/`);
      await page.locator('#search-q').pressSequentially('Sozialverwaltung');
      await page.waitForFunction(() => (document.querySelector('[data-results]')?.children.length ?? 0) > 0);
      expect(await page.locator('[data-results] mark').count()).toBeGreaterThan(0);

      await tab.visit(`${stack.origin}/praxis/`);
      await page.locator('input[name="state"][value="thueringen"]').check();
      await rendered(page, '?state=thueringen');
      expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);

      await tab.visit(`${stack.origin}/styleguide/`);
      const load = page.locator('.video__load').first();
      await load.click();
      await page.locator('.video__frame iframe').first().waitFor({ state: 'attached' });
      // The player's own request goes to YouTube and is stopped by the test browser (no traffic leaves the
      // machine); the CSP allowed the frame, or it would be in the list.
      expect(tab.violations).toEqual([]);
      expect(tab.foreignRequests.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    } catch (error) {
      // A blocked script shows as a search that never answers: name the violations, not just the timeout.
      throw new Error(`${(error as Error).message}\nCSP violations: ${JSON.stringify(tab.violations, null, 1)}`, {
        cause: error,
      });
    } finally {
      await tab.close();
    }
  });
});

describe('the newsletter through the proxy, on the site’s origin', () => {
  test('sign-up, confirmation from the e-mail and one-click unsubscribe work', async () => {
    const tab = await cspTab();
    const { page } = tab;
    const email = 'leser@musterland.example';
    try {
      await tab.visit(`${stack.origin}/newsletter/`);
      const form = page.locator('form.nl-form');
      expect(new URL((await form.getAttribute('action'))!).origin).toBe(stack.origin);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="consent"]').check();
      await Promise.all([page.waitForURL('**/newsletter-api/api/subscribe'), page.locator('.nl-submit').click()]);
      expect(new URL(page.url()).origin).toBe(stack.origin);
      expect(await page.locator('h1').textContent()).toBeTruthy();

      await until(() => stack.sink.received.some((m) => m.to.includes(email)), 'the confirmation e-mail');
      const mail = await parse(stack.sink.received.find((m) => m.to.includes(email))!);
      const confirmUrl = /https?:\/\/\S+\/confirm\?token=[\w-]+/u.exec(mail.text ?? '')?.[0];
      expect(confirmUrl, mail.text).toBeDefined();
      expect(new URL(confirmUrl!).origin).toBe(stack.origin);

      await tab.visit(confirmUrl!);
      await Promise.all([
        page.waitForURL('**/newsletter-api/confirm?lang=de'),
        page.locator('main form button').click(),
      ]);
      const preferences = await page.locator('a[href*="/preferences?t="]').getAttribute('href');
      expect(preferences).toBeTruthy();
      const token = new URL(preferences!, stack.origin).searchParams.get('t')!;

      // RFC 8058: the mail client POSTs to the List-Unsubscribe address; no cookie, no redirect.
      const answer = await raw(`${stack.origin}/newsletter-api/unsubscribe?t=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.location).toBeUndefined();
      // The preference page now says the address is no longer subscribed.
      await tab.visit(new URL(preferences!, stack.origin).href);
      expect(await page.locator('main').textContent()).toContain(nl('de').page.preferences.notSubscribed);
      expect(tab.violations).toEqual([]);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${await stack.logs()}`, { cause: error });
    } finally {
      await tab.close();
    }
  });
});

describe('the newsletter server’s answers in the site’s frame', () => {
  test('the frame pages are noindex, outside the sitemap and the search index', async () => {
    const sitemaps = (await readdir(stack.dir)).filter((f) => /^sitemap.*\.xml$/u.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = (await Promise.all(sitemaps.map((f) => readFile(join(stack.dir, f), 'utf8')))).join('\n');
    expect(listed).toContain('/newsletter/');
    for (const path of Object.values(SERVER_PAGE_PATHS)) {
      expect(listed, path).not.toContain(`${path}<`);
      const html = await readFile(join(stack.dir, path, 'index.html'), 'utf8');
      expect(html, path).toContain('<meta name="robots" content="noindex"');
      expect(html, path).not.toContain('data-pagefind-body');
    }
  });

  test('confirmation, unsubscription and error pages have the site’s header, footer and stylesheet; axe and CSP clean in both languages', async () => {
    const tab = await cspTab();
    const { page } = tab;
    const problems: string[] = [];
    try {
      // What a page of the site links and shows, to compare the answers with.
      const look = async () =>
        page.evaluate(() => ({
          styles: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
          nav: [...document.querySelectorAll('header nav a')].map((a) => a.getAttribute('href')),
          footer: document.querySelector('footer')?.textContent?.replace(/\s+/gu, ' ').trim(),
          h1: document.querySelector('main h1')?.textContent?.trim(),
          lang: document.documentElement.lang,
        }));
      for (const lang of ['de', 'en'] as const) {
        await tab.visit(`${stack.origin}${lang === 'de' ? '/newsletter/' : '/en/newsletter/'}`);
        const site = await look();
        const email = `rahmen-${lang}@musterland.example`;
        const signup = await fetch(`${stack.origin}/newsletter-api/api/subscribe`, {
          method: 'POST',
          body: new URLSearchParams({
            ui: lang,
            lang,
            frequency: 'weekly',
            consent: 'yes',
            email,
            consentVersion: CURRENT_CONSENT_VERSION,
          }),
        });
        expect(signup.status).toBe(200);
        await until(() => stack.sink.received.some((m) => m.to.includes(email)), 'the confirmation e-mail');
        const mail = await parse(stack.sink.received.find((m) => m.to.includes(email))!);
        const confirmUrl = /https?:\/\/\S+\/confirm\?token=[\w-]+/u.exec(mail.text ?? '')![0];
        const visits: [string, () => Promise<unknown>][] = [
          ['confirmation', () => tab.visit(confirmUrl)],
          [
            'confirmed',
            () => Promise.all([page.waitForURL('**/confirm?lang=*'), page.locator('main form button').click()]),
          ],
          [
            'preferences',
            () =>
              Promise.all([
                page.waitForURL('**/preferences?t=*'),
                page.locator('main a[href*="/preferences?t="]').click(),
              ]),
          ],
          [
            'unsubscribed',
            () =>
              Promise.all([page.waitForURL('**/unsubscribe?t=*'), page.locator('main section form button').click()]),
          ],
          ['error', () => tab.visit(`${stack.origin}/newsletter-api/nichts?lang=${lang}`)],
        ];
        for (const [name, go] of visits) {
          await go();
          const answer = await look();
          expect(answer.lang, name).toBe(lang);
          expect(answer.h1, name).toBeTruthy();
          if (name === 'unsubscribed') expect(answer.h1).toBe(nl(lang).page.unsubscribed.title);
          // The site's own stylesheets (the frame adds the forms' one), navigation and footer.
          for (const href of site.styles) expect(answer.styles, `${lang} ${name}: ${href}`).toContain(href);
          expect(answer.nav, `${lang} ${name}`).toEqual(site.nav);
          expect(answer.footer, `${lang} ${name}`).toBe(site.footer);
          for (const v of await axe(page)) problems.push(`${lang} ${name}: ${v.rule} — ${v.detail}`);
        }
      }
      expect(problems).toEqual([]);
      expect(tab.violations).toEqual([]);
      expect(tab.consoleErrors.filter((e) => !/404/u.test(e))).toEqual([]);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${await stack.logs()}`, { cause: error });
    } finally {
      await tab.close();
    }
  });
});

/**
 * Debian's Chromium for tests, through playwright-core (no browser download): its headless shell (Debian package
 * `chromium-headless-shell`, the same Chromium without the desktop browser around it — what Playwright itself runs
 * for headless tests). Against the full `chromium` in headless mode, every browser test file took less CPU: the
 * gates' crawl 275 → 241 CPU s, the twelve files of the browser layer 575 → 502 CPU s (each file alone, the same
 * test site, back to back), with the same results; the visual baselines are its pictures (text is anti-aliased
 * a little differently from the full browser's).
 *
 *   const browser = await launchBrowser();                    // one per test file: beforeAll / afterAll
 *   const tab = await openPage(browser, `${siteUrl}/praxis/`); // new context + page, already loaded
 *   expect(tab.consoleErrors).toEqual([]);
 *   expect(tab.foreignRequests).toEqual([]);                  // any request to a non-loopback host
 *   await tab.visit(`${siteUrl}/en/`);                        // reuse the tab; the lists start empty again
 *   await tab.close();  await browser.close();
 *
 * Requests to hosts other than loopback are recorded and fail, so a test never leaks traffic and a
 * page that depends on a third party shows it. Set CHROME_PATH to use another Chromium binary.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium-headless-shell';
/**
 * Every request to another machine goes to a proxy that is not there (a closed loopback port) and fails;
 * Chromium sends loopback addresses (localhost, 127.0.0.0/8, [::1]) past any proxy by itself. The tabs record
 * those requests (`openTab`). Blocking them in the browser instead of through Playwright's request interception
 * (`context.route`) keeps Chromium's HTTP cache on — any route switches it off for the context — and spares a
 * round trip to the test process for every request: the gates' crawl 359 → 339 CPU s (one run each, back to back,
 * same coverage; the byte budgets count the same bytes); an editor load 1.1–1.2 → 0.7–1.0 CPU s (four contexts
 * of six loads each way), though the editor's test file as a whole did not change measurably (55.1 → 54.6 s).
 */
const NO_TRAFFIC_OUT = ['--proxy-server=http://127.0.0.1:9'];

/**
 * The flags every Chromium start uses: no sandbox (containers, root), no GPU, no calls home, no traffic out.
 *
 * Measured and left out (issue 16): with two or more contexts open, Chromium starts a new renderer for nearly
 * every navigation (2 contexts, 30 loads: 33 renderers), and a cold renderer costs about 0.1 s more CPU per load
 * with an axe run. `--disable-site-isolation-trials` keeps one renderer per context (4 renderers), but made the
 * whole crawl slower: 321 → 391 CPU s and 249 → 997 s wall (tests/gates/crawl.browser.test.ts, 149 pages).
 * `--renderer-process-limit=2` timed out a load; disabling the spare renderer needs `--disable-features`, which
 * would replace Playwright's own list of disabled features.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...NO_TRAFFIC_OUT,
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** True for 127.0.0.0/8, localhost and [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/u.test(hostname);
}

/**
 * True when loading `url` would reach another machine: a network scheme and a non-loopback host.
 * data:, blob:, about: and the like never leave the browser.
 */
export function isForeignUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) return false;
  return !isLoopbackHost(parsed.hostname);
}

/** The icon browsers request by themselves: `/favicon.ico` at the root of a loopback site. */
function isDefaultFavicon(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.pathname === '/favicon.ico' && isLoopbackHost(parsed.hostname);
  } catch {
    return false;
  }
}

export interface Tab {
  page: Page;
  context: BrowserContext;
  /** console.error messages, uncaught exceptions and failed loads since the last visit. */
  consoleErrors: string[];
  /** URLs of requests to non-loopback hosts since the last visit (all failed: CHROMIUM_ARGS). */
  foreignRequests: string[];
  /** Loads `url` (waits for `load`); clears both lists first. Returns the HTTP status of the document. */
  visit: (url: string) => Promise<number>;
  close: () => Promise<void>;
}

/** A fresh context and page. `options` are Playwright context options (viewport, colorScheme, …). */
/**
 * `quietLoadsOf`: addresses (prefixes) whose failed loads are not console errors — the newsletter server's, in a
 * crawl of the static site without it running (its answers are tested with the server, tests/submissions).
 */
export async function openTab(
  browser: Browser,
  options: BrowserContextOptions = {},
  quietLoadsOf: readonly string[] = [],
): Promise<Tab> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  // Foreign requests fail in the browser (CHROMIUM_ARGS: no traffic out); here they are recorded.
  page.on('request', (request) => {
    if (isForeignUrl(request.url())) foreignRequests.push(request.url());
  });
  page.on('websocket', (socket) => {
    if (isForeignUrl(socket.url())) foreignRequests.push(socket.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A blocked third-party load is already in foreignRequests; don't count it twice.
    if (isForeignUrl(message.location().url) && message.text().startsWith('Failed to load resource')) return;
    // The browser asks each new context for /favicon.ico by itself (with the HTTP cache on, it is reported as a
    // page's console error); a page's own icons are its <link rel="icon">, checked like any other load.
    if (message.text().startsWith('Failed to load resource') && isDefaultFavicon(message.location().url)) return;
    if (
      message.text().startsWith('Failed to load resource') &&
      quietLoadsOf.some((prefix) => message.location().url.startsWith(prefix))
    )
      return;
    consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // ERR_ABORTED is a cancellation (e.g. the favicon of a page the tab navigated away from), not a failure.
    if (isForeignUrl(request.url()) || reason === 'net::ERR_ABORTED') return;
    if (quietLoadsOf.some((prefix) => request.url().startsWith(prefix))) return;
    consoleErrors.push(`${reason}: ${request.url()}`);
  });

  return {
    page,
    context,
    consoleErrors,
    foreignRequests,
    async visit(url) {
      consoleErrors.length = 0;
      foreignRequests.length = 0;
      const response = await page.goto(url, { waitUntil: 'load' });
      return response?.status() ?? 0;
    },
    close: () => context.close(),
  };
}

/** `openTab` and `visit(url)` in one. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Tab> {
  const tab = await openTab(browser, options);
  await tab.visit(url);
  return tab;
}

/**
 * One crawl for the browser gates: every page is loaded once per viewport and colour scheme (MODES in
 * ./accessibility.ts: 1280 and 390 px, light and dark), and each load serves every gate at once —
 *
 *   accessibility  the checks of ./accessibility.ts for that mode (axe in every mode)
 *   privacy        requests to other hosts (aborted), cookies, console errors and failed loads, in every mode,
 *                  with lazy images and iframes made eager so that whatever a page could load is loaded
 *   budgets        the bytes of every response, grouped as ./weight.ts does, at 1280 px in the light scheme
 *
 *   const result = await crawl(browser, siteUrl, ['/', '/praxis/'], { workers: 3 });
 *   result.accessibility, result.privacy          // Finding[], in page order then mode order
 *   result.weights.get('/praxis/')                // bytes per resource class
 *   result.checks                                 // how many of each check ran: the coverage, to report
 *
 * `workers` pages are crawled at the same time, each in its own browser context; the modes of one page run
 * one after another in its worker's context: the page is loaded once per viewport, in the light scheme, and
 * checked there; then the scheme is switched to dark in place and the same page checked again (all checks
 * of that mode, the keyboard walk from the top included). A reload per scheme would double the loads.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTab, type Tab } from '../../helpers/browser.ts';
import {
  AXE_SCRIPT,
  checkLoadedPage,
  gateHelpers,
  MODES,
  modeName,
  SCHEMES,
  VIEWPORTS,
  type Mode,
  type SchemePass,
  type StepTimes,
} from './accessibility.ts';
import type { Finding } from './findings.ts';
import { classOf, emptyWeight, type ResourceClass, type Weight } from './weight.ts';
import { newsletterBaseUrl } from '../../../src/lib/newsletter/config.ts';

export interface Checks {
  pages: number;
  viewports: number;
  schemes: number;
  /** Pages checked in a mode: pages × viewports × schemes (loaded once per viewport, the scheme switched in place). */
  loads: number;
  /** Loads from the server: pages × viewports. */
  visits: number;
  axe: number;
  /**
   * Checks in the second colour scheme whose layout was the first scheme's, so that the keyboard walk's Tab
   * stops were reused and axe ran its colour rules only (see checkLoadedPage).
   */
  sameLayout: number;
  keyboardWalks: number;
  darkFocus: number;
  /** Focus indicators measured, summed over all modes (each look once per mode and crawl). */
  focusMeasured: number;
  reflow: number;
  privacy: number;
  weights: number;
}

export interface CrawlResult {
  accessibility: Finding[];
  privacy: Finding[];
  /** Bytes per resource class of each page, at 1280 px, light. */
  weights: Map<string, Weight>;
  checks: Checks;
  /** Wall time of the crawl and time per step summed over all workers, in ms. */
  wallMs: number;
  times: StepTimes;
}

export interface CrawlOptions {
  /** Pages crawled at the same time, each in its own browser context. */
  workers?: number;
}

/**
 * How many pages to crawl at once. One page's modes keep one core busy at most (Node, the browser and the
 * renderer take turns), so two cores want at least two. Measured on 2 cores shared with other work
 * (37 pages, runs in the order 1-2-3-4-4-3-2-1): 1 → 86 / 88 s, 2 → 88 / 71 s, 3 → 85 / 54 s, 4 → 104 / 70 s.
 * Again with all 149 pages, CPU s of the file (Chromium included) / wall: 1 → 308 / 845 s, 3 → 315–321 / 249–269 s
 * (issue 16): one worker saves no CPU worth its wall time.
 * `PRAXIS_CRAWL_WORKERS` overrides.
 */
export function defaultWorkers(): number {
  const fromEnv = Number(process.env.PRAXIS_CRAWL_WORKERS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 3;
}

/** The mode in which bytes are measured: the budgets are set for it (tests/gates/budgets.ts). */
const isWeightMode = (mode: Mode) => mode.viewport === 'desktop' && mode.scheme === 'light';

interface Worker {
  tab: Tab;
  /** Responses of the current load, for the byte count. */
  files: { type: ResourceClass; bytes: number }[];
  pending: Set<Promise<void>>;
}

async function openWorker(browser: Browser): Promise<Worker> {
  // Reduced motion: a focus style must not need an animation to finish before it can be measured.
  // The submission form's widget asks the newsletter server for a challenge when a field gets focus; the crawl
  // serves the static site only, so that load fails — by design here, not a fault of the page.
  const tab = await openTab(browser, { reducedMotion: 'reduce', deviceScaleFactor: 1 }, [newsletterBaseUrl()]);
  await tab.context.addInitScript(gateHelpers);
  await tab.context.addInitScript(AXE_SCRIPT);
  const worker: Worker = { tab, files: [], pending: new Set() };
  tab.page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    const job = request
      .sizes()
      .then((sizes) => {
        worker.files.push({ type: classOf(request.resourceType()), bytes: sizes.responseBodySize });
      })
      .catch(() => undefined)
      .finally(() => worker.pending.delete(job));
    worker.pending.add(job);
  });
  return worker;
}

/** Waits until the sizes of all finished responses are known. */
async function drain(worker: Worker): Promise<void> {
  while (worker.pending.size > 0) await Promise.all([...worker.pending]);
}

/** Makes lazy images and iframes load now, and waits for every image and the fonts. */
async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('img[loading="lazy"], iframe[loading="lazy"]')) {
      el.setAttribute('loading', 'eager');
    }
    await Promise.all(
      [...document.images].map((img) =>
        img.complete
          ? undefined
          : new Promise((done) => {
              img.addEventListener('load', done, { once: true });
              img.addEventListener('error', done, { once: true });
            }),
      ),
    );
    await document.fonts.ready;
  });
  await page.waitForLoadState('load');
}

async function privacyProblems(context: BrowserContext, tab: Tab, status: number): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const url of new Set(tab.foreignRequests)) findings.push({ page: '', rule: 'third-party-request', detail: url });
  for (const cookie of await context.cookies()) {
    findings.push({ page: '', rule: 'cookie', detail: `${cookie.name} (${cookie.domain})` });
  }
  // The 404 page answers with status 404 by design, which Chromium logs as a failed load.
  const errors = tab.consoleErrors.filter((e) => !(status === 404 && /\b404\b/u.test(e)));
  for (const error of errors) findings.push({ page: '', rule: 'console-error', detail: error });
  return findings;
}

/** Crawls `paths` (URL paths) of the site at `baseUrl` in every mode. */
export async function crawl(
  browser: Browser,
  baseUrl: string,
  paths: readonly string[],
  options: CrawlOptions = {},
): Promise<CrawlResult> {
  const started = performance.now();
  const workerCount = Math.max(1, Math.min(options.workers ?? defaultWorkers(), paths.length));
  const verified = new Map(MODES.map((m) => [modeName(m), new Set<string>()]));
  const times: StepTimes = {};
  const perPage = new Map<string, { accessibility: Finding[]; privacy: Finding[] }>();
  const weights = new Map<string, Weight>();
  const checks: Checks = {
    pages: paths.length,
    viewports: new Set(MODES.map((m) => m.viewport)).size,
    schemes: new Set(MODES.map((m) => m.scheme)).size,
    loads: 0,
    visits: 0,
    axe: 0,
    sameLayout: 0,
    keyboardWalks: 0,
    darkFocus: 0,
    focusMeasured: 0,
    reflow: 0,
    privacy: 0,
    weights: 0,
  };
  const time = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      times[name] = (times[name] ?? 0) + performance.now() - t0;
    }
  };

  async function crawlPage(worker: Worker, path: string): Promise<void> {
    const { tab } = worker;
    const found = { accessibility: [] as Finding[], privacy: [] as Finding[] };
    let status = 0;
    let firstPass: SchemePass | undefined;
    for (const mode of MODES) {
      const name = modeName(mode);
      const fresh = mode.scheme === SCHEMES[0];
      await tab.page.emulateMedia({ colorScheme: mode.scheme });
      if (fresh) {
        // A page is loaded once per viewport, in the first scheme; the other schemes are switched to in place
        // (the site's colours are CSS media queries, which Chromium re-evaluates at once).
        await tab.page.setViewportSize(VIEWPORTS[mode.viewport]);
        await tab.context.clearCookies();
        await drain(worker); // late responses of the previous load must not count for this one
        worker.files = [];
        status = await time('load', () => tab.visit(`${baseUrl}${path}`));
        checks.visits++;
      } else {
        // As a fresh load leaves it for the keyboard (the keyboard walk starts at the top again). The privacy
        // lists are kept: what the page asked for since its load is what it asks for in this scheme, plus
        // whatever the switch made it load (a dark-only image, say).
        await tab.page.evaluate(() => window.__gate.fromTop());
      }
      checks.loads++;
      await time('load', () => loadEverything(tab.page));
      if (isWeightMode(mode)) {
        await time('load', () => drain(worker));
        const weight = emptyWeight();
        for (const f of worker.files) weight[f.type] += f.bytes;
        weights.set(path, weight);
        checks.weights++;
      }
      const { problems, pass, sameLayout, focusMeasured } = await checkLoadedPage(
        tab.page,
        mode,
        verified.get(name) as Set<string>,
        times,
        fresh ? undefined : firstPass,
      );
      if (fresh) firstPass = pass;
      checks.axe++;
      if (sameLayout) checks.sameLayout++;
      checks.focusMeasured += focusMeasured;
      if (mode.scheme === 'light') checks.keyboardWalks++;
      else checks.darkFocus++;
      if (mode.viewport === 'phone' && mode.scheme === 'light') checks.reflow++;
      for (const p of problems) found.accessibility.push({ page: path, rule: `${p.rule} @${name}`, detail: p.detail });
      for (const f of await privacyProblems(tab.context, tab, status)) {
        found.privacy.push({ ...f, page: path, rule: `${f.rule} @${name}` });
      }
      checks.privacy++;
    }
    perPage.set(path, found);
  }

  const workers = await Promise.all(Array.from({ length: workerCount }, () => openWorker(browser)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < paths.length) await crawlPage(worker, paths[next++]);
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.tab.close()));
  }
  const ordered = paths.map((p) => perPage.get(p) as { accessibility: Finding[]; privacy: Finding[] });
  return {
    accessibility: ordered.flatMap((p) => p.accessibility),
    privacy: ordered.flatMap((p) => p.privacy),
    weights,
    checks,
    wallMs: performance.now() - started,
    times,
  };
}

/** One line saying what was checked, e.g. for the test log: the coverage, so that a shrink is visible. */
export function coverageLine(checks: Checks): string {
  return (
    `${checks.pages} pages × ${checks.viewports} viewports × ${checks.schemes} colour schemes = ${checks.loads} page checks ` +
    `(${checks.visits} loads, the scheme switched in place); ` +
    `axe ${checks.axe} (in the second scheme ${checks.sameLayout} with the first one's layout: colour rules), keyboard walks ${checks.keyboardWalks}, focus in dark ${checks.darkFocus} (indicators measured ${checks.focusMeasured}), ` +
    `reflow at 320 px ${checks.reflow}, privacy ${checks.privacy}, byte budgets ${checks.weights}`
  );
}

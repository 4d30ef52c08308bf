/**
 * What a page costs to load, measured in Chromium rather than guessed from files: the bytes of every
 * response the page needs at desktop width (1280 px), grouped as the budgets are (html, css, font, image,
 * script, other). Lazy images are made eager first, so images further down the page count too; fonts count
 * only when the page uses them (the browser skips unused faces and unicode ranges). Bytes are response
 * bodies as served, uncompressed; the test server does not compress.
 */
import type { Browser } from 'playwright-core';
import { openTab, type Tab } from '../../helpers/browser.ts';
import type { Finding } from './findings.ts';

export const RESOURCE_CLASSES = ['html', 'css', 'font', 'image', 'script', 'other'] as const;
export type ResourceClass = (typeof RESOURCE_CLASSES)[number];
export type Weight = Record<ResourceClass, number>;

const CLASS_OF: Record<string, ResourceClass> = {
  document: 'html',
  stylesheet: 'css',
  font: 'font',
  image: 'image',
  script: 'script',
};

export interface WeightMeter {
  measure: (url: string) => Promise<{ weight: Weight; files: { url: string; type: ResourceClass; bytes: number }[] }>;
  close: () => Promise<void>;
}

export async function openWeightMeter(browser: Browser): Promise<WeightMeter> {
  const tab: Tab = await openTab(browser, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  let files: { url: string; type: ResourceClass; bytes: number }[] = [];
  const pending = new Set<Promise<void>>();
  tab.page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    const job = request
      .sizes()
      .then((sizes) => {
        files.push({
          url: request.url(),
          type: CLASS_OF[request.resourceType()] ?? 'other',
          bytes: sizes.responseBodySize,
        });
      })
      .catch(() => undefined)
      .finally(() => pending.delete(job));
    pending.add(job);
  });
  return {
    async measure(url) {
      files = [];
      await tab.visit(url);
      await tab.page.evaluate(async () => {
        for (const img of document.querySelectorAll('img[loading="lazy"]')) img.setAttribute('loading', 'eager');
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
      // Let 'requestfinished' events of the last responses arrive.
      await tab.page.waitForLoadState('load');
      while (pending.size > 0) await Promise.all([...pending]);
      const weight = Object.fromEntries(RESOURCE_CLASSES.map((c) => [c, 0])) as Weight;
      for (const f of files) weight[f.type] += f.bytes;
      return { weight, files: [...files] };
    },
    close: () => tab.close(),
  };
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/** The resource classes in which `weight` exceeds `budget`, as findings for `page`. */
export function overBudget(
  page: string,
  kind: string,
  weight: Weight,
  budget: Partial<Record<ResourceClass, number>>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [type, limit] of Object.entries(budget) as [ResourceClass, number][]) {
    if (weight[type] > limit) {
      findings.push({
        page,
        rule: `budget ${kind}.${type}`,
        detail: `${fmt(weight[type])} bytes of ${type}, budget ${fmt(limit)} (+${fmt(weight[type] - limit)}); see tests/gates/budgets.ts`,
      });
    }
  }
  return findings;
}

/** Scripts on pages that may not have any. */
export function scriptsOutOfPlace(
  pages: readonly { path: string; scripts: readonly string[] }[],
  mayRunScripts: (path: string) => boolean,
): Finding[] {
  return pages
    .filter((p) => p.scripts.length > 0 && !mayRunScripts(p.path))
    .flatMap((p) => p.scripts.map((detail) => ({ page: p.path, rule: 'script-on-content-page', detail })));
}

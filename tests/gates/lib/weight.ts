/**
 * What a page costs to load, measured in Chromium rather than guessed from files (the crawl, ./crawl.ts, counts
 * the bytes of every response a page needs at desktop width, 1280 px), grouped as the budgets are (html, css,
 * font, image, script, other), and compared with the budgets. Lazy images are made eager first, so images
 * further down the page count too; fonts count only when the page uses them (the browser skips unused faces
 * and unicode ranges). Bytes are response bodies as served, uncompressed; the test server does not compress.
 */
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

/** The resource class of a Playwright `request.resourceType()`. */
export const classOf = (resourceType: string): ResourceClass => CLASS_OF[resourceType] ?? 'other';

export const emptyWeight = (): Weight => Object.fromEntries(RESOURCE_CLASSES.map((c) => [c, 0])) as Weight;

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

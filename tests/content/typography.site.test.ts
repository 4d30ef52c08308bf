/**
 * How text breaks on the real site's pages (issue #15, found in the screenshots of every template): a
 * suspended hyphen stays with its word. "Digitalisierungsmacherinnen und -macher" must not end a line with
 * "und -" (src/lib/typography.ts `keepHyphens`), in an entry's MDX text as much as in its front-matter fields
 * (problem, solution, teaser) and on cards. And a number in the legal texts is not run into the word before it.
 */
import { readFile } from 'node:fs/promises';
import type { ChildNode, Element, Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { listPages } from '../helpers/pages.ts';
import { siteUnderTest } from '../helpers/site.ts';

const site = siteUnderTest();

/** A hyphen after a space and before a letter, without the word joiner that keeps it to the letter. */
const LOOSE_HYPHEN = /(?:^|\s)-(?=\p{L})/u;

/** The visible text of `<main>`, code excepted (a command line's "-x" is no suspended hyphen). */
function mainText(html: string): string {
  const doc = parseDocument(html);
  const main = DomUtils.findOne((e) => e.name === 'main', doc.children);
  if (!main) return '';
  const texts: string[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') texts.push((node as Text).data);
      else if (node.type === 'tag') {
        const el = node as Element;
        if (!['code', 'pre'].includes(el.name) && !('hidden' in el.attribs)) walk(el.children);
      }
    }
  };
  walk(main.children);
  return texts.join('');
}

describe('suspended hyphens', () => {
  it('stay with their word on every page', async () => {
    const loose: string[] = [];
    const pages = await listPages(site.dir);
    expect(pages.map((p) => p.path)).toContain('/praxis/papierlose-sozialverwaltung/');
    for (const page of pages) {
      const text = mainText(await readFile(page.file, 'utf8'));
      const m = LOOSE_HYPHEN.exec(text);
      if (m) loose.push(`${page.path}: …${text.slice(Math.max(0, m.index - 30), m.index + 12)}…`);
    }
    expect(loose).toEqual([]);
  });
});

/** A word run into the number after it ("nach14 Tagen"): what markup produced where a wrapped line began with one. */
const GLUED_NUMBER = /\p{Ll}{2,}\d+\s/u;

describe('numbers in the legal texts', () => {
  it('stand apart from the word before them', async () => {
    const glued: string[] = [];
    const legal = ['/impressum/', '/datenschutz/', '/barrierefreiheit/', '/en/imprint/', '/en/privacy/', '/en/accessibility/'];
    const pages = (await listPages(site.dir)).filter((p) => legal.includes(p.path));
    expect(pages.map((p) => p.path).sort()).toEqual([...legal].sort());
    for (const page of pages) {
      const text = mainText(await readFile(page.file, 'utf8'));
      for (const m of text.matchAll(new RegExp(GLUED_NUMBER, 'gu'))) glued.push(`${page.path}: …${m[0]}…`);
    }
    expect(glued).toEqual([]);
  });
});

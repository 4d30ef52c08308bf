/**
 * The editors' guide in both languages: its field tables and component examples are those the schemas
 * and the style guide give today, and everything it links to inside itself exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/common.ts';
import { isCollection, specOf, type CollectionName } from '../../src/config/collections.ts';
import {
  blocksIn,
  EXAMPLE_NAMES,
  fieldsHeading,
  guideBlocks,
  updateGuide,
  withFieldSections,
} from '../../src/lib/scaffold/guide.ts';
import { IMPORT_COLLECTIONS } from '../../src/lib/import/columns.ts';
import { REPO_ROOT } from './corpus.ts';

const EXAMPLES = join(REPO_ROOT, 'src/components/mdx/examples');

describe.each(['de', 'en'] as const)('docs/editors-guide.%s.md', (lang) => {
  const text = readFileSync(join(REPO_ROOT, `docs/editors-guide.${lang}.md`), 'utf8');

  it('has a field table for every collection, an example for every building block and the import’s columns', () => {
    expect(blocksIn(text).sort()).toEqual(
      [
        ...COLLECTIONS.map((c) => `fields:${c}`),
        ...EXAMPLE_NAMES.map((n) => `example:${n}`),
        ...IMPORT_COLLECTIONS.map((c) => `import:${c}`),
      ].sort(),
    );
  });

  it('is up to date with the schemas and the style guide’s examples (else: npm run new -- --update-guide)', () => {
    expect(updateGuide(text, guideBlocks(lang, EXAMPLES))).toBe(text);
  });

  it('heads every field table as the registry names the collection and its files', () => {
    const headings = new Set(text.split('\n').filter((l) => l.startsWith('### ')));
    expect(COLLECTIONS.filter((c) => !headings.has(fieldsHeading(c, lang)))).toEqual([]);
  });

  // A collection new in the registry has no table yet: `npm run new -- --update-guide` must add it, so that adding
  // a collection needs no hand edit of the guide. Taking out the table of the last collection of each kind (format,
  // one file per language or not) and generating it again must give back the guide as it is: heading, place, table.
  const kindOf = (c: CollectionName) => `${specOf(c).format} ${specOf(c).localised}`;
  const tables = blocksIn(text).flatMap((b) => {
    const c = b.replace(/^fields:/u, '');
    return b.startsWith('fields:') && isCollection(c) ? [c] : [];
  });
  const lastOfEachKind = [...new Map(tables.map((c) => [kindOf(c), c])).values()];
  it.each(lastOfEachKind)(
    'gives a collection without a field table (%s) its heading and table, beside its kind',
    (collection) => {
      const section = `\n\n${fieldsHeading(collection, lang)}\n\n<!-- generated:fields:${collection} -->\n`;
      const start = text.indexOf(section);
      expect(start).toBeGreaterThan(0);
      const end = text.indexOf('<!-- /generated -->', start) + '<!-- /generated -->'.length;
      const without = text.slice(0, start) + text.slice(end);
      expect(blocksIn(without)).not.toContain(`fields:${collection}`);
      expect(updateGuide(withFieldSections(without, lang), guideBlocks(lang, EXAMPLES))).toBe(text);
    },
  );

  it('has tables of collections of more than one kind (the test above covers each)', () => {
    expect(lastOfEachKind.length).toBeGreaterThan(1);
  });

  it('adds nothing to a guide that has every field table', () => {
    expect(withFieldSections(text, lang)).toBe(text);
  });

  it('links only to headings it has', () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /gu, '-');
    const anchors = new Set([...text.matchAll(/^#{2,3} (.+)$/gmu)].map((m) => slug(m[1]!)));
    const links = [...text.matchAll(/\]\(#([^)]+)\)/gu)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });
});

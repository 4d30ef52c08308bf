/**
 * The editors' guide in both languages: its field tables and component examples are those the schemas
 * and the style guide give today, and everything it links to inside itself exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/common.ts';
import { blocksIn, EXAMPLE_NAMES, guideBlocks, updateGuide } from '../../src/lib/scaffold/guide.ts';
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

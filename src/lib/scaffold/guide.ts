/**
 * The parts of the editors' guide (docs/editors-guide.*.md) that must not drift: the field
 * tables, written from the schemas and hints, and the component examples, copied from the
 * style guide's example files. They sit between markers such as
 *   <!-- generated:fields:practices --> … <!-- /generated -->
 * `npm run new -- --update-guide` rewrites them, and gives a collection of the registry that has no field table
 * yet its heading and table (`withFieldSections`), so a new collection needs no hand edit of the guide;
 * tests/editor/guide.test.ts fails when stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName, type Lang } from '../../schemas/common.ts';
import { isCollection, specOf } from '../../config/collections.ts';
import { fieldOf, type Field, type FieldNode } from '../contentCheck/schemaTree.ts';
import { schemaFor } from '../contentCheck/schemas.ts';
import { hintFor } from '../contentCheck/hints.ts';
import { IMPORT_COLLECTIONS } from '../import/columns.ts';
import { importTable } from '../import/guide.ts';

/** Names of the style guide's examples, in the order the guide shows them. */
export const EXAMPLE_NAMES = [
  'InfoBox',
  'KeyFigures',
  'Quote',
  'Figure',
  'ContactCard',
  'DownloadLink',
  'Timeline',
  'Video',
] as const;

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|');
}

function valuesOf(node: FieldNode, lang: Lang): string {
  const inner = node.kind === 'array' ? node.element : node;
  if (inner.kind === 'enum')
    return ` ${lang === 'de' ? 'Erlaubt' : 'Allowed'}: ${inner.values.map((v) => `\`${v}\``).join(', ')}.`;
  return '';
}

/** A Markdown table of every field of a collection: name, required, what it wants. */
export function fieldsTable(collection: CollectionName, lang: Lang): string {
  const de = lang === 'de';
  const rows: string[] = [
    de ? '| Feld | Pflicht | Was hinein gehört |' : '| Field | Required | What it wants |',
    '| --- | --- | --- |',
  ];
  const walk = (node: FieldNode, prefix: string, path: (string | number)[], parentOptional: string | undefined) => {
    if (node.kind === 'array') return walk(node.element, prefix.replace(/\.$/u, '[].'), [...path, 0], parentOptional);
    if (node.kind !== 'object') return;
    for (const [key, field] of Object.entries(node.fields) as [string, Field][]) {
      const name = `${prefix}${key}`;
      const here = [...path, key];
      const required = !field.optional && !field.hasDefault;
      const need = required
        ? parentOptional
          ? de
            ? `ja, wenn \`${parentOptional}\` angegeben`
            : `yes, if \`${parentOptional}\` is given`
          : de
            ? 'ja'
            : 'yes'
        : de
          ? 'nein'
          : 'no';
      const hint = hintFor(collection, here, lang, field.description, true) ?? '';
      const values = valuesOf(field.node, lang);
      const stop = values && hint && !/[.!?)]$/u.test(hint) ? '.' : '';
      rows.push(`| \`${name}\` | ${need} | ${cell(hint + stop)}${cell(values)} |`);
      const optionalHere = field.optional || field.hasDefault ? name : parentOptional;
      walk(field.node, `${name}.`, here, optionalHere);
    }
  };
  walk(fieldOf(schemaFor(collection)).node, '', [], undefined);
  return rows.join('\n');
}

/** The content of every generated block of the guide in a language. */
export function guideBlocks(lang: Lang, examplesDir: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const c of COLLECTIONS) blocks.set(`fields:${c}`, fieldsTable(c, lang));
  for (const c of IMPORT_COLLECTIONS) blocks.set(`import:${c}`, importTable(c, lang));
  for (const name of EXAMPLE_NAMES) {
    const source = readFileSync(join(examplesDir, lang, `${name}.mdx`), 'utf8').trim();
    blocks.set(`example:${name}`, `\`\`\`mdx\n${source}\n\`\`\``);
  }
  return blocks;
}

const BLOCK = /<!-- generated:([\w:-]+) -->\n[\s\S]*?<!-- \/generated -->/gu;

/** The guide with every generated block rewritten; unknown block names are left as they are. */
export function updateGuide(text: string, blocks: Map<string, string>): string {
  return text.replace(BLOCK, (whole, name: string) => {
    const content = blocks.get(name);
    return content === undefined ? whole : `<!-- generated:${name} -->\n${content}\n<!-- /generated -->`;
  });
}

/** Where a collection's files live, as the guide's headings show it: `content/posts/de|en/*.mdx`. */
function filesOf(collection: CollectionName): string {
  const spec = specOf(collection);
  const name = spec.id === 'ags' ? '<AGS>-<name>' : '*';
  return `content/${collection}/${spec.localised ? 'de|en/' : ''}${name}.${spec.format}`;
}

/** The heading of a collection's field table: its name in the guide's language and where its files live. */
export function fieldsHeading(collection: CollectionName, lang: Lang): string {
  return `### ${specOf(collection).label[lang].many} (\`${filesOf(collection)}\`)`;
}

/** Files of the same format, one per language or not: the collections a new one's table stands beside. */
const sameKind = (a: CollectionName, b: CollectionName) =>
  specOf(a).format === specOf(b).format && specOf(a).localised === specOf(b).localised;

/**
 * The guide with a heading and an (empty) field table for every collection of the registry that has none, each
 * after the last table of a collection of its kind (localised MDX beside localised MDX, YAML beside YAML), or
 * after the last table when there is no such one. `updateGuide` then fills the tables. A guide without any
 * field table is returned as it is: there is no section of field tables to add to.
 */
export function withFieldSections(text: string, lang: Lang): string {
  let out = text;
  for (const collection of COLLECTIONS) {
    const ends = [...out.matchAll(BLOCK)]
      .filter((m) => m[1]!.startsWith('fields:'))
      .map((m) => ({ collection: m[1]!.slice('fields:'.length), end: m.index + m[0].length }));
    if (ends.length === 0) return text;
    if (ends.some((e) => e.collection === collection)) continue;
    const kin = ends.filter((e) => isCollection(e.collection) && sameKind(e.collection, collection));
    const at = (kin.at(-1) ?? ends.at(-1)!).end;
    const section = `\n\n${fieldsHeading(collection, lang)}\n\n<!-- generated:fields:${collection} -->\n<!-- /generated -->`;
    out = out.slice(0, at) + section + out.slice(at);
  }
  return out;
}

/** Names of the generated blocks a guide contains. */
export function blocksIn(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => m[1]!);
}

/**
 * Writes a new entry from the collection's schema: every field, in schema order, with
 * a comment line saying what it wants (src/lib/contentCheck/hints.ts, or the schema's
 * own description). Given values are written as they are; fields with a default get
 * it; optional fields appear commented out with an example; required fields without a
 * value get a "TODO" placeholder that `npm run check` points out.
 */
import type { CollectionName, Lang } from '../../schemas/common.ts';
import { fieldOf, type Field, type FieldNode, type PathKey } from '../contentCheck/schemaTree.ts';
import { hintFor } from '../contentCheck/hints.ts';
import { schemaFor } from '../contentCheck/schemas.ts';

export interface TemplateOptions {
  collection: CollectionName;
  /** Language of the comments. */
  lang: Lang;
  /** Values to write, by field. */
  values: Record<string, unknown>;
  /** Today, YYYY-MM-DD: default for dates. */
  today: string;
  /** The new entry's file name without extension: the example for `translation` is the same name in the other language. */
  slug?: string | undefined;
  /** Existing ids per collection, listed as choices in comments (ids with a label, e.g. "06435 Main-Kinzig-Kreis"). */
  known?: Partial<Record<CollectionName, { id: string; label?: string }[]>>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/u;
/** Words YAML reads as something else than text when written bare. */
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** A scalar as YAML: dates and simple keys bare, other strings in double quotes (JSON's escapes are valid YAML). */
export function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    if (DATE.test(value) || (/^[a-z][a-z0-9/-]*$/u.test(value) && !RESERVED.has(value))) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '""';
  return JSON.stringify(value);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function renderFrontmatter(options: TemplateOptions): string {
  const tree = fieldOf(schemaFor(options.collection)).node;
  if (tree.kind !== 'object') throw new Error('expected an object schema');
  const lines: string[] = [];
  renderFields(tree.fields, options.values, '', [], lines, options);
  return lines.join('\n');
}

function comment(options: TemplateOptions, path: PathKey[], field: Field): string[] {
  const hint = hintFor(options.collection, path, options.lang, field.description);
  const out = hint ? [hint] : [];
  const choices = choicesOf(field.node, options, path);
  if (choices) out.push(choices);
  return out;
}

/** "Erlaubt: a, b, c" / "Vorhanden: x, y" for enums and references. */
function choicesOf(node: FieldNode, options: TemplateOptions, path: PathKey[]): string | undefined {
  const de = options.lang === 'de';
  const inner = node.kind === 'array' ? node.element : node;
  if (inner.kind === 'enum') return `${de ? 'Erlaubt' : 'Allowed'}: ${inner.values.join(', ')}`;
  if (inner.kind === 'reference') {
    let known = options.known?.[inner.collection] ?? [];
    // A translation is in the other language: list only those.
    const other = translationPrefix(path, options);
    if (other) known = known.filter((k) => k.id.startsWith(other));
    if (known.length === 0) return undefined;
    const shown = known.slice(0, 12).map((k) => (k.label ? `${k.id} (${k.label})` : k.id));
    const more = known.length > shown.length ? ', …' : '';
    return `${de ? 'Vorhanden' : 'Existing'}: ${shown.join(', ')}${more}`;
  }
  return undefined;
}

function renderFields(
  fields: Record<string, Field>,
  values: Record<string, unknown> | undefined,
  indent: string,
  path: PathKey[],
  lines: string[],
  options: TemplateOptions,
  commented = false,
) {
  const c = commented ? '# ' : '';
  for (const [key, field] of Object.entries(fields)) {
    const here = [...path, key];
    for (const text of comment(options, here, field)) lines.push(`${indent}${c}# ${text}`);
    const value = values?.[key];
    if (value !== undefined) {
      write(key, field.node, value, indent, here, lines, options, commented);
    } else if (field.hasDefault) {
      write(key, field.node, field.default, indent, here, lines, options, commented);
    } else if (field.optional) {
      // Optional: shown commented out, with an example, so that it is there to fill in.
      write(key, field.node, example(field.node, options, here), indent, here, lines, options, true);
    } else {
      write(key, field.node, placeholder(field.node, here, options), indent, here, lines, options, commented);
    }
  }
}

function write(
  key: string,
  node: FieldNode,
  value: unknown,
  indent: string,
  path: PathKey[],
  lines: string[],
  options: TemplateOptions,
  commented: boolean,
) {
  const c = commented ? '# ' : '';
  if (node.kind === 'object' && isPlainObject(value)) {
    lines.push(`${indent}${c}${key}:`);
    renderFields(node.fields, value, `${indent}  `, path, lines, options, commented);
    return;
  }
  if (node.kind === 'array' && Array.isArray(value)) {
    const element = node.element;
    if (element.kind === 'object') {
      if (value.length === 0) {
        // An empty list, with one commented example item showing its fields.
        lines.push(`${indent}${c}# ${options.lang === 'de' ? 'Beispiel' : 'Example'}:`);
        const item: string[] = [];
        renderFields(
          element.fields,
          example(element, options) as Record<string, unknown>,
          '',
          [...path, 0],
          item,
          options,
        );
        pushItem(item, indent, lines, true);
        lines.push(`${indent}${c}${key}: []`);
        return;
      }
      lines.push(`${indent}${c}${key}:`);
      value.forEach((v, i) => {
        const item: string[] = [];
        renderFields(element.fields, isPlainObject(v) ? v : {}, '', [...path, i], item, options);
        pushItem(item, indent, lines, commented);
      });
      return;
    }
    lines.push(`${indent}${c}${key}: [${value.map(scalar).join(', ')}]`);
    return;
  }
  lines.push(`${indent}${c}${key}: ${scalar(value)}`);
}

/** Write one list item two spaces in: its first field line starts with "- ", the rest line up under it. */
function pushItem(item: string[], indent: string, lines: string[], commented: boolean) {
  const c = commented ? '# ' : '';
  let first = true;
  for (const line of item) {
    if (first && line.startsWith('#')) lines.push(`${indent}${c}  ${line}`);
    else if (first) {
      lines.push(`${indent}${c}  - ${line}`);
      first = false;
    } else lines.push(`${indent}${c}    ${line}`);
  }
}

/** `en/` for the translation of a German entry, `de/` for an English one; undefined for other fields. */
function translationPrefix(path: PathKey[], options: TemplateOptions): string | undefined {
  if (path.length !== 1 || path[0] !== 'translation') return undefined;
  return options.values.lang === 'en' ? 'de/' : 'en/';
}

/** An example value for an optional field, shown commented out. */
function example(node: FieldNode, options: TemplateOptions, path: PathKey[] = []): unknown {
  const other = translationPrefix(path, options);
  if (other) return `${other}${options.slug ?? '…'}`;
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(
        Object.entries(node.fields)
          .filter(([, f]) => !f.optional || f.hasDefault)
          .map(([k, f]) => [k, f.hasDefault ? f.default : example(f.node, options)]),
      );
    case 'array':
      return [];
    case 'string':
      if (node.format === 'url') return 'https://';
      if (node.format === 'email') return 'name@example.org';
      return '';
    case 'number':
      return node.min !== undefined && node.min >= 1900 ? Number(options.today.slice(0, 4)) : 0;
    case 'boolean':
      return false;
    case 'date':
      return options.today;
    case 'enum':
      return node.values[0];
    case 'reference':
      return options.known?.[node.collection]?.[0]?.id ?? '';
    case 'image':
      return './bild.jpg';
    default:
      return '';
  }
}

/** A value for a required field nobody gave: TODO text the check flags, or a sensible default. */
function placeholder(node: FieldNode, path: PathKey[], options: TemplateOptions): unknown {
  switch (node.kind) {
    case 'string': {
      const hint = hintFor(options.collection, path, options.lang) ?? '';
      let text = `TODO: ${hint}`;
      while (node.min !== undefined && text.length < node.min) text += ' …';
      return text;
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(node.fields)
          .filter(([, f]) => !f.optional)
          .map(([k, f]) => [k, placeholder(f.node, [...path, k], options)]),
      );
    default:
      return example(node, options);
  }
}

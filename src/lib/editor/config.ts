/**
 * The browser editor's configuration (Decap CMS, served at /redaktion/), generated from the collection registry
 * and the Zod schemas — never written by hand, so that it cannot drift from what `npm run check` and the build
 * accept. Each schema field becomes an editor field of the matching kind (WIDGET_OF below), with a short label
 * (./labels.ts) and the field's hint as help text (src/lib/contentCheck/hints.ts), in the editor's language.
 * tests/editor/editorConfig.test.ts fails when a schema field is missing here or differs in kind.
 *
 * - Localised collections become one editor collection per language (`practices-de`, `practices-en`), because
 *   their slugs differ per language and `translation` links them by id (`en/<slug>`); Decap's own i18n assumes
 *   one slug for both.
 * - References become pickers by name: `relation` to the other collection (showing titles, names, labels) and,
 *   for districts, a `select` of the districts that have an entry, shown by their name from the statistics.
 * - Images are stored beside the entry (`media_folder: ''`) and written as `./file.jpg`, as Astro's `image()`
 *   reads them; the alt text beside them is required, as in the schema.
 * - Limits the schema states (min/max length, numbers, at least one item) become the editor's own validation,
 *   so it refuses to save what the check would refuse, and names the field.
 */
import { COLLECTION_SPECS, COLLECTIONS, type CollectionName } from '../../config/collections.ts';
import { FIELDS } from '../../config/fields.ts';
import { LANGS, type Lang } from '../../config/languages.ts';
import { STATUSES } from '../../config/status.ts';
import { fieldOf, type Field, type FieldNode } from '../contentCheck/schemaTree.ts';
import { schemaFor } from '../contentCheck/schemas.ts';
import { hintFor, hintKey } from '../contentCheck/hints.ts';
import { allDistrictFacts, districtFacts } from '../districts.ts';
import { path as pagePath } from '../i18n.ts';
import { COMPONENT_NAMES, PARENT_OF } from '../mdx/props.ts';
import { LABELS, labelFromHint } from './labels.ts';
import type { EditorBackend } from './backend.ts';

/** A Decap field, as far as the generator writes it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string | boolean;
  time_format?: boolean;
  picker_utc?: boolean;
  collapsed?: boolean;
  summary?: string;
  choose_url?: boolean;
  media_folder?: string;
  public_folder?: string;
  modes?: string[];
  editor_components?: string[];
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  create: boolean;
  extension: 'mdx' | 'yaml';
  format: 'frontmatter' | 'yaml';
  slug: string;
  identifier_field: string;
  summary: string;
  media_folder: string;
  public_folder: string;
  preview_path?: string;
  fields: EditorField[];
}

export interface EditorOptions {
  /** Language of the editor's interface, labels and help texts. */
  lang: Lang;
  /** The content folder relative to the repository root the backend works in, e.g. `content`. */
  contentRoot: string;
  /** Keys (AGS) of the districts that have an entry: the ones entries may refer to. */
  districts: readonly string[];
  backend: EditorBackend;
  /** The site's address, for the editor's links to an entry's page. */
  siteUrl: string;
}

/** The kinds of schema field and the editor widgets that may stand for them (the unit test holds both to it). */
export const WIDGET_OF: Record<FieldNode['kind'], readonly string[]> = {
  object: ['object'],
  array: ['list', 'select', 'relation'],
  string: ['string', 'text', 'hidden', 'select'],
  number: ['number'],
  boolean: ['boolean'],
  date: ['datetime'],
  enum: ['select', 'hidden'],
  reference: ['relation', 'select'],
  image: ['image'],
  other: ['string'],
};

/** Fields written as a few sentences: a text area rather than a line. */
const LONG_TEXT = new Set(['teaser', 'problem', 'solution', 'summary', 'afterFunding', 'lessons', 'address']);
const LONG_PARENT = new Set(['description', 'abstract', 'bio']);

const t = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

/** The name of an editor collection: `practices-de` for a language, the collection's own name otherwise. */
export function editorCollectionName(collection: CollectionName, lang?: Lang): string {
  return COLLECTION_SPECS[collection].localised && lang ? `${collection}-${lang}` : collection;
}

interface Context {
  collection: CollectionName;
  /** Language of the entries (localised collections), for references to other localised collections. */
  entryLang: Lang | undefined;
  options: EditorOptions;
}

function labelOf(ctx: Context, path: readonly (string | number)[], hint: string | undefined): string {
  const key = hintKey(path);
  const own = LABELS[`${ctx.collection}:${key}`] ?? LABELS[key];
  if (own) return own[ctx.options.lang];
  const name = String(path.at(-1));
  return hint ? labelFromHint(hint) : name;
}

/** The relation that picks an entry of `target` by its name, writing its id as the schema wants it. */
function picker(ctx: Context, target: CollectionName, multiple: boolean): Partial<EditorField> {
  const { lang } = ctx.options;
  if (target === 'districts') {
    const options = ctx.options.districts
      .map((ags) => ({ value: ags, label: districtFacts(ags)?.name ?? ags }))
      .sort((a, b) => a.label.localeCompare(b.label, 'de'));
    return { widget: 'select', options, multiple };
  }
  const spec = COLLECTION_SPECS[target];
  if (spec.localised) {
    // Same language as the entry; a report (one file for both languages) points at the German version.
    const refLang = ctx.collection === target ? other(ctx.entryLang ?? 'de') : (ctx.entryLang ?? 'de');
    return {
      widget: 'relation',
      collection: editorCollectionName(target, refLang),
      value_field: `${refLang}/{{slug}}`,
      search_fields: ['title'],
      display_fields: ['title'],
      multiple,
    };
  }
  const display = target === 'people' ? 'name' : target === 'topics' ? `label.${lang}` : 'title';
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: [target === 'topics' ? 'label.de' : display],
    display_fields: [display],
    multiple,
  };
}

/** All 401 districts of the statistics, by name, for a new district entry. */
const ALL_DISTRICTS = () =>
  allDistrictFacts()
    .map((d) => ({ value: d.ags, label: `${d.name} (${d.type})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));

const other = (lang: Lang): Lang => (lang === 'de' ? 'en' : 'de');

/** Choices of an enum, with their names where the configuration has them. */
function choices(ctx: Context, values: string[]): EditorField['options'] {
  const named: Record<string, Record<Lang, string>> = { ...STATUSES, ...FIELDS };
  return values.map((v) => (named[v] ? { value: v, label: named[v][ctx.options.lang] } : v));
}

/** The editor's own check of a text, as the schema states it: web and e-mail addresses, length. */
function textPattern(ctx: Context, node: Extract<FieldNode, { kind: 'string' }>): [string, string] | undefined {
  const { lang } = ctx.options;
  if (node.format === 'url')
    return [
      '^https?://\\S+$',
      t(lang, 'eine vollständige Webadresse mit https://', 'a full web address starting with https://'),
    ];
  if (node.format === 'email')
    return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', t(lang, 'eine E-Mail-Adresse', 'an e-mail address')];
  const { min, max } = node;
  // One character is what `required` already asks for.
  if ((min ?? 0) <= 1 && max === undefined) return undefined;
  const range = `{${min ?? 0},${max ?? ''}}`;
  const de = max ? `${min ?? 0} bis ${max} Zeichen` : `mindestens ${min} Zeichen`;
  const en = max ? `${min ?? 0} to ${max} characters` : `at least ${min} characters`;
  return [`^[\\s\\S]${range}$`, t(lang, de, en)];
}

function editorField(ctx: Context, path: (string | number)[], field: Field, parentOptional: boolean): EditorField {
  const name = String(path.at(-1));
  const hint = hintFor(ctx.collection, path, ctx.options.lang, field.description, true);
  const required = !field.optional && !field.hasDefault && !parentOptional;
  const base: EditorField = {
    name,
    label: labelOf(ctx, path, hint),
    widget: 'string',
    required,
    ...(hint ? { hint: referenceHint(ctx, field.node) ?? hint } : {}),
  };
  const node = field.node;
  switch (node.kind) {
    case 'string': {
      const parent = path.at(-2);
      const long = LONG_TEXT.has(name) || (typeof parent === 'string' && LONG_PARENT.has(parent));
      const pattern = textPattern(ctx, node);
      return { ...base, widget: long ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: node.int ? 'int' : 'float',
        ...(node.min !== undefined ? { min: node.min } : {}),
        ...(node.max !== undefined ? { max: node.max } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: field.default ?? false, required: false };
    case 'date':
      return {
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: true,
        // A new entry's publication and check dates are today; the editor changes them if not.
        ...(name === 'publishedAt' || name === 'lastChecked' ? { default: '{{now}}' } : {}),
      };
    case 'enum':
      return {
        ...base,
        widget: 'select',
        options: choices(ctx, node.values),
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case 'reference':
      return { ...base, ...picker(ctx, node.collection, false) };
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
    case 'object': {
      const optional = field.optional || parentOptional;
      return {
        ...base,
        widget: 'object',
        // Optional groups start folded, except an image: its upload button should be in sight.
        collapsed: optional && !Object.values(node.fields).some((f) => f.node.kind === 'image'),
        fields: objectFields(ctx, path, node, optional),
      };
    }
    case 'array':
      return { ...base, ...listOf(ctx, path, node), ...(node.min ? { min: node.min, required: true } : {}) };
    case 'other':
      return base;
  }
}

/** A reference's help text says to pick by name, not the file-name ids the text-editor hints explain. */
function referenceHint(ctx: Context, node: FieldNode): string | undefined {
  const inner = node.kind === 'array' ? node.element : node;
  if (inner.kind !== 'reference') return undefined;
  const what = COLLECTION_SPECS[inner.collection].label[ctx.options.lang];
  return node.kind === 'array'
    ? t(
        ctx.options.lang,
        `${what.many} aus der Liste wählen (Namen eintippen zum Suchen)`,
        `Pick ${what.many.toLowerCase()} from the list (type a name to search)`,
      )
    : t(
        ctx.options.lang,
        `${what.one} aus der Liste wählen (Namen eintippen zum Suchen)`,
        `Pick a ${what.one.toLowerCase()} from the list (type a name to search)`,
      );
}

function listOf(
  ctx: Context,
  path: (string | number)[],
  node: Extract<FieldNode, { kind: 'array' }>,
): Partial<EditorField> {
  const element = node.element;
  if (element.kind === 'reference') return picker(ctx, element.collection, true);
  if (element.kind === 'enum') return { widget: 'select', multiple: true, options: choices(ctx, element.values) };
  if (element.kind === 'object') {
    const fields = objectFields(ctx, [...path, 0], element, false);
    return { widget: 'list', fields, summary: `{{fields.${fields[0]!.name}}}` };
  }
  const item = editorField(ctx, [...path, 0], { node: element, optional: false, hasDefault: false }, false);
  return { widget: 'list', field: { ...item, name: 'item', label: labelOf(ctx, path, undefined) } };
}

function objectFields(
  ctx: Context,
  path: (string | number)[],
  node: Extract<FieldNode, { kind: 'object' }>,
  optional: boolean,
): EditorField[] {
  return Object.entries(node.fields).map(([key, f]) => editorField(ctx, [...path, key], f, optional));
}

/** The site's address of an entry, for the editor's "view" link (localised collections only). */
function previewPath(collection: CollectionName, lang: Lang): string | undefined {
  const spec = COLLECTION_SPECS[collection];
  if (spec.pages !== 'entry') return undefined;
  return pagePath(lang, spec.section as Parameters<typeof pagePath>[1], '{{slug}}').replace(/^\//u, '');
}

function collectionFields(collection: CollectionName, ctx: Context): EditorField[] {
  const tree = fieldOf(schemaFor(collection)).node;
  if (tree.kind !== 'object') throw new Error(`the schema of ${collection} is not an object`);
  const fields = objectFields(ctx, [], tree, false);
  const out = fields.map((f): EditorField => {
    if (f.name === 'lang' && ctx.entryLang) return { ...f, widget: 'hidden', default: ctx.entryLang };
    // An entry made in the editor starts as a draft: it is published by unticking this box.
    if (f.name === 'draft') return { ...f, default: true };
    // A district entry is made by picking the district by its name; its key is what the file stores.
    if (collection === 'districts' && f.name === 'ags') return { ...f, widget: 'select', options: ALL_DISTRICTS() };
    return f;
  });
  if (COLLECTION_SPECS[collection].format === 'mdx') {
    const label = LABELS.body![ctx.options.lang];
    // Only the site's own kit: Decap's built-in image and code block would write Markdown without alt checks.
    const components = COMPONENT_NAMES.filter((n) => !PARENT_OF[n]);
    out.push({
      name: 'body',
      label,
      widget: 'markdown',
      required: false,
      modes: ['rich_text', 'raw'],
      editor_components: components,
    });
  }
  return out;
}

function editorCollection(collection: CollectionName, options: EditorOptions, entryLang?: Lang): EditorCollection {
  const spec = COLLECTION_SPECS[collection];
  const { lang } = options;
  const ctx: Context = { collection, entryLang, options };
  const languageName = entryLang
    ? t(lang, entryLang === 'de' ? 'Deutsch' : 'Englisch', entryLang === 'de' ? 'German' : 'English')
    : '';
  const suffix = entryLang ? ` (${languageName})` : '';
  const identifier =
    collection === 'districts'
      ? 'ags'
      : ((spec as { titleField?: readonly string[] }).titleField?.join('.') ?? 'title');
  const folder = [options.contentRoot, collection, ...(entryLang ? [entryLang] : [])].join('/');
  const preview = entryLang ? previewPath(collection, entryLang) : undefined;
  return {
    name: editorCollectionName(collection, entryLang),
    label: spec.label[lang].many + suffix,
    label_singular: spec.label[lang].one + suffix,
    folder,
    create: true,
    extension: spec.format,
    format: spec.format === 'mdx' ? 'frontmatter' : 'yaml',
    // Districts are files named by their key; the rest by a slug of the title, as `npm run new` names them.
    slug: collection === 'districts' ? '{{ags}}' : '{{slug}}',
    identifier_field: identifier,
    summary: collection === 'districts' ? '{{ags}}' : `{{${identifier}}}`,
    // Images beside the entry, written as ./name.jpg (what Astro's image() resolves).
    media_folder: '',
    public_folder: './',
    ...(preview ? { preview_path: preview } : {}),
    fields: collectionFields(collection, ctx),
  };
}

/** The whole configuration Decap's `CMS.init({ config })` takes, for one interface language. */
export function editorConfig(options: EditorOptions): Record<string, unknown> {
  const collections = COLLECTIONS.flatMap((c) =>
    COLLECTION_SPECS[c].localised ? LANGS.map((l) => editorCollection(c, options, l)) : [editorCollection(c, options)],
  );
  return {
    load_config_file: false,
    locale: options.lang,
    ...options.backend,
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // Uploads outside any entry (Decap's global media library); entries keep theirs beside them.
    media_folder: `${options.contentRoot}/media`,
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

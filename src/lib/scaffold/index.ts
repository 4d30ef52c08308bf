/**
 * `npm run new`: start an entry right. Creates the file with every field (see
 * ./template.ts), names it after the title (ä→ae, ß→ss, lower case, hyphens), never
 * overwrites an existing entry, and can create the translation of an existing entry,
 * linking the two both ways.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CollectionName, Lang } from '../../schemas/common.ts';
import { slugify } from '../slug.ts';
import { districtFacts } from '../districts.ts';
import { isLocalised, listContent } from '../contentCheck/files.ts';
import { isPublishable } from '../../config/collections.ts';
import { fieldOf, type FieldNode } from '../contentCheck/schemaTree.ts';
import { schemaFor } from '../contentCheck/schemas.ts';
import { hintKey } from '../contentCheck/hints.ts';
import { REQUIRED_INPUT, TITLE_FIELD, translatableOf } from './collections.ts';
import { renderFrontmatter, type TemplateOptions } from './template.ts';
import { bodyTemplate } from './body.ts';

/** A problem the editor can fix, in both languages. */
export class ScaffoldError extends Error {
  readonly de: string;
  readonly en: string;
  constructor(de: string, en: string) {
    super(en);
    this.de = de;
    this.en = en;
  }
}

export interface NewEntry {
  /** Content root (content/ or PRAXIS_CONTENT_DIR). */
  root: string;
  collection: CollectionName;
  /** Language of a localised entry; for the others, the language of the comments. */
  lang: Lang;
  /** Title (name of a person, German label of a topic); not used for districts. */
  title?: string | undefined;
  /** Further fields by name, as typed (lists comma-separated), e.g. { districts: '06435', status: 'pilot' }. */
  inputs: Record<string, string | undefined>;
  /** Today, YYYY-MM-DD. */
  today: string;
}

export interface Created {
  /** Path of the new file. */
  file: string;
  /** Its id, e.g. `de/digitale-sozialakte`. */
  id: string;
  /** Another file that was changed (the original of a translation). */
  updated?: string;
}

/** Existing ids per collection, with a label where it helps (districts by name). */
export function knownIds(root: string): NonNullable<TemplateOptions['known']> {
  const known: NonNullable<TemplateOptions['known']> = {};
  for (const f of listContent(root).files) {
    const label = f.collection === 'districts' ? districtFacts(f.id)?.name : undefined;
    (known[f.collection] ??= []).push(label ? { id: f.id, label } : { id: f.id });
  }
  return known;
}

/** The schema node of a top-level field. */
function topField(collection: CollectionName, name: string): FieldNode | undefined {
  const tree = fieldOf(schemaFor(collection)).node;
  return tree.kind === 'object' ? tree.fields[name]?.node : undefined;
}

/** The choices for an input, for prompts and messages: enum values or existing ids. */
export function choicesFor(root: string, collection: CollectionName, input: string): string[] {
  if (collection === 'districts' && input === 'ags') return [];
  const node = topField(collection, input);
  const inner = node?.kind === 'array' ? node.element : node;
  if (inner?.kind === 'enum') return inner.values;
  if (inner?.kind === 'reference') {
    return (knownIds(root)[inner.collection] ?? []).map((k) => (k.label ? `${k.id} (${k.label})` : k.id));
  }
  return [];
}

/** Turn typed text into the value the schema wants, or explain why it cannot. */
function coerce(collection: CollectionName, name: string, raw: string, root: string): unknown {
  const node = topField(collection, name);
  if (!node) return raw;
  const one = (n: FieldNode, text: string): unknown => {
    const value = text.trim();
    if (n.kind === 'number') {
      const num = Number(value.replace(',', '.'));
      if (!Number.isFinite(num))
        throw new ScaffoldError(`${name}: „${value}“ ist keine Zahl`, `${name}: "${value}" is not a number`);
      return num;
    }
    if (n.kind === 'boolean') return value === 'true' || value === 'ja' || value === 'yes';
    if (n.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
      throw new ScaffoldError(
        `${name}: „${value}“ ist kein Datum (JJJJ-MM-TT)`,
        `${name}: "${value}" is not a date (YYYY-MM-DD)`,
      );
    }
    if (n.kind === 'enum' && !n.values.includes(value)) {
      throw new ScaffoldError(
        `${name}: „${value}“ ist nicht erlaubt; erlaubt: ${n.values.join(', ')}`,
        `${name}: "${value}" is not allowed; allowed: ${n.values.join(', ')}`,
      );
    }
    if (n.kind === 'reference') {
      const ids = (knownIds(root)[n.collection] ?? []).map((k) => k.id);
      if (!ids.includes(value)) {
        throw new ScaffoldError(
          `${name}: „${value}“ gibt es nicht; vorhanden: ${ids.join(', ') || '(noch keine)'}`,
          `${name}: "${value}" does not exist; existing: ${ids.join(', ') || '(none yet)'}`,
        );
      }
    }
    return value;
  };
  if (node.kind === 'array') {
    return raw
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => one(node.element, s));
  }
  return one(node, raw);
}

/** What `npm run new` still has to ask for (or, without a terminal, complain about). */
export function missingInputs(entry: Pick<NewEntry, 'collection' | 'title' | 'inputs'>): string[] {
  const missing: string[] = [];
  if (TITLE_FIELD[entry.collection] && !entry.title?.trim()) missing.push('title');
  for (const name of REQUIRED_INPUT[entry.collection]) {
    if (!entry.inputs[name]?.trim()) missing.push(name);
  }
  return missing;
}

/** Set a value at a field path, creating the objects on the way (`costs.oneOff`). */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let obj = target;
  for (const key of path.slice(0, -1)) obj = (obj[key] ??= {}) as Record<string, unknown>;
  obj[path[path.length - 1]!] = value;
}

/** The file an entry lives in, and its id. */
export function placeOf(
  root: string,
  collection: CollectionName,
  lang: Lang,
  slug: string,
): { file: string; id: string } {
  if (isLocalised(collection)) return { file: join(root, collection, lang, `${slug}.mdx`), id: `${lang}/${slug}` };
  return { file: join(root, collection, `${slug}.yaml`), id: slug };
}

function refuseExisting(root: string, collection: CollectionName, file: string, id: string) {
  const clash = listContent(root).files.find((f) => f.collection === collection && f.id === id);
  if (existsSync(file) || clash) {
    const shown = clash?.absPath ?? file;
    throw new ScaffoldError(
      `${shown} gibt es schon – nichts überschrieben. Wählen Sie einen anderen Titel oder bearbeiten Sie die Datei.`,
      `${shown} already exists – nothing was overwritten. Choose another title or edit that file.`,
    );
  }
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  // 'wx' fails if the file appeared meanwhile: never overwrite.
  writeFileSync(file, text, { flag: 'wx' });
}

export function createEntry(entry: NewEntry): Created {
  const { root, collection, lang, today } = entry;
  const missing = missingInputs(entry);
  if (missing.length > 0) {
    throw new ScaffoldError(
      `Es fehlt: ${missing.map((m) => `--${m}`).join(', ')}`,
      `Missing: ${missing.map((m) => `--${m}`).join(', ')}`,
    );
  }
  const values: Record<string, unknown> = {};
  let slug: string;

  if (collection === 'districts') {
    const ags = entry.inputs.ags!.trim().padStart(5, '0');
    const facts = districtFacts(ags);
    if (!facts) {
      throw new ScaffoldError(
        `Es gibt keinen Kreis mit dem Schlüssel ${ags} (siehe landkreise-deutschland)`,
        `There is no district with the key ${ags} (see landkreise-deutschland)`,
      );
    }
    values.ags = ags;
    values.coordinates = { lat: coerceNumber('lat', entry.inputs.lat!), lon: coerceNumber('lon', entry.inputs.lon!) };
    slug = `${ags}-${slugify(facts.name)}`;
  } else {
    const title = entry.title!.trim();
    slug = slugify(title);
    if (slug === '') {
      throw new ScaffoldError(`Aus „${title}“ lässt sich kein Dateiname bilden`, `"${title}" gives no file name`);
    }
    setPath(values, TITLE_FIELD[collection]!, title);
  }

  if (isLocalised(collection)) values.lang = lang;
  // A new entry starts as a draft; `npm run dev` shows it, the site not until `draft: false`.
  if (isPublishable(collection)) {
    values.draft = true;
    values.publishedAt = today;
  }
  if (collection === 'practices') {
    values.lastChecked = today;
    values.startYear = Number(today.slice(0, 4));
  }
  if (collection === 'dialogues') values.date = today;
  if (collection === 'topics' && entry.inputs.labelEn) setPath(values, ['label', 'en'], entry.inputs.labelEn.trim());

  for (const [name, raw] of Object.entries(entry.inputs)) {
    if (raw === undefined || ['ags', 'lat', 'lon', 'labelEn'].includes(name)) continue;
    if (!topField(collection, name)) {
      throw new ScaffoldError(
        `--${name}: dieses Feld gibt es bei ${collection} nicht`,
        `--${name}: ${collection} has no such field`,
      );
    }
    values[name] = coerce(collection, name, raw, root);
  }

  const { file, id } = placeOf(root, collection, lang, slug);
  refuseExisting(root, collection, file, id);
  const frontmatter = renderFrontmatter({ collection, lang, values, today, slug, known: knownIds(root) });
  write(
    file,
    isLocalised(collection) ? `---\n${frontmatter}\n---\n\n${bodyTemplate(collection, lang)}` : `${frontmatter}\n`,
  );
  return { file, id };
}

function coerceNumber(name: string, raw: string): number {
  const n = Number(raw.replace(',', '.'));
  if (!Number.isFinite(n))
    throw new ScaffoldError(`${name}: „${raw}“ ist keine Zahl`, `${name}: "${raw}" is not a number`);
  return n;
}

/** Split an MDX file into frontmatter text and body. */
function splitMdx(text: string): { frontmatter: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
  if (!m) throw new ScaffoldError('Die Datei hat keine Kopfdaten (---)', 'The file has no frontmatter (---)');
  return { frontmatter: m[1]!, body: m[2]! };
}

/** Mark a text for translation, keeping the original to translate from. */
function toTranslate(value: unknown, lang: Lang): unknown {
  if (typeof value !== 'string' || value.trim() === '' || value.startsWith('TODO')) return value;
  return `TODO (${lang === 'de' ? 'übersetzen' : 'translate'}): ${value}`;
}

function markTranslatable(
  value: unknown,
  path: (string | number)[],
  lang: Lang,
  translatable: ReadonlySet<string>,
): unknown {
  if (translatable.has(hintKey(path))) return toTranslate(value, lang);
  if (Array.isArray(value)) {
    if (translatable.has(`${hintKey(path)}[]`)) return value.map((v) => toTranslate(v, lang));
    return value.map((v, i) => markTranslatable(v, [...path, i], lang, translatable));
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, markTranslatable(v, [...path, k], lang, translatable)]),
    );
  }
  return value;
}

export interface Translation {
  root: string;
  collection: CollectionName;
  /** id of the existing entry, e.g. `de/digitale-sozialakte`. */
  id: string;
  /** Title of the translation (names the file); without it the original's slug is used. */
  title?: string | undefined;
  today: string;
}

/**
 * Create the translation of an existing entry: the same facts, the texts marked
 * "TODO (translate)" with the original beside them, `draft: true`, and `translation:`
 * set in both files.
 */
export function translateEntry(request: Translation): Created {
  const { root, collection, id, today } = request;
  if (!isLocalised(collection)) {
    throw new ScaffoldError(
      `${collection} hat keine Übersetzungen als eigene Dateien: beide Sprachen stehen im selben Eintrag (de:/en:)`,
      `${collection} has no translation files: both languages live in the same entry (de:/en:)`,
    );
  }
  const original = listContent(root).files.find((f) => f.collection === collection && f.id === id);
  if (!original) {
    const ids = listContent(root)
      .files.filter((f) => f.collection === collection)
      .map((f) => f.id);
    throw new ScaffoldError(
      `${collection}/${id} gibt es nicht; vorhanden: ${ids.join(', ') || '(noch keine)'}`,
      `${collection}/${id} does not exist; existing: ${ids.join(', ') || '(none yet)'}`,
    );
  }
  const text = readFileSync(original.absPath, 'utf8');
  const { frontmatter, body } = splitMdx(text);
  const data = (parseYaml(frontmatter) ?? {}) as Record<string, unknown>;
  const from: Lang = data.lang === 'en' ? 'en' : 'de';
  const to: Lang = from === 'de' ? 'en' : 'de';

  const existing = typeof data.translation === 'string' ? data.translation : undefined;
  if (existing && listContent(root).files.some((f) => f.collection === collection && f.id === existing)) {
    throw new ScaffoldError(
      `${original.absPath} hat schon eine Übersetzung: ${existing}`,
      `${original.absPath} already has a translation: ${existing}`,
    );
  }

  const slug = request.title?.trim() ? slugify(request.title) : id.replace(/^(de|en)\//u, '');
  const place = placeOf(root, collection, to, slug);
  refuseExisting(root, collection, place.file, place.id);

  const values = markTranslatable(data, [], to, translatableOf(collection)) as Record<string, unknown>;
  values.title = request.title?.trim() || toTranslate(data.title, to);
  values.lang = to;
  values.translation = id;
  values.machineTranslated = false;
  values.draft = true;
  values.publishedAt = data.publishedAt ?? today;

  const note =
    to === 'de'
      ? `{/* TODO (übersetzen): den englischen Text unten übersetzen und diese Zeile löschen. */}`
      : `{/* TODO (translate): translate the German text below and delete this line. */}`;
  const frontmatterOut = renderFrontmatter({ collection, lang: to, values, today, slug, known: knownIds(root) });
  // The note `npm run new` put at the top of the original's text is replaced by one in the new language.
  const rest = body.replace(/^\s*\{\/\* (Ab hier steht der Text|The text starts here)[\s\S]*?\*\/\}\n*/u, '\n');
  write(
    place.file,
    `---\n${frontmatterOut}\n---\n\n${note}\n\n${bodyTemplate(collection, to).split('\n\n')[0]}\n${rest.startsWith('\n') ? rest : `\n${rest}`}`,
  );

  // Link the original to its new translation, changing nothing else in it.
  writeFileSync(original.absPath, linkTranslation(text, place.id));
  return { file: place.file, id: place.id, updated: original.absPath };
}

/** Set `translation:` in an MDX file's frontmatter, keeping every other line as it was. */
export function linkTranslation(text: string, id: string): string {
  const end = text.indexOf('\n---', 3);
  const head = text.slice(0, end);
  const rest = text.slice(end);
  if (/^translation:.*$/mu.test(head)) return head.replace(/^translation:.*$/mu, `translation: ${id}`) + rest;
  // A new entry has the field commented out; fill it in where it stands.
  if (/^#\s?translation:.*$/mu.test(head)) return head.replace(/^#\s?translation:.*$/mu, `translation: ${id}`) + rest;
  if (/^lang:.*$/mu.test(head)) return head.replace(/^(lang:.*)$/mu, `$1\ntranslation: ${id}`) + rest;
  return `${head}\ntranslation: ${id}${rest}`;
}

/**
 * The content check behind `npm run check` and the build: reads every file under
 * the content root, validates it through the same schema factories as Astro, checks
 * that every reference points at an entry that exists (Astro does not), then looks
 * for what an editor should know about (warnings). Every problem is collected — the
 * check never stops at the first.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { z } from 'zod';
import { COLLECTIONS, specOf, type CollectionName } from '../../config/collections.ts';
import { isPublished } from '../publish.ts';
import { districtFacts, districtSlug } from '../districts.ts';
import { FIELD_KEYS, FIELDS } from '../../config/fields.ts';
import { STATUSES } from '../../config/status.ts';
import { ui } from '../i18n.ts';
import type { Section } from '../i18n.ts';
import { isLocalised, listContent, type ContentFile } from './files.ts';
import { parseSource, type ParsedSource } from './source.ts';
import { schemaFor } from './schemas.ts';
import { fieldOf, walkData, type FieldNode, type PathKey } from './schemaTree.ts';
import { describeIssue, valueAt } from './zodIssues.ts';
import { hintFor } from './hints.ts';
import { q, t, yamlError, type Text } from './messages.ts';
import { closest } from './similar.ts';
import { checkBody, placeholder } from './body.ts';
import { altProblem } from './alt.ts';
import type { LinkTargets } from './links.ts';
import { decodeContent } from './encoding.ts';
import { isPlainHttp } from './urls.ts';
import { LONG_BODY_BYTES, LONG_TITLE_CHARS } from './limits.ts';
import { slugify } from '../slug.ts';
import { unpublishedReferences } from './unpublishedRefs.ts';
import { LOCALE } from '../../config/languages.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the working directory. */
  file: string;
  line: number;
  /** The field, e.g. `districts[1]` (list items count from 1). */
  field: Text;
  wrong: Text;
  expected: Text;
}

export interface CheckOptions {
  /** The content root (content/ or PRAXIS_CONTENT_DIR). */
  root: string;
  /** Today, for "not checked for over a year" and for what counts as published. */
  now: Date;
  /** Paths in messages are relative to this folder (default: the working directory). */
  cwd?: string;
  /** public/, for download links. */
  publicDir?: string;
  /** The site's public origin, so that absolute links to it count as internal. */
  site?: string;
  /**
   * Called with every MDX file in which `safetyProblems` finds nothing, and the bytes it judged: the build's MDX
   * guard then need not read and parse the file again (src/integrations/contentCheck.ts). The verdict is the
   * same function's, on the source the check has parsed anyway.
   */
  onSafeMdx?: (absPath: string, bytes: Buffer) => void;
}

/** Cards show about this many characters of a teaser. */
export const TEASER_CARD_LENGTH = 200;
/** A practice should be checked at least this often. */
export const CHECK_INTERVAL_DAYS = 365;
/** Placeholders `npm run new` writes; the check reminds the editor to replace them. */
export const PLACEHOLDER = /\bTODO\b/u;

const DAY = 24 * 60 * 60 * 1000;

interface Entry {
  file: ContentFile;
  display: string;
  source: ParsedSource;
  /** The file's text as the build reads it (byte order mark and line endings as written). */
  raw: string;
  /** Paths of the fields the schema has already reported, so a second message does not repeat it. */
  reported: Set<string>;
  /** Raw data as written. */
  data: Record<string, unknown> | undefined;
  /** Did the data pass the schema? */
  valid: boolean;
}

interface Reference {
  entry: Entry;
  path: PathKey[];
  value: unknown;
  collection: CollectionName;
}

/** `results.figures[1].value`: list items count from 1, as editors count. */
export function fieldName(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p + 1}]` : s === '' ? String(p) : `.${String(p)}`;
  return s;
}

const same = (s: string): Text => t(s, s);

export function checkContent(options: CheckOptions): Problem[] {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root);
  const problems: Problem[] = [];
  const { files, ignored } = listContent(root);

  const add = (
    entry: { display: string },
    severity: Severity,
    line: number,
    field: Text,
    wrong: Text,
    expected: Text,
  ) => problems.push({ severity, file: entry.display, line, field, wrong, expected });

  for (const f of ignored) {
    add(
      { display: relative(cwd, f.absPath) },
      'warning',
      1,
      same('(Datei)'),
      t('wird nicht gelesen: falsche Dateiendung', 'is not read: wrong file extension'),
      f.kind === 'mdx'
        ? t('Einträge dieser Sammlung enden auf .mdx', 'entries of this collection end in .mdx')
        : t('Einträge dieser Sammlung enden auf .yaml', 'entries of this collection end in .yaml'),
    );
  }

  // 1. Read and validate every file. Whatever goes wrong with one file is reported for that file.
  const entries: Entry[] = [];
  const references: Reference[] = [];
  const onSafe = options.onSafeMdx;
  const safety = onSafe && { cwd, publicDir: options.publicDir, onSafe };
  for (const file of files) {
    const display = relative(cwd, file.absPath);
    try {
      readEntry(file, display, entries, references, add, safety);
    } catch (e) {
      add({ display }, 'error', 1, same('(Datei)'), unreadable(e), READABLE);
    }
  }

  // 2. Index what exists.
  const ids = new Map<CollectionName, Map<string, Entry>>(COLLECTIONS.map((c) => [c, new Map()]));
  for (const entry of entries) {
    const byId = ids.get(entry.file.collection)!;
    const other = byId.get(entry.file.id);
    if (other) {
      add(
        entry,
        'error',
        1,
        same('(Datei)'),
        t(
          `hat dieselbe Kennung ${q(entry.file.id).de} wie ${other.display}`,
          `has the same id ${q(entry.file.id).en} as ${other.display}`,
        ),
        t('einen eigenen Dateinamen', 'a file name of its own'),
      );
    } else byId.set(entry.file.id, entry);
  }

  // 3. References must point at entries that exist.
  for (const ref of references) checkReference(ref, ids, add);
  // …and should be published when the referring entry is (a warning: the build leaves the reference out).
  for (const w of unpublishedReferences(references, ids, options.now))
    add(w.entry, 'warning', w.entry.source.lineOf(w.path), same(fieldName(w.path)), w.wrong, w.expected);

  // 4. Per-entry rules beyond the schema, and warnings.
  for (const entry of entries) {
    if (!entry.data) continue;
    try {
      checkEntryRules(entry, ids, options.now, add);
    } catch (e) {
      add(entry, 'error', 1, same('(Datei)'), unreadable(e), READABLE);
    }
  }

  // 5. The text of MDX entries.
  const targets = linkTargets(entries, options.now);
  const publicDir = resolve(cwd, options.publicDir ?? 'public');
  for (const entry of entries) {
    if (entry.file.kind !== 'mdx' || entry.source.missingFrontmatter) continue;
    try {
      checkText(entry, { targets, site: options.site ?? '', publicDir }, add);
    } catch (e) {
      add(entry, 'error', 1, t('Text', 'body'), unreadable(e), READABLE);
    }
  }

  return problems.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}

const READABLE = t(
  'eine Datei, die npm run check lesen kann (sonst bitte der Redaktion melden)',
  'a file npm run check can read (otherwise please tell the editorial team)',
);

function unreadable(e: unknown): Text {
  const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  return t(`lässt sich nicht prüfen: ${message}`, `cannot be checked: ${message}`);
}

function readEntry(
  file: ContentFile,
  display: string,
  entries: Entry[],
  references: Reference[],
  add: Add,
  safety?: { cwd: string; publicDir?: string; onSafe: (absPath: string, bytes: Buffer) => void },
) {
  const bytes = readFileSync(file.absPath);
  const decoded = decodeContent(bytes);
  if (!decoded.ok) {
    const byte = `0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}`;
    add(
      { display },
      'error',
      decoded.line,
      same('(Datei)'),
      t(
        `ist nicht als UTF-8 gespeichert: Byte ${decoded.offset} (${byte}) ist kein UTF-8`,
        `is not saved as UTF-8: byte ${decoded.offset} (${byte}) is not UTF-8`,
      ),
      t(
        'die Datei als UTF-8 speichern (im Editor: Speichern mit Kodierung → UTF-8); Umlaute sonst als „J�rgen“',
        'the file saved as UTF-8 (in the editor: save with encoding → UTF-8); otherwise umlauts show as "J�rgen"',
      ),
    );
    return;
  }
  const source = parseSource(decoded.text, file.kind);
  if (safety && file.kind === 'mdx' && safetyOfParsed(file.absPath, decoded, source, safety).length === 0)
    safety.onSafe(file.absPath, bytes);
  const entry: Entry = {
    file,
    display,
    source,
    raw: decoded.raw,
    reported: new Set(),
    data: undefined,
    valid: false,
  };
  entries.push(entry);
  if (decoded.bom) {
    add(
      entry,
      'warning',
      1,
      same('(Datei)'),
      t(
        'beginnt mit einer unsichtbaren Byte-Order-Markierung (BOM); sie wird überlesen',
        'starts with an invisible byte order mark (BOM); it is skipped',
      ),
      t('die Datei als UTF-8 ohne BOM speichern', 'the file saved as UTF-8 without BOM'),
    );
  }
  const depth = file.entry.split('/').length;
  if (depth > (isLocalised(file.collection) ? 2 : 1)) {
    const folder = file.entry
      .split('/')
      .slice(isLocalised(file.collection) ? 1 : 0, -1)
      .join('/');
    add(
      entry,
      'error',
      1,
      same('(Datei)'),
      t(
        `liegt im Unterordner ${folder}/: Unterordner kennt die Website nicht`,
        `is in the sub-folder ${folder}/: the site knows no sub-folders`,
      ),
      isLocalised(file.collection)
        ? t(
            `die Datei direkt in ${file.collection}/de/ oder ${file.collection}/en/`,
            `the file directly in ${file.collection}/de/ or ${file.collection}/en/`,
          )
        : t(`die Datei direkt in ${file.collection}/`, `the file directly in ${file.collection}/`),
    );
  }
  if (source.missingFrontmatter) {
    add(
      entry,
      'error',
      1,
      same('---'),
      t('die Kopfdaten fehlen', 'the frontmatter is missing'),
      t('die erste Zeile ---, dann die Felder, dann wieder ---', 'a first line ---, then the fields, then --- again'),
    );
    return;
  }
  for (const e of source.yamlErrors) {
    const { wrong, expected } = yamlError(e.code, e.message);
    add(entry, 'error', e.line, same('YAML'), wrong, expected);
  }
  if (source.data === undefined) return;
  if (typeof source.data !== 'object' || Array.isArray(source.data)) {
    add(
      entry,
      'error',
      1,
      same('YAML'),
      t('keine Felder gefunden', 'no fields found'),
      t('Zeilen der Form feld: wert', 'lines of the form field: value'),
    );
    return;
  }
  entry.data = source.data as Record<string, unknown>;
  const schema = schemaFor(file.collection, file.absPath);
  const result = schema.safeParse(entry.data);
  entry.valid = result.success;
  const issues = result.success ? [] : (result.error.issues as z.core.$ZodIssue[]);
  for (const issue of issues) entry.reported.add(fieldName(issue.path as PathKey[]));
  // Numbers written the German way get their own message instead of the schema's.
  const german = new Set<string>();

  walkData(fieldOf(schema).node, entry.data, {
    reference: (path, value, collection) => references.push({ entry, path, value, collection }),
    unknownKey: (path, key, known) => {
      // MDX reads `layout:` itself: it would import that file and run it as the page's layout.
      if (file.kind === 'mdx' && path.length === 0 && key === 'layout') {
        add(
          entry,
          'error',
          source.lineOf([key]),
          same(key),
          t(
            'layout: lädt beim Bauen eine Programmdatei als Seitenlayout; Einträge dürfen das nicht',
            'layout: loads a program file as the page layout when the site is built; entries may not',
          ),
          t(
            'die Zeile layout: löschen (das Layout wählt die Website)',
            'the layout: line deleted (the site chooses the layout)',
          ),
        );
        return;
      }
      const suggestion = closest(key, known);
      add(
        entry,
        'warning',
        source.lineOf([...path, key]),
        same(fieldName([...path, key])),
        t('unbekanntes Feld: wird nicht verwendet', 'unknown field: it is not used'),
        suggestion
          ? t(`meinten Sie ${suggestion}?`, `did you mean ${suggestion}?`)
          : t(`eines von: ${known.join(', ')}`, `one of: ${known.join(', ')}`),
      );
    },
    scalar: (path, value, node) => checkScalar(entry, path, value, node, add, german),
  });
  reportIssues(
    entry,
    issues.filter((issue) => !german.has(fieldName(issue.path as PathKey[]))),
    add,
  );
}

/** A number such as 25.000 or 1.250.000: German thousands separators, which YAML reads as 25 and as text. */
const GERMAN_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u;
/** A number such as 12,5: a German decimal comma, which YAML reads as text. */
const GERMAN_DECIMAL = /^[+-]?\d+,\d+$/u;

/** Rules for single values the schema does not have: empty texts, numbers written the German way, http://. */
function checkScalar(entry: Entry, path: PathKey[], value: unknown, node: FieldNode, add: Add, german: Set<string>) {
  const key = fieldName(path);
  const line = entry.source.lineOf(path);
  if (node.kind === 'string' && typeof value === 'string' && value.trim() === '' && !entry.reported.has(key)) {
    add(
      entry,
      'error',
      line,
      same(key),
      value === '' ? t('ist leer', 'is empty') : t('enthält nur Leerzeichen', 'holds only spaces'),
      t(
        'einen Text (oder die Zeile weglassen, wenn das Feld nicht nötig ist)',
        'a text (or leave the line out if the field is optional)',
      ),
    );
  }
  if (node.kind === 'string' && node.format === 'url' && typeof value === 'string' && isPlainHttp(value)) {
    add(
      entry,
      'warning',
      line,
      same(key),
      t(
        `${q(value).de} ist eine unverschlüsselte Adresse (http://)`,
        `${q(value).en} is an unencrypted address (http://)`,
      ),
      t('https://, wenn die Website es anbietet (fast alle tun es)', 'https:// if the site offers it (almost all do)'),
    );
  }
  if (node.kind === 'number') {
    const written = entry.source.scalarAt(path);
    if (!written || written.quoted) return;
    const text = written.source.trim();
    const thousands = GERMAN_THOUSANDS.test(text);
    // 50.203 is a latitude, not fifty thousand: only where the field takes numbers of a thousand and more.
    if ((thousands && (node.max === undefined || node.max >= 1000)) || GERMAN_DECIMAL.test(text)) {
      const meant = text.replace(/\./gu, '').replace(',', '.');
      const read =
        typeof value === 'number'
          ? t(`wird als ${String(value).replace('.', ',')} gelesen`, `is read as ${value}`)
          : t('wird als Text gelesen', 'is read as text');
      add(
        entry,
        'error',
        line,
        same(key),
        t(
          `${text} ${read.de}: Zahlen stehen in der englischen Schreibweise`,
          `${text} ${read.en}: numbers are written the English way`,
        ),
        t(
          `${meant} (ohne Tausenderpunkte, mit Dezimalpunkt statt Komma)`,
          `${meant} (no thousands separators, a decimal point rather than a comma)`,
        ),
      );
      german.add(key);
    }
  }
}

/**
 * The safety part of the check for one MDX file, on its own (no other entries needed): not UTF-8, a `layout:`
 * in the frontmatter, and every violation of the safe MDX subset (./subset.ts). The build's MDX guard
 * (src/integrations/contentCheck.ts) refuses to compile a file that has any, in the preview as in the build.
 */
export function safetyProblems(absPath: string, options: { cwd?: string; publicDir?: string } = {}): Problem[] {
  const cwd = options.cwd ?? process.cwd();
  const display = relative(cwd, absPath);
  const problems: Problem[] = [];
  const add = (line: number, field: Text, wrong: Text, expected: Text) =>
    problems.push({ severity: 'error', file: display, line, field, wrong, expected });
  let decoded: ReturnType<typeof decodeContent>;
  try {
    decoded = decodeContent(readFileSync(absPath));
  } catch (e) {
    add(1, same('(Datei)'), unreadable(e), READABLE);
    return problems;
  }
  if (!decoded.ok) {
    add(
      decoded.line,
      same('(Datei)'),
      t(`ist nicht als UTF-8 gespeichert (Byte ${decoded.offset})`, `is not saved as UTF-8 (byte ${decoded.offset})`),
      t('die Datei als UTF-8 speichern', 'the file saved as UTF-8'),
    );
    return problems;
  }
  return safetyOfParsed(absPath, decoded, parseSource(decoded.text, 'mdx'), options);
}

/** `safetyProblems` of a file already read as UTF-8 and parsed as MDX. */
function safetyOfParsed(
  absPath: string,
  decoded: { raw: string },
  source: ParsedSource,
  options: { cwd?: string; publicDir?: string },
): Problem[] {
  const cwd = options.cwd ?? process.cwd();
  const display = relative(cwd, absPath);
  const problems: Problem[] = [];
  const add = (line: number, field: Text, wrong: Text, expected: Text) =>
    problems.push({ severity: 'error', file: display, line, field, wrong, expected });
  const data = source.data as Record<string, unknown> | undefined;
  if (data && typeof data === 'object' && 'layout' in data) {
    add(
      source.lineOf(['layout']),
      same('layout'),
      t('layout: lädt beim Bauen eine Programmdatei', 'layout: loads a program file when the site is built'),
      t('die Zeile layout: löschen', 'the layout: line deleted'),
    );
  }
  const findings = checkBody(decoded.raw, {
    absPath,
    targets: { localised: {}, plain: {} },
    site: '',
    publicDir: resolve(cwd, options.publicDir ?? 'public'),
    frontmatterEndLine:
      source.missingFrontmatter || source.yamlErrors.some((e) => e.code === 'UNCLOSED_FRONTMATTER')
        ? undefined
        : source.bodyStartLine - 1,
  });
  for (const f of findings) if (f.safety) add(f.line, f.field, f.wrong, f.expected);
  return problems;
}

/** Can entries of this collection be drafts (does its schema have `draft`)? */
function canDraft(entry: Entry): boolean {
  const node = fieldOf(schemaFor(entry.file.collection)).node;
  return node.kind === 'object' && 'draft' in node.fields;
}

/** Is the entry meant for the site (not a draft)? */
function isPublishedEntry(entry: Entry): boolean {
  return entry.data?.draft !== true;
}

function checkText(entry: Entry, context: { targets: LinkTargets; site: string; publicDir: string }, add: Add) {
  const bodyBytes = Buffer.byteLength(entry.source.body, 'utf8');
  if (bodyBytes > LONG_BODY_BYTES) {
    const mb = (n: number, lang: 'de' | 'en') =>
      new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(n / 1_000_000);
    add(
      entry,
      'warning',
      entry.source.bodyStartLine,
      t('Text', 'body'),
      t(
        `ist ${mb(bodyBytes, 'de')} MB lang: die Seite lädt langsam`,
        `is ${mb(bodyBytes, 'en')} MB long: the page loads slowly`,
      ),
      t(
        `höchstens ${mb(LONG_BODY_BYTES, 'de')} MB; lange Texte auf mehrere Einträge verteilen, Daten als Download`,
        `at most ${mb(LONG_BODY_BYTES, 'en')} MB; long texts split into several entries, data as a download`,
      ),
    );
  }
  const findings = checkBody(entry.raw, {
    absPath: entry.file.absPath,
    ...context,
    published: isPublishedEntry(entry),
    frontmatterEndLine: entry.source.yamlErrors.some((e) => e.code === 'UNCLOSED_FRONTMATTER')
      ? undefined
      : entry.source.bodyStartLine - 1,
  });
  for (const f of findings) add(entry, f.severity, f.line, f.field, f.wrong, f.expected);
}

type Add = (
  entry: { display: string },
  severity: Severity,
  line: number,
  field: Text,
  wrong: Text,
  expected: Text,
) => void;

function reportIssues(entry: Entry, issues: z.core.$ZodIssue[], add: Add) {
  const schemaTree = fieldOf(schemaFor(entry.file.collection)).node;
  for (const issue of issues) {
    const path = issue.path as PathKey[];
    const value = valueAt(entry.data, path);
    const hintDe = hintFor(entry.file.collection, path, 'de');
    const hintEn = hintFor(entry.file.collection, path, 'en', nodeAt(schemaTree, path)?.description, true);
    const hint = hintDe && hintEn ? t(hintDe, hintEn) : undefined;
    let { wrong, expected } = describeIssue(issue, value, hint);
    const labels = valueLabels(entry.file.collection, path);
    if (issue.code === 'invalid_value' && labels && value !== undefined)
      ({ wrong, expected } = withLabels(value, labels));
    add(entry, 'error', entry.source.lineOf(path), same(fieldName(path)), wrong, expected);
  }
}

type Labels = Record<string, { de: string; en: string }>;

/** Words for the values of fixed lists, so that a message can say what `ended` means. */
function valueLabels(collection: CollectionName, path: PathKey[]): Labels | undefined {
  const key = path.filter((p) => typeof p === 'string').join('.');
  if (collection === 'practices' && key === 'status') return STATUSES;
  if (collection === 'practices' && key === 'fields') return FIELDS;
  if (collection === 'dialogues' && key === 'format')
    return bothLanguages(ui('de').dialogue.formats, ui('en').dialogue.formats);
  if (collection === 'reports' && key === 'kind') return bothLanguages(ui('de').report.kind, ui('en').report.kind);
  return undefined;
}

function bothLanguages(de: Record<string, string>, en: Record<string, string>): Labels {
  return Object.fromEntries(Object.entries(de).map(([k, v]) => [k, { de: v, en: en[k] ?? v }]));
}

/** "„Pilotphase“ is the label of pilot": an editor who wrote the label gets the key it stands for. */
function withLabels(value: unknown, labels: Labels): { wrong: Text; expected: Text } {
  const list = (lang: 'de' | 'en') =>
    Object.entries(labels)
      .map(([k, l]) => `${k} (${l[lang]})`)
      .join(', ');
  const typed = String(value).trim().toLowerCase();
  const meant = Object.entries(labels).find(
    ([k, l]) => l.de.toLowerCase() === typed || l.en.toLowerCase() === typed || k === typed,
  )?.[0];
  const suggestion = meant ?? closest(String(value), Object.keys(labels));
  return {
    wrong: t(`${q(value).de} ist nicht erlaubt`, `${q(value).en} is not allowed`),
    expected: suggestion
      ? t(`${suggestion} – erlaubt sind: ${list('de')}`, `${suggestion} – allowed: ${list('en')}`)
      : t(`einen dieser Werte: ${list('de')}`, `one of: ${list('en')}`),
  };
}

/** The schema field at a data path, for its description. */
function nodeAt(node: FieldNode, path: PathKey[]): { description?: string | undefined } | undefined {
  let current: FieldNode = node;
  let description: string | undefined;
  for (const key of path) {
    if (current.kind === 'array' && typeof key === 'number') current = current.element;
    else if (current.kind === 'object' && typeof key === 'string' && current.fields[key]) {
      description = current.fields[key].description;
      current = current.fields[key].node;
    } else return undefined;
  }
  return { description };
}

function refId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toString(10);
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  return undefined;
}

/** A collection in messages: its German name, and in English the folder name (which editors see). */
const collectionName = (c: CollectionName): Text => t(specOf(c).label.de.many, c);

function checkReference(ref: Reference, ids: Map<CollectionName, Map<string, Entry>>, add: Add) {
  const id = refId(ref.value);
  if (id === undefined) return; // the schema has already said the value has the wrong form
  const known = ids.get(ref.collection)!;
  if (known.has(id)) return;
  const line = ref.entry.source.lineOf(ref.path);
  const field = same(fieldName(ref.path));
  const where = `${ref.collection}/`;
  let expected: Text;
  if (ref.collection === 'districts' && typeof ref.value === 'number' && known.has(id.padStart(5, '0'))) {
    expected = t(
      `den Schlüssel in Anführungszeichen: "${id.padStart(5, '0')}" (ohne sie fällt die führende 0 weg)`,
      `the key in quotes: "${id.padStart(5, '0')}" (without them the leading 0 is lost)`,
    );
  } else {
    const suggestion = closest(id, [...known.keys()]);
    const examples = [...known.keys()].slice(0, 3).join(', ');
    expected = suggestion
      ? t(
          `die Kennung eines Eintrags in ${where} – meinten Sie ${q(suggestion).de}?`,
          `the id of an entry in ${where} – did you mean ${q(suggestion).en}?`,
        )
      : known.size > 0
        ? t(
            `die Kennung eines Eintrags in ${where}, z. B. ${examples}`,
            `the id of an entry in ${where}, e.g. ${examples}`,
          )
        : t(`einen Eintrag in ${where} (dort gibt es noch keinen)`, `an entry in ${where} (there is none yet)`);
  }
  add(
    ref.entry,
    'error',
    line,
    field,
    t(
      `${q(id).de}: diesen Eintrag (${collectionName(ref.collection).de}) gibt es nicht`,
      `${q(id).en}: no such entry (${collectionName(ref.collection).en})`,
    ),
    expected,
  );
}

function checkEntryRules(entry: Entry, ids: Map<CollectionName, Map<string, Entry>>, now: Date, add: Add) {
  const data = entry.data!;
  const { collection } = entry.file;
  const line = (...path: PathKey[]) => entry.source.lineOf(path);

  if (isLocalised(collection)) {
    const folder = entry.file.entry.split('/')[0];
    const lang = data.lang;
    if (folder !== 'de' && folder !== 'en') {
      add(
        entry,
        'error',
        1,
        same('(Datei)'),
        t('liegt nicht im Ordner de/ oder en/', 'is not in the folder de/ or en/'),
        t(
          `${collection}/de/… für deutsche, ${collection}/en/… für englische Einträge`,
          `${collection}/de/… for German, ${collection}/en/… for English entries`,
        ),
      );
    } else if ((lang === 'de' || lang === 'en') && lang !== folder) {
      add(
        entry,
        'error',
        line('lang'),
        same('lang'),
        t(`${q(lang).de}, aber die Datei liegt in ${folder}/`, `${q(lang).en}, but the file is in ${folder}/`),
        t(
          `lang: ${folder} (oder die Datei nach ${lang}/ verschieben)`,
          `lang: ${folder} (or move the file to ${lang}/)`,
        ),
      );
    }

    // Translations: linked both ways, to the other language.
    const translationId = refId(data.translation);
    if (translationId === undefined) {
      add(
        entry,
        'warning',
        1,
        same('translation'),
        t('keine Übersetzung angegeben', 'no translation given'),
        t(
          `die Kennung der Übersetzung, z. B. translation: ${folder === 'en' ? 'de' : 'en'}/…; anlegen mit npm run new -- ${collection} --translate ${entry.file.id}`,
          `the id of the translation, e.g. translation: ${folder === 'en' ? 'de' : 'en'}/…; create it with npm run new -- ${collection} --translate ${entry.file.id}`,
        ),
      );
    } else {
      const other = ids.get(collection)!.get(translationId);
      if (other?.data) {
        if (other.data.lang === data.lang) {
          add(
            entry,
            'error',
            line('translation'),
            same('translation'),
            t(`${q(translationId).de} ist in derselben Sprache`, `${q(translationId).en} is in the same language`),
            t('die Fassung in der anderen Sprache', 'the version in the other language'),
          );
        } else if (refId(other.data.translation) !== entry.file.id) {
          add(
            entry,
            'warning',
            line('translation'),
            same('translation'),
            t(`${other.display} verweist nicht zurück`, `${other.display} does not link back`),
            t(`dort translation: ${entry.file.id}`, `translation: ${entry.file.id} there`),
          );
        }
      }
    }
  }

  if (collection === 'districts' && typeof data.ags === 'string') {
    const fromName = entry.file.id;
    if (/^\d{5}$/u.test(fromName) && fromName !== data.ags) {
      add(
        entry,
        'error',
        line('ags'),
        same('ags'),
        t(
          `${q(data.ags).de}, aber der Dateiname sagt ${fromName}`,
          `${q(data.ags).en}, but the file name says ${fromName}`,
        ),
        t('derselbe Schlüssel im Dateinamen und im Feld ags', 'the same key in the file name and the field ags'),
      );
    } else if (/^\d{5}$/u.test(fromName)) {
      // The words after the key should name the same district (06435-rheingau-taunus-kreis.yaml is a contradiction).
      const facts = districtFacts(fromName);
      const fileName = entry.file.entry
        .split('/')
        .pop()!
        .replace(/\.ya?ml$/u, '');
      const words = fileName.replace(/^.*?\d{5}-?/u, '');
      if (facts && words !== '' && words !== slugify(facts.name)) {
        add(
          entry,
          'warning',
          1,
          same('(Datei)'),
          t(
            `der Dateiname sagt ${q(words).de}, aber ${fromName} ist ${facts.name}`,
            `the file name says ${q(words).en}, but ${fromName} is ${facts.name}`,
          ),
          t(`${fromName}-${slugify(facts.name)}.yaml`, `${fromName}-${slugify(facts.name)}.yaml`),
        );
      }
    } else {
      add(
        entry,
        'error',
        1,
        same('(Datei)'),
        t('der Dateiname beginnt nicht mit dem Kreisschlüssel', 'the file name does not start with the district key'),
        t(
          '<AGS>-<name>.yaml, z. B. 06435-main-kinzig-kreis.yaml',
          '<AGS>-<name>.yaml, e.g. 06435-main-kinzig-kreis.yaml',
        ),
      );
    }
  }

  // Teasers longer than cards show.
  if (typeof data.teaser === 'string' && data.teaser.length > TEASER_CARD_LENGTH && data.teaser.length <= 400) {
    add(
      entry,
      'warning',
      line('teaser'),
      same('teaser'),
      t(`${data.teaser.length} Zeichen: Karten kürzen ihn`, `${data.teaser.length} characters: cards cut it short`),
      t(`höchstens ${TEASER_CARD_LENGTH} Zeichen`, `at most ${TEASER_CARD_LENGTH} characters`),
    );
  }

  // Practices must be checked regularly.
  if (collection === 'practices' && data.lastChecked !== undefined) {
    const checked = new Date(data.lastChecked as string | Date);
    if (!Number.isNaN(checked.getTime())) {
      const days = Math.floor((now.getTime() - checked.getTime()) / DAY);
      if (checked.getTime() > now.getTime() + DAY) {
        add(
          entry,
          'warning',
          line('lastChecked'),
          same('lastChecked'),
          t(
            `${q(checked).de} liegt in der Zukunft: so bleibt der Eintrag ungeprüft, bis es so weit ist`,
            `${q(checked).en} is in the future: the entry is then never due for checking until that day`,
          ),
          t('das Datum der letzten Prüfung, höchstens heute', 'the date of the last check, today at the latest'),
        );
      } else if (days > CHECK_INTERVAL_DAYS) {
        add(
          entry,
          'warning',
          line('lastChecked'),
          same('lastChecked'),
          t(`zuletzt vor ${days} Tagen geprüft`, `last checked ${days} days ago`),
          t(
            `prüfen, ob der Eintrag noch stimmt, und das Datum setzen (alle ${CHECK_INTERVAL_DAYS} Tage)`,
            `check that the entry is still true and update the date (every ${CHECK_INTERVAL_DAYS} days)`,
          ),
        );
      }
    }
  }

  // Hero images need useful alternative text.
  const hero = data.heroImage as { alt?: unknown; src?: unknown } | undefined;
  if (hero && typeof hero.alt === 'string' && hero.alt.trim().length >= 5) {
    const problem = altProblem(hero.alt, typeof hero.src === 'string' ? hero.src : '');
    if (problem)
      add(entry, 'warning', line('heroImage', 'alt'), same('heroImage.alt'), problem.wrong, problem.expected);
  }

  // Placeholders `npm run new` left: a reminder in a draft, an error in an entry meant for the site.
  forEachString(data, [], (path, value) => {
    if (PLACEHOLDER.test(value)) {
      const p = placeholder(entry.source.lineOf(path), isPublishedEntry(entry), same(fieldName(path)), canDraft(entry));
      add(entry, p.severity, p.line, p.field, p.wrong, p.expected);
    }
  });

  // Titles so long that cards, search results and browser tabs cut them.
  for (const key of ['title', 'titleEn']) {
    const title = data[key];
    if (typeof title === 'string' && title.length > LONG_TITLE_CHARS) {
      add(
        entry,
        'warning',
        line(key),
        same(key),
        t(
          `${title.length} Zeichen: Karten, Suchergebnisse und Browser kürzen ihn`,
          `${title.length} characters: cards, search results and browsers cut it short`,
        ),
        t(
          `höchstens ${LONG_TITLE_CHARS} Zeichen; Einzelheiten in den Teaser`,
          `at most ${LONG_TITLE_CHARS} characters; details belong in the teaser`,
        ),
      );
    }
  }
}

function forEachString(value: unknown, path: PathKey[], fn: (path: PathKey[], value: string) => void) {
  if (typeof value === 'string') fn(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => forEachString(v, [...path, i], fn));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) forEachString(v, [...path, k], fn);
  }
}

/** Everything a link can point at, with whether it is published. */
function linkTargets(entries: Entry[], now: Date): LinkTargets {
  const targets: LinkTargets = { localised: {}, plain: {} };
  const put = (kind: 'localised' | 'plain', section: Section, key: string, published: boolean) => {
    (targets[kind][section] ??= new Map()).set(key, published);
  };
  for (const c of COLLECTIONS) {
    const { localised, pages, section } = specOf(c);
    if (pages !== 'none') targets[localised ? 'localised' : 'plain'][section as Section] = new Map();
  }
  targets.plain.fields = new Map();
  for (const e of entries) {
    const data = e.data ?? {};
    const publishable = {
      draft: data.draft === true,
      publishedAt: new Date((data.publishedAt as string | Date | undefined) ?? 0),
    };
    const c = e.file.collection;
    const { pages, section, publishable: canDraft } = specOf(c);
    const published = !canDraft || isPublished(publishable, { now, preview: false });
    if (pages === 'entry') put('localised', section as Section, e.file.id, published);
    else if (pages === 'district') {
      const facts = districtFacts(e.file.id);
      if (facts) put('plain', section as Section, districtSlug(facts), true);
    } else if (pages === 'both') put('plain', section as Section, e.file.id, published);
  }
  for (const f of FIELD_KEYS) put('plain', 'fields', f, true);
  return targets;
}

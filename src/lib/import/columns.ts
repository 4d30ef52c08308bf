/**
 * The columns `npm run import` reads, per collection, and where each value goes in the entry.
 *
 * Practices: exactly the columns of the open-data export (src/lib/opendata/practices.ts, the one list
 * of them), so that an exported file can be edited in a spreadsheet and imported again; the table
 * below must name every export column (TypeScript refuses it otherwise). Columns that describe the
 * published page rather than the entry (`id`, `url`) are read past. Three columns the export leaves
 * out on purpose may be added: `body` (the entry's text), `contactEmail`, `contactPhone`.
 * Posts and people have no export; their columns follow the same habits (flat names, `;` lists).
 */
import type { CollectionName } from '../../config/collections.ts';
import { fieldOf, type FieldNode } from '../contentCheck/schemaTree.ts';
import { schemaFor } from '../contentCheck/schemas.ts';
import { PRACTICE_COLUMNS, type PracticeRecord } from '../opendata/practices.ts';

/** How a cell is read (./cells.ts, ./resolve.ts). */
export type Reader =
  /** Text; an empty cell leaves the field out. */
  | 'text'
  /** The entry's text (MDX body), written as plain text that never becomes code or markup. */
  | 'body'
  | 'year'
  /** Euros, German or English notation. */
  | 'money'
  | 'boolean'
  /** YYYY-MM-DD or DD.MM.YYYY. */
  | 'date'
  /** Texts separated by ";" (or a JSON list). */
  | 'list'
  /** A JSON list of objects, as the export writes it. */
  | 'json'
  /** Districts by AGS or by name, separated by ";". */
  | 'districts'
  /** Fields of action by key or label. */
  | 'fields'
  /** The status by key or label. */
  | 'status'
  /** Topics by id or label. */
  | 'topics'
  /** People by id or name. */
  | 'people'
  /** Projects by id. */
  | 'projects'
  /** The translation's id, kept only when that entry exists. */
  | 'translation'
  | 'lang'
  /** Read past: describes the published page, not the entry. */
  | 'ignored';

export interface ImportColumn {
  name: string;
  reader: Reader;
  /** Where the value goes in the entry; several columns may fill one object (costs, contact). */
  path?: readonly string[];
  /** A single reference rather than a list (`contactPerson`). */
  single?: boolean;
  description: { de: string; en: string };
  /** Not a column of the export: accepted in addition. */
  extra?: boolean;
}

type Mapping = Omit<ImportColumn, 'name' | 'description'>;

/**
 * How each column of the export is read: a reader name, when the value goes to the field of the column's name;
 * otherwise the reader with the field's path (or none for a column read past).
 */
const PRACTICE_MAPPING: Record<keyof PracticeRecord, Reader | Mapping> = {
  id: { reader: 'ignored' },
  lang: 'lang',
  url: { reader: 'ignored' },
  translationId: { reader: 'translation', path: ['translation'] },
  machineTranslated: 'boolean',
  title: 'text',
  teaser: 'text',
  problem: 'text',
  solution: 'text',
  resultsSummary: { reader: 'text', path: ['results', 'summary'] },
  resultsFigures: { reader: 'json', path: ['results', 'figures'] },
  status: 'status',
  afterFunding: 'text',
  startYear: 'year',
  endYear: 'year',
  costsOneOff: { reader: 'money', path: ['costs', 'oneOff'] },
  costsYearly: { reader: 'money', path: ['costs', 'yearly'] },
  costsNote: { reader: 'text', path: ['costs', 'note'] },
  funding: 'json',
  partners: 'json',
  municipalities: 'list',
  districts: 'districts',
  // Names of the same districts: read when `districts` is empty, compared with it otherwise (./index.ts).
  districtNames: { reader: 'districts', path: ['districts'] },
  fields: 'fields',
  topics: 'topics',
  projects: 'projects',
  contactPerson: { reader: 'people', path: ['contact', 'person'], single: true },
  contactName: { reader: 'text', path: ['contact', 'name'] },
  contactRole: { reader: 'text', path: ['contact', 'role'] },
  contactOrganisation: { reader: 'text', path: ['contact', 'organisation'] },
  contactUrl: { reader: 'text', path: ['contact', 'url'] },
  softwareLicence: { reader: 'text', path: ['software', 'licence'] },
  softwareSourceUrl: { reader: 'text', path: ['software', 'sourceUrl'] },
  lessons: 'text',
  links: 'json',
  sources: 'json',
  featured: 'boolean',
  publishedAt: 'date',
  updatedAt: 'date',
  lastChecked: 'date',
};

/**
 * A column with its description in both languages; its value goes to the field of its own name unless `path`
 * says otherwise.
 */
const col = (name: string, reader: Reader, de: string, en: string, path: readonly string[] = [name]): ImportColumn => ({
  name,
  reader,
  path,
  description: { de, en },
});

/** Columns that are not in the export, accepted in addition. */
const extra = (column: ImportColumn): ImportColumn => ({ ...column, extra: true });

const BODY = extra({
  name: 'body',
  reader: 'body',
  description: {
    de: 'Text des Eintrags (Absätze durch eine Leerzeile getrennt; wird als reiner Text übernommen)',
    en: 'Text of the entry (paragraphs separated by a blank line; taken as plain text)',
  },
});

const PRACTICES: readonly ImportColumn[] = [
  ...PRACTICE_COLUMNS.map((c) => {
    const mapping = PRACTICE_MAPPING[c.key];
    const read = typeof mapping === 'string' ? { reader: mapping, path: [c.key] } : mapping;
    return { name: c.key, description: c.description, ...read };
  }),
  extra(
    col(
      'contactEmail',
      'text',
      'E-Mail der Ansprechperson (nicht in der Exportdatei; die Website zeigt sie geschützt)',
      'Contact e-mail (not in the export; the site shows it protected)',
      ['contact', 'email'],
    ),
  ),
  extra(
    col(
      'contactPhone',
      'text',
      'Telefon der Ansprechperson (nicht in der Exportdatei)',
      'Contact phone (not in the export)',
      ['contact', 'phone'],
    ),
  ),
  BODY,
];

/** A column of the practices' export that posts or people have too: the same reader, field and description. */
const fromPractices = (name: keyof PracticeRecord): ImportColumn => PRACTICES.find((c) => c.name === name)!;

const POSTS: readonly ImportColumn[] = [
  fromPractices('lang'),
  fromPractices('translationId'),
  fromPractices('machineTranslated'),
  fromPractices('title'),
  fromPractices('teaser'),
  col(
    'authors',
    'people',
    'Autorinnen und Autoren (Kennung oder Name, mit ; getrennt)',
    'Authors (id or name, separated by ;)',
  ),
  col('topics', 'topics', 'Themen (Kennung oder Bezeichnung)', 'Topics (id or label)'),
  col('districts', 'districts', 'Kreise (AGS oder Name)', 'Districts (AGS or name)'),
  fromPractices('projects'),
  fromPractices('sources'),
  fromPractices('publishedAt'),
  fromPractices('updatedAt'),
  BODY,
];

const PEOPLE: readonly ImportColumn[] = [
  col('name', 'text', 'Name ohne akademischen Titel', 'Full name without academic title'),
  col('honorific', 'text', 'Akademischer Titel, z. B. Dr.', 'Academic title, e.g. Dr.'),
  col('roleDe', 'text', 'Funktion (deutsch)', 'Role (German)', ['role', 'de']),
  col('roleEn', 'text', 'Funktion (englisch)', 'Role (English)', ['role', 'en']),
  col('affiliation', 'text', 'Institution, z. B. die Kreisverwaltung', 'Institution, e.g. the district administration'),
  col('unit', 'text', 'Fachbereich oder Amt', 'Department or office'),
  col('email', 'text', 'E-Mail (die Website zeigt sie geschützt)', 'E-mail (the site shows it protected)'),
  col('phone', 'text', 'Telefon', 'Phone'),
  col('address', 'text', 'Dienstanschrift', 'Office address'),
  col('url', 'text', 'Webseite', 'Web page'),
  col('bioDe', 'text', 'Kurzbiografie (deutsch)', 'Short biography (German)', ['bio', 'de']),
  col('bioEn', 'text', 'Kurzbiografie (englisch)', 'Short biography (English)', ['bio', 'en']),
  col('isTeam', 'boolean', 'Ein Team oder eine Stelle statt einer Person', 'A team or office rather than one person'),
  fromPractices('sources'),
];

export const IMPORT_COLUMNS = { practices: PRACTICES, posts: POSTS, people: PEOPLE } as const satisfies Partial<
  Record<CollectionName, readonly ImportColumn[]>
>;
export type ImportCollection = keyof typeof IMPORT_COLUMNS;
export const IMPORT_COLLECTIONS = Object.keys(IMPORT_COLUMNS) as ImportCollection[];

export function isImportCollection(name: string): name is ImportCollection {
  return Object.hasOwn(IMPORT_COLUMNS, name);
}

/** The column a schema path belongs to (the longest column path that starts it). */
export function columnOfPath(
  collection: ImportCollection,
  path: readonly PropertyKey[],
  present: ReadonlySet<string>,
): ImportColumn | undefined {
  let best: ImportColumn | undefined;
  for (const c of IMPORT_COLUMNS[collection]) {
    if (!c.path || c.path.length > path.length || !c.path.every((p, i) => p === path[i])) continue;
    // Of two columns with the same path (districts, districtNames), the one the file has.
    if (!best || c.path.length > best.path!.length || (!present.has(best.name) && present.has(c.name))) best = c;
  }
  return best;
}

/** Fields the import fills itself when a row leaves them out: the language, and today for the dates. */
export const FILLED_FIELDS = new Set(['lang', 'publishedAt', 'lastChecked']);

/** Is the schema field at `path` one an entry must have (not optional, no default)? */
function isRequired(node: FieldNode, path: readonly string[]): boolean {
  let current = node;
  for (const key of path) {
    if (current.kind !== 'object' || !current.fields[key]) return false;
    const field = current.fields[key];
    if (field.optional) return false;
    current = field.node;
  }
  return true;
}

/** Must the file have this column (or another one filling the same field)? */
export function isRequiredColumn(collection: ImportCollection, column: ImportColumn): boolean {
  return Boolean(
    column.path && !FILLED_FIELDS.has(column.path[0]!) && isRequired(fieldOf(schemaFor(collection)).node, column.path),
  );
}

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

const PRACTICE_MAPPING: Record<keyof PracticeRecord, Mapping> = {
  id: { reader: 'ignored' },
  lang: { reader: 'lang', path: ['lang'] },
  url: { reader: 'ignored' },
  translationId: { reader: 'translation', path: ['translation'] },
  machineTranslated: { reader: 'boolean', path: ['machineTranslated'] },
  title: { reader: 'text', path: ['title'] },
  teaser: { reader: 'text', path: ['teaser'] },
  problem: { reader: 'text', path: ['problem'] },
  solution: { reader: 'text', path: ['solution'] },
  resultsSummary: { reader: 'text', path: ['results', 'summary'] },
  resultsFigures: { reader: 'json', path: ['results', 'figures'] },
  status: { reader: 'status', path: ['status'] },
  afterFunding: { reader: 'text', path: ['afterFunding'] },
  startYear: { reader: 'year', path: ['startYear'] },
  endYear: { reader: 'year', path: ['endYear'] },
  costsOneOff: { reader: 'money', path: ['costs', 'oneOff'] },
  costsYearly: { reader: 'money', path: ['costs', 'yearly'] },
  costsNote: { reader: 'text', path: ['costs', 'note'] },
  funding: { reader: 'json', path: ['funding'] },
  partners: { reader: 'json', path: ['partners'] },
  municipalities: { reader: 'list', path: ['municipalities'] },
  districts: { reader: 'districts', path: ['districts'] },
  // Names of the same districts: read when `districts` is empty, compared with it otherwise (./index.ts).
  districtNames: { reader: 'districts', path: ['districts'] },
  fields: { reader: 'fields', path: ['fields'] },
  topics: { reader: 'topics', path: ['topics'] },
  projects: { reader: 'projects', path: ['projects'] },
  contactPerson: { reader: 'people', path: ['contact', 'person'], single: true },
  contactName: { reader: 'text', path: ['contact', 'name'] },
  contactRole: { reader: 'text', path: ['contact', 'role'] },
  contactOrganisation: { reader: 'text', path: ['contact', 'organisation'] },
  contactUrl: { reader: 'text', path: ['contact', 'url'] },
  softwareLicence: { reader: 'text', path: ['software', 'licence'] },
  softwareSourceUrl: { reader: 'text', path: ['software', 'sourceUrl'] },
  lessons: { reader: 'text', path: ['lessons'] },
  links: { reader: 'json', path: ['links'] },
  sources: { reader: 'json', path: ['sources'] },
  featured: { reader: 'boolean', path: ['featured'] },
  publishedAt: { reader: 'date', path: ['publishedAt'] },
  updatedAt: { reader: 'date', path: ['updatedAt'] },
  lastChecked: { reader: 'date', path: ['lastChecked'] },
};

const BODY: ImportColumn = {
  name: 'body',
  reader: 'body',
  extra: true,
  description: {
    de: 'Text des Eintrags (Absätze durch eine Leerzeile getrennt; wird als reiner Text übernommen)',
    en: 'Text of the entry (paragraphs separated by a blank line; taken as plain text)',
  },
};

const PRACTICES: readonly ImportColumn[] = [
  ...PRACTICE_COLUMNS.map((c) => ({ name: c.key, description: c.description, ...PRACTICE_MAPPING[c.key] })),
  {
    name: 'contactEmail',
    reader: 'text',
    path: ['contact', 'email'],
    extra: true,
    description: {
      de: 'E-Mail der Ansprechperson (nicht in der Exportdatei; die Website zeigt sie geschützt)',
      en: 'Contact e-mail (not in the export; the site shows it protected)',
    },
  },
  {
    name: 'contactPhone',
    reader: 'text',
    path: ['contact', 'phone'],
    extra: true,
    description: {
      de: 'Telefon der Ansprechperson (nicht in der Exportdatei)',
      en: 'Contact phone (not in the export)',
    },
  },
  BODY,
];

const col = (name: string, reader: Reader, path: readonly string[], de: string, en: string): ImportColumn => ({
  name,
  reader,
  path,
  description: { de, en },
});

const POSTS: readonly ImportColumn[] = [
  col('lang', 'lang', ['lang'], 'Sprache des Eintrags (de, en)', 'Language of the entry (de, en)'),
  col('translationId', 'translation', ['translation'], 'Kennung der Übersetzung', 'Identifier of the translation'),
  col(
    'machineTranslated',
    'boolean',
    ['machineTranslated'],
    'Maschinell übersetzt, ungeprüft',
    'Machine-translated, not reviewed',
  ),
  col('title', 'text', ['title'], 'Titel', 'Title'),
  col('teaser', 'text', ['teaser'], 'Kurzbeschreibung', 'Short description'),
  col(
    'authors',
    'people',
    ['authors'],
    'Autorinnen und Autoren (Kennung oder Name, mit ; getrennt)',
    'Authors (id or name, separated by ;)',
  ),
  col('topics', 'topics', ['topics'], 'Themen (Kennung oder Bezeichnung)', 'Topics (id or label)'),
  col('districts', 'districts', ['districts'], 'Kreise (AGS oder Name)', 'Districts (AGS or name)'),
  col('projects', 'projects', ['projects'], 'Projekte (Kennungen)', 'Projects (identifiers)'),
  col('sources', 'json', ['sources'], 'Quellen [{title, url, publisher}]', 'Sources [{title, url, publisher}]'),
  col('publishedAt', 'date', ['publishedAt'], 'Veröffentlicht (JJJJ-MM-TT)', 'Published (YYYY-MM-DD)'),
  col('updatedAt', 'date', ['updatedAt'], 'Aktualisiert (JJJJ-MM-TT)', 'Updated (YYYY-MM-DD)'),
  BODY,
];

const PEOPLE: readonly ImportColumn[] = [
  col('name', 'text', ['name'], 'Name ohne akademischen Titel', 'Full name without academic title'),
  col('honorific', 'text', ['honorific'], 'Akademischer Titel, z. B. Dr.', 'Academic title, e.g. Dr.'),
  col('roleDe', 'text', ['role', 'de'], 'Funktion (deutsch)', 'Role (German)'),
  col('roleEn', 'text', ['role', 'en'], 'Funktion (englisch)', 'Role (English)'),
  col(
    'affiliation',
    'text',
    ['affiliation'],
    'Institution, z. B. die Kreisverwaltung',
    'Institution, e.g. the district administration',
  ),
  col('unit', 'text', ['unit'], 'Fachbereich oder Amt', 'Department or office'),
  col('email', 'text', ['email'], 'E-Mail (die Website zeigt sie geschützt)', 'E-mail (the site shows it protected)'),
  col('phone', 'text', ['phone'], 'Telefon', 'Phone'),
  col('address', 'text', ['address'], 'Dienstanschrift', 'Office address'),
  col('url', 'text', ['url'], 'Webseite', 'Web page'),
  col('bioDe', 'text', ['bio', 'de'], 'Kurzbiografie (deutsch)', 'Short biography (German)'),
  col('bioEn', 'text', ['bio', 'en'], 'Kurzbiografie (englisch)', 'Short biography (English)'),
  col(
    'isTeam',
    'boolean',
    ['isTeam'],
    'Ein Team oder eine Stelle statt einer Person',
    'A team or office rather than one person',
  ),
  col('sources', 'json', ['sources'], 'Quellen [{title, url, publisher}]', 'Sources [{title, url, publisher}]'),
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

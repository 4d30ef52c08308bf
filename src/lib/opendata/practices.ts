/**
 * The practice catalogue as open data: one flat record per practice entry with every field of the
 * template (src/schemas/practices.ts), a stable id, districts by their official key (AGS). The
 * column list below is the one definition of the JSON and CSV files: each column says how its
 * value is written into a CSV cell and read back, so the two files hold the same records.
 *
 * Left out on purpose: the contact's e-mail address and phone number (the site never prints
 * e-mail addresses in plain text either), the hero image, and the entry's free text body.
 */
import type { Lang } from '../i18n.ts';
import { unprotectCell } from './csv.ts';

export interface Figure {
  value: string;
  label: string;
}
export interface Funding {
  programme: string;
  funder?: string | undefined;
  amount?: number | undefined;
}
export interface Partner {
  name: string;
  role?: string | undefined;
  url?: string | undefined;
}
export interface Link {
  label: string;
  url: string;
}
export interface Source {
  title: string;
  url?: string | undefined;
  publisher?: string | undefined;
}

export interface PracticeRecord {
  id: string;
  lang: Lang;
  url: string;
  translationId: string | null;
  machineTranslated: boolean;
  title: string;
  teaser: string;
  problem: string;
  solution: string;
  resultsSummary: string;
  resultsFigures: Figure[];
  status: string;
  afterFunding: string | null;
  startYear: number;
  endYear: number | null;
  costsOneOff: number | null;
  costsYearly: number | null;
  costsNote: string | null;
  funding: Funding[];
  partners: Partner[];
  municipalities: string[];
  districts: string[];
  districtNames: string[];
  fields: string[];
  topics: string[];
  projects: string[];
  contactPerson: string | null;
  contactName: string | null;
  contactRole: string | null;
  contactOrganisation: string | null;
  contactUrl: string | null;
  softwareLicence: string | null;
  softwareSourceUrl: string | null;
  lessons: string | null;
  links: Link[];
  sources: Source[];
  featured: boolean;
  publishedAt: string;
  updatedAt: string | null;
  lastChecked: string;
}

/** How a column's value goes into a CSV cell. */
export type Codec =
  /** Text; an empty cell is null. */
  | 'text'
  /** A number; an empty cell is null. */
  | 'number'
  /** "true" or "false". */
  | 'boolean'
  /** Identifiers (AGS, keys, ids) separated by ";" — they never contain one. */
  | 'codes'
  /** A list or object, as JSON text. */
  | 'json';

export interface Column {
  key: keyof PracticeRecord;
  codec: Codec;
  description: { de: string; en: string };
}

export const PRACTICE_COLUMNS: readonly Column[] = [
  {
    key: 'id',
    codec: 'text',
    description: {
      de: 'Feste Kennung: Sprache/Name des Eintrags',
      en: 'Stable identifier: language/name of the entry',
    },
  },
  {
    key: 'lang',
    codec: 'text',
    description: { de: 'Sprache des Eintrags (de, en)', en: 'Language of the entry (de, en)' },
  },
  { key: 'url', codec: 'text', description: { de: 'Adresse der Seite', en: 'Address of the page' } },
  {
    key: 'translationId',
    codec: 'text',
    description: { de: 'Kennung der Übersetzung', en: 'Identifier of the translation' },
  },
  {
    key: 'machineTranslated',
    codec: 'boolean',
    description: { de: 'Maschinell übersetzt, ungeprüft', en: 'Machine-translated, not reviewed' },
  },
  { key: 'title', codec: 'text', description: { de: 'Titel', en: 'Title' } },
  { key: 'teaser', codec: 'text', description: { de: 'Kurzbeschreibung', en: 'Short description' } },
  { key: 'problem', codec: 'text', description: { de: 'Ausgangslage', en: 'Starting problem' } },
  { key: 'solution', codec: 'text', description: { de: 'Lösung', en: 'Solution' } },
  { key: 'resultsSummary', codec: 'text', description: { de: 'Ergebnisse', en: 'Results' } },
  {
    key: 'resultsFigures',
    codec: 'json',
    description: { de: 'Kennzahlen [{value, label}]', en: 'Key figures [{value, label}]' },
  },
  { key: 'status', codec: 'text', description: { de: 'Status (Schlüssel)', en: 'Status (key)' } },
  {
    key: 'afterFunding',
    codec: 'text',
    description: { de: 'Stand nach Ende der Förderung', en: 'Status after the funding ended' },
  },
  { key: 'startYear', codec: 'number', description: { de: 'Beginn (Jahr)', en: 'Start (year)' } },
  { key: 'endYear', codec: 'number', description: { de: 'Ende (Jahr)', en: 'End (year)' } },
  {
    key: 'costsOneOff',
    codec: 'number',
    description: { de: 'Einmalige Kosten in Euro', en: 'One-off costs in euros' },
  },
  { key: 'costsYearly', codec: 'number', description: { de: 'Jährliche Kosten in Euro', en: 'Yearly costs in euros' } },
  { key: 'costsNote', codec: 'text', description: { de: 'Was die Kosten umfassen', en: 'What the costs include' } },
  {
    key: 'funding',
    codec: 'json',
    description: { de: 'Förderung [{programme, funder, amount}]', en: 'Funding [{programme, funder, amount}]' },
  },
  {
    key: 'partners',
    codec: 'json',
    description: { de: 'Partner [{name, role, url}]', en: 'Partners [{name, role, url}]' },
  },
  { key: 'municipalities', codec: 'json', description: { de: 'Beteiligte Kommunen', en: 'Municipalities involved' } },
  { key: 'districts', codec: 'codes', description: { de: 'Beteiligte Kreise (AGS)', en: 'Districts involved (AGS)' } },
  { key: 'districtNames', codec: 'json', description: { de: 'Namen der Kreise', en: 'Names of the districts' } },
  { key: 'fields', codec: 'codes', description: { de: 'Handlungsfelder (Schlüssel)', en: 'Fields of action (keys)' } },
  { key: 'topics', codec: 'codes', description: { de: 'Themen (Schlüssel)', en: 'Topics (keys)' } },
  { key: 'projects', codec: 'codes', description: { de: 'Projekte (Kennungen)', en: 'Projects (identifiers)' } },
  {
    key: 'contactPerson',
    codec: 'text',
    description: { de: 'Ansprechperson (Kennung)', en: 'Contact (person identifier)' },
  },
  { key: 'contactName', codec: 'text', description: { de: 'Ansprechperson', en: 'Contact name' } },
  { key: 'contactRole', codec: 'text', description: { de: 'Funktion', en: 'Role' } },
  { key: 'contactOrganisation', codec: 'text', description: { de: 'Organisation', en: 'Organisation' } },
  { key: 'contactUrl', codec: 'text', description: { de: 'Webseite der Ansprechperson', en: 'Contact web page' } },
  { key: 'softwareLicence', codec: 'text', description: { de: 'Softwarelizenz', en: 'Software licence' } },
  { key: 'softwareSourceUrl', codec: 'text', description: { de: 'Quellcode', en: 'Source code' } },
  { key: 'lessons', codec: 'text', description: { de: 'Was nicht funktioniert hat', en: 'What did not work' } },
  { key: 'links', codec: 'json', description: { de: 'Links [{label, url}]', en: 'Links [{label, url}]' } },
  {
    key: 'sources',
    codec: 'json',
    description: { de: 'Quellen [{title, url, publisher}]', en: 'Sources [{title, url, publisher}]' },
  },
  {
    key: 'featured',
    codec: 'boolean',
    description: { de: 'Auf der Startseite hervorgehoben', en: 'Featured on the home page' },
  },
  {
    key: 'publishedAt',
    codec: 'text',
    description: { de: 'Veröffentlicht (JJJJ-MM-TT)', en: 'Published (YYYY-MM-DD)' },
  },
  { key: 'updatedAt', codec: 'text', description: { de: 'Aktualisiert (JJJJ-MM-TT)', en: 'Updated (YYYY-MM-DD)' } },
  {
    key: 'lastChecked',
    codec: 'text',
    description: { de: 'Zuletzt geprüft (JJJJ-MM-TT)', en: 'Last checked (YYYY-MM-DD)' },
  },
];

/** A value as a CSV cell. */
export function encodeCell(value: unknown, codec: Codec): string {
  if (value === null || value === undefined) return '';
  switch (codec) {
    case 'text':
      return String(value);
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'codes':
      return (value as string[]).join(';');
    case 'json':
      return JSON.stringify(value);
  }
}

/** A CSV cell back to its value (the inverse of `encodeCell`). */
export function decodeCell(cell: string, codec: Codec): unknown {
  switch (codec) {
    case 'text':
      return cell === '' ? null : cell;
    case 'number':
      return cell === '' ? null : Number(cell);
    case 'boolean':
      return cell === 'true';
    case 'codes':
      return cell === '' ? [] : cell.split(';');
    case 'json':
      return cell === '' ? null : JSON.parse(cell);
  }
}

/** One record as a CSV row, in column order. */
export function practiceRow(r: PracticeRecord): string[] {
  return PRACTICE_COLUMNS.map((c) => encodeCell(r[c.key], c.codec));
}

/** A CSV row (as a CSV parser reads it) back to a record; undoes the formula protection of src/lib/opendata/csv.ts. */
export function practiceFromRow(row: readonly string[]): PracticeRecord {
  const out: Record<string, unknown> = {};
  PRACTICE_COLUMNS.forEach((c, i) => {
    out[c.key] = decodeCell(unprotectCell(row[i] ?? ''), c.codec);
  });
  return out as unknown as PracticeRecord;
}

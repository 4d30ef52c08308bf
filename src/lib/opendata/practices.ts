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

/** One column: its key, its codec and its description in both languages. */
const column = (key: keyof PracticeRecord, codec: Codec, de: string, en: string): Column => ({
  key,
  codec,
  description: { de, en },
});

export const PRACTICE_COLUMNS: readonly Column[] = [
  column('id', 'text', 'Feste Kennung: Sprache/Name des Eintrags', 'Stable identifier: language/name of the entry'),
  column('lang', 'text', 'Sprache des Eintrags (de, en)', 'Language of the entry (de, en)'),
  column('url', 'text', 'Adresse der Seite', 'Address of the page'),
  column('translationId', 'text', 'Kennung der Übersetzung', 'Identifier of the translation'),
  column('machineTranslated', 'boolean', 'Maschinell übersetzt, ungeprüft', 'Machine-translated, not reviewed'),
  column('title', 'text', 'Titel', 'Title'),
  column('teaser', 'text', 'Kurzbeschreibung', 'Short description'),
  column('problem', 'text', 'Ausgangslage', 'Starting problem'),
  column('solution', 'text', 'Lösung', 'Solution'),
  column('resultsSummary', 'text', 'Ergebnisse', 'Results'),
  column('resultsFigures', 'json', 'Kennzahlen [{value, label}]', 'Key figures [{value, label}]'),
  column('status', 'text', 'Status (Schlüssel)', 'Status (key)'),
  column('afterFunding', 'text', 'Stand nach Ende der Förderung', 'Status after the funding ended'),
  column('startYear', 'number', 'Beginn (Jahr)', 'Start (year)'),
  column('endYear', 'number', 'Ende (Jahr)', 'End (year)'),
  column('costsOneOff', 'number', 'Einmalige Kosten in Euro', 'One-off costs in euros'),
  column('costsYearly', 'number', 'Jährliche Kosten in Euro', 'Yearly costs in euros'),
  column('costsNote', 'text', 'Was die Kosten umfassen', 'What the costs include'),
  column('funding', 'json', 'Förderung [{programme, funder, amount}]', 'Funding [{programme, funder, amount}]'),
  column('partners', 'json', 'Partner [{name, role, url}]', 'Partners [{name, role, url}]'),
  column('municipalities', 'json', 'Beteiligte Kommunen', 'Municipalities involved'),
  column('districts', 'codes', 'Beteiligte Kreise (AGS)', 'Districts involved (AGS)'),
  column('districtNames', 'json', 'Namen der Kreise', 'Names of the districts'),
  column('fields', 'codes', 'Handlungsfelder (Schlüssel)', 'Fields of action (keys)'),
  column('topics', 'codes', 'Themen (Schlüssel)', 'Topics (keys)'),
  column('projects', 'codes', 'Projekte (Kennungen)', 'Projects (identifiers)'),
  column('contactPerson', 'text', 'Ansprechperson (Kennung)', 'Contact (person identifier)'),
  column('contactName', 'text', 'Ansprechperson', 'Contact name'),
  column('contactRole', 'text', 'Funktion', 'Role'),
  column('contactOrganisation', 'text', 'Organisation', 'Organisation'),
  column('contactUrl', 'text', 'Webseite der Ansprechperson', 'Contact web page'),
  column('softwareLicence', 'text', 'Softwarelizenz', 'Software licence'),
  column('softwareSourceUrl', 'text', 'Quellcode', 'Source code'),
  column('lessons', 'text', 'Was nicht funktioniert hat', 'What did not work'),
  column('links', 'json', 'Links [{label, url}]', 'Links [{label, url}]'),
  column('sources', 'json', 'Quellen [{title, url, publisher}]', 'Sources [{title, url, publisher}]'),
  column('featured', 'boolean', 'Auf der Startseite hervorgehoben', 'Featured on the home page'),
  column('publishedAt', 'text', 'Veröffentlicht (JJJJ-MM-TT)', 'Published (YYYY-MM-DD)'),
  column('updatedAt', 'text', 'Aktualisiert (JJJJ-MM-TT)', 'Updated (YYYY-MM-DD)'),
  column('lastChecked', 'text', 'Zuletzt geprüft (JJJJ-MM-TT)', 'Last checked (YYYY-MM-DD)'),
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

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
import { checkCatalog } from '../../i18n/catalog.ts';
import descriptions from './columns.json' with { type: 'json' };

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

/** Each column's codec, in the order of the CSV; the descriptions are a message catalog, ./columns.json. */
const CODECS: Record<keyof PracticeRecord, Codec> = {
  id: 'text',
  lang: 'text',
  url: 'text',
  translationId: 'text',
  machineTranslated: 'boolean',
  title: 'text',
  teaser: 'text',
  problem: 'text',
  solution: 'text',
  resultsSummary: 'text',
  resultsFigures: 'json',
  status: 'text',
  afterFunding: 'text',
  startYear: 'number',
  endYear: 'number',
  costsOneOff: 'number',
  costsYearly: 'number',
  costsNote: 'text',
  funding: 'json',
  partners: 'json',
  municipalities: 'json',
  districts: 'codes',
  districtNames: 'json',
  fields: 'codes',
  topics: 'codes',
  projects: 'codes',
  contactPerson: 'text',
  contactName: 'text',
  contactRole: 'text',
  contactOrganisation: 'text',
  contactUrl: 'text',
  softwareLicence: 'text',
  softwareSourceUrl: 'text',
  lessons: 'text',
  links: 'json',
  sources: 'json',
  featured: 'boolean',
  publishedAt: 'text',
  updatedAt: 'text',
  lastChecked: 'text',
};
const DESCRIPTIONS = checkCatalog(descriptions, 'src/lib/opendata/columns.json');

export const PRACTICE_COLUMNS: readonly Column[] = (Object.keys(CODECS) as (keyof PracticeRecord)[]).map((key) => ({
  key,
  codec: CODECS[key],
  description: DESCRIPTIONS[key],
}));

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

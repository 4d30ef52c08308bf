/**
 * The fields of the practice submission form, in the order of the practice template
 * (src/schemas/practices.ts), with their limits, and reading a posted form into a submission.
 *
 * Everything is text: a value is never interpreted here, only measured and checked against a
 * list (district, status, field of action) or for being a web address. Every problem becomes a
 * message naming the field, in the submitter's language; the form comes back filled in as sent.
 */
import { FIELD_KEYS, type FieldKey } from '../../config/fields.ts';
import { STATUS_KEYS, type StatusKey } from '../../config/status.ts';
import { localiseAll } from '../../i18n/localise.ts';
import { SUBMIT } from '../../i18n/submit.ts';
import { districtFacts } from '../districts.ts';
import { type FieldError, normaliseEmail, type Parsed } from '../newsletter/input.ts';
import { fill } from '../newsletter/strings.ts';
import { isLang, type Lang } from '../newsletter/types.ts';
import { isSubmissionConsentVersion } from './consent.ts';

export type { FieldError, Parsed };

const STRINGS = localiseAll(SUBMIT);

/** The submission's strings in one language. */
export function st(lang: Lang) {
  return STRINGS[lang];
}

/** The text fields, in the template's order, with their limits in characters. */
export const TEXT_FIELDS = {
  title: { min: 3, max: 160, required: true, multiline: false },
  municipality: { min: 0, max: 160, required: false, multiline: false },
  problem: { min: 20, max: 4000, required: true, multiline: true },
  solution: { min: 20, max: 4000, required: true, multiline: true },
  results: { min: 10, max: 4000, required: true, multiline: true },
  costs: { min: 0, max: 1000, required: false, multiline: true },
  afterFunding: { min: 0, max: 2000, required: false, multiline: true },
  contactName: { min: 2, max: 160, required: true, multiline: false },
  contactOrganisation: { min: 0, max: 160, required: false, multiline: false },
  licence: { min: 0, max: 100, required: false, multiline: false },
  lessons: { min: 0, max: 4000, required: false, multiline: true },
  details: { min: 0, max: 8000, required: false, multiline: true },
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

/** Every field of the form in the order shown (the honeypot and the proof of work are not fields of the entry). */
export const FORM_ORDER = [
  'title',
  'district',
  'municipality',
  'problem',
  'solution',
  'results',
  'costs',
  'status',
  'startYear',
  'field',
  'afterFunding',
  'contactName',
  'contactOrganisation',
  'links',
  'licence',
  'sourceUrl',
  'lessons',
  'details',
  'email',
  'consent',
] as const;
export type FormField = (typeof FORM_ORDER)[number];

export const MAX_LINKS = 10;
export const MAX_URL = 500;
/** Largest request body the submission endpoint reads: the fields' limits with room for encoding. */
export const MAX_SUBMISSION_BODY = 256 * 1024;
/** The honeypot's name: a field people never see filled, bots often fill. */
export const HONEYPOT = 'website';

export interface SubmissionInput {
  title: string;
  district: string;
  municipality: string;
  problem: string;
  solution: string;
  results: string;
  costs: string;
  status: StatusKey;
  startYear: number;
  field: FieldKey;
  afterFunding: string;
  contactName: string;
  contactOrganisation: string;
  links: string[];
  licence: string;
  sourceUrl: string;
  lessons: string;
  details: string;
  email: string;
  consentVersion: string;
  /** Language of the form, and of the entry that may come of it. */
  lang: Lang;
}

/** What the form sent, as text, for showing it again. */
export type FormValues = Record<FormField | 'linksText', string>;

/**
 * Characters that have no place in text typed into a form: C0/C1 controls other than tab and line
 * breaks, and the bidirectional overrides that make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/u;

/** Line breaks as one \n, no trailing spaces at the ends, Unicode NFC. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/gu, '\n').normalize('NFC').trim();
}

export function formValues(form: URLSearchParams): FormValues {
  const get = (k: string) => (form.get(k) ?? '').slice(0, 20_000);
  const values = Object.fromEntries(FORM_ORDER.map((k) => [k, get(k)])) as FormValues;
  values.linksText = get('links');
  return values;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/u.test(value);
  } catch {
    return false;
  }
}

export function formLang(form: URLSearchParams): Lang {
  const ui = form.get('ui');
  return isLang(ui) ? ui : 'de';
}

/** Read a posted submission form. */
export function parseSubmission(form: URLSearchParams, now: Date): Parsed<SubmissionInput> {
  const lang = formLang(form);
  const s = st(lang);
  const e = s.errors;
  const errors: FieldError[] = [];
  const label = (f: keyof typeof s.fields) => s.fields[f].label;
  const text: Partial<Record<TextField, string>> = {};

  for (const [name, spec] of Object.entries(TEXT_FIELDS) as [TextField, (typeof TEXT_FIELDS)[TextField]][]) {
    const raw = form.get(name) ?? '';
    const value = cleanText(spec.multiline ? raw : raw.replace(/\s+/gu, ' '));
    const l = label(name);
    if (CONTROL.test(value) || !value.isWellFormed())
      errors.push({ field: name, message: fill(e.control, { label: l }) });
    else if (value.length === 0 && spec.required) errors.push({ field: name, message: fill(e.required, { label: l }) });
    else if (value.length > spec.max)
      errors.push({ field: name, message: fill(e.tooLong, { label: l, max: spec.max, length: value.length }) });
    else if (value.length > 0 && value.length < spec.min)
      errors.push({ field: name, message: fill(e.tooShort, { label: l, min: spec.min }) });
    text[name] = value;
  }

  const district = (form.get('district') ?? '').trim();
  if (!/^\d{5}$/u.test(district) || districtFacts(district) === undefined)
    errors.push({ field: 'district', message: fill(e.district, { label: label('district') }) });

  const status = form.get('status') ?? '';
  if (!(STATUS_KEYS as readonly string[]).includes(status))
    errors.push({ field: 'status', message: fill(e.choice, { label: label('status') }) });
  const field = form.get('field') ?? '';
  if (!(FIELD_KEYS as readonly string[]).includes(field))
    errors.push({ field: 'field', message: fill(e.choice, { label: label('field') }) });

  const maxYear = now.getUTCFullYear() + 1;
  const yearText = (form.get('startYear') ?? '').trim();
  const startYear = /^\d{4}$/u.test(yearText) ? Number(yearText) : Number.NaN;
  if (!(startYear >= 1990 && startYear <= maxYear))
    errors.push({ field: 'startYear', message: fill(e.year, { label: label('startYear'), max: maxYear }) });

  const links = cleanText(form.get('links') ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  if (links.length > MAX_LINKS)
    errors.push({ field: 'links', message: fill(e.tooManyLinks, { label: label('links'), max: MAX_LINKS }) });
  else {
    const bad = links.find((x) => x.length > MAX_URL || !isWebUrl(x));
    if (bad !== undefined)
      errors.push({ field: 'links', message: fill(e.url, { label: label('links'), value: bad.slice(0, 80) }) });
  }
  const sourceUrl = (form.get('sourceUrl') ?? '').trim();
  if (sourceUrl !== '' && (sourceUrl.length > MAX_URL || !isWebUrl(sourceUrl)))
    errors.push({
      field: 'sourceUrl',
      message: fill(e.url, { label: label('sourceUrl'), value: sourceUrl.slice(0, 80) }),
    });

  const email = normaliseEmail(form.get('email'));
  if (email === undefined) errors.push({ field: 'email', message: e.email });
  if (form.get('consent') !== 'yes') errors.push({ field: 'consent', message: e.consent });
  const consentVersion = form.get('consentVersion');
  if (!isSubmissionConsentVersion(consentVersion)) errors.push({ field: 'consent', message: e.consentVersion });

  if (errors.length > 0 || email === undefined || !isSubmissionConsentVersion(consentVersion))
    return { ok: false, errors };
  const t = text as Record<TextField, string>;
  return {
    ok: true,
    value: {
      ...t,
      district,
      status: status as StatusKey,
      startYear,
      field: field as FieldKey,
      links: [...new Set(links)],
      sourceUrl,
      email,
      consentVersion,
      lang,
    },
  };
}

/**
 * Reading the sign-up and preference forms. Input arrives as
 * application/x-www-form-urlencoded from a plain HTML form; every problem becomes a
 * message naming the field, in the reader's language, and nothing is saved.
 */
import { domainToASCII } from 'node:url';
import type { Catalogue } from './feed.ts';
import { isConsentVersion } from './consent.ts';
import type { Preferences } from './store.ts';
import { fill, nl } from './strings.ts';
import { isFrequency, isKind, isLang, type Kind, type Lang } from './types.ts';

export interface FieldError {
  field: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface SignupInput extends Preferences {
  email: string;
  consentVersion: string;
}

/** Upper bound for any list field: far above the real choices, low enough to bound work. */
const MAX_ITEMS = 500;
const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,80}$/u;
const AGS = /^\d{5}$/u;

/**
 * Characters no real address contains but that make two addresses look alike or hide text:
 * every control, format (U+200B zero width space, U+202E right-to-left override, U+00AD soft
 * hyphen, U+FEFF …), surrogate (a lone half of a pair), private-use and unassigned code point,
 * every separator (spaces of any width), every default-ignorable code point (combining grapheme
 * joiner, variation selectors, the Hangul fillers that render as nothing) — and U+FFFD, which is
 * what a lone surrogate or broken UTF-8 in the form turns into.
 */
const INVISIBLE = /[\p{C}\p{Z}\p{Default_Ignorable_Code_Point}\uFFFD]/u;

/**
 * Trimmed address with a lower-cased, IDNA (punycode) domain if it looks deliverable;
 * undefined otherwise. The local part is lower-cased too (as always here) and NFC-normalised.
 */
export function normaliseEmail(raw: string | null): string | undefined {
  const trimmed = (raw ?? '').trim();
  // Checked before anything else: normalising or IDNA would quietly drop some of them.
  if (INVISIBLE.test(trimmed) || !trimmed.isWellFormed()) return undefined;
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return undefined;
  const local = trimmed.slice(0, at).normalize('NFC').toLowerCase();
  const unicodeDomain = trimmed
    .slice(at + 1)
    .normalize('NFC')
    .toLowerCase();
  const domain = domainToASCII(unicodeDomain);
  if (domain === '' || domain.length > 253) return undefined;
  const email = `${local}@${domain}`;
  if (email.length < 6 || email.length > 254) return undefined;
  // One @, no spaces or control characters, a dot in the domain, no leading/trailing dot.
  if (!/^[^\s@"<>()[\]\\,;:\p{Cc}]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z0-9-]{2,}$/u.test(email)) {
    return undefined;
  }
  if (/^\.|\.@|@\.|\.\.|@-|-\.|\.-|-$/u.test(email)) return undefined;
  return email;
}

/**
 * The mailbox an address delivers to, for counting: `anna+news@x` and `anna+tag@x` are one
 * mailbox (sub-addressing with "+", which most providers offer), and at Gmail dots in the local
 * part do not count and googlemail.com is gmail.com. Only for the per-address limit; mail goes
 * to the address as given.
 */
export function mailboxKey(email: string): string {
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

/** The page language the answer is written in: the form's hidden `ui` field, else German. */
export function answerLang(form: URLSearchParams): Lang {
  const ui = form.get('ui');
  return isLang(ui) ? ui : 'de';
}

function list(form: URLSearchParams, field: string, errors: FieldError[], lang: Lang): string[] {
  const values = [...new Set(form.getAll(field).map((v) => v.trim()))].filter((v) => v !== '');
  if (values.length > MAX_ITEMS) {
    errors.push({ field, message: fill(nl(lang).errors.tooMany, { field }) });
    return [];
  }
  return values;
}

/** Language, frequency and interests, as the sign-up and the preference form both send them. */
export function parsePreferences(form: URLSearchParams, catalogue: Catalogue | undefined): Parsed<Preferences> {
  const lang = answerLang(form);
  const t = nl(lang).errors;
  const errors: FieldError[] = [];

  const mailLang = form.get('lang');
  if (!isLang(mailLang)) errors.push({ field: 'lang', message: t.lang });
  const frequency = form.get('frequency');
  if (!isFrequency(frequency)) errors.push({ field: 'frequency', message: t.frequency });

  const kinds = list(form, 'kinds', errors, lang);
  const badKind = kinds.find((k) => !isKind(k));
  if (badKind !== undefined) errors.push({ field: 'kinds', message: fill(t.kinds, { value: badKind.slice(0, 40) }) });

  const knownTopics = catalogue && new Set(catalogue.topics.map((x) => x.id));
  const topics = list(form, 'topics', errors, lang);
  const badTopic = topics.find((x) => !TOPIC_ID.test(x) || (knownTopics && !knownTopics.has(x)));
  if (badTopic !== undefined)
    errors.push({ field: 'topics', message: fill(t.topics, { value: badTopic.slice(0, 40) }) });

  const knownDistricts = catalogue && new Set(catalogue.districts.map((x) => x.ags));
  const districts = list(form, 'districts', errors, lang);
  const badDistrict = districts.find((x) => !AGS.test(x) || (knownDistricts && !knownDistricts.has(x)));
  if (badDistrict !== undefined) {
    errors.push({ field: 'districts', message: fill(t.districts, { value: badDistrict.slice(0, 40) }) });
  }

  if (errors.length > 0 || !isLang(mailLang) || !isFrequency(frequency)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      lang: mailLang,
      frequency,
      interests: { topics: topics.sort(), districts: districts.sort(), kinds: (kinds as Kind[]).sort() },
    },
  };
}

/** The whole sign-up form: address, consent and preferences. */
export function parseSignup(form: URLSearchParams, catalogue: Catalogue | undefined): Parsed<SignupInput> {
  const t = nl(answerLang(form)).errors;
  const errors: FieldError[] = [];
  const email = normaliseEmail(form.get('email'));
  if (email === undefined) errors.push({ field: 'email', message: t.email });
  const preferences = parsePreferences(form, catalogue);
  if (!preferences.ok) errors.push(...preferences.errors);
  if (form.get('consent') !== 'yes') errors.push({ field: 'consent', message: t.consent });
  const consentVersion = form.get('consentVersion');
  if (!isConsentVersion(consentVersion)) errors.push({ field: 'consentVersion', message: t.consentVersion });
  if (errors.length > 0 || email === undefined || !preferences.ok || !isConsentVersion(consentVersion)) {
    return { ok: false, errors };
  }
  return { ok: true, value: { email, consentVersion, ...preferences.value } };
}

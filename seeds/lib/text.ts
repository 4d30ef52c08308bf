/** Text helpers: templates with slots, lists, numbers and dates written the same way on every machine. */
import type { Lang } from './phrases/types.ts';

/** Replace `{slot}` by its value; a slot without a value is a bug in a phrase table, so it throws. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`phrase slot {${key}} has no value in: ${template}`);
    return value;
  });
}

/** A name in running text: „Ländlicher Raum“ (German quotes) or "Rural areas". */
export function quote(text: string, lang: Lang): string {
  return lang === 'de' ? `„${text}“` : `"${text}"`;
}

/** "2018" or "2018–2019". */
export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** First letter upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A und B", "A, B und C" (German) or "A, B and C" (English). */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * An integer with thousands separators: 12.345 (German) or 12,345 (English).
 * Written by hand instead of Intl so that the output does not depend on the ICU data of the machine.
 */
export function formatInt(value: number, lang: Lang): string {
  const sep = lang === 'de' ? '.' : ',';
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, sep);
  return value < 0 ? `−${grouped}` : grouped;
}

/** A percentage with sign: "−40 %" (German, with a space) or "−40%" (English). */
export function formatPercent(value: number, lang: Lang, signed = true): string {
  const sign = !signed ? '' : value < 0 ? '−' : value > 0 ? '+' : '';
  return `${sign}${Math.abs(value)}${lang === 'de' ? ' %' : '%'}`;
}

/** An amount in euros: "120.000 €" or "€120,000". */
export function formatEuro(value: number, lang: Lang): string {
  return lang === 'de' ? `${formatInt(value, 'de')} €` : `€${formatInt(value, 'en')}`;
}

const MS_PER_DAY = 86_400_000;

/** Parse YYYY-MM-DD as a UTC day number (days since 1970-01-01). */
export function dayNumber(isoDate: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(isoDate)) throw new Error(`expected a date written as YYYY-MM-DD, got "${isoDate}"`);
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`"${isoDate}" is not a calendar date`);
  return Math.round(ms / MS_PER_DAY);
}

/** YYYY-MM-DD of a UTC day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The year of a UTC day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

const MONTHS = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** "3. März 2025" or "3 March 2025". */
export function longDate(day: number, lang: Lang): string {
  const d = new Date(day * MS_PER_DAY);
  const month = MONTHS[lang][d.getUTCMonth()]!;
  return lang === 'de'
    ? `${d.getUTCDate()}. ${month} ${d.getUTCFullYear()}`
    : `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** Cards show about this many characters of a teaser; longer ones are cut (the content check warns). */
export const TEASER_MAX = 200;

/** The first candidate that fits on a card (20–200 characters); the last one is the fallback and must fit. */
export function fitTeaser(candidates: readonly string[]): string {
  for (const c of candidates) if (c.length >= 20 && c.length <= TEASER_MAX) return c;
  const last = candidates[candidates.length - 1] ?? '';
  if (last.length < 20 || last.length > TEASER_MAX)
    throw new Error(`no teaser candidate fits 20–${TEASER_MAX} characters: ${last}`);
  return last;
}

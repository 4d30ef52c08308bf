/**
 * iCalendar (RFC 5545) for the practice dialogues: all-day events (VALUE=DATE, the end date
 * exclusive), text escaped, lines folded at 75 octets without splitting a UTF-8 character.
 */

export interface CalendarEvent {
  /** Globally unique and stable, e.g. `dialoge/de/x@praxisdialog.example`. */
  uid: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  end?: string | undefined;
  summary: string;
  description: string;
  location?: string | undefined;
  url: string;
  categories: string[];
  /** When the entry was published or last changed: DTSTAMP (keeps the file stable between builds). */
  stamp: Date;
}

export interface Calendar {
  /** Product id, e.g. `-//Praxisdialog//Praxisdialoge//DE`. */
  prodId: string;
  name: string;
  description: string;
  url: string;
  events: readonly CalendarEvent[];
}

/**
 * Characters a TEXT value cannot hold (RFC 5545 3.3.11: no control characters but tab; line breaks are
 * written as `\n`), and lone surrogate halves, which UTF-8 cannot encode. They are removed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/gu;

/**
 * The text of a TEXT value, normalised: line breaks (CR LF, a lone CR, LF) are LF, characters TEXT cannot
 * hold are removed. What a calendar program reads back is exactly this.
 */
export function calendarText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(NOT_TEXT, '');
}

/** Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and every line break as `\n`. */
export function escapeText(text: string): string {
  return calendarText(text).replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\n/gu, '\\n');
}

/** Fold a content line at 75 octets: continuation lines start with one space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const date = (iso: string) => iso.replace(/-/gu, '');
const dayAfter = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const stamp = (d: Date) => `${d.toISOString().replace(/[-:]/gu, '').slice(0, 15)}Z`;

export function toICalendar(cal: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `DESCRIPTION:${escapeText(cal.description)}`,
    `URL:${cal.url}`,
  ];
  for (const e of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(e.stamp)}`,
      `DTSTART;VALUE=DATE:${date(e.start)}`,
      `DTEND;VALUE=DATE:${date(dayAfter(e.end ?? e.start))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(`${e.description}\n\n${e.url}`)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      `URL:${e.url}`,
      // One CATEGORIES line per category (RFC 5545 allows several): readers that split a list at commas
      // misread an escaped backslash before the separator (ical.js reads `a\\,b` as one value).
      ...e.categories.map((c) => `CATEGORIES:${escapeText(c)}`),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

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

/** Escape a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');
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
      ...(e.categories.length > 0 ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

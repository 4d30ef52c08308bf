/**
 * CSV as RFC 4180 describes it: comma-separated, CR LF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled. A UTF-8 byte order mark comes first so spreadsheet
 * programs read umlauts right.
 */
const BOM = '\uFEFF';

export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

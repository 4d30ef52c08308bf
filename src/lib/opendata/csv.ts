/**
 * CSV as RFC 4180 describes it: comma-separated, CR LF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled. A UTF-8 byte order mark comes first so spreadsheet
 * programs read umlauts right.
 *
 * Formula injection (OWASP, https://owasp.org/www-community/attacks/CSV_Injection): a spreadsheet program
 * runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula
 * (`=HYPERLINK(…)`). Every such cell is written with a single quote `'` in front, which makes it text; so
 * that the rule can be undone without guessing, a cell that begins with `'` itself gets one too. To read a
 * value back, remove one leading `'` from a cell that has it (`unprotectCell`). Lone surrogate halves,
 * which UTF-8 cannot encode, are removed.
 */
const BOM = '\uFEFF';

/** The first characters that make a spreadsheet cell a formula, and the quote that marks a protected cell. */
const NEEDS_QUOTE_MARK = /^[=+\-@\t\r']/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** A cell's text protected against formula injection (a `'` in front where needed). */
export function protectCell(value: string): string {
  const text = value.replace(LONE_SURROGATE, '');
  return NEEDS_QUOTE_MARK.test(text) ? `'${text}` : text;
}

/** The value of a cell written by `protectCell`. */
export function unprotectCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

export function csvField(value: string): string {
  const cell = protectCell(value);
  return /[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Text on its way into a file format: what every writer of the site's machine-readable outputs (feeds,
 * open data, calendar, DCAT) does to an editor's text so that a strict reader reads back the same text and
 * never markup. Each format's own escaping lives beside its writer; the shared rules are here.
 *
 * - XML 1.0 allows only tab, line feed, carriage return and the characters from U+0020 on, without the
 *   surrogates, U+FFFE and U+FFFF (https://www.w3.org/TR/xml/#charsets). Anything else (U+0008, a lone
 *   surrogate half …) is removed: no escape makes it legal.
 * - A lone surrogate half cannot be written as UTF-8 in any format; it is removed everywhere.
 */

/** Characters XML 1.0 does not allow (with the `u` flag, a lone surrogate half is one of them). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** The text without the characters XML 1.0 forbids. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The text without lone surrogate halves (which UTF-8 cannot encode). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '');
}

/**
 * Text as XML character data: forbidden characters removed, markup characters escaped, and carriage
 * returns as `&#13;` (a parser would otherwise turn CR LF and a lone CR into LF).
 */
export function escapeXmlText(text: string): string {
  return xmlChars(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\r/gu, '&#13;');
}

/** Text as an XML attribute value in double quotes: also quotes, and tab and line feed (which would become spaces). */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text)
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
    .replace(/\t/gu, '&#9;')
    .replace(/\n/gu, '&#10;');
}

/** Plain text as HTML that shows exactly that text (for fields a reader renders as HTML). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/**
 * One line of text: XML-safe, every run of tabs, line breaks and spaces one space, trimmed (of all white
 * space, as JavaScript's trim() and feed parsers do). No-break spaces inside the text stay.
 */
export function oneLine(text: string): string {
  return xmlChars(text)
    .replace(/[\t\n\r ]+/gu, ' ')
    .trim();
}

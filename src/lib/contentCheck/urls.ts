/**
 * Which addresses content may link to: `https:`, `http:`, `mailto:`, `tel:` and addresses without a
 * scheme (site paths such as /praxis/…, #anchors, relative paths). Everything else — `javascript:`,
 * `data:`, `vbscript:`, `file:` … — is refused wherever an address can stand: Markdown links, images
 * and reference definitions, HTML attributes, component props (src/lib/mdx/props.ts).
 *
 * An address is judged the way a browser reads it, not as written: HTML entities decoded (with a real
 * HTML parser, so `java&#x09;script:` and `&colon;` count), then control characters, white space and
 * invisible characters removed (browsers drop tabs and newlines inside a URL and trim the rest), then
 * lower-cased (`JaVaScRiPt:`).
 */
import { Parser } from 'htmlparser2';

export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;
export type Scheme = (typeof ALLOWED_SCHEMES)[number];

export type UrlVerdict =
  /** `scheme` is undefined for an address without one (a site path, an anchor, a relative path). */
  { ok: true; scheme: Scheme | undefined } | { ok: false; scheme: string };

/** Decode HTML character references as in an attribute value (`&#x09;`, `&colon;`, `&amp;`, legacy `&lt`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let value = text;
  // The value goes into a quoted attribute; its own quotes must not end it early.
  new Parser(
    {
      onattribute(name, v) {
        if (name === 'x') value = v;
      },
    },
    { decodeEntities: true },
  ).end(`<a x="${text.replace(/"/gu, '&quot;')}">`);
  return value;
}

/**
 * Characters a browser ignores inside a URL, or that only hide what it says: C0 and C1 controls, every kind of
 * white space, soft hyphen, zero-width and direction marks, variation selectors, the byte order mark.
 */
const INVISIBLE: [number, number][] = [
  [0x0000, 0x0020],
  [0x007f, 0x00a0],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x1680, 0x1680],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
];

function visible(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!INVISIBLE.some(([from, to]) => cp >= from && cp <= to)) out += ch;
  }
  return out;
}

/** The address as a browser reads it, for judging its scheme: decoded (twice encoded too), invisible characters gone, lower case. */
export function normaliseUrl(raw: string): string {
  let text = raw;
  // Double-encoded references (`&amp;#106;`) are decoded too: stricter than a browser, never laxer.
  for (let i = 0; i < 3; i++) {
    const next = decodeEntities(text);
    if (next === text) break;
    text = next;
  }
  return visible(text).toLowerCase();
}

/** Judge an address: allowed scheme (or none), or the scheme that is not allowed. */
export function judgeUrl(raw: string): UrlVerdict {
  const url = normaliseUrl(raw);
  const m = /^([a-z][a-z0-9+.-]*):/u.exec(url);
  if (!m) return { ok: true, scheme: undefined };
  const scheme = m[1]!;
  return (ALLOWED_SCHEMES as readonly string[]).includes(scheme)
    ? { ok: true, scheme: scheme as Scheme }
    : { ok: false, scheme };
}

/** True for an address content may use. */
export function isSafeUrl(raw: string): boolean {
  return judgeUrl(raw).ok;
}

/** True for an absolute web address (`https://…` or `http://…`) that a URL parser accepts. */
export function isWebUrl(raw: string): boolean {
  const verdict = judgeUrl(raw);
  if (!verdict.ok || (verdict.scheme !== 'https' && verdict.scheme !== 'http')) return false;
  // The raw text must say so itself (no entities or hidden characters in front of the scheme).
  if (!/^https?:\/\/[^\s/?#]/iu.test(raw)) return false;
  return URL.canParse(raw);
}

/** True for a plain `http://` address, which the check suggests writing with https://. */
export function isPlainHttp(raw: string): boolean {
  return judgeUrl(raw).ok && normaliseUrl(raw).startsWith('http:');
}

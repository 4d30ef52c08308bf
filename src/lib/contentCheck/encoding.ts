/**
 * Reading a content file's bytes as text: UTF-8 only, with the offset of the first byte that is not
 * (a file saved as Latin-1 or Windows-1252 would otherwise be published as "J�rgen"); a byte order mark is
 * accepted and reported; Windows line endings (CRLF) are accepted and read as LF, so that line numbers
 * and the parsers agree whatever system the file was saved on.
 */

export type Decoded =
  | {
      ok: true;
      /** The text as Node reads it for the build (a byte order mark kept, line endings as written). */
      raw: string;
      /** The text for the check's parsers: without byte order mark, CRLF read as LF. */
      text: string;
      bom: boolean;
      crlf: boolean;
    }
  | {
      ok: false;
      /** Offset of the first byte that is not UTF-8. */
      offset: number;
      /** That byte. */
      byte: number;
      /** Line (from 1) it is on. */
      line: number;
    };

/** The offset of the first byte that does not belong to well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points beyond U+10FFFF are not UTF-8 either.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeContent(bytes: Uint8Array): Decoded {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, offset: bad, byte: bytes[bad]!, line };
  }
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = raw.startsWith('\uFEFF');
  const crlf = raw.includes('\r\n');
  const text = (bom ? raw.slice(1) : raw).replace(/\r\n/gu, '\n');
  return { ok: true, raw, text, bom, crlf };
}

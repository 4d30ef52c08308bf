// Latin letters that NFKD decomposition leaves whole, spelled out as German and Nordic writers do.
const SPELLED_OUT: Record<string, string> = { ł: 'l', æ: 'ae', ø: 'oe', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Turn a title into a file or URL slug: ä→ae, ß→ss, lower case, hyphens. */
export function slugify(text: string): string {
  return (
    text
      // Composed first, so that an umlaut typed as "a" + combining diaeresis (NFD, e.g. from macOS) also becomes "ae".
      .normalize('NFC')
      .replace(/ẞ/gu, 'SS')
      .toLowerCase()
      .replace(/ä/gu, 'ae')
      .replace(/ö/gu, 'oe')
      .replace(/ü/gu, 'ue')
      .replace(/ß/gu, 'ss')
      .replace(/[łæøœđðþı]/gu, (c) => SPELLED_OUT[c] ?? c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
  );
}

/**
 * Where a word may be hyphenated, by the TeX patterns of the `hyphen` package (German 1996
 * orthography, British English). Satori draws no hyphen at a soft hyphen, so the card layout
 * (text.ts) breaks lines itself and needs the break points as positions.
 */
import createHyphenator from 'hyphen';
// Explicit files: the package has no "exports" map, so its folder entry points don't resolve as ES modules.
import dePatterns from 'hyphen/patterns/de-1996.js';
import enPatterns from 'hyphen/patterns/en-gb.js';

const SHY = '\u00AD';
const hyphenators = {
  de: createHyphenator(dePatterns, { hyphenChar: SHY }),
  en: createHyphenator(enPatterns, { hyphenChar: SHY }),
};

/** Keep at least this many letters on each side of a pattern break ("Kyff-häuserkreis", not "Ky-ffhäuser"). */
const MIN_SIDE = 3;

/**
 * Positions inside `word` after which it may be broken, ascending: hyphenation points from the
 * language's patterns (a hyphen is added when drawn) and the places right after a hard hyphen or
 * slash (nothing is added). Words without letters (numbers, URLs) get none.
 */
export function breakPoints(word: string, lang: 'de' | 'en'): { at: number; hyphen: boolean }[] {
  const points = new Map<number, boolean>();
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] === '-' || word[i] === '/' || word[i] === '\u2013') points.set(i + 1, false);
  }
  // Hyphenate each run of letters on its own, so a compound already joined by "-" still breaks inside.
  for (const match of word.matchAll(/\p{L}+/gu)) {
    const run = match[0];
    const start = match.index;
    const marked = hyphenators[lang](run) as string;
    let pos = 0;
    for (const ch of marked) {
      if (ch === SHY) {
        if (pos >= MIN_SIDE && run.length - pos >= MIN_SIDE && !points.has(start + pos)) points.set(start + pos, true);
      } else {
        pos += ch.length;
      }
    }
  }
  return [...points.entries()].sort((a, b) => a[0] - b[0]).map(([at, hyphen]) => ({ at, hyphen }));
}

/**
 * Extra search words for an entry, computed at build time and indexed in a hidden block (SearchMeta.astro).
 *
 * Pagefind stems German ("Landkreise" finds "Landkreis") and folds diacritics ("Kyffhauser" matches
 * "Kyffhäuser"), but it neither splits compounds nor knows the ae/oe/ue spellings people type on keyboards
 * without umlauts. So from the words that describe an entry (its topics and their keywords, fields, districts,
 * states, title) this adds:
 *
 * - spelling variants: "Kyffhäuserkreis" → "Kyffhauserkreis", "Kyffhaeuserkreis"; "Straße" → "Strasse";
 * - compound parts: "Kyffhäuserkreis" → "Kyffhäuser", "Kreis"; "Sozialverwaltung" → "Sozial", "Verwaltung";
 *   "Digitalisierungsstrategie" → "Digitalisierung", "Strategie" (linking -s removed);
 * - the parts of hyphenated names: "Rheingau-Taunus-Kreis" → "Rheingau", "Taunus", "Kreis".
 *
 * Compounds are split only at a known head or modifier (lists below): a dictionary-free splitter would cut
 * "Beratung" into "Bera" + "tung". The lists hold words of municipal digitalisation; add to them when a
 * search that should work does not.
 */

/** Words that end German compounds in this field, longest first when they overlap ("landkreis" before "kreis"). */
export const COMPOUND_HEADS = [
  'landkreis',
  'kreis',
  'verwaltung',
  'dienstleistungen',
  'dienstleistung',
  'dienste',
  'dienst',
  'ämter',
  'amt',
  'plattformen',
  'plattform',
  'portal',
  'strategie',
  'beteiligung',
  'teilhabe',
  'versorgung',
  'vorsorge',
  'zusammenarbeit',
  'kooperation',
  'projekte',
  'projekt',
  'regionen',
  'region',
  'kommunen',
  'kommune',
  'gemeinden',
  'gemeinde',
  'stadt',
  'raum',
  'netzwerk',
  'netz',
  'bildung',
  'kompetenzen',
  'kompetenz',
  'aufbau',
  'zugang',
  'gesetz',
  'leistungen',
  'leistung',
  'akten',
  'akte',
  'anträge',
  'antrag',
  'hilfe',
  'arbeit',
  'schule',
  'daten',
  'wesen',
  'politik',
  'management',
  'transformation',
  'digitalisierung',
  'entwicklung',
  'förderung',
  'ökosystem',
] as const;

/** Words that start German compounds in this field. */
export const COMPOUND_MODIFIERS = [
  'sozial',
  'digital',
  'land',
  'bürger',
  'kommunal',
  'online',
  'daseins',
  'verwaltungs',
  'daten',
  'kreis',
  'open',
  'smart',
  'interkommunal',
  'regional',
  'gesundheits',
  'bildungs',
  'jugend',
  'familien',
  'senioren',
  'mobilitäts',
] as const;

/** Endings after which a final "s" is a linking element (Fugen-s): "Digitalisierungs" → "Digitalisierung". */
const LINKING_S_AFTER = /(ung|heit|keit|schaft|ion|tät|tum|ling|ts)s$/u;
const MIN_PART = 3;

/** "ä" → "a" etc.: what a reader types when the keyboard has no umlauts and they leave the dots off. */
export function foldUmlauts(word: string): string {
  return word
    .replace(/ä/gu, 'a')
    .replace(/ö/gu, 'o')
    .replace(/ü/gu, 'u')
    .replace(/Ä/gu, 'A')
    .replace(/Ö/gu, 'O')
    .replace(/Ü/gu, 'U')
    .replace(/ß/gu, 'ss');
}

/** "ä" → "ae" etc.: the standard German spelling without umlauts. */
export function transliterateUmlauts(word: string): string {
  return word
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/Ä/gu, 'Ae')
    .replace(/Ö/gu, 'Oe')
    .replace(/Ü/gu, 'Ue')
    .replace(/ß/gu, 'ss');
}

/** The word and its spellings without umlauts (only the word itself when it has none). */
export function spellingVariants(word: string): string[] {
  return unique([word, foldUmlauts(word), transliterateUmlauts(word)]);
}

function withoutLinkingS(part: string): string {
  return LINKING_S_AFTER.test(part.toLowerCase()) ? part.slice(0, -1) : part;
}

/**
 * The parts of a German compound at known heads and modifiers, recursively, in reading order; [] when the
 * word is not a compound we know how to split.
 * `splitCompound('Kyffhäuserkreis')` → `['Kyffhäuser', 'kreis']`.
 */
export function splitCompound(word: string): string[] {
  const lower = word.toLowerCase();
  for (const head of COMPOUND_HEADS) {
    if (lower.length - head.length >= MIN_PART && lower.endsWith(head)) {
      const modifier = withoutLinkingS(word.slice(0, word.length - head.length));
      const headPart = word.slice(word.length - head.length);
      if (modifier.length < MIN_PART) continue;
      return [...partsOrSelf(modifier), ...partsOrSelf(headPart)];
    }
  }
  for (const modifier of COMPOUND_MODIFIERS) {
    const rest = word.slice(modifier.length);
    // A rest that starts with a vowel is usually a suffix, not a word: "Digital|isierung", "Sozial|isation".
    if (rest.length >= MIN_PART + 1 && lower.startsWith(modifier) && !/^[aeiouäöüy]/iu.test(rest)) {
      return [withoutLinkingS(word.slice(0, modifier.length)), ...partsOrSelf(rest)];
    }
  }
  return [];
}

function partsOrSelf(word: string): string[] {
  const parts = splitCompound(word);
  return parts.length > 0 ? parts : [word];
}

/** Words of a phrase: runs of letters and digits; hyphenated names give their parts and the whole. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const token of text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    const parts = token.split('-');
    if (parts.length > 1) words.push(parts.join(''));
    words.push(...parts);
  }
  return words;
}

function unique(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    const key = w.toLowerCase();
    if (w.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

/**
 * Search keywords for the given phrases: every word, its compound parts, and the umlaut-free spellings of
 * both, without duplicates (compared case-insensitively) and without words shorter than three letters.
 * `expandKeywords(['Kyffhäuserkreis'])` → `['Kyffhäuserkreis', 'Kyffhauserkreis', 'Kyffhaeuserkreis',
 * 'Kyffhäuser', 'Kyffhauser', 'Kyffhaeuser', 'kreis']`.
 */
export function expandKeywords(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    for (const word of wordsOf(phrase)) {
      if (word.length < MIN_PART) continue;
      for (const w of [word, ...splitCompound(word)]) out.push(...spellingVariants(w));
    }
  }
  return unique(out);
}

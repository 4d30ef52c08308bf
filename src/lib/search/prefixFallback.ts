/**
 * Telling real matches from Pagefind's prefix fallback.
 *
 * Pagefind (1.6, `find_word_extensions` in pagefind_core_search) finds, for each query word, the indexed words
 * that begin with the word's stem. When there is none, it does not give up: it takes the longest indexed word
 * that the query word begins with. So "Bürgerbüro", which no page contains, finds every page with "Bürger",
 * ranked like any other result. The ranking options cannot turn this off: `termSimilarity` lowers such a
 * page's score (a shorter word is a less similar one) but keeps it in the results, and the scores of different
 * queries cannot be compared, so no threshold on them says "not found".
 *
 * What can tell: Pagefind's exact search (the word in quotes) looks the word's stem up as it is, with neither
 * extension nor fallback. A query word is *found* when
 * - its exact search finds a page (the word, in any inflection, is on some page: "Landkreise" → "Landkreis"), or
 * - a word the results matched begins with it (a word being typed: "Sozialverw" → "Sozialverwaltung").
 * Otherwise Pagefind fell back to a shorter word and every result is only similar. Whether Pagefind fell
 * back is a property of the word and the index, not of a page, so one result's matched words decide it.
 */
import { foldForMatch } from './excerpt.ts';

/** A query word Pagefind did not find, and the shorter word it matched instead. */
export interface UnmatchedWord {
  /** The word as the reader typed it. */
  word: string;
  /** A word of the results that the query word begins with (as written on the page), if one was seen. */
  similar?: string;
}

/** Letters and digits only, folded (see foldForMatch): "„Bürger“," → "burger". */
function core(word: string): string {
  return foldForMatch(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The query's words as Pagefind splits them: at whitespace, punctuation removed ("OZG-Umsetzung" is one word,
 * "ozgumsetzung"); as typed, without empty ones.
 */
export function queryWords(query: string): string[] {
  return query.split(/\s+/u).filter((w) => core(w) !== '');
}

/** The query in quotes for Pagefind's exact search of one word; quotes inside are dropped. */
export function exactQuery(word: string): string {
  return `"${word.replace(/"/gu, '')}"`;
}

/** The words at a result's matched positions, as the page writes them (positions count whitespace-split words). */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/u).filter((w) => w !== '');
  return [...new Set(locations.map((l) => words[l]).filter((w): w is string => w !== undefined))];
}

/** Length of the common beginning of two folded words. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The query words Pagefind did not find: `exactHits[i]` is how many pages the exact search of `words[i]`
 * found, `matched` the words one result matched (`matchedWords`). Empty when every word was found.
 */
export function unmatchedWords(
  words: readonly string[],
  exactHits: readonly number[],
  matched: readonly string[],
): UnmatchedWord[] {
  const folded = matched.map((m) => ({ m, c: core(m) })).filter(({ c }) => c !== '');
  const out: UnmatchedWord[] = [];
  words.forEach((word, i) => {
    if ((exactHits[i] ?? 0) > 0) return;
    const w = core(word);
    if (folded.some(({ c }) => c.startsWith(w))) return;
    // The fallback word is a beginning of the query word: the matched word sharing the longest beginning.
    const best = folded
      .map(({ m, c }) => ({ m: m.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), n: commonPrefix(c, w) }))
      .filter(({ n }) => n > 0)
      .sort((a, b) => b.n - a.n || a.m.length - b.m.length)[0];
    out.push(best ? { word, similar: best.m } : { word });
  });
  return out;
}

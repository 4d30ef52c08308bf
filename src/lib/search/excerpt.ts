/**
 * Excerpts with highlighted words for result cards.
 *
 * Pagefind's own excerpt is built around the best-scoring words of the page, and that may be the hidden
 * keyword block (see SearchMeta.astro), which reads as a list of word variants. So the excerpt is built here
 * from the page's text (`content`) and the match positions (`weighted_locations`) that lie before the keyword
 * block, whose start Pagefind reports as the anchor `pf-keywords`. When every match is in the keyword block,
 * there is no excerpt and the card shows the teaser, with the query's words marked where they occur.
 *
 * Pagefind counts a page's words by splitting `content` at whitespace; positions here use the same split.
 */

/** Id of the keyword block's element; Pagefind reports it among a result's anchors with its word position. */
export const KEYWORDS_ANCHOR = 'pf-keywords';

/** Matches weighted this much or more are in the title, teaser or a heading, which the card shows or which say little. */
export const MAX_EXCERPT_WEIGHT = 5;

export interface WeightedLocation {
  weight: number;
  location: number;
  balanced_score?: number;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * Pagefind joins the texts of adjacent elements that have no whitespace between them in the HTML (a fact
 * list's <dt>Status</dt><dd>Beendet</dd> becomes "StatusBeendet"); for display, a capital that follows a small
 * letter or a digit starts a new word again, and so does a year after a small letter.
 */
export function unglue(word: string): string {
  return word.replace(/([\p{Ll}\d])(?=\p{Lu}\p{Ll})/gu, '$1 ').replace(/(\p{Ll})(?=\d{4})/gu, '$1 ');
}

/** Where the keyword block starts, from a result's anchors; Infinity when the page has none. */
export function keywordsStart(anchors: readonly { id: string; location: number }[] | undefined): number {
  return anchors?.find((a) => a.id === KEYWORDS_ANCHOR)?.location ?? Infinity;
}

/** `<mark>` around a word, leaving out the punctuation Pagefind keeps with it ("„Verwaltung“," → „<mark>Verwaltung</mark>“,). */
function markWord(word: string): string {
  const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
  if (core === '') return escapeHtml(word);
  return `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`;
}

/**
 * An excerpt of about `length` words around the best matches before `limit`, as HTML with `<mark>` around the
 * matched words and "…" where the text was cut; undefined when no match lies before `limit`.
 */
export function bodyExcerpt(
  content: string,
  locations: readonly WeightedLocation[],
  limit: number,
  length = 30,
): string | undefined {
  const words = content.split(/\s+/u).filter((w) => w !== '');
  const end = Math.min(limit, words.length);
  // Title and teaser (weights 10 and 5, see EntryHeader) are on the card already; other headings weigh 5–7.
  const hits = locations.filter((l) => l.location < end && l.weight < MAX_EXCERPT_WEIGHT);
  if (hits.length === 0) return undefined;

  // The window of `length` words with the largest total weight; ties go to the earliest.
  const size = Math.min(length, end);
  let bestStart = 0;
  let bestScore = -1;
  for (const hit of hits) {
    for (const start of [hit.location - Math.floor(size / 3), hit.location]) {
      const s = Math.max(0, Math.min(start, end - size));
      const score = hits
        .filter((h) => h.location >= s && h.location < s + size)
        .reduce((sum, h) => sum + (h.balanced_score ?? h.weight), 0);
      if (score > bestScore || (score === bestScore && s < bestStart)) {
        bestScore = score;
        bestStart = s;
      }
    }
  }
  const marked = new Set(hits.map((h) => h.location));
  const html = words
    .slice(bestStart, bestStart + size)
    .map((w, i) => (marked.has(bestStart + i) ? markWord(unglue(w)) : escapeHtml(unglue(w))))
    .join(' ');
  return `${bestStart > 0 ? '… ' : ''}${html}${bestStart + size < end ? ' …' : ''}`;
}

/** Lower case without umlauts and accents, for comparing what was typed with what is written. */
export function foldForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/gu, 'a')
    .replace(/ö/gu, 'o')
    .replace(/ü/gu, 'u')
    .replace(/ß/gu, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '');
}

/** The words of a query worth marking: at least two letters, folded; "ae" spellings also match "ä". */
export function queryTerms(query: string): string[] {
  const terms = (query.match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length >= 2).map(foldForMatch);
  const withUmlautSpellings = terms.flatMap((t) => {
    const folded = t.replace(/ae/gu, 'a').replace(/oe/gu, 'o').replace(/ue/gu, 'u');
    return folded === t ? [t] : [t, folded];
  });
  return [...new Set(withUmlautSpellings)];
}

/**
 * HTML of `text` with `<mark>` around words that start with one of `terms` (from `queryTerms`), so
 * "landkreis" marks "Landkreise" and "kyffhauser" marks "Kyffhäuserkreis".
 */
export function highlightTerms(text: string, terms: readonly string[]): string {
  if (terms.length === 0) return escapeHtml(text);
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      const folded = foldForMatch(part);
      return terms.some((t) => folded.startsWith(t)) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
    })
    .join('');
}

/**
 * Related entries, computed at build time: entries that share topics, districts
 * and distinctive words. Pure, so that it can be tested on small hand-made cases.
 */
export interface RelatableItem {
  /** Unique key, e.g. "practices/de/foo". */
  key: string;
  topics: readonly string[];
  districts: readonly string[];
  /** Words of the title and teaser (see `words()`). */
  words: readonly string[];
}

const WEIGHTS = { topic: 3, district: 2, word: 1 } as const;

// Short German and English function words that say nothing about relatedness.
const STOP = new Set(
  'aber alle als auch auf aus bei bis das dass dem den der des die doch durch ein eine einem einen einer eines für hat ist kann mit nach nicht noch oder sich sie sind über und uns vom von vor was wie wir wird zum zur and are but for from has have how into its not that the their this was were what when which who will with'.split(
    ' ',
  ),
);

/** Lower-case words of at least four letters, without stop words, de-duplicated. */
export function words(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= 4 && !STOP.has(w)) out.add(w);
  }
  return [...out];
}

/**
 * Each list's values as a set, made once per list: a build compares every page's item with the whole pool, so
 * making two sets per pair made (pages × pool) sets of the same few lists.
 */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(xs: readonly string[]): ReadonlySet<string> {
  let set = sets.get(xs);
  if (!set) {
    set = new Set(xs);
    sets.set(xs, set);
  }
  return set;
}

/** How many distinct values the two lists share (a value listed twice counts once, so the score is symmetric). */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = setOf(a);
  let n = 0;
  for (const x of setOf(b)) if (set.has(x)) n++;
  return n;
}

/** Score of how related two items are; 0 means unrelated. */
export function relatedness(a: RelatableItem, b: RelatableItem): number {
  return (
    WEIGHTS.topic * overlap(a.topics, b.topics) +
    WEIGHTS.district * overlap(a.districts, b.districts) +
    WEIGHTS.word * Math.min(3, overlap(a.words, b.words))
  );
}

/** The `limit` items most related to `item`, best first; ties broken by key for stable output. */
export function relatedTo<T extends RelatableItem>(item: RelatableItem, pool: readonly T[], limit = 4): T[] {
  return pool
    .filter((other) => other.key !== item.key)
    .map((other) => ({ other, score: relatedness(item, other) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || x.other.key.localeCompare(y.other.key))
    .slice(0, limit)
    .map(({ other }) => other);
}

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

/** How many distinct values the two lists share (a value listed twice counts once, so the score is symmetric). */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let n = 0;
  for (const x of new Set(b)) if (set.has(x)) n++;
  return n;
}

/** Score of how related two items are; 0 means unrelated. (The definition `relatedIn` computes from its index.) */
export function relatedness(a: RelatableItem, b: RelatableItem): number {
  return (
    WEIGHTS.topic * overlap(a.topics, b.topics) +
    WEIGHTS.district * overlap(a.districts, b.districts) +
    WEIGHTS.word * Math.min(3, overlap(a.words, b.words))
  );
}

// The same order as `String#localeCompare` without arguments (ECMA-402 defines that as this collator's `compare`).
const byKey = new Intl.Collator();

const FIELDS = ['topics', 'districts', 'words'] as const;

/**
 * A pool prepared for `relatedIn`: for each topic, district and word, the positions of the items that have it.
 * Every entry page looks for its related entries in the same pool; with the pool's lists made once, a page counts
 * what it shares with the others along the lists of its own few values instead of comparing sets with every item.
 */
export interface RelatedIndex<T extends RelatableItem> {
  readonly items: readonly T[];
  readonly positions: Readonly<Record<(typeof FIELDS)[number], ReadonlyMap<string, readonly number[]>>>;
}

export function relatedIndex<T extends RelatableItem>(items: readonly T[]): RelatedIndex<T> {
  const positions = {
    topics: new Map<string, number[]>(),
    districts: new Map<string, number[]>(),
    words: new Map<string, number[]>(),
  };
  items.forEach((item, i) => {
    for (const field of FIELDS) {
      // A value listed twice counts once, as in `relatedness`.
      for (const value of new Set(item[field])) {
        const list = positions[field].get(value);
        if (list) list.push(i);
        else positions[field].set(value, [i]);
      }
    }
  });
  return { items, positions };
}

/**
 * The `limit` items of the index most related to `item`, best first; ties broken by key for stable output: the same
 * result as scoring every item with `relatedness`, sorting by score and key and taking the first `limit` — but the
 * scores come from the index's lists, and only the best `limit` are kept, in one pass (sorting the whole pool on
 * every page made the build grow with pages × pool × log(pool)).
 */
export function relatedIn<T extends RelatableItem>(item: RelatableItem, index: RelatedIndex<T>, limit = 4): T[] {
  const max = Math.trunc(limit);
  if (!(max > 0)) return [];
  const n = index.items.length;
  const [topics, districts, words] = FIELDS.map((field) => {
    const shared = new Uint32Array(n);
    for (const value of new Set(item[field])) for (const i of index.positions[field].get(value) ?? []) shared[i]!++;
    return shared;
  }) as [Uint32Array, Uint32Array, Uint32Array];
  const best: { other: T; score: number }[] = [];
  // Does `a` come strictly before `b`? (An equal one keeps its place, as in a stable sort.)
  const before = (a: { other: T; score: number }, b: { other: T; score: number }) =>
    a.score > b.score || (a.score === b.score && byKey.compare(a.other.key, b.other.key) < 0);
  for (let i = 0; i < n; i++) {
    const score = WEIGHTS.topic * topics[i]! + WEIGHTS.district * districts[i]! + WEIGHTS.word * Math.min(3, words[i]!);
    if (score <= 0) continue;
    const other = index.items[i]!;
    if (other.key === item.key) continue;
    const candidate = { other, score };
    if (best.length === max && !before(candidate, best[max - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > max) best.pop();
  }
  return best.map(({ other }) => other);
}

/** The `limit` items most related to `item`, best first; ties broken by key (`relatedIn` on a pool used once). */
export function relatedTo<T extends RelatableItem>(item: RelatableItem, pool: readonly T[], limit = 4): T[] {
  return relatedIn(item, relatedIndex(pool), limit);
}

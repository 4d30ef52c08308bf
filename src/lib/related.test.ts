import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedIn, relatedIndex, relatedness, relatedTo, words, type RelatableItem } from './related.ts';

const item = (key: string, parts: Partial<Omit<RelatableItem, 'key'>> = {}): RelatableItem => ({
  key,
  topics: parts.topics ?? [],
  districts: parts.districts ?? [],
  words: parts.words ?? [],
});
const keys = (items: RelatableItem[]) => items.map((i) => i.key);

describe('relatedTo', () => {
  const practice = item('practices/de/papierlos', {
    topics: ['sozialverwaltung', 'ozg-onlinezugang', 'kompetenzaufbau'],
    districts: ['16065'],
    words: ['papierlose', 'sozialverwaltung', 'kyffhaeuserkreis'],
  });

  it('ranks an entry sharing two topics above one sharing one district', () => {
    const twoTopics = item('posts/de/z-two-topics', { topics: ['sozialverwaltung', 'ozg-onlinezugang'] });
    const oneDistrict = item('posts/de/a-one-district', { districts: ['16065'] });
    expect(keys(relatedTo(practice, [oneDistrict, twoTopics]))).toEqual([
      'posts/de/z-two-topics',
      'posts/de/a-one-district',
    ]);
  });

  it('ranks one shared topic above one shared district, and one shared district above one shared word', () => {
    const topic = item('c-topic', { topics: ['kompetenzaufbau'] });
    const district = item('b-district', { districts: ['16065'] });
    const word = item('a-word', { words: ['papierlose'] });
    expect(keys(relatedTo(practice, [word, district, topic]))).toEqual(['c-topic', 'b-district', 'a-word']);
  });

  it('never returns an unrelated entry, even when fewer related ones than the limit exist', () => {
    const related = item('posts/de/related', { topics: ['sozialverwaltung'] });
    const unrelated = item('posts/de/unrelated', {
      topics: ['mobilitaet'],
      districts: ['06435'],
      words: ['radwege', 'busse'],
    });
    expect(keys(relatedTo(practice, [unrelated, related], 4))).toEqual(['posts/de/related']);
    expect(relatedTo(practice, [unrelated])).toEqual([]);
  });

  it('never returns the entry itself', () => {
    const copy = item(practice.key, { topics: practice.topics, districts: practice.districts, words: practice.words });
    expect(relatedTo(practice, [copy])).toEqual([]);
  });

  it('breaks ties by key, whatever the order of the pool', () => {
    const tied = ['posts/de/c', 'practices/de/a', 'posts/de/b'].map((k) => item(k, { topics: ['sozialverwaltung'] }));
    const expected = ['posts/de/b', 'posts/de/c', 'practices/de/a'];
    expect(keys(relatedTo(practice, tied))).toEqual(expected);
    expect(keys(relatedTo(practice, [...tied].reverse()))).toEqual(expected);
    expect(keys(relatedTo(practice, [tied[1]!, tied[2]!, tied[0]!]))).toEqual(expected);
  });

  it('returns at most `limit` entries, the best ones', () => {
    const pool = [
      item('d', { topics: ['sozialverwaltung'] }),
      item('c', { topics: ['sozialverwaltung', 'ozg-onlinezugang'] }),
      item('b', { topics: ['sozialverwaltung', 'ozg-onlinezugang', 'kompetenzaufbau'] }),
      item('a', { districts: ['16065'] }),
    ];
    expect(keys(relatedTo(practice, pool, 2))).toEqual(['b', 'c']);
    expect(relatedTo(practice, pool)).toHaveLength(4);
  });

  it('counts shared words at most three times, so many words never outrank a topic and a district', () => {
    const wordy = item('a-wordy', { words: ['eins', 'zwei', 'drei', 'vier', 'fuenf', 'sechs'] });
    const base = item('base', {
      topics: ['t'],
      districts: ['d'],
      words: ['eins', 'zwei', 'drei', 'vier', 'fuenf', 'sechs'],
    });
    const topicAndDistrict = item('b-topic-district', { topics: ['t'], districts: ['d'] });
    expect(relatedness(base, wordy)).toBe(3);
    expect(keys(relatedTo(base, [wordy, topicAndDistrict]))).toEqual(['b-topic-district', 'a-wordy']);
  });
});

describe('relatedIn and relatedTo against their definition', () => {
  // The definition: every other item with a score above 0, sorted by score and then key, the first `limit`.
  // relatedTo keeps only the best few in one pass (a page compares its entry with the whole pool); it must give
  // exactly this, ties and keys that collate alike included.
  const bySort = (of: RelatableItem, pool: RelatableItem[], limit: number) =>
    pool
      .filter((other) => other.key !== of.key)
      .map((other) => ({ other, score: relatedness(of, other) }))
      .filter(({ score }) => score > 0)
      .sort((x, y) => y.score - x.score || x.other.key.localeCompare(y.other.key))
      .slice(0, limit)
      .map(({ other }) => other);
  // Few values, so that scores tie often; keys that differ only in case, accents or hyphens, which collate close.
  const tags = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 });
  const key = fc.constantFrom(
    'posts/de/a',
    'posts/de/A',
    'posts/de/á',
    'posts/de/a-b',
    'posts/de/ab',
    'reports/x',
    'é',
  );
  const entry = fc.record({ key, topics: tags, districts: tags, words: tags });

  it('gives the same items in the same order as sorting the whole pool', () => {
    fc.assert(
      fc.property(entry, fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (of, pool, limit) => {
        expect(relatedTo(of, pool, limit)).toEqual(bySort(of, pool, limit));
      }),
      { numRuns: 500 },
    );
  });

  it('gives it for every item of the pool from one index, as the pages of a build ask', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.integer({ min: 0, max: 4 }), (pool, limit) => {
        const index = relatedIndex(pool);
        for (const of of pool) expect(relatedIn(of, index, limit)).toEqual(bySort(of, pool, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first of two items that are alike in score and key, as a stable sort does', () => {
    const of = item('x', { topics: ['t'] });
    const first = item('same', { topics: ['t'] });
    const second = item('same', { topics: ['t'] });
    expect(relatedTo(of, [first, second], 1)[0]).toBe(first);
    expect(relatedTo(of, [second, first], 1)[0]).toBe(second);
  });
});

describe('relatedness', () => {
  it('weighs a shared topic 3, a shared district 2 and a shared word 1', () => {
    const a = item('a', { topics: ['t1', 't2'], districts: ['d1'], words: ['wort'] });
    const b = item('b', { topics: ['t1', 't2', 't3'], districts: ['d1', 'd2'], words: ['wort', 'anderes'] });
    expect(relatedness(a, b)).toBe(3 * 2 + 2 * 1 + 1 * 1);
  });

  it('is the same in both directions', () => {
    const a = item('a', { topics: ['t1', 't2'], districts: ['d1'], words: ['wort', 'mehr'] });
    const b = item('b', { topics: ['t2'], districts: ['d1', 'd2'], words: ['wort'] });
    expect(relatedness(a, b)).toBe(relatedness(b, a));
  });

  it('counts a topic listed twice once, in both directions', () => {
    const twice = item('a', { topics: ['sozialverwaltung', 'sozialverwaltung'] });
    const once = item('b', { topics: ['sozialverwaltung'] });
    expect(relatedness(once, twice)).toBe(3);
    expect(relatedness(twice, once)).toBe(3);
  });

  it('is 0 for entries without anything in common, and for empty entries', () => {
    expect(relatedness(item('a', { topics: ['x'] }), item('b', { topics: ['y'] }))).toBe(0);
    expect(relatedness(item('a'), item('b'))).toBe(0);
  });
});

describe('words', () => {
  it('keeps lower-cased words of four letters or more, without stop words, each once', () => {
    expect(words('Die Digitalisierung für die Verwaltung: OZG, KI und die Verwaltung')).toEqual([
      'digitalisierung',
      'verwaltung',
    ]);
  });

  it('keeps umlauts and ß and splits at hyphens and punctuation', () => {
    expect(words('Kyffhäuserkreis: Straßen-Daten über Grenzen')).toEqual([
      'kyffhäuserkreis',
      'straßen',
      'daten',
      'grenzen',
    ]);
  });

  it('drops English stop words as well', () => {
    expect(words('What will the districts learn from this?')).toEqual(['districts', 'learn']);
  });
});

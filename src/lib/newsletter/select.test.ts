import { describe, expect, test } from 'vitest';
import type { FeedEntry } from './feed.ts';
import { candidates, isDue, matches } from './select.ts';
import { EVERYTHING } from './types.ts';

const e = (over: Partial<FeedEntry>): FeedEntry => ({
  id: 'posts/de/x',
  kind: 'posts',
  lang: 'de',
  title: 'X',
  teaser: 'X',
  url: 'https://praxisdialog.example/blog/x/',
  date: '2025-06-02T00:00:00.000Z',
  topics: [],
  districts: [],
  ...over,
});

describe('matches', () => {
  test('nothing chosen means every entry in the subscriber’s language and none in the other', () => {
    expect(matches(e({}), 'de', EVERYTHING)).toBe(true);
    expect(matches(e({ lang: 'en' }), 'de', EVERYTHING)).toBe(false);
  });

  test('topics and districts widen each other; kinds narrow', () => {
    const interests = { topics: ['beteiligung'], districts: ['16065'], kinds: ['practices' as const] };
    expect(matches(e({ kind: 'practices', topics: ['beteiligung'] }), 'de', interests)).toBe(true);
    expect(matches(e({ kind: 'practices', districts: ['16065'] }), 'de', interests)).toBe(true);
    expect(matches(e({ kind: 'practices', topics: ['ki'] }), 'de', interests)).toBe(false);
    expect(matches(e({ kind: 'posts', topics: ['beteiligung'] }), 'de', interests)).toBe(false);
  });
});

describe('isDue', () => {
  test('weekly is due again a week after the last e-mail, allowing a cron run two hours early', () => {
    const sub = { frequency: 'weekly' as const, lastSentAt: '2025-06-02T06:00:00.000Z' };
    expect(isDue(sub, new Date('2025-06-08T06:00:00Z'))).toBe(false);
    expect(isDue(sub, new Date('2025-06-09T05:00:00Z'))).toBe(true);
  });

  test('monthly waits a calendar month; immediate and never-written-to are always due', () => {
    expect(
      isDue({ frequency: 'monthly', lastSentAt: '2025-01-31T06:00:00.000Z' }, new Date('2025-02-28T06:00:00Z')),
    ).toBe(false);
    expect(
      isDue({ frequency: 'monthly', lastSentAt: '2025-05-03T06:00:00.000Z' }, new Date('2025-06-03T06:00:00Z')),
    ).toBe(true);
    expect(
      isDue({ frequency: 'immediate', lastSentAt: '2025-06-03T05:59:00.000Z' }, new Date('2025-06-03T06:00:00Z')),
    ).toBe(true);
    expect(isDue({ frequency: 'monthly', lastSentAt: null }, new Date('2025-06-03T06:00:00Z'))).toBe(true);
  });
});

test('candidates are dated from the day of the last e-mail up to now', () => {
  const sub = {
    lang: 'de' as const,
    interests: EVERYTHING,
    lastSentAt: '2025-06-02T18:00:00.000Z',
    confirmedAt: '2025-05-01T00:00:00.000Z',
    createdAt: '2025-05-01T00:00:00.000Z',
  };
  const entries = [
    e({ id: 'old', date: '2025-06-01T00:00:00.000Z' }),
    e({ id: 'same-day', date: '2025-06-02T00:00:00.000Z' }),
    e({ id: 'today', date: '2025-06-03T00:00:00.000Z' }),
    e({ id: 'tomorrow', date: '2025-06-04T00:00:00.000Z' }),
  ];
  expect(candidates(entries, sub, new Date('2025-06-03T08:00:00Z')).map((x) => x.id)).toEqual(['same-day', 'today']);
});

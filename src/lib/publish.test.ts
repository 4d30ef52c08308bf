import { describe, expect, it } from 'vitest';
import { buildNow, isPublished, isVisible } from './publish.ts';

// A fixed "now" for every case: 1 March 2025, noon in Berlin.
const now = new Date('2025-03-01T12:00:00+01:00');
const day = (iso: string) => new Date(iso); // YAML dates arrive as UTC midnight of that day.

describe('isPublished', () => {
  it('publishes an entry dated in the past', () => {
    expect(isPublished({ publishedAt: day('2025-02-01') }, { now, preview: false })).toBe(true);
  });

  it('publishes an entry dated today', () => {
    expect(isPublished({ publishedAt: day('2025-03-01') }, { now, preview: false })).toBe(true);
  });

  it('holds back an entry dated in the future', () => {
    expect(isPublished({ publishedAt: day('2025-03-02') }, { now, preview: false })).toBe(false);
  });

  it('never publishes a draft, however old', () => {
    expect(isPublished({ publishedAt: day('2020-01-01'), draft: true }, { now, preview: false })).toBe(false);
  });

  it('treats draft: false like no draft flag', () => {
    expect(isPublished({ publishedAt: day('2025-02-01'), draft: false }, { now, preview: false })).toBe(true);
  });

  it('shows drafts and scheduled entries in the preview', () => {
    expect(isPublished({ publishedAt: day('2030-01-01'), draft: true }, { now, preview: true })).toBe(true);
    expect(isPublished({ publishedAt: day('2030-01-01') }, { now, preview: true })).toBe(true);
  });
});

describe('isVisible: the one rule for every output', () => {
  const draft = { collection: 'projects', data: { draft: true, publishedAt: day('2025-01-01') } };
  const scheduled = { collection: 'reports', data: { publishedAt: day('2025-04-01') } };
  const live = { collection: 'practices', data: { publishedAt: day('2025-02-01') } };

  it('follows isPublished for the collections with drafts and dates', () => {
    for (const preview of [false, true]) {
      expect(isVisible(live, { now, preview })).toBe(true);
    }
    expect(isVisible(draft, { now, preview: false })).toBe(false);
    expect(isVisible(scheduled, { now, preview: false })).toBe(false);
  });

  it('shows drafts and scheduled entries on the preview’s pages, never in what is exported (feeds, open data, e-mail)', () => {
    expect(isVisible(draft, { now, preview: true })).toBe(true);
    expect(isVisible(draft, { now, preview: true, audience: 'export' })).toBe(false);
    expect(isVisible(scheduled, { now, preview: true, audience: 'export' })).toBe(false);
    expect(isVisible(live, { now, preview: true, audience: 'export' })).toBe(true);
  });

  it('always shows people, topics and districts, which have no draft state', () => {
    for (const collection of ['people', 'topics', 'districts']) {
      expect(isVisible({ collection, data: { name: 'x' } }, { now, preview: false, audience: 'export' })).toBe(true);
    }
  });
});

describe('buildNow', () => {
  it('uses the clock when PRAXIS_NOW is not set', () => {
    const before = Date.now();
    const got = buildNow({}).getTime();
    expect(got).toBeGreaterThanOrEqual(before);
    expect(got).toBeLessThanOrEqual(Date.now());
  });

  it('uses the clock when PRAXIS_NOW is empty', () => {
    const before = Date.now();
    expect(buildNow({ PRAXIS_NOW: '' }).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('reads PRAXIS_NOW=YYYY-MM-DD as the end of that day, so entries of that day are published', () => {
    const end = buildNow({ PRAXIS_NOW: '2025-03-01' });
    expect(end.toISOString()).toBe('2025-03-01T22:59:59.000Z');
    expect(isPublished({ publishedAt: day('2025-03-01') }, { now: end, preview: false })).toBe(true);
    expect(isPublished({ publishedAt: day('2025-03-02') }, { now: end, preview: false })).toBe(false);
  });

  it('accepts an ISO date-time with its offset', () => {
    expect(buildNow({ PRAXIS_NOW: '2025-03-01T08:30:00Z' }).toISOString()).toBe('2025-03-01T08:30:00.000Z');
    expect(buildNow({ PRAXIS_NOW: '2025-07-01T10:00+02:00' }).toISOString()).toBe('2025-07-01T08:00:00.000Z');
  });

  it('throws a message naming PRAXIS_NOW and the expected form for a word', () => {
    expect(() => buildNow({ PRAXIS_NOW: 'soon' })).toThrow('PRAXIS_NOW="soon" is not a date (expected YYYY-MM-DD)');
  });

  it('throws for a month and day that do not exist', () => {
    expect(() => buildNow({ PRAXIS_NOW: '2025-13-45' })).toThrow(/PRAXIS_NOW="2025-13-45" is not a date/);
  });

  it('throws for 30 February instead of rolling over to March', () => {
    expect(() => buildNow({ PRAXIS_NOW: '2025-02-30' })).toThrow(/PRAXIS_NOW="2025-02-30" is not a date/);
  });

  it('throws for texts that JavaScript would guess a date from', () => {
    for (const guessable of ['March 1', '2025', '1', '2025-3-1', '01.03.2025']) {
      expect(() => buildNow({ PRAXIS_NOW: guessable }), guessable).toThrow(/is not a date \(expected YYYY-MM-DD\)/);
    }
  });

  it('accepts 29 February in a leap year only', () => {
    expect(buildNow({ PRAXIS_NOW: '2024-02-29' }).toISOString()).toBe('2024-02-29T22:59:59.000Z');
    expect(() => buildNow({ PRAXIS_NOW: '2025-02-29' })).toThrow(/is not a date/);
  });
});

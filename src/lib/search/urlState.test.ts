import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  effectiveSort,
  hasCriteria,
  labelsForSlugs,
  parseState,
  sameState,
  serializeState,
  valueSlug,
} from './urlState.ts';

describe('valueSlug', () => {
  it.each([
    ['Thüringen', 'thueringen'],
    ['Verwaltung & Bürgerservice', 'verwaltung-buergerservice'],
    ['100.000 – 200.000', '100-000-200-000'],
  ])('spells umlauts out and joins words with hyphens: %s → %s', (label, slug) => {
    expect(valueSlug(label)).toBe(slug);
  });
});

describe('parseState and serializeState', () => {
  it('round-trips words, several values per group, and the sort', () => {
    const query = '?q=soziale+Dienste&kind=gute-praxis&state=hessen&state=thueringen&sort=date';
    const state = parseState(query);
    expect(state).toEqual({
      q: 'soziale Dienste',
      filters: { kind: ['gute-praxis'], state: ['hessen', 'thueringen'] },
      sort: 'date',
    });
    expect(serializeState(state)).toBe(query);
  });

  it('is canonical: group order and value order do not depend on the input', () => {
    const a = parseState('state=thueringen&kind=berichte&state=hessen');
    const b = parseState('kind=berichte&state=hessen&state=thueringen&state=hessen');
    expect(serializeState(a)).toBe('?kind=berichte&state=hessen&state=thueringen');
    expect(sameState(a, b)).toBe(true);
  });

  it('accepts labels where slugs are expected, e.g. from a hand-written link', () => {
    expect(parseState('state=Thüringen').filters).toEqual({ state: ['thueringen'] });
  });

  it('ignores unknown parameters and groups the page does not offer', () => {
    const state = parseState('utm_source=x&topic=ki&kind=berichte', ['topic']);
    expect(state.filters).toEqual({ topic: ['ki'] });
    expect(serializeState({ ...state, filters: { topic: ['ki'], kind: ['berichte'] } }, ['topic'])).toBe('?topic=ki');
  });

  it('keeps the date sort only with words, and trims and collapses the words', () => {
    expect(serializeState({ q: '', filters: {}, sort: 'date' })).toBe('');
    expect(parseState('q=%20%20Land%20%20kreis%20').q).toBe('Land kreis');
    expect(serializeState(EMPTY_STATE)).toBe('');
  });

  it('says what applies: relevance with words unless date was chosen, date without words', () => {
    expect(effectiveSort(parseState('q=x'))).toBe('relevance');
    expect(effectiveSort(parseState('q=x&sort=date'))).toBe('date');
    expect(effectiveSort(parseState('sort=relevance'))).toBe('date');
  });

  it('knows when a state asks for something', () => {
    expect(hasCriteria(parseState(''))).toBe(false);
    expect(hasCriteria(parseState('sort=date'))).toBe(false);
    expect(hasCriteria(parseState('q=a'))).toBe(true);
    expect(hasCriteria(parseState('year=2025'))).toBe(true);
  });
});

describe('labelsForSlugs', () => {
  it('maps slugs to the labels that exist and drops the rest', () => {
    const labels = labelsForSlugs(
      { state: ['thueringen', 'atlantis'], kind: ['gute-praxis'], topic: ['weg'] },
      { state: ['Hessen', 'Thüringen'], kind: ['Gute Praxis', 'Berichte'], topic: ['Digitalstrategie'] },
    );
    expect(labels).toEqual({ state: ['Thüringen'], kind: ['Gute Praxis'] });
  });
});

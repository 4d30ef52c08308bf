/**
 * Page kinds and the deterministic sample: every budget kind is recognised in both languages, and a large
 * site is sampled the same way every time, with every template in the sample.
 */
import { describe, expect, test } from 'vitest';
import { pageKind, samplePages, templateOf } from './pages.ts';

describe('pageKind', () => {
  test('tells each kind of page from its URL, in German and English', () => {
    const kinds: Record<string, string> = {
      '/': 'home',
      '/en/': 'home',
      '/praxis/': 'list',
      '/en/blog/': 'list',
      '/blog/2/': 'list',
      '/blog/seite/3/': 'list',
      '/handlungsfelder/bildung/': 'list',
      '/praxis/land/hessen/': 'list',
      '/en/practices/topic/rural-areas/2/': 'list',
      '/blog/willkommen/': 'post',
      '/en/blog/welcome/': 'post',
      '/praxis/papierlose-sozialverwaltung/': 'practice',
      '/en/practices/paperless-social-administration/': 'practice',
      '/kreise/kyffhaeuserkreis-16065/': 'district',
      '/en/districts/kyffhaeuserkreis-16065/': 'district',
      '/berichte/rtk-digital-aber-richtig/': 'report',
      '/projekte/smarte-land-regionen/': 'project',
      '/en/people/tanja-klenk/': 'person',
      '/themen/beteiligung/': 'topic',
      '/en/topics/beteiligung/': 'topic',
      '/suche/': 'other',
      '/en/newsletter/': 'other',
      '/impressum/': 'other',
      '/404.html': 'other',
      '/gibt-es-nicht/': 'other',
    };
    for (const [path, kind] of Object.entries(kinds)) expect(pageKind(path), path).toBe(kind);
  });
});

describe('samplePages', () => {
  const pages = [
    { path: '/' },
    { path: '/en/' },
    ...Array.from({ length: 400 }, (_, i) => ({ path: `/praxis/eintrag-${i}/` })),
    ...Array.from({ length: 200 }, (_, i) => ({ path: `/en/practices/entry-${i}/` })),
    { path: '/suche/' },
  ];

  test('keeps every page of a small site', () => {
    expect(samplePages(pages.slice(0, 50), 300)).toHaveLength(50);
  });

  test('above the limit, takes every template and the same fixed sample on every call', () => {
    const sample = samplePages(pages, 100);
    expect(sample).toHaveLength(100);
    expect(samplePages([...pages].reverse(), 100)).toEqual(sample);
    const templates = new Set(pages.map((p) => templateOf(p.path)));
    expect(new Set(sample.map((p) => templateOf(p.path)))).toEqual(templates);
    expect(sample.map((p) => p.path)).toEqual([...sample.map((p) => p.path)].sort());
  });
});

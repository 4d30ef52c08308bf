import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContent } from './index.ts';
import { unpublishedReferences, type CheckedEntry } from './unpublishedRefs.ts';
import type { CollectionName } from '../../schemas/common.ts';

const FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/content-unpublished-refs', import.meta.url));
const now = new Date('2026-06-01T23:59:59+02:00');

describe('the content check warns about references to unpublished entries', () => {
  const problems = checkContent({ root: FIXTURE, now, cwd: FIXTURE });
  const unpublished = problems
    .filter((p) => /is a draft|is published only on/u.test(p.wrong.en))
    .map((p) => `${p.severity} ${p.file}:${p.line} ${p.field.en} ${p.wrong.en}`);

  test('the fixture has no errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('a warning per reference to a draft or to an entry published later, with file, line and field', () => {
    expect(unpublished).toEqual([
      'warning dialogues/de/werkstatt.mdx:12 project "projects/de/rotkohl-entwurf" is a draft: the reference is not shown (no page, no title, not in search or open data)',
      'warning posts/de/beitrag.mdx:9 projects[1] "projects/de/rotkohl-entwurf" is a draft: the reference is not shown (no page, no title, not in search or open data)',
      'warning practices/de/sozialakte.mdx:4 translation "practices/en/parsnip-draft" is a draft: the reference is not shown (no page, no title, not in search or open data)',
      'warning practices/de/sozialakte.mdx:16 projects[1] "projects/de/rotkohl-entwurf" is a draft: the reference is not shown (no page, no title, not in search or open data)',
      'warning practices/de/sozialakte.mdx:16 projects[2] "projects/de/spargel-geplant" is published only on 2026-07-01: until then the reference is not shown',
      'warning reports/akte-bericht.yaml:15 project "projects/de/spargel-geplant" is published only on 2026-07-01: until then the reference is not shown',
    ]);
    const message = problems.find((p) => p.field.en === 'projects[1]' && p.file.startsWith('practices'))!;
    expect(message.expected.de).toBe(
      'den Eintrag veröffentlichen (ohne draft: true, publishedAt nicht später) oder den Verweis entfernen',
    );
  });

  test('no warning on the day the scheduled project appears', () => {
    const onTheDay = checkContent({ root: FIXTURE, now: new Date('2026-07-01T23:59:59+02:00'), cwd: FIXTURE });
    expect(onTheDay.filter((p) => /published only on/u.test(p.wrong.en))).toEqual([]);
  });
});

describe('which references count', () => {
  const entry = (collection: CollectionName, id: string, data: Record<string, unknown>): CheckedEntry => ({
    file: { collection, id },
    data,
  });
  const index = (...entries: CheckedEntry[]) => {
    const m = new Map<CollectionName, Map<string, CheckedEntry>>();
    for (const e of entries) {
      if (!m.has(e.file.collection)) m.set(e.file.collection, new Map());
      m.get(e.file.collection)!.set(e.file.id, e);
    }
    return m;
  };
  const draftProject = entry('projects', 'de/p', { draft: true, publishedAt: '2020-01-01' });
  const laterProject = entry('projects', 'de/q', { publishedAt: '2026-08-01' });
  const ref = (from: CheckedEntry, to: CheckedEntry) => ({
    entry: from,
    path: ['project'],
    value: to.file.id,
    collection: to.file.collection,
  });

  test('a draft may refer to anything: nothing of it is public', () => {
    const draft = entry('dialogues', 'de/d', { draft: true, publishedAt: '2026-01-01' });
    expect(unpublishedReferences([ref(draft, draftProject)], index(draft, draftProject), now)).toEqual([]);
  });

  test('a scheduled entry may refer to one that appears on or before its own day, not after', () => {
    const sameDay = entry('dialogues', 'de/d', { publishedAt: '2026-08-01' });
    const before = entry('dialogues', 'de/e', { publishedAt: '2026-07-15' });
    const all = index(sameDay, before, laterProject);
    expect(unpublishedReferences([ref(sameDay, laterProject)], all, now)).toEqual([]);
    expect(unpublishedReferences([ref(before, laterProject)], all, now)).toHaveLength(1);
  });

  test('people, topics and districts are always public; a missing entry is left to the existence check', () => {
    const published = entry('posts', 'de/x', { publishedAt: '2026-01-01' });
    const person = entry('people', 'anna', { name: 'Anna' });
    const refs = [
      ref(published, person),
      { entry: published, path: ['projects', 0], value: 'de/gibt-es-nicht', collection: 'projects' as const },
    ];
    expect(unpublishedReferences(refs, index(published, person), now)).toEqual([]);
  });
});

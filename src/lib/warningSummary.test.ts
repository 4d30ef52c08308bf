import { describe, expect, it } from 'vitest';
import type { Problem } from './contentCheck/index.ts';
import { formatProblem } from './contentCheck/format.ts';
import { FULL_LIST_MAX, summariseWarnings } from './warningSummary.ts';

const warning = (file: string, field: string, wrong: string): Problem => ({
  severity: 'warning',
  file,
  line: 1,
  field: { de: field, en: field },
  wrong: { de: wrong, en: wrong },
  expected: { de: 'etwas anderes', en: 'something else' },
});

const untranslated = (i: number) => warning(`posts/de/beitrag-${i}.mdx`, 'translation', 'keine Übersetzung angegeben');

describe('summariseWarnings', () => {
  it('prints a few warnings one line each, as npm run check does', () => {
    const few = [untranslated(1), untranslated(2)];
    expect(summariseWarnings(few, 'de')).toEqual(few.map((p) => formatProblem(p, 'de')));
    expect(summariseWarnings([], 'de')).toEqual([]);
  });

  it('prints many as one line per kind, with the first files and where to see them all', () => {
    const many = [
      ...Array.from({ length: 302 }, (_, i) => untranslated(i + 1)),
      warning('practices/de/a.mdx', 'lastChecked', 'zuletzt vor 415 Tagen geprüft'),
      warning('practices/de/b.mdx', 'lastChecked', 'zuletzt vor 734 Tagen geprüft'),
      warning('practices/de/c.mdx', 'districts[2]', 'Kreis doppelt'),
      warning('practices/de/d.mdx', 'districts[5]', 'Kreis doppelt'),
    ];
    const lines = summariseWarnings(many, 'de');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('306 Hinweise zum Inhalt, 3 Arten (alle mit Zeile und Abhilfe: npm run check):');
    expect(lines[1]).toBe(
      '  302 × translation: keine Übersetzung angegeben — posts/de/beitrag-1.mdx:1, posts/de/beitrag-2.mdx:1, ' +
        'posts/de/beitrag-3.mdx:1 und 299 weitere',
    );
    expect(lines[2]).toBe(
      '    2 × lastChecked: zuletzt vor n Tagen geprüft — practices/de/a.mdx:1, practices/de/b.mdx:1',
    );
    expect(lines[3]).toBe('    2 × districts[]: Kreis doppelt — practices/de/c.mdx:1, practices/de/d.mdx:1');
    expect(summariseWarnings(many, 'en')[0]).toBe(
      '306 content warnings of 3 kinds (each with its line and fix: npm run check):',
    );
  });

  it('switches to the summary only above the limit', () => {
    const limit = Array.from({ length: FULL_LIST_MAX }, (_, i) => untranslated(i));
    expect(summariseWarnings(limit, 'de')).toHaveLength(FULL_LIST_MAX);
    expect(summariseWarnings([...limit, untranslated(99)], 'de')).toHaveLength(2);
  });
});

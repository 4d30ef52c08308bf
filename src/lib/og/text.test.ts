import { describe, expect, test } from 'vitest';
import { breakPoints } from './hyphenate.ts';
import { layoutTitle, linesThatFit, wrapText, type TitleBox } from './text.ts';
import { cardTitleLayout, TITLE_BOX } from './card.ts';
import { measurer, SERIF } from './fonts.ts';

/** Every character 10 px wide at size 10 (scaled with the size): easy to reason about. */
const mono = (text: string, size: number) => Array.from(text).length * size;
const de = (w: string) => breakPoints(w, 'de');
const COMPOUND = 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung';

describe('breakPoints', () => {
  test('a long German compound gets hyphenation points, with at least three letters on each side', () => {
    const points = breakPoints(COMPOUND, 'de');
    expect(points.length).toBeGreaterThan(8);
    for (const p of points) {
      expect(p.hyphen).toBe(true);
      expect(p.at).toBeGreaterThanOrEqual(3);
      expect(COMPOUND.length - p.at).toBeGreaterThanOrEqual(3);
    }
    // The joints of the compound are among them.
    expect(points.map((p) => p.at)).toContain('Grundstücks'.length);
  });

  test('a hard hyphen is a break point that adds no second hyphen', () => {
    const points = breakPoints('Main-Kinzig-Kreis', 'de');
    expect(points).toContainEqual({ at: 5, hyphen: false });
    expect(points).toContainEqual({ at: 12, hyphen: false });
  });

  test('numbers and short words have none', () => {
    expect(breakPoints('2025', 'de')).toEqual([]);
    expect(breakPoints('Amt', 'de')).toEqual([]);
  });
});

describe('wrapText', () => {
  test('words that fit are wrapped at spaces, never broken', () => {
    expect(wrapText('eins zwei drei vier', 10, 100, mono, de)).toEqual(['eins zwei', 'drei vier']);
  });

  test('a word longer than the line is broken at hyphenation points, each piece ending in a hyphen', () => {
    const lines = wrapText(COMPOUND, 10, 200, mono, de);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(mono(line, 10)).toBeLessThanOrEqual(200);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(lines.join('').replace(/-/gu, '')).toBe(COMPOUND);
  });

  test('a break at the word’s own hyphen is preferred to a new one when the line stays full enough', () => {
    expect(wrapText('Barcamp in Siegen-Wittgenstein', 10, 240, mono, de)).toEqual([
      'Barcamp in Siegen-',
      'Wittgenstein',
    ]);
  });

  test('a string without break points is still cut to fit', () => {
    const lines = wrapText('x'.repeat(45), 10, 100, mono, de);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  test('a nearly empty line takes part of the next long word instead of leaving a gap', () => {
    const lines = wrapText(`Die ${COMPOUND}`, 10, 300, mono, de);
    expect(lines[0]!.startsWith('Die Grund')).toBe(true);
  });
});

describe('layoutTitle', () => {
  const box: TitleBox = { width: 200, height: 100, lineHeight: 1, sizes: [20, 10] };

  test('takes the largest size at which the title fits', () => {
    expect(layoutTitle('kurz', box, mono, de)).toEqual({ fontSize: 20, lines: ['kurz'], truncated: false });
    const long = layoutTitle('wort '.repeat(12), box, mono, de);
    expect(long.fontSize).toBe(10);
    expect(long.lines.length).toBeLessThanOrEqual(linesThatFit(box, 10));
  });

  test('ends with an ellipsis when even the smallest size does not fit', () => {
    const out = layoutTitle('wort '.repeat(100), box, mono, de);
    expect(out.truncated).toBe(true);
    expect(out.lines).toHaveLength(linesThatFit(box, 10));
    expect(out.lines.at(-1)!.endsWith('…')).toBe(true);
  });
});

describe('the card title with the real font', () => {
  test('a 68-letter compound and umlauts stay inside the title box', () => {
    const title = `„Überörtliche Größenverhältnisse“: ${COMPOUND} in Äbtissinnenstraße und GROẞBÄCKEREI`;
    const layout = cardTitleLayout({ title, lang: 'de' });
    const measure = measurer(SERIF, 600);
    expect(layout.truncated).toBe(false);
    for (const line of layout.lines) expect(measure(line, layout.fontSize)).toBeLessThanOrEqual(TITLE_BOX.width);
    expect(layout.lines.join(' ')).toContain('„Überörtliche');
    expect(layout.lines.join('')).toContain('GROẞBÄCKEREI');
  });

  test('a short title is set at the largest size on one line', () => {
    expect(cardTitleLayout({ title: 'Digital, aber richtig', lang: 'de' })).toEqual({
      fontSize: TITLE_BOX.sizes[0],
      lines: ['Digital, aber richtig'],
      truncated: false,
    });
  });
});

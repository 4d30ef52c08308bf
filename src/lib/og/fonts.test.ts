import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { faceRuns, SANS, SERIF, shape, type Family, type FontWeight } from './fonts.ts';

/** Words with the font's kerning pairs across a space (T, V, W, Y), ligatures, quotes, digits, ẞ (latin-ext). */
const WORDS = [
  'Tal',
  'Verwaltung',
  'Wege',
  'Yoga',
  'AVV',
  'Kreisverwaltungsdigitalisierungsvorhaben',
  'Grundstücks-',
  '„Smart',
  'agil“',
  'offizielle',
  'Effizienz',
  'GROẞE',
  'Größe',
  'Ämter,',
  '1.',
  '31.',
  '·',
  '—',
  '(Kreis)',
  'T.',
  'r.',
  'y,',
  'Services',
  'what',
  'V',
  'W',
];
const FACES: [Family, FontWeight][] = [
  [SERIF, 600],
  [SANS, 400],
  [SANS, 600],
];

/** Glyph ids and pen positions of `text` shaped whole by fontkit, run by run. */
function whole(family: Family, weight: FontWeight, text: string) {
  return faceRuns(family, weight, text).map(({ face, text: run }) => {
    const { glyphs, positions } = face.layout(run);
    let pen = 0;
    const placed = glyphs.map((g, i) => {
      const at = { id: g.id, x: pen + positions[i]!.xOffset, y: positions[i]!.yOffset };
      pen += positions[i]!.xAdvance;
      return at;
    });
    return { placed, advance: pen };
  });
}

describe('shaping a word at a time', () => {
  test('places every glyph where shaping the whole line places it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        for (const [family, weight] of FACES) {
          const mine = shape(family, weight, text).map(({ glyphs, advance }) => ({
            placed: glyphs.map((g) => ({ id: g.glyph.id, x: g.x, y: g.y })),
            advance,
          }));
          expect(mine, `${family} ${weight}: ${text}`).toEqual(whole(family, weight, text));
        }
      }),
      { numRuns: 400 },
    );
  });
});

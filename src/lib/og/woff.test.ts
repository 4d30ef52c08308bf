import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { unwrapWoff } from './woff.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const FILES = [
  '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff',
  '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff',
];

describe('unwrapWoff', () => {
  test.each(FILES)('%s: the unwrapped font has the same glyphs, advances and outlines as the WOFF', (name) => {
    const woff = readFileSync(require.resolve(name));
    const sfnt = unwrapWoff(woff, name);
    const [a, b] = [fontkit.create(woff) as fontkit.Font, fontkit.create(sfnt) as fontkit.Font];
    expect(b.type).toBe('TTF');
    expect([b.unitsPerEm, b.ascent, b.descent, b.numGlyphs]).toEqual([a.unitsPerEm, a.ascent, a.descent, a.numGlyphs]);
    const text = 'Grundstücksverkehr „Größe“ & ẞ – fi ff Wa To 2026 Kyffhäuserkreis';
    const [ra, rb] = [a.layout(text), b.layout(text)];
    expect(rb.glyphs.map((g) => g.id)).toEqual(ra.glyphs.map((g) => g.id));
    expect(rb.positions).toEqual(ra.positions);
    expect(rb.glyphs.map((g) => g.path.toSVG())).toEqual(ra.glyphs.map((g) => g.path.toSVG()));
  });

  test('refuses what is no WOFF 1.0 file, or a table that reaches past the end, naming the file', () => {
    const woff = readFileSync(require.resolve(FILES[0]!));
    expect(() =>
      unwrapWoff(Buffer.from('wOF2 and more bytes than a header has, surely enough here'), 'x.woff'),
    ).toThrow('x.woff: not a WOFF 1.0 file');
    expect(() => unwrapWoff(woff.subarray(0, woff.length - 100), 'cut.woff')).toThrow(
      /cut\.woff: table \d+ reaches past/u,
    );
  });
});

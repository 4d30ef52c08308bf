import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fontsource } from './fontsource.ts';

const root = pathToFileURL(`${process.cwd()}/`);

function resolve(
  familyName: string,
  request: { weights: string[]; styles: ('normal' | 'italic')[]; subsets: string[] },
) {
  const provider = fontsource();
  void provider.init?.({ root, storage: undefined as never });
  return provider.resolveFont({ familyName, formats: ['woff2'], options: undefined, ...request }) as {
    fonts: {
      src: { url: string }[];
      weight: string;
      style: string;
      unicodeRange: string[];
      meta: { subset: string };
    }[];
  };
}

describe('fontsource provider (installed @fontsource packages, no CDN)', () => {
  test('one face per subset, weight and style, each an existing woff2 file of the package', () => {
    const { fonts } = resolve('Source Serif 4', {
      weights: ['400', '600'],
      styles: ['normal', 'italic'],
      subsets: ['latin', 'latin-ext'],
    });
    expect(fonts).toHaveLength(8);
    for (const face of fonts) {
      const url = face.src[0]!.url;
      expect(url).toMatch(
        new RegExp(
          `node_modules/@fontsource/source-serif-4/files/source-serif-4-${face.meta.subset}-${face.weight}-${face.style}\\.woff2$`,
        ),
      );
      expect(existsSync(url)).toBe(true);
      expect(url).not.toMatch(/^https?:/);
    }
  });

  test('each face carries the unicode range of its subset, so Latin Extended loads only when a page needs it', () => {
    const { fonts } = resolve('Source Sans 3', {
      weights: ['400'],
      styles: ['normal'],
      subsets: ['latin', 'latin-ext'],
    });
    const latin = fonts.find((f) => f.meta.subset === 'latin')!;
    const ext = fonts.find((f) => f.meta.subset === 'latin-ext')!;
    expect(latin.unicodeRange[0]).toBe('U+0000-00FF'); // ä, ö, ü, ß are Latin-1
    expect(ext.unicodeRange).toContain('U+0100-02BA'); // ł, č, ő …
    expect(latin.unicodeRange).not.toEqual(ext.unicodeRange);
  });

  test('asking for what the package does not hold names the package and what is missing', () => {
    expect(() => resolve('Source Sans 3', { weights: ['450'], styles: ['normal'], subsets: ['klingon'] })).toThrow(
      '@fontsource/source-sans-3 has no weight 450, subset klingon',
    );
  });

  test('a family without an installed package fails with the package name', () => {
    expect(() => resolve('No Such Family', { weights: ['400'], styles: ['normal'], subsets: ['latin'] })).toThrow(
      /@fontsource\/no-such-family/,
    );
  });
});

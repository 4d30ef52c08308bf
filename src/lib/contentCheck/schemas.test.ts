import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IMAGE_MISSING, schemaFor } from './schemas.ts';

describe('schemaFor', () => {
  const root = mkdtempSync(join(tmpdir(), 'praxis-schemas-'));
  const withImage = join(root, 'de');
  const without = join(root, 'en');
  mkdirSync(withImage);
  mkdirSync(without);
  writeFileSync(join(withImage, 'bild.png'), 'not read, only looked for');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Does the post's hero image count as missing, for an entry at `entryPath`? */
  const imageMissing = (entryPath: string) => {
    const result = schemaFor('posts', entryPath).safeParse({ heroImage: { src: 'bild.png', alt: 'Ein Bild im Text' } });
    return (result.error?.issues ?? []).some(
      (i) => i.path.join('.') === 'heroImage.src' && i.message === IMAGE_MISSING,
    );
  };

  it('makes a collection’s schema once per folder, for the many entries of a check', () => {
    expect(schemaFor('posts', join(withImage, 'a.mdx'))).toBe(schemaFor('posts', join(withImage, 'b.mdx')));
    expect(schemaFor('posts')).toBe(schemaFor('posts'));
    expect(schemaFor('posts', join(without, 'a.mdx'))).not.toBe(schemaFor('posts', join(withImage, 'a.mdx')));
    expect(schemaFor('practices', join(withImage, 'a.mdx'))).not.toBe(schemaFor('posts', join(withImage, 'a.mdx')));
  });

  it('still looks for an image beside the entry that names it', () => {
    expect(imageMissing(join(withImage, 'a.mdx'))).toBe(false);
    expect(imageMissing(join(without, 'a.mdx'))).toBe(true);
    // Asked in the other order, from the schemas made above: each folder keeps its own answer.
    expect(imageMissing(join(withImage, 'b.mdx'))).toBe(false);
    expect(imageMissing(join(without, 'b.mdx'))).toBe(true);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/astro.ts';
import { comparePngs, toStoredPng } from './compare.ts';

test('a picture compared uncompressed has the pixels of its compressed baseline', async () => {
  const baseline = await readFile(join(REPO_ROOT, 'tests/visual/baselines/de-404-1280-light.png'));
  // A screenshot as Chromium gives it: full colour with alpha.
  const screenshot = await sharp(baseline).ensureAlpha().png().toBuffer();
  const [compressed, quick] = await Promise.all([toStoredPng(screenshot), toStoredPng(screenshot, false)]);
  expect(quick.length).toBeGreaterThan(compressed.length);
  const pixels = async (png: Buffer) => (await sharp(png).ensureAlpha().raw().toBuffer()).toString('base64');
  expect(await pixels(quick)).toBe(await pixels(compressed));
  expect((await comparePngs(baseline, quick)).differing).toBe(0);
});

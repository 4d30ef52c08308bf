import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/astro.ts';
import { comparePngs, sameAsRecorded, sha256, toStoredPng } from './compare.ts';

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

test('only the very screenshot a baseline was made from, with that baseline unchanged, skips the comparison', async () => {
  const baseline = await readFile(join(REPO_ROOT, 'tests/visual/baselines/de-404-1280-light.png'));
  const screenshot = await sharp(baseline).ensureAlpha().png().toBuffer();
  const record = { capture: sha256(screenshot), baseline: sha256(baseline) };
  expect(sameAsRecorded(record, screenshot, baseline)).toBe(true);
  // Another screenshot (one pixel more of height), a replaced baseline, no record: compared as before.
  const other = await sharp(baseline).ensureAlpha().extend({ bottom: 1 }).png().toBuffer();
  expect(sameAsRecorded(record, other, baseline)).toBe(false);
  expect(sameAsRecorded(record, screenshot, await toStoredPng(other))).toBe(false);
  expect(sameAsRecorded(undefined, screenshot, baseline)).toBe(false);
});

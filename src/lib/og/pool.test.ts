import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import sharp from 'sharp';
import type { OgCard } from './card.ts';
import { drawMissing } from './pool.ts';
import { cachedCardPng, cardFile } from './render.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
const cacheDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'og-pool-'));
  dirs.push(dir);
  return dir;
};

const card = (title: string): OgCard => ({ lang: 'de', kind: 'Gute Praxis', title, meta: ['Kyffhäuserkreis'] });

describe('the social-image pool', () => {
  test('draws every missing card once, in worker threads, into the cache the endpoints read', async () => {
    const dir = await cacheDir();
    const cards = [
      card('Papierlose Sozialverwaltung'),
      card('Digitale Bauanträge'),
      card('Papierlose Sozialverwaltung'),
    ];
    const progress: number[] = [];
    const first = await drawMissing(cards, { cacheDir: dir, threads: 2, onProgress: (done) => progress.push(done) });
    expect(first).toMatchObject({ total: 2, rendered: 2, cached: 0 });
    expect(progress).toEqual([1, 2]);
    expect((await readdir(dir)).sort()).toEqual(
      [cardFile(cards[0]!, dir), cardFile(cards[1]!, dir)].map((f) => f.slice(dir.length + 1)).sort(),
    );
    // A real 1200×630 PNG, the one the endpoint then serves from the cache without drawing.
    const png = await readFile(cardFile(cards[0]!, dir));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const served = await cachedCardPng(cards[0]!, {
      cacheDir: dir,
      render: () => Promise.reject(new Error('drawn again')),
    });
    expect(served).toEqual({ png, cached: true });
  });

  test('an unchanged set of cards draws nothing; a new card only itself', async () => {
    const dir = await cacheDir();
    const cards = [card('Eins'), card('Zwei')];
    await drawMissing(cards, { cacheDir: dir, threads: 1 });
    expect(await drawMissing(cards, { cacheDir: dir })).toMatchObject({ total: 2, rendered: 0, cached: 2 });
    expect(await drawMissing([...cards, card('Drei')], { cacheDir: dir })).toMatchObject({
      total: 3,
      rendered: 1,
      cached: 2,
    });
  });

  test('a card that cannot be drawn fails the whole run with the worker’s error', async () => {
    const dir = await cacheDir();
    const broken = { ...card('Kaputt'), meta: null } as unknown as OgCard;
    await expect(drawMissing([broken], { cacheDir: dir, threads: 1 })).rejects.toThrow();
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toEqual([]);
  });
});

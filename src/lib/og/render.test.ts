import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { cardParts, cardSvg, cardTitleLayout, type OgCard } from './card.ts';
import { PngPicture } from './png.ts';
import {
  cachedCardPng,
  cardKey,
  drawCard,
  ogCacheDir,
  ogEnabled,
  rasterize,
  renderCard,
  RENDERERS,
  TEMPLATE_VERSION,
} from './render.ts';

const card: OgCard = { lang: 'de', kind: 'Gute Praxis', title: 'Digital, aber richtig', meta: ['Main-Kinzig-Kreis'] };
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('cache', () => {
  test('a card is drawn once; the second request with the same content comes from the cache', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'og-cache-'));
    dirs.push(dir);
    let drawn = 0;
    const render = async () => {
      drawn++;
      return Buffer.from(`png ${drawn}`);
    };
    const first = await cachedCardPng(card, { cacheDir: dir, render });
    const second = await cachedCardPng({ ...card, meta: [...card.meta] }, { cacheDir: dir, render });
    expect(drawn).toBe(1);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.png.toString()).toBe('png 1');
    expect(await readdir(dir)).toHaveLength(1);

    await cachedCardPng({ ...card, title: 'Digital, aber anders' }, { cacheDir: dir, render });
    expect(drawn).toBe(2);
  });

  test('the key changes with anything the picture shows, and with the renderer', () => {
    const k = cardKey(card);
    expect(cardKey({ ...card })).toBe(k);
    expect(cardKey({ ...card, title: `${card.title}.` })).not.toBe(k);
    expect(cardKey({ ...card, kind: 'Bericht' })).not.toBe(k);
    expect(cardKey({ ...card, meta: ['Kyffhäuserkreis'] })).not.toBe(k);
    expect(cardKey({ ...card, lang: 'en' })).not.toBe(k);
    expect(cardKey(card, 'sharp')).not.toBe(cardKey(card, 'resvg'));
  });
});

test('a change to how titles are laid out comes with a new TEMPLATE_VERSION (else the cache serves old pictures)', () => {
  const samples = [
    'Digital, aber richtig',
    'Barcamp „Künstliche Intelligenz“ in Siegen-Wittgenstein',
    'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung im Kyffhäuserkreis',
    'Services of general interest in 5 districts: a survey of what works and what does not, and why',
  ];
  const layouts = samples.map((title) => cardTitleLayout({ title, lang: 'de' }));
  const fingerprint = createHash('sha256').update(JSON.stringify(layouts)).digest('hex').slice(0, 12);
  // When this fails after a deliberate change to the template or to text.ts: raise TEMPLATE_VERSION
  // in render.ts and write both new values here.
  expect({ version: TEMPLATE_VERSION, fingerprint }).toEqual({ version: 5, fingerprint: '74a87556f46b' });
});

describe('switches', () => {
  test('PRAXIS_OG=0 turns images off; anything else leaves them on', () => {
    expect(ogEnabled({ PRAXIS_OG: '0' })).toBe(false);
    expect(ogEnabled({})).toBe(true);
    expect(ogEnabled({ PRAXIS_OG: '1' })).toBe(true);
  });

  test('the cache lives under PRAXIS_CACHE_DIR when it is set', () => {
    expect(ogCacheDir({ PRAXIS_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x/og');
    expect(ogCacheDir({})).toMatch(/node_modules\/\.astro\/og$/u);
  });
});

describe('rendering', () => {
  test.each(RENDERERS)('%s draws a 1200×630 PNG', async (renderer) => {
    const png = await renderCard(card, renderer);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });
});

/** Cards whose varying parts lie in different places: long and short titles, no kind, no meta, a very long kind. */
const VARIED: OgCard[] = [
  card,
  {
    lang: 'de',
    kind: 'Förderprogramm',
    title: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung im Kyffhäuserkreis: „Größe“ & ẞ',
    meta: ['Kyffhäuserkreis, Märkisch-Oderland', '31. März 2026'],
  },
  { lang: 'en', kind: '', title: 'Jg', meta: [] },
  {
    lang: 'en',
    // Wide enough to reach into the site's name: both must be drawn where the boxes meet.
    kind: 'A very long kind of content that runs far to the left, past the site name and the mark',
    title: Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '),
    meta: Array.from({ length: 12 }, (_, i) => `Landkreis Nummer ${i}`),
  },
];

describe('drawing in pieces', () => {
  /** Bytes (of 1200 × 630 × 3) that differ between the card drawn whole and in pieces, and the largest difference. */
  async function difference(c: OgCard, renderer: (typeof RENDERERS)[number]) {
    const whole = PngPicture.blank(1200, 630);
    whole.paste(await rasterize(cardSvg(c), renderer), 0, 0);
    const [a, b] = [whole.rgb(), (await drawCard(c, renderer)).rgb()];
    let [differing, largest] = [0, 0];
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      differing++;
      largest = Math.max(largest, Math.abs(a[i]! - b[i]!));
    }
    return { differing, largest };
  }

  test('the long kind label does reach into the site name (the case where every varying part is rasterised)', () => {
    const [mark, name, kind] = cardParts(VARIED[3]!);
    expect(kind!.box.x).toBeLessThan(name!.box.x + name!.box.width);
    expect(mark!.varies || name!.varies).toBe(false);
  });

  test('sharp: a card drawn in pieces has exactly the pixels of the card drawn whole', async () => {
    for (const c of VARIED) expect((await difference(c, 'sharp')).differing, c.title.slice(0, 30)).toBe(0);
  });

  test('resvg: lines from glyph masks differ from the card drawn whole only where glyph edges share a pixel', async () => {
    const results = [];
    for (const c of VARIED) results.push({ title: c.title.slice(0, 30), ...(await difference(c, 'resvg')) });
    // Measured: 0 bytes of 2,268,000 for three of these cards, 12 (by at most 42 of 255) for the one with "ff"
    // and "„G": where two glyphs' anti-aliased edges share a pixel, their coverage is added, while the whole
    // card measures their union. 1,000 cards of the build benchmark: at most 12 bytes a card. A glyph a
    // hundredth of a pixel off, or mixed with another rounding than resvg's, differs in hundreds or thousands.
    for (const r of results) {
      expect(r.differing, r.title).toBeLessThanOrEqual(40);
      expect(r.largest, r.title).toBeLessThanOrEqual(80);
    }
  });
});

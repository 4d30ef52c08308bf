/**
 * Social-image benchmark: milliseconds per image for each step of drawing a card — the SVG writer (card → SVG,
 * src/lib/og/card.ts) and, for comparison, Satori drawing the same card (the reference in
 * tests/sharing/lib/satori-card.ts, how the site drew cards before); the site's drawing in pieces (render.ts
 * `drawCard`: the shared parts once, then each varying part's box; writer included) against the whole card drawn
 * at once by each SVG rasteriser (@resvg/resvg-js and sharp's librsvg, SVG → pixels); and the PNG encoder (the
 * site's zlib writer, png.ts, at its level and at others; sharp at level 4 as the site encoded before; resvg's own
 * `asPng()`) — measured in the same run on the same cards, interleaved so that none gets a warmer machine; bytes
 * per image; and what a cache hit costs. Each step is timed by the wall clock and by the process's CPU time: on a shared machine the CPU time
 * is the steadier figure (the steps run one at a time, so the process's CPU time is the step's).
 *
 *   npm run bench:og                 # 60 cards, 3 rounds
 *   npx node scripts/bench-og.ts --cards 200 --rounds 5
 *
 * Prints figures only; it asserts nothing (speed is not a test).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { OgCard } from '../src/lib/og/card.ts';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardSvg } from '../src/lib/og/card.ts';
import { satoriSvg } from '../tests/sharing/lib/satori-card.ts';
import type { PngPicture } from '../src/lib/og/png.ts';
import {
  cachedCardPng,
  DEFAULT_RENDERER,
  drawCard,
  PNG_LEVEL,
  PNG_STRATEGY,
  rasterize,
  RENDERERS,
  type Raster,
  type Renderer,
} from '../src/lib/og/render.ts';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '60' }, rounds: { type: 'string', default: '3' } },
});
const COUNT = Number(values.cards);
const ROUNDS = Number(values.rounds);

const KINDS = ['Gute Praxis', 'Blogbeitrag', 'Kreisbericht', 'Kreis', 'Projekt', 'Praxisdialog'];
const WORDS = [
  'Digitalisierung',
  'Sozialverwaltung',
  'Onlinezugangsgesetz',
  'Bürgerbeteiligung',
  'Kreisverwaltungsdigitalisierungsvorhaben',
  'Daseinsvorsorge',
  'im',
  'ländlichen',
  'Raum',
  'für',
  'Ämter',
  'und',
  'Gemeinden',
  '„Smart & agil“',
  'Größe',
  'GROẞE',
  'papierlose',
  'Akte',
  'Interkommunale',
  'Zusammenarbeit',
];
const DISTRICTS = ['Main-Kinzig-Kreis', 'Kyffhäuserkreis', 'Rheingau-Taunus-Kreis', 'Märkisch-Oderland'];

/** Deterministic cards of varying length (a small LCG, so every run draws the same cards). */
function cards(n: number): OgCard[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const words = 3 + Math.floor(next() * 14);
    const title = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    return {
      lang: i % 3 === 0 ? 'en' : 'de',
      kind: KINDS[i % KINDS.length]!,
      title: `${title} ${i}`,
      meta: [DISTRICTS[i % DISTRICTS.length]!, `${1 + (i % 28)}. März 2026`],
    } satisfies OgCard;
  });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    mean,
    median: s[Math.floor(s.length / 2)]!,
    p95: s[Math.floor(s.length * 0.95)]!,
    min: s[0]!,
    max: s.at(-1)!,
  };
};
const fmt = (x: number) => x.toFixed(1).padStart(7);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Wall and CPU milliseconds of each call, by step name; bytes of the first round's output, by step name. */
const wall = new Map<string, number[]>();
const cpu = new Map<string, number[]>();
const bytes = new Map<string, number[]>();
async function timed<T>(step: string, f: () => Promise<T> | T): Promise<T> {
  const [w, c] = [performance.now(), cpuMs()];
  const result = await f();
  const add = (m: Map<string, number[]>, v: number) => m.set(step, [...(m.get(step) ?? []), v]);
  add(wall, performance.now() - w);
  add(cpu, cpuMs() - c);
  return result;
}
const noteBytes = (step: string, n: number) => bytes.set(step, [...(bytes.get(step) ?? []), n]);

/** zlib levels with its default strategy, for the table in render.ts (same writer, same pixels). */
const OTHER_LEVELS = [1, 2, 3, 4, 6];
/** How the site encoded before png.ts: sharp (libspng), alpha removed, level 4, no adaptive filtering. */
const SHARP_LEVEL = 4;
const encodeSharp = (r: Raster) =>
  sharp(r.pixels, { raw: { width: r.width, height: r.height, channels: r.channels } })
    .removeAlpha()
    .png({ compressionLevel: SHARP_LEVEL, adaptiveFiltering: false })
    .toBuffer();
const resvgOwnPng = (svg: string) =>
  Buffer.from(new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng());

const sample = cards(COUNT);
// The writer's first card in a process (a worker thread): it reads the fonts and fills the glyph cache.
const firstCpu = cpuMs();
cardSvg(sample[0]!);
const firstCardCpu = cpuMs() - firstCpu;
// Warm-up: loads Satori's layout engine's WebAssembly, both rasterisers, the encoders; draws the shared parts.
for (const r of RENDERERS) await encodeSharp(await rasterize(cardSvg(sample[0]!), r));
(await drawCard(sample[0]!)).encode(PNG_LEVEL, PNG_STRATEGY);
await rasterize(await satoriSvg(sample[0]!));

const WRITER = 'writer (card → SVG)';
const SATORI = 'satori (card → SVG), before';
const RASTER_SATORI = `raster ${DEFAULT_RENDERER} (Satori's SVG)`;
const PIECES = `pieces ${DEFAULT_RENDERER} (card → pixels)`;
const ENCODE = `encode zlib level ${PNG_LEVEL} RLE (site)`;
const ENCODE_BEFORE = `encode sharp level ${SHARP_LEVEL} (before)`;
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, card] of sample.entries()) {
    // Alternate which writer goes first, so neither always gets the warmer cache.
    const writers: [string, () => Promise<string> | string][] = [
      [WRITER, () => cardSvg(card)],
      [SATORI, () => satoriSvg(card)],
    ];
    const svgs = new Map<string, string>();
    for (const [name, write] of (i + round) % 2 === 0 ? writers : writers.reverse())
      svgs.set(name, await timed(name, write));
    const svg = svgs.get(WRITER)!;
    const order = (i + round) % 2 === 0 ? RENDERERS : [...RENDERERS].reverse();
    const rasters = new Map<Renderer, Raster>();
    for (const r of order) rasters.set(r, await timed(`raster ${r} (SVG → pixels)`, () => rasterize(svg, r)));
    // Satori's SVG (a path per line, the mark as an embedded image, masks) through the site's rasteriser.
    await timed(RASTER_SATORI, () => rasterize(svgs.get(SATORI)!));
    // The site: the card written as parts and drawn in pieces (its writer's time included).
    const picture: PngPicture = await timed(PIECES, () => drawCard(card));
    const pixels = rasters.get(DEFAULT_RENDERER)!;
    const encoders: [string, () => Promise<Buffer> | Buffer][] = [
      [ENCODE, () => picture.encode(PNG_LEVEL, PNG_STRATEGY)],
      ...OTHER_LEVELS.map((l): [string, () => Buffer] => [`encode zlib level ${l}`, () => picture.encode(l)]),
      [ENCODE_BEFORE, () => encodeSharp(pixels)],
      // resvg's own encoder includes its rasterising; its raster time is subtracted below.
      ['encode resvg asPng()', () => resvgOwnPng(svg)],
    ];
    for (const [name, encode] of (i + round) % 2 === 0 ? encoders : encoders.reverse()) {
      const png = await timed(name, encode);
      if (round === 0) noteBytes(name, png.length);
    }
  }
}
// resvg's asPng() figure above includes drawing; leave only the encoding.
const rasterResvg = 'raster resvg (SVG → pixels)';
for (const m of [wall, cpu]) {
  const drawn = m.get(rasterResvg)!;
  m.set(
    'encode resvg asPng()',
    m.get('encode resvg asPng()')!.map((v, i) => Math.max(0, v - drawn[i]!)),
  );
}

// Cache: first pass draws (default renderer), second pass only reads.
const dir = await mkdtemp(join(tmpdir(), 'bench-og-'));
let t = performance.now();
for (const card of sample) await cachedCardPng(card, { cacheDir: dir });
const coldMs = (performance.now() - t) / sample.length;
t = performance.now();
for (const card of sample) await cachedCardPng(card, { cacheDir: dir });
const hitMs = (performance.now() - t) / sample.length;
await rm(dir, { recursive: true, force: true });

const row = (label: string, xs: number[]) => {
  const x = stats(xs);
  return `${label.padEnd(32)} ${fmt(x.mean)} ${fmt(x.median)} ${fmt(x.p95)} ${fmt(x.min)} ${fmt(x.max)}`;
};
const site = (m: Map<string, number[]>) => m.get(PIECES)!.map((v, i) => v + m.get(ENCODE)![i]!);
const whole = (m: Map<string, number[]>, r: Renderer) =>
  m.get(WRITER)!.map((v, i) => v + m.get(`raster ${r} (SVG → pixels)`)![i]! + m.get(ENCODE_BEFORE)![i]!);
const satori = (m: Map<string, number[]>) =>
  m.get(SATORI)!.map((v, i) => v + m.get(RASTER_SATORI)![i]! + m.get(ENCODE_BEFORE)![i]!);
console.log(
  `Social images: ${COUNT} cards × ${ROUNDS} rounds, Node ${process.version}, load ${loadavg()[0]!.toFixed(2)}\n`,
);
for (const [title, m] of [
  ['wall ms per image', wall],
  ['CPU ms per image', cpu],
] as const) {
  console.log(`${title.padEnd(32)}    mean  median     p95     min     max`);
  for (const [step, xs] of m) console.log(row(step, xs));
  console.log(row(`site: pieces + zlib level ${PNG_LEVEL} RLE`, site(m)));
  for (const r of RENDERERS) console.log(row(`before: writer + ${r} + sharp ${SHARP_LEVEL}`, whole(m, r)));
  console.log(row(`satori + ${DEFAULT_RENDERER} + sharp ${SHARP_LEVEL}`, satori(m)));
  console.log('');
}
console.log(`${'KB per image'.padEnd(32)}    mean     min     max`);
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
for (const [step, xs] of bytes) {
  const x = stats(xs);
  console.log(`${step.padEnd(32)} ${kb(x.mean)} ${kb(x.min)} ${kb(x.max)}`);
}
console.log(`\nwriter's first card in a process (fonts read, glyph cache empty): ${firstCardCpu.toFixed(1)} ms CPU`);
console.log(
  `cache (${DEFAULT_RENDERER}): ${coldMs.toFixed(1)} ms per image drawn and stored, ${hitMs.toFixed(2)} ms per hit`,
);
const mean = (r: Renderer) => stats(cpu.get(`raster ${r} (SVG → pixels)`)!).mean;
const faster = RENDERERS.reduce((a, b) => (mean(a) <= mean(b) ? a : b));
console.log(`faster rasteriser in this run (CPU): ${faster}; the site uses: ${DEFAULT_RENDERER}`);

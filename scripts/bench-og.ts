/**
 * Social-image benchmark: milliseconds per image for Satori (card → SVG) and for both SVG → PNG
 * renderers (@resvg/resvg-js and sharp), measured in the same run on the same cards, interleaved so
 * that neither gets a warmer machine; bytes per image; and what a cache hit costs.
 *
 *   npm run bench:og                 # 60 cards, 3 rounds
 *   npx node scripts/bench-og.ts --cards 200 --rounds 5
 *
 * Prints figures only; it asserts nothing (speed is not a test).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { OgCard } from '../src/lib/og/card.ts';
import { cachedCardPng, cardSvg, DEFAULT_RENDERER, RENDERERS, svgToPng, type Renderer } from '../src/lib/og/render.ts';

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

const sample = cards(COUNT);
// Warm-up: loads fonts, the layout engine's WebAssembly, both renderers.
for (const r of RENDERERS) await svgToPng(await cardSvg(sample[0]!), r);

const satoriMs: number[] = [];
const pngMs: Record<Renderer, number[]> = { resvg: [], sharp: [] };
const bytes: Record<Renderer, number[]> = { resvg: [], sharp: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, card] of sample.entries()) {
    let t = performance.now();
    const svg = await cardSvg(card);
    satoriMs.push(performance.now() - t);
    // Alternate which renderer goes first, so neither always gets the warmer cache.
    const order = (i + round) % 2 === 0 ? RENDERERS : [...RENDERERS].reverse();
    for (const r of order) {
      t = performance.now();
      const png = await svgToPng(svg, r);
      pngMs[r].push(performance.now() - t);
      if (round === 0) bytes[r].push(png.length);
    }
  }
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

const s = stats(satoriMs);
console.log(`Social images: ${COUNT} cards × ${ROUNDS} rounds, Node ${process.version}\n`);
console.log('ms per image            mean  median     p95     min     max');
console.log(`satori (card → SVG)  ${fmt(s.mean)} ${fmt(s.median)} ${fmt(s.p95)} ${fmt(s.min)} ${fmt(s.max)}`);
for (const r of RENDERERS) {
  const x = stats(pngMs[r]);
  console.log(
    `${`${r} (SVG → PNG)`.padEnd(20)} ${fmt(x.mean)} ${fmt(x.median)} ${fmt(x.p95)} ${fmt(x.min)} ${fmt(x.max)}`,
  );
}
for (const r of RENDERERS) {
  const x = stats(pngMs[r].map((v, i) => v + satoriMs[i]!));
  console.log(
    `${`total with ${r}`.padEnd(20)} ${fmt(x.mean)} ${fmt(x.median)} ${fmt(x.p95)} ${fmt(x.min)} ${fmt(x.max)}`,
  );
}
console.log('\nbytes per image         mean     min     max');
for (const r of RENDERERS) {
  const x = stats(bytes[r]);
  console.log(
    `${r.padEnd(20)} ${String(Math.round(x.mean)).padStart(7)} ${String(x.min).padStart(7)} ${String(x.max).padStart(7)}`,
  );
}
console.log(
  `\ncache (${DEFAULT_RENDERER}): ${coldMs.toFixed(1)} ms per image drawn and stored, ${hitMs.toFixed(2)} ms per hit`,
);
const faster = RENDERERS.reduce((a, b) => (stats(pngMs[a]).mean <= stats(pngMs[b]).mean ? a : b));
console.log(`faster renderer in this run: ${faster}; the site uses: ${DEFAULT_RENDERER}`);

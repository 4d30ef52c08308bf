/**
 * One thread of the social-image pool (pool.ts): draws a card and puts it into the cache. Runs in a worker
 * thread as plain Node (type stripping), outside Vite's bundle, so it imports only what Node can load itself.
 */
import type { OgCard } from './card.ts';
import { renderCard, storePng, type Renderer } from './render.ts';
import { runInBackground } from '../background.ts';

// The pages wait for nobody but the main thread; the images fill what it leaves (src/lib/background.ts).
runInBackground();

export interface DrawTask {
  card: OgCard;
  /** The card's cache file (render.ts `cardFile`). */
  file: string;
  renderer: Renderer;
}

export default async function draw({ card, file, renderer }: DrawTask): Promise<void> {
  // The pool has made the cache folder.
  await storePng(file, await renderCard(card, renderer), { ensureDir: false });
}

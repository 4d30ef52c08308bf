/**
 * The choices the server offers (topics, districts) come from the built site's feed,
 * read again at most every few minutes so a new build shows up without a restart.
 * If the feed cannot be read the last good copy is kept; the problem is logged once.
 */
import { loadFeed, type Catalogue } from './feed.ts';

export function cachedCatalogue(
  location: string,
  ttlMs: number,
  log: (line: string) => void,
): () => Promise<Catalogue | undefined> {
  let last: Catalogue | undefined;
  let loadedAt = -Infinity;
  let warned = false;
  return async () => {
    if (Date.now() - loadedAt < ttlMs) return last;
    loadedAt = Date.now();
    try {
      const feed = await loadFeed(location);
      last = { topics: feed.topics, districts: feed.districts };
      warned = false;
    } catch (error) {
      if (!warned) log(`${(error as Error).message}\nThe preference pages offer only what subscribers already chose.`);
      warned = true;
    }
    return last;
  };
}

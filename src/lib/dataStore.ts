/**
 * Astro keeps the content it synced in `<cache dir>/data-store.json` between builds — and keeps a collection in it
 * after the collection is gone from the config: the next build then fails resolving a module of the removed
 * collection's files (`Rolldown failed to resolve import "astro:content-layer-deferred-module…"`; found when a trial
 * collection was added and taken out again). So the collections the store was made with are noted beside it
 * (`collections.json`), and when the registry's differ, the store is dropped and Astro syncs the content anew.
 *
 *   dropStaleDataStore(cacheDir, COLLECTIONS)   // true when it dropped the store
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function dropStaleDataStore(cacheDir: string, collections: readonly string[]): boolean {
  const store = join(cacheDir, 'data-store.json');
  const note = join(cacheDir, 'collections.json');
  const now = JSON.stringify([...collections].sort());
  let before: string | undefined;
  try {
    before = readFileSync(note, 'utf8');
  } catch {
    before = undefined; // not noted yet: a store of unknown make is dropped once
  }
  if (before === now) return false;
  const dropped = existsSync(store);
  rmSync(store, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(note, now);
  return dropped;
}

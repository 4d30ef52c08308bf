import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { dropStaleDataStore } from './dataStore.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function cache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'praxis-data-store-'));
  dirs.push(dir);
  return dir;
}

test('the store is kept while the collections stay, and dropped when one is added or taken out', () => {
  const dir = cache();
  const store = join(dir, 'data-store.json');
  expect(dropStaleDataStore(dir, ['posts', 'topics'])).toBe(false); // nothing there yet
  writeFileSync(store, '[]');
  expect(dropStaleDataStore(dir, ['topics', 'posts'])).toBe(false); // same collections, other order
  expect(existsSync(store)).toBe(true);
  expect(dropStaleDataStore(dir, ['posts', 'topics', 'events'])).toBe(true);
  expect(existsSync(store)).toBe(false);
  writeFileSync(store, '[]');
  expect(dropStaleDataStore(dir, ['posts', 'topics'])).toBe(true); // taken out again
  expect(existsSync(store)).toBe(false);
});

test('a store without a note of its collections is dropped once', () => {
  const dir = cache();
  writeFileSync(join(dir, 'data-store.json'), '[]');
  expect(dropStaleDataStore(dir, ['posts'])).toBe(true);
  writeFileSync(join(dir, 'data-store.json'), '[]');
  expect(dropStaleDataStore(dir, ['posts'])).toBe(false);
});

/**
 * "What is new": the real Astro build writes /new-entries.json from a small content folder
 * with a published post in each language, a draft, a post dated after the build's "now"
 * (PRAXIS_NOW) and a report; the digest's own reader must accept the file.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadFeed, type Feed } from '../../src/lib/newsletter/feed.ts';
import { tempDir } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
let feed: Feed;
let remove: () => Promise<void> = async () => {};

beforeAll(async () => {
  const tmp = await tempDir();
  remove = tmp.remove;
  const out = join(tmp.dir, 'dist');
  const logFile = join(tmp.dir, 'build.log');
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PRAXIS_CONTENT_DIR: join(ROOT, 'tests/newsletter/fixtures/content'),
      PRAXIS_NOW: '2025-06-02',
      PRAXIS_OUT_DIR: out,
      PRAXIS_CACHE_DIR: join(tmp.dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`astro build failed:\n${(await readFile(logFile, 'utf8')).slice(-3000)}`);
  feed = await loadFeed(out);
}, 300_000);

afterAll(() => remove());

test('the build lists published entries of both languages with absolute addresses, and no draft or future entry', () => {
  const ids = feed.entries.map((e) => e.id).sort();
  expect(ids).toEqual(['posts/de/veroeffentlicht', 'posts/en/published', 'reports/de/bericht', 'reports/en/bericht']);
  expect(feed.entries.find((e) => e.id === 'posts/de/veroeffentlicht')).toEqual({
    id: 'posts/de/veroeffentlicht',
    kind: 'posts',
    lang: 'de',
    title: '„Papierlos“ im Kyffhäuserkreis',
    teaser: 'Ein veröffentlichter Beitrag mit Umlauten und „Anführungszeichen“ für den Newsletter.',
    url: 'https://praxisdialog.example/blog/veroeffentlicht/',
    date: '2025-06-01T00:00:00.000Z',
    topics: ['sozialverwaltung'],
    districts: ['16065'],
  });
  expect(feed.entries.find((e) => e.id === 'reports/en/bericht')).toMatchObject({
    kind: 'reports',
    lang: 'en',
    title: 'Paperless social administration – final report',
    url: 'https://praxisdialog.example/en/reports/bericht/',
  });
});

test('the build lists the choices for the preference page: topics with both labels, districts by name', () => {
  expect(feed.topics).toEqual([
    { id: 'sozialverwaltung', label: { de: 'Sozialverwaltung', en: 'Social administration' } },
  ]);
  expect(feed.districts).toEqual([{ ags: '16065', name: 'Kyffhäuserkreis' }]);
});

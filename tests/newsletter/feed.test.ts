/**
 * "What is new": the real Astro build writes /new-entries.json from a small content folder
 * with a published post in each language, a draft, a post dated after the build's "now"
 * (PRAXIS_NOW) and a report; the digest's own reader must accept the file.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FeedError, loadFeed, type Feed } from '../../src/lib/newsletter/feed.ts';
import { astroBuild, REPO_ROOT } from '../helpers/astro.ts';

let feed: Feed;
let remove: () => Promise<void> = async () => {};

beforeAll(async () => {
  const build = await astroBuild({
    contentDir: join(REPO_ROOT, 'tests/newsletter/fixtures/content'),
    // No social images: the digest's file does not depend on them, and drawing them cost 3 s of CPU.
    env: { PRAXIS_NOW: '2025-06-02', PRAXIS_OG: '0' },
  });
  remove = () => rm(build.tmp, { recursive: true, force: true });
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output.slice(-3000)}`);
  feed = await loadFeed(build.outDir);
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

test('the digest reads the same list from a web address', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(feed));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/new-entries.json`;
    expect(await loadFeed(url)).toEqual(feed);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('a broken list is refused with the place of each problem', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...feed, entries: [{ ...feed.entries[0], url: 'blog/x/', lang: 'fr' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/new-entries.json`;
    const error = await loadFeed(url).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toContain(`${url} is not a valid list of new entries`);
    expect((error as Error).message).toMatch(/entries\.0\.lang:/u);
    expect((error as Error).message).toMatch(/entries\.0\.url:/u);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('the build lists the choices for the preference page: topics with both labels, districts by name', () => {
  expect(feed.topics).toEqual([
    { id: 'sozialverwaltung', label: { de: 'Sozialverwaltung', en: 'Social administration' } },
  ]);
  expect(feed.districts).toEqual([{ ags: '16065', name: 'Kyffhäuserkreis' }]);
});

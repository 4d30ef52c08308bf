/**
 * The subscription endpoints over real HTTP: a node:http server on loopback with a real
 * SQLite file, sending its confirmation e-mails to a real SMTP server on loopback.
 * The clock is the only thing the test controls, to let tokens expire.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cachedCatalogue } from '../../src/lib/newsletter/catalogue.ts';
import type { NewsletterConfig } from '../../src/lib/newsletter/config.ts';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { planDigest, sendDigest } from '../../src/lib/newsletter/digest.ts';
import { createMailer, type Mailer } from '../../src/lib/newsletter/mailer.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import { createHandler } from '../../src/server/app.ts';
import {
  entry,
  feedOf,
  parse,
  rawHeader,
  startSink,
  tempDir,
  testConfig,
  until,
  writeFeed,
  type Sink,
} from './helpers.ts';

interface World {
  base: string;
  config: NewsletterConfig;
  store: SqliteStore;
  sink: Sink;
  mailer: Mailer;
  clock: { now: Date };
  close: () => Promise<void>;
}

async function world(overrides: Partial<NewsletterConfig> = {}): Promise<World> {
  const tmp = await tempDir();
  const sink = await startSink();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  // The server lives under a path, as behind a reverse proxy, so every link must carry it.
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nl`;
  const config = testConfig(tmp.dir, sink.port, { newsletterUrl: base, ...overrides });
  await writeFeed(tmp.dir, feedOf([]));
  const store = new SqliteStore(config.dbPath);
  const mailer = createMailer(config.smtp);
  const clock = { now: new Date('2025-06-01T08:00:00Z') };
  const handler = createHandler({
    config,
    store,
    mailer,
    catalogue: cachedCatalogue(config.feed, 60_000, () => {}),
    now: () => clock.now,
    log: () => {},
  });
  server.on('request', (req, res) => void handler(req, res));
  return {
    base,
    config,
    store,
    sink,
    mailer,
    clock,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      mailer.close();
      await store.close();
      await sink.close();
      await tmp.remove();
    },
  };
}

const SIGNUP = {
  ui: 'de',
  lang: 'de',
  frequency: 'weekly',
  consent: 'yes',
  consentVersion: CURRENT_CONSENT_VERSION,
};

function form(fields: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) params.append(k, x);
  return params;
}

const post = (url: string, fields: Record<string, string | string[]>) =>
  fetch(url, { method: 'POST', body: form(fields), redirect: 'manual' });

/** The confirmation link from the n-th e-mail to `to`. */
async function confirmationLink(w: World, to: string, n = 1): Promise<string> {
  await until(() => w.sink.received.filter((m) => m.to.includes(to)).length >= n, `confirmation e-mail ${n} to ${to}`);
  const mail = await parse(w.sink.received.filter((m) => m.to.includes(to))[n - 1]!);
  const link = /https?:\/\/\S+\/confirm\?token=[\w-]+/u.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`no confirmation link in:\n${mail.text}`);
  return link;
}

async function subscribeAndConfirm(w: World, email: string, extra: Record<string, string | string[]> = {}) {
  const answer = await post(`${w.base}/api/subscribe`, { ...SIGNUP, email, ...extra });
  expect(answer.status).toBe(200);
  const link = await confirmationLink(w, email);
  const token = new URL(link).searchParams.get('token')!;
  const confirmed = await post(`${w.base}/confirm`, { token });
  expect(confirmed.status).toBe(200);
  const page = await confirmed.text();
  const preferences = /href="([^"]+\/preferences\?t=[^"]+)"/u.exec(page)?.[1]?.replaceAll('&amp;', '&');
  if (!preferences) throw new Error('no preference link on the confirmation page');
  return { token, preferences, page };
}

function hasNoTrace(html: string): void {
  expect(html).not.toMatch(/\bat [\w.<>]+ \(|node:internal|Error:|TypeError/u);
}

let w: World;
afterEach(async () => w?.close());

describe('sign-up and double opt-in', () => {
  beforeEach(async () => {
    w = await world();
  });

  test('a reader signs up, gets one confirmation e-mail, confirms with one click and the proof of consent is kept', async () => {
    const answer = await post(`${w.base}/api/subscribe`, {
      ...SIGNUP,
      email: '  Anna.Schmidt@Kyffhaeuser.example ',
      topics: ['sozialverwaltung'],
      districts: ['16065'],
      kinds: ['practices'],
    });
    expect(answer.status).toBe(200);
    const page = await answer.text();
    expect(page).toContain('Bitte bestätigen Sie Ihre Anmeldung');
    expect(answer.headers.get('set-cookie')).toBeNull();

    const link = await confirmationLink(w, 'anna.schmidt@kyffhaeuser.example');
    const mail = await parse(w.sink.received[0]!);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Anmeldung zum Praxisdialog-Newsletter');
    expect(mail.html).toContain(link.replaceAll('&', '&amp;'));
    // Nothing is sent before confirmation: no one is active, a digest run finds no one.
    expect(await w.store.activeSubscribers()).toEqual([]);
    expect(
      await planDigest(w.store, feedOf([entry({ id: 'posts/de/neu' })]), new Date('2025-06-03T00:00:00Z')),
    ).toEqual([]);

    // Opening the link only shows a button, so a link scanner cannot confirm for the reader.
    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    const prompt = await opened.text();
    expect(prompt).toContain('Ja, Anmeldung bestätigen');
    expect(prompt).toContain('anna.schmidt@kyffhaeuser.example');
    expect(await w.store.activeSubscribers()).toEqual([]);

    w.clock.now = new Date('2025-06-01T08:05:00Z');
    const token = new URL(link).searchParams.get('token')!;
    const confirmed = await post(`${w.base}/confirm`, { token });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Anmeldung bestätigt');

    const [active] = await w.store.activeSubscribers();
    expect(active).toMatchObject({
      email: 'anna.schmidt@kyffhaeuser.example',
      lang: 'de',
      frequency: 'weekly',
      interests: { topics: ['sozialverwaltung'], districts: ['16065'], kinds: ['practices'] },
      confirmedAt: '2025-06-01T08:05:00.000Z',
    });
    expect(await w.store.proof('anna.schmidt@kyffhaeuser.example')).toEqual([
      expect.objectContaining({
        requestedAt: '2025-06-01T08:00:00.000Z',
        confirmedAt: '2025-06-01T08:05:00.000Z',
        consentVersion: CURRENT_CONSENT_VERSION,
        consentLang: 'de',
      }),
    ]);
  });

  test('a confirmation link works once, and not at all once it has expired', async () => {
    await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'einmal@kreis.example' });
    const token = new URL(await confirmationLink(w, 'einmal@kreis.example')).searchParams.get('token')!;
    expect((await post(`${w.base}/confirm`, { token })).status).toBe(200);
    const again = await post(`${w.base}/confirm`, { token });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('bereits verwendet');

    await post(`${w.base}/api/subscribe`, { ...SIGNUP, ui: 'en', lang: 'en', email: 'spaet@kreis.example' });
    const late = await confirmationLink(w, 'spaet@kreis.example');
    w.clock.now = new Date(w.clock.now.getTime() + 49 * 3_600_000);
    const opened = await fetch(late);
    expect(opened.status).toBe(410);
    expect(await opened.text()).toContain('This confirmation link has expired');
    const used = await post(`${w.base}/confirm`, { token: new URL(late).searchParams.get('token')! });
    expect(used.status).toBe(410);
    expect((await w.store.activeSubscribers()).map((s) => s.email)).toEqual(['einmal@kreis.example']);
  });

  test('a made-up confirmation token is refused with a sentence', async () => {
    const made = await post(`${w.base}/confirm`, { token: 'A'.repeat(43) });
    expect(made.status).toBe(404);
    const page = await made.text();
    expect(page).toContain('Dieser Link ist ungültig');
    hasNoTrace(page);
    const garbage = await fetch(`${w.base}/confirm?token=%00%FF<script>`);
    expect(garbage.status).toBe(400);
    expect(await garbage.text()).not.toContain('<script>');
  });

  test('the answer is the same for a subscribed and an unknown address', async () => {
    await subscribeAndConfirm(w, 'bekannt@kreis.example');
    const known = await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'bekannt@kreis.example' });
    const unknown = await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'unbekannt@kreis.example' });
    expect(known.status).toBe(unknown.status);
    const a = (await known.text()).replaceAll('bekannt@kreis.example', 'ADDRESS');
    const b = (await unknown.text()).replaceAll('unbekannt@kreis.example', 'ADDRESS');
    expect(a).toBe(b);
    expect([...known.headers.keys()].sort()).toEqual([...unknown.headers.keys()].sort());
  });
});

describe('bad input', () => {
  beforeEach(async () => {
    w = await world();
  });

  test('every problem is named in the reader’s language, the form comes back filled in, and nothing is stored', async () => {
    const answer = await post(`${w.base}/api/subscribe`, {
      ui: 'de',
      email: 'kein-at-zeichen.example',
      lang: 'fr',
      frequency: 'daily',
      topics: ['gibt-es-nicht'],
      districts: ['1234'],
      consentVersion: CURRENT_CONSENT_VERSION,
    });
    expect(answer.status).toBe(400);
    const page = await answer.text();
    for (const message of [
      'E-Mail-Adresse: Bitte geben Sie eine gültige Adresse',
      'Sprache: Bitte wählen Sie Deutsch oder Englisch.',
      'Häufigkeit: Bitte wählen Sie',
      'Themen: „gibt-es-nicht“ gibt es nicht.',
      'Kreise: „1234“ gibt es nicht.',
      'Einwilligung: Bitte setzen Sie das Häkchen',
    ]) {
      expect(page).toContain(message);
    }
    expect(page).toContain('value="kein-at-zeichen.example"');
    expect(page).toContain('href="#field-email"');
    hasNoTrace(page);
    expect(await w.store.proof('kein-at-zeichen.example')).toEqual([]);
    expect(w.sink.received).toEqual([]);

    const english = await post(`${w.base}/api/subscribe`, { ...SIGNUP, ui: 'en', email: 'a@b', consent: '' });
    expect(english.status).toBe(400);
    const text = await english.text();
    expect(text).toContain('E-mail address: please enter a valid address');
    expect(text).toContain('Consent: please tick the box');
    expect(text).toContain('lang="en"');
  });

  test('a JSON body, an oversized body and a wrong method get clear answers', async () => {
    const json = await fetch(`${w.base}/api/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@kreis.example' }),
    });
    expect(json.status).toBe(400);
    expect(await json.text()).toContain('E-Mail-Adresse: Bitte geben Sie eine gültige Adresse');

    const huge = await post(`${w.base}/api/subscribe`, {
      ...SIGNUP,
      email: 'x@kreis.example',
      topics: 'a'.repeat(40_000),
    });
    expect(huge.status).toBe(413);
    hasNoTrace(await huge.text());

    const get = await fetch(`${w.base}/api/subscribe`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(w.sink.received).toEqual([]);
  });
});

describe('preferences and unsubscribe', () => {
  beforeEach(async () => {
    w = await world();
  });

  test('the preference page changes language, frequency and interests, and refuses unknown choices', async () => {
    const { preferences } = await subscribeAndConfirm(w, 'pref@kreis.example');
    const page = await fetch(preferences);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Einstellungen für pref@kreis.example');
    expect(html).toMatch(/value="weekly" checked/u);
    const t = new URL(preferences).searchParams.get('t')!;

    const saved = await post(`${w.base}/preferences`, {
      t,
      ui: 'en',
      lang: 'en',
      frequency: 'monthly',
      topics: ['beteiligung'],
      kinds: ['posts', 'reports'],
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Your settings have been saved.');
    const [sub] = await w.store.activeSubscribers();
    expect(sub).toMatchObject({
      lang: 'en',
      frequency: 'monthly',
      interests: { topics: ['beteiligung'], districts: [], kinds: ['posts', 'reports'] },
    });

    const refused = await post(`${w.base}/preferences`, {
      t,
      ui: 'de',
      lang: 'de',
      frequency: 'weekly',
      kinds: ['podcasts'],
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Arten von Einträgen: „podcasts“ gibt es nicht.');
    expect((await w.store.activeSubscribers())[0]).toMatchObject({ lang: 'en', frequency: 'monthly' });
  });

  test('a forged or altered manage link is refused', async () => {
    const { preferences } = await subscribeAndConfirm(w, 'echt@kreis.example');
    const t = new URL(preferences).searchParams.get('t')!;
    const otherId = `2.${t.split('.')[1]}`;
    for (const token of [otherId, `${t.slice(0, -2)}AA`, 'nonsense']) {
      const page = await fetch(`${w.base}/preferences?t=${encodeURIComponent(token)}`);
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('Dieser Link ist ungültig');
      const unsub = await fetch(`${w.base}/unsubscribe?t=${encodeURIComponent(token)}`, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(unsub.status).toBe(400);
    }
    expect(await w.store.activeSubscribers()).toHaveLength(1);
  });

  test('one-click unsubscribe from the List-Unsubscribe header of a real digest (RFC 8058): POST, no cookie, 200, no redirect', async () => {
    await subscribeAndConfirm(w, 'weg@kreis.example');
    const feed = feedOf([entry({ id: 'posts/de/neu', title: 'Neu' })]);
    const jobs = await planDigest(w.store, feed, new Date('2025-06-03T00:00:00Z'));
    await sendDigest(jobs, feed, w.config, w.store, {
      mailer: w.mailer,
      retries: 0,
      retryDelayMs: 0,
      now: () => new Date('2025-06-03T00:00:00Z'),
    });
    const digest = await parse(w.sink.received.at(-1)!);
    expect(rawHeader(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const raw = rawHeader(digest, 'List-Unsubscribe') ?? '';
    const url = /^<(http[^>]+)>$/u.exec(raw)?.[1];
    expect(url, `List-Unsubscribe: ${raw}`).toBeDefined();

    // What a mail client does: POST the fixed body to the header's address, with no cookie.
    const answer = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('location')).toBeNull();
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(await answer.text()).toContain('Sie sind abgemeldet');
    expect(await w.store.activeSubscribers()).toEqual([]);

    // The visible link in the e-mail leads to the same address; opening it after the fact says so.
    expect(digest.text).toContain(url!);
    expect(await (await fetch(url!)).text()).toContain('Sie sind abgemeldet');
    const prefs = await fetch(url!.replace('/unsubscribe?', '/preferences?'));
    expect(await prefs.text()).toContain('Diese Adresse ist nicht angemeldet.');
    expect(await planDigest(w.store, feed, new Date('2025-06-20T00:00:00Z'))).toEqual([]);
  });

  test('an old confirmation link cannot undo a later unsubscribe', async () => {
    await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'zweimal@kreis.example' });
    await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'zweimal@kreis.example' });
    const first = new URL(await confirmationLink(w, 'zweimal@kreis.example', 1)).searchParams.get('token')!;
    const second = new URL(await confirmationLink(w, 'zweimal@kreis.example', 2)).searchParams.get('token')!;
    w.clock.now = new Date('2025-06-01T09:00:00Z');
    expect((await post(`${w.base}/confirm`, { token: first })).status).toBe(200);
    const [sub] = await w.store.activeSubscribers();
    await w.store.unsubscribe(sub!.id, new Date('2025-06-01T10:00:00Z'));
    w.clock.now = new Date('2025-06-01T11:00:00Z');
    expect((await post(`${w.base}/confirm`, { token: second })).status).toBe(410);
    expect(await w.store.activeSubscribers()).toEqual([]);
  });
});

describe('rate limits', () => {
  test('a client that sends too many sign-ups is told to wait; an address gets only so many confirmation e-mails', async () => {
    w = await world({ clientLimit: 4, addressLimit: 2 });
    const answers = [];
    for (let i = 0; i < 3; i += 1)
      answers.push(await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'oft@kreis.example' }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const pages = await Promise.all(answers.map((a) => a.text()));
    expect(new Set(pages).size).toBe(1);
    expect(await w.store.proof('oft@kreis.example')).toHaveLength(2);

    expect((await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'anders@kreis.example' })).status).toBe(200);
    await until(
      () =>
        w.sink.received.some((m) => m.to.includes('anders@kreis.example')) &&
        w.sink.received.filter((m) => m.to.includes('oft@kreis.example')).length >= 2,
      'confirmation e-mails',
    );
    expect(w.sink.received.filter((m) => m.to.includes('oft@kreis.example'))).toHaveLength(2);

    const blocked = await post(`${w.base}/api/subscribe`, { ...SIGNUP, email: 'noch-einer@kreis.example' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toContain('Zu viele Anfragen');
    expect(await w.store.proof('noch-einer@kreis.example')).toEqual([]);
  });
});

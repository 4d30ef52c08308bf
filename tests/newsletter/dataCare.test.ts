/**
 * Data care as the operator runs it (docs/operations.md): `npm run newsletter:backup` while the server runs,
 * the database deleted, `npm run newsletter:restore` — and the subscribers and the delivery ledger are as they
 * were; the restore's refusals; `npm run newsletter:purge` deleting and reducing what its retention periods
 * say and keeping the proof of consent. Real server process, real SMTP server on loopback, real SQLite files.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, test } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { proofHash } from '../../src/lib/newsletter/purge.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import { hashToken } from '../../src/lib/newsletter/tokens.ts';
import { freePort } from '../production/stack.ts';
import { entry, feedOf, parse, startSink, tempDir, testEnv, until, writeFeed } from './helpers.ts';
import { runScript, startServerProcess } from './scripts.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** Everything the store knows about people, row by row, for comparing before and after. */
function dump(file: string): { subscribers: unknown[]; signups: unknown[]; deliveries: unknown[]; events: unknown[] } {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return {
      subscribers: all('SELECT * FROM subscribers ORDER BY id'),
      signups: all('SELECT * FROM signups ORDER BY id'),
      deliveries: all('SELECT * FROM deliveries ORDER BY subscriber_id, entry_id'),
      events: all('SELECT * FROM events ORDER BY id'),
    };
  } finally {
    db.close();
  }
}

async function setUp() {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  const sink = await startSink();
  cleanups.push(() => sink.close());
  const today = new Date().toISOString().slice(0, 10);
  await writeFeed(tmp.dir, feedOf([entry({ id: 'posts/de/neu', date: `${today}T00:00:00.000Z` })]));
  const env: Record<string, string> = {
    ...testEnv(tmp.dir, sink.port),
    PRAXIS_NEWSLETTER_HOST: '127.0.0.1',
    PRAXIS_NEWSLETTER_PORT: String(await freePort()),
    PRAXIS_NEWSLETTER_DRAIN_SECONDS: '1',
  };
  return { dir: tmp.dir, sink, env, db: env.PRAXIS_NEWSLETTER_DB! };
}

describe('backup and restore', () => {
  test('backup while the server runs → database deleted → restore: subscribers and delivery ledger intact', async () => {
    const { dir, sink, env, db } = await setUp();
    const server = await startServerProcess(env);
    cleanups.push(() => server.stop());
    const emails = ['anna@kreis.example', 'ben@stadt.example', 'cem@gemeinde.example'];
    for (const email of emails) {
      const answer = await fetch(`${server.url}/api/subscribe`, {
        method: 'POST',
        body: new URLSearchParams({
          ui: 'de',
          lang: 'de',
          frequency: 'weekly',
          consent: 'yes',
          email,
          consentVersion: CURRENT_CONSENT_VERSION,
        }),
      });
      expect(answer.status).toBe(200);
    }
    await until(() => sink.received.length === emails.length, 'the confirmation e-mails');
    for (const message of sink.received.splice(0)) {
      const token = /confirm\?token=([\w-]{43})/u.exec((await parse(message)).text ?? '')![1]!;
      const confirmed = await fetch(`${server.url}/confirm`, { method: 'POST', body: new URLSearchParams({ token }) });
      expect(confirmed.status).toBe(200);
    }
    const now = new Date(Date.now() + 3_600_000).toISOString();
    const digest = await runScript('digest', ['--send', '--now', now], env);
    expect(digest.code, digest.output).toBe(0);
    expect(sink.received).toHaveLength(emails.length);
    const before = dump(db);
    expect(before.subscribers).toHaveLength(3);
    expect(before.deliveries).toHaveLength(3);

    // Online: the server keeps running (and answering) during the backup.
    const target = join(dir, 'copies', 'heute.sqlite');
    await runScript('newsletter-backup', [], env).then((r) => expect(r.code, r.output).toBe(0));
    // One whole file in the backup folder, nothing beside it (no -wal, -shm or partial copy left behind).
    const backups = await readdir(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^newsletter-\d{8}T\d{6}Z\.sqlite$/u);
    const named = await runScript('newsletter-backup', ['--to', join(dir, 'heute.sqlite')], env);
    expect(named.code, named.output).toBe(0);
    expect(named.output).toContain('3 subscribers');
    expect((await stat(join(dir, 'heute.sqlite'))).mode & 0o777).toBe(0o600);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(existsSync(target)).toBe(false);

    // The restore refuses while the server runs, and leaves the database alone.
    const busy = await runScript('newsletter-restore', [join(dir, 'heute.sqlite')], env);
    expect(busy.code).toBe(1);
    expect(busy.output).toMatch(/answers on 127\.0\.0\.1:\d+: stop it/u);
    expect(dump(db)).toEqual(before);

    expect(await server.stop()).toBe(0);
    for (const file of [db, `${db}-wal`, `${db}-shm`]) await rm(file, { force: true });
    const restored = await runScript('newsletter-restore', [join(dir, 'heute.sqlite')], env);
    expect(restored.code, restored.output).toBe(0);
    expect(dump(db)).toEqual(before);
    expect((await stat(db)).mode & 0o777).toBe(0o600);

    // The restored database works: the server starts on it, and a second digest run sends nothing twice.
    const again = await runScript('digest', ['--send', '--now', now], env);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('0 subscribers due');
    expect(sink.received).toHaveLength(emails.length);
  });

  test('the restore refuses what is not an intact newsletter database of a known version', async () => {
    const { dir, env, db } = await setUp();
    const store = new SqliteStore(db);
    await store.close();
    const original = await readFile(db);
    const cases: [string, (file: string) => Promise<void>, RegExp][] = [
      [
        'text.sqlite',
        (f) => writeFile(f, 'subscribers,anna@kreis.example\n'),
        /is not an SQLite database|cannot be opened/u,
      ],
      ['empty.sqlite', async (f) => new DatabaseSync(f).close(), /schema version 0 \(known: 1 to 3\)/u],
      [
        'future.sqlite',
        async (f) => {
          const other = new DatabaseSync(f);
          other.exec('CREATE TABLE subscribers (id INTEGER); PRAGMA user_version = 99');
          other.close();
        },
        /schema version 99 \(known: 1 to 3; a newer release wrote it\)/u,
      ],
      [
        'partial.sqlite',
        async (f) => {
          const other = new DatabaseSync(f);
          other.exec('CREATE TABLE subscribers (id INTEGER); PRAGMA user_version = 3');
          other.close();
        },
        /the table\(s\) signups, deliveries, events, outbox, limits, submissions are missing/u,
      ],
      ['missing.sqlite', async () => {}, /missing\.sqlite does not exist/u],
    ];
    for (const [name, make, message] of cases) {
      const file = join(dir, name);
      await make(file);
      const result = await runScript('newsletter-restore', [file], env);
      expect(result.code, name).toBe(1);
      expect(result.output, name).toMatch(message);
      expect((await readFile(db)).equals(original), `${name}: the database is unchanged`).toBe(true);
    }
  });
});

describe('purge', () => {
  test('deletes expired sign-ups, reduces old unsubscriptions to a hash with their proof, keeps the rest', async () => {
    const { env, db } = await setUp();
    const store = new SqliteStore(db);
    const at = (iso: string) => new Date(iso);
    const prefs = {
      lang: 'de' as const,
      frequency: 'weekly' as const,
      interests: { topics: ['beteiligung'], districts: [], kinds: [] },
    };
    async function signup(email: string, when: string, token: string): Promise<number> {
      const { subscriberId } = await store.recordSignup({
        ...prefs,
        email,
        requestedAt: at(when),
        consentVersion: CURRENT_CONSENT_VERSION,
        consentLang: 'de',
        tokenHash: hashToken(token),
        expiresAt: new Date(at(when).getTime() + 48 * 3_600_000),
        nonce: `nonce-${token}`,
      });
      return subscriberId!;
    }
    const t = (n: number) => String(n).padStart(43, 'x');
    // Never confirmed; its link expired long ago.
    await signup('nie@kreis.example', '2026-01-02T09:00:00Z', t(1));
    // Active reader.
    const active = await signup('aktiv@kreis.example', '2026-01-02T09:00:00Z', t(2));
    await store.confirmSignup(hashToken(t(2)), at('2026-01-02T10:00:00Z'));
    await store.recordDelivery({
      subscriberId: active,
      entryIds: ['posts/de/a'],
      messageId: '<a@x>',
      sentAt: at('2026-01-05T06:00:00Z'),
    });
    // Unsubscribed 50 days before the purge: reduced.
    const gone = await signup('weg@kreis.example', '2026-01-02T09:00:00Z', t(3));
    await store.confirmSignup(hashToken(t(3)), at('2026-01-02T11:00:00Z'));
    await store.recordDelivery({
      subscriberId: gone,
      entryIds: ['posts/de/a'],
      messageId: '<b@x>',
      sentAt: at('2026-01-05T06:00:00Z'),
    });
    await store.updatePreferences(gone, { ...prefs, frequency: 'monthly' }, at('2026-01-03T00:00:00Z'));
    await store.unsubscribe(gone, at('2026-01-10T12:00:00Z'));
    // Unsubscribed 10 days before: kept as it is.
    const recent = await signup('neulich@kreis.example', '2026-01-02T09:00:00Z', t(4));
    await store.confirmSignup(hashToken(t(4)), at('2026-01-02T12:00:00Z'));
    await store.unsubscribe(recent, at('2026-02-19T12:00:00Z'));
    // Unsubscribed more than three years before: even the reduced proof goes.
    const ancient = await signup('alt@kreis.example', '2022-01-02T09:00:00Z', t(5));
    await store.confirmSignup(hashToken(t(5)), at('2022-01-02T12:00:00Z'));
    await store.unsubscribe(ancient, at('2022-06-01T12:00:00Z'));
    // A practice submission decided 100 days before, and one confirmed but not decided.
    const notify = () => ({ kind: 'submission-notification', message: {} });
    const submission = (email: string, token: string) => ({
      lang: 'de' as const,
      email,
      data: { title: 'Digitale Bauakte' } as never,
      consentVersion: '2026-12-06',
      retentionDays: 90,
      proofOfWork: true,
      submittedAt: at('2025-11-01T09:00:00Z'),
      tokenHash: hashToken(token),
      expiresAt: at('2025-11-03T09:00:00Z'),
    });
    const decided = await store.recordSubmission(submission('bauamt@kreis.example', t(6)), { mail: notify() });
    await store.confirmSubmission(hashToken(t(6)), at('2025-11-01T10:00:00Z'), notify);
    await store.decideSubmission(decided.id!, { kind: 'rejected', note: 'passt nicht' }, at('2025-11-21T10:00:00Z'));
    await store.close();

    const purge = await runScript('newsletter-purge', ['--now', '2026-03-01T05:00:00Z'], env);
    expect(purge.code, purge.output).toBe(0);
    expect(purge.output).toContain('deleted 1 expired unconfirmed sign-up(s) and 1 never-confirmed address(es)');
    expect(purge.output).toContain('reduced 2 address(es)');
    expect(purge.output).toContain('deleted 1 proof(s) older than 1095 days');
    expect(purge.output).toContain('personal data of 1 decided');

    const after = dump(db);
    const text = JSON.stringify(after);
    for (const email of ['nie@', 'weg@', 'alt@', 'bauamt@']) expect(text, email).not.toContain(email);
    for (const email of ['aktiv@kreis.example', 'neulich@kreis.example']) expect(text).toContain(email);
    const check = new SqliteStore(db);
    cleanups.push(() => check.close());
    // The proof of consent of the reduced address: found from the address, without the address in it.
    const proof = await check.proof('weg@kreis.example');
    expect(proof).toEqual([
      {
        email: `${proofHash('weg@kreis.example')}:${gone}`,
        requestedAt: '2026-01-02T09:00:00.000Z',
        confirmedAt: '2026-01-02T11:00:00.000Z',
        consentVersion: CURRENT_CONSENT_VERSION,
        consentLang: 'de',
        lang: 'de',
        frequency: 'weekly',
        interests: { topics: [], districts: [], kinds: [] },
      },
    ]);
    const reduced = await check.subscriber(gone);
    expect(reduced).toMatchObject({ status: 'unsubscribed', unsubscribedAt: '2026-01-10T12:00:00.000Z', nonce: '' });
    const events = (after.events as { subscriber_id: number; kind: string; at: string; detail: string | null }[])
      .filter((e) => e.subscriber_id === gone)
      .map((e) => [e.kind, e.at, e.detail]);
    expect(events).toEqual([
      ['confirmed', '2026-01-02T11:00:00.000Z', 'signup 3'],
      ['preferences', '2026-01-03T00:00:00.000Z', null],
      ['unsubscribed', '2026-01-10T12:00:00.000Z', null],
    ]);
    // The ledger of the reduced address is gone, the active reader's stays.
    expect((after.deliveries as { subscriber_id: number }[]).map((d) => d.subscriber_id)).toEqual([active]);
    expect(await check.subscriber(ancient)).toBeUndefined();
    expect(await check.proof('alt@kreis.example')).toEqual([]);
    expect(await check.proof('nie@kreis.example')).toEqual([]);
    expect((await check.subscriber(recent))?.email).toBe('neulich@kreis.example');
    expect((await check.submission(decided.id!))?.email).toBeNull();

    // A second run finds nothing more to do.
    const again = await runScript('newsletter-purge', ['--now', '2026-03-01T05:00:00Z'], env);
    expect(again.output).toContain('deleted 0 expired unconfirmed sign-up(s) and 0 never-confirmed');
    expect(again.output).toContain('reduced 0 address(es)');
  });
});

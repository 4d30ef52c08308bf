/**
 * The crash test: `npm run digest -- --send` to many subscribers is killed (SIGKILL) half-way
 * and started again; every (subscriber, entry) must arrive exactly once.
 *
 * Where the kill lands matters. SMTP has no two-phase commit: a process killed in the
 * microseconds between the server's "250 OK" and the ledger write would resend that one
 * message on the next run (with the same Message-ID). That gap cannot be closed from the
 * sending side, so the test kills at a point outside it: the SMTP server holds back its
 * answers to further messages, and the kill comes once the child has recorded everything
 * the server did accept. Messages in flight at that moment were never accepted and must
 * go out on the second run.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, expect, test } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import { hashToken, newNonce, randomToken } from '../../src/lib/newsletter/tokens.ts';
import { EVERYTHING, type Interests } from '../../src/lib/newsletter/types.ts';
import { entry, feedOf, parse, startSink, tempDir, testEnv, until, writeFeed } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const SUBSCRIBERS = 240;
const KILL_AFTER = 60;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function digest(env: Record<string, string>, args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/digest.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, exit, output: () => output };
}

// Dated the day of the run, as after a build that morning: the date alone cannot tell a second
// run that these were sent already, only the ledger can.
const DAY = '2025-06-03T00:00:00.000Z';
const ENTRIES = [
  entry({
    id: 'practices/de/e-akte',
    kind: 'practices',
    title: 'E-Akte',
    url: 'https://praxisdialog.example/praxis/e-akte/',
    topics: ['sozialverwaltung'],
    date: DAY,
  }),
  entry({
    id: 'posts/de/beteiligung',
    title: 'Beteiligung',
    url: 'https://praxisdialog.example/blog/beteiligung/',
    topics: ['beteiligung'],
    date: DAY,
  }),
  entry({
    id: 'posts/de/kyffhaeuser',
    title: 'Kyffhäuser',
    url: 'https://praxisdialog.example/blog/kyffhaeuser/',
    districts: ['16065'],
    date: DAY,
  }),
];

/** Subscriber i: even numbers want everything (3 entries), odd ones only "Sozialverwaltung" (1 entry). */
function interestsOf(i: number): { interests: Interests; expected: string[] } {
  return i % 2 === 0
    ? { interests: EVERYTHING, expected: ENTRIES.map((e) => e.url) }
    : { interests: { topics: ['sozialverwaltung'], districts: [], kinds: [] }, expected: [ENTRIES[0]!.url] };
}

test('a digest run killed half-way and started again delivers every (subscriber, entry) exactly once', async () => {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  let holding = true;
  const held: (() => void)[] = [];
  const sink = await startSink({
    // After KILL_AFTER accepted messages the server stops answering DATA until the kill.
    holdData: (n) => (holding && n > KILL_AFTER ? new Promise<void>((resolve) => held.push(resolve)) : undefined),
  });
  cleanups.push(() => sink.close());
  const env = testEnv(tmp.dir, sink.port);
  await writeFeed(tmp.dir, feedOf(ENTRIES));

  const store = new SqliteStore(env.PRAXIS_NEWSLETTER_DB!);
  const expected = new Map<string, string[]>();
  for (let i = 0; i < SUBSCRIBERS; i += 1) {
    const email = `person${i}@kreis.example`;
    const { interests, expected: urls } = interestsOf(i);
    const token = randomToken();
    await store.recordSignup({
      email,
      lang: 'de',
      frequency: 'immediate',
      interests,
      consentVersion: CURRENT_CONSENT_VERSION,
      consentLang: 'de',
      requestedAt: new Date('2025-06-01T07:00:00Z'),
      tokenHash: hashToken(token),
      expiresAt: new Date('2025-06-03T07:00:00Z'),
      nonce: newNonce(),
    });
    await store.confirmSignup(hashToken(token), new Date('2025-06-01T08:00:00Z'));
    expected.set(email, urls);
  }
  await store.close();
  const args = ['--send', '--now', '2025-06-03T06:00:00Z'];

  const first = digest(env, args);
  const ledger = new DatabaseSync(env.PRAXIS_NEWSLETTER_DB!, { readOnly: true });
  const recordedMessages = () =>
    (ledger.prepare('SELECT COUNT(DISTINCT message_id) AS n FROM deliveries').get() as { n: number }).n;
  await until(() => sink.received.length === KILL_AFTER && held.length > 0, 'the first messages to arrive');
  await until(() => recordedMessages() === KILL_AFTER, 'the child to record what was accepted');
  first.child.kill('SIGKILL');
  expect((await first.exit).signal).toBe('SIGKILL');
  expect(sink.received).toHaveLength(KILL_AFTER);

  holding = false;
  const second = digest(env, args);
  const { code } = await second.exit;
  expect(code, second.output()).toBe(0);
  expect(second.output()).toMatch(new RegExp(`${SUBSCRIBERS - KILL_AFTER} subscribers due`, 'u'));
  ledger.close();

  const seen = new Map<string, number>();
  for (const message of sink.received) {
    const mail = await parse(message);
    const to = message.to[0]!;
    for (const url of ENTRIES.map((e) => e.url)) {
      if (mail.text?.includes(`Weiterlesen: ${url}`)) seen.set(`${to} ${url}`, (seen.get(`${to} ${url}`) ?? 0) + 1);
    }
  }
  const wanted = [...expected].flatMap(([to, urls]) => urls.map((url) => `${to} ${url}`));
  expect(wanted).toHaveLength((SUBSCRIBERS / 2) * 4);
  expect([...seen.keys()].sort()).toEqual(wanted.sort());
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
  expect(sink.received).toHaveLength(SUBSCRIBERS);

  const third = digest(env, args);
  expect((await third.exit).code).toBe(0);
  expect(third.output()).toContain('0 subscribers due');
}, 120_000);

test('an unreachable SMTP server ends the run with a clear message and records nothing', async () => {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  const sink = await startSink();
  const env = testEnv(tmp.dir, sink.port);
  await sink.close(); // nothing listens on that port any more
  await writeFeed(tmp.dir, feedOf(ENTRIES));
  const store = new SqliteStore(env.PRAXIS_NEWSLETTER_DB!);
  const token = randomToken();
  await store.recordSignup({
    email: 'leser@kreis.example',
    lang: 'de',
    frequency: 'immediate',
    interests: EVERYTHING,
    consentVersion: CURRENT_CONSENT_VERSION,
    consentLang: 'de',
    requestedAt: new Date('2025-06-01T07:00:00Z'),
    tokenHash: hashToken(token),
    expiresAt: new Date('2025-06-03T07:00:00Z'),
    nonce: newNonce(),
  });
  const confirmed = await store.confirmSignup(hashToken(token), new Date('2025-06-01T08:00:00Z'));
  await store.close();

  const run = digest(env, ['--send', '--now', '2025-06-03T06:00:00Z']);
  const { code } = await run.exit;
  expect(code).toBe(2);
  expect(run.output()).toMatch(
    /Stopped early: the SMTP server 127\.0\.0\.1:\d+ could not be used \(.*ECONNREFUSED.*\)/u,
  );
  expect(run.output()).not.toMatch(/\n\s+at /u);
  const check = new SqliteStore(env.PRAXIS_NEWSLETTER_DB!);
  if (confirmed.status !== 'confirmed') throw new Error('not confirmed');
  expect(
    (
      await check.deliveredTo(
        confirmed.subscriber.id,
        ENTRIES.map((e) => e.id),
      )
    ).size,
  ).toBe(0);
  expect((await check.activeSubscribers())[0]?.lastSentAt).toBeNull();
  await check.close();
});

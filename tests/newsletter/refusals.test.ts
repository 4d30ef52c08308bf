/**
 * SMTP refusals and whose fault they are, with a real SMTP server on loopback that refuses at
 * each stage, and the real `npm run digest -- --send` process. A refusal of the sender (553 at
 * MAIL FROM), of a missing login (530), of the message (554 at DATA) or of the connection is
 * the same for everyone: the run stops with a clear message and a non-zero exit, and nobody is
 * marked bouncing. Only a 5xx at RCPT TO marks that recipient, and many in a row stop the run.
 * A run that was due to deliver and delivered nothing exits non-zero too.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import { hashToken, newNonce, randomToken } from '../../src/lib/newsletter/tokens.ts';
import { EVERYTHING } from '../../src/lib/newsletter/types.ts';
import { entry, feedOf, startSink, tempDir, testEnv, writeFeed, type SinkOptions } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const SUBSCRIBERS = 40;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function world(sinkOptions: SinkOptions, extraEnv: Record<string, string> = {}) {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  const sink = await startSink(sinkOptions);
  cleanups.push(() => sink.close());
  const env: Record<string, string> = { ...testEnv(tmp.dir, sink.port), PRAXIS_SMTP_RETRIES: '1', ...extraEnv };
  await writeFeed(tmp.dir, feedOf([entry({ id: 'posts/de/neu', date: '2025-06-03T00:00:00.000Z' })]));
  const store = new SqliteStore(env.PRAXIS_NEWSLETTER_DB!);
  for (let i = 0; i < SUBSCRIBERS; i += 1) {
    const token = randomToken();
    await store.recordSignup({
      email: `person${i}@kreis.example`,
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
    await store.confirmSignup(hashToken(token), new Date('2025-06-01T08:00:00Z'));
  }
  await store.close();
  return { env, sink };
}

function digest(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/digest.ts'), '--send', '--now', '2025-06-03T06:00:00Z'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

async function statuses(env: Record<string, string>): Promise<Map<string, number>> {
  const store = new SqliteStore(env.PRAXIS_NEWSLETTER_DB!);
  try {
    const active = (await store.activeSubscribers()).length;
    return new Map([
      ['active', active],
      ['bouncing', SUBSCRIBERS - active],
    ]);
  } finally {
    await store.close();
  }
}

test.each<[string, SinkOptions, Record<string, string>, RegExp]>([
  ['the sender is refused at MAIL FROM (553)', { onMailFrom: () => 553 }, {}, /553.*answer to MAIL FROM/u],
  ['a login is required (530 at MAIL FROM)', { requireAuth: true }, {}, /530.*answer to MAIL FROM/u],
  ['DATA is refused for everyone (554 content filter)', { onDataEnd: () => 554 }, {}, /554.*answer to DATA/u],
  ['the greeting is refused (554)', { refuseConnection: 554 }, {}, /554/u],
  ['the login is refused (535)', { requireAuth: true }, { PRAXIS_SMTP_USER: 'u', PRAXIS_SMTP_PASS: 'p' }, /535/u],
])(
  'when %s the run stops with exit code 2 and every subscriber stays active',
  async (_name, sinkOptions, extraEnv, reason) => {
    const { env, sink } = await world(sinkOptions, extraEnv);
    const run = await digest({ ...env, ...extraEnv });
    expect(run.code, run.output).toBe(2);
    expect(run.output).toMatch(/Stopped early: the SMTP server 127\.0\.0\.1:\d+ could not be used/u);
    expect(run.output).toMatch(reason);
    expect(run.output).toContain('Nobody was marked bouncing');
    expect(run.output).not.toMatch(/\n\s+at /u);
    expect(sink.received).toEqual([]);
    expect(await statuses(env)).toEqual(
      new Map([
        ['active', SUBSCRIBERS],
        ['bouncing', 0],
      ]),
    );
  },
  60_000,
);

test('one refused recipient (550 at RCPT) is marked bouncing, the others get their e-mail', async () => {
  const { env, sink } = await world({ onRcpt: (to) => (to === 'person7@kreis.example' ? 550 : undefined) });
  const run = await digest(env);
  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain(`Sent ${SUBSCRIBERS - 1} of ${SUBSCRIBERS} e-mails`);
  expect(run.output).toContain('1 bounced');
  expect(sink.received).toHaveLength(SUBSCRIBERS - 1);
  expect((await statuses(env)).get('bouncing')).toBe(1);
});

test('recipients refused in a row (550 for everyone at RCPT) stop the run without marking anyone', async () => {
  const { env, sink } = await world({ onRcpt: () => 550 });
  const run = await digest(env);
  expect(run.code, run.output).toBe(2);
  expect(run.output).toMatch(/refused 10 recipients in a row/u);
  expect(sink.received).toEqual([]);
  expect((await statuses(env)).get('bouncing')).toBe(0);
});

test('a run that was due and delivered nothing — everything deferred — exits 3', async () => {
  const { env, sink } = await world({ onRcpt: () => 451 }, { PRAXIS_SMTP_RETRIES: '0' });
  const run = await digest(env);
  expect(run.code, run.output).toBe(3);
  expect(run.output).toMatch(/Delivered nothing although 40 e-mails were due/u);
  expect(sink.received).toEqual([]);
  expect((await statuses(env)).get('active')).toBe(SUBSCRIBERS);
});

test('a run that was due and delivered nothing — the only recipients bounced — exits 3', async () => {
  const tmpEnv = await world({ onRcpt: () => 550 });
  // Fewer than the streak limit: these are judged one by one and marked.
  const store = new SqliteStore(tmpEnv.env.PRAXIS_NEWSLETTER_DB!);
  for (const s of (await store.activeSubscribers()).slice(3)) {
    await store.unsubscribe(s.id, new Date('2025-06-02T00:00:00Z'));
  }
  await store.close();
  const run = await digest(tmpEnv.env);
  expect(run.code, run.output).toBe(3);
  expect(run.output).toContain('3 bounced');
});

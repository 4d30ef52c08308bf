/**
 * Confirmation e-mails survive the server process: the real `npm run newsletter:server` is sent
 * 120 sign-ups while its SMTP server is too slow to take them, then gets SIGTERM. It drains for
 * its time limit and exits; what it could not send stays in the database's outbox and goes out
 * after the restart. No confirmation e-mail is lost; one sent again (it was in flight at the
 * stop) carries the same Message-ID.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, expect, test } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { createMailer } from '../../src/lib/newsletter/mailer.ts';
import { Outbox } from '../../src/lib/newsletter/outbox.ts';
import { SqliteStore } from '../../src/lib/newsletter/store.ts';
import {
  confirmationFor,
  feedOf,
  parse,
  startSink,
  tempDir,
  testConfig,
  testEnv,
  until,
  writeFeed,
} from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const SIGNUPS = 120;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

async function server(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/newsletter-server.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exit;
  });
  await until(() => /newsletter server on (http\S+)/u.test(output), `the server to start:\n${output}`);
  const url = /newsletter server on (http\S+)/u.exec(output)![1]!;
  return { child, url, output: () => output, exit };
}

test('SIGTERM with 120 confirmation e-mails queued loses none: they go out after the restart at the latest', async () => {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  let holding = true;
  const held: (() => void)[] = [];
  const sink = await startSink({
    holdData: () => (holding ? new Promise<void>((resolve) => held.push(resolve)) : undefined),
  });
  cleanups.push(() => sink.close());
  await writeFeed(tmp.dir, feedOf([]));
  const env = {
    ...testEnv(tmp.dir, sink.port),
    PRAXIS_NEWSLETTER_HOST: '127.0.0.1',
    PRAXIS_NEWSLETTER_PORT: '0',
    PRAXIS_NEWSLETTER_CLIENT_LIMIT: '1000',
    PRAXIS_NEWSLETTER_DRAIN_SECONDS: '1',
  };

  const first = await server(env);
  const emails = Array.from({ length: SIGNUPS }, (_, i) => `leser${i}@kreis.example`);
  const answers = await Promise.all(
    emails.map((email) =>
      fetch(`${first.url}/api/subscribe`, {
        method: 'POST',
        body: new URLSearchParams({
          ui: 'de',
          lang: 'de',
          frequency: 'weekly',
          consent: 'yes',
          consentVersion: CURRENT_CONSENT_VERSION,
          email,
        }),
      }).then((r) => r.status),
    ),
  );
  expect(answers.every((s) => s === 200)).toBe(true);
  await until(() => held.length > 0, 'the first e-mail to reach the SMTP server');

  first.child.kill('SIGTERM');
  expect(await first.exit, first.output()).toBe(0);
  holding = false;
  for (const release of held) release();

  const second = await server(env);
  await until(
    () => new Set(sink.received.map((m) => m.to[0])).size === SIGNUPS,
    `all ${SIGNUPS} confirmation e-mails (have ${new Set(sink.received.map((m) => m.to[0])).size})`,
    1200,
  );
  const ids = new Map<string, Set<string>>();
  for (const message of sink.received) {
    const mail = await parse(message);
    const to = message.to[0]!;
    ids.set(to, (ids.get(to) ?? new Set()).add(mail.messageId ?? ''));
  }
  expect([...ids.keys()].sort()).toEqual([...emails].sort());
  // A copy sent twice (in flight at the stop) has one Message-ID for both.
  for (const [to, set] of ids) expect(set.size, to).toBe(1);
  expect(first.output()).toMatch(/stopped; \d+ e-mails stay queued for the next start/u);
  second.child.kill('SIGTERM');
  expect(await second.exit).toBe(0);
  expect(second.output()).toContain('stopped; 0 e-mails stay queued');
}, 90_000);

test('the outbox gives up an e-mail refused at RCPT (keeping why, not the body) and retries one deferred', async () => {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  let busy = true;
  const sink = await startSink({
    onRcpt: (to) => (to === 'weg@kreis.example' ? 550 : to === 'spaeter@kreis.example' && busy ? 451 : undefined),
  });
  cleanups.push(() => sink.close());
  const config = testConfig(tmp.dir, sink.port);
  const store = new SqliteStore(config.dbPath);
  const mailer = createMailer(config.smtp);
  cleanups.push(async () => {
    mailer.close();
    await store.close();
  });
  const outbox = new Outbox({ store, mailer, retryDelayMs: 1, parallel: 2 });
  for (const to of ['weg@kreis.example', 'spaeter@kreis.example', 'da@kreis.example']) {
    const message = JSON.parse(JSON.stringify(confirmationFor(config, to, 'de'))) as Record<string, unknown>;
    await store.enqueueMail({ kind: 'confirmation', message }, new Date());
  }
  await outbox.drain(5000);
  expect(sink.received.map((m) => m.to[0])).toEqual(['da@kreis.example']);
  expect(await store.outboxCounts()).toEqual({ queued: 1, failed: 1 });
  busy = false;
  await new Promise((resolve) => setTimeout(resolve, 20));
  await outbox.drain(5000);
  outbox.stop();
  expect(sink.received.map((m) => m.to[0]).sort()).toEqual(['da@kreis.example', 'spaeter@kreis.example']);
  expect(await store.outboxCounts()).toEqual({ queued: 0, failed: 1 });
  // The given-up row keeps the reason for the operator, but no longer the confirmation link.
  const db = new DatabaseSync(config.dbPath, { readOnly: true });
  const failed = db.prepare(`SELECT message, last_error FROM outbox WHERE status = 'failed'`).get() as {
    message: string | null;
    last_error: string;
  };
  db.close();
  expect(failed.message).toBeNull();
  expect(failed.last_error).toMatch(/550.*answer to RCPT TO/u);
});

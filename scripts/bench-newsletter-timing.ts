/**
 * npm run bench:newsletter-timing — does the time to answer tell anything? In figures (not a test).
 *
 * The real server on loopback with a real SQLite file and SMTP server. Interleaved, --rounds
 * times each (default 400), it measures the answer time of:
 *   - a sign-up for an address within its per-mailbox limit and for one past it (same page);
 *   - a forged manage link naming a subscriber who exists and one naming nobody (both 400).
 * and prints median and 90th percentile of each pair and their difference. Loopback timing on a
 * shared machine is noisy: look at the medians, and run it twice.
 * The four run in a new random order each round. Also: the per-client rate limiter's time per
 * hit with 200,000 keys.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { CURRENT_CONSENT_VERSION } from '../src/lib/newsletter/consent.ts';
import { createMailer } from '../src/lib/newsletter/mailer.ts';
import { RateLimiter } from '../src/lib/newsletter/rateLimit.ts';
import { SqliteStore } from '../src/lib/newsletter/store.ts';
import { startServer } from '../src/server/app.ts';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '400' } } });
  const rounds = Number(values.rounds);
  const dir = await mkdtemp(join(tmpdir(), 'praxis-bench-timing-'));
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', () => resolve()));
  const smtpPort = (sink.server.address() as AddressInfo).port;
  const store = new SqliteStore(join(dir, 'timing.sqlite'));
  const config = {
    siteUrl: 'https://praxisdialog.example',
    newsletterUrl: 'http://127.0.0.1',
    secret: 'bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
    dbPath: join(dir, 'timing.sqlite'),
    host: '127.0.0.1',
    port: 0,
    feed: join(dir, 'none'),
    trustProxy: 0,
    tokenTtlHours: 48,
    clientLimit: 1_000_000,
    addressLimit: 3,
    drainSeconds: 1,
    from: 'Praxisdialog <newsletter@praxisdialog.example>',
    smtp: {
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      requireTLS: false,
      maxConnections: 2,
      rateLimit: 0,
      retries: 0,
      retryDelayMs: 10,
    },
    retention: { unsubscribedDays: 30, proofDays: 1095, backupDir: join(dir, 'backups'), backupDays: 14 },
    submissions: {
      editors: 'redaktion@bench.example',
      retentionDays: 90,
      clientLimit: 10,
      noJsClientLimit: 3,
      addressLimit: 3,
    },
  };
  const mailer = createMailer(config.smtp);
  const running = await startServer(
    { config, store, mailer, catalogue: async () => undefined, log: () => {} },
    '127.0.0.1',
    0,
  );
  try {
    const signup = (email: string) =>
      fetch(`${running.url}/api/subscribe`, {
        method: 'POST',
        body: new URLSearchParams({
          ui: 'de',
          lang: 'de',
          frequency: 'weekly',
          consent: 'yes',
          consentVersion: CURRENT_CONSENT_VERSION,
          email,
        }),
      });
    // A subscriber to forge links for, and a mailbox past its limit.
    await signup('echt@kreis.example');
    for (let i = 0; i < 3; i += 1) await signup('voll@kreis.example');
    const real = await store.subscriber(1);
    if (!real) throw new Error('the first sign-up was not stored');
    const mac = 'A'.repeat(43);
    const timed = async (work: () => Promise<Response>) => {
      const t = performance.now();
      const answer = await work();
      await answer.arrayBuffer();
      return performance.now() - t;
    };
    const series: Record<string, number[]> = {
      'sign-up within the limit': [],
      'sign-up past the limit': [],
      'forged link, subscriber exists': [],
      'forged link, nobody': [],
    };
    const cases: [string, (i: number) => Promise<Response>][] = [
      ['sign-up within the limit', (i) => signup(`neu${i}@kreis${i}.example`)],
      ['sign-up past the limit', (i) => signup(`voll+${i}@kreis.example`)],
      ['forged link, subscriber exists', () => fetch(`${running.url}/preferences?t=${real.publicId}.${mac}`)],
      ['forged link, nobody', () => fetch(`${running.url}/preferences?t=${'B'.repeat(22)}.${mac}`)],
    ];
    for (let i = 0; i < rounds; i += 1) {
      // A new order every round: whatever one request leaves behind (the outbox sending a
      // confirmation e-mail) must not always slow the same neighbour.
      const order = [...cases].sort(() => Math.random() - 0.5);
      for (const [name, work] of order) series[name]!.push(await timed(() => work(i)));
    }
    console.log(`bench-newsletter-timing: ${rounds} rounds, shuffled, node ${process.version}`);
    for (const [name, xs] of Object.entries(series)) {
      console.log(
        `  ${name.padEnd(32)} median ${quantile(xs, 0.5).toFixed(3)} ms, p90 ${quantile(xs, 0.9).toFixed(3)} ms`,
      );
    }
    const diff = (a: string, b: string) => (quantile(series[a]!, 0.5) - quantile(series[b]!, 0.5)).toFixed(3);
    console.log(
      `  median difference, within − past the limit: ${diff('sign-up within the limit', 'sign-up past the limit')} ms`,
    );
    console.log(
      `  median difference, exists − nobody:         ${diff('forged link, subscriber exists', 'forged link, nobody')} ms`,
    );

    const limiter = new RateLimiter(20, 600_000);
    const keys = 200_000;
    const t = performance.now();
    for (let i = 0; i < keys; i += 1) limiter.hit(`2001:db8::${i.toString(16)}`, i);
    const perHit = ((performance.now() - t) * 1000) / keys;
    console.log(`  rate limiter: ${keys} distinct keys, ${perHit.toFixed(2)} µs per hit, ${limiter.size} keys kept`);
  } finally {
    await running.close();
    mailer.close();
    await store.close();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench-newsletter-timing failed: ${(error as Error).message}`);
  process.exit(1);
});

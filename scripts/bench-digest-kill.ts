/**
 * npm run bench:digest-kill — how many duplicates a killed digest run leaves, in figures.
 *
 * A real SQLite file with --subscribers confirmed subscribers (default 3000), each due three
 * entries; an SMTP server on loopback (smtp-server, in this process) that records every message
 * it accepts. `scripts/digest.ts --send` is started --kills times (default 20) and killed with
 * SIGKILL at a random moment once it is sending (a random delay of 0–250 ms after its first
 * accepted message); then one last run finishes the job. After each kill the ledger is read:
 * a message the SMTP server accepted but the ledger does not know will be sent again — a
 * duplicate caused by that kill. At the end every (subscriber, entry) pair is looked for in
 * what arrived.
 *
 * Reports duplicates per kill (target: at most 1, each with the original Message-ID) and
 * missing pairs (target: 0). Options: --subscribers <n>, --kills <n>, --seed <n>.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { CURRENT_CONSENT_VERSION } from '../src/lib/newsletter/consent.ts';
import { FEED_VERSION, type Feed, type FeedEntry } from '../src/lib/newsletter/feed.ts';
import { SqliteStore } from '../src/lib/newsletter/store.ts';
import { hashToken, newNonce, randomToken } from '../src/lib/newsletter/tokens.ts';
import { EVERYTHING } from '../src/lib/newsletter/types.ts';

interface Accepted {
  to: string;
  messageId: string;
  run: number;
  text: string;
}

const DAY = '2025-06-03T00:00:00.000Z';
const ENTRIES: FeedEntry[] = ['e-akte', 'beteiligung', 'kyffhaeuser'].map((slug) => ({
  id: `posts/de/${slug}`,
  kind: 'posts',
  lang: 'de',
  title: `Titel ${slug}`,
  teaser: `Kurzfassung von ${slug}.`,
  url: `https://praxisdialog.example/blog/${slug}/`,
  date: DAY,
  topics: [],
  districts: [],
}));

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '3000' },
      kills: { type: 'string', default: '20' },
      seed: { type: 'string', default: String(Date.now() % 100_000) },
    },
  });
  const total = Number(values.subscribers);
  const kills = Number(values.kills);
  const seed = Number(values.seed);
  const random = prng(seed);
  const dir = await mkdtemp(join(tmpdir(), 'praxis-bench-kill-'));
  const accepted: Accepted[] = [];
  let run = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        accepted.push({
          to: session.envelope.rcptTo[0]?.address ?? '',
          messageId: /^Message-ID:\s*(<[^>]+>)/imu.exec(raw)?.[1] ?? '',
          run,
          // Soft line breaks of quoted-printable undone, enough to find the entries' addresses.
          text: raw.replace(/=\r\n/gu, ''),
        });
        callback();
      });
    },
  });
  // A client killed mid-message resets its connection: expected here.
  sink.on('error', () => {});
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', () => resolve()));
  const port = (sink.server.address() as AddressInfo).port;

  try {
    const db = join(dir, 'newsletter.sqlite');
    const store = new SqliteStore(db);
    for (let i = 0; i < total; i += 1) {
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
    const feed: Feed = {
      version: FEED_VERSION,
      generatedAt: DAY,
      site: 'https://praxisdialog.example',
      topics: [],
      districts: [],
      entries: ENTRIES,
    };
    await mkdir(join(dir, 'site'), { recursive: true });
    await writeFile(join(dir, 'site', 'new-entries.json'), JSON.stringify(feed));
    const env = {
      ...process.env,
      PRAXIS_SITE_URL: 'https://praxisdialog.example',
      PRAXIS_NEWSLETTER_URL: 'https://newsletter.praxisdialog.example',
      PRAXIS_NEWSLETTER_SECRET: 'bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
      PRAXIS_NEWSLETTER_DB: db,
      PRAXIS_NEWSLETTER_FEED: join(dir, 'site'),
      PRAXIS_SMTP_HOST: '127.0.0.1',
      PRAXIS_SMTP_PORT: String(port),
      PRAXIS_SMTP_RATE_LIMIT: '0',
      PRAXIS_SMTP_RETRY_DELAY_MS: '10',
    };
    const digest = () => {
      const child = spawn(
        process.execPath,
        [join(import.meta.dirname, 'digest.ts'), '--send', '--now', '2025-06-03T06:00:00Z'],
        { env, stdio: 'ignore' },
      );
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('close', (code, signal) => resolve({ code, signal })),
      );
      return { child, exit };
    };
    const ledger = () => {
      const read = new DatabaseSync(db, { readOnly: true });
      const ids = new Set(
        (read.prepare('SELECT DISTINCT message_id AS id FROM deliveries').all() as { id: string }[]).map((r) => r.id),
      );
      read.close();
      return ids;
    };

    const rows: { kill: number; delay: number; accepted: number; unrecorded: number }[] = [];
    for (let k = 1; k <= kills; k += 1) {
      run = k;
      const before = accepted.length;
      const { child, exit } = digest();
      let finished = false;
      void exit.then(() => (finished = true));
      while (accepted.length === before && !finished) await sleep(2);
      if (finished) {
        console.log(`run ${k} finished before it could be killed: use more --subscribers`);
        break;
      }
      const delay = Math.round(random() * 250);
      await sleep(delay);
      child.kill('SIGKILL');
      await exit;
      const known = ledger();
      const mine = accepted.filter((a) => a.run === k);
      rows.push({
        kill: k,
        delay,
        accepted: mine.length,
        unrecorded: mine.filter((a) => !known.has(a.messageId)).length,
      });
    }
    run = kills + 1;
    const last = digest();
    const lastExit = await last.exit;

    // What arrived: copies per (recipient, Message-ID), and every expected pair looked for.
    const copies = new Map<string, Accepted[]>();
    for (const a of accepted) copies.set(a.to, [...(copies.get(a.to) ?? []), a]);
    let duplicates = 0;
    let sameId = 0;
    let missing = 0;
    for (let i = 0; i < total; i += 1) {
      const got = copies.get(`person${i}@kreis.example`) ?? [];
      duplicates += Math.max(0, got.length - 1);
      if (got.length > 1 && new Set(got.map((g) => g.messageId)).size === 1) sameId += got.length - 1;
      for (const e of ENTRIES) if (!got.some((g) => g.text.includes(e.url))) missing += 1;
    }
    const predicted = rows.reduce((n, r) => n + r.unrecorded, 0);
    console.log(`bench-digest-kill: ${total} subscribers x ${ENTRIES.length} entries, seed ${seed}`);
    console.log('  kill  delay after first accept  accepted in run  accepted, not in ledger (= duplicates)');
    for (const r of rows) {
      console.log(
        `  ${String(r.kill).padStart(4)}  ${`${r.delay} ms`.padStart(24)}  ${String(r.accepted).padStart(15)}  ${String(r.unrecorded).padStart(10)}`,
      );
    }
    const perKill = rows.map((r) => r.unrecorded);
    console.log(
      [
        `  kills: ${rows.length}; final run exit code ${lastExit.code}`,
        `  duplicates per kill: max ${Math.max(0, ...perKill)}, kills with a duplicate ${perKill.filter((n) => n > 0).length} of ${rows.length} (target: at most 1 each)`,
        `  duplicates received: ${duplicates} (predicted from the ledger: ${predicted}); with the original Message-ID: ${sameId} of ${duplicates}`,
        `  missing (subscriber, entry) pairs: ${missing} of ${total * ENTRIES.length} (target: 0)`,
        `  messages accepted in all: ${accepted.length}`,
      ].join('\n'),
    );
  } finally {
    await new Promise<void>((resolve) => sink.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench-digest-kill failed: ${(error as Error).message}`);
  process.exit(1);
});

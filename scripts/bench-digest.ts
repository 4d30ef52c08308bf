/**
 * npm run bench:digest — how the digest copes with a large list, in figures (not a test).
 *
 * 10,000 confirmed subscribers with mixed languages, frequencies and interests and 20 new
 * entries, in a real SQLite file in a temporary folder. Measures: time to select the due
 * subscribers and their entries, time to render every e-mail (HTML, text, headers), the
 * delivery rate into an SMTP server on loopback — one message at a time, the next rendered
 * while the current one travels, with the ledger written for every message — and peak memory. Targets: render ≤ 10 s, delivery
 * ≥ 200 messages/s. The SMTP server runs in a child process so it does not share the
 * sender's thread. Options: --subscribers <n> (default 10000), --connections <n> (the pool's size,
 * default 5; the digest hands the server one message at a time).
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { CURRENT_CONSENT_VERSION } from '../src/lib/newsletter/consent.ts';
import { composeDigest, planDigest, sendDigest, type DigestSettings } from '../src/lib/newsletter/digest.ts';
import { FEED_VERSION, type Feed, type FeedEntry } from '../src/lib/newsletter/feed.ts';
import { createMailer } from '../src/lib/newsletter/mailer.ts';
import { SqliteStore } from '../src/lib/newsletter/store.ts';
import { hashToken, newNonce, randomToken } from '../src/lib/newsletter/tokens.ts';
import { FREQUENCIES, KINDS, type Interests, type Lang } from '../src/lib/newsletter/types.ts';

/** Child mode: an SMTP server on loopback that counts and discards what it accepts. */
async function sink(): Promise<void> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        count += 1;
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.server.address();
    process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  });
  process.on('SIGTERM', () => {
    process.stdout.write(`${JSON.stringify({ count })}\n`);
    process.exit(0);
  });
}

const TOPICS = ['sozialverwaltung', 'kuenstliche-intelligenz', 'beteiligung', 'digitalstrategie', 'laendlicher-raum'];
const DISTRICTS = ['16065', '06435', '06439', '09162', '05315'];

function entries(): FeedEntry[] {
  return Array.from({ length: 20 }, (_, i) => {
    const lang: Lang = i % 3 === 2 ? 'en' : 'de';
    const kind = KINDS[i % KINDS.length]!;
    return {
      id: `${kind}/${lang}/eintrag-${i}`,
      kind,
      lang,
      title:
        lang === 'de'
          ? `Digitale Verwaltung im Kreis Nr. ${i}: Erfahrungen, Kosten und „Stolpersteine“`
          : `Digital administration in district no. ${i}: experience, costs and pitfalls`,
      teaser:
        lang === 'de'
          ? 'Wie ein Landkreis Anträge, Akten und Abläufe umstellte – was es kostete, wer mitmachte und was die Beschäftigten über die Änderungen sagen.'
          : 'How a district changed its applications, files and processes – what it cost, who took part and what staff say about the changes.',
      url: `https://praxisdialog.example/${lang === 'en' ? 'en/' : ''}blog/eintrag-${i}/`,
      date: `2025-06-${String(1 + (i % 2)).padStart(2, '0')}T00:00:00.000Z`,
      topics: [TOPICS[i % TOPICS.length]!, TOPICS[(i * 3 + 1) % TOPICS.length]!],
      districts: i % 4 === 0 ? [DISTRICTS[i % DISTRICTS.length]!] : [],
    };
  });
}

/** Subscriber i: a deterministic mix of everything, topics, districts and kinds. */
function interestsOf(i: number): Interests {
  switch (i % 4) {
    case 0:
      return { topics: [], districts: [], kinds: [] };
    case 1:
      return { topics: [TOPICS[i % TOPICS.length]!], districts: [], kinds: [] };
    case 2:
      return { topics: [], districts: [DISTRICTS[i % DISTRICTS.length]!], kinds: [] };
    default:
      return {
        topics: [TOPICS[i % TOPICS.length]!, TOPICS[(i + 2) % TOPICS.length]!],
        districts: [],
        kinds: ['posts', 'practices'],
      };
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { subscribers: { type: 'string', default: '10000' }, connections: { type: 'string', default: '5' } },
  });
  const total = Number(values.subscribers);
  const connections = Number(values.connections);
  const dir = await mkdtemp(join(tmpdir(), 'praxis-bench-digest-'));
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
  const child = spawn(process.execPath, [import.meta.filename, '--sink'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => lines.push(...d.split('\n').filter(Boolean)));
  const waitLine = async (key: string) => {
    for (let i = 0; i < 400; i += 1) {
      const line = lines.find((l) => l.includes(`"${key}"`));
      if (line) return JSON.parse(line) as Record<string, number>;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`the SMTP sink did not report ${key}`);
  };

  const store = new SqliteStore(join(dir, 'bench.sqlite'));
  try {
    const { port } = await waitLine('port');
    let t = performance.now();
    const confirmed = new Date('2025-05-31T08:00:00Z');
    for (let i = 0; i < total; i += 1) {
      const token = randomToken();
      await store.recordSignup({
        email: `person${i}@kreis${i % 400}.example`,
        lang: i % 5 === 4 ? 'en' : 'de',
        frequency: FREQUENCIES[i % 3]!,
        interests: interestsOf(i),
        consentVersion: CURRENT_CONSENT_VERSION,
        consentLang: 'de',
        requestedAt: new Date(confirmed.getTime() - 60_000),
        tokenHash: hashToken(token),
        expiresAt: new Date(confirmed.getTime() + 86_400_000),
        nonce: newNonce(),
      });
      await store.confirmSignup(hashToken(token), confirmed);
    }
    const setupMs = performance.now() - t;

    const feed: Feed = {
      version: FEED_VERSION,
      generatedAt: '2025-06-02T10:00:00.000Z',
      site: 'https://praxisdialog.example',
      topics: TOPICS.map((id) => ({ id, label: { de: id, en: id } })),
      districts: DISTRICTS.map((ags) => ({ ags, name: `Kreis ${ags}` })),
      entries: entries(),
    };
    const settings: DigestSettings = {
      siteUrl: 'https://praxisdialog.example',
      newsletterUrl: 'https://newsletter.praxisdialog.example',
      secret: 'bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz',
      from: 'Praxisdialog <newsletter@praxisdialog.example>',
    };
    const now = new Date('2025-06-03T06:00:00Z');

    t = performance.now();
    const jobs = await planDigest(store, feed, now);
    const selectMs = performance.now() - t;

    t = performance.now();
    let bytes = 0;
    let largest = 0;
    for (const job of jobs) {
      const { rendered } = composeDigest(job, feed, settings);
      const size = Buffer.byteLength(rendered.html) + Buffer.byteLength(rendered.text);
      bytes += size;
      largest = Math.max(largest, Buffer.byteLength(rendered.html));
    }
    const renderMs = performance.now() - t;

    const mailer = createMailer({
      host: '127.0.0.1',
      port,
      secure: false,
      requireTLS: false,
      maxConnections: connections,
      rateLimit: 0,
      retries: 0,
      retryDelayMs: 0,
    });
    t = performance.now();
    const report = await sendDigest(jobs, feed, settings, store, {
      mailer,
      retries: 2,
      retryDelayMs: 100,
      now: () => now,
    });
    const sendMs = performance.now() - t;
    mailer.close();
    child.kill('SIGTERM');
    const { count } = await waitLine('count');
    clearInterval(sampler);
    const rss = process.resourceUsage().maxRSS * 1024;

    const rate = report.sent / (sendMs / 1000);
    const pairs = jobs.reduce((n, j) => n + j.entries.length, 0);
    const rows: [string, string][] = [
      ['subscribers (confirmed through the store)', `${total} (set-up ${seconds(setupMs)})`],
      ['new entries', String(feed.entries.length)],
      ['due subscribers with something new', `${jobs.length} (${pairs} subscriber-entry pairs)`],
      ['select', seconds(selectMs)],
      [
        'render all e-mails',
        `${seconds(renderMs)} (${(renderMs / jobs.length).toFixed(3)} ms each; target ≤ 10 s: ${renderMs <= 10_000 ? 'met' : 'MISSED'})`,
      ],
      ['select + render', seconds(selectMs + renderMs)],
      [
        'average / largest HTML part',
        `${(bytes / jobs.length / 1024).toFixed(1)} KB (html+text) / ${(largest / 1024).toFixed(1)} KB`,
      ],
      [
        'deliver (one at a time, ledger written)',
        `${report.sent} sent in ${seconds(sendMs)} = ${rate.toFixed(0)} messages/s (target ≥ 200: ${rate >= 200 ? 'met' : 'MISSED'})`,
      ],
      ['accepted by the SMTP server', String(count)],
      ['bounced / deferred / aborted', `${report.bounced} / ${report.deferred} / ${report.aborted ?? 'no'}`],
      ['peak memory (max RSS / sampled heap)', `${mb(rss)} / ${mb(heapPeak)}`],
      ['node', process.version],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    console.log('bench-digest');
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  } finally {
    clearInterval(sampler);
    if (child.exitCode === null) child.kill('SIGTERM');
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--sink')) void sink();
else
  main().catch((error: unknown) => {
    console.error(`bench-digest failed: ${(error as Error).message}`);
    process.exit(1);
  });

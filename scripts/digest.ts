/**
 * npm run digest -- --preview <folder> | --send  [--feed <site folder|file|URL>] [--now <ISO time>] [--limit <n>]
 *
 * Finds every due subscriber and the new entries matching them. --preview writes the
 * e-mails as .html and .eml files (nothing sent, nothing recorded); --send delivers them
 * over SMTP and records each (subscriber, entry) in the ledger. Safe to run again after a
 * crash: nothing is lost, and at most the one message in flight at the kill is sent again
 * (with its Message-ID). Settings from the environment (.env.example).
 *
 * Exit codes, for cron and monitoring:
 *   0  done: everything due was sent (some may be deferred or bounced, as the summary says),
 *      or nothing was due;
 *   1  settings, feed, database or arguments wrong (the message says which);
 *   2  stopped early: the SMTP server could not be used — unreachable, or it refused our
 *      sender, login or message, or REFUSAL_STREAK recipients in a row. Nobody was marked
 *      bouncing; run again once the server is fixed;
 *   3  e-mails were due but none was delivered (every one bounced or was deferred).
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/lib/newsletter/config.ts';
import { planDigest, previewDigest, sendDigest } from '../src/lib/newsletter/digest.ts';
import { FeedError, loadFeed } from '../src/lib/newsletter/feed.ts';
import { createMailer } from '../src/lib/newsletter/mailer.ts';
import { redact } from '../src/lib/newsletter/redact.ts';
import { SqliteStore, StoreError } from '../src/lib/newsletter/store.ts';

// The run's output goes to the journal: no full e-mail or IP address in it (an SMTP refusal quotes the address).
const say = (line: string) => console.log(redact(line));
const warn = (line: string) => console.error(redact(line));

const USAGE = `Usage: npm run digest -- --preview <folder> | --send [options]
  --preview <folder>  write the due e-mails as .html and .eml files; send and record nothing
  --send              send the due e-mails over SMTP and record them
  --feed <location>   built site folder, new-entries.json or its URL (default: PRAXIS_NEWSLETTER_FEED or dist)
  --now <time>        the run's "now", ISO 8601 (default: the clock)
  --limit <n>         preview only the first n e-mails`;

class UsageError extends Error {}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        preview: { type: 'string' },
        send: { type: 'boolean', default: false },
        feed: { type: 'string' },
        now: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if ((parsed.preview === undefined) === !parsed.send)
    throw new UsageError(`Give either --preview <folder> or --send.\n${USAGE}`);
  const now = parsed.now ? new Date(parsed.now) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now "${parsed.now}" is not a time such as 2025-06-03T08:00:00Z`);
  const limit = parsed.limit === undefined ? Infinity : Number(parsed.limit);
  if (!(limit > 0)) throw new UsageError(`--limit "${parsed.limit}" is not a positive number`);
  return {
    preview: parsed.preview,
    send: parsed.send,
    feed: parsed.feed,
    now,
    fixedNow: parsed.now !== undefined,
    limit,
  };
}

async function main(): Promise<number> {
  const opts = options();
  const config = loadConfig();
  const feed = await loadFeed(opts.feed ?? config.feed);
  const store = new SqliteStore(config.dbPath);
  try {
    const jobs = await planDigest(store, feed, opts.now);
    const pairs = jobs.reduce((n, j) => n + j.entries.length, 0);
    say(`${jobs.length} subscribers due with ${pairs} new (subscriber, entry) pairs.`);
    if (jobs.length === 0) return 0;
    if (opts.preview !== undefined) {
      const result = await previewDigest(jobs, feed, config, opts.preview, opts.limit);
      say(`Wrote ${result.written} e-mails to ${result.dir} (open index.html). Nothing was sent.`);
      return 0;
    }
    const mailer = createMailer(config.smtp);
    try {
      const report = await sendDigest(jobs, feed, config, store, {
        mailer,
        retries: config.smtp.retries,
        retryDelayMs: config.smtp.retryDelayMs,
        now: () => (opts.fixedNow ? opts.now : new Date()),
        log: say,
      });
      say(
        `Sent ${report.sent} of ${report.due} e-mails (${report.entriesSent} entries recorded), ` +
          `${report.bounced} bounced, ${report.deferred} deferred to the next run.`,
      );
      if (report.aborted !== undefined) {
        console.error(
          `Stopped early: the SMTP server ${config.smtp.host}:${config.smtp.port} could not be used (${redact(report.aborted)}). ` +
            `Nobody was marked bouncing for it. Only e-mails the server accepted are recorded; ` +
            `run again to send the remaining ${report.due - report.sent - report.bounced - report.deferred}.`,
        );
        return 2;
      }
      if (report.sent === 0) {
        warn(
          `Delivered nothing although ${report.due} e-mails were due ` +
            `(${report.bounced} bounced, ${report.deferred} deferred): see the lines above.`,
        );
        return 3;
      }
      return 0;
    } finally {
      mailer.close();
    }
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = [UsageError, ConfigError, FeedError, StoreError].some((E) => error instanceof E);
    warn(known ? (error as Error).message : `The digest run failed: ${(error as Error).message}`);
    process.exit(1);
  },
);

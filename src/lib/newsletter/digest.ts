/**
 * A digest run: find every due subscriber, pick the new entries that match them, render
 * one e-mail each, and either write them to a folder to look at (preview) or send them.
 *
 * Bookkeeping: the ledger row for (subscriber, entry) is written right after the SMTP
 * server accepted the message, and entries already in the ledger are never picked again,
 * so a run that was killed can simply be started again and loses nothing. SMTP leaves one
 * gap — a kill between the server's "250 OK" and the ledger write — and messages go out one
 * at a time, so at most one message is in it: a kill resends at most that one, with the same
 * Message-ID (made from the subscriber and the entries). Closing the gap would need the
 * receiving server's help.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { SendMailOptions } from 'nodemailer';
import { endpoints } from './config.ts';
import type { Feed, FeedEntry } from './feed.ts';
import { esc } from './html.ts';
import { sendWithRetry, type Mailer } from './mailer.ts';
import { digestMessage, digestMessageId } from './message.ts';
import { renderDigest, type RenderedMail } from './render.ts';
import { candidates, isDue } from './select.ts';
import type { NewsletterStore, Subscriber } from './store.ts';
import { manageToken } from './tokens.ts';

export interface DigestSettings {
  siteUrl: string;
  newsletterUrl: string;
  secret: string;
  from: string;
  replyTo?: string | undefined;
}

export interface DigestJob {
  subscriber: Subscriber;
  /** New, matching entries not in the ledger, newest first. */
  entries: FeedEntry[];
}

/** Every subscriber who is due and has something new, with what is new for them. */
export async function planDigest(store: NewsletterStore, feed: Feed, now: Date): Promise<DigestJob[]> {
  const jobs: DigestJob[] = [];
  for (const subscriber of await store.activeSubscribers()) {
    if (!isDue(subscriber, now)) continue;
    const fresh = candidates(feed.entries, subscriber, now);
    if (fresh.length === 0) continue;
    const sent = await store.deliveredTo(
      subscriber.id,
      fresh.map((e) => e.id),
    );
    const entries = fresh.filter((e) => !sent.has(e.id));
    if (entries.length > 0) jobs.push({ subscriber, entries });
  }
  return jobs;
}

export interface ComposedDigest {
  rendered: RenderedMail;
  message: SendMailOptions;
  messageId: string;
  /** Ids of every entry the e-mail announces (shown or counted in "and N more"). */
  entryIds: string[];
}

/** Render one job into a complete message with its manage links and list headers. */
export function composeDigest(job: DigestJob, feed: Feed, settings: DigestSettings): ComposedDigest {
  const { subscriber, entries } = job;
  const token = manageToken(settings.secret, subscriber);
  const links = endpoints(settings.newsletterUrl);
  const unsubscribeUrl = links.unsubscribe(token);
  const rendered = renderDigest({
    lang: subscriber.lang,
    frequency: subscriber.frequency,
    entries,
    siteUrl: settings.siteUrl,
    preferencesUrl: links.preferences(token),
    unsubscribeUrl,
    catalogue: feed,
  });
  const entryIds = entries.map((e) => e.id);
  const messageId = digestMessageId(settings.from, subscriber.id, entryIds);
  const message = digestMessage(
    { from: settings.from, replyTo: settings.replyTo, to: subscriber.email, lang: subscriber.lang },
    rendered,
    { messageId, unsubscribeUrl },
  );
  return { rendered, message, messageId, entryIds };
}

/** The raw RFC 5322 message, as an .eml file holds it. */
export function buildEml(message: SendMailOptions): Promise<Buffer> {
  return new MailComposer(message).compile().build();
}

export interface PreviewResult {
  dir: string;
  written: number;
  due: number;
}

/** Write each e-mail as .html and .eml to `dir`, with an index.html to browse them. Nothing is sent or recorded. */
export async function previewDigest(
  jobs: readonly DigestJob[],
  feed: Feed,
  settings: DigestSettings,
  dir: string,
  limit = Infinity,
): Promise<PreviewResult> {
  await mkdir(dir, { recursive: true });
  const rows: string[] = [];
  let written = 0;
  for (const job of jobs.slice(0, limit)) {
    const composed = composeDigest(job, feed, settings);
    const name = `subscriber-${job.subscriber.id}-${job.subscriber.lang}`;
    await writeFile(join(dir, `${name}.html`), composed.rendered.html, 'utf8');
    await writeFile(join(dir, `${name}.eml`), await buildEml(composed.message));
    rows.push(
      `<tr><td><a href="${name}.html">${esc(composed.rendered.subject)}</a></td><td>${esc(job.subscriber.email)}</td>` +
        `<td>${job.subscriber.lang}</td><td>${job.entries.length}</td><td><a href="${name}.eml">.eml</a></td></tr>`,
    );
    written += 1;
  }
  const index = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Digest preview</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}td,th{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}</style>
<h1>Digest preview: ${written} of ${jobs.length} e-mails</h1>
<table><thead><tr><th>Subject</th><th>To</th><th>Language</th><th>Entries</th><th>Raw</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></html>\n`;
  await writeFile(join(dir, 'index.html'), index, 'utf8');
  return { dir, written, due: jobs.length };
}

/**
 * Recipient refusals (5xx to RCPT TO) in a row that stop a run. One refused address is a bad
 * address; ten in a row look like a server refusing us (relaying denied, a block list), so the
 * run stops and none of the ten is marked bouncing.
 */
export const REFUSAL_STREAK = 10;

export interface SendReport {
  due: number;
  sent: number;
  /** (subscriber, entry) pairs written to the ledger. */
  entriesSent: number;
  bounced: number;
  /** Temporary failures that outlasted the retries: tried again by the next run. */
  deferred: number;
  /**
   * Set when the run stopped early because the SMTP server could not be used: it could not be
   * reached, refused the sender, the login or the message, or refused REFUSAL_STREAK recipients
   * in a row. Nobody is marked bouncing for such a refusal.
   */
  aborted?: string | undefined;
}

export interface SendOptions {
  mailer: Mailer;
  retries: number;
  retryDelayMs: number;
  now: () => Date;
  log?: ((line: string) => void) | undefined;
  /** Recipient refusals in a row that stop the run (default REFUSAL_STREAK). */
  refusalStreak?: number;
}

/**
 * Send every job, one message at a time: the next e-mail is rendered while the current one
 * travels, but only one is ever handed to the SMTP server before its ledger row is written.
 * So a run killed at any moment has at most one message that the server accepted and the
 * ledger does not know — the one the next run sends again, with the same Message-ID.
 *
 * Recipient refusals are held back until a later message goes through (or the run ends), so
 * that a streak of them — a server refusing everyone at RCPT — stops the run without marking
 * anyone. A fatal failure stops the run at once; only accepted messages reach the ledger.
 */
export async function sendDigest(
  jobs: readonly DigestJob[],
  feed: Feed,
  settings: DigestSettings,
  store: NewsletterStore,
  opts: SendOptions,
): Promise<SendReport> {
  const report: SendReport = { due: jobs.length, sent: 0, entriesSent: 0, bounced: 0, deferred: 0 };
  const streak = Math.max(1, opts.refusalStreak ?? REFUSAL_STREAK);
  let held: { job: DigestJob; reason: string }[] = [];
  const markHeld = async () => {
    for (const { job, reason } of held) {
      await store.markBouncing(job.subscriber.id, reason, opts.now());
      report.bounced += 1;
      opts.log?.(`bounced: subscriber ${job.subscriber.id}: ${reason}`);
    }
    held = [];
  };
  let next = jobs.length > 0 ? composeDigest(jobs[0]!, feed, settings) : undefined;
  for (let i = 0; i < jobs.length; i += 1) {
    const job = jobs[i]!;
    const composed = next!;
    const sending = sendWithRetry(opts.mailer, composed.message, opts);
    // Render the next e-mail while this one is on the wire.
    next = i + 1 < jobs.length ? composeDigest(jobs[i + 1]!, feed, settings) : undefined;
    const outcome = await sending;
    if (outcome.ok) {
      await store.recordDelivery({
        subscriberId: job.subscriber.id,
        entryIds: composed.entryIds,
        messageId: composed.messageId,
        sentAt: opts.now(),
      });
      report.sent += 1;
      report.entriesSent += composed.entryIds.length;
      await markHeld();
    } else if (outcome.kind === 'permanent') {
      held.push({ job, reason: outcome.reason });
      if (held.length >= streak) {
        report.aborted =
          `the server refused ${held.length} recipients in a row (last: ${outcome.reason}); ` +
          'that looks like the server, not the addresses, so nobody was marked bouncing';
        return report;
      }
    } else if (outcome.kind === 'temporary') {
      report.deferred += 1;
      opts.log?.(`deferred after ${outcome.attempts} attempts: subscriber ${job.subscriber.id}: ${outcome.reason}`);
    } else {
      report.aborted = outcome.reason;
      return report;
    }
  }
  await markHeld();
  return report;
}

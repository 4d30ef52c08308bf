/**
 * Retention of the newsletter's personal data (docs/newsletter.md, "Retention"), run daily by
 * `npm run newsletter:purge` (deploy/systemd/praxisdialog-purge.timer):
 *
 * - a sign-up that was never confirmed is deleted once its link has expired; a subscriber left with no
 *   sign-up and never confirmed (status pending) is deleted with it — there was no consent to prove;
 * - `unsubscribedDays` after an unsubscription (or a permanent bounce) the address is reduced to what the
 *   proof of consent and of its end needs: the address becomes `sha256:<hash of the address>:<row id>`, the
 *   interests, the link secret, the bounce text and the delivery ledger are deleted; the sign-up rows (time
 *   of request and confirmation, consent text version and language) and the events (confirmed,
 *   unsubscribed, with their times) stay. Whoever knows the address can still find its proof
 *   (`proofHash`); nobody can read the address from the file;
 * - `proofDays` after the unsubscription that reduced record is deleted as well (the default, three years,
 *   is the general limitation period of § 195 BGB, within which a claim about the consent could be raised);
 * - e-mails the outbox gave up on keep only their error text; they are deleted after `unsubscribedDays`.
 */
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

export interface NewsletterRetention {
  /** Days after an unsubscription or a bounce until the address is reduced to a hash. */
  unsubscribedDays: number;
  /** Days after the unsubscription until the reduced proof is deleted too. */
  proofDays: number;
}

export interface NewsletterPurgeResult {
  /** Unconfirmed sign-ups deleted after their link expired. */
  expiredSignups: number;
  /** Never-confirmed subscribers deleted with them. */
  pendingSubscribers: number;
  /** Unsubscribed or bouncing subscribers reduced to a hash. */
  reduced: number;
  /** Reduced records deleted after `proofDays`. */
  proofsDeleted: number;
  /** Given-up outbox rows deleted. */
  failedMails: number;
}

/** Where a reduced record keeps its address: a hash that the address, and only it, leads to. */
export const REDUCED_PREFIX = 'sha256:';

/** The hash a reduced record carries for `email` (the stored form: trimmed, lower case). */
export function proofHash(email: string): string {
  return `${REDUCED_PREFIX}${createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex')}`;
}

const NO_INTERESTS = JSON.stringify({ topics: [], districts: [], kinds: [] });
const DAY_MS = 86_400_000;

/** Runs inside the caller's transaction (SqliteStore). */
export function purgeNewsletter(db: DatabaseSync, now: Date, retention: NewsletterRetention): NewsletterPurgeResult {
  const at = now.toISOString();
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const count = (sql: string, ...params: (string | number)[]) => Number(db.prepare(sql).run(...params).changes);

  const expiredSignups = count('DELETE FROM signups WHERE confirmed_at IS NULL AND expires_at <= ?', at);
  const orphans = `SELECT id FROM subscribers WHERE status = 'pending' AND confirmed_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM signups WHERE signups.subscriber_id = subscribers.id)`;
  db.prepare(`DELETE FROM events WHERE subscriber_id IN (${orphans})`).run();
  db.prepare(`DELETE FROM deliveries WHERE subscriber_id IN (${orphans})`).run();
  const pendingSubscribers = count(`DELETE FROM subscribers WHERE id IN (${orphans})`);

  // The end of the subscription: the unsubscription, or the bounce that stopped the e-mails.
  const ended = `COALESCE(unsubscribed_at, bounced_at)`;
  const due = db
    .prepare(
      `SELECT id, email FROM subscribers WHERE status IN ('unsubscribed', 'bouncing') AND ${ended} <= ?
       AND email NOT LIKE '${REDUCED_PREFIX}%'`,
    )
    .all(before(retention.unsubscribedDays)) as { id: number; email: string }[];
  const reduceSubscriber = db.prepare(
    `UPDATE subscribers SET email = ?, nonce = '', interests = ?, bounce_reason = NULL, last_sent_at = NULL
     WHERE id = ?`,
  );
  const reduceSignups = db.prepare('UPDATE signups SET email = ?, interests = ? WHERE subscriber_id = ?');
  const dropLedger = db.prepare('DELETE FROM deliveries WHERE subscriber_id = ?');
  // What was chosen and why a message bounced (the server's answer may quote the address) is not proof.
  const dropDetails = db.prepare(
    `UPDATE events SET detail = NULL WHERE subscriber_id = ? AND kind IN ('preferences', 'bouncing')`,
  );
  for (const { id, email } of due) {
    // The row id keeps the column unique when one address was reduced before under an older row.
    const hashed = `${proofHash(email)}:${id}`;
    reduceSubscriber.run(hashed, NO_INTERESTS, id);
    reduceSignups.run(hashed, NO_INTERESTS, id);
    dropLedger.run(id);
    dropDetails.run(id);
  }

  const old = `SELECT id FROM subscribers WHERE email LIKE '${REDUCED_PREFIX}%' AND ${ended} <= ?`;
  const proofCutoff = before(retention.proofDays);
  db.prepare(`DELETE FROM events WHERE subscriber_id IN (${old})`).run(proofCutoff);
  db.prepare(`DELETE FROM signups WHERE subscriber_id IN (${old})`).run(proofCutoff);
  db.prepare(`DELETE FROM deliveries WHERE subscriber_id IN (${old})`).run(proofCutoff);
  const proofsDeleted = count(`DELETE FROM subscribers WHERE id IN (${old})`, proofCutoff);

  const failedMails = count(
    `DELETE FROM outbox WHERE status = 'failed' AND next_attempt_at <= ?`,
    before(retention.unsubscribedDays),
  );
  return { expiredSignups, pendingSubscribers, reduced: due.length, proofsDeleted, failedMails };
}

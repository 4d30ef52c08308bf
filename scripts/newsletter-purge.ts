/**
 * npm run newsletter:purge [-- --now <ISO time>]
 *
 * Applies the retention periods (src/lib/newsletter/purge.ts; docs/newsletter.md, "Retention"): deletes
 * unconfirmed sign-ups whose link expired, reduces addresses PRAXIS_NEWSLETTER_UNSUBSCRIBED_DAYS (30) after an
 * unsubscription or bounce to the hash the proof of consent needs, deletes that proof after
 * PRAXIS_NEWSLETTER_PROOF_DAYS (1095), and deletes the personal data of practice submissions
 * PRAXIS_SUBMISSION_RETENTION_DAYS after the editors' decision (and unconfirmed ones once expired).
 * Run daily by deploy/systemd/praxisdialog-datacare.timer. Safe while the server runs (one transaction).
 * Exit codes: 0 done, 1 failed.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/lib/newsletter/config.ts';
import { redact } from '../src/lib/newsletter/redact.ts';
import { SqliteStore, StoreError } from '../src/lib/newsletter/store.ts';

class UsageError extends Error {}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { now: { type: 'string' } }, strict: true });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now "${values.now}" is not a time such as 2026-12-06T05:00:00Z`);
  const config = loadConfig();
  const store = new SqliteStore(config.dbPath);
  try {
    const { unsubscribedDays, proofDays } = config.retention;
    const n = await store.purgeNewsletter(now, { unsubscribedDays, proofDays });
    const s = await store.purgeSubmissions(now, config.submissions.retentionDays);
    console.log(
      `Newsletter: deleted ${n.expiredSignups} expired unconfirmed sign-up(s) and ${n.pendingSubscribers} never-confirmed ` +
        `address(es); reduced ${n.reduced} address(es) unsubscribed or bouncing for ${unsubscribedDays}+ days to a hash; ` +
        `deleted ${n.proofsDeleted} proof(s) older than ${proofDays} days and ${n.failedMails} given-up e-mail(s).`,
    );
    console.log(
      `Submissions: deleted the personal data of ${s.purged} decided ${config.submissions.retentionDays}+ days ago ` +
        `and ${s.deleted} unconfirmed one(s).`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const known = [UsageError, ConfigError, StoreError].some((E) => error instanceof E);
  console.error(redact(known ? (error as Error).message : `The purge failed: ${(error as Error).message}`));
  process.exit(1);
});

/**
 * `npm run submissions` — the editors' side of the practice submission form (docs/submissions.md).
 *
 *   npm run submissions                              confirmed submissions not yet decided
 *   npm run submissions -- list --all                every submission, newest first
 *   npm run submissions -- show ID                   one submission in full
 *   npm run submissions -- accept ID                 write content/practices/<lang>/<slug>.mdx as a draft
 *   npm run submissions -- reject ID --reason "…"    decline, with a polite e-mail giving the reason
 *   npm run submissions -- purge [--days N]          delete personal data N days after the decision
 *
 * Uses the server's settings (.env.example): the same database, SMTP server and sender.
 * Exit codes: 0 done, 1 wrong arguments, settings or database, or the draft does not pass the check.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type NewsletterConfig } from '../src/lib/newsletter/config.ts';
import { createMailer } from '../src/lib/newsletter/mailer.ts';
import { Outbox } from '../src/lib/newsletter/outbox.ts';
import { redact } from '../src/lib/newsletter/redact.ts';
import { SqliteStore, StoreError } from '../src/lib/newsletter/store.ts';
import { describeSubmission, rejectionMail } from '../src/lib/submissions/mail.ts';
import type { Submission } from '../src/lib/submissions/store.ts';

function fail(message: string): never {
  console.error(redact(message));
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    all: { type: 'boolean', default: false },
    reason: { type: 'string' },
    days: { type: 'string' },
  },
});
const [command = 'list', idText] = positionals;

let config: NewsletterConfig;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
let store: SqliteStore;
try {
  store = new SqliteStore(config.dbPath);
} catch (error) {
  fail(error instanceof StoreError ? error.message : String(error));
}

function line(s: Submission): string {
  const state = s.purgedAt
    ? 'purged'
    : (s.decision ?? (s.confirmedAt ? 'open' : s.expiresAt <= new Date().toISOString() ? 'expired' : 'unconfirmed'));
  return `#${s.id}  ${s.submittedAt.slice(0, 16).replace('T', ' ')}  ${state.padEnd(11)}  ${s.lang}  ${s.proofOfWork ? '   ' : 'noJS'}  ${s.title}`;
}

async function submissionById(): Promise<Submission> {
  const id = Number(idText);
  if (!idText || !Number.isSafeInteger(id) || id < 1) fail(`Give the number of a submission, e.g. "${command} 12".`);
  const s = await store.submission(id);
  if (!s) fail(`There is no submission #${id}. "npm run submissions -- list --all" lists them.`);
  return s;
}

async function sendQueued(): Promise<void> {
  const mailer = createMailer(config.smtp);
  const outbox = new Outbox({
    store,
    mailer,
    retryDelayMs: config.smtp.retryDelayMs,
    parallel: 1,
    log: (l) => console.error(redact(l)),
  });
  await outbox.drain(30_000);
  outbox.stop();
  mailer.close();
  const left = await store.outboxCounts();
  if (left.queued > 0) console.error(`${left.queued} e-mail(s) still queued; the server sends them on its next round.`);
}

try {
  switch (command) {
    case 'list': {
      const rows = await store.submissions(values.all ? 'all' : 'open');
      if (rows.length === 0) console.log(values.all ? 'No submissions.' : 'No confirmed submission is waiting.');
      // A list is shown and pasted around: no address in it, not even one typed into a title.
      for (const s of rows) console.log(redact(line(s)));
      break;
    }
    case 'show': {
      const s = await submissionById();
      console.log(line(s));
      console.log(
        `submitter: ${s.email ?? '(deleted)'} · consent ${s.consentVersion} · confirmed ${s.confirmedAt ?? '–'}`,
      );
      for (const [k, v] of describeSubmission(s)) console.log(`\n== ${k} ==\n${v}`);
      break;
    }
    case 'accept': {
      const s = await submissionById();
      if (!s.confirmedAt) fail(`Submission #${s.id} has not been confirmed by its submitter; it cannot be accepted.`);
      if (s.decision) fail(`Submission #${s.id} was already ${s.decision} (${s.decidedAt}).`);
      // Loaded only here: writing and checking a draft needs the content tools (yaml, the content check's
      // parsers), which are devDependencies — the other commands run on a production install (--omit=dev).
      const { DraftError, writeDraft } = await import('../src/lib/submissions/draft.ts');
      const { checkContent } = await import('../src/lib/contentCheck/index.ts');
      const { contentDir } = await import('../src/lib/contentDir.ts');
      const { buildNow } = await import('../src/lib/publish.ts');
      const { site } = await import('../src/config/site.ts');
      const root = contentDir();
      let file: string;
      try {
        file = writeDraft(root, s);
      } catch (error) {
        if (error instanceof DraftError) fail(error.message);
        throw error;
      }
      const shown = relative(process.cwd(), file);
      const inRoot = relative(root, file);
      const problems = checkContent({ root, now: buildNow(), site: site.url, cwd: root }).filter(
        (p) => p.severity === 'error' && p.file === inRoot,
      );
      await store.decideSubmission(s.id, { kind: 'accepted', note: shown }, new Date());
      console.log(`Wrote ${shown} (draft: true). Review it, then set draft: false to publish.`);
      if (problems.length > 0) {
        for (const p of problems) console.error(`${p.file}:${p.line}  ${p.field.en}  ${p.wrong.en}`);
        fail('The draft does not pass the content check (above); fix it before publishing.');
      }
      break;
    }
    case 'reject': {
      const s = await submissionById();
      const reason = (values.reason ?? '').trim();
      if (reason.length < 10) fail('Give the submitter a reason: --reason "…" (at least a sentence).');
      if (!s.confirmedAt) fail(`Submission #${s.id} has not been confirmed; unconfirmed ones are deleted on purge.`);
      if (s.decision) fail(`Submission #${s.id} was already ${s.decision} (${s.decidedAt}).`);
      const mail = s.email
        ? {
            kind: 'submission-rejection',
            message: rejectionMail(
              {
                from: config.from,
                replyTo: config.replyTo,
                siteUrl: config.siteUrl,
                editors: config.submissions.editors,
              },
              { lang: s.lang, to: s.email, title: s.title, reason },
            ),
          }
        : undefined;
      await store.decideSubmission(s.id, { kind: 'rejected', note: reason }, new Date(), mail);
      await sendQueued();
      console.log(`Rejected #${s.id}${mail ? `; the submitter was written to` : ''}.`);
      break;
    }
    case 'purge': {
      const days = values.days === undefined ? config.submissions.retentionDays : Number(values.days);
      if (!Number.isInteger(days) || days < 0) fail('--days expects a whole number of days, e.g. --days 90.');
      const { purged, deleted } = await store.purgeSubmissions(new Date(), days);
      console.log(`Deleted the personal data of ${purged} decided submission(s) and ${deleted} unconfirmed one(s).`);
      break;
    }
    default:
      fail(`Unknown command "${command}". Use list, show, accept, reject or purge (see docs/submissions.md).`);
  }
} finally {
  await store.close();
}

/**
 * Practice submissions in the newsletter's SQLite file (src/lib/newsletter/store.ts): the same
 * process, the same outbox and stored limits, one file to back up and to delete from. The
 * submission, its confirmation e-mail and its limit hit are written in one transaction; so are
 * the confirmation and the editors' notification, and a decision and its e-mail to the submitter.
 *
 * A submission is kept as JSON text exactly as the form sent it (after the checks of fields.ts).
 * Its confirmation token is stored only as a SHA-256 hash. `purge` deletes the personal data —
 * the address and the form's text — a number of days after the decision, and unconfirmed
 * submissions once their link has expired.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { LimitHit, NewMail, StoredLimit } from '../newsletter/store.ts';
import type { Lang } from '../newsletter/types.ts';
import type { SubmissionInput } from './fields.ts';

/** Version 3 of the store's schema: the submissions table. */
export const SCHEMA_V3 = `
CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  lang TEXT NOT NULL CHECK (lang IN ('de', 'en')),
  email TEXT,
  title TEXT NOT NULL,
  data TEXT,
  consent_version TEXT NOT NULL,
  retention_days INTEGER NOT NULL,
  proof_of_work INTEGER NOT NULL,
  submitted_at TEXT NOT NULL,
  token_hash TEXT UNIQUE,
  expires_at TEXT NOT NULL,
  confirmed_at TEXT,
  decision TEXT CHECK (decision IN ('accepted', 'rejected')),
  decided_at TEXT,
  decision_note TEXT,
  purged_at TEXT
);
CREATE INDEX submissions_open ON submissions (confirmed_at, decision);
`;

/** The form's content as stored: everything but the address. */
export type SubmissionData = Omit<SubmissionInput, 'email' | 'lang' | 'consentVersion'>;

export interface NewSubmission {
  lang: Lang;
  email: string;
  data: SubmissionData;
  consentVersion: string;
  retentionDays: number;
  /** Did the browser solve the proof of work? (No: sent without JavaScript.) */
  proofOfWork: boolean;
  submittedAt: Date;
  tokenHash: string;
  expiresAt: Date;
}

export interface Submission {
  id: number;
  lang: Lang;
  /** null once purged. */
  email: string | null;
  title: string;
  /** null once purged. */
  data: SubmissionData | null;
  consentVersion: string;
  retentionDays: number;
  proofOfWork: boolean;
  submittedAt: string;
  expiresAt: string;
  confirmedAt: string | null;
  decision: 'accepted' | 'rejected' | null;
  decidedAt: string | null;
  decisionNote: string | null;
  purgedAt: string | null;
}

export type SubmissionConfirmResult =
  { status: 'confirmed'; submission: Submission } | { status: 'invalid' | 'expired' | 'used'; lang?: Lang };

export interface SubmissionStore {
  /**
   * Keep a submission (pending until confirmed) and queue its confirmation e-mail, in one transaction.
   * Past `limit` the same statements run and are rolled back (`allowed: false`), so the answer takes as long.
   */
  recordSubmission(
    submission: NewSubmission,
    opts: { limit?: StoredLimit | undefined; mail: NewMail },
  ): Promise<{ allowed: boolean; id?: number | undefined }>;
  /** The submission a confirmation token belongs to, without using it. */
  submissionByToken(tokenHash: string): Promise<Submission | undefined>;
  /** Use the token once; `notify` makes the editors' e-mail, queued in the same transaction. */
  confirmSubmission(
    tokenHash: string,
    now: Date,
    notify: (submission: Submission) => NewMail,
  ): Promise<SubmissionConfirmResult>;
  /** `open`: confirmed and not yet decided; `all`: every row, newest first. */
  submissions(which: 'open' | 'all'): Promise<Submission[]>;
  submission(id: number): Promise<Submission | undefined>;
  /** Record the editors' decision (once) and queue an e-mail to the submitter with it. */
  decideSubmission(
    id: number,
    decision: { kind: 'accepted' | 'rejected'; note: string },
    now: Date,
    mail?: NewMail,
  ): Promise<boolean>;
  /** Delete address and text of submissions decided `retentionDays` ago or more, and of expired unconfirmed ones. */
  purgeSubmissions(now: Date, retentionDays: number): Promise<{ purged: number; deleted: number }>;
}

interface Helpers {
  transaction<T>(work: () => T): T;
  hit(limit: StoredLimit, now: Date): LimitHit;
  enqueue(mail: NewMail, now: Date): number;
}

type Row = Record<string, string | number | null>;

function toSubmission(r: Row): Submission {
  return {
    id: r.id as number,
    lang: r.lang as Lang,
    email: r.email as string | null,
    title: r.title as string,
    data: r.data === null ? null : (JSON.parse(r.data as string) as SubmissionData),
    consentVersion: r.consent_version as string,
    retentionDays: r.retention_days as number,
    proofOfWork: r.proof_of_work === 1,
    submittedAt: r.submitted_at as string,
    expiresAt: r.expires_at as string,
    confirmedAt: r.confirmed_at as string | null,
    decision: r.decision as Submission['decision'],
    decidedAt: r.decided_at as string | null,
    decisionNote: r.decision_note as string | null,
    purgedAt: r.purged_at as string | null,
  };
}

/** The submission half of SqliteStore; it shares the store's connection, transactions, limits and outbox. */
export class SubmissionTables {
  readonly #h: Helpers;
  readonly #db: DatabaseSync;
  readonly #s: Record<string, StatementSync>;

  constructor(db: DatabaseSync, helpers: Helpers) {
    this.#h = helpers;
    this.#db = db;
    this.#s = {
      insert: db.prepare(
        `INSERT INTO submissions (lang, email, title, data, consent_version, retention_days, proof_of_work,
           submitted_at, token_hash, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      byToken: db.prepare('SELECT * FROM submissions WHERE token_hash = ?'),
      byId: db.prepare('SELECT * FROM submissions WHERE id = ?'),
      confirm: db.prepare('UPDATE submissions SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL'),
      open: db.prepare(
        `SELECT * FROM submissions WHERE confirmed_at IS NOT NULL AND decision IS NULL AND purged_at IS NULL ORDER BY id`,
      ),
      all: db.prepare('SELECT * FROM submissions ORDER BY id DESC'),
      decide: db.prepare(
        `UPDATE submissions SET decision = ?, decided_at = ?, decision_note = ?, token_hash = NULL
         WHERE id = ? AND decision IS NULL AND confirmed_at IS NOT NULL AND purged_at IS NULL`,
      ),
      purgeDecided: db.prepare(
        `UPDATE submissions SET email = NULL, data = NULL, token_hash = NULL, title = '–', purged_at = ?
         WHERE purged_at IS NULL AND decided_at IS NOT NULL AND decided_at <= ?`,
      ),
      deleteExpired: db.prepare('DELETE FROM submissions WHERE confirmed_at IS NULL AND expires_at <= ?'),
    };
  }

  record(
    s: NewSubmission,
    opts: { limit?: StoredLimit | undefined; mail: NewMail },
  ): { allowed: boolean; id?: number | undefined } {
    return this.#h.transaction(() => {
      const allowed = opts.limit ? this.#h.hit(opts.limit, s.submittedAt).allowed : true;
      // Past the limit the same work is done and rolled back (see NewsletterStore.recordSignup).
      this.#db.exec('SAVEPOINT submission');
      const id = Number(
        this.#s.insert!.run(
          s.lang,
          s.email,
          s.data.title,
          JSON.stringify(s.data),
          s.consentVersion,
          s.retentionDays,
          s.proofOfWork ? 1 : 0,
          s.submittedAt.toISOString(),
          s.tokenHash,
          s.expiresAt.toISOString(),
        ).lastInsertRowid,
      );
      this.#h.enqueue(opts.mail, s.submittedAt);
      if (!allowed) this.#db.exec('ROLLBACK TO submission');
      this.#db.exec('RELEASE submission');
      return allowed ? { allowed, id } : { allowed };
    });
  }

  byToken(hash: string): Submission | undefined {
    const row = this.#s.byToken!.get(hash) as Row | undefined;
    return row ? toSubmission(row) : undefined;
  }

  confirm(hash: string, now: Date, notify: (s: Submission) => NewMail): SubmissionConfirmResult {
    return this.#h.transaction((): SubmissionConfirmResult => {
      const row = this.#s.byToken!.get(hash) as Row | undefined;
      if (!row) return { status: 'invalid' };
      const lang = row.lang as Lang;
      if (row.confirmed_at !== null) return { status: 'used', lang };
      if ((row.expires_at as string) <= now.toISOString()) return { status: 'expired', lang };
      this.#s.confirm!.run(now.toISOString(), row.id as number);
      const submission = toSubmission(this.#s.byId!.get(row.id as number) as Row);
      this.#h.enqueue(notify(submission), now);
      return { status: 'confirmed', submission };
    });
  }

  list(which: 'open' | 'all'): Submission[] {
    return (this.#s[which]!.all() as Row[]).map(toSubmission);
  }

  get(id: number): Submission | undefined {
    const row = this.#s.byId!.get(id) as Row | undefined;
    return row ? toSubmission(row) : undefined;
  }

  decide(id: number, d: { kind: 'accepted' | 'rejected'; note: string }, now: Date, mail?: NewMail): boolean {
    return this.#h.transaction(() => {
      const changed = Number(this.#s.decide!.run(d.kind, now.toISOString(), d.note.slice(0, 2000), id).changes);
      if (changed > 0 && mail) this.#h.enqueue(mail, now);
      return changed > 0;
    });
  }

  purge(now: Date, retentionDays: number): { purged: number; deleted: number } {
    return this.#h.transaction(() => {
      const before = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
      const purged = Number(this.#s.purgeDecided!.run(now.toISOString(), before).changes);
      const deleted = Number(this.#s.deleteExpired!.run(now.toISOString()).changes);
      return { purged, deleted };
    });
  }
}

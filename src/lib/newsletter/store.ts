/**
 * Where subscribers, the proof of their consent and the delivery ledger live.
 *
 * `NewsletterStore` is the interface the server and the digest use; every method is
 * async so that an operator with a larger installation can put the data in PostgreSQL
 * or elsewhere by implementing it. `SqliteStore` is the default: one file, `node:sqlite`,
 * no extra dependency.
 *
 * Besides the newsletter's own tables the store keeps two things any form of the site can use
 * (the practice submissions do: src/lib/submissions/store.ts): an outbox of transactional e-mails that survives a restart,
 * and rate-limit counters that survive one too.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { newPublicId } from './tokens.ts';
import { proofHash, purgeNewsletter, type NewsletterPurgeResult, type NewsletterRetention } from './purge.ts';
import type { Frequency, Interests, Lang } from './types.ts';
import { SCHEMA_V3, SubmissionTables, type SubmissionStore } from '../submissions/store.ts';

export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'bouncing';

export interface Preferences {
  lang: Lang;
  frequency: Frequency;
  interests: Interests;
}

export interface Subscriber extends Preferences {
  id: number;
  /** Random id that stands for the subscriber in links (the row id is sequential). */
  publicId: string;
  email: string;
  status: SubscriberStatus;
  /** Secret input of the subscriber's manage links (see tokens.ts). */
  nonce: string;
  createdAt: string;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  lastSentAt: string | null;
}

/** A sign-up request as the form sent it: kept unchanged as proof of consent. */
export interface NewSignup extends Preferences {
  email: string;
  requestedAt: Date;
  consentVersion: string;
  /** Language the consent text was shown in (the form page's language). */
  consentLang: Lang;
  tokenHash: string;
  expiresAt: Date;
  /** Nonce for the subscriber row if this address is new. */
  nonce: string;
}

export interface PendingSignup {
  email: string;
  lang: Lang;
  requestedAt: string;
  expiresAt: string;
  confirmedAt: string | null;
  subscriberId: number;
  /** True if the subscriber unsubscribed after this sign-up was requested: the link must not undo that. */
  superseded: boolean;
}

export type ConfirmResult =
  | { status: 'confirmed'; subscriber: Subscriber }
  | { status: 'invalid' | 'expired' | 'used' | 'superseded'; lang?: Lang };

/** A fixed-window limit kept in the store: at most `max` hits per `key` in `windowMs`. */
export interface StoredLimit {
  /** What is counted, e.g. "newsletter-address"; keys of different scopes never meet. */
  scope: string;
  /** Kept only as a SHA-256 hash. */
  key: string;
  max: number;
  windowMs: number;
}

export interface LimitHit {
  allowed: boolean;
  /** Seconds until the key may try again. */
  retryAfter: number;
}

/** A transactional e-mail for the outbox: any JSON the mailer understands (nodemailer's options). */
export interface NewMail {
  /** What it is, for the operator: "confirmation", later e.g. "submission". */
  kind: string;
  message: Record<string, unknown>;
}

export interface QueuedMail extends NewMail {
  id: number;
  /** Attempts so far. */
  attempts: number;
  createdAt: string;
}

export interface OutboxCounts {
  queued: number;
  failed: number;
}

/** What the operator can show as proof of consent for one address. */
export interface ProofRecord {
  email: string;
  requestedAt: string;
  confirmedAt: string | null;
  consentVersion: string;
  consentLang: Lang;
  lang: Lang;
  frequency: Frequency;
  interests: Interests;
}

export interface Delivery {
  subscriberId: number;
  entryIds: string[];
  messageId: string;
  sentAt: Date;
}

export interface NewsletterStore extends SubmissionStore {
  /**
   * Keep a sign-up request; creates a pending subscriber for a new address. With `limit`, the
   * hit is counted first and, past the limit, nothing else is kept (`allowed: false`); with
   * `mail`, the confirmation e-mail goes into the outbox in the same transaction. Past the limit
   * the same statements run and are rolled back, so both answers take the same time.
   */
  recordSignup(
    signup: NewSignup,
    opts?: { limit?: StoredLimit | undefined; mail?: NewMail | undefined },
  ): Promise<{ allowed: boolean; subscriberId?: number | undefined; mailId?: number | undefined }>;
  /** The sign-up a confirmation token belongs to, without using it. */
  signupByToken(tokenHash: string): Promise<PendingSignup | undefined>;
  /** Use a confirmation token once: the subscriber becomes active with the sign-up's choices. */
  confirmSignup(tokenHash: string, now: Date): Promise<ConfirmResult>;
  subscriber(id: number): Promise<Subscriber | undefined>;
  subscriberByPublicId(publicId: string): Promise<Subscriber | undefined>;
  updatePreferences(id: number, preferences: Preferences, now: Date): Promise<void>;
  unsubscribe(id: number, now: Date): Promise<void>;
  /** Everyone who may receive a digest. */
  activeSubscribers(): Promise<Subscriber[]>;
  /** Which of these entries this subscriber has already been sent. */
  deliveredTo(subscriberId: number, entryIds: readonly string[]): Promise<Set<string>>;
  /** Write the ledger once the SMTP server accepted a message; an entry sent before is ignored. */
  recordDelivery(delivery: Delivery): Promise<void>;
  /** A permanent SMTP failure: stop writing to this address. */
  markBouncing(id: number, reason: string, now: Date): Promise<void>;
  /** The sign-ups of an address, also after the purge reduced it to a hash (then `email` is that hash). */
  proof(email: string): Promise<ProofRecord[]>;
  /** Delete and reduce personal data past its retention (purge.ts); one transaction. */
  purgeNewsletter(now: Date, retention: NewsletterRetention): Promise<NewsletterPurgeResult>;

  /** Count one hit against a stored limit (see StoredLimit). */
  hitLimit(limit: StoredLimit, now: Date): Promise<LimitHit>;

  /** Put a transactional e-mail into the outbox; it stays there until sent or given up. */
  enqueueMail(mail: NewMail, now: Date): Promise<number>;
  /** Queued e-mails whose next attempt is due, oldest first. */
  dueMail(now: Date, limit: number): Promise<QueuedMail[]>;
  /** Accepted by the SMTP server: the e-mail (which may hold a confirmation token) is deleted. */
  mailSent(id: number): Promise<void>;
  /** Not sent this time: try again at `retryAt`. */
  mailDeferred(id: number, reason: string, retryAt: Date): Promise<void>;
  /** Given up (refused for good): the body is deleted, the row kept with the reason. */
  mailFailed(id: number, reason: string, now: Date): Promise<void>;
  outboxCounts(): Promise<OutboxCounts>;

  close(): Promise<void>;
}

export const SCHEMA_VERSION = 3;

/** Version 1: the schema the first release created; every database starts here and is migrated up. */
export const SCHEMA_V1 = `
CREATE TABLE subscribers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'unsubscribed', 'bouncing')),
  lang TEXT NOT NULL CHECK (lang IN ('de', 'en')),
  frequency TEXT NOT NULL CHECK (frequency IN ('immediate', 'weekly', 'monthly')),
  interests TEXT NOT NULL,
  nonce TEXT NOT NULL,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  unsubscribed_at TEXT,
  last_sent_at TEXT,
  bounced_at TEXT,
  bounce_reason TEXT
);
-- Every sign-up request, never changed except for its confirmation time: the proof of consent.
CREATE TABLE signups (
  id INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers (id),
  email TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  consent_version TEXT NOT NULL,
  consent_lang TEXT NOT NULL,
  lang TEXT NOT NULL,
  frequency TEXT NOT NULL,
  interests TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  confirmed_at TEXT
);
CREATE INDEX signups_email ON signups (email);
-- The delivery ledger: one row per (subscriber, entry) once the SMTP server accepted the message.
CREATE TABLE deliveries (
  subscriber_id INTEGER NOT NULL REFERENCES subscribers (id),
  entry_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  UNIQUE (subscriber_id, entry_id)
);
-- What happened to a subscription after sign-up (preferences, unsubscribe, bounce), for the record.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers (id),
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT
);
`;

/**
 * Version 2: random public ids for links (filled in for existing subscribers), the outbox of
 * transactional e-mails and stored rate-limit counters.
 */
const SCHEMA_V2 = `
ALTER TABLE subscribers ADD COLUMN public_id TEXT;
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'failed')),
  message TEXT,
  created_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE TABLE limits (
  scope TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (scope, key_hash)
);
CREATE INDEX limits_expiry ON limits (expires_at);
`;

interface SubscriberRow {
  id: number;
  public_id: string;
  email: string;
  status: SubscriberStatus;
  lang: Lang;
  frequency: Frequency;
  interests: string;
  nonce: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  last_sent_at: string | null;
}

function toSubscriber(row: SubscriberRow): Subscriber {
  return {
    id: row.id,
    publicId: row.public_id,
    email: row.email,
    status: row.status,
    lang: row.lang,
    frequency: row.frequency,
    interests: JSON.parse(row.interests) as Interests,
    nonce: row.nonce,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    unsubscribedAt: row.unsubscribed_at,
    lastSentAt: row.last_sent_at,
  };
}

/** A sign-up requested before a later unsubscribe: its link must not undo the unsubscribe. */
function supersededBy(row: Record<string, string | number | null>): boolean {
  const unsubscribedAt = row.unsubscribed_at as string | null;
  return unsubscribedAt !== null && unsubscribedAt > (row.requested_at as string);
}

export class StoreError extends Error {}

export class SqliteStore implements NewsletterStore {
  readonly #db: DatabaseSync;
  readonly #stmt: Record<string, StatementSync>;
  readonly #submissions: SubmissionTables;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    try {
      this.#db = new DatabaseSync(file);
      // WAL lets the server answer while a digest run writes; the timeout rides out short locks.
      // synchronous=NORMAL: a commit survives the process being killed (the case the ledger is
      // built for) without an fsync per ledger row; only a power cut can lose the last commits.
      this.#db.exec(
        'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
      );
      this.#migrate();
    } catch (error) {
      throw new StoreError(`Could not open the newsletter database ${file}: ${(error as Error).message}`);
    }
    const db = this.#db;
    this.#stmt = {
      subscriberByEmail: db.prepare('SELECT * FROM subscribers WHERE email = ?'),
      subscriberById: db.prepare('SELECT * FROM subscribers WHERE id = ?'),
      subscriberByPublicId: db.prepare('SELECT * FROM subscribers WHERE public_id = ?'),
      insertSubscriber: db.prepare(
        `INSERT INTO subscribers (email, status, lang, frequency, interests, nonce, created_at, public_id)
         VALUES (?, 'pending', ?, ?, ?, ?, ?, ?)`,
      ),
      insertSignup: db.prepare(
        `INSERT INTO signups (subscriber_id, email, requested_at, consent_version, consent_lang, lang, frequency,
           interests, token_hash, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      signupByToken: db.prepare(
        `SELECT s.*, u.unsubscribed_at AS unsubscribed_at FROM signups s
         JOIN subscribers u ON u.id = s.subscriber_id WHERE s.token_hash = ?`,
      ),
      useSignup: db.prepare('UPDATE signups SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL'),
      activate: db.prepare(
        `UPDATE subscribers SET status = 'active', lang = ?, frequency = ?, interests = ?, confirmed_at = ?,
           unsubscribed_at = NULL, bounced_at = NULL, bounce_reason = NULL WHERE id = ?`,
      ),
      updatePreferences: db.prepare('UPDATE subscribers SET lang = ?, frequency = ?, interests = ? WHERE id = ?'),
      unsubscribe: db.prepare(
        `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ? WHERE id = ? AND status != 'unsubscribed'`,
      ),
      event: db.prepare('INSERT INTO events (subscriber_id, at, kind, detail) VALUES (?, ?, ?, ?)'),
      active: db.prepare(`SELECT * FROM subscribers WHERE status = 'active' ORDER BY id`),
      delivered: db.prepare('SELECT entry_id FROM deliveries WHERE subscriber_id = ?'),
      insertDelivery: db.prepare(
        'INSERT OR IGNORE INTO deliveries (subscriber_id, entry_id, message_id, sent_at) VALUES (?, ?, ?, ?)',
      ),
      lastSent: db.prepare('UPDATE subscribers SET last_sent_at = ? WHERE id = ?'),
      bounce: db.prepare(`UPDATE subscribers SET status = 'bouncing', bounced_at = ?, bounce_reason = ? WHERE id = ?`),
      proof: db.prepare('SELECT * FROM signups WHERE email = ? OR email LIKE ? ORDER BY requested_at'),
      limitGet: db.prepare('SELECT window_start, count FROM limits WHERE scope = ? AND key_hash = ?'),
      limitSet: db.prepare(
        `INSERT INTO limits (scope, key_hash, window_start, expires_at, count) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (scope, key_hash) DO UPDATE SET window_start = excluded.window_start,
           expires_at = excluded.expires_at, count = excluded.count`,
      ),
      limitSweep: db.prepare(
        'DELETE FROM limits WHERE rowid IN (SELECT rowid FROM limits WHERE expires_at <= ? LIMIT 20)',
      ),
      enqueue: db.prepare(
        `INSERT INTO outbox (kind, status, message, created_at, next_attempt_at) VALUES (?, 'queued', ?, ?, ?)`,
      ),
      due: db.prepare(
        `SELECT id, kind, message, attempts, created_at FROM outbox
         WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
      ),
      mailSent: db.prepare('DELETE FROM outbox WHERE id = ?'),
      mailDeferred: db.prepare(
        'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?',
      ),
      mailFailed: db.prepare(
        `UPDATE outbox SET status = 'failed', message = NULL, attempts = attempts + 1, last_error = ?,
           next_attempt_at = ? WHERE id = ?`,
      ),
      outboxCounts: db.prepare(
        `SELECT COALESCE(SUM(status = 'queued'), 0) AS queued, COALESCE(SUM(status = 'failed'), 0) AS failed FROM outbox`,
      ),
    };
    this.#submissions = new SubmissionTables(db, {
      transaction: (work) => this.#transaction(work),
      hit: (limit, now) => this.#hit(limit, now),
      enqueue: (mail, now) => this.#enqueue(mail, now),
    });
  }

  recordSubmission: SubmissionStore['recordSubmission'] = async (s, opts) => this.#submissions.record(s, opts);
  submissionByToken: SubmissionStore['submissionByToken'] = async (hash) => this.#submissions.byToken(hash);
  confirmSubmission: SubmissionStore['confirmSubmission'] = async (hash, now, notify) =>
    this.#submissions.confirm(hash, now, notify);
  submissions: SubmissionStore['submissions'] = async (which) => this.#submissions.list(which);
  submission: SubmissionStore['submission'] = async (id) => this.#submissions.get(id);
  decideSubmission: SubmissionStore['decideSubmission'] = async (id, decision, now, mail) =>
    this.#submissions.decide(id, decision, now, mail);
  purgeSubmissions: SubmissionStore['purgeSubmissions'] = async (now, retentionDays) =>
    this.#submissions.purge(now, retentionDays);

  /** Bring the file to SCHEMA_VERSION one step at a time, each step in its own transaction. */
  #migrate(): void {
    const version = () => (this.#db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    if (version() > SCHEMA_VERSION) {
      throw new StoreError(
        `unknown schema version ${version()} (expected at most ${SCHEMA_VERSION}): a newer release wrote it`,
      );
    }
    if (version() === 0) {
      this.#transaction(() => {
        this.#db.exec(SCHEMA_V1);
        this.#db.exec('PRAGMA user_version = 1');
      });
    }
    if (version() === 1) {
      this.#transaction(() => {
        this.#db.exec(SCHEMA_V2);
        const ids = this.#db.prepare('SELECT id FROM subscribers').all() as { id: number }[];
        const give = this.#db.prepare('UPDATE subscribers SET public_id = ? WHERE id = ?');
        for (const { id } of ids) give.run(newPublicId(), id);
        this.#db.exec('CREATE UNIQUE INDEX subscribers_public_id ON subscribers (public_id)');
        this.#db.exec('PRAGMA user_version = 2');
      });
    }
    if (version() === 2) {
      this.#transaction(() => {
        this.#db.exec(SCHEMA_V3);
        this.#db.exec('PRAGMA user_version = 3');
      });
    }
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  async recordSignup(
    s: NewSignup,
    opts: { limit?: StoredLimit | undefined; mail?: NewMail | undefined } = {},
  ): Promise<{ allowed: boolean; subscriberId?: number | undefined; mailId?: number | undefined }> {
    return this.#transaction(() => {
      const allowed = opts.limit ? this.#hit(opts.limit, s.requestedAt).allowed : true;
      // Past the limit the same statements run inside a savepoint that is rolled back: the
      // answer must take as long as for an address within its limit.
      this.#db.exec('SAVEPOINT signup');
      const subscriberId = this.#insertSignup(s);
      const mailId = opts.mail ? this.#enqueue(opts.mail, s.requestedAt) : undefined;
      this.#db.exec(allowed ? 'RELEASE signup' : 'ROLLBACK TO signup');
      if (!allowed) this.#db.exec('RELEASE signup');
      return allowed ? { allowed, subscriberId, mailId } : { allowed };
    });
  }

  #insertSignup(s: NewSignup): number {
    {
      const interests = JSON.stringify(s.interests);
      const at = s.requestedAt.toISOString();
      const existing = this.#stmt.subscriberByEmail!.get(s.email) as SubscriberRow | undefined;
      const subscriberId =
        existing?.id ??
        Number(
          this.#stmt.insertSubscriber!.run(s.email, s.lang, s.frequency, interests, s.nonce, at, newPublicId())
            .lastInsertRowid,
        );
      this.#stmt.insertSignup!.run(
        subscriberId,
        s.email,
        at,
        s.consentVersion,
        s.consentLang,
        s.lang,
        s.frequency,
        interests,
        s.tokenHash,
        s.expiresAt.toISOString(),
      );
      return subscriberId;
    }
  }

  async signupByToken(tokenHash: string): Promise<PendingSignup | undefined> {
    const row = this.#stmt.signupByToken!.get(tokenHash) as Record<string, string | number | null> | undefined;
    if (!row) return undefined;
    return {
      email: row.email as string,
      lang: row.lang as Lang,
      requestedAt: row.requested_at as string,
      expiresAt: row.expires_at as string,
      confirmedAt: row.confirmed_at as string | null,
      subscriberId: row.subscriber_id as number,
      superseded: supersededBy(row),
    };
  }

  async confirmSignup(tokenHash: string, now: Date): Promise<ConfirmResult> {
    return this.#transaction((): ConfirmResult => {
      const row = this.#stmt.signupByToken!.get(tokenHash) as Record<string, string | number | null> | undefined;
      if (!row) return { status: 'invalid' };
      const lang = row.lang as Lang;
      // A link older than a later unsubscribe must not undo it.
      if (supersededBy(row)) return { status: 'superseded', lang };
      if (row.confirmed_at !== null) return { status: 'used', lang };
      if ((row.expires_at as string) <= now.toISOString()) return { status: 'expired', lang };
      const at = now.toISOString();
      this.#stmt.useSignup!.run(at, row.id as number);
      this.#stmt.activate!.run(lang, row.frequency as string, row.interests as string, at, row.subscriber_id as number);
      this.#stmt.event!.run(row.subscriber_id as number, at, 'confirmed', `signup ${String(row.id)}`);
      const subscriber = this.#stmt.subscriberById!.get(row.subscriber_id as number) as unknown as SubscriberRow;
      return { status: 'confirmed', subscriber: toSubscriber(subscriber) };
    });
  }

  async subscriber(id: number): Promise<Subscriber | undefined> {
    const row = this.#stmt.subscriberById!.get(id) as SubscriberRow | undefined;
    return row ? toSubscriber(row) : undefined;
  }

  async subscriberByPublicId(publicId: string): Promise<Subscriber | undefined> {
    const row = this.#stmt.subscriberByPublicId!.get(publicId) as SubscriberRow | undefined;
    return row ? toSubscriber(row) : undefined;
  }

  async updatePreferences(id: number, p: Preferences, now: Date): Promise<void> {
    this.#transaction(() => {
      const interests = JSON.stringify(p.interests);
      this.#stmt.updatePreferences!.run(p.lang, p.frequency, interests, id);
      this.#stmt.event!.run(id, now.toISOString(), 'preferences', JSON.stringify(p));
    });
  }

  async unsubscribe(id: number, now: Date): Promise<void> {
    this.#transaction(() => {
      const changed = this.#stmt.unsubscribe!.run(now.toISOString(), id).changes;
      if (Number(changed) > 0) this.#stmt.event!.run(id, now.toISOString(), 'unsubscribed', null);
    });
  }

  async activeSubscribers(): Promise<Subscriber[]> {
    return (this.#stmt.active!.all() as unknown as SubscriberRow[]).map(toSubscriber);
  }

  async deliveredTo(subscriberId: number, entryIds: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(entryIds);
    const rows = this.#stmt.delivered!.all(subscriberId) as { entry_id: string }[];
    return new Set(rows.map((r) => r.entry_id).filter((id) => wanted.has(id)));
  }

  async recordDelivery(d: Delivery): Promise<void> {
    this.#transaction(() => {
      const at = d.sentAt.toISOString();
      for (const entryId of d.entryIds) this.#stmt.insertDelivery!.run(d.subscriberId, entryId, d.messageId, at);
      this.#stmt.lastSent!.run(at, d.subscriberId);
    });
  }

  async markBouncing(id: number, reason: string, now: Date): Promise<void> {
    this.#transaction(() => {
      this.#stmt.bounce!.run(now.toISOString(), reason.slice(0, 500), id);
      this.#stmt.event!.run(id, now.toISOString(), 'bouncing', reason.slice(0, 500));
    });
  }

  async proof(email: string): Promise<ProofRecord[]> {
    const rows = this.#stmt.proof!.all(email, `${proofHash(email)}:%`) as Record<string, string | null>[];
    return rows.map((r) => ({
      email: r.email!,
      requestedAt: r.requested_at!,
      confirmedAt: r.confirmed_at ?? null,
      consentVersion: r.consent_version!,
      consentLang: r.consent_lang as Lang,
      lang: r.lang as Lang,
      frequency: r.frequency as Frequency,
      interests: JSON.parse(r.interests!) as Interests,
    }));
  }

  async purgeNewsletter(now: Date, retention: NewsletterRetention): Promise<NewsletterPurgeResult> {
    return this.#transaction(() => purgeNewsletter(this.#db, now, retention));
  }

  #hit(limit: StoredLimit, now: Date): LimitHit {
    const t = now.getTime();
    const hash = createHash('sha256').update(limit.key, 'utf8').digest('hex');
    // A few expired rows go with every hit, so the table stays as small as the traffic of one window.
    this.#stmt.limitSweep!.run(t);
    const row = this.#stmt.limitGet!.get(limit.scope, hash) as { window_start: number; count: number } | undefined;
    const fresh = !row || t - row.window_start >= limit.windowMs || t < row.window_start;
    const start = fresh ? t : row.window_start;
    const count = (fresh ? 0 : row.count) + 1;
    this.#stmt.limitSet!.run(limit.scope, hash, start, start + limit.windowMs, count);
    return { allowed: count <= limit.max, retryAfter: Math.max(1, Math.ceil((start + limit.windowMs - t) / 1000)) };
  }

  async hitLimit(limit: StoredLimit, now: Date): Promise<LimitHit> {
    return this.#transaction(() => this.#hit(limit, now));
  }

  #enqueue(mail: NewMail, now: Date): number {
    const at = now.toISOString();
    return Number(this.#stmt.enqueue!.run(mail.kind, JSON.stringify(mail.message), at, at).lastInsertRowid);
  }

  async enqueueMail(mail: NewMail, now: Date): Promise<number> {
    return this.#enqueue(mail, now);
  }

  async dueMail(now: Date, limit: number): Promise<QueuedMail[]> {
    const rows = this.#stmt.due!.all(now.toISOString(), limit) as {
      id: number;
      kind: string;
      message: string;
      attempts: number;
      created_at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      message: JSON.parse(r.message) as Record<string, unknown>,
      attempts: r.attempts,
      createdAt: r.created_at,
    }));
  }

  async mailSent(id: number): Promise<void> {
    this.#stmt.mailSent!.run(id);
  }

  async mailDeferred(id: number, reason: string, retryAt: Date): Promise<void> {
    this.#stmt.mailDeferred!.run(reason.slice(0, 500), retryAt.toISOString(), id);
  }

  async mailFailed(id: number, reason: string, now: Date): Promise<void> {
    this.#stmt.mailFailed!.run(reason.slice(0, 500), now.toISOString(), id);
  }

  async outboxCounts(): Promise<OutboxCounts> {
    const row = this.#stmt.outboxCounts!.get() as { queued: number; failed: number };
    return { queued: Number(row.queued), failed: Number(row.failed) };
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}

/**
 * Where subscribers, the proof of their consent and the delivery ledger live.
 *
 * `NewsletterStore` is the interface the server and the digest use; every method is
 * async so that an operator with a larger installation can put the data in PostgreSQL
 * or elsewhere by implementing it. `SqliteStore` is the default: one file, `node:sqlite`,
 * no extra dependency.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Frequency, Interests, Lang } from './types.ts';

export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'bouncing';

export interface Preferences {
  lang: Lang;
  frequency: Frequency;
  interests: Interests;
}

export interface Subscriber extends Preferences {
  id: number;
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
  expiresAt: string;
  confirmedAt: string | null;
  subscriberId: number;
}

export type ConfirmResult =
  { status: 'confirmed'; subscriber: Subscriber } | { status: 'invalid' | 'expired' | 'used'; lang?: Lang };

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

export interface NewsletterStore {
  /** Keep a sign-up request; creates a pending subscriber for a new address. */
  recordSignup(signup: NewSignup): Promise<{ subscriberId: number }>;
  /** The sign-up a confirmation token belongs to, without using it. */
  signupByToken(tokenHash: string): Promise<PendingSignup | undefined>;
  /** Use a confirmation token once: the subscriber becomes active with the sign-up's choices. */
  confirmSignup(tokenHash: string, now: Date): Promise<ConfirmResult>;
  subscriber(id: number): Promise<Subscriber | undefined>;
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
  proof(email: string): Promise<ProofRecord[]>;
  close(): Promise<void>;
}

const SCHEMA_VERSION = 1;

const SCHEMA = `
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

interface SubscriberRow {
  id: number;
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

export class StoreError extends Error {}

export class SqliteStore implements NewsletterStore {
  readonly #db: DatabaseSync;
  readonly #stmt: Record<string, StatementSync>;

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
      insertSubscriber: db.prepare(
        `INSERT INTO subscribers (email, status, lang, frequency, interests, nonce, created_at)
         VALUES (?, 'pending', ?, ?, ?, ?, ?)`,
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
      proof: db.prepare('SELECT * FROM signups WHERE email = ? ORDER BY requested_at'),
    };
  }

  #migrate(): void {
    const { user_version: version } = this.#db.prepare('PRAGMA user_version').get() as { user_version: number };
    if (version === SCHEMA_VERSION) return;
    if (version !== 0) throw new StoreError(`unknown schema version ${version} (expected ${SCHEMA_VERSION})`);
    this.#transaction(() => {
      this.#db.exec(SCHEMA);
      this.#db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    });
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

  async recordSignup(s: NewSignup): Promise<{ subscriberId: number }> {
    return this.#transaction(() => {
      const interests = JSON.stringify(s.interests);
      const at = s.requestedAt.toISOString();
      const existing = this.#stmt.subscriberByEmail!.get(s.email) as SubscriberRow | undefined;
      const subscriberId =
        existing?.id ??
        Number(this.#stmt.insertSubscriber!.run(s.email, s.lang, s.frequency, interests, s.nonce, at).lastInsertRowid);
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
      return { subscriberId };
    });
  }

  async signupByToken(tokenHash: string): Promise<PendingSignup | undefined> {
    const row = this.#stmt.signupByToken!.get(tokenHash) as Record<string, string | number | null> | undefined;
    if (!row) return undefined;
    return {
      email: row.email as string,
      lang: row.lang as Lang,
      expiresAt: row.expires_at as string,
      confirmedAt: row.confirmed_at as string | null,
      subscriberId: row.subscriber_id as number,
    };
  }

  async confirmSignup(tokenHash: string, now: Date): Promise<ConfirmResult> {
    return this.#transaction((): ConfirmResult => {
      const row = this.#stmt.signupByToken!.get(tokenHash) as Record<string, string | number | null> | undefined;
      if (!row) return { status: 'invalid' };
      const lang = row.lang as Lang;
      if (row.confirmed_at !== null) return { status: 'used', lang };
      const unsubscribedAt = row.unsubscribed_at as string | null;
      // A link older than a later unsubscribe must not undo it.
      const superseded = unsubscribedAt !== null && unsubscribedAt > (row.requested_at as string);
      if ((row.expires_at as string) <= now.toISOString() || superseded) return { status: 'expired', lang };
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
    const rows = this.#stmt.proof!.all(email) as Record<string, string | null>[];
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

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}

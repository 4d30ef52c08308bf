/**
 * Backup and restore of the newsletter's SQLite file (docs/operations.md, "Back up and restore").
 *
 * A backup is made with SQLite's online backup API (`node:sqlite`'s `backup()`): a consistent copy of
 * the database as of one moment, taken while the server and the digest keep writing (WAL mode lets them).
 * It is written under a temporary name with mode 0600 and renamed when complete, so a backup file is
 * either whole or absent. A restore accepts only a file that SQLite can read, that passes
 * `PRAGMA integrity_check`, whose schema version this release knows and that has the store's tables; it
 * copies it into place with the same API and moves the database it replaces aside (not deleted: the
 * operator decides). Restoring is done with the server stopped.
 */
import { chmodSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION, StoreError } from './store.ts';

/** Tables every schema version has, and the version that added the others. */
const TABLES: Record<string, number> = {
  subscribers: 1,
  signups: 1,
  deliveries: 1,
  events: 1,
  outbox: 2,
  limits: 2,
  submissions: 3,
};

export interface StoreSummary {
  version: number;
  subscribers: number;
  /** Rows of the delivery ledger. */
  deliveries: number;
  signups: number;
}

const SIDE_FILES = ['-wal', '-shm'];

/** What a store file holds, after checking that it is one; throws a StoreError naming the problem otherwise. */
export function inspectStore(file: string): StoreSummary {
  if (!existsSync(file)) throw new StoreError(`${file} does not exist.`);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    throw new StoreError(`${file} cannot be opened as an SQLite database: ${(error as Error).message}`);
  }
  try {
    const get = <T>(sql: string) => db.prepare(sql).get() as T;
    let check: string;
    try {
      check = get<{ integrity_check: string }>('PRAGMA integrity_check').integrity_check;
    } catch (error) {
      throw new StoreError(`${file} is not an SQLite database (${(error as Error).message}).`);
    }
    if (check !== 'ok') throw new StoreError(`${file} is damaged: PRAGMA integrity_check says "${check}".`);
    const version = get<{ user_version: number }>('PRAGMA user_version').user_version;
    if (version < 1 || version > SCHEMA_VERSION) {
      throw new StoreError(
        `${file} is not a newsletter database this release knows: schema version ${version} ` +
          `(known: 1 to ${SCHEMA_VERSION}${version > SCHEMA_VERSION ? '; a newer release wrote it' : ''}).`,
      );
    }
    const present = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const missing = Object.entries(TABLES)
      .filter(([name, since]) => since <= version && !present.has(name))
      .map(([name]) => name);
    if (missing.length > 0) {
      throw new StoreError(`${file} is not a newsletter database: the table(s) ${missing.join(', ')} are missing.`);
    }
    const count = (table: string) => get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).n;
    return {
      version,
      subscribers: count('subscribers'),
      deliveries: count('deliveries'),
      signups: count('signups'),
    };
  } finally {
    db.close();
  }
}

/** Copy `source` (a live database) to `target` through the backup API: whole, 0600, or not at all. */
async function copyStore(source: DatabaseSync, target: string): Promise<void> {
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(partial, { force: true });
  // Nobody but the owner may read the copy, from its first byte on.
  const umask = process.umask(0o077);
  try {
    await backup(source, partial);
    // The copy inherits WAL mode; a file at rest is better as one file: no -wal or -shm beside it, ever.
    const copy = new DatabaseSync(partial);
    copy.exec('PRAGMA journal_mode = DELETE');
    copy.close();
    chmodSync(partial, 0o600);
    inspectStore(partial);
    renameSync(partial, target);
  } catch (error) {
    for (const file of [partial, ...SIDE_FILES.map((side) => `${partial}${side}`)]) rmSync(file, { force: true });
    throw error;
  } finally {
    process.umask(umask);
  }
}

/** The default name of a backup taken at `now`: sorts by time, e.g. newsletter-20261206T081500Z.sqlite. */
export function backupName(now: Date): string {
  return `newsletter-${now.toISOString().replace(/[-:]/gu, '').replace(/\.\d+/u, '')}.sqlite`;
}

/** An online backup of the database at `dbPath` into `target`. */
export async function backupStore(dbPath: string, target: string): Promise<StoreSummary> {
  inspectStore(dbPath);
  if (existsSync(target)) throw new StoreError(`${target} exists already; give another name.`);
  const db = new DatabaseSync(dbPath);
  try {
    // Writers wait up to 5 s for the moment the backup reads a page, as they do for each other.
    db.exec('PRAGMA busy_timeout = 5000');
    await copyStore(db, target);
  } finally {
    db.close();
  }
  return inspectStore(target);
}

/** Delete backups named by `backupName` in `dir` that are older than `days`; returns the files deleted. */
export function pruneBackups(dir: string, days: number, now: Date): string[] {
  if (!existsSync(dir)) return [];
  const cutoff = now.getTime() - days * 86_400_000;
  const deleted: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = /^newsletter-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.sqlite$/u.exec(name);
    if (!m) continue;
    const taken = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
    if (taken < cutoff) {
      rmSync(join(dir, name));
      deleted.push(name);
    }
  }
  return deleted;
}

/**
 * Put the backup `from` in place of the database at `dbPath` (the server must be stopped). The database
 * it replaces, with its -wal and -shm files, is renamed to `<db>.replaced-<time>`; that name is returned.
 */
export async function restoreStore(
  from: string,
  dbPath: string,
  now: Date,
): Promise<{ summary: StoreSummary; replaced?: string | undefined }> {
  inspectStore(from);
  const staging = `${dbPath}.restoring`;
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    await copyStore(source, staging);
  } finally {
    source.close();
  }
  let replaced: string | undefined;
  if (existsSync(dbPath)) {
    replaced = `${dbPath}.replaced-${backupName(now).slice('newsletter-'.length, -'.sqlite'.length)}`;
    renameSync(dbPath, replaced);
  }
  // A -wal beside the old file belongs to it, not to the restored one: SQLite would replay it into the backup.
  for (const side of SIDE_FILES) {
    if (!existsSync(`${dbPath}${side}`)) continue;
    if (replaced) renameSync(`${dbPath}${side}`, `${replaced}${side}`);
    else rmSync(`${dbPath}${side}`);
  }
  renameSync(staging, dbPath);
  return { summary: inspectStore(dbPath), replaced };
}

/** The permission bits of a file, e.g. 0o600 (for messages and tests). */
export function modeOf(file: string): number {
  return statSync(file).mode & 0o777;
}

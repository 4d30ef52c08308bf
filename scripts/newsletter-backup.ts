/**
 * npm run newsletter:backup [-- --to <file>]
 *
 * A consistent copy of the newsletter database (subscribers, proof of consent, delivery ledger, outbox,
 * submissions) taken with SQLite's online backup API while the server and the digest keep running. The file
 * gets mode 0600. Without --to it goes to PRAXIS_NEWSLETTER_BACKUP_DIR (default: backups/ beside the
 * database) as newsletter-<UTC time>.sqlite, and backups there older than PRAXIS_NEWSLETTER_BACKUP_DAYS
 * (default 14) are deleted — so data the purge deleted is gone from every copy after that many days.
 * Restore: npm run newsletter:restore -- <file> (docs/operations.md). Exit codes: 0 done, 1 failed.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupName, backupStore, pruneBackups } from '../src/lib/newsletter/backup.ts';
import { ConfigError, loadConfig } from '../src/lib/newsletter/config.ts';
import { StoreError } from '../src/lib/newsletter/store.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' } }, strict: true });
  const config = loadConfig();
  const now = new Date();
  const { backupDir, backupDays } = config.retention;
  if (values.to === undefined) mkdirSync(backupDir, { recursive: true, mode: 0o700 });
  const target = values.to ?? join(backupDir, backupName(now));
  const summary = await backupStore(config.dbPath, target);
  console.log(
    `Backed up ${config.dbPath} to ${target} (schema version ${summary.version}: ${summary.subscribers} subscribers, ` +
      `${summary.signups} sign-ups, ${summary.deliveries} ledger rows; mode 0600).`,
  );
  if (values.to === undefined) {
    const deleted = pruneBackups(backupDir, backupDays, now);
    if (deleted.length > 0) console.log(`Deleted ${deleted.length} backup(s) older than ${backupDays} days.`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StoreError || error instanceof TypeError;
  console.error(known ? (error as Error).message : `The backup failed: ${(error as Error).message}`);
  process.exit(1);
});

/**
 * npm run newsletter:restore -- <backup file>
 *
 * Puts a backup made by `npm run newsletter:backup` in place of the newsletter database. Stop the server
 * and the digest timer first (docs/operations.md); the command refuses while the server answers on its
 * address. It refuses a file that is not an intact newsletter database of a schema version this release
 * knows. The database it replaces is kept as <database>.replaced-<time> — delete it once the restored data
 * is confirmed, since it holds personal data too. Exit codes: 0 restored, 1 refused or failed.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { parseArgs } from 'node:util';
import { restoreStore } from '../src/lib/newsletter/backup.ts';
import { ConfigError, loadConfig } from '../src/lib/newsletter/config.ts';
import { SqliteStore, StoreError } from '../src/lib/newsletter/store.ts';

class Refused extends Error {}

/** Is a newsletter server answering on the configured address? Then the database is in use. */
async function serverRunning(host: string, port: number): Promise<boolean> {
  const shown = host.includes(':') ? `[${host}]` : host;
  try {
    const answer = await fetch(`http://${shown}:${port}/`, { signal: AbortSignal.timeout(2000) });
    return answer.status > 0;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new Refused('Usage: npm run newsletter:restore -- <backup file>');
  const config = loadConfig();
  if (await serverRunning(config.host, config.port)) {
    throw new Refused(
      `The newsletter server answers on ${config.host}:${config.port}: stop it (and the digest timer) first, ` +
        'e.g. systemctl stop praxisdialog-newsletter praxisdialog-digest.timer praxisdialog-datacare.timer.',
    );
  }
  const { summary, replaced } = await restoreStore(positionals[0]!, config.dbPath, new Date());
  // Opening it as the server does brings an older backup to the current schema now, not at the next start.
  const store = new SqliteStore(config.dbPath);
  await store.close();
  console.log(
    `Restored ${positionals[0]} to ${config.dbPath}: ${summary.subscribers} subscribers, ${summary.signups} sign-ups, ` +
      `${summary.deliveries} ledger rows (schema version ${summary.version}).`,
  );
  if (replaced) console.log(`The database it replaced is now ${replaced}; delete it once all is well.`);
}

main().catch((error: unknown) => {
  const known = [Refused, ConfigError, StoreError, TypeError].some((E) => error instanceof E);
  console.error(known ? (error as Error).message : `The restore failed: ${(error as Error).message}`);
  process.exit(1);
});

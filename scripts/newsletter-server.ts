/**
 * npm run newsletter:server — the subscription endpoints beside the static site.
 * Settings from the environment (see .env.example); stops cleanly on Ctrl-C / SIGTERM.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { cachedCatalogue } from '../src/lib/newsletter/catalogue.ts';
import { ConfigError, loadConfig } from '../src/lib/newsletter/config.ts';
import { createMailer } from '../src/lib/newsletter/mailer.ts';
import { SqliteStore, StoreError } from '../src/lib/newsletter/store.ts';
import { startServer } from '../src/server/app.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = new SqliteStore(config.dbPath);
  const mailer = createMailer(config.smtp);
  const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const catalogue = cachedCatalogue(config.feed, 5 * 60_000, log);
  await catalogue();
  const running = await startServer({ config, store, mailer, catalogue, log }, config.host, config.port);
  log(`newsletter server on ${running.url} (public address ${config.newsletterUrl}), database ${config.dbPath}`);
  const stop = async () => {
    await running.close();
    mailer.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  // Known problems are sentences for the operator; anything else still gets a short line, not a trace.
  const known = error instanceof ConfigError || error instanceof StoreError;
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === 'EADDRINUSE'
      ? 'The port is already in use: set PRAXIS_NEWSLETTER_PORT to a free one.'
      : known
        ? (error as Error).message
        : `The newsletter server could not start: ${(error as Error).message}`;
  console.error(message);
  process.exit(1);
});

/**
 * npm run newsletter:server — the subscription endpoints beside the static site.
 * Settings from the environment (see .env.example).
 *
 * On SIGTERM / Ctrl-C it stops taking connections, finishes the requests under way and sends
 * the queued confirmation e-mails for up to PRAXIS_NEWSLETTER_DRAIN_SECONDS; whatever is still
 * queued then stays in the database and goes out when the server starts again. An error that
 * escapes a request (which should not happen: the handler catches everything) is logged and
 * the server keeps serving — one request must never end the process.
 */
import '../src/lib/newsletter/quietSqliteWarning.ts';
import { cachedCatalogue } from '../src/lib/newsletter/catalogue.ts';
import { ConfigError, loadConfig } from '../src/lib/newsletter/config.ts';
import { createMailer } from '../src/lib/newsletter/mailer.ts';
import { redact } from '../src/lib/newsletter/redact.ts';
import { SqliteStore, StoreError } from '../src/lib/newsletter/store.ts';
import { startServer } from '../src/server/app.ts';
import { siteFrame } from '../src/server/frame.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = new SqliteStore(config.dbPath);
  const mailer = createMailer(config.smtp);
  // Lines about requests and e-mails pass redact(): no full e-mail or IP address reaches the journal (an SMTP
  // refusal quotes the address). The start line names only the server's own settings and keeps its address.
  const say = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
  const log = (line: string) => say(redact(line));
  // The last resort: log and keep serving.
  process.on('uncaughtException', (error) => log(`unexpected error (server keeps running): ${error.stack ?? error}`));
  process.on('unhandledRejection', (reason) =>
    log(`unexpected rejection (server keeps running): ${(reason as Error)?.stack ?? String(reason)}`),
  );
  const catalogue = cachedCatalogue(config.feed, 5 * 60_000, log);
  await catalogue();
  const frame = siteFrame(config.siteDir, { siteUrl: config.siteUrl, newsletterUrl: config.newsletterUrl, log });
  const running = await startServer({ config, store, mailer, catalogue, log, frame }, config.host, config.port);
  const queued = await store.outboxCounts();
  say(
    `newsletter server on ${running.url} (public address ${config.newsletterUrl}), database ${config.dbPath}` +
      (frame ? `, pages in the site's frame from ${config.siteDir}` : ", pages in the server's own look") +
      (queued.queued > 0 ? `, ${queued.queued} queued e-mails to send` : ''),
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping; sending queued e-mails for up to ${config.drainSeconds} s`);
    await running.shutdown(config.drainSeconds * 1000);
    const left = await store.outboxCounts();
    log(`stopped; ${left.queued} e-mails stay queued for the next start`);
    mailer.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
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
  console.error(redact(message));
  process.exit(1);
});

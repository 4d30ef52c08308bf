/**
 * Real parts for the newsletter tests: an SMTP server on loopback (smtp-server) that keeps
 * what it accepts, a temporary folder for the SQLite file and the feed, and settings that
 * point at them. Nothing here imitates a part; the tests talk to these over sockets.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import type { SendMailOptions } from 'nodemailer';
import type { NewsletterConfig } from '../../src/lib/newsletter/config.ts';
import { confirmationMessage } from '../../src/lib/newsletter/message.ts';
import { renderConfirmation } from '../../src/lib/newsletter/render.ts';
import { randomToken } from '../../src/lib/newsletter/tokens.ts';
import { FEED_VERSION, type Feed, type FeedEntry } from '../../src/lib/newsletter/feed.ts';

export interface Received {
  to: string[];
  from: string;
  raw: Buffer;
}

export interface SinkOptions {
  /** Answer to RCPT TO: an SMTP code (e.g. 451, 550) to refuse, undefined to accept. */
  onRcpt?: (to: string) => number | undefined;
  /** Answer to MAIL FROM: an SMTP code (e.g. 553) to refuse the sender, undefined to accept. */
  onMailFrom?: (from: string) => number | undefined;
  /** Answer at the end of DATA: an SMTP code (e.g. 554) to refuse the message, undefined to accept. */
  onDataEnd?: () => number | undefined;
  /** Refuse the greeting with this code (the server will not talk to us at all). */
  refuseConnection?: number;
  /** Offer AUTH and refuse MAIL FROM without it (530), as a server that needs a login does. */
  requireAuth?: boolean;
  /** Called once a message has been accepted (after the 250 is queued). */
  onAccepted?: (message: Received, count: number) => void;
  /** Quote the recipient in a refusal of RCPT TO, as Postfix does ("<anna@…>: Recipient address rejected"). */
  quoteRecipient?: boolean;
  /** Hold the answer to DATA: return a promise that resolves when the server may answer. */
  holdData?: (count: number) => Promise<void> | undefined;
}

export interface Sink {
  port: number;
  received: Received[];
  /** Die like a crashed server: stop listening and cut every open connection. */
  crash(): void;
  close(): Promise<void>;
}

/** An SMTP server on 127.0.0.1 that accepts everything (unless told otherwise) and keeps it. */
export async function startSink(options: SinkOptions = {}): Promise<Sink> {
  const received: Received[] = [];
  let arrived = 0;
  const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
  const server = new SMTPServer({
    authOptional: !options.requireAuth,
    allowInsecureAuth: true,
    disabledCommands: options.requireAuth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 200,
    onAuth(_auth, _session, callback) {
      callback(refusal(535, 'Authentication failed'));
    },
    onConnect(_session, callback) {
      if (options.refuseConnection) return callback(refusal(options.refuseConnection, 'No mail from you'));
      callback();
    },
    onMailFrom(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const code = options.onMailFrom?.(address.address);
      if (code === undefined) return callback();
      callback(refusal(code, code >= 500 ? 'Sender address rejected: not owned by user' : 'Try again later'));
    },
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const code = options.onRcpt?.(address.address);
      if (code === undefined) return callback();
      const text = code >= 500 ? 'No such mailbox here' : 'Try again later';
      const quoted = options.quoteRecipient ? `<${address.address}>: Recipient address rejected: ${text}` : text;
      const error = Object.assign(new Error(quoted), {
        responseCode: code,
      });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        arrived += 1;
        const message: Received = {
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw: Buffer.concat(chunks),
        };
        const dataRefusal = options.onDataEnd?.();
        if (dataRefusal !== undefined) {
          callback(refusal(dataRefusal, 'Message content rejected'));
          return;
        }
        const accept = () => {
          received.push(message);
          callback();
          options.onAccepted?.(message, received.length);
        };
        const hold = options.holdData?.(arrived);
        if (hold) void hold.then(accept);
        else accept();
      });
    },
  });
  // A client that is killed mid-message (the kill test) resets its connection; smtp-server reports that as an
  // 'error' event, which must be listened to or it becomes an uncaught exception in the test process.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  let closed = false;
  const connections = (server as unknown as { connections: Set<{ _socket?: { destroy(): void } }> }).connections;
  return {
    port,
    received,
    crash() {
      closed = true;
      server.server.close();
      for (const connection of connections) connection._socket?.destroy();
    },
    close: () => (closed ? Promise.resolve() : new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}

export function parse(message: Received): Promise<ParsedMail> {
  return simpleParser(message.raw);
}

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'praxis-newsletter-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';

/** Settings for a test: loopback SMTP, a database in `dir`, short back-off. */
export function testConfig(dir: string, smtpPort: number, overrides: Partial<NewsletterConfig> = {}): NewsletterConfig {
  return {
    siteUrl: 'https://praxisdialog.example',
    newsletterUrl: 'https://newsletter.praxisdialog.example',
    secret: SECRET,
    dbPath: join(dir, 'newsletter.sqlite'),
    host: '127.0.0.1',
    port: 0,
    feed: join(dir, 'site'),
    trustProxy: 0,
    tokenTtlHours: 48,
    clientLimit: 1000,
    addressLimit: 1000,
    drainSeconds: 5,
    from: 'Praxisdialog <newsletter@praxisdialog.example>',
    smtp: {
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      requireTLS: false,
      maxConnections: 3,
      rateLimit: 0,
      retries: 3,
      retryDelayMs: 10,
    },
    retention: {
      unsubscribedDays: 30,
      proofDays: 1095,
      backupDir: join(dir, 'backups'),
      backupDays: 14,
    },
    submissions: {
      editors: 'redaktion@praxisdialog.example',
      retentionDays: 90,
      clientLimit: 1000,
      noJsClientLimit: 1000,
      addressLimit: 1000,
    },
    ...overrides,
  };
}

/** Environment variables for the scripts, equivalent to `testConfig`. */
export function testEnv(dir: string, smtpPort: number): Record<string, string> {
  return {
    PRAXIS_SITE_URL: 'https://praxisdialog.example',
    PRAXIS_NEWSLETTER_URL: 'https://newsletter.praxisdialog.example',
    PRAXIS_NEWSLETTER_SECRET: SECRET,
    PRAXIS_NEWSLETTER_DB: join(dir, 'newsletter.sqlite'),
    PRAXIS_NEWSLETTER_FEED: join(dir, 'site'),
    PRAXIS_SMTP_HOST: '127.0.0.1',
    PRAXIS_SMTP_PORT: String(smtpPort),
    PRAXIS_SMTP_MAX_CONNECTIONS: '3',
    PRAXIS_SMTP_RATE_LIMIT: '0',
    PRAXIS_SMTP_RETRY_DELAY_MS: '10',
  };
}

export function entry(partial: Partial<FeedEntry> & Pick<FeedEntry, 'id'>): FeedEntry {
  return {
    kind: 'posts',
    lang: 'de',
    title: `Titel ${partial.id}`,
    teaser: `Kurzfassung von ${partial.id}.`,
    url: `https://praxisdialog.example/blog/${partial.id.replace(/\W+/gu, '-')}/`,
    date: '2025-06-02T00:00:00.000Z',
    topics: [],
    districts: [],
    ...partial,
  };
}

export function feedOf(entries: FeedEntry[]): Feed {
  return {
    version: FEED_VERSION,
    generatedAt: '2025-06-02T10:00:00.000Z',
    site: 'https://praxisdialog.example',
    topics: [
      { id: 'sozialverwaltung', label: { de: 'Sozialverwaltung', en: 'Social administration' } },
      { id: 'kuenstliche-intelligenz', label: { de: 'Künstliche Intelligenz', en: 'Artificial intelligence' } },
      { id: 'beteiligung', label: { de: 'Beteiligung und Teilhabe', en: 'Participation and inclusion' } },
    ],
    districts: [
      { ags: '16065', name: 'Kyffhäuserkreis' },
      { ags: '06435', name: 'Main-Kinzig-Kreis' },
    ],
    entries,
  };
}

/** Write a feed where a built site would have it: `<dir>/site/new-entries.json`. */
export async function writeFeed(dir: string, feed: Feed): Promise<string> {
  await mkdir(join(dir, 'site'), { recursive: true });
  await writeFile(join(dir, 'site', 'new-entries.json'), JSON.stringify(feed));
  return join(dir, 'site');
}

/** Poll until `check` is true; bounded, so a test fails instead of hanging. */
export async function until(check: () => boolean | Promise<boolean>, what: string, tries = 600): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** A header's raw value as written (mailparser folds the List-* headers into one object). */
export function rawHeader(mail: ParsedMail, key: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === key.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

/** A confirmation e-mail as the server sends it, for a random token. */
export function confirmationFor(config: NewsletterConfig, to: string, lang: 'de' | 'en'): SendMailOptions {
  const mail = renderConfirmation({
    lang,
    confirmUrl: `${config.newsletterUrl}/confirm?token=${randomToken()}`,
    expiresAt: new Date('2025-06-05T08:00:00Z'),
    siteUrl: config.siteUrl,
  });
  return confirmationMessage({ from: config.from, to, lang }, mail);
}

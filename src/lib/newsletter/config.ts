/**
 * Settings of the newsletter server and the digest, from environment variables
 * (documented in .env.example and docs/newsletter.md). Validated with Zod so a typo
 * reads as a sentence naming the variable.
 */
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { site } from '../../config/site.ts';
import { DEFAULT_RETENTION_DAYS } from '../submissions/consent.ts';

/** Days an address is kept after an unsubscription or a bounce before the purge reduces it to a hash. */
export const DEFAULT_UNSUBSCRIBED_DAYS = 30;
/** Days the reduced proof of consent is kept after the unsubscription: three years (§ 195 BGB). */
export const DEFAULT_PROOF_DAYS = 1095;
/** Days `npm run newsletter:backup` keeps its copies; deleted data is gone from every copy after them. */
export const DEFAULT_BACKUP_DAYS = 14;

const flag = z.enum(['0', '1', 'true', 'false', 'yes', 'no']).transform((v) => ['1', 'true', 'yes'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** Proxies in front of the server that add to X-Forwarded-For: a flag (one proxy) or their number. */
const hops = z
  .enum(['0', '1', '2', '3', '4', '5', 'true', 'false', 'yes', 'no'], {
    error: 'expected 0 or 1 (or the number of proxies in front of the server, up to 5)',
  })
  .transform((v) => (['true', 'yes'].includes(v) ? 1 : ['false', 'no'].includes(v) ? 0 : Number(v)));
const origin = z
  .url({ error: 'expected a full address such as https://praxisdialog.example' })
  .transform((u) => u.replace(/\/+$/u, ''));

const envSchema = z.object({
  PRAXIS_SITE_URL: origin.default(site.url),
  PRAXIS_NEWSLETTER_URL: origin.default('http://localhost:4322'),
  PRAXIS_NEWSLETTER_SECRET: z
    .string({ error: 'is not set: give at least 32 random characters, e.g. from `openssl rand -base64 48`' })
    .min(32, 'must be at least 32 characters long (e.g. from `openssl rand -base64 48`)'),
  PRAXIS_NEWSLETTER_DB: z.string().min(1).default('var/newsletter.sqlite'),
  PRAXIS_NEWSLETTER_HOST: z.string().min(1).default('127.0.0.1'),
  PRAXIS_NEWSLETTER_PORT: int(0, 65535).default(4322),
  PRAXIS_NEWSLETTER_FEED: z.string().min(1).default('dist'),
  PRAXIS_NEWSLETTER_SITE_DIR: z.string().min(1).optional(),
  PRAXIS_NEWSLETTER_TRUST_PROXY: hops.default(0),
  PRAXIS_NEWSLETTER_TOKEN_TTL_HOURS: int(1, 24 * 30).default(48),
  PRAXIS_NEWSLETTER_CLIENT_LIMIT: int(1, 100_000).default(20),
  PRAXIS_NEWSLETTER_ADDRESS_LIMIT: int(1, 1000).default(3),
  PRAXIS_NEWSLETTER_DRAIN_SECONDS: int(0, 600).default(10),
  PRAXIS_NEWSLETTER_UNSUBSCRIBED_DAYS: int(0, 3650).default(DEFAULT_UNSUBSCRIBED_DAYS),
  PRAXIS_NEWSLETTER_PROOF_DAYS: int(1, 36_500).default(DEFAULT_PROOF_DAYS),
  PRAXIS_NEWSLETTER_BACKUP_DIR: z.string().min(1).optional(),
  PRAXIS_NEWSLETTER_BACKUP_DAYS: int(1, 3650).default(DEFAULT_BACKUP_DAYS),
  PRAXIS_MAIL_FROM: z.string().min(3).default('Praxisdialog <newsletter@praxisdialog.example>'),
  PRAXIS_MAIL_REPLY_TO: z.string().min(3).optional(),
  PRAXIS_SMTP_HOST: z.string().min(1).default('localhost'),
  PRAXIS_SMTP_PORT: int(1, 65535).default(587),
  PRAXIS_SMTP_SECURE: flag.default(false),
  PRAXIS_SMTP_REQUIRE_TLS: flag.default(false),
  PRAXIS_SMTP_USER: z.string().min(1).optional(),
  PRAXIS_SMTP_PASS: z.string().min(1).optional(),
  PRAXIS_SMTP_MAX_CONNECTIONS: int(1, 100).default(5),
  PRAXIS_SMTP_RATE_LIMIT: int(0, 100_000).default(20),
  PRAXIS_SMTP_RETRIES: int(0, 10).default(3),
  PRAXIS_SMTP_RETRY_DELAY_MS: int(0, 600_000).default(2000),
  PRAXIS_EDITORS_EMAIL: z
    .email({ error: "expected the editors' e-mail address, e.g. redaktion@praxisdialog.example" })
    .default('redaktion@praxisdialog.example'),
  PRAXIS_SUBMISSION_RETENTION_DAYS: int(1, 3650).default(DEFAULT_RETENTION_DAYS),
  PRAXIS_SUBMISSION_CLIENT_LIMIT: int(1, 100_000).default(10),
  PRAXIS_SUBMISSION_NOJS_CLIENT_LIMIT: int(1, 100_000).default(3),
  PRAXIS_SUBMISSION_ADDRESS_LIMIT: int(1, 1000).default(3),
});

export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS (port 465); otherwise STARTTLS when offered. */
  secure: boolean;
  requireTLS: boolean;
  user?: string | undefined;
  pass?: string | undefined;
  maxConnections: number;
  /** Messages per second over all connections; 0 = no limit. */
  rateLimit: number;
  /** Attempts after the first for temporary (4xx) failures. */
  retries: number;
  /** First back-off delay; it doubles with each attempt. */
  retryDelayMs: number;
}

export interface NewsletterConfig {
  siteUrl: string;
  /** Public origin (and optional path) under which the newsletter server is reached. */
  newsletterUrl: string;
  secret: string;
  dbPath: string;
  host: string;
  port: number;
  /** Built site folder, new-entries.json file or URL of it. */
  feed: string;
  /**
   * The built site, whose frame pages the server's answers are shown in (src/server/frame.ts): default the
   * feed's location when that is a folder.
   */
  siteDir?: string | undefined;
  /**
   * Reverse proxies in front of the server that append the address they saw to X-Forwarded-For:
   * 0 = none (the socket's address is the client), 1 = one (its rightmost entry is the client), …
   */
  trustProxy: number;
  tokenTtlHours: number;
  /** Requests to /api/subscribe per client address in 10 minutes. */
  clientLimit: number;
  /** Confirmation e-mails per mailbox (see mailboxKey) in 24 hours. */
  addressLimit: number;
  /** Seconds the server keeps sending queued e-mails when told to stop. */
  drainSeconds: number;
  from: string;
  replyTo?: string | undefined;
  smtp: SmtpConfig;
  submissions: SubmissionConfig;
  retention: RetentionConfig;
}

/** How long personal data and copies of it are kept (src/lib/newsletter/purge.ts, scripts/newsletter-backup.ts). */
export interface RetentionConfig {
  /** Days after an unsubscription or bounce until the address is reduced to a hash. */
  unsubscribedDays: number;
  /** Days after the unsubscription until that reduced proof is deleted. */
  proofDays: number;
  /** Folder of the backups (default: `backups/` beside the database). */
  backupDir: string;
  /** Days a backup is kept. */
  backupDays: number;
}

/** Settings of the practice submission form (docs/submissions.md). */
export interface SubmissionConfig {
  /** Where the notification of each confirmed submission goes. */
  editors: string;
  /** Days after the editors' decision a submission's personal data is kept. */
  retentionDays: number;
  /** Submissions per client address in an hour, with the proof of work solved. */
  clientLimit: number;
  /** Submissions per client address in an hour without it (sent without JavaScript): stricter. */
  noJsClientLimit: number;
  /** Confirmation e-mails per mailbox in 24 hours. */
  addressLimit: number;
}

export class ConfigError extends Error {}

/** `env` through `schema`; a mistake becomes one ConfigError naming every variable wrong. */
function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>, what: string): z.output<T> {
  // Empty variables (as in a copied .env.example) count as unset.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`The ${what} are not valid:\n${lines.join('\n')}\nSee .env.example.`);
  }
  return result.data;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): NewsletterConfig {
  const e = parseEnv(envSchema, env, 'newsletter settings');
  return {
    siteUrl: e.PRAXIS_SITE_URL,
    newsletterUrl: e.PRAXIS_NEWSLETTER_URL,
    secret: e.PRAXIS_NEWSLETTER_SECRET,
    dbPath: e.PRAXIS_NEWSLETTER_DB,
    host: e.PRAXIS_NEWSLETTER_HOST,
    port: e.PRAXIS_NEWSLETTER_PORT,
    feed: e.PRAXIS_NEWSLETTER_FEED,
    siteDir:
      e.PRAXIS_NEWSLETTER_SITE_DIR ??
      (/^https?:\/\//u.test(e.PRAXIS_NEWSLETTER_FEED) || e.PRAXIS_NEWSLETTER_FEED.endsWith('.json')
        ? undefined
        : e.PRAXIS_NEWSLETTER_FEED),
    trustProxy: e.PRAXIS_NEWSLETTER_TRUST_PROXY,
    tokenTtlHours: e.PRAXIS_NEWSLETTER_TOKEN_TTL_HOURS,
    clientLimit: e.PRAXIS_NEWSLETTER_CLIENT_LIMIT,
    addressLimit: e.PRAXIS_NEWSLETTER_ADDRESS_LIMIT,
    drainSeconds: e.PRAXIS_NEWSLETTER_DRAIN_SECONDS,
    from: e.PRAXIS_MAIL_FROM,
    replyTo: e.PRAXIS_MAIL_REPLY_TO,
    smtp: {
      host: e.PRAXIS_SMTP_HOST,
      port: e.PRAXIS_SMTP_PORT,
      secure: e.PRAXIS_SMTP_SECURE,
      requireTLS: e.PRAXIS_SMTP_REQUIRE_TLS,
      user: e.PRAXIS_SMTP_USER,
      pass: e.PRAXIS_SMTP_PASS,
      maxConnections: e.PRAXIS_SMTP_MAX_CONNECTIONS,
      rateLimit: e.PRAXIS_SMTP_RATE_LIMIT,
      retries: e.PRAXIS_SMTP_RETRIES,
      retryDelayMs: e.PRAXIS_SMTP_RETRY_DELAY_MS,
    },
    retention: {
      unsubscribedDays: e.PRAXIS_NEWSLETTER_UNSUBSCRIBED_DAYS,
      proofDays: e.PRAXIS_NEWSLETTER_PROOF_DAYS,
      backupDir: e.PRAXIS_NEWSLETTER_BACKUP_DIR ?? join(dirname(e.PRAXIS_NEWSLETTER_DB), 'backups'),
      backupDays: e.PRAXIS_NEWSLETTER_BACKUP_DAYS,
    },
    submissions: {
      editors: e.PRAXIS_EDITORS_EMAIL,
      retentionDays: e.PRAXIS_SUBMISSION_RETENTION_DAYS,
      clientLimit: e.PRAXIS_SUBMISSION_CLIENT_LIMIT,
      noJsClientLimit: e.PRAXIS_SUBMISSION_NOJS_CLIENT_LIMIT,
      addressLimit: e.PRAXIS_SUBMISSION_ADDRESS_LIMIT,
    },
  };
}

/** The retention periods the privacy policy states, from the same variables, without the server's secret. */
export interface RetentionPeriods {
  tokenTtlHours: number;
  unsubscribedDays: number;
  proofDays: number;
  backupDays: number;
  submissionDays: number;
}

export function retentionPeriods(env: Record<string, string | undefined> = process.env): RetentionPeriods {
  const retention = envSchema.pick({
    PRAXIS_NEWSLETTER_TOKEN_TTL_HOURS: true,
    PRAXIS_NEWSLETTER_UNSUBSCRIBED_DAYS: true,
    PRAXIS_NEWSLETTER_PROOF_DAYS: true,
    PRAXIS_NEWSLETTER_BACKUP_DAYS: true,
    PRAXIS_SUBMISSION_RETENTION_DAYS: true,
  });
  const e = parseEnv(retention, env, 'retention settings');
  return {
    tokenTtlHours: e.PRAXIS_NEWSLETTER_TOKEN_TTL_HOURS,
    unsubscribedDays: e.PRAXIS_NEWSLETTER_UNSUBSCRIBED_DAYS,
    proofDays: e.PRAXIS_NEWSLETTER_PROOF_DAYS,
    backupDays: e.PRAXIS_NEWSLETTER_BACKUP_DAYS,
    submissionDays: e.PRAXIS_SUBMISSION_RETENTION_DAYS,
  };
}

/** The newsletter server's public addresses, built from its base URL. */
export function endpoints(newsletterUrl: string) {
  return {
    subscribe: `${newsletterUrl}/api/subscribe`,
    confirm: (token: string) => `${newsletterUrl}/confirm?token=${encodeURIComponent(token)}`,
    preferences: (token: string) => `${newsletterUrl}/preferences?t=${encodeURIComponent(token)}`,
    unsubscribe: (token: string) => `${newsletterUrl}/unsubscribe?t=${encodeURIComponent(token)}`,
    submit: `${newsletterUrl}/api/submit`,
    challenge: `${newsletterUrl}/api/submit/challenge`,
    confirmSubmission: (token: string) => `${newsletterUrl}/submission/confirm?token=${encodeURIComponent(token)}`,
  };
}

/**
 * The server's public base URL alone, for the static newsletter pages: they need the form's
 * target at build time but must not require the server's secret.
 */
export function newsletterBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.PRAXIS_NEWSLETTER_URL?.trim();
  if (!value) return 'http://localhost:4322';
  const parsed = origin.safeParse(value);
  if (!parsed.success)
    throw new ConfigError(`PRAXIS_NEWSLETTER_URL="${value}" is not a full address such as https://…`);
  return parsed.data;
}

/**
 * SMTP delivery with nodemailer: a pooled transport built from the settings, a classifier
 * that sorts failures into temporary (4xx: try again later), permanent for this address
 * (5xx to the envelope or the message) and fatal (the server cannot be reached or refuses
 * us altogether), and sending with back-off for the temporary ones.
 */
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { SmtpConfig } from './config.ts';

export type Mailer = Pick<Transporter, 'sendMail' | 'close'>;

export function createMailer(smtp: SmtpConfig): Mailer {
  return nodemailer.createTransport({
    pool: true,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTLS,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    maxConnections: smtp.maxConnections,
    maxMessages: 1000,
    ...(smtp.rateLimit > 0 ? { rateDelta: 1000, rateLimit: smtp.rateLimit } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

export type FailureKind = 'temporary' | 'permanent' | 'fatal';

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * Only a 5xx answer to this message's envelope or content says the address is bad; a 5xx
 * to the greeting or the login says the server will not take mail from us at all.
 */
export function classify(error: unknown): FailureKind {
  const e = (error ?? {}) as SmtpError;
  const code = e.responseCode;
  if (typeof code === 'number' && code >= 400 && code < 500) return 'temporary';
  if (typeof code === 'number' && code >= 500 && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE')) return 'permanent';
  return 'fatal';
}

export function describe(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  return (e.response ?? e.message ?? String(error)).replace(/\s+/gu, ' ').trim().slice(0, 300);
}

export type SendOutcome =
  { ok: true; attempts: number } | { ok: false; kind: FailureKind; reason: string; attempts: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send once, and again after 1×, 2×, 4× … the base delay while the failure is temporary. */
export async function sendWithRetry(
  mailer: Mailer,
  message: SendMailOptions,
  retry: { retries: number; retryDelayMs: number },
): Promise<SendOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await mailer.sendMail(message);
      return { ok: true, attempts: attempt };
    } catch (error) {
      const kind = classify(error);
      if (kind !== 'temporary' || attempt > retry.retries) {
        return { ok: false, kind, reason: describe(error), attempts: attempt };
      }
      await sleep(retry.retryDelayMs * 2 ** (attempt - 1));
    }
  }
}

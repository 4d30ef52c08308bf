/**
 * SMTP delivery with nodemailer: a pooled transport built from the settings, a classifier
 * that says whose fault a refusal is, and sending with back-off for the temporary ones.
 *
 * Whose fault matters more than the code. nodemailer's errors name the SMTP command that was
 * refused (`command`) and the server's code (`responseCode`):
 *
 *   - a 5xx to RCPT TO is about this recipient: `permanent` (the address may be marked bouncing);
 *   - a 4xx to RCPT TO is about this recipient, for now: `temporary` (retried, then deferred);
 *   - anything else — a refusal of MAIL FROM (553 sender not allowed, 530 login required), of DATA
 *     or of the message (554 content filter), a failed login, a greeting refused, a connection
 *     that cannot be made or breaks — is about the sender, the message or the server, and so the
 *     same for every recipient: `fatal`. The run stops and nobody is marked. A 4xx there is still
 *     retried first (`retryable`), since a greylisting or busy server says 421/451 at any step.
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
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** True if the refusal came in answer to RCPT TO, i.e. it is about the recipient. */
function atRecipient(e: SmtpError): boolean {
  return e.code === 'EENVELOPE' && e.command === 'RCPT TO';
}

/** Whose fault a failed send is: see the module comment. */
export function classify(error: unknown): FailureKind {
  const e = (error ?? {}) as SmtpError;
  const code = e.responseCode;
  if (typeof code === 'number' && atRecipient(e)) {
    if (code >= 400 && code < 500) return 'temporary';
    if (code >= 500 && code < 600) return 'permanent';
  }
  return 'fatal';
}

/** Worth trying again after a pause: any 4xx answer, whichever command it answered. */
export function retryable(error: unknown): boolean {
  const code = ((error ?? {}) as SmtpError).responseCode;
  return typeof code === 'number' && code >= 400 && code < 500;
}

export function describe(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const text = (e.response ?? e.message ?? String(error)).replace(/\s+/gu, ' ').trim().slice(0, 300);
  return e.command && e.command !== 'API' && e.command !== 'CONN' ? `${text} (answer to ${e.command})` : text;
}

export type SendOutcome =
  { ok: true; attempts: number } | { ok: false; kind: FailureKind; reason: string; attempts: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send once, and again after 1×, 2×, 4× … the base delay while the refusal is a 4xx. */
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
      if (!retryable(error) || attempt > retry.retries) {
        return { ok: false, kind: classify(error), reason: describe(error), attempts: attempt };
      }
      await sleep(retry.retryDelayMs * 2 ** (attempt - 1));
    }
  }
}

/**
 * Turning a rendered e-mail into a message: sender, recipient, a Message-ID that is the
 * same for the same content (so a resend after a crash can be recognised), and the list
 * headers of RFC 2369 / RFC 8058 that give mail clients a one-click unsubscribe button.
 */
import { createHash } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { RenderedMail } from './render.ts';
import type { Lang } from './types.ts';

export interface Envelope {
  from: string;
  replyTo?: string | undefined;
  to: string;
  lang: Lang;
}

/** The domain part of the sender address, for Message-ID and List-Id. */
export function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/u.exec(from);
  return match?.[1]?.toLowerCase() ?? 'localhost';
}

/** A Message-ID determined by recipient and entries: a resend of the same digest carries the same id. */
export function digestMessageId(from: string, subscriberId: number, entryIds: readonly string[]): string {
  const hash = createHash('sha256')
    .update(`${subscriberId}\n${[...entryIds].sort().join('\n')}`)
    .digest('hex')
    .slice(0, 32);
  return `<digest.${hash}@${senderDomain(from)}>`;
}

function base(envelope: Envelope, mail: RenderedMail): SendMailOptions {
  return {
    from: envelope.from,
    ...(envelope.replyTo ? { replyTo: envelope.replyTo } : {}),
    to: envelope.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    date: new Date(),
    textEncoding: 'quoted-printable',
    headers: { 'Content-Language': envelope.lang },
  };
}

/** A digest: with List-Unsubscribe (HTTPS only, as RFC 8058 asks) and the One-Click marker. */
export function digestMessage(
  envelope: Envelope,
  mail: RenderedMail,
  opts: { messageId: string; unsubscribeUrl: string },
): SendMailOptions {
  return {
    ...base(envelope, mail),
    messageId: opts.messageId,
    headers: {
      'Content-Language': envelope.lang,
      'List-Id': `Praxisdialog <newsletter.${senderDomain(envelope.from)}>`,
      'List-Unsubscribe': `<${opts.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      Precedence: 'bulk',
      'Auto-Submitted': 'auto-generated',
    },
  };
}

/**
 * The confirmation e-mail: a transactional message, not part of the list. Its Message-ID is
 * chosen when it is queued, so a copy sent again after a restart carries the same one.
 */
export function confirmationMessage(envelope: Envelope, mail: RenderedMail, messageId?: string): SendMailOptions {
  return {
    ...base(envelope, mail),
    ...(messageId ? { messageId } : {}),
    headers: { 'Content-Language': envelope.lang, 'Auto-Submitted': 'auto-generated' },
  };
}

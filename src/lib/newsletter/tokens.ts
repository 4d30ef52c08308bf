/**
 * Tokens in links.
 *
 * Confirmation tokens are 32 random bytes; only their SHA-256 hash is stored, so a copy
 * of the database does not let anyone confirm a pending sign-up.
 *
 * Preference and unsubscribe links must work in every e-mail for as long as the person
 * is subscribed, and the digest must be able to write them, so they are not stored at all:
 * they are an HMAC of the subscriber's id and a per-subscriber nonce under the operator's
 * secret. Changing the nonce (or the secret) invalidates all links of one (or every) subscriber.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A random nonce for a new subscriber. */
export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The random id that stands for a subscriber in links: 16 random bytes. Links used to carry the
 * row id, which is sequential: it told how many people had subscribed and let anyone probe ids.
 */
export function newPublicId(): string {
  return randomBytes(16).toString('base64url');
}

function mac(secret: string, subscriberId: number, nonce: string): Buffer {
  return createHmac('sha256', secret).update(`manage:${subscriberId}:${nonce}`, 'utf8').digest();
}

/** The token in a subscriber's preference and unsubscribe links: `<public id>.<mac>`. */
export function manageToken(secret: string, subscriber: { id: number; publicId: string; nonce: string }): string {
  return `${subscriber.publicId}.${mac(secret, subscriber.id, subscriber.nonce).toString('base64url')}`;
}

/**
 * Whom a manage token claims to be for, or undefined if it is malformed: a public id, or — in
 * links of e-mails sent before the public ids existed — the row id in base 36 (up to 12 digits;
 * a public id has 22 characters, so the two cannot be confused).
 */
export type ManageRef = { publicId: string } | { legacyId: number };

export function parseManageToken(token: string): ManageRef | undefined {
  const current = /^([A-Za-z0-9_-]{22})\.[A-Za-z0-9_-]{43}$/u.exec(token);
  if (current) return { publicId: current[1]! };
  const legacy = /^([0-9a-z]{1,12})\.[A-Za-z0-9_-]{43}$/u.exec(token);
  if (!legacy) return undefined;
  const id = Number.parseInt(legacy[1]!, 36);
  return Number.isSafeInteger(id) && id > 0 ? { legacyId: id } : undefined;
}

/**
 * Does the token belong to this subscriber (constant-time comparison)? Called with no subscriber
 * it does the same work against a made-up one and says no, so that a forged token takes as long
 * whether or not the subscriber it names exists.
 */
export function verifyManageToken(
  secret: string,
  token: string,
  subscriber: { id: number; nonce: string } | undefined,
): boolean {
  const given = Buffer.from(token.slice(token.indexOf('.') + 1), 'base64url');
  const expected = mac(secret, subscriber?.id ?? 0, subscriber?.nonce ?? 'no subscriber');
  const same = given.length === expected.length && timingSafeEqual(given, expected);
  return subscriber !== undefined && same;
}

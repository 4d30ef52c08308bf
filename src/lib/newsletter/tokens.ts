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

function mac(secret: string, subscriberId: number, nonce: string): Buffer {
  return createHmac('sha256', secret).update(`manage:${subscriberId}:${nonce}`, 'utf8').digest();
}

/** The token in a subscriber's preference and unsubscribe links: `<id in base 36>.<mac>`. */
export function manageToken(secret: string, subscriberId: number, nonce: string): string {
  return `${subscriberId.toString(36)}.${mac(secret, subscriberId, nonce).toString('base64url')}`;
}

/** The subscriber id a manage token claims to be for, or undefined if it is malformed. */
export function manageTokenId(token: string): number | undefined {
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/u.exec(token);
  if (!match) return undefined;
  const id = Number.parseInt(match[1]!, 36);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** Does the token belong to this subscriber (constant-time comparison)? */
export function verifyManageToken(secret: string, token: string, subscriberId: number, nonce: string): boolean {
  const given = Buffer.from(token.slice(token.indexOf('.') + 1), 'base64url');
  const expected = mac(secret, subscriberId, nonce);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

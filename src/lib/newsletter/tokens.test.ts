import { expect, test } from 'vitest';
import { hashToken, manageToken, newPublicId, parseManageToken, randomToken, verifyManageToken } from './tokens.ts';

test('confirmation tokens are 32 random bytes and only their hash is kept', () => {
  const a = randomToken();
  expect(Buffer.from(a, 'base64url')).toHaveLength(32);
  expect(a).not.toBe(randomToken());
  expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/u);
  expect(hashToken(a)).not.toContain(a);
});

test('a manage token is tied to subscriber, nonce and secret, and names the subscriber by a random id', () => {
  const secret = 's'.repeat(32);
  const subscriber = { id: 42, publicId: newPublicId(), nonce: 'nonce' };
  const token = manageToken(secret, subscriber);
  expect(token.startsWith(`${subscriber.publicId}.`)).toBe(true);
  expect(token).not.toMatch(/^(42|16)\./u);
  expect(parseManageToken(token)).toEqual({ publicId: subscriber.publicId });
  expect(verifyManageToken(secret, token, subscriber)).toBe(true);
  expect(verifyManageToken(secret, token, { id: 42, nonce: 'other nonce' })).toBe(false);
  expect(verifyManageToken('t'.repeat(32), token, subscriber)).toBe(false);
  expect(verifyManageToken(secret, token, { id: 43, nonce: 'nonce' })).toBe(false);
  expect(verifyManageToken(secret, token, undefined)).toBe(false);
  expect(parseManageToken('zz')).toBeUndefined();
  expect(newPublicId()).not.toBe(subscriber.publicId);
});

test('links from e-mails sent before the random ids still name their subscriber', () => {
  const legacy = `${(42).toString(36)}.${'A'.repeat(43)}`;
  expect(parseManageToken(legacy)).toEqual({ legacyId: 42 });
});

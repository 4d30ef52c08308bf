import { expect, test } from 'vitest';
import { hashToken, manageToken, manageTokenId, randomToken, verifyManageToken } from './tokens.ts';

test('confirmation tokens are 32 random bytes and only their hash is kept', () => {
  const a = randomToken();
  expect(Buffer.from(a, 'base64url')).toHaveLength(32);
  expect(a).not.toBe(randomToken());
  expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/u);
  expect(hashToken(a)).not.toContain(a);
});

test('a manage token is tied to subscriber, nonce and secret', () => {
  const token = manageToken('s'.repeat(32), 42, 'nonce');
  expect(manageTokenId(token)).toBe(42);
  expect(verifyManageToken('s'.repeat(32), token, 42, 'nonce')).toBe(true);
  expect(verifyManageToken('s'.repeat(32), token, 42, 'other nonce')).toBe(false);
  expect(verifyManageToken('t'.repeat(32), token, 42, 'nonce')).toBe(false);
  expect(verifyManageToken('s'.repeat(32), `${(43).toString(36)}.${token.split('.')[1]}`, 43, 'nonce')).toBe(false);
  expect(manageTokenId('zz')).toBeUndefined();
});

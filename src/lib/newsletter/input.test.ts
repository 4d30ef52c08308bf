import { expect, test } from 'vitest';
import { CURRENT_CONSENT_VERSION } from './consent.ts';
import { mailboxKey, normaliseEmail, parseSignup } from './input.ts';

test('addresses are trimmed and lower-cased; internationalised domains become IDNA', () => {
  expect(normaliseEmail('  Anna.Schmidt@Kreis.Example ')).toBe('anna.schmidt@kreis.example');
  expect(normaliseEmail('Anna@Müller.Example')).toBe('anna@xn--mller-kva.example');
});

test('malformed addresses, and invisible, direction and control characters in them, are refused', () => {
  for (const bad of [
    '',
    'anna',
    'anna@',
    '@kreis.de',
    'anna@kreis',
    'an na@kreis.de',
    'anna@kreis..de',
    'a"b@kreis.de',
    `${'a'.repeat(65)}@kreis.de`,
    'anna@kreis.de\r\nBcc: x@y.de',
    // invisible, direction and control characters
    'anna\u200b@kreis.de',
    'anna@kreis\u200b.de',
    'anna\u202e@kreis.de',
    'anna@kre\u00adis.de',
    'an\u2060na@kreis.de',
    'anna\ud800@kreis.de',
    'anna\udc00x@kreis.de',
    'anna\u0007@kreis.de',
    'anna\u3164@kreis.de',
    'anna\ufe0f@kreis.de',
    'anna@kreis.de\u0000',
  ]) {
    expect(normaliseEmail(bad), JSON.stringify(bad)).toBeUndefined();
  }
});

test('a complete sign-up yields sorted, de-duplicated interests', () => {
  const form = new URLSearchParams([
    ['email', 'a@kreis.example'],
    ['lang', 'en'],
    ['frequency', 'monthly'],
    ['topics', 'zeta'],
    ['topics', 'alpha'],
    ['topics', 'alpha'],
    ['kinds', 'reports'],
    ['consent', 'yes'],
    ['consentVersion', CURRENT_CONSENT_VERSION],
  ]);
  expect(parseSignup(form, undefined)).toEqual({
    ok: true,
    value: {
      email: 'a@kreis.example',
      consentVersion: CURRENT_CONSENT_VERSION,
      lang: 'en',
      frequency: 'monthly',
      interests: { topics: ['alpha', 'zeta'], districts: [], kinds: ['reports'] },
    },
  });
});

test('an unknown consent version is refused: the stored version must name a text that was shown', () => {
  const form = new URLSearchParams({
    email: 'a@kreis.example',
    lang: 'de',
    frequency: 'weekly',
    consent: 'yes',
    consentVersion: '1999-01-01',
  });
  const result = parseSignup(form, undefined);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['consentVersion']);
});

test('sub-addresses count as their mailbox', () => {
  expect(mailboxKey('anna+news@kreis.de')).toBe('anna@kreis.de');
  expect(mailboxKey('anna+a+b@kreis.de')).toBe('anna@kreis.de');
  expect(mailboxKey('a.n.na+x@googlemail.com')).toBe('anna@gmail.com');
  expect(mailboxKey('a.nna@kreis.de')).toBe('a.nna@kreis.de');
  expect(mailboxKey('+only@kreis.de')).toBe('+only@kreis.de');
});

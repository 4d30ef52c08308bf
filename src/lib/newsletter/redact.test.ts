import { describe, expect, test } from 'vitest';
import { redact } from './redact.ts';

describe('redact', () => {
  test('masks e-mail addresses to their first character and domain', () => {
    expect(redact('550 5.1.1 <anna.schmidt@kyffhaeuser.example>: Recipient address rejected')).toBe(
      '550 5.1.1 <a***@kyffhaeuser.example>: Recipient address rejected',
    );
    expect(redact('to müller@stadt.example and bob+x@sub.kreis.example')).toBe(
      'to m***@stadt.example and b***@sub.kreis.example',
    );
  });

  test('masks IPv4 to /24 and IPv6 to /48, wherever they stand', () => {
    expect(redact('client 203.0.113.77 via 10.1.2.3:4322')).toBe('client 203.0.113.0/24 via 10.1.2.0/24:4322');
    expect(redact('from 2001:db8:abcd:12:1:2:3:4 and [2001:db8::1]')).toBe(
      'from 2001:db8:abcd::/48 and [2001:db8:0::/48]',
    );
    expect(redact('::ffff:198.51.100.9 said hi')).toBe('::ffff:198.51.100.0/24 said hi');
  });

  test('leaves times, versions, ids and URLs without addresses alone', () => {
    const line =
      '2026-12-06T08:15:30.123Z outbox: confirmation e-mail 12 sent, node 22.23.3, https://praxisdialog.example/a';
    expect(redact(line)).toBe(line);
    expect(redact('999.1.2.3 is no address')).toBe('999.1.2.3 is no address');
  });
});

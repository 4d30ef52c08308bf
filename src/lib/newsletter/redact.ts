/**
 * Log lines without personal data: every e-mail address and IP address in a line is masked before it is
 * written (the privacy policy promises it, and journald keeps logs longer than the purge keeps data).
 * Addresses reach the log from outside — an SMTP server's refusal quotes the recipient
 * ("550 <anna@kreis.example>: mailbox unknown"), an error quotes its input — so the lines are masked where
 * they are written, not where they are made: `m***@example.org`, IPv4 to its /24 (`192.0.2.0/24`), IPv6 to its
 * /48 (`2001:db8:1::/48`). The domain of an address stays, it tells the operator which mail server refused.
 */
import { isIPv4, isIPv6 } from 'node:net';

// Wide on purpose: anything that looks like local@domain, including quoted and Unicode local parts.
const EMAIL = /[^\s<>()[\]"',;:@]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d./])/gu;
// Candidates only; isIPv6 decides. "08:15:30" (a time) is no IPv6 address and stays.
const IPV6 = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4})(?![\w:.])/giu;

export function maskEmail(local: string, domain: string): string {
  return `${[...local][0] ?? ''}***@${domain}`;
}

export function maskIPv6(address: string): string {
  // An IPv4 address written as IPv6 (::ffff:198.51.100.9, as Node reports IPv4 clients on a dual-stack socket).
  const v4 = /^(.*:)(\d+)\.(\d+)\.(\d+)\.\d+$/u.exec(address);
  if (v4) return `${v4[1]}${v4[2]}.${v4[3]}.${v4[4]}.0/24`;
  // Expand "::" to the groups it stands for, keep the first three (48 bits).
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/u, ''))
    .join(':')}::/48`;
}

export function redact(line: string): string {
  return line
    .replace(EMAIL, (match, domain: string) => maskEmail(match.slice(0, match.length - domain.length - 1), domain))
    .replace(IPV6, (match: string) => (isIPv6(match) ? maskIPv6(match) : match))
    .replace(IPV4, (match, a: string, b: string, c: string) => (isIPv4(match) ? `${a}.${b}.${c}.0/24` : match));
}

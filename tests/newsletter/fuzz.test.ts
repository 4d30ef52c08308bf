/**
 * Fuzzing the real server process over raw sockets on loopback: 5,000+ requests with random,
 * often malformed request lines, targets, headers, bodies and forms. The process must not
 * end, no answer may be a 5xx or carry a stack trace, and /health must answer at the end.
 * Seeded: a failure prints its seed; FUZZ_SEED=<n> runs that sequence again.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { afterAll, expect, test } from 'vitest';
import { seeded, send, startServerProcess } from '../helpers/fuzz.ts';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { feedOf, startSink, tempDir, testEnv, until, writeFeed } from './helpers.ts';

const REQUESTS = 5200;
const PARALLEL = 32;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

const { random, int, pick, chars, bytes } = seeded(SEED);
const WEIRD = 'aZ09-_.~%+&=?#/\\@:;,[]{}<>"\' \t\u0000\u0007\u00ad\u200b\u202e\ufeff\ud800äöü€😀';

const PATHS = [
  '/api/subscribe',
  '/confirm',
  '/preferences',
  '/unsubscribe',
  '/health',
  '/newsletter.css',
  '/',
  '/nope',
];
const TARGETS = [
  '//localhost:abc/',
  'http://[::1',
  'http://[::1]:99999/',
  '*',
  '/%',
  '/%zz%',
  '//[/',
  'http://a b/',
  'http://%zz/',
  '/confirm?token=%00%FF<script>',
  '/preferences?t=..',
  '/unsubscribe?t=%E0%A4%A',
  `/${'a'.repeat(9000)}`,
  '/api/subscribe?lang=en&lang=de&lang=xx',
];

function target(): string {
  switch (int(4)) {
    case 0:
      return pick(TARGETS);
    case 1:
      return `${pick(PATHS)}?${pick(['t', 'token', 'lang', 'x'])}=${encodeURIComponent(chars(int(80), WEIRD).replace(/[\ud800-\udfff]/gu, ''))}`;
    case 2:
      return `${pick(PATHS)}${chars(int(20), 'abc/%?&=#;:.')}`;
    default:
      return `${pick(PATHS)}?t=${chars(int(3) === 0 ? 12 : 22, 'abcdefABCDEF0123456789_-')}.${chars(43, 'abcdefABCDEF0123456789_-')}&lang=${pick(['de', 'en', 'xx'])}`;
  }
}

function form(): string {
  const fields: [string, string][] = [];
  const email = pick([
    'anna@kreis.example',
    `anna+${int(1000)}@kreis.example`,
    'anna\u200b@kreis.example',
    'Anna@Müller.example',
    'kein-at',
    `${chars(int(300), WEIRD)}@${chars(int(20), WEIRD)}`,
    '',
  ]);
  fields.push(['email', email]);
  if (random() < 0.8) fields.push(['lang', pick(['de', 'en', 'fr', ''])]);
  if (random() < 0.8) fields.push(['frequency', pick(['immediate', 'weekly', 'monthly', 'daily'])]);
  if (random() < 0.8) fields.push(['consent', pick(['yes', 'no', ''])]);
  if (random() < 0.8) fields.push(['consentVersion', pick([CURRENT_CONSENT_VERSION, '1999-01-01', chars(10, WEIRD)])]);
  if (random() < 0.5) fields.push(['ui', pick(['de', 'en', 'zz'])]);
  for (let i = int(random() < 0.05 ? 700 : 5); i > 0; i -= 1) {
    fields.push([
      pick(['topics', 'districts', 'kinds']),
      pick(['sozialverwaltung', '16065', 'posts', chars(int(30), WEIRD)]),
    ]);
  }
  if (random() < 0.3) fields.push(['t', chars(66, 'abcdefABCDEF0123456789_-.')]);
  if (random() < 0.3) fields.push(['token', chars(43, 'abcdefABCDEF0123456789_-')]);
  const params = new URLSearchParams();
  for (const [k, v] of fields) params.append(k, v.replace(/[\ud800-\udfff]/gu, '\ufffd'));
  let body = params.toString();
  // Break the encoding now and then: stray %, raw bytes, a lone surrogate as UTF-8.
  if (random() < 0.2) body += pick(['&%', '&email=%ED%A0%80', '&=&&==', '&email=%C3', `&${chars(20, WEIRD)}`]);
  return body;
}

/** One request as raw bytes; `truncated` if it announces more body than it sends. */
function request(): { data: Buffer; truncated: boolean } {
  const method = pick(['GET', 'POST', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'get', 'BREW', 'P\u00d6ST']);
  const version =
    random() < 0.85 ? pick(['HTTP/1.1', 'HTTP/1.0']) : pick(['HTTP/2.0', 'HTTP/9', 'HTTQ/1.1', '', 'HTTP/1.1 x']);
  const body: Buffer = (() => {
    switch (int(6)) {
      case 0:
        return bytes(int(2000));
      case 1:
        return Buffer.from(JSON.stringify({ email: 'x@kreis.example' }));
      case 2:
        return Buffer.alloc(int(3) === 0 ? 40_000 : 0, 'a');
      default:
        return Buffer.from(form(), 'utf8');
    }
  })();
  const headers: string[] = [];
  if (random() < 0.9) headers.push(`Host: ${pick(['127.0.0.1', 'localhost', '', '[::1', chars(40, WEIRD)])}`);
  if (random() < 0.8)
    headers.push(
      `Content-Type: ${pick(['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8', 'application/json', 'multipart/form-data; boundary=x', 'text/plain', chars(30, WEIRD)])}`,
    );
  if (random() < 0.3)
    headers.push(`X-Forwarded-For: ${pick(['203.0.113.7', '1.2.3.4, 5.6.7.8', 'garbage', '', '::1'])}`);
  if (random() < 0.05) headers.push(`X-Long: ${'x'.repeat(20_000)}`);
  if (random() < 0.05) headers.push(`X-Bad\u0000Name: ${chars(10, WEIRD)}`);
  if (random() < 0.05) headers.push('Expect: 100-continue');
  let truncated = false;
  let payload = body;
  const framing = int(10);
  if (framing < 6) {
    headers.push(`Content-Length: ${body.length}`);
  } else if (framing === 6) {
    headers.push('Transfer-Encoding: chunked');
    payload = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  } else if (framing === 7) {
    headers.push('Transfer-Encoding: chunked');
    payload = Buffer.concat([Buffer.from('zz\r\n'), body]);
  } else if (framing === 8) {
    headers.push(`Content-Length: ${body.length}`, `Content-Length: ${body.length + 1}`);
  } else {
    headers.push(`Content-Length: ${body.length + 10 + int(1000)}`);
    truncated = true;
  }
  headers.push('Connection: close');
  const head = `${method} ${target()} ${version}\r\n${headers.join('\r\n')}\r\n\r\n`;
  return { data: Buffer.concat([Buffer.from(head, 'utf8'), payload]), truncated };
}

test(`${REQUESTS} random, mostly malformed requests: no crash, no 5xx, no stack trace (seed ${SEED})`, async () => {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  const sink = await startSink();
  cleanups.push(() => sink.close());
  await writeFeed(tmp.dir, feedOf([]));
  const env = {
    ...testEnv(tmp.dir, sink.port),
    PRAXIS_NEWSLETTER_HOST: '127.0.0.1',
    PRAXIS_NEWSLETTER_PORT: '0',
    PRAXIS_NEWSLETTER_CLIENT_LIMIT: '100000',
    PRAXIS_NEWSLETTER_TRUST_PROXY: '1',
  };
  const server = await startServerProcess(env, until);
  cleanups.push(server.stop);
  const port = server.port;

  const statuses = new Map<string, number>();
  const bad: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      const { data, truncated } = request();
      const answer = await send(port, data, truncated);
      // The last status line: "100 Continue" may come before the answer.
      const lines = [...answer.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3})/gu)].map((m) => m[1]!);
      const status = lines.at(-1) ?? (answer === '' ? 'none' : 'garbled');
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (/^5/u.test(status) || /\bat [\w.<>]+ \(|node:internal/u.test(answer) || status === 'garbled') {
        bad.push(`${status}: ${data.subarray(0, 200).toString('latin1')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));

  const summary = `seed ${SEED}; answers ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`;
  console.log(`fuzz: ${REQUESTS} requests, ${summary}`);
  expect(bad, summary).toEqual([]);
  expect(server.running(), `${summary}\n${server.output().slice(-2000)}`).toBe(true);
  expect(server.output(), summary).not.toMatch(/unexpected (error|rejection)/u);
  expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  // Most requests were answered, not just dropped.
  expect(statuses.get('none') ?? 0).toBeLessThan(REQUESTS / 4);
}, 60_000);

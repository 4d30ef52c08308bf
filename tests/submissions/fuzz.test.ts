/**
 * 2,000 malformed or oversized requests to the submission endpoints of the real server process
 * (scripts/newsletter-server.ts, loopback, a SQLite file, an SMTP sink): no 5xx, no crash, no stack trace
 * in any answer. And the same answer, byte for byte but for the address, for an address that has
 * submitted before, one that never has, one past its limit and a filled honeypot.
 * Seeded: a failure prints its seed; FUZZ_SEED=<n> runs that sequence again.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { afterAll, expect, test } from 'vitest';
import { seeded, send, startServerProcess } from '../helpers/fuzz.ts';
import { CURRENT_SUBMISSION_CONSENT } from '../../src/lib/submissions/consent.ts';
import { startSink, tempDir, testEnv, until } from '../newsletter/helpers.ts';
import { validForm } from './helpers.ts';

const REQUESTS = 2000;
const PARALLEL = 16;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

const { random, int, pick, chars } = seeded(SEED);
const WEIRD = 'aZ09-_.~%+&=?#/\\@:;,[]{}<>"\' \t\n\r\u0000\u0007\u00ad\u200b\u202e\ufeff\ud800äöü€😀';
const HOSTILE = ['{process.exit(1)}', '<script>alert(1)</script>', 'import x from "y"', '\n---\n', '<InfoBox>', '${x}'];

function body(): string {
  const form = validForm({ email: `f${int(50)}@kreis.example` });
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) {
    const roll = random();
    if (roll < 0.1) continue; // missing
    if (roll < 0.2) params.append(k, chars(int(200), WEIRD).replace(/[\ud800-\udfff]/gu, '\ufffd'));
    else if (roll < 0.25) params.append(k, 'x'.repeat(pick([3999, 4001, 9000, 40_000])));
    else if (roll < 0.3) params.append(k, pick(HOSTILE));
    else params.append(k, v);
    if (random() < 0.05) params.append(k, v); // twice
  }
  if (random() < 0.1) params.set('consentVersion', pick(['1999-01-01', CURRENT_SUBMISSION_CONSENT, '']));
  if (random() < 0.1)
    params.set(
      'altcha',
      pick([
        '',
        'e30=',
        'bm90IGpzb24=',
        Buffer.from('{"challenge":{"parameters":{}},"solution":{}}').toString('base64'),
        'x'.repeat(5000),
      ]),
    );
  if (random() < 0.05) params.set('links', Array.from({ length: 12 }, (_, i) => `https://e${i}.example`).join('\n'));
  if (random() < 0.05) params.set('district', pick(['99999', '0643', '06435 ', '<b>']));
  let text = params.toString();
  if (random() < 0.1) text += pick(['&%', '&title=%ED%A0%80', '&=&&==', '&problem=%C3']);
  return text;
}

function request(): { data: Buffer; truncated: boolean } {
  const path = pick([
    '/api/submit',
    '/api/submit',
    '/api/submit',
    '/api/submit/challenge',
    `/submission/confirm?token=${chars(43, 'abcdefABCDEF0123456789_-')}&lang=${pick(['de', 'en', 'xx'])}`,
    `/submission/confirm?token=${encodeURIComponent(chars(int(60), WEIRD).replace(/[\ud800-\udfff]/gu, ''))}`,
    '/api/submit?ui=en',
    '/api/submit/../confirm',
  ]);
  const method = pick(['POST', 'POST', 'POST', 'GET', 'PUT', 'HEAD', 'OPTIONS']);
  const content = (() => {
    switch (int(8)) {
      case 0:
        return Buffer.alloc(pick([300_000, 257 * 1024, 1000]), 'a');
      case 1:
        return Buffer.from(Array.from({ length: int(3000) }, () => int(256)));
      case 2:
        return Buffer.from(JSON.stringify(validForm()));
      default:
        return Buffer.from(body(), 'utf8');
    }
  })();
  const headers = ['Host: 127.0.0.1', 'Connection: close'];
  if (random() < 0.85)
    headers.push(
      `Content-Type: ${pick(['application/x-www-form-urlencoded', 'application/json', 'text/plain', 'multipart/form-data; boundary=x'])}`,
    );
  if (random() < 0.05) headers.push('Expect: 100-continue');
  let truncated = false;
  const framing = int(10);
  if (framing < 8) headers.push(`Content-Length: ${content.length}`);
  else if (framing === 8) headers.push(`Content-Length: ${content.length}`, `Content-Length: ${content.length + 1}`);
  else {
    headers.push(`Content-Length: ${content.length + 10 + int(1000)}`);
    truncated = true;
  }
  const head = `${method} /newsletter-api${path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`;
  return { data: Buffer.concat([Buffer.from(head, 'utf8'), content]), truncated };
}

test(`${REQUESTS} malformed or oversized submission requests: no crash, no 5xx, no stack trace; one answer for every address (seed ${SEED})`, async () => {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  const sink = await startSink();
  cleanups.push(() => sink.close());
  const env = {
    ...testEnv(tmp.dir, sink.port),
    PRAXIS_NEWSLETTER_HOST: '127.0.0.1',
    PRAXIS_NEWSLETTER_PORT: '0',
    PRAXIS_NEWSLETTER_URL: 'https://praxisdialog.example/newsletter-api',
    PRAXIS_SUBMISSION_CLIENT_LIMIT: '100000',
    PRAXIS_SUBMISSION_NOJS_CLIENT_LIMIT: '100000',
    PRAXIS_SUBMISSION_ADDRESS_LIMIT: '2',
  };
  const server = await startServerProcess(env, until);
  cleanups.push(server.stop);
  const port = server.port;
  const base = `http://127.0.0.1:${port}/newsletter-api`;

  // The same answer for every address: one that has submitted (twice: at its limit), a new one, one past
  // its limit, and a filled honeypot — the page differs in the address only.
  const submit = async (form: Record<string, string>) => {
    const r = await fetch(`${base}/api/submit`, { method: 'POST', body: new URLSearchParams(form) });
    return { status: r.status, text: (await r.text()).replaceAll(form.email!, 'ADDRESS') };
  };
  await submit(validForm({ email: 'bekannt@kreis.example' }));
  await submit(validForm({ email: 'bekannt@kreis.example' }));
  const answers = [
    await submit(validForm({ email: 'bekannt+3@kreis.example' })), // past the limit of its mailbox
    await submit(validForm({ email: 'neu@kreis.example' })),
    await submit(validForm({ email: 'falle@kreis.example', website: 'https://spam.example' })),
  ];
  for (const a of answers) expect(a).toEqual(answers[1]);
  expect(answers[1]!.status).toBe(200);

  const statuses = new Map<string, number>();
  const bad: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      const { data, truncated } = request();
      const answer = await send(port, data, truncated, 10_000);
      const lines = [...answer.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3})/gu)].map((m) => m[1]!);
      const status = lines.at(-1) ?? (answer === '' ? 'none' : 'garbled');
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (/^5/u.test(status) || /\bat [\w.<>]+ \(|node:internal|Error:/u.test(answer) || status === 'garbled') {
        bad.push(`${status}: ${data.subarray(0, 300).toString('latin1')}\n→ ${answer.slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const summary = `seed ${SEED}; answers ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`;
  console.log(`fuzz: ${REQUESTS} submission requests, ${summary}`);
  expect(bad, summary).toEqual([]);
  expect(server.running(), `${summary}\n${server.output().slice(-2000)}`).toBe(true);
  expect(server.output(), summary).not.toMatch(/unexpected (error|rejection)|error on /u);
  expect((await fetch(`http://127.0.0.1:${port}/newsletter-api/health`)).status).toBe(200);
  expect(statuses.get('none') ?? 0).toBeLessThan(REQUESTS / 4);
}, 120_000);

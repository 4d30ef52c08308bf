/**
 * No full e-mail or IP address in what the newsletter's processes write (the journal keeps it longer than
 * the purge keeps data, and the privacy policy says so): the real server behind a proxy (X-Forwarded-For)
 * through sign-up, confirmation, one-click unsubscribe and a practice submission, with an SMTP server that
 * refuses some recipients quoting their address, as Postfix does; then the digest, the purge, the backup
 * and the submissions list. Their whole stdout and stderr are searched for every address used.
 */
import { afterEach, expect, test } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { freePort } from '../production/stack.ts';
import { validForm } from '../submissions/helpers.ts';
import { entry, feedOf, parse, startSink, tempDir, testEnv, until, writeFeed } from './helpers.ts';
import { runScript, startServerProcess } from './scripts.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

test('server, digest, purge, backup and the submissions list log no e-mail or IP address', async () => {
  const tmp = await tempDir();
  cleanups.push(tmp.remove);
  const reader = 'anna.leserin@kreis.example';
  const refusedNow = 'gibt.es.nicht@kreis.example';
  const refusedLater = 'bald.weg@stadt.example';
  const submitter = 'bauamt.submit@gemeinde.example';
  const clients = ['203.0.113.77', '2001:db8:4711:12::99'];
  let digestRunning = false;
  const sink = await startSink({
    quoteRecipient: true,
    onRcpt: (to) => (to === refusedNow || (digestRunning && to === refusedLater) ? 550 : undefined),
  });
  cleanups.push(() => sink.close());
  const today = new Date().toISOString().slice(0, 10);
  await writeFeed(tmp.dir, feedOf([entry({ id: 'posts/de/neu', date: `${today}T00:00:00.000Z` })]));
  const env = {
    ...testEnv(tmp.dir, sink.port),
    PRAXIS_NEWSLETTER_HOST: '127.0.0.1',
    PRAXIS_NEWSLETTER_PORT: String(await freePort()),
    PRAXIS_NEWSLETTER_TRUST_PROXY: '1',
    PRAXIS_NEWSLETTER_DRAIN_SECONDS: '1',
  };
  const server = await startServerProcess(env);
  cleanups.push(() => server.stop());

  const post = (path: string, form: Record<string, string>, client = clients[0]!) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'x-forwarded-for': client },
      body: new URLSearchParams(form),
    });
  for (const [i, email] of [reader, refusedNow, refusedLater].entries()) {
    const answer = await post(
      '/api/subscribe',
      { ui: 'de', lang: 'de', frequency: 'weekly', consent: 'yes', consentVersion: CURRENT_CONSENT_VERSION, email },
      clients[i % 2],
    );
    expect(answer.status).toBe(200);
  }
  expect((await post('/api/submit', validForm({ email: submitter }), clients[1])).status).toBe(200);
  await until(() => sink.received.length === 3, 'the confirmation e-mails');
  await until(() => /given up/u.test(server.output()), 'the refused confirmation to be logged');
  let unsubscribe = '';
  for (const message of sink.received) {
    const text = (await parse(message)).text ?? '';
    const token = /\/confirm\?token=([\w-]{43})/u.exec(text)?.[1];
    if (!token) continue;
    const page = await (await post('/confirm', { token })).text();
    unsubscribe ||= /href="[^"]*\/preferences\?t=([^"&]+)/u.exec(page)?.[1] ?? '';
  }
  expect(unsubscribe).not.toBe('');

  digestRunning = true;
  const digest = await runScript('digest', ['--send', '--now', new Date(Date.now() + 3_600_000).toISOString()], env);
  expect(digest.output).toMatch(/bounced: subscriber \d+: 550 <b\*\*\*@stadt\.example>/u);
  expect((await post(`/unsubscribe?t=${unsubscribe}`, { 'List-Unsubscribe': 'One-Click' }, clients[1])).status).toBe(
    200,
  );
  expect(await server.stop()).toBe(0);

  const purge = await runScript('newsletter-purge', [], env);
  const backup = await runScript('newsletter-backup', [], env);
  const list = await runScript('submissions', ['list', '--all'], env);
  for (const ran of [purge, backup, list]) expect(ran.code, ran.output).toBe(0);

  const outputs = {
    server: server.output(),
    digest: digest.output,
    purge: purge.output,
    backup: backup.output,
    list: list.output,
  };
  // The refusal was logged, masked: the test would pass vacuously if nothing about it reached the log.
  expect(outputs.server).toMatch(/given up: 550 <g\*\*\*@kreis\.example>: Recipient address rejected/u);
  for (const [name, output] of Object.entries(outputs)) {
    for (const secret of [reader, refusedNow, refusedLater, submitter, ...clients]) {
      expect(output, `${name} output contains ${secret}`).not.toContain(secret);
    }
  }
});

/**
 * A submission from the form to the draft, against real parts: the server over loopback HTTP, a SQLite
 * file, an SMTP server on loopback read back with mailparser, `npm run submissions` as a child process
 * and the content check on a copy of a fixture corpus.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/contentCheck/index.ts';
import { parse, until } from '../newsletter/helpers.ts';
import { post, REPO_ROOT, runSubmissions, startSubmissionServer, validForm, type Running } from './helpers.ts';

let s: Running;
let content: string;

beforeAll(async () => {
  s = await startSubmissionServer();
  content = mkdtempSync(join(tmpdir(), 'praxis-submission-content-'));
  cpSync(join(REPO_ROOT, 'tests/fixtures/content-publish'), content, { recursive: true });
});
afterAll(async () => {
  await s?.close();
  rmSync(content, { recursive: true, force: true });
});

const mailTo = async (to: string, n = 1) => {
  await until(() => s.sink.received.filter((m) => m.to[0] === to).length >= n, `e-mail ${n} to ${to}`);
  return parse(s.sink.received.filter((m) => m.to[0] === to)[n - 1]!);
};

test('a submission without JavaScript: confirmed by e-mail, the editors are told, accept writes a checked draft', async () => {
  const answer = await post(`${s.base}/api/submit`, validForm());
  expect(answer.status).toBe(200);
  expect(answer.text).toContain('Bitte bestätigen Sie Ihre Einreichung');
  // Nothing reaches the editors before the confirmation.
  expect((await runSubmissions([], s.env)).output).toContain('No confirmed submission is waiting.');

  const mail = await mailTo('bauamt@kreis.example');
  expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Einreichung bei Praxisdialog');
  const link = /http\S+\/submission\/confirm\?token=[\w-]+&lang=de/u.exec(mail.text ?? '')![0];
  // Opening the link shows a button and confirms nothing.
  const page = await (await fetch(link)).text();
  expect(page).toContain('Ja, an die Redaktion senden');
  expect(s.sink.received.some((m) => m.to[0] === 'redaktion@praxisdialog.example')).toBe(false);

  const token = new URL(link).searchParams.get('token')!;
  const confirmed = await post(`${s.base}/submission/confirm?lang=de`, { token });
  expect(confirmed.status).toBe(200);
  expect(confirmed.text).toContain('Danke für Ihre Einreichung');
  // Used once only.
  expect((await post(`${s.base}/submission/confirm?lang=de`, { token })).status).toBe(410);

  const notice = await mailTo('redaktion@praxisdialog.example');
  expect(notice.subject).toBe('Neue Einreichung #1: Digitale Bauakte im Main-Kinzig-Kreis');
  expect(notice.text).toContain('Bauanträge kamen auf Papier');
  expect(notice.text).toContain('npm run submissions -- accept 1');
  expect(notice.text).toContain('Rechenaufgabe gelöst: nein (ohne JavaScript)');

  const list = await runSubmissions([], s.env);
  expect(list.output).toMatch(/#1 .* open .* Digitale Bauakte im Main-Kinzig-Kreis/u);

  const accepted = await runSubmissions(['accept', '1'], { ...s.env, PRAXIS_CONTENT_DIR: content });
  expect(accepted.code, accepted.output).toBe(0);
  const file = join(content, 'practices/de/digitale-bauakte-im-main-kinzig-kreis.mdx');
  const draft = readFileSync(file, 'utf8');
  expect(draft).toContain('draft: true');
  expect(draft).toContain('districts:\n  - "06435"');
  expect(draft).toMatch(
    /Einreichung Nr\. 1 über das Formular, eingereicht am \d{4}-\d\d-\d\d, bestätigt am \d{4}-\d\d-\d\d, Einwilligung in der Fassung vom 2026-12-06/u,
  );
  const errors = checkContent({ root: content, now: new Date() }).filter((p) => p.severity === 'error');
  expect(errors).toEqual([]);
  // Decided: no longer open, and accepting again is refused.
  expect((await runSubmissions([], s.env)).output).toContain('No confirmed submission is waiting.');
  const again = await runSubmissions(['accept', '1'], { ...s.env, PRAXIS_CONTENT_DIR: content });
  expect(again.code).toBe(1);
  expect(again.output).toContain('was already accepted');
});

test('reject sends the submitter a polite e-mail with the reason', async () => {
  await post(`${s.base}/api/submit`, validForm({ email: 'absage@kreis.example', title: 'Noch ein Vorhaben' }));
  const mail = await mailTo('absage@kreis.example');
  const token = /token=([\w-]+)/u.exec(mail.text ?? '')![1]!;
  await post(`${s.base}/submission/confirm`, { token });
  const id = /#(\d+) .*Noch ein Vorhaben/u.exec((await runSubmissions([], s.env)).output)![1]!;
  const rejected = await runSubmissions(['reject', id, '--reason', 'Das Vorhaben ist noch nicht gestartet.'], s.env);
  expect(rejected.code, rejected.output).toBe(0);
  const answer = await mailTo('absage@kreis.example', 2);
  expect(answer.subject).toBe('Ihre Einreichung bei Praxisdialog: „Noch ein Vorhaben“');
  expect(answer.text).toContain('Das Vorhaben ist noch nicht gestartet.');
  expect(answer.replyTo?.text).toBe('redaktion@praxisdialog.example');
});

test('purge deletes address and text once the retention period after the decision is over', async () => {
  const purged = await runSubmissions(['purge', '--days', '0'], s.env);
  expect(purged.code, purged.output).toBe(0);
  expect(purged.output).toMatch(/personal data of 2 decided/u);
  const all = await s.store.submissions('all');
  for (const row of all.filter((r) => r.decision)) {
    expect(row.email).toBeNull();
    expect(row.data).toBeNull();
  }
});

test('a filled honeypot and a mailbox past its limit get the same page, and nothing is kept or sent', async () => {
  const limited = await startSubmissionServer({
    submissions: { ...s.config.submissions, addressLimit: 1 },
  });
  try {
    const first = await post(`${limited.base}/api/submit`, validForm({ email: 'eins@kreis.example' }));
    const over = await post(`${limited.base}/api/submit`, validForm({ email: 'eins+2@kreis.example' }));
    const bot = await post(`${limited.base}/api/submit`, validForm({ email: 'bot@kreis.example', website: 'x' }));
    const same = (r: { status: number; text: string }, email: string) => ({
      status: r.status,
      text: r.text.replaceAll(email, 'ADDRESS'),
    });
    expect(same(over, 'eins+2@kreis.example')).toEqual(same(first, 'eins@kreis.example'));
    expect(same(bot, 'bot@kreis.example')).toEqual(same(first, 'eins@kreis.example'));
    await until(() => limited.sink.received.length >= 1, 'the one confirmation e-mail');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(limited.sink.received.map((m) => m.to[0])).toEqual(['eins@kreis.example']);
    expect((await limited.store.submissions('all')).map((r) => r.email)).toEqual(['eins@kreis.example']);
  } finally {
    await limited.close();
  }
});

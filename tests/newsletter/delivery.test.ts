/**
 * Digest delivery into a real SMTP server on loopback, read back with mailparser:
 * headers, both parts, links, umlauts; the ledger; retries, bounces and a server that dies.
 */
import '../../src/lib/newsletter/quietSqliteWarning.ts';
import { afterEach, describe, expect, test } from 'vitest';
import type { NewsletterConfig } from '../../src/lib/newsletter/config.ts';
import { CURRENT_CONSENT_VERSION } from '../../src/lib/newsletter/consent.ts';
import { planDigest, sendDigest, type SendReport } from '../../src/lib/newsletter/digest.ts';
import type { Feed } from '../../src/lib/newsletter/feed.ts';
import { createMailer } from '../../src/lib/newsletter/mailer.ts';
import { SqliteStore, type Preferences } from '../../src/lib/newsletter/store.ts';
import { hashToken, newNonce, randomToken } from '../../src/lib/newsletter/tokens.ts';
import { EVERYTHING } from '../../src/lib/newsletter/types.ts';
import { entry, feedOf, parse, rawHeader, startSink, tempDir, testConfig, type SinkOptions } from './helpers.ts';

const CONFIRMED = new Date('2025-06-01T08:00:00Z');
const RUN = new Date('2025-06-03T06:00:00Z');

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup(sinkOptions: SinkOptions = {}, overrides: Partial<NewsletterConfig> = {}) {
  const tmp = await tempDir();
  const sink = await startSink(sinkOptions);
  const config = testConfig(tmp.dir, sink.port, overrides);
  const store = new SqliteStore(config.dbPath);
  cleanups.push(
    tmp.remove,
    () => sink.close(),
    () => store.close(),
  );
  return { tmp, sink, config, store };
}

/** A subscriber through the real sign-up and confirmation path of the store. */
async function subscriber(store: SqliteStore, email: string, prefs: Partial<Preferences> = {}): Promise<number> {
  const token = randomToken();
  await store.recordSignup({
    email,
    lang: 'de',
    frequency: 'immediate',
    interests: EVERYTHING,
    ...prefs,
    consentVersion: CURRENT_CONSENT_VERSION,
    consentLang: 'de',
    requestedAt: new Date(CONFIRMED.getTime() - 60_000),
    tokenHash: hashToken(token),
    expiresAt: new Date(CONFIRMED.getTime() + 3_600_000),
    nonce: newNonce(),
  });
  const result = await store.confirmSignup(hashToken(token), CONFIRMED);
  if (result.status !== 'confirmed') throw new Error(`could not confirm ${email}: ${result.status}`);
  return result.subscriber.id;
}

async function run(
  store: SqliteStore,
  feed: Feed,
  config: NewsletterConfig,
  now = RUN,
  log?: (line: string) => void,
): Promise<SendReport> {
  const mailer = createMailer(config.smtp);
  try {
    const jobs = await planDigest(store, feed, now);
    return await sendDigest(jobs, feed, config, store, {
      mailer,
      retries: config.smtp.retries,
      retryDelayMs: config.smtp.retryDelayMs,
      now: () => now,
      log,
    });
  } finally {
    mailer.close();
  }
}

const UMLAUT_FEED = feedOf([
  entry({
    id: 'practices/de/papierlose-sozialverwaltung',
    kind: 'practices',
    title: 'Papierlose Sozialverwaltung im Kyffhäuserkreis',
    teaser: 'Wie der Kreis seine „E-Akte“ einführte – Größe, Kosten, Ärger und was übrig blieb.',
    url: 'https://praxisdialog.example/praxis/papierlose-sozialverwaltung/',
    topics: ['sozialverwaltung'],
    districts: ['16065'],
  }),
  entry({
    id: 'posts/de/ki-im-amt',
    title: 'Künstliche Intelligenz im Bürgeramt',
    url: 'https://praxisdialog.example/blog/ki-im-amt/',
    topics: ['kuenstliche-intelligenz'],
  }),
  entry({
    id: 'posts/en/ai-at-the-counter',
    lang: 'en',
    title: 'AI at the citizens’ office',
    url: 'https://praxisdialog.example/en/blog/ai-at-the-counter/',
    topics: ['kuenstliche-intelligenz'],
  }),
]);

describe('a digest as it arrives', () => {
  test('reaches the SMTP server with sender, date, Message-ID, both list headers, two parts, absolute links and umlauts', async () => {
    const { sink, config, store } = await setup();
    await subscriber(store, 'leser@kreis.example');
    const report = await run(store, UMLAUT_FEED, config);
    expect(report).toMatchObject({ due: 1, sent: 1, entriesSent: 2, bounced: 0, deferred: 0 });
    expect(sink.received).toHaveLength(1);

    const mail = await parse(sink.received[0]!);
    expect(mail.from?.value[0]).toEqual({ address: 'newsletter@praxisdialog.example', name: 'Praxisdialog' });
    expect(sink.received[0]!.to).toEqual(['leser@kreis.example']);
    expect(mail.date?.getTime()).toBeGreaterThan(0);
    expect(mail.messageId).toMatch(/^<digest\.[0-9a-f]{32}@praxisdialog\.example>$/u);
    expect(mail.subject).toBe('2 neue Einträge bei Praxisdialog');
    expect(rawHeader(mail, 'List-Unsubscribe')).toMatch(
      /^<https:\/\/newsletter\.praxisdialog\.example\/unsubscribe\?t=[\w-]{22}\.[\w-]{43}>$/u,
    );
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // Both parts, UTF-8, with the umlauts and German quotation marks intact.
    expect(sink.received[0]!.raw.toString('latin1')).toMatch(/Content-Type: text\/plain; charset=utf-8/iu);
    expect(sink.received[0]!.raw.toString('latin1')).toMatch(/Content-Type: text\/html; charset=utf-8/iu);
    for (const part of [mail.text!, mail.html as string]) {
      expect(part).toContain('Papierlose Sozialverwaltung im Kyffhäuserkreis');
      expect(part).toContain('Künstliche Intelligenz im Bürgeramt');
    }
    expect(mail.text).toContain('Wie der Kreis seine „E-Akte“ einführte – Größe, Kosten, Ärger und was übrig blieb.');
    expect(mail.html).toContain('Wie der Kreis seine „E-Akte“ einführte');
    expect(mail.text).not.toContain('AI at the citizens');

    // Every link is absolute and goes straight to its target: no redirect, no tracking pixel.
    const hrefs = [...(mail.html as string).matchAll(/href="([^"]+)"/gu)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(hrefs.length).toBeGreaterThan(4);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/(newsletter\.)?praxisdialog\.example\//u);
    expect(hrefs).toContain('https://praxisdialog.example/praxis/papierlose-sozialverwaltung/');
    expect(mail.html).not.toMatch(/<img/iu);
    expect(mail.text).toContain('https://praxisdialog.example/blog/ki-im-amt/');
    expect(mail.text).toContain('Abmelden: https://newsletter.praxisdialog.example/unsubscribe?t=');
    expect(mail.text).toContain('Einstellungen ändern: https://newsletter.praxisdialog.example/preferences?t=');
    expect(Buffer.byteLength(mail.html as string)).toBeLessThan(100 * 1024);
  });

  test('stays under 100 KB with sixty long entries, naming the ones it leaves out', async () => {
    const { sink, config, store } = await setup();
    await subscriber(store, 'viel@kreis.example');
    const many = feedOf(
      Array.from({ length: 60 }, (_, i) =>
        entry({
          id: `posts/de/eintrag-${i}`,
          title: `Eintrag ${i}: ${'Überschrift '.repeat(8)}`,
          teaser: 'Ä'.repeat(390),
        }),
      ),
    );
    await run(store, many, config);
    const mail = await parse(sink.received[0]!);
    expect(sink.received[0]!.raw.length).toBeLessThan(100 * 1024 * 2);
    expect(Buffer.byteLength(mail.html as string)).toBeLessThan(100 * 1024);
    expect(mail.text).toContain('und 35 weitere Einträge auf der Website');
  });

  test('an English subscriber for one topic gets only English entries on it, in English', async () => {
    const { sink, config, store } = await setup();
    await subscriber(store, 'reader@county.example', {
      lang: 'en',
      interests: { topics: ['kuenstliche-intelligenz'], districts: [], kinds: [] },
    });
    await subscriber(store, 'kreis@kreis.example', {
      interests: { topics: [], districts: ['16065'], kinds: ['practices'] },
    });
    await run(store, UMLAUT_FEED, config);
    const byRecipient = new Map(await Promise.all(sink.received.map(async (m) => [m.to[0]!, await parse(m)] as const)));
    const en = byRecipient.get('reader@county.example')!;
    expect(en.subject).toBe('New on Praxisdialog: AI at the citizens’ office');
    expect(en.text).toContain('Unsubscribe: https://');
    expect(en.text).not.toContain('Kyffhäuserkreis');
    const de = byRecipient.get('kreis@kreis.example')!;
    expect(de.subject).toBe('Neu bei Praxisdialog: Papierlose Sozialverwaltung im Kyffhäuserkreis');
    expect(de.text).not.toContain('Bürgeramt');
  });
});

describe('the ledger', () => {
  test('a second run the same day sends nothing already sent; a new entry goes out alone', async () => {
    const { sink, config, store } = await setup();
    await subscriber(store, 'leser@kreis.example');
    // Dated the day of the runs: only the ledger, not the date, tells the second run they were sent.
    const today = feedOf(UMLAUT_FEED.entries.map((e) => ({ ...e, date: '2025-06-03T00:00:00.000Z' })));
    await run(store, today, config);
    expect(sink.received).toHaveLength(1);
    expect(await run(store, today, config, new Date('2025-06-03T07:00:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(sink.received).toHaveLength(1);

    const later = feedOf([
      entry({ id: 'posts/de/nachtrag', title: 'Nachtrag', date: '2025-06-03T00:00:00.000Z' }),
      ...today.entries,
    ]);
    await run(store, later, config, new Date('2025-06-03T08:00:00Z'));
    expect(sink.received).toHaveLength(2);
    expect((await parse(sink.received[1]!)).subject).toBe('Neu bei Praxisdialog: Nachtrag');
  });

  test('a weekly subscriber hears again only after a week, and then gets everything new since', async () => {
    const { sink, config, store } = await setup();
    await subscriber(store, 'woche@kreis.example', { frequency: 'weekly' });
    await run(store, UMLAUT_FEED, config);
    const next = feedOf([entry({ id: 'posts/de/tag-2', date: '2025-06-04T00:00:00.000Z' }), ...UMLAUT_FEED.entries]);
    expect((await run(store, next, config, new Date('2025-06-05T06:00:00Z'))).due).toBe(0);
    expect((await run(store, next, config, new Date('2025-06-10T06:00:00Z'))).sent).toBe(1);
    expect(sink.received).toHaveLength(2);
  });

  test('entries dated after the run’s time are not sent', async () => {
    const { sink, config, store } = await setup();
    await subscriber(store, 'leser@kreis.example');
    const future = feedOf([entry({ id: 'posts/de/morgen', date: '2025-06-04T00:00:00.000Z' })]);
    expect((await run(store, future, config)).due).toBe(0);
    expect(sink.received).toEqual([]);
  });
});

describe('the window a kill can hit', () => {
  test('at most one message is ever handed to the SMTP server before its ledger row is written', async () => {
    // Open transactions at the server: from MAIL FROM to the answer to the message's end.
    let open = 0;
    let most = 0;
    const { sink, config, store } = await setup({
      onMailFrom: () => {
        open += 1;
        most = Math.max(most, open);
        return undefined;
      },
      onAccepted: () => (open -= 1),
    });
    for (let i = 0; i < 30; i += 1) await subscriber(store, `person${i}@kreis.example`);
    const report = await run(store, UMLAUT_FEED, config);
    expect(report.sent).toBe(30);
    expect(sink.received).toHaveLength(30);
    expect(most).toBe(1);
  });
});

describe('SMTP failures', () => {
  test('a temporary refusal (451) is retried with back-off and the e-mail arrives once', async () => {
    let refusals = 2;
    const { sink, config, store } = await setup({
      onRcpt: (to) => (to === 'spaeter@kreis.example' && refusals-- > 0 ? 451 : undefined),
    });
    await subscriber(store, 'spaeter@kreis.example');
    const report = await run(store, UMLAUT_FEED, config);
    expect(report).toMatchObject({ sent: 1, deferred: 0, bounced: 0 });
    expect(refusals).toBe(-1);
    expect(sink.received).toHaveLength(1);
  });

  test('a temporary refusal that outlasts the retries leaves the e-mail for the next run', async () => {
    let refuse = true;
    const { sink, config, store } = await setup({ onRcpt: () => (refuse ? 451 : undefined) });
    await subscriber(store, 'voll@kreis.example');
    const lines: string[] = [];
    expect(await run(store, UMLAUT_FEED, config, RUN, (l) => lines.push(l))).toMatchObject({ sent: 0, deferred: 1 });
    expect(lines.join('\n')).toContain('deferred after 4 attempts');
    refuse = false;
    expect(await run(store, UMLAUT_FEED, config)).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
  });

  test('a permanent refusal (550) marks the address as bouncing and it is not tried again', async () => {
    const { sink, config, store } = await setup({ onRcpt: (to) => (to === 'weg@kreis.example' ? 550 : undefined) });
    await subscriber(store, 'weg@kreis.example');
    await subscriber(store, 'da@kreis.example');
    const report = await run(store, UMLAUT_FEED, config);
    expect(report).toMatchObject({ due: 2, sent: 1, bounced: 1 });
    expect((await store.activeSubscribers()).map((s) => s.email)).toEqual(['da@kreis.example']);
    expect(sink.received.map((m) => m.to[0])).toEqual(['da@kreis.example']);
  });

  test('a server that dies mid-run stops the run, and only what it accepted is in the ledger', async () => {
    let crash: () => void = () => {};
    const { sink, config, store } = await setup({ onAccepted: (_m, count) => count === 5 && crash() });
    crash = () => sink.crash();
    const ids = [];
    for (let i = 0; i < 30; i += 1) ids.push(await subscriber(store, `person${i}@kreis.example`));
    const report = await run(store, UMLAUT_FEED, { ...config, smtp: { ...config.smtp, retries: 0 } });
    // How the dead connection shows depends on timing: reset, refused, closed, or a write into a closed pipe.
    expect(report.aborted).toMatch(/ECONN|EPIPE|closed|socket/iu);
    expect(report.sent).toBeLessThanOrEqual(5);
    expect(report.sent).toBeGreaterThan(0);
    // Nothing marked sent that the server did not accept.
    const accepted = new Set(sink.received.map((m) => m.to[0]));
    for (const id of ids) {
      const sent = await store.deliveredTo(id, ['practices/de/papierlose-sozialverwaltung', 'posts/de/ki-im-amt']);
      const email = `person${ids.indexOf(id)}@kreis.example`;
      if (sent.size > 0) expect(accepted.has(email), `${email} recorded but not accepted`).toBe(true);
    }
  });
});

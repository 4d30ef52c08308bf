/**
 * The practice submission endpoints of the server (see app.ts for the shared parts):
 *
 *   GET  /api/submit/challenge   a proof-of-work challenge for the form's widget (JSON)
 *   POST /api/submit             the form → a pending submission and a confirmation e-mail
 *   GET  /submission/confirm     page with one button; POST uses the token → the editors' e-mail
 *
 * Like the sign-up: the same answer for every address (past the per-address limit the work is done
 * and rolled back), e-mails through the outbox, written in the same transaction as the data.
 * Spam: a honeypot (filled: the same answer, nothing kept), per-client limits — stricter for
 * submissions without a solved proof of work (no JavaScript) — and per-mailbox limits in the store.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NewsletterConfig } from '../lib/newsletter/config.ts';
import { endpoints } from '../lib/newsletter/config.ts';
import { esc } from '../lib/newsletter/html.ts';
import { mailboxKey } from '../lib/newsletter/input.ts';
import type { Outbox } from '../lib/newsletter/outbox.ts';
import { RateLimiter } from '../lib/newsletter/rateLimit.ts';
import type { NewsletterStore } from '../lib/newsletter/store.ts';
import { fill } from '../lib/newsletter/strings.ts';
import { hashToken, randomToken } from '../lib/newsletter/tokens.ts';
import { isLang, type Lang } from '../lib/newsletter/types.ts';
import { formLang, formValues, HONEYPOT, parseSubmission, st } from '../lib/submissions/fields.ts';
import { editorsNotification, submissionConfirmation } from '../lib/submissions/mail.ts';
import { CHALLENGE_TTL_MS, newChallenge, verifyPayload } from '../lib/submissions/pow.ts';
import { actionPage, layout, messagePage, type PageContext } from './pages.ts';
import { errorSummary, submissionForm } from './submissionForm.ts';

const HOUR = 3_600_000;

export interface SubmissionDeps {
  config: NewsletterConfig;
  store: NewsletterStore;
  outbox: Outbox;
  now: () => Date;
  ctx: (lang: Lang, alternate?: string) => PageContext;
  send: (res: ServerResponse, status: number, body: string, extra?: Record<string, string>) => void;
  readForm: (req: IncomingMessage) => Promise<URLSearchParams>;
  clientKey: (req: IncomingMessage) => string;
}

export function submissionHandlers(deps: SubmissionDeps) {
  const { config, store, outbox, now, ctx, send } = deps;
  const links = endpoints(config.newsletterUrl);
  const c = config.submissions;
  const perClient = new RateLimiter(c.clientLimit, HOUR);
  const perClientNoJs = new RateLimiter(c.noJsClientLimit, HOUR);
  const practicesUrl = (lang: Lang) =>
    new URL(lang === 'de' ? '/praxis/' : '/en/practices/', `${config.siteUrl}/`).href;
  const formUrl = (lang: Lang) =>
    new URL(lang === 'de' ? '/praxis/einreichen/' : '/en/practices/submit/', `${config.siteUrl}/`).href;
  const mailSettings = { from: config.from, replyTo: config.replyTo, siteUrl: config.siteUrl };

  async function challenge(_req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.stringify(await newChallenge(config.secret, now()));
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      // The widget on the site fetches it; in production the site and the server share an origin.
      'access-control-allow-origin': new URL(config.siteUrl).origin,
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  }

  function checkInbox(res: ServerResponse, lang: Lang, email: string): void {
    const p = st(lang).page;
    send(
      res,
      200,
      messagePage(
        ctx(lang),
        p.checkInbox.title,
        [fill(p.checkInbox.text, { email, hours: config.tokenTtlHours }), p.checkInbox.spam],
        [{ href: practicesUrl(lang), label: p.back }],
      ),
    );
  }

  async function submit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await deps.readForm(req);
    const lang = formLang(form);
    const s = st(lang);
    const at = now();
    const client = deps.clientKey(req);
    const signature = await verifyPayload(config.secret, form.get('altcha'));
    const limit = (signature ? perClient : perClientNoJs).hit(client, at.getTime());
    if (!limit.allowed) {
      const minutes = Math.ceil(limit.retryAfter / 60);
      send(
        res,
        429,
        messagePage(
          ctx(lang),
          s.page.tooMany.title,
          [fill(s.page.tooMany.text, { minutes })],
          [{ href: practicesUrl(lang), label: s.page.back }],
        ),
        { 'retry-after': String(limit.retryAfter) },
      );
      return;
    }
    const parsed = parseSubmission(form, at);
    if (!parsed.ok) {
      const body = `<h1>${esc(s.title)}</h1>
${errorSummary(lang, parsed.errors)}
${submissionForm({
  lang,
  action: links.submit,
  siteUrl: config.siteUrl,
  retentionDays: c.retentionDays,
  values: formValues(form),
  errors: parsed.errors,
  // A solved challenge stays good for the corrected form (it is spent only by a stored submission).
  altcha: signature ? (form.get('altcha') ?? undefined) : undefined,
})}`;
      send(res, 400, layout(ctx(lang), s.page.invalidTitle, body));
      return;
    }
    const v = parsed.value;
    // A filled honeypot: the same answer and nothing kept, so a bot learns nothing.
    if ((form.get(HONEYPOT) ?? '') !== '') return checkInbox(res, lang, v.email);
    // A challenge lets one submission through; a replayed one counts as none.
    const fresh =
      signature !== undefined &&
      (await store.hitLimit({ scope: 'submission-pow', key: signature, max: 1, windowMs: CHALLENGE_TTL_MS }, at))
        .allowed;
    const token = randomToken();
    const expiresAt = new Date(at.getTime() + config.tokenTtlHours * HOUR);
    const { email, lang: entryLang, consentVersion, ...data } = v;
    const { allowed } = await store.recordSubmission(
      {
        lang: entryLang,
        email,
        data,
        consentVersion,
        retentionDays: c.retentionDays,
        proofOfWork: fresh,
        submittedAt: at,
        tokenHash: hashToken(token),
        expiresAt,
      },
      {
        limit: { scope: 'submission-mailbox', key: mailboxKey(email), max: c.addressLimit, windowMs: 24 * HOUR },
        mail: {
          kind: 'submission-confirmation',
          message: submissionConfirmation(mailSettings, {
            lang,
            to: email,
            title: data.title,
            confirmUrl: `${links.confirmSubmission(token)}&lang=${lang}`,
            expiresAt,
          }),
        },
      },
    );
    if (allowed) setImmediate(() => outbox.kick());
    checkInbox(res, lang, email);
  }

  function tokenPage(res: ServerResponse, lang: Lang, status: number, text: string): void {
    const p = st(lang).page;
    send(res, status, messagePage(ctx(lang), p.token.title, [text], [{ href: formUrl(lang), label: p.form }]));
  }

  async function confirm(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const asked = url.searchParams.get('lang');
    const form = req.method === 'POST' ? await deps.readForm(req) : undefined;
    const token = (form ?? url.searchParams).get('token') ?? '';
    const fallback: Lang = isLang(asked) ? asked : 'de';
    if (!/^[A-Za-z0-9_-]{43}$/u.test(token)) return tokenPage(res, fallback, 400, st(fallback).page.token.invalid);
    const hash = hashToken(token);
    if (req.method === 'GET') {
      const found = await store.submissionByToken(hash);
      const lang = isLang(asked) ? asked : (found?.lang ?? 'de');
      const t = st(lang).page;
      if (!found) return tokenPage(res, lang, 404, t.token.invalid);
      if (found.confirmedAt !== null) return tokenPage(res, lang, 410, t.token.used);
      if (found.expiresAt <= now().toISOString()) return tokenPage(res, lang, 410, t.token.expired);
      // A button, not the link itself: link scanners must not confirm on the submitter's behalf.
      send(
        res,
        200,
        actionPage(ctx(lang), {
          title: t.confirm.title,
          text: fill(t.confirm.text, { title: found.title }),
          action: `${config.newsletterUrl}/submission/confirm?lang=${lang}`,
          button: t.confirm.button,
          hidden: { token },
        }),
      );
      return;
    }
    const result = await store.confirmSubmission(hash, now(), (submission) => ({
      kind: 'submission-notification',
      message: editorsNotification({ ...mailSettings, editors: c.editors }, submission),
    }));
    const lang = isLang(asked) ? asked : result.status === 'confirmed' ? result.submission.lang : (result.lang ?? 'de');
    const t = st(lang).page;
    if (result.status !== 'confirmed') {
      const text = { used: t.token.used, expired: t.token.expired, invalid: t.token.invalid }[result.status];
      return tokenPage(res, lang, result.status === 'invalid' ? 404 : 410, text);
    }
    setImmediate(() => outbox.kick());
    send(
      res,
      200,
      messagePage(ctx(lang), t.confirmed.title, [t.confirmed.text], [{ href: practicesUrl(lang), label: t.back }]),
    );
  }

  return { challenge, submit, confirm };
}

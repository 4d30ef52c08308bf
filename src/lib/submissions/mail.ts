/**
 * The submission's e-mails, in the newsletter's frame (src/lib/newsletter/render.ts): the
 * confirmation to the submitter, the notification to the editors, and the decision to the
 * submitter. Everything the submitter typed goes into the HTML part escaped and into the text
 * part as text; nothing of it becomes a link or markup.
 */
import type { SendMailOptions } from 'nodemailer';
import { PALETTE } from '../../config/palette.ts';
import { site } from '../../config/site.ts';
import { FIELDS } from '../../config/fields.ts';
import { STATUSES } from '../../config/status.ts';
import { path } from '../i18n.ts';
import { districtFacts } from '../districts.ts';
import { esc } from '../newsletter/html.ts';
import { senderDomain } from '../newsletter/message.ts';
import { frame, type RenderedMail } from '../newsletter/render.ts';
import { fill, formatDateTime } from '../newsletter/strings.ts';
import type { Lang } from '../newsletter/types.ts';
import { st } from './fields.ts';
import type { Submission } from './store.ts';

const ACCENT = PALETTE.light.accent;
const SANS = "'Segoe UI', Helvetica, Arial, sans-serif";

function footerOf(lang: Lang, siteUrl: string): string {
  const imprint = new URL(path(lang, 'imprint'), `${siteUrl}/`).href;
  return `<p style="margin:0;">${esc(site.operator.name)} · <a href="${esc(imprint)}" style="color:${PALETTE.light.muted};">Impressum / Imprint</a></p>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/u)
    .map((p) => `<p style="margin:0 0 12px;white-space:pre-wrap;">${esc(p)}</p>`)
    .join('\n');
}

function message(
  opts: { from: string; replyTo?: string | undefined; to: string; lang: Lang; kind: string },
  mail: RenderedMail,
): Record<string, unknown> {
  const options: SendMailOptions = {
    from: opts.from,
    ...(opts.replyTo ? { replyTo: opts.replyTo } : {}),
    to: opts.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    textEncoding: 'quoted-printable',
    messageId: `<${opts.kind}.${crypto.randomUUID()}@${senderDomain(opts.from)}>`,
    headers: { 'Content-Language': opts.lang, 'Auto-Submitted': 'auto-generated' },
  };
  return JSON.parse(JSON.stringify(options)) as Record<string, unknown>;
}

export interface MailSettings {
  from: string;
  replyTo?: string | undefined;
  siteUrl: string;
}

/** The double opt-in for a submission: one link to a page with one button. */
export function submissionConfirmation(
  settings: MailSettings,
  input: { lang: Lang; to: string; title: string; confirmUrl: string; expiresAt: Date },
): Record<string, unknown> {
  const t = st(input.lang).mail.confirm;
  const text = fill(t.text, { title: input.title });
  const validUntil = fill(t.validUntil, { date: formatDateTime(input.expiresAt, input.lang) });
  const body = `<p style="margin:0 0 18px;">${esc(text)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:${ACCENT};border-radius:6px;">
<a href="${esc(input.confirmUrl)}" style="display:inline-block;padding:12px 22px;font-family:${SANS};font-size:17px;font-weight:bold;color:${PALETTE.light.accentText};text-decoration:none;">${esc(t.button)}</a>
</td></tr></table>
<p style="margin:18px 0 8px;font-family:${SANS};font-size:14px;color:${PALETTE.light.muted};">${esc(validUntil)}</p>
<p style="margin:0 0 8px;font-family:${SANS};font-size:14px;word-break:break-all;"><a href="${esc(input.confirmUrl)}" style="color:${ACCENT};">${esc(input.confirmUrl)}</a></p>
<p style="margin:14px 0 0;font-size:16px;">${esc(t.ignore)}</p>`;
  const html = frame({
    lang: input.lang,
    siteUrl: settings.siteUrl,
    title: t.subject,
    preheader: t.button,
    body,
    footer: footerOf(input.lang, settings.siteUrl),
  });
  const plain = [`${site.name}`, '', text, '', input.confirmUrl, '', validUntil, '', t.ignore, ''].join('\n');
  return message(
    { ...settings, to: input.to, lang: input.lang, kind: 'submission-confirm' },
    {
      subject: t.subject,
      html,
      text: plain,
    },
  );
}

/** The submission as label/value pairs, for the editors' e-mail and the command line. */
export function describeSubmission(s: Submission): [string, string][] {
  const d = s.data;
  if (!d) return [['', '(personal data deleted)']];
  const de = st('de').fields;
  const district = districtFacts(d.district);
  return [
    [de.title.label, d.title],
    [de.district.label, district ? `${district.name} (${d.district})` : d.district],
    [de.municipality.label, d.municipality],
    [de.problem.label, d.problem],
    [de.solution.label, d.solution],
    [de.results.label, d.results],
    [de.costs.label, d.costs],
    [de.status.label, STATUSES[d.status].de],
    [de.startYear.label, String(d.startYear)],
    [de.field.label, FIELDS[d.field].de],
    [de.afterFunding.label, d.afterFunding],
    [de.contactName.label, d.contactName],
    [de.contactOrganisation.label, d.contactOrganisation],
    [de.links.label, d.links.join('\n')],
    [de.licence.label, d.licence],
    [de.sourceUrl.label, d.sourceUrl],
    [de.lessons.label, d.lessons],
    [de.details.label, d.details],
  ].filter(([, v]) => v !== '') as [string, string][];
}

/** The editors' notification for a confirmed submission: the whole text, inert, and what to do next. */
export function editorsNotification(
  settings: MailSettings & { editors: string },
  s: Submission,
): Record<string, unknown> {
  const subject = `Neue Einreichung #${s.id}: ${s.title}`;
  const pairs = describeSubmission(s);
  const meta = [
    `Einreichung #${s.id}, eingereicht ${s.submittedAt}, bestätigt ${s.confirmedAt ?? '–'}`,
    `Sprache: ${s.lang} · Einwilligung: Fassung ${s.consentVersion} · Rechenaufgabe gelöst: ${s.proofOfWork ? 'ja' : 'nein (ohne JavaScript)'}`,
    `Einreicher/in: ${s.email ?? '–'}`,
  ];
  const next = [
    `Übernehmen als Entwurf: npm run submissions -- accept ${s.id}`,
    `Ablehnen: npm run submissions -- reject ${s.id} --reason "…"`,
  ];
  const body = `${meta.map((m) => `<p style="margin:0 0 6px;font-family:${SANS};font-size:14px;">${esc(m)}</p>`).join('\n')}
${pairs.map(([k, v]) => `<h2 style="font-family:${SANS};font-size:15px;margin:16px 0 4px;">${esc(k)}</h2>\n${paragraphs(v)}`).join('\n')}
${next.map((m) => `<p style="margin:12px 0 0;font-family:monospace;font-size:14px;">${esc(m)}</p>`).join('\n')}`;
  const html = frame({
    lang: 'de',
    siteUrl: settings.siteUrl,
    title: subject,
    preheader: s.title,
    body,
    footer: footerOf('de', settings.siteUrl),
  });
  const text = [...meta, '', ...pairs.flatMap(([k, v]) => [`== ${k} ==`, v, '']), ...next, ''].join('\n');
  return message({ ...settings, to: settings.editors, lang: 'de', kind: 'submission-notify' }, { subject, html, text });
}

/** The polite refusal, with the editors' reason. Replies go to the editors. */
export function rejectionMail(
  settings: MailSettings & { editors: string },
  input: { lang: Lang; to: string; title: string; reason: string },
): Record<string, unknown> {
  const t = st(input.lang).mail.rejected;
  const subject = fill(t.subject, { title: input.title });
  const intro = fill(t.text, { title: input.title });
  const body = [t.greeting, intro, input.reason, t.again, t.closing].map(paragraphs).join('\n');
  const html = frame({
    lang: input.lang,
    siteUrl: settings.siteUrl,
    title: subject,
    preheader: subject,
    body,
    footer: footerOf(input.lang, settings.siteUrl),
  });
  const text = [t.greeting, '', intro, '', input.reason, '', t.again, '', t.closing, ''].join('\n');
  return message(
    { from: settings.from, replyTo: settings.editors, to: input.to, lang: input.lang, kind: 'submission-decision' },
    { subject, html, text },
  );
}

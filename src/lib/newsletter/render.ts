/**
 * The e-mails themselves: an HTML part in a table layout with inline styles (what the
 * common mail clients, Outlook included, render alike) and a plain-text part with the same
 * content. Links are the entries' own absolute addresses: no tracking pixel, no redirect.
 */
import { site } from '../../config/site.ts';
import { path, ui } from '../i18n.ts';
import type { Catalogue, FeedEntry } from './feed.ts';
import { esc } from './html.ts';
import { fill, formatDateTime, formatDay, nl } from './strings.ts';
import type { Frequency, Kind, Lang } from './types.ts';
import { MAIL_BACKDROP, PALETTE } from '../../config/palette.ts';

/** More entries than this go into "and N more": keeps every e-mail far below Gmail's 102 KB clipping. */
export const MAX_ENTRIES_PER_MAIL = 25;

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const C = {
  page: MAIL_BACKDROP,
  card: PALETTE.light.surface,
  text: PALETTE.light.text,
  muted: PALETTE.light.muted,
  line: PALETTE.light.line,
  accent: PALETTE.light.accent,
  accentText: PALETTE.light.accentText,
};
const SERIF = "Georgia, 'Times New Roman', serif";
const SANS = "'Segoe UI', Helvetica, Arial, sans-serif";

export function kindLabel(kind: Kind, lang: Lang): string {
  return ui(lang).kinds[kind];
}

function absolute(siteUrl: string, href: string): string {
  return new URL(href, `${siteUrl}/`).href;
}

export interface Frame {
  lang: Lang;
  siteUrl: string;
  title: string;
  preheader: string;
  body: string;
  footer: string;
}

/** The frame every HTML e-mail shares (the submissions' e-mails too): header with the site name, a white card, a footer. */
export function frame({ lang, siteUrl, title, preheader, body, footer }: Frame): string {
  const home = absolute(siteUrl, path(lang, 'home'));
  return `<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${esc(title)}</title>
<style>
@media (max-width: 620px) {
  .pad { padding-left: 18px !important; padding-right: 18px !important; }
  .title { font-size: 20px !important; }
}
a:hover { text-decoration: underline !important; }
</style>
</head>
<body style="margin:0;padding:0;background:${C.page};color:${C.text};-webkit-text-size-adjust:100%;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${esc(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${C.page};">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">
<tr><td class="pad" style="padding:0 28px 16px;font-family:${SERIF};">
<a href="${esc(home)}" style="color:${C.accent};text-decoration:none;font-size:24px;font-weight:bold;">${esc(site.name)}</a>
<div style="font-family:${SANS};font-size:14px;color:${C.muted};padding-top:2px;">${esc(site.tagline[lang])}</div>
</td></tr>
<tr><td class="pad" style="background:${C.card};border:1px solid ${C.line};border-top:4px solid ${C.accent};border-radius:6px;padding:24px 28px;font-family:${SERIF};font-size:17px;line-height:1.55;color:${C.text};">
${body}
</td></tr>
<tr><td class="pad" style="padding:20px 28px;font-family:${SANS};font-size:13px;line-height:1.55;color:${C.muted};">
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

export interface DigestInput {
  lang: Lang;
  frequency: Frequency;
  entries: readonly FeedEntry[];
  siteUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** Labels for topics, to name them under each entry. */
  catalogue?: Catalogue | undefined;
}

export function renderDigest(input: DigestInput): RenderedMail {
  const { lang, siteUrl } = input;
  const t = nl(lang);
  const shown = input.entries.slice(0, MAX_ENTRIES_PER_MAIL);
  const more = input.entries.length - shown.length;
  const first = input.entries[0];
  if (!first) throw new Error('renderDigest: no entries to render');
  const one = input.entries.length === 1;
  const subject = one
    ? fill(t.mail.subjectOne, { title: first.title })
    : fill(t.mail.subjectMany, { n: input.entries.length });
  const preheader = one
    ? fill(t.mail.preheaderOne, { title: first.title })
    : fill(t.mail.preheaderMany, { n: input.entries.length });
  const topicLabel = new Map((input.catalogue?.topics ?? []).map((x) => [x.id, x.label[lang]]));
  const topicsOf = (e: FeedEntry) => e.topics.map((id) => topicLabel.get(id)).filter((x): x is string => !!x);
  const home = absolute(siteUrl, path(lang, 'home'));
  const why = fill(t.mail.why, { frequency: t.frequencies[input.frequency], lang: t.languages[lang] });

  const items = shown
    .map((e, i) => {
      const meta = `${esc(kindLabel(e.kind, lang).toUpperCase())} · ${esc(formatDay(new Date(e.date), lang))}`;
      const topics = topicsOf(e);
      return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${i > 0 ? ` style="border-top:1px solid ${C.line};"` : ''}>
<tr><td style="padding:${i > 0 ? 18 : 4}px 0 16px;">
<div style="font-family:${SANS};font-size:12px;letter-spacing:0.06em;color:${C.accent};font-weight:bold;">${meta}</div>
<div class="title" style="font-family:${SERIF};font-size:22px;line-height:1.25;font-weight:bold;padding:4px 0 6px;"><a href="${esc(e.url)}" style="color:${C.text};text-decoration:none;">${esc(e.title)}</a></div>
<div style="font-family:${SERIF};font-size:17px;line-height:1.55;color:${C.text};">${esc(e.teaser)}</div>
${topics.length > 0 ? `<div style="font-family:${SANS};font-size:13px;color:${C.muted};padding-top:6px;">${esc(topics.join(' · '))}</div>\n` : ''}<div style="padding-top:8px;font-family:${SANS};font-size:15px;font-weight:bold;"><a href="${esc(e.url)}" style="color:${C.accent};text-decoration:underline;">${esc(t.mail.readMore)}</a></div>
</td></tr>
</table>`;
    })
    .join('\n');

  const body = `<p style="margin:0 0 14px;font-family:${SANS};font-size:16px;color:${C.muted};">${esc(t.mail.intro)}</p>
${items}
${more > 0 ? `<p style="margin:12px 0 0;font-family:${SANS};font-size:15px;"><a href="${esc(home)}" style="color:${C.accent};">${esc(fill(t.mail.more, { n: more }))}</a></p>` : ''}`;

  const footer = `<p style="margin:0 0 10px;">${esc(why)}</p>
<p style="margin:0 0 10px;"><a href="${esc(input.preferencesUrl)}" style="color:${C.accent};font-weight:bold;">${esc(t.mail.preferences)}</a> &nbsp;·&nbsp; <a href="${esc(input.unsubscribeUrl)}" style="color:${C.accent};font-weight:bold;">${esc(t.mail.unsubscribe)}</a></p>
<p style="margin:0;">${esc(t.mail.noTracking)}<br>${esc(site.operator.name)} · <a href="${esc(absolute(siteUrl, path(lang, 'imprint')))}" style="color:${C.muted};">${esc(ui(lang).footer.imprint)}</a> · <a href="${esc(absolute(siteUrl, path(lang, 'privacy')))}" style="color:${C.muted};">${esc(ui(lang).footer.privacy)}</a></p>`;

  const html = frame({ lang, siteUrl, title: subject, preheader, body, footer });

  const rule = '—'.repeat(24);
  const textItems = shown
    .map((e) => {
      const topics = topicsOf(e);
      return [
        `${kindLabel(e.kind, lang).toUpperCase()} · ${formatDay(new Date(e.date), lang)}`,
        e.title,
        '',
        e.teaser,
        ...(topics.length > 0 ? [topics.join(' · ')] : []),
        `${t.mail.readMore}: ${e.url}`,
      ].join('\n');
    })
    .join(`\n\n${rule}\n\n`);
  const text = [
    `${site.name} – ${site.tagline[lang]}`,
    '',
    t.mail.intro,
    '',
    textItems,
    ...(more > 0 ? ['', `${fill(t.mail.more, { n: more })}: ${home}`] : []),
    '',
    rule,
    why,
    `${t.mail.preferences}: ${input.preferencesUrl}`,
    `${t.mail.unsubscribe}: ${input.unsubscribeUrl}`,
    t.mail.noTracking,
    `${site.operator.name} · ${ui(lang).footer.imprint}: ${absolute(siteUrl, path(lang, 'imprint'))}`,
    '',
  ].join('\n');

  return { subject, html, text };
}

export interface ConfirmationInput {
  lang: Lang;
  confirmUrl: string;
  expiresAt: Date;
  siteUrl: string;
}

/** The double opt-in e-mail: one link, its expiry, and what happens if it is ignored. */
export function renderConfirmation(input: ConfirmationInput): RenderedMail {
  const { lang } = input;
  const t = nl(lang).mail.confirm;
  const validUntil = fill(t.validUntil, { date: formatDateTime(input.expiresAt, lang) });
  const body = `<p style="margin:0 0 18px;">${esc(t.text)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:${C.accent};border-radius:6px;">
<a href="${esc(input.confirmUrl)}" style="display:inline-block;padding:12px 22px;font-family:${SANS};font-size:17px;font-weight:bold;color:${C.accentText};text-decoration:none;">${esc(t.button)}</a>
</td></tr></table>
<p style="margin:18px 0 8px;font-family:${SANS};font-size:14px;color:${C.muted};">${esc(validUntil)}</p>
<p style="margin:0 0 8px;font-family:${SANS};font-size:14px;color:${C.muted};word-break:break-all;"><a href="${esc(input.confirmUrl)}" style="color:${C.accent};">${esc(input.confirmUrl)}</a></p>
<p style="margin:14px 0 0;font-size:16px;">${esc(t.ignore)}</p>`;
  const footer = `<p style="margin:0;">${esc(site.operator.name)} · <a href="${esc(absolute(input.siteUrl, path(lang, 'imprint')))}" style="color:${C.muted};">${esc(ui(lang).footer.imprint)}</a> · <a href="${esc(absolute(input.siteUrl, path(lang, 'privacy')))}" style="color:${C.muted};">${esc(ui(lang).footer.privacy)}</a></p>`;
  const html = frame({ lang, siteUrl: input.siteUrl, title: t.subject, preheader: t.button, body, footer });
  const text = [
    `${site.name} – ${site.tagline[lang]}`,
    '',
    t.text,
    '',
    input.confirmUrl,
    '',
    validUntil,
    '',
    t.ignore,
    '',
    `${site.operator.name} · ${ui(lang).footer.imprint}: ${absolute(input.siteUrl, path(lang, 'imprint'))}`,
    '',
  ].join('\n');
  return { subject: t.subject, html, text };
}

/**
 * The server's HTML pages: plain, accessible (landmarks, skip link, one h1, labelled
 * fieldsets, errors named and linked to their fields), bilingual, without any script.
 */
import { site } from '../config/site.ts';
import { path, ui } from '../lib/i18n.ts';
import { consentText, CURRENT_CONSENT_VERSION } from '../lib/newsletter/consent.ts';
import type { Catalogue } from '../lib/newsletter/feed.ts';
import { esc } from '../lib/newsletter/html.ts';
import type { FieldError } from '../lib/newsletter/input.ts';
import type { Preferences } from '../lib/newsletter/store.ts';
import { fill, formatDay, nl } from '../lib/newsletter/strings.ts';
import { FREQUENCIES, KINDS, LANGS, type Lang } from '../lib/newsletter/types.ts';
import type { Frame } from './frame.ts';

export interface PageContext {
  lang: Lang;
  siteUrl: string;
  /** Base URL of this server, for the stylesheet and form targets. */
  base: string;
  /** The same page in the other language, if it can be shown again with GET. */
  alternate?: string | undefined;
  /** The site's frame (frame.ts); without one, or when it is missing, the page below stands in. */
  frame?: Frame | undefined;
}

const siteLink = (ctx: PageContext, section: Parameters<typeof path>[1]) =>
  new URL(path(ctx.lang, section), `${ctx.siteUrl}/`).href;

/**
 * The page policy of the server's own pages, as a <meta> tag like the site's: the header (app.ts) carries what a
 * meta tag cannot (frame-ancestors), so the site's frame can bring its own policy with its hashes.
 */
const OWN_PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'";

export function layout(ctx: PageContext, title: string, main: string): string {
  const other = ctx.lang === 'de' ? 'en' : 'de';
  const framed = ctx.frame?.(ctx.lang, {
    title,
    main,
    // Without an address of this answer in the other language, the switch leads to the other newsletter page.
    alternate: ctx.alternate ?? newsletterPageUrl({ ...ctx, lang: other }),
  });
  if (framed !== undefined) return framed;
  const t = nl(ctx.lang);
  return `<!doctype html>
<html lang="${ctx.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${OWN_PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>${esc(title)} – ${esc(site.name)}</title>
<link rel="stylesheet" href="${esc(ctx.base)}/newsletter.css">
</head>
<body>
<a class="skip-link" href="#inhalt">${esc(ui(ctx.lang).skipToContent)}</a>
<header><div class="inner">
<a class="brand" href="${esc(siteLink(ctx, 'home'))}">${esc(site.name)}</a>
${ctx.alternate ? `<a class="lang" href="${esc(ctx.alternate)}" lang="${other}" hreflang="${other}">${esc(t.page.otherLanguage)}</a>` : ''}
</div></header>
<main id="inhalt" tabindex="-1">
${main}
</main>
<footer><div class="inner">
<span>${esc(ui(ctx.lang).footer.noTracking)}</span>
<span><a href="${esc(siteLink(ctx, 'imprint'))}">${esc(ui(ctx.lang).footer.imprint)}</a> · <a href="${esc(siteLink(ctx, 'privacy'))}">${esc(ui(ctx.lang).footer.privacy)}</a></span>
</div></footer>
</body>
</html>
`;
}

/** A page with a heading, paragraphs and optional links, for every simple answer. */
export function messagePage(
  ctx: PageContext,
  title: string,
  paragraphs: string[],
  links: { href: string; label: string }[] = [],
): string {
  const body = [
    `<h1>${esc(title)}</h1>`,
    ...paragraphs.map((p) => `<p>${esc(p)}</p>`),
    ...(links.length > 0
      ? [`<ul>${links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.label)}</a></li>`).join('')}</ul>`]
      : []),
  ].join('\n');
  return layout(ctx, title, body);
}

export function newsletterPageUrl(ctx: PageContext): string {
  return siteLink(ctx, 'newsletter');
}

function errorSummary(ctx: PageContext, errors: readonly FieldError[]): string {
  if (errors.length === 0) return '';
  const t = nl(ctx.lang).page.invalid;
  return `<div class="notice" role="alert" aria-labelledby="error-title">
<h2 id="error-title">${esc(t.title)}</h2>
<p>${esc(t.text)}</p>
<ul>${errors.map((e) => `<li><a href="#${esc(fieldAnchor(e.field))}">${esc(e.message)}</a></li>`).join('')}</ul>
</div>`;
}

function fieldAnchor(field: string): string {
  return field === 'consentVersion' ? 'field-consent' : `field-${field}`;
}

function fieldError(errors: readonly FieldError[], field: string): string {
  const e = errors.find((x) => x.field === field);
  return e ? `<p class="field-error" id="${field}-error">${esc(e.message)}</p>` : '';
}

function describedBy(errors: readonly FieldError[], field: string, hintId?: string): string {
  const ids = [hintId, errors.some((x) => x.field === field) ? `${field}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : '';
}

function checkboxes(
  name: string,
  options: { value: string; label: string; lang?: Lang | undefined }[],
  chosen: readonly string[],
): string {
  return `<ul class="choices">${options
    .map((o, i) => {
      const id = `${name}-${i}`;
      const checked = chosen.includes(o.value) ? ' checked' : '';
      return `<li><input type="checkbox" id="${id}" name="${name}" value="${esc(o.value)}"${checked}><label for="${id}"${o.lang ? ` lang="${o.lang}"` : ''}>${esc(o.label)}</label></li>`;
    })
    .join('')}</ul>`;
}

/** Language, frequency and interests: the part the sign-up and the preference form share. */
export function preferenceFields(
  ctx: PageContext,
  values: Preferences,
  catalogue: Catalogue | undefined,
  errors: readonly FieldError[],
): string {
  const t = nl(ctx.lang);
  const radios = (name: string, options: readonly string[], label: (v: string) => string, chosen: string) =>
    options
      .map(
        (v) =>
          `<div><input type="radio" id="${name}-${v}" name="${name}" value="${v}"${v === chosen ? ' checked' : ''} required><label for="${name}-${v}">${esc(label(v))}</label></div>`,
      )
      .join('');
  // Ids a subscriber chose that the current site no longer lists stay visible, so saving loses nothing.
  const topicOptions = [
    ...(catalogue?.topics ?? []).map((x) => ({ value: x.id, label: x.label[ctx.lang] })),
    ...values.interests.topics
      .filter((id) => !catalogue?.topics.some((x) => x.id === id))
      .map((id) => ({ value: id, label: id })),
  ].sort((a, b) => a.label.localeCompare(b.label, ctx.lang));
  const districtOptions = [
    ...(catalogue?.districts ?? []).map((x) => ({ value: x.ags, label: x.name, lang: 'de' as const })),
    ...values.interests.districts
      .filter((ags) => !catalogue?.districts.some((x) => x.ags === ags))
      .map((ags) => ({ value: ags, label: ags })),
  ];
  const kindsUi = KINDS.map((k) => ({ value: k, label: ui(ctx.lang).kindsPlural[k] }));
  return `<fieldset id="field-lang"${describedBy(errors, 'lang')}>
<legend>${esc(t.form.language)}</legend>
${fieldError(errors, 'lang')}${radios('lang', LANGS, (v) => t.languages[v as Lang], values.lang)}
</fieldset>
<fieldset id="field-frequency"${describedBy(errors, 'frequency')}>
<legend>${esc(t.form.frequency)}</legend>
${fieldError(errors, 'frequency')}${radios('frequency', FREQUENCIES, (v) => t.frequencies[v as keyof typeof t.frequencies], values.frequency)}
</fieldset>
<fieldset aria-describedby="interests-hint">
<legend>${esc(t.form.interests)}</legend>
<p class="hint" id="interests-hint">${esc(t.form.interestsHint)}</p>
<fieldset id="field-kinds" aria-describedby="kinds-hint${errors.some((e) => e.field === 'kinds') ? ' kinds-error' : ''}">
<legend>${esc(t.form.kinds)}</legend>
<p class="hint" id="kinds-hint">${esc(t.form.kindsHint)}</p>
${fieldError(errors, 'kinds')}${checkboxes('kinds', kindsUi, values.interests.kinds)}
</fieldset>
${
  topicOptions.length > 0
    ? `<fieldset id="field-topics"${describedBy(errors, 'topics')}><legend>${esc(t.form.topics)}</legend>
${fieldError(errors, 'topics')}${checkboxes('topics', topicOptions, values.interests.topics)}</fieldset>`
    : ''
}
${
  districtOptions.length > 0
    ? `<fieldset id="field-districts"${describedBy(errors, 'districts')}><legend>${esc(t.form.districts)}</legend>
${fieldError(errors, 'districts')}${checkboxes('districts', districtOptions, values.interests.districts)}</fieldset>`
    : ''
}
</fieldset>`;
}

export interface SignupValues extends Preferences {
  email: string;
  consent: boolean;
}

/** The sign-up form again, filled in as sent, with its errors: nothing typed is lost. */
export function signupPage(
  ctx: PageContext,
  values: SignupValues,
  catalogue: Catalogue | undefined,
  errors: readonly FieldError[],
): string {
  const t = nl(ctx.lang);
  const version = CURRENT_CONSENT_VERSION;
  const body = `<h1>${esc(t.title)}</h1>
${errorSummary(ctx, errors)}
<form method="post" action="${esc(ctx.base)}/api/subscribe">
<input type="hidden" name="ui" value="${ctx.lang}">
<input type="hidden" name="consentVersion" value="${esc(version)}">
<div class="field">
<label for="field-email">${esc(t.form.email)}</label>
<p class="hint" id="email-hint">${esc(t.form.emailHint)}</p>
${fieldError(errors, 'email')}<input type="email" id="field-email" name="email" autocomplete="email" required value="${esc(values.email)}"${errors.some((e) => e.field === 'email') ? ' aria-invalid="true"' : ''}${describedBy(errors, 'email', 'email-hint')}>
</div>
${preferenceFields(ctx, values, catalogue, errors)}
<fieldset id="field-consent" class="consent">
<legend>${esc(t.form.consent)}</legend>
<p id="consent-text">${esc(consentText(version, ctx.lang))}</p>
<p class="small">${esc(fill(t.form.consentVersion, { version: formatDay(new Date(version), ctx.lang) }))} · <a href="${esc(siteLink(ctx, 'privacy'))}">${esc(t.form.privacy)}</a></p>
${fieldError(errors, 'consent')}${fieldError(errors, 'consentVersion')}<div><input type="checkbox" id="consent" name="consent" value="yes" required${values.consent ? ' checked' : ''} aria-describedby="consent-text"><label for="consent">${esc(t.form.consentLabel)}</label></div>
</fieldset>
<button class="button" type="submit">${esc(t.form.submit)}</button>
</form>`;
  return layout(ctx, t.page.invalid.title, body);
}

/** The preference page: change language, frequency, interests; unsubscribe below. */
export function preferencesPage(
  ctx: PageContext,
  opts: {
    email: string;
    token: string;
    values: Preferences;
    catalogue: Catalogue | undefined;
    errors: readonly FieldError[];
    saved: boolean;
  },
): string {
  const t = nl(ctx.lang);
  const p = t.page.preferences;
  const body = `<h1>${esc(p.title)}</h1>
<p class="lead">${esc(fill(p.lead, { email: opts.email }))}</p>
${opts.saved ? `<div class="notice ok" role="status"><p>${esc(p.saved)}</p></div>` : ''}
${errorSummary(ctx, opts.errors)}
<form method="post" action="${esc(ctx.base)}/preferences">
<input type="hidden" name="t" value="${esc(opts.token)}">
<input type="hidden" name="ui" value="${ctx.lang}">
${preferenceFields(ctx, opts.values, opts.catalogue, opts.errors)}
<button class="button" type="submit">${esc(t.form.save)}</button>
</form>
<section aria-labelledby="unsubscribe-title">
<h2 id="unsubscribe-title">${esc(p.unsubscribeTitle)}</h2>
<p>${esc(p.unsubscribeText)}</p>
<form method="post" action="${esc(ctx.base)}/unsubscribe?t=${esc(encodeURIComponent(opts.token))}&amp;lang=${ctx.lang}">
<button class="button secondary" type="submit">${esc(t.page.unsubscribe.button)}</button>
</form>
</section>`;
  return layout(ctx, p.title, body);
}

/** A page whose only action is one button that POSTs (confirm, unsubscribe). */
export function actionPage(
  ctx: PageContext,
  opts: { title: string; text: string; action: string; button: string; hidden?: Record<string, string> },
): string {
  const hidden = Object.entries(opts.hidden ?? {})
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
  const body = `<h1>${esc(opts.title)}</h1>
<p>${esc(opts.text)}</p>
<form method="post" action="${esc(opts.action)}">${hidden}
<button class="button" type="submit">${esc(opts.button)}</button>
</form>`;
  return layout(ctx, opts.title, body);
}

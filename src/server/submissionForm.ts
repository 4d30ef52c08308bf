/**
 * The submission form as HTML — one function for the static page (src/pages/praxis/einreichen/,
 * rendered at build time) and for the server's answer with the form filled in again and every
 * error next to its field, so both are the same form. No script: the proof-of-work widget is added
 * by the static page only (see SubmitPage.astro); without it the form still works.
 */
import { FIELD_KEYS, FIELDS } from '../config/fields.ts';
import { STATUS_KEYS, STATUSES } from '../config/status.ts';
import { allDistrictFacts, stateName } from '../lib/districts.ts';
import { hintFor } from '../lib/contentCheck/hints.ts';
import { path } from '../lib/i18n.ts';
import { esc } from '../lib/newsletter/html.ts';
import type { FieldError } from '../lib/newsletter/input.ts';
import { fill, formatDay } from '../lib/newsletter/strings.ts';
import type { Lang } from '../lib/newsletter/types.ts';
import { CURRENT_SUBMISSION_CONSENT, submissionConsentText } from '../lib/submissions/consent.ts';
import { HONEYPOT, MAX_LINKS, st, TEXT_FIELDS, type FormValues } from '../lib/submissions/fields.ts';

export interface SubmissionFormOptions {
  lang: Lang;
  /** The server's submit address. */
  action: string;
  /** The site's origin or '' for site-relative links. */
  siteUrl: string;
  retentionDays: number;
  values?: Partial<FormValues> | undefined;
  errors?: readonly FieldError[] | undefined;
  /** Extra markup before the button (the static page's proof-of-work widget). */
  beforeSubmit?: string | undefined;
  /** A proof-of-work payload already verified, carried through a re-filled form. */
  altcha?: string | undefined;
}

/** The schema's help text for a field, where the template has one (the same words `npm run new` writes). */
function schemaHint(lang: Lang, field: string): string | undefined {
  const paths: Record<string, (string | number)[]> = {
    problem: ['problem'],
    solution: ['solution'],
    results: ['results', 'summary'],
    afterFunding: ['afterFunding'],
    licence: ['software', 'licence'],
    sourceUrl: ['software', 'sourceUrl'],
    lessons: ['lessons'],
  };
  const p = paths[field];
  return p ? hintFor('practices', p, lang, undefined, true) : undefined;
}

export function errorSummary(lang: Lang, errors: readonly FieldError[]): string {
  if (errors.length === 0) return '';
  const p = st(lang).page;
  return `<div class="notice" role="alert" aria-labelledby="error-title">
<h2 id="error-title">${esc(p.invalidTitle)}</h2>
<p>${esc(p.invalidText)}</p>
<ul>${errors.map((e) => `<li><a href="#field-${esc(e.field)}">${esc(e.message)}</a></li>`).join('')}</ul>
</div>`;
}

export function submissionForm(o: SubmissionFormOptions): string {
  const s = st(o.lang);
  const values = o.values ?? {};
  const errors = o.errors ?? [];
  const v = (k: keyof FormValues) => values[k] ?? '';
  const err = (name: string) => errors.filter((e) => e.field === name);
  const site = (section: Parameters<typeof path>[1]) => `${o.siteUrl}${path(o.lang, section)}`;

  /** The label, hint and error of a field, and the attributes that tie them to the control. */
  function parts(name: string, required: boolean, ownHint?: string) {
    const f = s.fields[name as keyof typeof s.fields] as { label: string; hint?: string };
    const hint = ownHint ?? f.hint ?? schemaHint(o.lang, name);
    const problems = err(name);
    const ids = [hint ? `${name}-hint` : '', problems.length > 0 ? `${name}-error` : ''].filter(Boolean);
    const label = `<label for="field-${name}">${esc(f.label)} <span class="req">(${esc(required ? s.required : s.optional)})</span></label>`;
    const hintHtml = hint ? `<p class="hint" id="${name}-hint">${esc(hint)}</p>` : '';
    const errorHtml =
      problems.length > 0
        ? `<p class="field-error" id="${name}-error">${problems.map((e) => esc(e.message)).join('<br>')}</p>`
        : '';
    const attrs = `id="field-${name}" name="${name}"${required ? ' required' : ''}${ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : ''}${problems.length > 0 ? ' aria-invalid="true"' : ''}`;
    return { head: `${label}\n${hintHtml}${errorHtml}`, attrs };
  }

  function text(name: keyof typeof TEXT_FIELDS, extra = ''): string {
    const spec = TEXT_FIELDS[name];
    const limit = fill(s.chars, { max: spec.max });
    const f = s.fields[name] as { hint?: string };
    const hint = [f.hint ?? schemaHint(o.lang, name), limit].filter(Boolean).join(' – ');
    const { head, attrs } = parts(name, spec.required, hint);
    const control = spec.multiline
      ? `<textarea ${attrs} rows="6" maxlength="${spec.max}"${extra}>${esc(v(name))}</textarea>`
      : `<input type="text" ${attrs} maxlength="${spec.max}" value="${esc(v(name))}"${extra}>`;
    return `<div class="field">\n${head}\n${control}\n</div>`;
  }

  function select(name: string, options: string, required: boolean): string {
    const { head, attrs } = parts(name, required);
    return `<div class="field">\n${head}\n<select ${attrs}>${options}</select>\n</div>`;
  }

  const choose = `<option value="">${esc(s.fields.district.choose)}</option>`;
  const option = (value: string, label: string, chosen: string, lang?: string) =>
    `<option value="${esc(value)}"${value === chosen ? ' selected' : ''}${lang ? ` lang="${lang}"` : ''}>${esc(label)}</option>`;

  // Districts by state, by name: people know their district's name, not its key.
  const byState = new Map<string, { ags: string; label: string }[]>();
  for (const d of allDistrictFacts()) {
    const state = stateName(d.state, o.lang);
    const list = byState.get(state) ?? [];
    list.push({ ags: d.ags, label: d.isCity ? `${d.name} (${d.type})` : d.name });
    byState.set(state, list);
  }
  const districtOptions =
    choose +
    [...byState.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'de'))
      .map(
        ([state, list]) =>
          `<optgroup label="${esc(state)}">${list
            .sort((a, b) => a.label.localeCompare(b.label, 'de'))
            .map((d) => option(d.ags, d.label, v('district'), o.lang === 'de' ? undefined : 'de'))
            .join('')}</optgroup>`,
      )
      .join('');
  const statusOptions = choose + STATUS_KEYS.map((k) => option(k, STATUSES[k][o.lang], v('status'))).join('');
  const fieldOptions = choose + FIELD_KEYS.map((k) => option(k, FIELDS[k][o.lang], v('field'))).join('');

  const year = parts('startYear', true);
  const links = parts('links', false);
  const linksHint = s.fields.links.hint.replace('10', String(MAX_LINKS));
  const email = parts('email', true);
  const consentErrors = err('consent');
  const version = CURRENT_SUBMISSION_CONSENT;

  return `<form method="post" action="${esc(o.action)}" class="submit-form">
<input type="hidden" name="ui" value="${o.lang}">
<input type="hidden" name="consentVersion" value="${esc(version)}">
${o.altcha ? `<input type="hidden" name="altcha" value="${esc(o.altcha)}">` : ''}
<fieldset>
<legend>${esc(s.sections.practice)}</legend>
${text('title')}
${select('district', districtOptions, true)}
${text('municipality')}
${text('problem')}
${text('solution')}
${text('results')}
${text('costs')}
${select('status', statusOptions, true)}
<div class="field">
${year.head}
<input type="text" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" autocomplete="off" ${year.attrs} value="${esc(v('startYear'))}">
</div>
${select('field', fieldOptions, true)}
${text('afterFunding')}
</fieldset>
<fieldset>
<legend>${esc(s.sections.contact)}</legend>
${text('contactName')}
${text('contactOrganisation')}
<div class="field">
${links.head.replace(esc(s.fields.links.hint), esc(linksHint))}
<textarea ${links.attrs} rows="3">${esc(v('linksText') || v('links'))}</textarea>
</div>
${text('licence')}
<div class="field">
${parts('sourceUrl', false).head}
<input type="url" ${parts('sourceUrl', false).attrs} maxlength="500" value="${esc(v('sourceUrl'))}">
</div>
${text('lessons')}
${text('details')}
</fieldset>
<fieldset id="field-consent"${consentErrors.length > 0 ? ' aria-describedby="consent-error"' : ''}>
<legend>${esc(s.sections.you)}</legend>
<div class="field">
${email.head}
<input type="email" autocomplete="email" maxlength="254" ${email.attrs} value="${esc(v('email'))}">
</div>
<div class="hp">
<label for="field-${HONEYPOT}">${esc(s.fields.honeypot.label)}</label>
<input type="text" id="field-${HONEYPOT}" name="${HONEYPOT}" tabindex="-1" autocomplete="off" value="">
</div>
<p id="consent-text">${esc(submissionConsentText(version, o.lang, o.retentionDays))}</p>
<p class="small">${esc(fill(s.consent.version, { version: formatDay(new Date(version), o.lang) }))} · <a href="${esc(site('privacy'))}">${esc(s.consent.privacy)}</a></p>
${consentErrors.length > 0 ? `<p class="field-error" id="consent-error">${consentErrors.map((e) => esc(e.message)).join('<br>')}</p>` : ''}
<div><input type="checkbox" id="consent" name="consent" value="yes" required${v('consent') === 'yes' ? ' checked' : ''} aria-describedby="consent-text"><label for="consent">${esc(s.fields.consent.label)}</label></div>
</fieldset>
${o.beforeSubmit ?? ''}
<button class="button" type="submit">${esc(s.submit)}</button>
</form>`;
}

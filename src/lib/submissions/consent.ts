/**
 * The consent text shown above the submission form's button, by version (as for the newsletter,
 * src/lib/newsletter/consent.ts): the version a submitter saw is stored with the submission and
 * named as the source of the draft. A version is never edited once it has been online — add a new
 * one and point CURRENT_SUBMISSION_CONSENT at it.
 */
import type { Lang } from '../newsletter/types.ts';

export const SUBMISSION_CONSENT_TEXTS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  '2026-12-06': {
    de:
      'Ich reiche dieses Praxisbeispiel bei Praxisdialog ein und bin berechtigt, es für meine Kommune zu tun. ' +
      'Gespeichert werden meine Angaben im Formular, meine E-Mail-Adresse, der Zeitpunkt der Einreichung und der ' +
      'Bestätigung sowie die Version dieses Textes. Sie sieht nur die Redaktion von Praxisdialog. Nimmt die Redaktion ' +
      'das Beispiel auf, werden Titel, Beschreibung, Ansprechperson und Links nach redaktioneller Bearbeitung ' +
      'veröffentlicht, meine E-Mail-Adresse nie. Meine E-Mail-Adresse und die Angaben zur Einreichung werden ' +
      '{days} Tage nach der Entscheidung der Redaktion gelöscht, eine unbestätigte Einreichung nach Ablauf des ' +
      'Bestätigungslinks. Ich kann die Einwilligung jederzeit per E-Mail an die Redaktion widerrufen.',
    en:
      'I submit this practice example to Praxisdialog and am entitled to do so for my municipality. ' +
      'My entries in the form, my e-mail address, the time of submission and of confirmation and the version of ' +
      'this text are stored. Only the Praxisdialog editors see them. If the editors include the example, its title, ' +
      'description, contact person and links are published after editing, my e-mail address never. My e-mail ' +
      'address and the details of the submission are deleted {days} days after the editors decide, an unconfirmed ' +
      'submission when its confirmation link expires. I can withdraw my consent at any time by e-mail to the editors.',
  },
};

/** The version shown on the submission pages now. */
export const CURRENT_SUBMISSION_CONSENT = '2026-12-06';

/** Days after the decision the personal data is kept, as the consent text says unless the operator sets another. */
export const DEFAULT_RETENTION_DAYS = 90;

export function isSubmissionConsentVersion(value: unknown): value is string {
  return typeof value === 'string' && Object.hasOwn(SUBMISSION_CONSENT_TEXTS, value);
}

export function submissionConsentText(version: string, lang: Lang, days: number = DEFAULT_RETENTION_DAYS): string {
  const text = SUBMISSION_CONSENT_TEXTS[version];
  if (!text) throw new Error(`Unknown consent text version "${version}"`);
  return text[lang].replace('{days}', String(days));
}

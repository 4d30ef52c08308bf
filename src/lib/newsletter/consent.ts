/**
 * The consent text shown next to the sign-up form, by version.
 *
 * German law (Art. 7 (1) GDPR, § 7 UWG) requires the operator to prove consent, so the
 * version a person saw is stored with their sign-up. A version is never edited once it
 * has been online: change the text by adding a new version and pointing CURRENT at it;
 * old versions stay here so a stored version can always be shown as the text it stood for.
 */
import type { Lang } from './types.ts';

export const CONSENT_TEXTS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  '2025-06-01': {
    de:
      'Ich möchte den Newsletter von Praxisdialog in der gewählten Sprache und Häufigkeit per E-Mail erhalten. ' +
      'Gespeichert werden meine E-Mail-Adresse, meine Auswahl, der Zeitpunkt der Anmeldung und der Bestätigung ' +
      'sowie die Version dieses Textes – als Nachweis meiner Einwilligung. Ich kann sie jederzeit mit einem Klick ' +
      'über den Abmeldelink in jeder E-Mail widerrufen. Die E-Mails enthalten keine Zählpixel und keine umgeleiteten Links.',
    en:
      'I would like to receive the Praxisdialog newsletter by e-mail in the language and frequency I chose. ' +
      'My e-mail address, my choices, the time of sign-up and of confirmation and the version of this text are ' +
      'stored as proof of my consent. I can withdraw it at any time with one click on the unsubscribe link in every ' +
      'e-mail. The e-mails contain no tracking pixels and no redirected links.',
  },
};

/** The version shown on the newsletter pages now. */
export const CURRENT_CONSENT_VERSION = '2025-06-01';

export function isConsentVersion(value: unknown): value is string {
  return typeof value === 'string' && Object.hasOwn(CONSENT_TEXTS, value);
}

export function consentText(version: string, lang: Lang): string {
  const text = CONSENT_TEXTS[version];
  if (!text) throw new Error(`Unknown consent text version "${version}"`);
  return text[lang];
}

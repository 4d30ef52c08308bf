/**
 * Every text of the newsletter — sign-up form, server pages, e-mails — in German and English.
 * The English object must have the same keys (checked by the type).
 * Placeholders are written {name} and filled by `fill()`.
 */
import type { Frequency, Lang } from './types.ts';
import { LOCALE } from '../../config/languages.ts';

const de = {
  title: 'Newsletter',
  description: 'Eine kurze E-Mail, wenn auf Praxisdialog etwas Neues zu Ihren Themen erscheint – ohne Tracking.',
  lead: 'Eine kurze E-Mail, wenn etwas Neues zu Ihren Themen erscheint: Blogbeiträge, Praxisbeispiele, Projekte, Praxisdialoge und Berichte. Kein Tracking, Abmeldung mit einem Klick.',
  form: {
    email: 'E-Mail-Adresse',
    emailHint: 'Dorthin schicken wir zuerst einen Bestätigungslink. Ohne Bestätigung erhalten Sie nichts.',
    language: 'Sprache der E-Mails',
    frequency: 'Wie oft?',
    interests: 'Was interessiert Sie?',
    interestsHint:
      'Ohne Auswahl erhalten Sie alles. Wählen Sie Themen oder Kreise, erhalten Sie Einträge, die zu mindestens einem davon passen.',
    kinds: 'Arten von Einträgen',
    kindsHint: 'Nichts angekreuzt: alle Arten.',
    topics: 'Themen',
    districts: 'Kreise',
    consent: 'Einwilligung',
    consentLabel: 'Ja, ich willige ein.',
    consentVersion: 'Fassung des Einwilligungstextes vom {version}',
    privacy: 'Mehr dazu in der Datenschutzerklärung',
    submit: 'Newsletter abonnieren',
    save: 'Einstellungen speichern',
  },
  frequencies: {
    immediate: 'Bei jedem neuen Eintrag',
    weekly: 'Höchstens einmal pro Woche',
    monthly: 'Höchstens einmal im Monat',
  } satisfies Record<Frequency, string>,
  languages: { de: 'Deutsch', en: 'Englisch' } satisfies Record<Lang, string>,
  page: {
    backToSite: 'Zur Website',
    newsletterPage: 'Zur Newsletter-Seite',
    checkInbox: {
      title: 'Bitte bestätigen Sie Ihre Anmeldung',
      text: 'Wenn die Adresse {email} angemeldet werden kann, erhält sie in wenigen Minuten eine E-Mail mit einem Bestätigungslink. Der Link gilt {hours} Stunden. Erst nach der Bestätigung schicken wir Ihnen etwas.',
      spam: 'Keine E-Mail angekommen? Sehen Sie bitte auch im Spam-Ordner nach.',
    },
    invalid: {
      title: 'Bitte prüfen Sie Ihre Angaben',
      text: 'Das Formular enthält Fehler; es wurde nichts gespeichert:',
      back: 'Zurück zum Formular',
    },
    tooMany: {
      title: 'Zu viele Anfragen',
      text: 'Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es in {minutes} Minuten noch einmal.',
    },
    confirm: {
      title: 'Anmeldung bestätigen',
      text: 'Bitte bestätigen Sie, dass Sie den Newsletter an {email} erhalten möchten.',
      button: 'Ja, Anmeldung bestätigen',
    },
    confirmed: {
      title: 'Anmeldung bestätigt',
      text: 'Danke! Ab jetzt erhalten Sie eine E-Mail, wenn etwas Neues zu Ihrer Auswahl erscheint. Jede E-Mail enthält einen Link zu Ihren Einstellungen und zur Abmeldung.',
      preferences: 'Einstellungen ansehen oder ändern',
    },
    token: {
      invalid: 'Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde.',
      expired: 'Dieser Bestätigungslink ist abgelaufen. Bitte melden Sie sich noch einmal an.',
      used: 'Dieser Bestätigungslink wurde bereits verwendet. Ihre Anmeldung ist bestätigt.',
      superseded:
        'Dieser Bestätigungslink gilt nicht mehr: Die Adresse wurde nach dem Anfordern des Links abgemeldet. Wenn Sie den Newsletter wieder erhalten möchten, melden Sie sich bitte neu an.',
      title: 'Link nicht verwendbar',
    },
    preferences: {
      title: 'Ihre Newsletter-Einstellungen',
      lead: 'Einstellungen für {email}.',
      saved: 'Ihre Einstellungen wurden gespeichert.',
      unsubscribeTitle: 'Abmelden',
      unsubscribeText: 'Sie möchten keine E-Mails mehr erhalten?',
      notSubscribed: 'Diese Adresse ist nicht angemeldet. Auf der Newsletter-Seite können Sie sich wieder anmelden.',
    },
    unsubscribe: {
      title: 'Vom Newsletter abmelden',
      text: 'Mit einem Klick melden Sie {email} vom Newsletter ab.',
      button: 'Abmelden',
    },
    unsubscribed: {
      title: 'Sie sind abgemeldet',
      text: 'Sie erhalten keine E-Mails mehr vom Praxisdialog-Newsletter.',
      again: 'Versehentlich abgemeldet? Auf der Newsletter-Seite können Sie sich wieder anmelden.',
    },
    notFound: { title: 'Seite nicht gefunden', text: 'Unter dieser Adresse gibt es nichts.' },
    error: {
      title: 'Ein Fehler ist aufgetreten',
      text: 'Ihre Anfrage konnte gerade nicht bearbeitet werden. Es wurde nichts verändert. Bitte versuchen Sie es später noch einmal.',
    },
    tooLarge: { title: 'Anfrage zu groß', text: 'Die Anfrage ist zu groß. Bitte senden Sie das Formular erneut.' },
    badRequest: {
      title: 'Ungültige Anfrage',
      text: 'Diese Adresse ist nicht lesbar. Bitte prüfen Sie, ob der Link vollständig kopiert wurde.',
    },
    method: { title: 'Nicht erlaubt', text: 'Diese Adresse nimmt nur Formulare entgegen.' },
    otherLanguage: 'English',
    frame: {
      title: 'Antwort des Newsletters',
      description: 'Hier erscheinen die Antworten auf Anmeldung, Bestätigung und Abmeldung des Newsletters.',
      text: 'Auf dieser Seite erscheinen die Antworten auf Ihre Anmeldung, Bestätigung oder Abmeldung beim Newsletter und auf eingereichte Praxisbeispiele. Von sich aus zeigt sie nichts an.',
    },
  },
  errors: {
    email: 'E-Mail-Adresse: Bitte geben Sie eine gültige Adresse wie name@kreis.de ein.',
    lang: 'Sprache: Bitte wählen Sie Deutsch oder Englisch.',
    frequency: 'Häufigkeit: Bitte wählen Sie, wie oft Sie E-Mails erhalten möchten.',
    kinds: 'Arten von Einträgen: „{value}“ gibt es nicht.',
    topics: 'Themen: „{value}“ gibt es nicht.',
    districts: 'Kreise: „{value}“ gibt es nicht.',
    consent: 'Einwilligung: Bitte setzen Sie das Häkchen, damit wir Ihnen schreiben dürfen.',
    consentVersion:
      'Einwilligung: Die Fassung des Einwilligungstextes fehlt oder ist unbekannt. Bitte laden Sie die Seite neu.',
    tooMany: 'Zu viele Angaben in „{field}“.',
    encoding: 'Das Formular wurde in einem unbekannten Format gesendet.',
  },
  mail: {
    preheaderOne: 'Neu erschienen: {title}',
    preheaderMany: '{n} neue Einträge zu Ihren Themen',
    subjectOne: 'Neu bei Praxisdialog: {title}',
    subjectMany: '{n} neue Einträge bei Praxisdialog',
    intro: 'Neu erschienen zu Ihrer Auswahl:',
    readMore: 'Weiterlesen',
    more: 'und {n} weitere Einträge auf der Website',
    why: 'Sie erhalten diese E-Mail, weil Sie den Newsletter von Praxisdialog bestellt haben ({frequency}, {lang}).',
    preferences: 'Einstellungen ändern',
    unsubscribe: 'Abmelden',
    noTracking: 'Diese E-Mail enthält keine Zählpixel und keine umgeleiteten Links.',
    confirm: {
      subject: 'Bitte bestätigen Sie Ihre Anmeldung zum Praxisdialog-Newsletter',
      text: 'Jemand – hoffentlich Sie – hat diese Adresse für den Newsletter von Praxisdialog angemeldet. Bitte bestätigen Sie die Anmeldung über diesen Link:',
      button: 'Anmeldung bestätigen',
      validUntil: 'Der Link gilt bis {date}.',
      ignore:
        'Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach. Ohne Bestätigung erhalten Sie nichts und Ihre Adresse wird nicht verwendet.',
    },
  },
};

export type NewsletterStrings = typeof de;

const en: NewsletterStrings = {
  title: 'Newsletter',
  description: 'A short e-mail when something new on your topics appears on Praxisdialog – without tracking.',
  lead: 'A short e-mail when something new on your topics appears: blog posts, good practice, projects, practice dialogues and reports. No tracking, unsubscribe with one click.',
  form: {
    email: 'E-mail address',
    emailHint: 'We first send a confirmation link there. Without confirmation you receive nothing.',
    language: 'Language of the e-mails',
    frequency: 'How often?',
    interests: 'What interests you?',
    interestsHint:
      'Choose nothing to receive everything. If you choose topics or districts, you receive entries that match at least one of them.',
    kinds: 'Kinds of entries',
    kindsHint: 'Nothing ticked: all kinds.',
    topics: 'Topics',
    districts: 'Districts',
    consent: 'Consent',
    consentLabel: 'Yes, I consent.',
    consentVersion: 'Version of the consent text of {version}',
    privacy: 'More in the privacy policy',
    submit: 'Subscribe',
    save: 'Save settings',
  },
  frequencies: {
    immediate: 'With each new entry',
    weekly: 'At most once a week',
    monthly: 'At most once a month',
  },
  languages: { de: 'German', en: 'English' },
  page: {
    backToSite: 'To the website',
    newsletterPage: 'To the newsletter page',
    checkInbox: {
      title: 'Please confirm your subscription',
      text: 'If the address {email} can be subscribed, it will receive an e-mail with a confirmation link within a few minutes. The link is valid for {hours} hours. We send you nothing until you confirm.',
      spam: 'No e-mail? Please also look in your spam folder.',
    },
    invalid: {
      title: 'Please check what you entered',
      text: 'The form has errors; nothing was saved:',
      back: 'Back to the form',
    },
    tooMany: {
      title: 'Too many requests',
      text: 'Too many requests came from your connection in a short time. Please try again in {minutes} minutes.',
    },
    confirm: {
      title: 'Confirm your subscription',
      text: 'Please confirm that you want to receive the newsletter at {email}.',
      button: 'Yes, confirm my subscription',
    },
    confirmed: {
      title: 'Subscription confirmed',
      text: 'Thank you! From now on you receive an e-mail when something new matching your choice appears. Every e-mail links to your settings and to unsubscribe.',
      preferences: 'View or change your settings',
    },
    token: {
      invalid: 'This link is not valid. Please check that it was copied completely.',
      expired: 'This confirmation link has expired. Please sign up again.',
      used: 'This confirmation link has already been used. Your subscription is confirmed.',
      superseded:
        'This confirmation link no longer works: the address was unsubscribed after the link was requested. If you want the newsletter again, please sign up anew.',
      title: 'Link cannot be used',
    },
    preferences: {
      title: 'Your newsletter settings',
      lead: 'Settings for {email}.',
      saved: 'Your settings have been saved.',
      unsubscribeTitle: 'Unsubscribe',
      unsubscribeText: 'You no longer want to receive e-mails?',
      notSubscribed: 'This address is not subscribed. You can sign up again on the newsletter page.',
    },
    unsubscribe: {
      title: 'Unsubscribe from the newsletter',
      text: 'One click unsubscribes {email} from the newsletter.',
      button: 'Unsubscribe',
    },
    unsubscribed: {
      title: 'You are unsubscribed',
      text: 'You will no longer receive e-mails from the Praxisdialog newsletter.',
      again: 'Unsubscribed by mistake? You can sign up again on the newsletter page.',
    },
    notFound: { title: 'Page not found', text: 'There is nothing at this address.' },
    error: {
      title: 'Something went wrong',
      text: 'Your request could not be handled just now. Nothing was changed. Please try again later.',
    },
    tooLarge: { title: 'Request too large', text: 'The request is too large. Please send the form again.' },
    badRequest: {
      title: 'Bad request',
      text: 'This address cannot be read. Please check that the link was copied completely.',
    },
    method: { title: 'Not allowed', text: 'This address only accepts forms.' },
    otherLanguage: 'Deutsch',
    frame: {
      title: 'Newsletter answer',
      description: 'The answers to newsletter sign-ups, confirmations and unsubscriptions appear here.',
      text: 'This page shows the answers to your newsletter sign-up, confirmation or unsubscription and to submitted practice examples. On its own it shows nothing.',
    },
  },
  errors: {
    email: 'E-mail address: please enter a valid address such as name@district.gov.',
    lang: 'Language: please choose German or English.',
    frequency: 'Frequency: please choose how often you want to receive e-mails.',
    kinds: 'Kinds of entries: “{value}” does not exist.',
    topics: 'Topics: “{value}” does not exist.',
    districts: 'Districts: “{value}” does not exist.',
    consent: 'Consent: please tick the box so that we may write to you.',
    consentVersion: 'Consent: the version of the consent text is missing or unknown. Please reload the page.',
    tooMany: 'Too many values in “{field}”.',
    encoding: 'The form was sent in an unknown format.',
  },
  mail: {
    preheaderOne: 'New: {title}',
    preheaderMany: '{n} new entries on your topics',
    subjectOne: 'New on Praxisdialog: {title}',
    subjectMany: '{n} new entries on Praxisdialog',
    intro: 'Newly published for your choice:',
    readMore: 'Read more',
    more: 'and {n} more entries on the website',
    why: 'You receive this e-mail because you subscribed to the Praxisdialog newsletter ({frequency}, {lang}).',
    preferences: 'Change settings',
    unsubscribe: 'Unsubscribe',
    noTracking: 'This e-mail contains no tracking pixels and no redirected links.',
    confirm: {
      subject: 'Please confirm your subscription to the Praxisdialog newsletter',
      text: 'Someone – hopefully you – signed up this address for the Praxisdialog newsletter. Please confirm with this link:',
      button: 'Confirm subscription',
      validUntil: 'The link is valid until {date}.',
      ignore:
        'If you did not sign up, simply ignore this e-mail. Without confirmation you receive nothing and your address is not used.',
    },
  },
};

const STRINGS: Record<Lang, NewsletterStrings> = { de, en };

/** Newsletter texts of a language. */
export function nl(lang: Lang): NewsletterStrings {
  return STRINGS[lang];
}

/** Fill {placeholders}; a missing value is left visible so a mistake shows instead of vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (all, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : all,
  );
}

// Intl formatters are costly to create (and hold native memory), so each is made once per language.
const dateTime = {
  de: new Intl.DateTimeFormat(LOCALE.de, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
};
const day = {
  de: new Intl.DateTimeFormat(LOCALE.de, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }),
};

/** Date and time in the reader's language, Berlin time, e.g. "3. Juni 2025 um 14:05". */
export function formatDateTime(date: Date, lang: Lang): string {
  return dateTime[lang].format(date);
}

/** Long date, e.g. "3. Juni 2025" / "3 June 2025". */
export function formatDay(date: Date, lang: Lang): string {
  return day[lang].format(date);
}

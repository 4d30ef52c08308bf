/**
 * Every text of the newsletter — sign-up form, server pages, e-mails — German and English side by side
 * (`{ de, en }` pairs, see src/i18n/localise.ts: a text missing in one language is a type error).
 * Placeholders are written {name} and filled by `fill()`.
 */
import type { Frequency, Lang } from './types.ts';
import { LOCALE } from '../../config/languages.ts';
import { localiseAll, type Localised, type Pair, type Table } from '../../i18n/localise.ts';

const NEWSLETTER = {
  title: { de: 'Newsletter', en: 'Newsletter' },
  description: {
    de: 'Eine kurze E-Mail, wenn auf Praxisdialog etwas Neues zu Ihren Themen erscheint – ohne Tracking.',
    en: 'A short e-mail when something new on your topics appears on Praxisdialog – without tracking.',
  },
  lead: {
    de: 'Eine kurze E-Mail, wenn etwas Neues zu Ihren Themen erscheint: Blogbeiträge, Praxisbeispiele, Projekte, Praxisdialoge und Berichte. Kein Tracking, Abmeldung mit einem Klick.',
    en: 'A short e-mail when something new on your topics appears: blog posts, good practice, projects, practice dialogues and reports. No tracking, unsubscribe with one click.',
  },
  form: {
    email: { de: 'E-Mail-Adresse', en: 'E-mail address' },
    emailHint: {
      de: 'Dorthin schicken wir zuerst einen Bestätigungslink. Ohne Bestätigung erhalten Sie nichts.',
      en: 'We first send a confirmation link there. Without confirmation you receive nothing.',
    },
    language: { de: 'Sprache der E-Mails', en: 'Language of the e-mails' },
    frequency: { de: 'Wie oft?', en: 'How often?' },
    interests: { de: 'Was interessiert Sie?', en: 'What interests you?' },
    interestsHint: {
      de: 'Ohne Auswahl erhalten Sie alles. Wählen Sie Themen oder Kreise, erhalten Sie Einträge, die zu mindestens einem davon passen.',
      en: 'Choose nothing to receive everything. If you choose topics or districts, you receive entries that match at least one of them.',
    },
    kinds: { de: 'Arten von Einträgen', en: 'Kinds of entries' },
    kindsHint: { de: 'Nichts angekreuzt: alle Arten.', en: 'Nothing ticked: all kinds.' },
    topics: { de: 'Themen', en: 'Topics' },
    districts: { de: 'Kreise', en: 'Districts' },
    consent: { de: 'Einwilligung', en: 'Consent' },
    consentLabel: { de: 'Ja, ich willige ein.', en: 'Yes, I consent.' },
    consentVersion: {
      de: 'Fassung des Einwilligungstextes vom {version}',
      en: 'Version of the consent text of {version}',
    },
    privacy: { de: 'Mehr dazu in der Datenschutzerklärung', en: 'More in the privacy policy' },
    submit: { de: 'Newsletter abonnieren', en: 'Subscribe' },
    save: { de: 'Einstellungen speichern', en: 'Save settings' },
  },
  frequencies: {
    immediate: { de: 'Bei jedem neuen Eintrag', en: 'With each new entry' },
    weekly: { de: 'Höchstens einmal pro Woche', en: 'At most once a week' },
    monthly: { de: 'Höchstens einmal im Monat', en: 'At most once a month' },
  } satisfies Record<Frequency, Pair<string>>,
  // The languages' names, in each language: a pair of records.
  languages: {
    de: { de: 'Deutsch', en: 'Englisch' },
    en: { de: 'German', en: 'English' },
  } satisfies Pair<Record<Lang, string>>,
  page: {
    backToSite: { de: 'Zur Website', en: 'To the website' },
    newsletterPage: { de: 'Zur Newsletter-Seite', en: 'To the newsletter page' },
    checkInbox: {
      title: { de: 'Bitte bestätigen Sie Ihre Anmeldung', en: 'Please confirm your subscription' },
      text: {
        de: 'Wenn die Adresse {email} angemeldet werden kann, erhält sie in wenigen Minuten eine E-Mail mit einem Bestätigungslink. Der Link gilt {hours} Stunden. Erst nach der Bestätigung schicken wir Ihnen etwas.',
        en: 'If the address {email} can be subscribed, it will receive an e-mail with a confirmation link within a few minutes. The link is valid for {hours} hours. We send you nothing until you confirm.',
      },
      spam: {
        de: 'Keine E-Mail angekommen? Sehen Sie bitte auch im Spam-Ordner nach.',
        en: 'No e-mail? Please also look in your spam folder.',
      },
    },
    invalid: {
      title: { de: 'Bitte prüfen Sie Ihre Angaben', en: 'Please check what you entered' },
      text: {
        de: 'Das Formular enthält Fehler; es wurde nichts gespeichert:',
        en: 'The form has errors; nothing was saved:',
      },
      back: { de: 'Zurück zum Formular', en: 'Back to the form' },
    },
    tooMany: {
      title: { de: 'Zu viele Anfragen', en: 'Too many requests' },
      text: {
        de: 'Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anfragen. Bitte versuchen Sie es in {minutes} Minuten noch einmal.',
        en: 'Too many requests came from your connection in a short time. Please try again in {minutes} minutes.',
      },
    },
    confirm: {
      title: { de: 'Anmeldung bestätigen', en: 'Confirm your subscription' },
      text: {
        de: 'Bitte bestätigen Sie, dass Sie den Newsletter an {email} erhalten möchten.',
        en: 'Please confirm that you want to receive the newsletter at {email}.',
      },
      button: { de: 'Ja, Anmeldung bestätigen', en: 'Yes, confirm my subscription' },
    },
    confirmed: {
      title: { de: 'Anmeldung bestätigt', en: 'Subscription confirmed' },
      text: {
        de: 'Danke! Ab jetzt erhalten Sie eine E-Mail, wenn etwas Neues zu Ihrer Auswahl erscheint. Jede E-Mail enthält einen Link zu Ihren Einstellungen und zur Abmeldung.',
        en: 'Thank you! From now on you receive an e-mail when something new matching your choice appears. Every e-mail links to your settings and to unsubscribe.',
      },
      preferences: { de: 'Einstellungen ansehen oder ändern', en: 'View or change your settings' },
    },
    token: {
      invalid: {
        de: 'Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde.',
        en: 'This link is not valid. Please check that it was copied completely.',
      },
      expired: {
        de: 'Dieser Bestätigungslink ist abgelaufen. Bitte melden Sie sich noch einmal an.',
        en: 'This confirmation link has expired. Please sign up again.',
      },
      used: {
        de: 'Dieser Bestätigungslink wurde bereits verwendet. Ihre Anmeldung ist bestätigt.',
        en: 'This confirmation link has already been used. Your subscription is confirmed.',
      },
      superseded: {
        de: 'Dieser Bestätigungslink gilt nicht mehr: Die Adresse wurde nach dem Anfordern des Links abgemeldet. Wenn Sie den Newsletter wieder erhalten möchten, melden Sie sich bitte neu an.',
        en: 'This confirmation link no longer works: the address was unsubscribed after the link was requested. If you want the newsletter again, please sign up anew.',
      },
      title: { de: 'Link nicht verwendbar', en: 'Link cannot be used' },
    },
    preferences: {
      title: { de: 'Ihre Newsletter-Einstellungen', en: 'Your newsletter settings' },
      lead: { de: 'Einstellungen für {email}.', en: 'Settings for {email}.' },
      saved: { de: 'Ihre Einstellungen wurden gespeichert.', en: 'Your settings have been saved.' },
      unsubscribeTitle: { de: 'Abmelden', en: 'Unsubscribe' },
      unsubscribeText: { de: 'Sie möchten keine E-Mails mehr erhalten?', en: 'You no longer want to receive e-mails?' },
      notSubscribed: {
        de: 'Diese Adresse ist nicht angemeldet. Auf der Newsletter-Seite können Sie sich wieder anmelden.',
        en: 'This address is not subscribed. You can sign up again on the newsletter page.',
      },
    },
    unsubscribe: {
      title: { de: 'Vom Newsletter abmelden', en: 'Unsubscribe from the newsletter' },
      text: {
        de: 'Mit einem Klick melden Sie {email} vom Newsletter ab.',
        en: 'One click unsubscribes {email} from the newsletter.',
      },
      button: { de: 'Abmelden', en: 'Unsubscribe' },
    },
    unsubscribed: {
      title: { de: 'Sie sind abgemeldet', en: 'You are unsubscribed' },
      text: {
        de: 'Sie erhalten keine E-Mails mehr vom Praxisdialog-Newsletter.',
        en: 'You will no longer receive e-mails from the Praxisdialog newsletter.',
      },
      again: {
        de: 'Versehentlich abgemeldet? Auf der Newsletter-Seite können Sie sich wieder anmelden.',
        en: 'Unsubscribed by mistake? You can sign up again on the newsletter page.',
      },
    },
    notFound: {
      title: { de: 'Seite nicht gefunden', en: 'Page not found' },
      text: { de: 'Unter dieser Adresse gibt es nichts.', en: 'There is nothing at this address.' },
    },
    error: {
      title: { de: 'Ein Fehler ist aufgetreten', en: 'Something went wrong' },
      text: {
        de: 'Ihre Anfrage konnte gerade nicht bearbeitet werden. Es wurde nichts verändert. Bitte versuchen Sie es später noch einmal.',
        en: 'Your request could not be handled just now. Nothing was changed. Please try again later.',
      },
    },
    tooLarge: {
      title: { de: 'Anfrage zu groß', en: 'Request too large' },
      text: {
        de: 'Die Anfrage ist zu groß. Bitte senden Sie das Formular erneut.',
        en: 'The request is too large. Please send the form again.',
      },
    },
    badRequest: {
      title: { de: 'Ungültige Anfrage', en: 'Bad request' },
      text: {
        de: 'Diese Adresse ist nicht lesbar. Bitte prüfen Sie, ob der Link vollständig kopiert wurde.',
        en: 'This address cannot be read. Please check that the link was copied completely.',
      },
    },
    method: {
      title: { de: 'Nicht erlaubt', en: 'Not allowed' },
      text: { de: 'Diese Adresse nimmt nur Formulare entgegen.', en: 'This address only accepts forms.' },
    },
    otherLanguage: { de: 'English', en: 'Deutsch' },
    frame: {
      title: { de: 'Antwort des Newsletters', en: 'Newsletter answer' },
      description: {
        de: 'Hier erscheinen die Antworten auf Anmeldung, Bestätigung und Abmeldung des Newsletters.',
        en: 'The answers to newsletter sign-ups, confirmations and unsubscriptions appear here.',
      },
      text: {
        de: 'Auf dieser Seite erscheinen die Antworten auf Ihre Anmeldung, Bestätigung oder Abmeldung beim Newsletter und auf eingereichte Praxisbeispiele. Von sich aus zeigt sie nichts an.',
        en: 'This page shows the answers to your newsletter sign-up, confirmation or unsubscription and to submitted practice examples. On its own it shows nothing.',
      },
    },
  },
  errors: {
    email: {
      de: 'E-Mail-Adresse: Bitte geben Sie eine gültige Adresse wie name@kreis.de ein.',
      en: 'E-mail address: please enter a valid address such as name@district.gov.',
    },
    lang: { de: 'Sprache: Bitte wählen Sie Deutsch oder Englisch.', en: 'Language: please choose German or English.' },
    frequency: {
      de: 'Häufigkeit: Bitte wählen Sie, wie oft Sie E-Mails erhalten möchten.',
      en: 'Frequency: please choose how often you want to receive e-mails.',
    },
    kinds: { de: 'Arten von Einträgen: „{value}“ gibt es nicht.', en: 'Kinds of entries: “{value}” does not exist.' },
    topics: { de: 'Themen: „{value}“ gibt es nicht.', en: 'Topics: “{value}” does not exist.' },
    districts: { de: 'Kreise: „{value}“ gibt es nicht.', en: 'Districts: “{value}” does not exist.' },
    consent: {
      de: 'Einwilligung: Bitte setzen Sie das Häkchen, damit wir Ihnen schreiben dürfen.',
      en: 'Consent: please tick the box so that we may write to you.',
    },
    consentVersion: {
      de: 'Einwilligung: Die Fassung des Einwilligungstextes fehlt oder ist unbekannt. Bitte laden Sie die Seite neu.',
      en: 'Consent: the version of the consent text is missing or unknown. Please reload the page.',
    },
    tooMany: { de: 'Zu viele Angaben in „{field}“.', en: 'Too many values in “{field}”.' },
    encoding: {
      de: 'Das Formular wurde in einem unbekannten Format gesendet.',
      en: 'The form was sent in an unknown format.',
    },
  },
  mail: {
    preheaderOne: { de: 'Neu erschienen: {title}', en: 'New: {title}' },
    preheaderMany: { de: '{n} neue Einträge zu Ihren Themen', en: '{n} new entries on your topics' },
    subjectOne: { de: 'Neu bei Praxisdialog: {title}', en: 'New on Praxisdialog: {title}' },
    subjectMany: { de: '{n} neue Einträge bei Praxisdialog', en: '{n} new entries on Praxisdialog' },
    intro: { de: 'Neu erschienen zu Ihrer Auswahl:', en: 'Newly published for your choice:' },
    readMore: { de: 'Weiterlesen', en: 'Read more' },
    more: { de: 'und {n} weitere Einträge auf der Website', en: 'and {n} more entries on the website' },
    why: {
      de: 'Sie erhalten diese E-Mail, weil Sie den Newsletter von Praxisdialog bestellt haben ({frequency}, {lang}).',
      en: 'You receive this e-mail because you subscribed to the Praxisdialog newsletter ({frequency}, {lang}).',
    },
    preferences: { de: 'Einstellungen ändern', en: 'Change settings' },
    unsubscribe: { de: 'Abmelden', en: 'Unsubscribe' },
    noTracking: {
      de: 'Diese E-Mail enthält keine Zählpixel und keine umgeleiteten Links.',
      en: 'This e-mail contains no tracking pixels and no redirected links.',
    },
    confirm: {
      subject: {
        de: 'Bitte bestätigen Sie Ihre Anmeldung zum Praxisdialog-Newsletter',
        en: 'Please confirm your subscription to the Praxisdialog newsletter',
      },
      text: {
        de: 'Jemand – hoffentlich Sie – hat diese Adresse für den Newsletter von Praxisdialog angemeldet. Bitte bestätigen Sie die Anmeldung über diesen Link:',
        en: 'Someone – hopefully you – signed up this address for the Praxisdialog newsletter. Please confirm with this link:',
      },
      button: { de: 'Anmeldung bestätigen', en: 'Confirm subscription' },
      validUntil: { de: 'Der Link gilt bis {date}.', en: 'The link is valid until {date}.' },
      ignore: {
        de: 'Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach. Ohne Bestätigung erhalten Sie nichts und Ihre Adresse wird nicht verwendet.',
        en: 'If you did not sign up, simply ignore this e-mail. Without confirmation you receive nothing and your address is not used.',
      },
    },
  },
} satisfies Table;

export type NewsletterStrings = Localised<typeof NEWSLETTER>;

const STRINGS: Record<Lang, NewsletterStrings> = localiseAll(NEWSLETTER);

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

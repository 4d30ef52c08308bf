/**
 * The texts of the imprint, the privacy policy and the accessibility statement (src/components/pages/LegalPage.astro),
 * German and English side by side. The operator's facts (names, addresses, e-mail) are not here: the page puts
 * them after or between these texts. Numbers the operator sets (retention periods) come in as arguments.
 */
import type { Table } from './localise.ts';

/** The retention periods the privacy policy states (src/lib/newsletter/config.ts: retentionPeriods()). */
interface Keep {
  tokenTtlHours: number;
  unsubscribedDays: number;
  proofDays: number;
  submissionDays: number;
  backupDays: number;
}

export const LEGAL = {
  titles: {
    imprint: { de: 'Impressum', en: 'Imprint' },
    privacy: { de: 'Datenschutzerklärung', en: 'Privacy policy' },
    accessibility: { de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
  },
  placeholders: {
    de: 'Vorschau: Die markierten Angaben sind Platzhalter aus operator.example.yaml. Eine Produktionsversion wird erst gebaut, wenn der Betreiber sie ersetzt hat.',
    en: 'Preview: the marked details are placeholders from operator.example.yaml. A production version is only built once the operator has replaced them.',
  },
  email: { de: 'E-Mail', en: 'E-mail' },
  /** The imprint's headings and labels; the facts come from the operator data. */
  imprint: {
    information: { de: 'Angaben gemäß § 5 DDG', en: 'Information according to § 5 DDG' },
    representedBy: { de: 'Vertreten durch', en: 'Represented by' },
    contact: { de: 'Kontakt', en: 'Contact' },
    phone: { de: 'Telefon', en: 'Phone' },
    vatId: { de: 'Umsatzsteuer-Identifikationsnummer', en: 'VAT identification number' },
    responsible: {
      de: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
      en: 'Responsible for content under § 18 (2) MStV',
    },
    sources: { de: 'Quellen der Kreisdaten', en: 'Sources of district figures' },
    sourcesText: {
      de: 'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Stand 31.12.2018, über das Paket „landkreise-deutschland“, Lizenz CC BY 4.0. Kartengrundlage: Natural Earth (gemeinfrei).',
      en: 'Federal Statistical Office (Destatis), municipality register, as of 31 Dec 2018, via the package “landkreise-deutschland”, licence CC BY 4.0. Base map: Natural Earth (public domain).',
    },
  },
  privacy: {
    inBrief: { de: 'Das Wichtigste in Kürze', en: 'In brief' },
    inBriefText: {
      de: 'Diese Website setzt keine Cookies, verwendet keine Analyse- oder Tracking-Werkzeuge und lädt keine Inhalte von Dritten. Schriften, Bilder und Karten liefert sie selbst aus.',
      en: 'This website sets no cookies, uses no analytics or tracking tools and loads no third-party content. It serves its fonts, images and maps itself.',
    },
    controller: { de: 'Verantwortliche Stelle', en: 'Controller' },
    officer: { de: 'Datenschutzbeauftragte oder Datenschutzbeauftragter', en: 'Data protection officer' },
    logs: { de: 'Server-Logdateien', en: 'Server log files' },
    // Followed by the hosting company's name and address.
    logsText: {
      de: (days: number) =>
        `Bei jedem Abruf speichert der Webserver die IP-Adresse mit gekürztem letzten Teil (IPv4: letztes Byte, IPv6: die letzten 80 Bit), Zeitpunkt, aufgerufene Adresse ohne Abmelde- und Bestätigungscodes, Statuscode, übertragene Datenmenge und die Browserkennung. Zweck ist der sichere und störungsfreie Betrieb der Website; Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO (öffentliche Stellen) oder lit. f DSGVO (andere Betreiber). Die Einträge werden nach ${days} Tagen gelöscht. Die Server betreibt in unserem Auftrag (Art. 28 DSGVO):`,
      en: (days: number) =>
        `For every request the web server stores the IP address with its last part removed (IPv4: the last byte, IPv6: the last 80 bits), the time, the address requested without unsubscribe and confirmation codes, the status code, the amount of data sent and the browser identification. The purpose is the secure and reliable operation of the website; the legal basis is Art. 6(1)(e) GDPR (public bodies) or Art. 6(1)(f) GDPR (other operators). The entries are deleted after ${days} days. The servers are run on our behalf (Art. 28 GDPR) by:`,
    },
    newsletter: { de: 'Newsletter', en: 'Newsletter' },
    newsletterText: {
      de: 'Für den Newsletter speichern wir Ihre E-Mail-Adresse, Sprache, Interessen und Häufigkeit sowie als Nachweis Ihrer Einwilligung den Zeitpunkt der Anmeldung, den Zeitpunkt der Bestätigung (Double-Opt-in) und die Fassung des Einwilligungstextes. Sie können sich mit einem Klick in jeder E-Mail abmelden. Die E-Mails enthalten keine Zählpixel und keine umgeleiteten Links. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
      en: 'For the newsletter we store your e-mail address, language, interests and frequency, and as proof of your consent the time of sign-up, the time of confirmation (double opt-in) and the version of the consent text. You can unsubscribe with one click in every e-mail. The e-mails contain no tracking pixels and no redirected links. The legal basis is your consent (Art. 6(1)(a) GDPR).',
    },
    newsletterRetention: {
      de: (keep: Keep) =>
        `Eine Anmeldung, die nicht innerhalb von ${keep.tokenTtlHours} Stunden bestätigt wird, löschen wir bei der nächsten täglichen Bereinigung. Nach einer Abmeldung (oder wenn E-Mails an Ihre Adresse dauerhaft nicht zugestellt werden können) löschen wir nach ${keep.unsubscribedDays} Tagen Ihre E-Mail-Adresse, Ihre Interessen und die Liste der an Sie versandten Beiträge. Als Nachweis Ihrer Einwilligung und ihres Endes bleiben nur ein Hashwert (SHA-256) der Adresse, die Zeitpunkte von Anmeldung, Bestätigung und Abmeldung und die Fassung des Einwilligungstextes; sie werden ${keep.proofDays} Tage nach der Abmeldung gelöscht (Art. 6 Abs. 1 lit. c in Verbindung mit Art. 7 Abs. 1 DSGVO). Gegen massenhafte Anmeldungen zählt der Server Anfragen je IP-Adresse zehn Minuten lang nur im Arbeitsspeicher und Bestätigungs-E-Mails je Adresse 24 Stunden lang unter einem Hashwert der Adresse.`,
      en: (keep: Keep) =>
        `A sign-up that is not confirmed within ${keep.tokenTtlHours} hours is deleted by the next daily clean-up. After you unsubscribe (or when e-mails to your address cannot be delivered for good) we delete your e-mail address, your interests and the list of entries sent to you after ${keep.unsubscribedDays} days. As proof of your consent and of its end only a hash (SHA-256) of the address, the times of sign-up, confirmation and unsubscription and the version of the consent text remain; they are deleted ${keep.proofDays} days after the unsubscription (Art. 6(1)(c) in conjunction with Art. 7(1) GDPR). Against mass sign-ups the server counts requests per IP address for ten minutes, in memory only, and confirmation e-mails per address for 24 hours under a hash of the address.`,
    },
    submissions: { de: 'Eingereichte Praxisbeispiele', en: 'Submitted practice examples' },
    submissionsText: {
      de: (keep: Keep) =>
        `Wenn Sie über das Formular ein Praxisbeispiel einreichen, speichern wir Ihre Angaben im Formular, Ihre E-Mail-Adresse, die Zeitpunkte von Einreichung und Bestätigung und die Fassung des Einwilligungstextes. Gegen automatisierte Einsendungen löst Ihr Browser eine kleine Rechenaufgabe (ohne Dienste Dritter); zusätzlich zählt der Server Einsendungen je IP-Adresse eine Stunde lang nur im Arbeitsspeicher und Bestätigungs-E-Mails je Adresse 24 Stunden lang unter einem Hashwert der Adresse. Die Einreichung sieht nur die Redaktion. Nimmt sie das Beispiel auf, veröffentlicht sie Titel, Beschreibung, Ansprechperson und Links nach redaktioneller Bearbeitung, Ihre E-Mail-Adresse nie. Ihre E-Mail-Adresse und Ihre Angaben löschen wir ${keep.submissionDays} Tage nach der Entscheidung der Redaktion, eine unbestätigte Einreichung, sobald ihr Bestätigungslink abgelaufen ist. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit per E-Mail an die Redaktion widerrufen können.`,
      en: (keep: Keep) =>
        `When you submit a practice example through the form we store your entries in the form, your e-mail address, the times of submission and confirmation and the version of the consent text. Against automated submissions your browser solves a small computing task (no third-party service); the server also counts submissions per IP address for one hour, in memory only, and confirmation e-mails per address for 24 hours under a hash of the address. Only the editors see the submission. If they include the example, its title, description, contact person and links are published after editing, your e-mail address never. Your e-mail address and your entries are deleted ${keep.submissionDays} days after the editors' decision, an unconfirmed submission once its confirmation link has expired. The legal basis is your consent (Art. 6(1)(a) GDPR), which you can withdraw at any time by e-mail to the editors.`,
    },
    backups: { de: 'Sicherungskopien', en: 'Backups' },
    backupsText: {
      de: (keep: Keep) =>
        `Die Daten von Newsletter und Einreichungen sichern wir täglich auf unserem Server; jede Sicherung wird nach ${keep.backupDays} Tagen gelöscht. Was wir löschen, ist deshalb spätestens ${keep.backupDays} Tage später auch aus den Sicherungen verschwunden. In den Protokollen des Servers stehen keine vollständigen E-Mail- oder IP-Adressen.`,
      en: (keep: Keep) =>
        `The data of the newsletter and of submissions is backed up daily on our server; each backup is deleted after ${keep.backupDays} days. Whatever we delete is therefore gone from the backups too at most ${keep.backupDays} days later. The server's logs contain no complete e-mail or IP addresses.`,
    },
    rights: { de: 'Ihre Rechte', en: 'Your rights' },
    rightsText: {
      de: 'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen. Schreiben Sie dazu an die verantwortliche Stelle oder die Datenschutzbeauftragte oder den Datenschutzbeauftragten.',
      en: 'You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and to object (Art. 21). You may withdraw consent at any time for the future. Write to the controller or the data protection officer.',
    },
    complaint: { de: 'Beschwerde bei der Aufsichtsbehörde', en: 'Complaint to the supervisory authority' },
    // Followed by the supervisory authority's name, address and web address.
    complaintText: {
      de: 'Sie können sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO):',
      en: 'You may lodge a complaint with the supervisory authority (Art. 77 GDPR):',
    },
  },
  accessibility: {
    // Follows the operator's name.
    intro: {
      de: 'ist bemüht, diese Website im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.',
      en: 'strives to make this website accessible in accordance with the German accessibility regulation BITV 2.0.',
    },
    status: { de: 'Stand der Vereinbarkeit', en: 'Compliance status' },
    // Followed by the operator's own evaluation.
    statusText: {
      de: 'Jede Seite wird bei jeder Änderung automatisch in einem echten Browser geprüft: axe-core mit den Regeln der WCAG 2.1 A und AA, Bedienung mit der Tastatur, Kontraste im hellen und dunklen Modus, Umbruch bei 400 % Vergrößerung und gültiges HTML.',
      en: 'Every page is checked automatically in a real browser on every change: axe-core with the WCAG 2.1 A and AA rules, keyboard use, contrast in light and dark mode, reflow at 400 % zoom and valid HTML.',
    },
    report: { de: 'Barriere melden', en: 'Report a barrier' },
    // Followed by the feedback address.
    reportText: {
      de: 'Wenn Ihnen Barrieren auffallen oder Sie Inhalte in einer anderen Form brauchen, schreiben Sie uns:',
      en: 'If you come across a barrier or need content in another form, write to us:',
    },
    conciliation: { de: 'Schlichtungsverfahren', en: 'Enforcement procedure' },
    // Followed by the conciliation body's name and web address.
    conciliationText: {
      de: 'Wenn wir Ihre Rückmeldung nicht zufriedenstellend beantworten, können Sie sich an die Schlichtungsstelle wenden:',
      en: 'If our answer to your feedback does not satisfy you, you can turn to the conciliation body:',
    },
  },
} satisfies Table;

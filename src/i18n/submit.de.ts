/**
 * German strings of the practice submission: the form page, the server's answer pages and the e-mails.
 * The English file (submit.en.ts) must have the same keys (checked by the type). Placeholders are
 * written {name} and filled by `fill()` (src/lib/newsletter/strings.ts).
 */
export const submitDe = {
  title: 'Praxisbeispiel einreichen',
  description:
    'Ihre Kommune hat etwas umgesetzt, von dem andere lernen können? Reichen Sie es hier ein – die Redaktion prüft es und meldet sich.',
  lead: 'Ihre Kommune hat ein Vorhaben umgesetzt, von dem andere Kreise, Städte und Gemeinden lernen können? Beschreiben Sie es hier in der Gliederung unserer Praxisbeispiele. Nach Ihrer Bestätigung per E-Mail prüft die Redaktion die Einreichung, bearbeitet sie mit Ihnen und veröffentlicht sie.',
  linkText: 'Eigenes Praxisbeispiel einreichen',
  linkLead: 'Ihre Kommune hat etwas umgesetzt, von dem andere lernen können?',
  required: 'Pflichtfeld',
  optional: 'freiwillig',
  sections: {
    practice: 'Das Vorhaben',
    contact: 'Ansprechperson und Links',
    you: 'Ihre E-Mail-Adresse und Einwilligung',
  },
  fields: {
    title: { label: 'Titel', hint: 'Kurz und konkret: was wurde wo gemacht? Z. B. „Digitale Bauakte im Kreis …“' },
    district: {
      label: 'Kreis oder kreisfreie Stadt',
      hint: 'Wählen Sie den Kreis, in dem das Vorhaben umgesetzt wurde, aus der Liste.',
      choose: 'Bitte wählen …',
    },
    municipality: {
      label: 'Gemeinde oder Stadt',
      hint: 'Falls eine kreisangehörige Gemeinde oder Stadt das Vorhaben umgesetzt hat: ihr Name.',
    },
    problem: { label: 'Ausgangslage' },
    solution: { label: 'Lösung' },
    results: { label: 'Ergebnisse' },
    costs: {
      label: 'Kosten',
      hint: 'Einmalige und laufende Kosten in Euro, soweit bekannt, und was sie umfassen.',
    },
    status: { label: 'Stand' },
    startYear: { label: 'Beginn (Jahr)', hint: 'Jahr, in dem die Arbeit begann, vierstellig, z. B. 2022.' },
    field: { label: 'Handlungsfeld', hint: 'Das Handlungsfeld, zu dem das Vorhaben vor allem gehört.' },
    afterFunding: { label: 'Stand nach der Förderung' },
    contactName: {
      label: 'Ansprechperson',
      hint: 'Name der Person oder Stelle, die anderen Kommunen Fragen beantwortet. Wird veröffentlicht.',
    },
    contactOrganisation: { label: 'Organisation der Ansprechperson', hint: 'Z. B. „Kreisverwaltung, Amt für …“.' },
    links: {
      label: 'Links',
      hint: 'Weiterführende Adressen (Projektseite, Bericht), eine pro Zeile, jeweils mit https:// – höchstens 10.',
    },
    licence: { label: 'Lizenz' },
    sourceUrl: { label: 'Quellcode (Repository)' },
    lessons: { label: 'Was nicht funktioniert hat' },
    details: {
      label: 'Weitere Angaben',
      hint: 'Was andere Kommunen sonst noch wissen sollten. Wird als Text übernommen, genau so wie geschrieben.',
    },
    email: {
      label: 'Ihre E-Mail-Adresse',
      hint: 'Dorthin schicken wir einen Bestätigungslink. Erst nach der Bestätigung erreicht die Einreichung die Redaktion. Wird nicht veröffentlicht.',
    },
    consent: { label: 'Ja, ich willige ein.' },
    honeypot: { label: 'Dieses Feld bitte leer lassen' },
  },
  consent: {
    legend: 'Einwilligung',
    version: 'Fassung des Einwilligungstextes vom {version}',
    privacy: 'Mehr dazu in der Datenschutzerklärung',
  },
  pow: {
    legend: 'Schutz vor automatisierten Einsendungen',
    text: 'Ihr Browser löst dazu eine kleine Rechenaufgabe, ohne Dienste Dritter. Ohne JavaScript geht es auch: Dann prüfen wir die Einsendung nach Ihrer Bestätigung etwas strenger.',
  },
  submit: 'Einreichung absenden',
  chars: 'höchstens {max} Zeichen',
  errors: {
    required: '{label}: Bitte ausfüllen.',
    tooShort: '{label}: Bitte mindestens {min} Zeichen schreiben.',
    tooLong: '{label}: Höchstens {max} Zeichen – Sie haben {length} geschrieben.',
    district: '{label}: Bitte einen Kreis aus der Liste wählen.',
    choice: '{label}: Bitte einen Eintrag aus der Liste wählen.',
    year: '{label}: Bitte ein Jahr zwischen 1990 und {max} angeben, z. B. 2022.',
    url: '{label}: „{value}“ ist keine Webadresse mit https:// oder http://.',
    tooManyLinks: '{label}: Höchstens {max} Adressen.',
    email: 'E-Mail-Adresse: Bitte eine gültige Adresse angeben, z. B. name@kreis.de.',
    consent: 'Einwilligung: Ohne Ihre Einwilligung können wir die Einreichung nicht annehmen.',
    consentVersion: 'Einwilligung: Der Text hat sich geändert. Bitte lesen Sie ihn und senden Sie erneut.',
    control: '{label}: Enthält unsichtbare Steuerzeichen; bitte entfernen.',
  },
  page: {
    invalidTitle: 'Bitte prüfen Sie Ihre Angaben',
    invalidText: 'Die Einreichung enthält Fehler; es wurde nichts gespeichert:',
    checkInbox: {
      title: 'Bitte bestätigen Sie Ihre Einreichung',
      text: 'Wenn an {email} eine Einreichung gesendet werden kann, erhält die Adresse in wenigen Minuten eine E-Mail mit einem Bestätigungslink. Der Link gilt {hours} Stunden. Erst nach der Bestätigung erreicht Ihre Einreichung die Redaktion.',
      spam: 'Keine E-Mail angekommen? Sehen Sie bitte auch im Spam-Ordner nach.',
    },
    confirm: {
      title: 'Einreichung bestätigen',
      text: 'Bitte bestätigen Sie, dass Sie das Praxisbeispiel „{title}“ an die Redaktion von Praxisdialog senden möchten.',
      button: 'Ja, an die Redaktion senden',
    },
    confirmed: {
      title: 'Danke für Ihre Einreichung',
      text: 'Die Redaktion hat Ihre Einreichung erhalten. Sie prüft sie und meldet sich bei Ihnen – mit Rückfragen, einem Entwurf oder einer Begründung, falls wir sie nicht aufnehmen.',
    },
    token: {
      title: 'Link nicht verwendbar',
      invalid: 'Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde.',
      expired: 'Dieser Bestätigungslink ist abgelaufen. Bitte reichen Sie das Praxisbeispiel noch einmal ein.',
      used: 'Diese Einreichung wurde bereits bestätigt und liegt der Redaktion vor.',
    },
    tooMany: {
      title: 'Zu viele Einreichungen',
      text: 'Von Ihrem Anschluss kamen in kurzer Zeit zu viele Einreichungen. Bitte versuchen Sie es in {minutes} Minuten noch einmal.',
    },
    back: 'Zurück zur Übersicht der Praxisbeispiele',
    form: 'Zum Einreichungsformular',
  },
  mail: {
    confirm: {
      subject: 'Bitte bestätigen Sie Ihre Einreichung bei Praxisdialog',
      text: 'Sie (oder jemand mit Ihrer Adresse) haben das Praxisbeispiel „{title}“ bei Praxisdialog eingereicht. Bitte bestätigen Sie, dass die Einreichung von Ihnen stammt: Erst dann erreicht sie die Redaktion.',
      button: 'Einreichung bestätigen',
      validUntil: 'Der Link gilt bis {date}.',
      ignore:
        'Wenn Sie nichts eingereicht haben, ignorieren Sie diese E-Mail einfach: Die Einreichung wird dann nie weitergegeben und nach Ablauf der Frist gelöscht.',
    },
    rejected: {
      subject: 'Ihre Einreichung bei Praxisdialog: „{title}“',
      greeting: 'Guten Tag,',
      text: 'vielen Dank, dass Sie das Praxisbeispiel „{title}“ bei Praxisdialog eingereicht haben. Wir haben es sorgfältig gelesen, können es aber in dieser Form nicht aufnehmen. Der Grund:',
      again:
        'Wenn Sie die Einreichung überarbeiten möchten, freuen wir uns über eine neue Fassung. Bei Fragen antworten Sie einfach auf diese E-Mail.',
      closing: 'Freundliche Grüße\nIhre Redaktion von Praxisdialog',
    },
  },
};
export type SubmitStrings = typeof submitDe;

/**
 * Strings of the practice submission — the form page, the server's answer pages and the e-mails —, German and
 * English side by side (`{ de, en }` pairs, see localise.ts). Placeholders are written {name} and filled by
 * `fill()` (src/lib/newsletter/strings.ts).
 */
import type { Table } from './localise.ts';

export const SUBMIT = {
  title: { de: 'Praxisbeispiel einreichen', en: 'Submit a practice example' },
  description: {
    de: 'Ihre Kommune hat etwas umgesetzt, von dem andere lernen können? Reichen Sie es hier ein – die Redaktion prüft es und meldet sich.',
    en: 'Your municipality has done something others can learn from? Submit it here – the editors review it and get back to you.',
  },
  lead: {
    de: 'Ihre Kommune hat ein Vorhaben umgesetzt, von dem andere Kreise, Städte und Gemeinden lernen können? Beschreiben Sie es hier in der Gliederung unserer Praxisbeispiele. Nach Ihrer Bestätigung per E-Mail prüft die Redaktion die Einreichung, bearbeitet sie mit Ihnen und veröffentlicht sie.',
    en: 'Your municipality has carried out a project that other districts, cities and municipalities can learn from? Describe it here, in the outline of our practice examples. Once you confirm by e-mail, the editors review the submission, work on it with you and publish it.',
  },
  linkText: { de: 'Eigenes Praxisbeispiel einreichen', en: 'Submit your own practice example' },
  linkLead: {
    de: 'Ihre Kommune hat etwas umgesetzt, von dem andere lernen können?',
    en: 'Your municipality has done something others can learn from?',
  },
  required: { de: 'Pflichtfeld', en: 'required' },
  optional: { de: 'freiwillig', en: 'optional' },
  sections: {
    practice: { de: 'Das Vorhaben', en: 'The project' },
    contact: { de: 'Ansprechperson und Links', en: 'Contact and links' },
    you: { de: 'Ihre E-Mail-Adresse und Einwilligung', en: 'Your e-mail address and consent' },
  },
  fields: {
    title: {
      label: { de: 'Titel', en: 'Title' },
      hint: {
        de: 'Kurz und konkret: was wurde wo gemacht? Z. B. „Digitale Bauakte im Kreis …“',
        en: 'Short and concrete: what was done, where? E.g. "Digital building files in …"',
      },
    },
    district: {
      label: { de: 'Kreis oder kreisfreie Stadt', en: 'District or district-free city' },
      hint: {
        de: 'Wählen Sie den Kreis, in dem das Vorhaben umgesetzt wurde, aus der Liste.',
        en: 'Choose the district where the project was carried out from the list.',
      },
      choose: { de: 'Bitte wählen …', en: 'Please choose …' },
    },
    municipality: {
      label: { de: 'Gemeinde oder Stadt', en: 'Municipality or town' },
      hint: {
        de: 'Falls eine kreisangehörige Gemeinde oder Stadt das Vorhaben umgesetzt hat: ihr Name.',
        en: 'If a municipality or town within the district carried out the project: its name.',
      },
    },
    problem: {
      label: { de: 'Ausgangslage', en: 'Starting point' },
    },
    solution: {
      label: { de: 'Lösung', en: 'Solution' },
    },
    results: {
      label: { de: 'Ergebnisse', en: 'Results' },
    },
    costs: {
      label: { de: 'Kosten', en: 'Costs' },
      hint: {
        de: 'Einmalige und laufende Kosten in Euro, soweit bekannt, und was sie umfassen.',
        en: 'One-off and running costs in euros, where known, and what they include.',
      },
    },
    status: {
      label: { de: 'Stand', en: 'Status' },
    },
    startYear: {
      label: { de: 'Beginn (Jahr)', en: 'Start (year)' },
      hint: {
        de: 'Jahr, in dem die Arbeit begann, vierstellig, z. B. 2022.',
        en: 'Year the work started, four digits, e.g. 2022.',
      },
    },
    field: {
      label: { de: 'Handlungsfeld', en: 'Field of action' },
      hint: {
        de: 'Das Handlungsfeld, zu dem das Vorhaben vor allem gehört.',
        en: 'The field of action the project mainly belongs to.',
      },
    },
    afterFunding: {
      label: { de: 'Stand nach der Förderung', en: 'Status after the funding' },
    },
    contactName: {
      label: { de: 'Ansprechperson', en: 'Contact person' },
      hint: {
        de: 'Name der Person oder Stelle, die anderen Kommunen Fragen beantwortet. Wird veröffentlicht.',
        en: 'Name of the person or office who answers other municipalities’ questions. Will be published.',
      },
    },
    contactOrganisation: {
      label: { de: 'Organisation der Ansprechperson', en: 'Organisation of the contact' },
      hint: { de: 'Z. B. „Kreisverwaltung, Amt für …“.', en: 'E.g. "District administration, office for …".' },
    },
    links: {
      label: { de: 'Links', en: 'Links' },
      hint: {
        de: 'Weiterführende Adressen (Projektseite, Bericht), eine pro Zeile, jeweils mit https:// – höchstens 10.',
        en: 'Further addresses (project page, report), one per line, each with https:// – at most 10.',
      },
    },
    licence: {
      label: { de: 'Lizenz', en: 'Licence' },
    },
    sourceUrl: {
      label: { de: 'Quellcode (Repository)', en: 'Source code (repository)' },
    },
    lessons: {
      label: { de: 'Was nicht funktioniert hat', en: 'What did not work' },
    },
    details: {
      label: { de: 'Weitere Angaben', en: 'Further details' },
      hint: {
        de: 'Was andere Kommunen sonst noch wissen sollten. Wird als Text übernommen, genau so wie geschrieben.',
        en: 'Anything else other municipalities should know. Taken over as text, exactly as written.',
      },
    },
    email: {
      label: { de: 'Ihre E-Mail-Adresse', en: 'Your e-mail address' },
      hint: {
        de: 'Dorthin schicken wir einen Bestätigungslink. Erst nach der Bestätigung erreicht die Einreichung die Redaktion. Wird nicht veröffentlicht.',
        en: 'We send a confirmation link there. Only after you confirm does the submission reach the editors. Not published.',
      },
    },
    consent: {
      label: { de: 'Ja, ich willige ein.', en: 'Yes, I consent.' },
    },
    honeypot: {
      label: { de: 'Dieses Feld bitte leer lassen', en: 'Please leave this field empty' },
    },
  },
  consent: {
    legend: { de: 'Einwilligung', en: 'Consent' },
    version: { de: 'Fassung des Einwilligungstextes vom {version}', en: 'Version of the consent text of {version}' },
    privacy: { de: 'Mehr dazu in der Datenschutzerklärung', en: 'More in the privacy policy' },
  },
  pow: {
    legend: { de: 'Schutz vor automatisierten Einsendungen', en: 'Protection against automated submissions' },
    text: {
      de: 'Ihr Browser löst dazu eine kleine Rechenaufgabe, ohne Dienste Dritter. Ohne JavaScript geht es auch: Dann prüfen wir die Einsendung nach Ihrer Bestätigung etwas strenger.',
      en: 'Your browser solves a small computing task for this, without any third-party service. It also works without JavaScript: we then check the submission a little more strictly after you confirm it.',
    },
  },
  submit: { de: 'Einreichung absenden', en: 'Send the submission' },
  chars: { de: 'höchstens {max} Zeichen', en: 'at most {max} characters' },
  errors: {
    required: { de: '{label}: Bitte ausfüllen.', en: '{label}: please fill in.' },
    tooShort: {
      de: '{label}: Bitte mindestens {min} Zeichen schreiben.',
      en: '{label}: please write at least {min} characters.',
    },
    tooLong: {
      de: '{label}: Höchstens {max} Zeichen – Sie haben {length} geschrieben.',
      en: '{label}: at most {max} characters – you wrote {length}.',
    },
    district: {
      de: '{label}: Bitte einen Kreis aus der Liste wählen.',
      en: '{label}: please choose a district from the list.',
    },
    choice: {
      de: '{label}: Bitte einen Eintrag aus der Liste wählen.',
      en: '{label}: please choose an entry from the list.',
    },
    year: {
      de: '{label}: Bitte ein Jahr zwischen 1990 und {max} angeben, z. B. 2022.',
      en: '{label}: please give a year between 1990 and {max}, e.g. 2022.',
    },
    url: {
      de: '{label}: „{value}“ ist keine Webadresse mit https:// oder http://.',
      en: '{label}: "{value}" is not a web address starting with https:// or http://.',
    },
    tooManyLinks: { de: '{label}: Höchstens {max} Adressen.', en: '{label}: at most {max} addresses.' },
    email: {
      de: 'E-Mail-Adresse: Bitte eine gültige Adresse angeben, z. B. name@kreis.de.',
      en: 'E-mail address: please give a valid address, e.g. name@district.de.',
    },
    consent: {
      de: 'Einwilligung: Ohne Ihre Einwilligung können wir die Einreichung nicht annehmen.',
      en: 'Consent: without your consent we cannot accept the submission.',
    },
    consentVersion: {
      de: 'Einwilligung: Der Text hat sich geändert. Bitte lesen Sie ihn und senden Sie erneut.',
      en: 'Consent: the text has changed. Please read it and send again.',
    },
    control: {
      de: '{label}: Enthält unsichtbare Steuerzeichen; bitte entfernen.',
      en: '{label}: contains invisible control characters; please remove them.',
    },
  },
  page: {
    invalidTitle: { de: 'Bitte prüfen Sie Ihre Angaben', en: 'Please check your entries' },
    invalidText: {
      de: 'Die Einreichung enthält Fehler; es wurde nichts gespeichert:',
      en: 'The submission has errors; nothing was stored:',
    },
    checkInbox: {
      title: { de: 'Bitte bestätigen Sie Ihre Einreichung', en: 'Please confirm your submission' },
      text: {
        de: 'Wenn an {email} eine Einreichung gesendet werden kann, erhält die Adresse in wenigen Minuten eine E-Mail mit einem Bestätigungslink. Der Link gilt {hours} Stunden. Erst nach der Bestätigung erreicht Ihre Einreichung die Redaktion.',
        en: 'If a submission can be sent from {email}, that address receives an e-mail with a confirmation link within a few minutes. The link is valid for {hours} hours. Only after you confirm does your submission reach the editors.',
      },
      spam: {
        de: 'Keine E-Mail angekommen? Sehen Sie bitte auch im Spam-Ordner nach.',
        en: 'No e-mail? Please look in your spam folder too.',
      },
    },
    confirm: {
      title: { de: 'Einreichung bestätigen', en: 'Confirm your submission' },
      text: {
        de: 'Bitte bestätigen Sie, dass Sie das Praxisbeispiel „{title}“ an die Redaktion von Praxisdialog senden möchten.',
        en: 'Please confirm that you want to send the practice example "{title}" to the editors of Praxisdialog.',
      },
      button: { de: 'Ja, an die Redaktion senden', en: 'Yes, send it to the editors' },
    },
    confirmed: {
      title: { de: 'Danke für Ihre Einreichung', en: 'Thank you for your submission' },
      text: {
        de: 'Die Redaktion hat Ihre Einreichung erhalten. Sie prüft sie und meldet sich bei Ihnen – mit Rückfragen, einem Entwurf oder einer Begründung, falls wir sie nicht aufnehmen.',
        en: 'The editors have received your submission. They review it and get back to you – with questions, a draft, or the reason if we cannot include it.',
      },
    },
    token: {
      title: { de: 'Link nicht verwendbar', en: 'Link cannot be used' },
      invalid: {
        de: 'Dieser Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde.',
        en: 'This link is not valid. Please check that it was copied completely.',
      },
      expired: {
        de: 'Dieser Bestätigungslink ist abgelaufen. Bitte reichen Sie das Praxisbeispiel noch einmal ein.',
        en: 'This confirmation link has expired. Please submit the practice example again.',
      },
      used: {
        de: 'Diese Einreichung wurde bereits bestätigt und liegt der Redaktion vor.',
        en: 'This submission has already been confirmed and is with the editors.',
      },
    },
    tooMany: {
      title: { de: 'Zu viele Einreichungen', en: 'Too many submissions' },
      text: {
        de: 'Von Ihrem Anschluss kamen in kurzer Zeit zu viele Einreichungen. Bitte versuchen Sie es in {minutes} Minuten noch einmal.',
        en: 'Too many submissions came from your connection in a short time. Please try again in {minutes} minutes.',
      },
    },
    back: { de: 'Zurück zur Übersicht der Praxisbeispiele', en: 'Back to the practice examples' },
    form: { de: 'Zum Einreichungsformular', en: 'To the submission form' },
  },
  mail: {
    confirm: {
      subject: {
        de: 'Bitte bestätigen Sie Ihre Einreichung bei Praxisdialog',
        en: 'Please confirm your submission to Praxisdialog',
      },
      text: {
        de: 'Sie (oder jemand mit Ihrer Adresse) haben das Praxisbeispiel „{title}“ bei Praxisdialog eingereicht. Bitte bestätigen Sie, dass die Einreichung von Ihnen stammt: Erst dann erreicht sie die Redaktion.',
        en: 'You (or someone using your address) submitted the practice example "{title}" to Praxisdialog. Please confirm that the submission comes from you: only then does it reach the editors.',
      },
      button: { de: 'Einreichung bestätigen', en: 'Confirm the submission' },
      validUntil: { de: 'Der Link gilt bis {date}.', en: 'The link is valid until {date}.' },
      ignore: {
        de: 'Wenn Sie nichts eingereicht haben, ignorieren Sie diese E-Mail einfach: Die Einreichung wird dann nie weitergegeben und nach Ablauf der Frist gelöscht.',
        en: 'If you did not submit anything, simply ignore this e-mail: the submission is then never passed on and is deleted when the link expires.',
      },
    },
    rejected: {
      subject: { de: 'Ihre Einreichung bei Praxisdialog: „{title}“', en: 'Your submission to Praxisdialog: "{title}"' },
      greeting: { de: 'Guten Tag,', en: 'Hello,' },
      text: {
        de: 'vielen Dank, dass Sie das Praxisbeispiel „{title}“ bei Praxisdialog eingereicht haben. Wir haben es sorgfältig gelesen, können es aber in dieser Form nicht aufnehmen. Der Grund:',
        en: 'thank you for submitting the practice example "{title}" to Praxisdialog. We read it carefully, but cannot include it in this form. The reason:',
      },
      again: {
        de: 'Wenn Sie die Einreichung überarbeiten möchten, freuen wir uns über eine neue Fassung. Bei Fragen antworten Sie einfach auf diese E-Mail.',
        en: 'If you would like to revise the submission, we look forward to a new version. If you have questions, simply reply to this e-mail.',
      },
      closing: {
        de: 'Freundliche Grüße\nIhre Redaktion von Praxisdialog',
        en: 'Kind regards\nThe Praxisdialog editors',
      },
    },
  },
} satisfies Table;

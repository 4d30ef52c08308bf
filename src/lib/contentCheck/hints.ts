/**
 * What each field wants, in plain German and English: the comment line above each
 * field in a new entry (`npm run new`) and the "expected" part of a "missing" message
 * (`npm run check`). English comes from the schema's `.describe()` text wherever a
 * field has one, so it cannot drift; `en` here fills in for fields without. Keys are field paths (`[]` for
 * list items); `collection:path` wins over the plain path.
 * tests/editor/coverage.test.ts fails when a schema field has no hint.
 */
import type { CollectionName, Lang } from '../../schemas/common.ts';

export interface Hint {
  de: string;
  /** Used only where the schema has no description for the field. */
  en?: string;
}

export const HINTS: Record<string, Hint> = {
  // Shared by posts, practices, projects, dialogues
  title: { de: 'Titel des Eintrags', en: 'Title of the entry' },
  lang: { de: 'Sprache des Eintrags: de oder en' },
  translation: {
    de: 'Kennung der Übersetzung in der anderen Sprache, z. B. en/mein-eintrag (leer lassen, wenn es keine gibt)',
    en: 'id of the translation in the other language, e.g. de/mein-eintrag (leave out if there is none)',
  },
  machineTranslated: { de: 'true, wenn maschinell übersetzt und noch nicht redaktionell geprüft' },
  draft: {
    de: 'Entwurf: true = nur in der Vorschau (npm run dev) sichtbar, nie auf der Website',
    en: 'Draft: true = visible in the preview (npm run dev) only, never on the site',
  },
  publishedAt: {
    de: 'Veröffentlichungsdatum (JJJJ-MM-TT); ein Datum in der Zukunft erscheint mit dem ersten Build ab diesem Tag',
    en: 'Date of publication (YYYY-MM-DD); a future date appears with the first build on or after that day',
  },
  updatedAt: { de: 'Datum der letzten wesentlichen Überarbeitung (JJJJ-MM-TT)' },
  sources: { de: 'Quellen der Fakten, mit Adresse', en: 'Sources of the facts, with their addresses' },
  'sources[].title': { de: 'Titel der Quelle', en: 'Title of the source' },
  'sources[].url': { de: 'Webadresse der Quelle (https://…)', en: 'Address of the source (https://…)' },
  'sources[].publisher': { de: 'Wer die Quelle herausgibt', en: 'Who published it' },
  'sources[].seed': {
    de: 'Kennung des Quelldokuments in seeds/ (nur Redaktion)',
    en: 'Identifier of the seed document (editorial team only)',
  },
  teaser: {
    de: 'Ein oder zwei Sätze für Karten, Suchergebnisse und E-Mails (20–400 Zeichen, Karten zeigen etwa 200)',
    en: 'One or two sentences for cards, search results and e-mails (20–400 characters; cards show about 200)',
  },
  authors: {
    de: 'Autorinnen und Autoren: Kennungen von Personen (Dateinamen in people/ ohne .yaml)',
    en: 'Authors: ids of people (file names in people/ without .yaml)',
  },
  topics: {
    de: 'Themen: Kennungen aus topics/ (Dateinamen ohne .yaml)',
    en: 'Topics: ids from topics/ (file names without .yaml)',
  },
  districts: {
    de: 'Kreise: fünfstellige Kreisschlüssel (AGS) in Anführungszeichen, z. B. "06435"',
    en: 'Districts: five-digit official keys (AGS) in quotes, e.g. "06435"',
  },
  projects: {
    de: 'Projekte: Kennungen wie de/mein-projekt',
    en: 'Projects: ids such as en/my-project',
  },
  heroImage: { de: 'Bild über dem Eintrag und auf Karten' },
  'heroImage.src': {
    de: 'Bilddatei neben dem Eintrag, z. B. ./titelbild.jpg',
    en: 'Image file next to the entry, e.g. ./cover.jpg',
  },
  'heroImage.alt': {
    de: 'Was das Bild zeigt, für Menschen, die es nicht sehen (Pflicht)',
    en: 'What the image shows, for people who cannot see it (required)',
  },
  'heroImage.credit': { de: 'Bildnachweis (Fotografin, Lizenz)', en: 'Credit line (photographer, licence)' },
  links: { de: 'Weitere Links', en: 'Further links' },
  'links[].label': { de: 'Text des Links', en: 'Text of the link' },
  'links[].url': { de: 'Adresse des Links (https://…)', en: 'Address of the link (https://…)' },
  description: { de: 'Einige Sätze auf Deutsch (de) und Englisch (en)' },
  'description.de': { de: 'Deutscher Text', en: 'German text' },
  'description.en': { de: 'Englischer Text (optional)', en: 'English text (optional)' },

  // Practices
  'practices:problem': {
    de: 'Ausgangslage: was fehlte oder nicht funktionierte, und für wen (einige Sätze)',
    en: 'The starting problem: what was wrong or missing, for whom (a few sentences)',
  },
  'practices:solution': {
    de: 'Lösung: was gebaut oder geändert wurde, und wie (einige Sätze)',
    en: 'The solution: what was built or changed, and how (a few sentences)',
  },
  'practices:results': { de: 'Messbare Ergebnisse: Zusammenfassung und Kennzahlen' },
  'practices:results.summary': {
    de: 'Was sich geändert hat, in wenigen Sätzen',
    en: 'What changed, in a few sentences',
  },
  'practices:results.figures': {
    de: 'Kennzahlen, z. B. - { value: "−40 %", label: "Bearbeitungszeit" }',
    en: 'Key figures, e.g. - { value: "−40 %", label: "processing time" }',
  },
  'practices:results.figures[].value': { de: 'Wert, z. B. "−40 %"', en: 'Value, e.g. "−40 %"' },
  'practices:results.figures[].label': { de: 'Wofür der Wert steht', en: 'What the value measures' },
  'practices:status': {
    de: 'Stand: idea (Idee), pilot (Pilotphase), operation (Regelbetrieb), ended (beendet)',
    en: 'Status: idea, pilot, operation, ended',
  },
  'practices:afterFunding': { de: 'Was nach Ende der Förderung geschah (oder geschehen soll)' },
  'practices:startYear': { de: 'Jahr, in dem die Arbeit begann (vierstellig)' },
  'practices:endYear': { de: 'Jahr, in dem sie endete, falls ja', en: 'Year it ended, if it did' },
  'practices:costs': { de: 'Kosten in Euro, soweit bekannt' },
  'practices:costs.oneOff': {
    de: 'Einmalige Kosten in Euro (nur die Zahl)',
    en: 'One-off costs in euros (number only)',
  },
  'practices:costs.yearly': { de: 'Laufende Kosten pro Jahr in Euro', en: 'Yearly running costs in euros' },
  'practices:costs.note': { de: 'Was die Zahlen umfassen', en: 'What the figures include' },
  'practices:funding': { de: 'Förderprogramme', en: 'Funding programmes' },
  'practices:funding[].programme': { de: 'Name des Programms', en: 'Name of the programme' },
  'practices:funding[].funder': { de: 'Wer fördert', en: 'Who funds it' },
  'practices:funding[].amount': { de: 'Fördersumme in Euro', en: 'Amount in euros' },
  partners: { de: 'Partner: Firmen, Hochschulen, Verbände', en: 'Partners: firms, universities, associations' },
  'partners[].name': { de: 'Name', en: 'Name' },
  'partners[].role': { de: 'Rolle im Vorhaben', en: 'Role in the work' },
  'partners[].url': { de: 'Website (https://…)', en: 'Web site (https://…)' },
  'practices:municipalities': {
    de: 'Beteiligte Gemeinden und Städte, mit Namen',
    en: 'Municipalities involved, by name',
  },
  'practices:districts': {
    de: 'Beteiligte Kreise: Kreisschlüssel (AGS) in Anführungszeichen, mindestens einer, z. B. ["06435"]',
    en: 'Districts involved: official keys (AGS) in quotes, at least one, e.g. ["06435"]',
  },
  'practices:fields': {
    de: 'Handlungsfelder, das erste ist das wichtigste (mindestens eins)',
    en: 'Fields of action, the first is the main one (at least one)',
  },
  'practices:contact': { de: 'Ansprechperson: eine Person (Kennung) oder Name, Rolle und Kontaktwege' },
  'contact.person': { de: 'Kennung einer Person aus people/', en: 'id of a person in people/' },
  'contact.name': { de: 'Name (Person oder Stelle)', en: 'Name (person or office)' },
  'contact.role': { de: 'Funktion', en: 'Role or office' },
  'contact.organisation': { de: 'Organisation', en: 'Organisation' },
  'contact.email': {
    de: 'E-Mail-Adresse (wird nie im Klartext gezeigt)',
    en: 'E-mail address (never shown as plain text)',
  },
  'contact.phone': { de: 'Telefonnummer', en: 'Telephone number' },
  'contact.url': { de: 'Webseite (https://…)', en: 'Web page (https://…)' },
  'practices:software': { de: 'Bei Software: Lizenz und Quellcode', en: 'For software: licence and source code' },
  'practices:software.licence': {
    de: 'Lizenz, am besten als SPDX-Kürzel wie EUPL-1.2',
    en: 'Licence, ideally SPDX such as EUPL-1.2',
  },
  'practices:software.sourceUrl': {
    de: 'Adresse des Quellcodes (https://…)',
    en: 'Address of the source code (https://…)',
  },
  'practices:lessons': {
    de: 'Was nicht funktioniert hat und was andere anders machen sollten',
    en: 'What did not work, and what others should do differently',
  },
  'practices:lastChecked': {
    de: 'Wann die Redaktion zuletzt geprüft hat, dass der Eintrag noch stimmt (JJJJ-MM-TT)',
    en: 'When an editor last checked that the entry is still true (YYYY-MM-DD)',
  },
  featured: { de: 'true = auf der Startseite hervorheben', en: 'true = feature on the home page' },

  // Projects
  'projects:shortTitle': { de: 'Kurzname, z. B. ein Akronym', en: 'Short name, e.g. an acronym' },
  'projects:kind': {
    de: 'Art: research (Forschung), transfer, model-project (Modellvorhaben), network (Netzwerk)',
    en: 'Kind: research, transfer, model-project, network',
  },
  'projects:lead': { de: 'Leitung: Institution und (optional) Person', en: 'Lead: institution and (optional) person' },
  'projects:lead.institution': { de: 'Institution, die das Projekt leitet', en: 'Institution that leads the project' },
  'projects:lead.person': { de: 'Projektleitung: Kennung einer Person', en: 'Lead person: id of a person' },
  'projects:funding': { de: 'Wer fördert', en: 'Who funds it' },
  'projects:funding[].funder': { de: 'Fördergeber', en: 'Funder' },
  'projects:funding[].programme': { de: 'Förderprogramm', en: 'Programme' },
  'projects:people': { de: 'Beteiligte Personen und ihre Rollen', en: 'People and their roles in the project' },
  'projects:people[].person': { de: 'Kennung der Person', en: 'id of the person' },
  'projects:people[].role': { de: 'Rolle im Projekt', en: 'Role in the project' },
  'projects:phases': { de: 'Projektphasen mit Daten und Kreisen', en: 'Phases with dates and districts' },
  'projects:phases[].name': { de: 'Name der Phase oder des Teilprojekts', en: 'Name of the phase or sub-project' },
  'projects:phases[].start': { de: 'Erster Tag (JJJJ-MM-TT)', en: 'First day (YYYY-MM-DD)' },
  'projects:phases[].end': { de: 'Letzter Tag (JJJJ-MM-TT)', en: 'Last day (YYYY-MM-DD)' },
  'projects:phases[].districts': { de: 'Kreise der Phase (AGS)', en: 'Districts of the phase (AGS)' },
  'projects:phases[].partner': { de: 'Partner, der die Phase durchführt', en: 'Partner that carries out the phase' },
  'projects:phases[].description': { de: 'Was die Phase tut', en: 'What the phase does' },

  // Dialogues
  'dialogues:date': { de: 'Erster Tag (JJJJ-MM-TT)', en: 'First day (YYYY-MM-DD)' },
  'dialogues:endDate': { de: 'Letzter Tag bei mehrtägigen Terminen', en: 'Last day, for events over several days' },
  'dialogues:place': {
    de: 'Ort; bei Online-Terminen online: true',
    en: 'Where it takes place; online: true for online events',
  },
  'dialogues:place.name': { de: 'Name des Orts', en: 'Name of the place' },
  'dialogues:place.address': { de: 'Adresse', en: 'Address' },
  'dialogues:place.online': { de: 'true bei Online-Terminen', en: 'true for online events' },
  'dialogues:format': {
    de: 'Format: workshop, forum, conference, webinar, site-visit (Besuch vor Ort), barcamp',
    en: 'Format: workshop, forum, conference, webinar, site-visit, barcamp',
  },
  'dialogues:organisations': { de: 'Beteiligte Organisationen', en: 'Organisations taking part' },
  'dialogues:outcomes': { de: 'Was dabei herauskam', en: 'What came out of it' },
  'dialogues:documentation': {
    de: 'Dokumentation: Protokolle, Folien, Aufzeichnungen',
    en: 'Documentation: minutes, slides, recordings',
  },
  'dialogues:documentation[].label': { de: 'Text des Links', en: 'Text of the link' },
  'dialogues:documentation[].url': { de: 'Adresse (https://…)', en: 'Address (https://…)' },
  'dialogues:project': { de: 'Projekt, das den Termin ausrichtet (Kennung)', en: 'Project that organises it (id)' },

  // Reports
  'reports:title': { de: 'Titel in der Sprache des Dokuments', en: 'Title in the language of the document' },
  'reports:subtitle': { de: 'Untertitel', en: 'Subtitle' },
  'reports:titleEn': {
    de: 'Englischer Titel, wenn der Titel deutsch ist',
    en: "Title in English, if the document's title is German",
  },
  'reports:kind': {
    de: 'Art: district-report (Kreisbericht), final-report (Abschlussbericht), study (Studie), working-paper',
    en: 'Kind: district-report, final-report, study, working-paper',
  },
  'reports:authors': {
    de: 'Autorinnen und Autoren mit Personeneintrag (Kennungen)',
    en: 'Authors with person entries (ids)',
  },
  'reports:authorNames': {
    de: 'Autorinnen und Autoren ohne Personeneintrag, wie gedruckt',
    en: 'Authors without person entries, as printed',
  },
  'reports:publisher': { de: 'Herausgeber', en: 'Publisher or issuing organisation' },
  'reports:year': { de: 'Erscheinungsjahr', en: 'Year of publication' },
  'reports:documentLang': {
    de: 'Sprache des Dokuments selbst: de oder en',
    en: 'Language of the document itself: de or en',
  },
  'reports:keywords': { de: 'Schlagwörter auf Deutsch und Englisch', en: 'Keywords in German and English' },
  'reports:keywords.de': { de: 'Deutsche Schlagwörter', en: 'German keywords' },
  'reports:keywords.en': { de: 'Englische Schlagwörter', en: 'English keywords' },
  'reports:abstract': {
    de: 'Zusammenfassung auf Deutsch (de) und Englisch (en)',
    en: 'Abstract in German (de) and English (en)',
  },
  'reports:abstract.de': { de: 'Deutsche Zusammenfassung', en: 'German abstract' },
  'reports:abstract.en': { de: 'Englische Zusammenfassung', en: 'English abstract' },
  'reports:url': { de: 'Adresse des Berichts im Web', en: 'Address of the report on the web' },
  'reports:pdf': { de: 'Adresse des PDFs', en: 'Address of the PDF' },
  'reports:doi': { de: 'DOI, z. B. 10.1234/abcd', en: 'DOI, e.g. 10.1234/abcd' },
  'reports:urn': { de: 'URN, z. B. urn:nbn:de:…', en: 'URN, e.g. urn:nbn:de:…' },
  'reports:districts': { de: 'Kreise, um die es geht (AGS)', en: 'Districts the report is about (AGS)' },
  'reports:project': { de: 'Projekt, aus dem der Bericht stammt (Kennung)', en: 'Project the report comes from (id)' },
  'reports:publishedAt': {
    de: 'Datum, an dem der Bericht in den Hub kam (JJJJ-MM-TT)',
    en: 'Date the entry was added to the hub (YYYY-MM-DD)',
  },

  // Districts
  'districts:ags': { de: 'Amtlicher Kreisschlüssel (AGS), fünf Ziffern in Anführungszeichen' },
  'districts:coordinates': { de: 'Lage des Kreissitzes für die Karte' },
  'districts:coordinates.lat': { de: 'Breitengrad, z. B. 50.203', en: 'Latitude, e.g. 50.203' },
  'districts:coordinates.lon': { de: 'Längengrad, z. B. 9.188', en: 'Longitude, e.g. 9.188' },
  'districts:website': { de: 'Website des Kreises (https://…)', en: "The district's own web site (https://…)" },

  // People
  'people:name': { de: 'Voller Name ohne akademischen Titel' },
  'people:honorific': { de: 'Akademischer Titel, z. B. Prof. Dr.' },
  'people:role': { de: 'Funktion auf Deutsch (de) und Englisch (en)', en: 'Role in German (de) and English (en)' },
  'people:role.de': { de: 'Funktion auf Deutsch', en: 'Role in German' },
  'people:role.en': { de: 'Funktion auf Englisch', en: 'Role in English' },
  'people:affiliation': { de: 'Institution' },
  'people:unit': { de: 'Einheit innerhalb der Institution', en: 'Unit within the institution' },
  'people:email': {
    de: 'E-Mail-Adresse (wird nie im Klartext veröffentlicht)',
    en: 'E-mail address (never published as plain text)',
  },
  'people:phone': { de: 'Telefonnummer', en: 'Telephone number' },
  'people:address': { de: 'Postanschrift des Büros', en: 'Postal address of the office' },
  'people:url': { de: 'Persönliche oder institutionelle Webseite', en: 'Personal or institutional web page' },
  'people:bio': {
    de: 'Einige Sätze zur Person, Deutsch (de) und Englisch (en)',
    en: 'A few sentences about the person (de, en)',
  },
  'people:bio.de': { de: 'Deutscher Text', en: 'German text' },
  'people:bio.en': { de: 'Englischer Text', en: 'English text' },
  'people:isTeam': {
    de: 'true für ein Team oder eine Redaktion statt einer Person',
    en: 'true for a team rather than a single person',
  },

  // Topics
  'topics:label': {
    de: 'Bezeichnung auf Deutsch (de) und Englisch (en), beide Pflicht',
    en: 'Label in German (de) and English (en), both required',
  },
  'topics:label.de': { de: 'Deutsche Bezeichnung', en: 'German label' },
  'topics:label.en': { de: 'Englische Bezeichnung', en: 'English label' },
  'topics:description': { de: 'Was das Thema umfasst' },
  'topics:keywords': { de: 'Weitere Suchwörter (Synonyme, Wortteile)' },
};

/** Turn a data path such as ['sources', 0, 'url'] into a hint key: 'sources[].url'. */
export function hintKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const p of path) key += typeof p === 'number' ? '[]' : key === '' ? p : `.${p}`;
  return key;
}

/**
 * The hint for a field, in a language. In English the schema's description comes first (templates
 * stay in step with the schema); `preferHint` puts the fuller hint first, for "is missing" messages,
 * where a terse description such as "Starting problem" says too little.
 */
export function hintFor(
  collection: CollectionName,
  path: readonly (string | number)[],
  lang: Lang,
  description?: string,
  preferHint = false,
): string | undefined {
  const key = hintKey(path);
  const hint = HINTS[`${collection}:${key}`] ?? HINTS[key];
  if (lang === 'de') return hint?.de;
  return preferHint ? (hint?.en ?? description) : (description ?? hint?.en);
}

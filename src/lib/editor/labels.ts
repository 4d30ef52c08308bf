/**
 * Short field labels for the browser editor, in German and English. The help text under each field is the
 * field's hint (src/lib/contentCheck/hints.ts, the same words `npm run check` and `npm run new` use); a label
 * is the first words of that hint ("Titel des Eintrags", "Entwurf") unless the hint opens with a whole
 * sentence, where this table gives a short name. Keys as in hints.ts: `collection:path` wins over `path`,
 * list items as `[]`.
 */
import type { Lang } from '../../config/languages.ts';

export const LABELS: Record<string, Record<Lang, string>> = {
  title: { de: 'Titel', en: 'Title' },
  translation: { de: 'Übersetzung', en: 'Translation' },
  machineTranslated: { de: 'Maschinell übersetzt', en: 'Machine-translated' },
  draft: { de: 'Entwurf', en: 'Draft' },
  publishedAt: { de: 'Veröffentlicht am', en: 'Published on' },
  updatedAt: { de: 'Überarbeitet am', en: 'Updated on' },
  teaser: { de: 'Anreißer', en: 'Teaser' },
  sources: { de: 'Quellen', en: 'Sources' },
  authors: { de: 'Autorinnen und Autoren', en: 'Authors' },
  topics: { de: 'Themen', en: 'Topics' },
  districts: { de: 'Kreise', en: 'Districts' },
  projects: { de: 'Projekte', en: 'Projects' },
  heroImage: { de: 'Titelbild', en: 'Cover image' },
  'heroImage.src': { de: 'Bilddatei', en: 'Image file' },
  // Decap marks it "(optional)" (it cannot require a field only when the image is there); the label says when.
  'heroImage.alt': {
    de: 'Alternativtext – Pflicht, sobald ein Bild gewählt ist',
    en: 'Alternative text – required with an image',
  },
  'heroImage.credit': { de: 'Bildnachweis', en: 'Credit' },
  links: { de: 'Weitere Links', en: 'Further links' },
  description: { de: 'Beschreibung', en: 'Description' },
  featured: { de: 'Auf der Startseite', en: 'Featured' },
  contact: { de: 'Ansprechperson', en: 'Contact' },
  'contact.person': { de: 'Person', en: 'Person' },
  'practices:problem': { de: 'Ausgangslage', en: 'Starting problem' },
  'practices:solution': { de: 'Lösung', en: 'Solution' },
  'practices:results': { de: 'Ergebnisse', en: 'Results' },
  'practices:results.summary': { de: 'Zusammenfassung', en: 'Summary' },
  'practices:results.figures': { de: 'Kennzahlen', en: 'Key figures' },
  'practices:status': { de: 'Stand', en: 'Status' },
  'practices:afterFunding': { de: 'Nach der Förderung', en: 'After the funding' },
  'practices:startYear': { de: 'Beginn (Jahr)', en: 'Start year' },
  'practices:endYear': { de: 'Ende (Jahr)', en: 'End year' },
  'practices:costs': { de: 'Kosten', en: 'Costs' },
  'practices:costs.oneOff': { de: 'Einmalige Kosten (Euro)', en: 'One-off costs (euros)' },
  'practices:costs.yearly': { de: 'Laufende Kosten pro Jahr (Euro)', en: 'Yearly costs (euros)' },
  'practices:funding[].amount': { de: 'Fördersumme (Euro)', en: 'Amount (euros)' },
  'practices:municipalities': { de: 'Gemeinden und Städte', en: 'Municipalities' },
  'practices:fields': { de: 'Handlungsfelder', en: 'Fields of action' },
  'practices:software': { de: 'Software', en: 'Software' },
  'practices:lessons': { de: 'Was nicht funktioniert hat', en: 'What did not work' },
  'practices:lastChecked': { de: 'Zuletzt geprüft am', en: 'Last checked on' },
  'projects:lead': { de: 'Leitung', en: 'Lead' },
  'projects:people': { de: 'Beteiligte Personen', en: 'People' },
  'projects:phases': { de: 'Phasen', en: 'Phases' },
  'dialogues:date': { de: 'Datum', en: 'Date' },
  'dialogues:endDate': { de: 'Letzter Tag', en: 'Last day' },
  'dialogues:place': { de: 'Ort', en: 'Place' },
  'dialogues:place.online': { de: 'Online', en: 'Online' },
  'dialogues:outcomes': { de: 'Ergebnisse', en: 'Outcomes' },
  'dialogues:documentation': { de: 'Dokumentation', en: 'Documentation' },
  'reports:titleEn': { de: 'Englischer Titel', en: 'English title' },
  'reports:authorNames': { de: 'Weitere Autorinnen und Autoren', en: 'Other authors' },
  'reports:year': { de: 'Erscheinungsjahr', en: 'Year' },
  'reports:documentLang': { de: 'Sprache des Dokuments', en: 'Language of the document' },
  'reports:abstract': { de: 'Zusammenfassung', en: 'Abstract' },
  'reports:publishedAt': { de: 'Im Hub seit', en: 'In the hub since' },
  'districts:ags': { de: 'Kreis', en: 'District' },
  'districts:coordinates': { de: 'Lage des Kreissitzes', en: 'Position of the district seat' },
  'districts:website': { de: 'Website', en: 'Web site' },
  'people:role': { de: 'Funktion', en: 'Role' },
  'people:bio': { de: 'Über die Person', en: 'About' },
  'people:isTeam': { de: 'Team statt Person', en: 'Team' },
  'topics:label': { de: 'Bezeichnung', en: 'Label' },
  'topics:keywords': { de: 'Suchwörter', en: 'Search words' },
  body: { de: 'Text', en: 'Text' },
};

/** The first words of a hint, up to a colon, bracket, comma or semicolon: "Name (Person oder Stelle)" → "Name". */
export function labelFromHint(hint: string): string {
  const head = hint.split(/[:(,;]| – | z\. B\.| e\.g\./u)[0]!.trim();
  return head.length > 0 ? head : hint;
}

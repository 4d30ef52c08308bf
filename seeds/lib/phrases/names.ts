/** Names, organisations and programmes the generator combines. Invented people; real programme names. */
import type { Bi } from './types.ts';

export const FIRST_NAMES = [
  'Anna',
  'Jürgen',
  'Özlem',
  'Björn',
  'Käthe',
  'Sönke',
  'Mareike',
  'Jörg',
  'Gül',
  'Lena',
  'Matthias',
  'Friederike',
  'Hendrik',
  'Lotte',
  'Maximilian',
  'Sabine',
  'Tobias',
  'Jana',
  'Uwe',
  'Franziska',
  'Malte',
  'Ilka',
  'Cem',
  'Ute',
  'Henning',
  'Merle',
  'Dragan',
  'Rüdiger',
  'Marlene',
  'Kai',
  'Agnieszka',
  'Torsten',
  'Ingrid',
  'Pascal',
  'Hülya',
  'Benedikt',
  'Wiebke',
  'Grzegorz',
  'Annegret',
  'Till',
] as const;

export const LAST_NAMES = [
  'Müller',
  'Schäfer',
  'Köhler',
  'Groß',
  'Weiß',
  'Krüger',
  'Böhm',
  'Jäger',
  'Günther',
  'Strauß',
  'Voß',
  'Koç',
  'Nowak',
  'Schröder',
  'Hübner',
  'Möller',
  'Fuchs',
  'Wagner',
  'Brandt',
  'Lorenz',
  'Yılmaz',
  'Haußmann',
  'Dörr',
  'Kühn',
  'Seidel',
  'Petersen',
  'Öztürk',
  'Winkler',
  'Thießen',
  'Bäcker',
  'Lange',
  'Jansen',
  'Rößler',
  'Hahn',
  'Kowalski',
  'Marquardt',
  'Büttner',
  'Albrecht',
  'Sommer',
  'Fröhlich',
] as const;

export const HONORIFICS = ['Dr.', 'Prof. Dr.', 'Dr.-Ing.'] as const;

/** Roles of people working in district administrations. */
export const ADMIN_ROLES: readonly Bi[] = [
  { de: 'Leitung der Stabsstelle Digitalisierung', en: 'Head of the digitalisation unit' },
  { de: 'Chief Digital Officer der Kreisverwaltung', en: 'Chief digital officer of the district administration' },
  { de: 'Leitung des Sozialamts', en: 'Head of the social welfare office' },
  { de: 'Projektleitung Smart Region', en: 'Project lead, smart region' },
  { de: 'Referentin bzw. Referent für E-Government', en: 'E-government officer' },
  { de: 'Leitung des Fachdienstes IT und Organisation', en: 'Head of IT and organisation' },
  { de: 'Koordination Ehrenamt und Beteiligung', en: 'Coordinator for volunteering and participation' },
  { de: 'Informationssicherheitsbeauftragte bzw. -beauftragter', en: 'Information security officer' },
];

/** Roles of researchers and consultants. */
export const RESEARCH_ROLES: readonly Bi[] = [
  { de: 'Wissenschaftliche Mitarbeiterin bzw. wissenschaftlicher Mitarbeiter', en: 'Research associate' },
  { de: 'Professur für Verwaltungswissenschaft', en: 'Professor of public administration' },
  { de: 'Projektleitung der wissenschaftlichen Begleitung', en: 'Lead of the accompanying research' },
  { de: 'Beraterin bzw. Berater für kommunale Digitalisierung', en: 'Consultant on municipal digitalisation' },
];

export const UNIVERSITIES = [
  'Universität Kassel',
  'Helmut-Schmidt-Universität Hamburg',
  'Deutsche Universität für Verwaltungswissenschaften Speyer',
  'Universität Potsdam',
  'Hochschule Harz',
  'Hochschule für öffentliche Verwaltung Kehl',
  'Technische Universität Dresden',
  'Universität Hildesheim',
  'Hochschule Meißen',
  'Universität Greifswald',
] as const;

export const UNITS = [
  'Fachgebiet Verwaltungswissenschaft',
  'Institut für Digitale Transformation',
  'Lehrstuhl für Public Management',
  'Forschungsstelle Ländlicher Raum',
] as const;

/**
 * Partners of practices and projects: invented firms and associations, generic enough not to name real ones.
 * `themes` ties a specialised partner to the practice themes it fits; partners without it fit any.
 */
export const PARTNERS: readonly { name: string; role: Bi; themes?: readonly string[] }[] = [
  { name: 'Kommunale Datenzentrale Süd', role: { de: 'Betrieb und Hosting', en: 'Operation and hosting' } },
  { name: 'Zweckverband Digitale Verwaltung', role: { de: 'Betrieb der Plattform', en: 'Runs the platform' } },
  { name: 'Datenwerk Nordost GmbH', role: { de: 'Softwareentwicklung', en: 'Software development' } },
  { name: 'Landwerk Digital eG', role: { de: 'Beratung und Schulung', en: 'Advice and training' } },
  { name: 'Institut für Kommunalberatung', role: { de: 'Prozessberatung', en: 'Process consulting' } },
  {
    name: 'Verein Digitale Dörfer e. V.',
    role: { de: 'Begleitung der Ehrenamtlichen', en: 'Supports the volunteers' },
    themes: ['dorf-app', 'ehrenamt'],
  },
  {
    name: 'Mobilwerk Land GmbH',
    role: { de: 'Fahrbetrieb und Disposition', en: 'Operation and dispatching' },
    themes: ['rufbus', 'gaestekarte'],
  },
  {
    name: 'Medienzentrum Mittelland',
    role: { de: 'Technischer Support', en: 'Technical support' },
    themes: ['schul-it'],
  },
  {
    name: 'Gesundheitsnetz Landpraxis e. V.',
    role: { de: 'Medizinische Koordination', en: 'Medical coordination' },
    themes: ['telemedizin'],
  },
  { name: 'Energieagentur Nord', role: { de: 'Energieberatung', en: 'Energy advice' }, themes: ['energiemonitoring'] },
  {
    name: 'Freiwilligenagentur Hand in Hand',
    role: { de: 'Vermittlung von Engagierten', en: 'Matches volunteers' },
    themes: ['ehrenamt'],
  },
  {
    name: 'Tourismusverband Grünes Land',
    role: { de: 'Partnerbetriebe und Vermarktung', en: 'Partner businesses and marketing' },
    themes: ['gaestekarte', 'coworking'],
  },
  {
    name: 'CERT Kommunal Mitte',
    role: { de: 'Notfallübungen und Beratung', en: 'Emergency drills and advice' },
    themes: ['informationssicherheit'],
  },
];

/** Funding programmes with their funders (real programme names, invented amounts); `research` ones fund research only. */
export const FUNDING: readonly { programme: string; funder: string; research?: boolean }[] = [
  { programme: 'Modellvorhaben Smarte.Land.Regionen', funder: 'Bundesministerium für Ernährung und Landwirtschaft' },
  { programme: 'Modellprojekte Smart Cities', funder: 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen' },
  { programme: 'LEADER', funder: 'Europäische Union (ELER) und Land' },
  { programme: 'Europäischer Fonds für regionale Entwicklung (EFRE)', funder: 'Europäische Union und Land' },
  { programme: 'Bundesprogramm Ländliche Entwicklung und Regionale Wertschöpfung (BULEplus)', funder: 'Bund' },
  { programme: 'Digitalisierungsförderung des Landes', funder: 'Land' },
  {
    programme: 'dtec.bw',
    funder: 'Zentrum für Digitalisierungs- und Technologieforschung der Bundeswehr',
    research: true,
  },
  { programme: 'Sachbeihilfe', funder: 'Deutsche Forschungsgemeinschaft (DFG)', research: true },
];

/** Funding that fits practical work (not research grants). */
export const PRACTICE_FUNDING = FUNDING.filter((f) => !f.research);

/** A partner that fits the theme first, then general ones. */
export function partnersFor(themeKey: string): { specific: typeof PARTNERS; general: typeof PARTNERS } {
  return {
    specific: PARTNERS.filter((p) => p.themes?.includes(themeKey)),
    general: PARTNERS.filter((p) => !p.themes),
  };
}

export const LICENCES = ['EUPL-1.2', 'MIT', 'AGPL-3.0-or-later', 'Apache-2.0', 'GPL-3.0-or-later'] as const;

/** Parts of invented municipality names: "Ober" + "bach" = "Oberbach". */
export const PLACE_PREFIXES = [
  'Alt',
  'Neu',
  'Ober',
  'Unter',
  'Groß',
  'Klein',
  'Hohen',
  'Nieder',
  'Wald',
  'Berg',
  'Kirch',
  'Mühl',
  'Rosen',
  'Linden',
  'Buchen',
  'Eichen',
  'Süd',
  'Nord',
  'Weiß',
  'Schön',
  'Fürsten',
  'Hagen',
] as const;
export const PLACE_SUFFIXES = [
  'bach',
  'dorf',
  'feld',
  'hausen',
  'heim',
  'stedt',
  'rode',
  'berg',
  'au',
  'weiler',
  'ingen',
  'burg',
  'brück',
  'münde',
  'thal',
  'walde',
] as const;

/** Project names (invented) and what they are about. */
export const PROJECT_NAMES = [
  'DigiLand',
  'KreisWerk',
  'Dorf.Digital',
  'LandKern',
  'SmartKreis',
  'Region.Vernetzt',
  'GemeinsamDigital',
  'KommunalLabor',
  'Daseinsvorsorge 4.0',
  'DatenDorf',
  'LandLeben digital',
  'Zukunftskreis',
] as const;

export const PROJECT_SUBJECTS: readonly { title: Bi; topics: string[] }[] = [
  {
    title: { de: 'Digitale Daseinsvorsorge {inState}', en: 'Digital public services {inState}' },
    topics: ['daseinsvorsorge', 'laendlicher-raum'],
  },
  {
    title: { de: 'Kompetenzen für die digitale Kreisverwaltung', en: 'Skills for the digital district administration' },
    topics: ['kompetenzaufbau', 'digitalstrategie'],
  },
  {
    title: { de: 'Gemeinsame Plattformen für kleine Gemeinden', en: 'Shared platforms for small municipalities' },
    topics: ['digitale-plattformen', 'interkommunale-zusammenarbeit'],
  },
  {
    title: { de: 'OZG-Umsetzung im Verbund', en: 'Implementing the OZG together' },
    topics: ['ozg-onlinezugang', 'interkommunale-zusammenarbeit'],
  },
  {
    title: { de: 'Künstliche Intelligenz im Landratsamt', en: 'Artificial intelligence in the district office' },
    topics: ['kuenstliche-intelligenz', 'kompetenzaufbau'],
  },
  {
    title: { de: 'Beteiligung im digitalen Dorf', en: 'Participation in the digital village' },
    topics: ['beteiligung', 'laendlicher-raum'],
  },
  {
    title: { de: 'Offene Daten für die Region', en: 'Open data for the region' },
    topics: ['offene-daten', 'digitale-plattformen'],
  },
  {
    title: { de: 'Sozial und digital', en: 'Social and digital' },
    topics: ['sozialverwaltung', 'daseinsvorsorge'],
  },
];

export const PROJECT_PHASES: readonly { name: Bi; description: Bi }[] = [
  {
    name: { de: 'Bestandsaufnahme', en: 'Inventory' },
    description: {
      de: 'Interviews in den Verwaltungen und eine Umfrage unter den Gemeinden zeigen, wo die Digitalisierung steht.',
      en: 'Interviews in the administrations and a survey of the municipalities show where digitalisation stands.',
    },
  },
  {
    name: { de: 'Strategieentwicklung', en: 'Strategy development' },
    description: {
      de: 'In Werkstätten entwickeln Verwaltung, Politik und Zivilgesellschaft gemeinsame Ziele und Prioritäten.',
      en: 'In workshops, the administration, politicians and civil society develop shared goals and priorities.',
    },
  },
  {
    name: { de: 'Erprobung in den Modellkreisen', en: 'Trials in the model districts' },
    description: {
      de: 'Die Modellkreise setzen ausgewählte Vorhaben um und dokumentieren, was funktioniert und was nicht.',
      en: 'The model districts carry out selected projects and document what works and what does not.',
    },
  },
  {
    name: { de: 'Verstetigung und Transfer', en: 'Consolidation and transfer' },
    description: {
      de: 'Die Ergebnisse werden aufbereitet, damit andere Kreise sie nachnutzen können.',
      en: 'The results are prepared so that other districts can reuse them.',
    },
  },
];

export const PROJECT_ROLES: readonly Bi[] = [
  { de: 'Projektleitung', en: 'Project lead' },
  { de: 'Wissenschaftliche Begleitung', en: 'Accompanying research' },
  { de: 'Koordination in den Kreisen', en: 'Coordination in the districts' },
  { de: 'Öffentlichkeitsarbeit', en: 'Communication' },
];

export const PROJECT_LINK_LABELS: readonly Bi[] = [
  { de: 'Projektseite', en: 'Project page' },
  { de: 'Zwischenbericht (PDF)', en: 'Interim report (PDF)' },
  { de: 'Pressemitteilung zum Start', en: 'Press release on the launch' },
];

/** Venues of dialogues. */
export const VENUES: readonly Bi[] = [
  { de: 'Kreishaus', en: 'District hall' },
  { de: 'Bürgerhaus', en: 'Community centre' },
  { de: 'Kulturscheune', en: 'Culture barn' },
  { de: 'Technologiezentrum', en: 'Technology centre' },
  { de: 'Volkshochschule', en: 'Adult education centre' },
];

export const STREETS = [
  'Hauptstraße',
  'Schloßplatz',
  'Am Markt',
  'Bahnhofstraße',
  'Lindenallee',
  'Mühlenweg',
  'Kirchgasse',
] as const;

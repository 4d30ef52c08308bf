/**
 * What a generated good-practice entry is about. Each theme carries the sentences for the
 * template fields in German and English, so a translation says the same as the original.
 *
 * Slots: {Actor}/{actor} who did it ("Der Landkreis Görlitz"), {In}/{in} where ("im Landkreis Görlitz"),
 * {Admin}/{admin} the administration ("die Kreisverwaltung"), {muni} a municipality, {start} the start year,
 * {partner} the main partner, {inState}/{InState} the state with its preposition; in results {a} and {b} are the first two key figures.
 */
import type { FieldKey } from '../../../src/config/fields.ts';
import type { Bi } from './types.ts';

export interface FigureSpec {
  label: Bi;
  /** down: a fall in per cent; share: a share in per cent; int: a count. */
  kind: 'down' | 'share' | 'int';
  min: number;
  max: number;
  /** Unit after a count, e.g. "Min." / "min". */
  unit?: Bi;
}

export interface Theme {
  key: string;
  titles: Bi[];
  fields: FieldKey[];
  topics: string[];
  problem: Bi[];
  solution: Bi[];
  results: Bi[];
  figures: FigureSpec[];
  lessons: Bi[];
  /** Software that others could reuse (licence and source address are added for some entries). */
  software: boolean;
  /** Only plausible in rural districts (villages, long distances), not in cities. */
  rural?: boolean;
}

export const THEMES: readonly Theme[] = [
  {
    key: 'bauantrag',
    titles: [
      { de: 'Der digitale Bauantrag', en: 'The digital building permit' },
      { de: 'Bauanträge ohne Papier', en: 'Building applications without paper' },
    ],
    fields: ['verwaltung', 'wirtschaft'],
    topics: ['ozg-onlinezugang', 'digitale-plattformen'],
    problem: [
      {
        de: 'Bis {start} reichten Bauherrinnen und Bauherren {in} ihre Anträge in fünffacher Ausfertigung auf Papier ein.',
        en: 'Until {start}, builders {in} submitted their applications on paper, in five copies.',
      },
      {
        de: 'Jede Stellungnahme der Fachämter lief per Hauspost, und ein einfacher Antrag lag oft wochenlang unterwegs.',
        en: 'Every statement from the specialist departments went by internal mail, and a simple application was often in transit for weeks.',
      },
      {
        de: 'Architekturbüros klagten, dass niemand im Bauamt sagen konnte, wo ihr Antrag gerade liegt.',
        en: 'Architects complained that nobody at the building authority could say where their application was.',
      },
    ],
    solution: [
      {
        de: '{Actor} führte den digitalen Bauantrag über das Serviceportal des Landes ein und verband ihn mit der eigenen Fachsoftware.',
        en: '{Actor} introduced the digital building application through the state service portal and linked it to its own case software.',
      },
      {
        de: 'Die Fachämter geben ihre Stellungnahmen jetzt parallel in einem gemeinsamen Beteiligungsraum ab.',
        en: 'The specialist departments now give their statements in parallel in a shared participation space.',
      },
      {
        de: 'Gemeinsam mit {partner} wurden die Abläufe vorher auf Papier neu geordnet, erst dann folgte die Technik.',
        en: 'Together with {partner}, the processes were first reorganised on paper; only then came the technology.',
      },
    ],
    results: [
      {
        de: 'Die durchschnittliche Bearbeitungszeit sank um {a}, und {b} der Anträge kommen inzwischen digital an.',
        en: 'The average processing time fell by {a}, and {b} of applications now arrive digitally.',
      },
      {
        de: 'Rückfragen an Architekturbüros lassen sich nun im Portal klären, statt Unterlagen per Post nachzufordern.',
        en: 'Questions to architects can now be settled in the portal instead of requesting documents by post.',
      },
    ],
    figures: [
      {
        label: { de: 'Bearbeitungszeit je Bauantrag', en: 'processing time per building application' },
        kind: 'down',
        min: 18,
        max: 55,
      },
      {
        label: { de: 'Anteil digital eingereichter Anträge', en: 'share of applications submitted online' },
        kind: 'share',
        min: 35,
        max: 92,
      },
      {
        label: { de: 'eingesparte Papierseiten pro Jahr', en: 'pages of paper saved per year' },
        kind: 'int',
        min: 40_000,
        max: 400_000,
      },
    ],
    lessons: [
      {
        de: 'Ohne große Bildschirme für Baupläne arbeiteten viele Beschäftigte anfangs doch wieder mit Ausdrucken.',
        en: 'Without large screens for building plans, many staff at first went back to printouts.',
      },
      {
        de: 'Die Schnittstelle zur Fachsoftware kostete mehr Zeit als geplant; ein Puffer von einem halben Jahr wäre nötig gewesen.',
        en: 'The interface to the case software took longer than planned; a buffer of half a year would have been needed.',
      },
    ],
    software: false,
  },
  {
    key: 'e-akte-sozialamt',
    titles: [
      { de: 'Die E-Akte im Sozialamt', en: 'The electronic file in the social welfare office' },
      { de: 'Papierlose Sozialverwaltung', en: 'Paperless social administration' },
    ],
    fields: ['soziales', 'verwaltung'],
    topics: ['sozialverwaltung', 'ozg-onlinezugang', 'daseinsvorsorge'],
    problem: [
      {
        de: '{In} füllten die Akten des Sozialamts mehrere hundert Regalmeter, und Vertretungen fanden Unterlagen oft nicht.',
        en: '{In}, the social welfare office’s files filled several hundred metres of shelving, and stand-ins often could not find documents.',
      },
      {
        de: 'Antragstellende mussten für Wohngeld, Grundsicherung und Hilfe zur Pflege dieselben Nachweise mehrfach vorlegen.',
        en: 'Applicants had to provide the same documents several times for housing benefit, basic income support and care assistance.',
      },
      {
        de: 'Homeoffice war für die Sachbearbeitung kaum möglich, weil die Akten das Haus nicht verlassen durften.',
        en: 'Working from home was hardly possible for caseworkers because the files were not allowed to leave the building.',
      },
    ],
    solution: [
      {
        de: '{Admin} scannte den laufenden Bestand und führt seit {start} neue Fälle nur noch elektronisch.',
        en: '{Admin} scanned the current files and has kept new cases only electronically since {start}.',
      },
      {
        de: 'Eingehende Post wird zentral digitalisiert und automatisch der richtigen Akte zugeordnet.',
        en: 'Incoming post is digitised centrally and automatically assigned to the right file.',
      },
      {
        de: 'Ein Berechtigungskonzept legt fest, wer welche Teile einer Akte sehen darf; der Datenschutz war von Anfang an beteiligt.',
        en: 'An access concept sets out who may see which parts of a file; data protection was involved from the start.',
      },
    ],
    results: [
      {
        de: 'Anträge werden im Schnitt {a} schneller beschieden, und {b} Regalmeter Papierakten wurden aufgelöst.',
        en: 'Applications are decided on average {a} faster, and {b} metres of paper files have been cleared.',
      },
      {
        de: 'Vertretungen funktionieren jetzt auch über Standorte hinweg, was in der Urlaubszeit spürbar entlastet.',
        en: 'Stand-ins now work across locations too, which noticeably eases the holiday season.',
      },
    ],
    figures: [
      { label: { de: 'Dauer bis zum Bescheid', en: 'time until a decision' }, kind: 'down', min: 15, max: 45 },
      {
        label: { de: 'aufgelöste Regalmeter', en: 'metres of shelving cleared' },
        kind: 'int',
        min: 80,
        max: 900,
        unit: { de: 'm', en: 'm' },
      },
      {
        label: { de: 'Anträge online im ersten Jahr', en: 'applications online in the first year' },
        kind: 'int',
        min: 300,
        max: 6_000,
      },
    ],
    lessons: [
      {
        de: 'Das Scannen der Altakten dauerte doppelt so lange wie geschätzt; besser wäre es gewesen, nur laufende Fälle zu übernehmen.',
        en: 'Scanning the old files took twice as long as estimated; it would have been better to take over only current cases.',
      },
      {
        de: 'Der Personalrat hätte früher eingebunden werden sollen, um Sorgen vor Leistungskontrolle auszuräumen.',
        en: 'The staff council should have been involved earlier to dispel fears of performance monitoring.',
      },
    ],
    software: false,
  },
  {
    key: 'rufbus',
    rural: true,
    titles: [
      { de: 'Rufbus per App und Telefon', en: 'On-demand bus by app and phone' },
      { de: 'Mobil ohne eigenes Auto', en: 'Getting around without a car' },
    ],
    fields: ['mobilitaet', 'soziales'],
    topics: ['daseinsvorsorge', 'laendlicher-raum'],
    problem: [
      {
        de: '{In} fuhr in vielen Ortsteilen nur noch der Schulbus, am Wochenende gar nichts.',
        en: '{In}, many villages were served only by the school bus, and at weekends by nothing at all.',
      },
      {
        de: 'Ältere Menschen ohne Führerschein waren für Arztbesuche und Einkäufe auf Nachbarn angewiesen.',
        en: 'Older people without a driving licence depended on neighbours for visits to the doctor and shopping.',
      },
      {
        de: 'Große Busse fuhren abends fast leer durch die Dörfer und kosteten den Kreis trotzdem viel Geld.',
        en: 'Large buses ran almost empty through the villages in the evening and still cost the district a lot of money.',
      },
    ],
    solution: [
      {
        de: 'Seit {start} fahren Kleinbusse auf Bestellung; gebucht wird per App oder über eine Telefonnummer, die rund um die Uhr erreichbar ist.',
        en: 'Since {start}, minibuses have run on demand; rides are booked by app or through a phone number that is staffed around the clock.',
      },
      {
        de: 'Eine Software bündelt Fahrtwünsche mit ähnlichem Ziel, damit möglichst wenige Fahrzeuge möglichst viele Menschen befördern.',
        en: 'Software bundles ride requests with similar destinations so that as few vehicles as possible carry as many people as possible.',
      },
      {
        de: 'Der Rufbus hält an allen bisherigen Haltestellen und zusätzlich an virtuellen Haltepunkten in {muni}.',
        en: 'The on-demand bus stops at all former bus stops and also at virtual stops in {muni}.',
      },
    ],
    results: [
      {
        de: 'Im Monat werden rund {a} Fahrgäste befördert, die mittlere Wartezeit liegt bei {b}.',
        en: 'Around {a} passengers are carried each month, and the average waiting time is {b}.',
      },
      {
        de: 'Besonders abends und am Wochenende nutzen Jugendliche das Angebot, das es vorher nicht gab.',
        en: 'Young people in particular use the service in the evening and at weekends, when there was nothing before.',
      },
    ],
    figures: [
      { label: { de: 'Fahrgäste pro Monat', en: 'passengers per month' }, kind: 'int', min: 800, max: 14_000 },
      {
        label: { de: 'mittlere Wartezeit', en: 'average waiting time' },
        kind: 'int',
        min: 8,
        max: 35,
        unit: { de: 'Minuten', en: 'minutes' },
      },
      { label: { de: 'angebundene Ortsteile', en: 'villages served' }, kind: 'int', min: 12, max: 140 },
    ],
    lessons: [
      {
        de: 'Viele Ältere buchen lieber per Telefon; ohne die Hotline hätte das Angebot seine wichtigste Zielgruppe verfehlt.',
        en: 'Many older people prefer to book by phone; without the hotline the service would have missed its most important group.',
      },
      {
        de: 'Die Abstimmung mit dem Taxigewerbe hätte früher beginnen müssen.',
        en: 'Talks with local taxi firms should have started earlier.',
      },
    ],
    software: true,
  },
  {
    key: 'dorf-app',
    rural: true,
    titles: [
      { de: 'Eine Dorf-App für alle Gemeinden', en: 'A village app for every municipality' },
      { de: 'Digitaler Dorfplatz', en: 'A digital village square' },
    ],
    fields: ['beteiligung', 'kultur'],
    topics: ['beteiligung', 'digitale-plattformen', 'laendlicher-raum'],
    problem: [
      {
        de: 'Nachrichten aus Gemeinderat, Vereinen und Feuerwehr erreichten {in} viele Menschen nur über Aushänge und das Amtsblatt.',
        en: 'News from the parish council, clubs and fire brigade reached many people {in} only through notice boards and the official gazette.',
      },
      {
        de: 'Neu Zugezogene fanden kaum Anschluss, und Vereine klagten über fehlenden Nachwuchs.',
        en: 'Newcomers found it hard to connect, and clubs complained about a lack of new members.',
      },
      {
        de: 'Jede Gemeinde pflegte ihre eigene Internetseite, die meisten wurden selten aktualisiert.',
        en: 'Each municipality maintained its own website, and most were rarely updated.',
      },
    ],
    solution: [
      {
        de: '{Actor} stellte allen Gemeinden eine gemeinsame Dorf-App zur Verfügung, in der Verwaltung, Vereine und Einzelne Beiträge schreiben.',
        en: '{Actor} gave all municipalities a shared village app in which the administration, clubs and individuals post news.',
      },
      {
        de: 'In {muni} schulten Ehrenamtliche als Dorfredaktion andere im Umgang mit der App.',
        en: 'In {muni}, volunteers acting as a village editorial team trained others to use the app.',
      },
      {
        de: 'Die App basiert auf einer offenen Plattform, die bereits andere Landkreise nutzen; {partner} übernahm die Anpassung.',
        en: 'The app is based on an open platform already used by other districts; {partner} adapted it.',
      },
    ],
    results: [
      {
        de: 'Rund {a} Menschen haben sich registriert, in {b} Orten gibt es eine aktive Dorfredaktion.',
        en: 'Around {a} people have registered, and {b} villages have an active village editorial team.',
      },
      {
        de: 'Vereine berichten, dass Veranstaltungen besser besucht sind, seit sie in der App angekündigt werden.',
        en: 'Clubs report that events are better attended since they have been announced in the app.',
      },
    ],
    figures: [
      {
        label: { de: 'registrierte Nutzerinnen und Nutzer', en: 'registered users' },
        kind: 'int',
        min: 900,
        max: 25_000,
      },
      { label: { de: 'Orte mit Dorfredaktion', en: 'villages with an editorial team' }, kind: 'int', min: 6, max: 60 },
      { label: { de: 'Beiträge pro Monat', en: 'posts per month' }, kind: 'int', min: 60, max: 1_500 },
    ],
    lessons: [
      {
        de: 'Ohne feste Ansprechpersonen vor Ort schlief die App in einigen Dörfern nach wenigen Monaten wieder ein.',
        en: 'Without fixed contact people on the ground, the app fell asleep again in some villages after a few months.',
      },
      {
        de: 'Eine Moderationsregel für Streit hätte man gleich zu Beginn aufschreiben sollen.',
        en: 'A moderation rule for disputes should have been written down right at the start.',
      },
    ],
    software: true,
  },
  {
    key: 'telemedizin',
    rural: true,
    titles: [
      { de: 'Videosprechstunde in der Gemeindepraxis', en: 'Video consultations in the community practice' },
      { de: 'Telemedizin für den ländlichen Raum', en: 'Telemedicine for rural areas' },
    ],
    fields: ['gesundheit', 'soziales'],
    topics: ['daseinsvorsorge', 'laendlicher-raum'],
    problem: [
      {
        de: '{In} sind mehrere Hausarztsitze unbesetzt, und der Weg zur nächsten Praxis dauert ohne Auto über eine Stunde.',
        en: '{In}, several GP posts are vacant, and getting to the next practice takes over an hour without a car.',
      },
      {
        de: 'Chronisch Kranke fuhren für kurze Kontrolltermine lange Strecken, oft mit dem Krankentransport.',
        en: 'Chronically ill people travelled long distances for short check-ups, often by patient transport.',
      },
    ],
    solution: [
      {
        de: 'Speziell geschulte Pflegekräfte besuchen Patientinnen und Patienten zu Hause und schalten bei Bedarf die Hausärztin per Video dazu.',
        en: 'Specially trained nurses visit patients at home and bring in the GP by video when needed.',
      },
      {
        de: 'In {muni} entstand ein Telemedizinraum im Gemeindehaus, den {partner} technisch betreut.',
        en: 'A telemedicine room was set up in the village hall in {muni}, with technical support from {partner}.',
      },
      {
        de: '{Actor} koordiniert das Netz der beteiligten Praxen und übernahm die Kosten für die Geräte.',
        en: '{Actor} coordinates the network of participating practices and paid for the equipment.',
      },
    ],
    results: [
      {
        de: 'Bisher fanden {a} Videosprechstunden statt, rund {b} Fahrten zur Praxis entfielen.',
        en: 'So far, {a} video consultations have taken place, and around {b} trips to the practice were no longer needed.',
      },
      {
        de: 'Die beteiligten Praxen gewinnen Zeit für Patientinnen und Patienten, die persönlich kommen müssen.',
        en: 'The participating practices gain time for patients who have to come in person.',
      },
    ],
    figures: [
      { label: { de: 'Videosprechstunden', en: 'video consultations' }, kind: 'int', min: 150, max: 4_800 },
      { label: { de: 'eingesparte Fahrten', en: 'trips saved' }, kind: 'int', min: 100, max: 3_500 },
      { label: { de: 'beteiligte Praxen', en: 'participating practices' }, kind: 'int', min: 3, max: 28 },
    ],
    lessons: [
      {
        de: 'Die Abrechnung mit den Krankenkassen war der schwierigste Teil und ist noch nicht für alle Leistungen geklärt.',
        en: 'Billing the health insurers was the hardest part and is not yet settled for all services.',
      },
      {
        de: 'In Funklöchern half nur eine feste Leitung im Gemeindehaus.',
        en: 'In mobile dead spots only a fixed line in the village hall helped.',
      },
    ],
    software: false,
  },
  {
    key: 'schul-it',
    titles: [
      { de: 'Schul-IT aus einer Hand', en: 'School IT from a single source' },
      { de: 'Ein Support für alle Schulen', en: 'One support desk for all schools' },
    ],
    fields: ['bildung', 'infrastruktur'],
    topics: ['kompetenzaufbau', 'interkommunale-zusammenarbeit'],
    problem: [
      {
        de: 'An den Schulen {in} betreuten Lehrkräfte die Technik nebenbei, und defekte Tablets blieben wochenlang liegen.',
        en: 'At the schools {in}, teachers looked after the technology on the side, and broken tablets lay unused for weeks.',
      },
      {
        de: 'Jeder Schulträger kaufte eigene Geräte und Lizenzen, ohne sich mit den Nachbarn abzustimmen.',
        en: 'Every school authority bought its own devices and licences without coordinating with its neighbours.',
      },
    ],
    solution: [
      {
        de: '{Actor} gründete ein gemeinsames Medienzentrum, das seit {start} Geräte beschafft, einrichtet und repariert.',
        en: '{Actor} founded a shared media centre which has procured, set up and repaired devices since {start}.',
      },
      {
        de: 'Ein Ticketsystem und eine Telefonsprechstunde ersetzen die Zettel am Lehrerzimmer.',
        en: 'A ticket system and a telephone help desk replace the notes on the staff room door.',
      },
      {
        de: 'Die Gemeinden beteiligen sich nach Schülerzahl an den Kosten; {partner} berät bei Ausschreibungen.',
        en: 'The municipalities share the costs by number of pupils; {partner} advises on tenders.',
      },
    ],
    results: [
      {
        de: 'Das Medienzentrum betreut {a} Schulen; Störungen werden im Mittel nach {b} behoben.',
        en: 'The media centre supports {a} schools; faults are fixed on average after {b}.',
      },
      {
        de: 'Lehrkräfte gewinnen Zeit für den Unterricht, weil sie keine Geräte mehr verwalten.',
        en: 'Teachers gain time for teaching because they no longer manage devices.',
      },
    ],
    figures: [
      { label: { de: 'betreute Schulen', en: 'schools supported' }, kind: 'int', min: 8, max: 95 },
      {
        label: { de: 'Zeit bis zur Behebung einer Störung', en: 'time to fix a fault' },
        kind: 'int',
        min: 1,
        max: 6,
        unit: { de: 'Tagen', en: 'days' },
      },
      { label: { de: 'verwaltete Geräte', en: 'devices managed' }, kind: 'int', min: 900, max: 18_000 },
    ],
    lessons: [
      {
        de: 'Die Kostenverteilung zwischen Kreis und Gemeinden hätte vor dem Start vertraglich geregelt werden müssen.',
        en: 'How costs are shared between the district and municipalities should have been fixed in a contract before the start.',
      },
      {
        de: 'Fachkräfte für die Schul-IT zu finden, dauerte länger als die Beschaffung der Geräte.',
        en: 'Finding skilled staff for school IT took longer than procuring the devices.',
      },
    ],
    software: false,
  },
  {
    key: 'ki-buergerservice',
    titles: [
      { de: 'Ein KI-Assistent für Bürgeranfragen', en: 'An AI assistant for residents’ questions' },
      { de: 'Schneller Antworten mit Sprachmodell', en: 'Faster answers with a language model' },
    ],
    fields: ['verwaltung'],
    topics: ['kuenstliche-intelligenz', 'ozg-onlinezugang'],
    problem: [
      {
        de: 'Das Bürgertelefon {in} war zu Stoßzeiten dauerbesetzt, viele Fragen drehten sich um Öffnungszeiten und Unterlagen.',
        en: 'The citizens’ hotline {in} was constantly busy at peak times, and many questions were about opening hours and documents.',
      },
      {
        de: 'Antworten auf der Internetseite waren verstreut und teils veraltet.',
        en: 'Answers on the website were scattered and partly out of date.',
      },
    ],
    solution: [
      {
        de: '{Actor} setzt seit {start} einen Chat-Assistenten ein, der auf geprüften Texten der Verwaltung beruht und keine Bescheide erteilt.',
        en: 'Since {start}, {actor} has used a chat assistant that relies on checked texts from the administration and issues no decisions.',
      },
      {
        de: 'Das Sprachmodell läuft im Rechenzentrum eines kommunalen IT-Dienstleisters; personenbezogene Daten werden nicht gespeichert.',
        en: 'The language model runs in the data centre of a municipal IT provider; no personal data is stored.',
      },
      {
        de: 'Kann der Assistent eine Frage nicht sicher beantworten, leitet er an die zuständige Stelle weiter.',
        en: 'If the assistant cannot answer a question reliably, it passes it on to the responsible office.',
      },
    ],
    results: [
      {
        de: '{a} der Anfragen beantwortet der Assistent ohne Weiterleitung, die Anrufe beim Bürgertelefon gingen um {b} zurück.',
        en: 'The assistant answers {a} of questions without passing them on, and calls to the hotline fell by {b}.',
      },
      {
        de: 'Die Beschäftigten am Telefon haben mehr Zeit für schwierige Fälle.',
        en: 'Staff on the phone have more time for difficult cases.',
      },
    ],
    figures: [
      {
        label: { de: 'Anfragen ohne Weiterleitung beantwortet', en: 'questions answered without referral' },
        kind: 'share',
        min: 40,
        max: 78,
      },
      { label: { de: 'Anrufe beim Bürgertelefon', en: 'calls to the hotline' }, kind: 'down', min: 12, max: 40 },
      { label: { de: 'Anfragen pro Monat', en: 'questions per month' }, kind: 'int', min: 1_200, max: 30_000 },
    ],
    lessons: [
      {
        de: 'Die Wissensbasis zu pflegen, kostet mehr Arbeit als der Betrieb des Modells.',
        en: 'Keeping the knowledge base up to date takes more work than running the model.',
      },
      {
        de: 'Ein klarer Hinweis, dass man mit einer Maschine schreibt, senkte die Zahl der Beschwerden deutlich.',
        en: 'A clear notice that people are writing to a machine markedly reduced complaints.',
      },
    ],
    software: true,
  },
  {
    key: 'open-data',
    titles: [
      { de: 'Ein offenes Datenportal', en: 'An open data portal' },
      { de: 'Daten für alle', en: 'Data for everyone' },
    ],
    fields: ['verwaltung', 'wirtschaft'],
    topics: ['offene-daten', 'digitale-plattformen'],
    problem: [
      {
        de: 'Anfragen nach Haltestellen, Kitaplätzen oder Baustellen beantwortete {admin} einzeln per E-Mail.',
        en: '{Admin} answered requests for bus stops, childcare places or roadworks one by one by e-mail.',
      },
      {
        de: 'Daten lagen in Tabellen der Fachämter, die niemand außerhalb kannte.',
        en: 'Data sat in spreadsheets in specialist departments that nobody outside knew about.',
      },
    ],
    solution: [
      {
        de: '{Actor} veröffentlicht seit {start} Datensätze unter freier Lizenz in einem Portal, an das auch die Gemeinden liefern.',
        en: 'Since {start}, {actor} has published datasets under an open licence in a portal to which the municipalities also contribute.',
      },
      {
        de: 'Datenpatinnen und Datenpaten in den Fachämtern sorgen dafür, dass die Datensätze aktuell bleiben.',
        en: 'Data stewards in the specialist departments make sure the datasets stay up to date.',
      },
      {
        de: 'Das Portal meldet die Daten automatisch an das bundesweite Metadatenportal.',
        en: 'The portal automatically reports the data to the national metadata portal.',
      },
    ],
    results: [
      {
        de: 'Im Portal liegen {a} Datensätze, die im Monat rund {b} Mal abgerufen werden.',
        en: 'The portal holds {a} datasets, which are downloaded around {b} times a month.',
      },
      {
        de: 'Eine Schülergruppe baute aus den Haltestellendaten eine eigene Fahrplan-App.',
        en: 'A group of pupils built their own timetable app from the bus stop data.',
      },
    ],
    figures: [
      { label: { de: 'veröffentlichte Datensätze', en: 'datasets published' }, kind: 'int', min: 40, max: 900 },
      { label: { de: 'Abrufe pro Monat', en: 'downloads per month' }, kind: 'int', min: 500, max: 40_000 },
    ],
    lessons: [
      {
        de: 'Veraltete Datensätze schaden dem Vertrauen mehr als fehlende; ein Datum der letzten Prüfung gehört an jeden Satz.',
        en: 'Outdated datasets do more harm to trust than missing ones; every dataset needs the date it was last checked.',
      },
    ],
    software: true,
  },
  {
    key: 'digitallotsen',
    titles: [
      { de: 'Digitallotsen in jedem Fachamt', en: 'Digital guides in every department' },
      { de: 'Digitalisierung aus der Verwaltung heraus', en: 'Digitalisation from within the administration' },
    ],
    fields: ['verwaltung', 'bildung'],
    topics: ['kompetenzaufbau', 'digitalstrategie'],
    problem: [
      {
        de: 'Neue Software wurde {in} eingeführt, ohne dass die Beschäftigten wussten, warum und wie.',
        en: 'New software was introduced {in} without staff knowing why or how.',
      },
      {
        de: 'Die IT-Abteilung war mit Anfragen überlastet, die Fachämter fühlten sich nicht gehört.',
        en: 'The IT department was overloaded with requests, and the specialist departments felt unheard.',
      },
    ],
    solution: [
      {
        de: 'In jedem Fachamt übernehmen seit {start} Beschäftigte die Rolle von Digitallotsinnen und Digitallotsen, mit einem Fünftel ihrer Arbeitszeit.',
        en: 'Since {start}, staff in every department have taken on the role of digital guides, with a fifth of their working time.',
      },
      {
        de: 'Die Lotsinnen und Lotsen treffen sich monatlich, tauschen Erfahrungen aus und priorisieren die nächsten Vorhaben.',
        en: 'The guides meet monthly, share experiences and prioritise the next projects.',
      },
      {
        de: '{partner} begleitete die Qualifizierung mit einem Kurs über sechs Monate.',
        en: '{partner} supported the training with a six-month course.',
      },
    ],
    results: [
      {
        de: '{a} Lotsinnen und Lotsen sind im Einsatz, gemeinsam haben sie {b} Abläufe digitalisiert.',
        en: '{a} guides are at work, and together they have digitised {b} processes.',
      },
      {
        de: 'Die Akzeptanz neuer Software ist gestiegen, weil Kolleginnen und Kollegen sie erklären.',
        en: 'Acceptance of new software has grown because colleagues explain it.',
      },
    ],
    figures: [
      { label: { de: 'Digitallotsinnen und -lotsen', en: 'digital guides' }, kind: 'int', min: 6, max: 45 },
      { label: { de: 'digitalisierte Abläufe', en: 'processes digitised' }, kind: 'int', min: 5, max: 80 },
      { label: { de: 'Schulungsstunden', en: 'hours of training' }, kind: 'int', min: 120, max: 2_400 },
    ],
    lessons: [
      {
        de: 'Ohne Entlastung im Tagesgeschäft blieb die Lotsenrolle in manchen Ämtern ein Ehrenamt nach Feierabend.',
        en: 'Without relief from day-to-day work, the guide role in some departments remained an unpaid after-hours job.',
      },
    ],
    software: false,
  },
  {
    key: 'coworking',
    rural: true,
    titles: [
      { de: 'Coworking im Dorf', en: 'Coworking in the village' },
      { de: 'Arbeiten, wo man wohnt', en: 'Working where you live' },
    ],
    fields: ['wirtschaft', 'infrastruktur'],
    topics: ['laendlicher-raum', 'daseinsvorsorge'],
    problem: [
      {
        de: 'Viele Beschäftigte {in} pendeln täglich über eine Stunde in die nächste Großstadt.',
        en: 'Many workers {in} commute more than an hour each day to the nearest city.',
      },
      {
        de: 'In den Ortskernen standen Läden und Gasthäuser leer.',
        en: 'Shops and inns stood empty in the village centres.',
      },
    ],
    solution: [
      {
        de: 'In einem ehemaligen Gasthaus in {muni} entstand ein Coworking-Space mit schnellem Internet und buchbaren Arbeitsplätzen.',
        en: 'A coworking space with fast internet and bookable desks was set up in a former inn in {muni}.',
      },
      {
        de: '{Actor} übernahm die Anschubfinanzierung, betrieben wird der Raum von einer Genossenschaft.',
        en: '{Actor} provided the start-up funding; the space is run by a cooperative.',
      },
    ],
    results: [
      {
        de: 'Der Raum bietet {a} Arbeitsplätze und ist an Werktagen zu {b} ausgelastet.',
        en: 'The space offers {a} desks and is {b} occupied on weekdays.',
      },
      {
        de: 'Nebenbei ist ein Treffpunkt entstanden, in dem auch Vereine tagen.',
        en: 'Along the way it has become a meeting place where clubs also hold their meetings.',
      },
    ],
    figures: [
      { label: { de: 'Arbeitsplätze', en: 'desks' }, kind: 'int', min: 8, max: 40 },
      { label: { de: 'Auslastung an Werktagen', en: 'occupancy on weekdays' }, kind: 'share', min: 35, max: 85 },
      {
        label: { de: 'eingesparte Pendelkilometer pro Jahr', en: 'commuting kilometres saved per year' },
        kind: 'int',
        min: 20_000,
        max: 350_000,
      },
    ],
    lessons: [
      {
        de: 'Der Betrieb trägt sich nur mit festen Mietern; spontane Tagesgäste allein reichen nicht.',
        en: 'The space only pays its way with regular tenants; occasional day guests alone are not enough.',
      },
    ],
    software: false,
  },
  {
    key: 'energiemonitoring',
    titles: [
      { de: 'Energiemonitoring für kommunale Gebäude', en: 'Energy monitoring for municipal buildings' },
      { de: 'Sensoren gegen Energieverschwendung', en: 'Sensors against wasted energy' },
    ],
    fields: ['umwelt', 'infrastruktur'],
    topics: ['offene-daten', 'digitale-plattformen'],
    problem: [
      {
        de: 'Die Zähler in Schulen und Turnhallen {in} wurden einmal im Jahr von Hand abgelesen.',
        en: 'The meters in schools and sports halls {in} were read by hand once a year.',
      },
      {
        de: 'Heizungen liefen in den Ferien durch, ohne dass es jemand bemerkte.',
        en: 'Heating systems ran through the holidays without anyone noticing.',
      },
    ],
    solution: [
      {
        de: '{Actor} stattete seit {start} kommunale Gebäude mit Funkzählern aus, die ihre Werte über ein LoRaWAN-Netz senden.',
        en: 'Since {start}, {actor} has fitted municipal buildings with radio meters that send their readings over a LoRaWAN network.',
      },
      {
        de: 'Ein Dashboard zeigt Hausmeisterinnen und Hausmeistern Auffälligkeiten, bevor die Rechnung kommt.',
        en: 'A dashboard shows caretakers anomalies before the bill arrives.',
      },
      {
        de: 'Die Verbrauchsdaten erscheinen anonymisiert im offenen Datenportal.',
        en: 'The consumption data appears in anonymised form in the open data portal.',
      },
    ],
    results: [
      {
        de: 'Der Energieverbrauch der erfassten Gebäude sank um {a}; {b} Gebäude sind angeschlossen.',
        en: 'Energy use in the monitored buildings fell by {a}; {b} buildings are connected.',
      },
      {
        de: 'Die Investition hat sich nach Berechnung der Kämmerei in weniger als vier Jahren amortisiert.',
        en: 'According to the treasury’s calculation, the investment paid for itself in under four years.',
      },
    ],
    figures: [
      { label: { de: 'Energieverbrauch', en: 'energy use' }, kind: 'down', min: 8, max: 27 },
      { label: { de: 'angeschlossene Gebäude', en: 'buildings connected' }, kind: 'int', min: 10, max: 180 },
      {
        label: { de: 'eingesparte Tonnen CO₂ pro Jahr', en: 'tonnes of CO₂ saved per year' },
        kind: 'int',
        min: 40,
        max: 1_900,
      },
    ],
    lessons: [
      {
        de: 'In alten Kellern reichte der Funk nicht; einige Zähler brauchten eine zusätzliche Antenne.',
        en: 'In old basements the radio signal was too weak; some meters needed an extra antenna.',
      },
    ],
    software: true,
  },
  {
    key: 'ehrenamt',
    titles: [
      { de: 'Eine digitale Ehrenamtsbörse', en: 'A digital volunteering exchange' },
      { de: 'Helfen, wo es gebraucht wird', en: 'Helping where help is needed' },
    ],
    fields: ['beteiligung', 'soziales'],
    topics: ['beteiligung', 'daseinsvorsorge'],
    problem: [
      {
        de: 'Vereine {in} suchten händeringend Helferinnen und Helfer, während Engagierte nicht wussten, wo sie gebraucht werden.',
        en: 'Clubs {in} were desperately looking for helpers, while willing volunteers did not know where they were needed.',
      },
      {
        de: 'Die Ehrenamtskoordination arbeitete mit Listen in Ordnern und vielen Telefonaten.',
        en: 'Volunteer coordination worked with lists in binders and many phone calls.',
      },
    ],
    solution: [
      {
        de: '{Actor} startete {start} eine Ehrenamtsbörse, in der Vereine Einsätze ausschreiben und Engagierte sich mit wenigen Klicks melden.',
        en: 'In {start}, {actor} launched a volunteering exchange where clubs post tasks and volunteers sign up in a few clicks.',
      },
      {
        de: 'Wer kein Internet nutzt, meldet sich bei der Freiwilligenagentur in {muni}, die die Börse für ihn bedient.',
        en: 'People who do not use the internet contact the volunteer agency in {muni}, which uses the exchange on their behalf.',
      },
    ],
    results: [
      {
        de: '{a} Vereine nutzen die Börse, {b} Einsätze wurden vermittelt.',
        en: '{a} clubs use the exchange, and {b} assignments have been arranged.',
      },
      {
        de: 'Besonders kurze, einmalige Einsätze finden schnell Freiwillige.',
        en: 'Short one-off tasks in particular quickly find volunteers.',
      },
    ],
    figures: [
      { label: { de: 'beteiligte Vereine', en: 'clubs taking part' }, kind: 'int', min: 20, max: 400 },
      { label: { de: 'vermittelte Einsätze', en: 'assignments arranged' }, kind: 'int', min: 150, max: 6_000 },
    ],
    lessons: [
      {
        de: 'Die Börse ersetzt keine persönliche Ansprache; die Koordinatorin bleibt unverzichtbar.',
        en: 'The exchange does not replace personal contact; the coordinator remains indispensable.',
      },
    ],
    software: true,
  },
  {
    key: 'informationssicherheit',
    titles: [
      { de: 'Gemeinsam gegen Cyberangriffe', en: 'Together against cyber attacks' },
      {
        de: 'Eine Informationssicherheit für viele Gemeinden',
        en: 'Information security shared by many municipalities',
      },
    ],
    fields: ['verwaltung', 'zusammenarbeit'],
    topics: ['it-sicherheit', 'interkommunale-zusammenarbeit'],
    problem: [
      {
        de: 'Kleine Gemeinden {in} hatten weder einen Notfallplan noch jemanden, der sich hauptamtlich um Informationssicherheit kümmert.',
        en: 'Small municipalities {in} had neither an emergency plan nor anyone working full-time on information security.',
      },
      {
        de: 'Nach einem Angriff auf eine Nachbarverwaltung wuchs die Sorge, selbst betroffen zu sein.',
        en: 'After an attack on a neighbouring administration, concern grew about being hit as well.',
      },
    ],
    solution: [
      {
        de: '{Actor} stellte {start} zwei Informationssicherheitsbeauftragte ein, die alle kreisangehörigen Gemeinden betreuen.',
        en: 'In {start}, {actor} hired two information security officers who look after all municipalities in the district.',
      },
      {
        de: 'Einmal im Jahr üben die Verwaltungen gemeinsam den Ausfall der IT, mit {partner} als Übungsleitung.',
        en: 'Once a year the administrations rehearse an IT outage together, with {partner} running the exercise.',
      },
    ],
    results: [
      {
        de: '{a} Gemeinden haben einen geprüften Notfallplan, {b} Beschäftigte nahmen an Schulungen teil.',
        en: '{a} municipalities have a tested emergency plan, and {b} staff took part in training.',
      },
      {
        de: 'Ein Phishing-Versuch in {muni} wurde dank der Schulung sofort gemeldet.',
        en: 'Thanks to the training, a phishing attempt in {muni} was reported immediately.',
      },
    ],
    figures: [
      {
        label: { de: 'Gemeinden mit Notfallplan', en: 'municipalities with an emergency plan' },
        kind: 'int',
        min: 5,
        max: 45,
      },
      { label: { de: 'geschulte Beschäftigte', en: 'staff trained' }, kind: 'int', min: 120, max: 2_500 },
    ],
    lessons: [
      {
        de: 'Die Kosten pro Gemeinde nach Einwohnerzahl zu verteilen, war einfacher als jede andere Formel.',
        en: 'Sharing the costs among the municipalities by population was simpler than any other formula.',
      },
    ],
    software: false,
  },
  {
    key: 'gaestekarte',
    titles: [
      { de: 'Die digitale Gästekarte', en: 'The digital guest card' },
      { de: 'Mit dem Smartphone durch die Region', en: 'Exploring the region by smartphone' },
    ],
    fields: ['kultur', 'mobilitaet'],
    topics: ['digitale-plattformen', 'laendlicher-raum'],
    problem: [
      {
        de: 'Gäste {in} erhielten eine Papierkarte, die weder Bus noch Museum digital erkennen konnten.',
        en: 'Visitors {in} received a paper card that neither buses nor museums could read digitally.',
      },
      {
        de: 'Die Abrechnung zwischen Gastgebern, Verkehrsbetrieb und Freizeiteinrichtungen kostete viel Handarbeit.',
        en: 'Settling accounts between hosts, the transport company and leisure facilities took a lot of manual work.',
      },
    ],
    solution: [
      {
        de: 'Seit {start} erhalten Gäste ihre Karte als QR-Code aufs Smartphone; Busse und Museen lesen sie mit einfachen Scannern.',
        en: 'Since {start}, visitors have received their card as a QR code on their phone; buses and museums read it with simple scanners.',
      },
      {
        de: '{Actor} und der Tourismusverband teilen sich den Betrieb, {partner} entwickelte die Software.',
        en: '{Actor} and the tourist board share the running of the system; {partner} developed the software.',
      },
    ],
    results: [
      {
        de: 'Im vergangenen Jahr nutzten rund {a} Gäste die Karte, {b} Betriebe machen mit.',
        en: 'Last year around {a} visitors used the card, and {b} businesses take part.',
      },
      {
        de: 'Der Bus wird in der Saison spürbar häufiger genutzt, die Parkplätze an den Ausflugszielen sind entlastet.',
        en: 'Buses are used noticeably more during the season, easing pressure on car parks at popular sites.',
      },
    ],
    figures: [
      {
        label: { de: 'Gäste mit digitaler Karte', en: 'visitors with a digital card' },
        kind: 'int',
        min: 5_000,
        max: 180_000,
      },
      { label: { de: 'Partnerbetriebe', en: 'partner businesses' }, kind: 'int', min: 20, max: 450 },
    ],
    lessons: [
      {
        de: 'Gastgeberinnen und Gastgeber brauchten mehr Unterstützung beim Ausstellen der Karten als erwartet.',
        en: 'Hosts needed more help issuing the cards than expected.',
      },
    ],
    software: true,
  },
];

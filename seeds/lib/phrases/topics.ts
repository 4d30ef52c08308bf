/**
 * The topic list of the seed content: the keys of the hub's real topics plus two more,
 * with labels, search words and a few sentences each that posts, dialogues and reports reuse.
 */
import type { Bi } from './types.ts';

export interface TopicPhrases {
  key: string;
  label: Bi;
  description: Bi;
  keywords: string[];
  /** Sentences about the topic, usable in any body text. Slots: {inState}/{InState} ("in Hessen", "im Saarland"). */
  sentences: Bi[];
}

export const TOPICS: readonly TopicPhrases[] = [
  {
    key: 'ozg-onlinezugang',
    label: { de: 'OZG und Onlinezugang', en: 'Online Access Act (OZG)' },
    description: {
      de: 'Wie Kreise und Gemeinden das Onlinezugangsgesetz umsetzen und Verwaltungsleistungen digital anbieten.',
      en: 'How districts and municipalities implement the Online Access Act and offer administrative services online.',
    },
    keywords: ['OZG', 'Onlinezugangsgesetz', 'Verwaltungsleistungen', 'E-Government', 'online services'],
    sentences: [
      {
        de: 'Das Onlinezugangsgesetz verlangt, dass Bürgerinnen und Bürger Verwaltungsleistungen auch digital beantragen können.',
        en: 'The Online Access Act requires that residents can also apply for administrative services online.',
      },
      {
        de: 'Ein Onlineformular allein spart noch keine Zeit, wenn der Antrag im Amt wieder ausgedruckt wird.',
        en: 'An online form alone saves no time if the application is printed out again in the office.',
      },
      {
        de: 'Viele Kreise nutzen inzwischen Dienste nach dem Prinzip „Einer für alle“, statt jede Leistung selbst zu entwickeln.',
        en: 'Many districts now use services built on the "one for all" principle instead of developing every service themselves.',
      },
      {
        de: '{InState} stellen die Kommunen ihre Leistungen über das Serviceportal des Landes bereit.',
        en: '{InState}, municipalities offer their services through the state service portal.',
      },
    ],
  },
  {
    key: 'sozialverwaltung',
    label: { de: 'Sozialverwaltung', en: 'Social administration' },
    description: {
      de: 'Digitalisierung in Sozialämtern und sozialen Diensten der Kreise, von der Antragstellung bis zur papierlosen Akte.',
      en: 'Digitalisation in district social welfare offices and social services, from the application to the paperless file.',
    },
    keywords: ['Sozialamt', 'Sozialleistungen', 'E-Akte', 'papierlos', 'social services', 'electronic file'],
    sentences: [
      {
        de: 'In Sozialämtern wandern Akten oft noch auf Papier von Schreibtisch zu Schreibtisch.',
        en: 'In social welfare offices, files often still travel on paper from desk to desk.',
      },
      {
        de: 'Wer Wohngeld oder Hilfe zur Pflege beantragt, muss häufig dieselben Nachweise mehrfach einreichen.',
        en: 'People applying for housing benefit or care assistance often have to submit the same documents several times.',
      },
      {
        de: 'Die elektronische Akte verkürzt Wege, verlangt aber klare Regeln, wer welche Daten sehen darf.',
        en: 'The electronic file shortens paths but needs clear rules on who may see which data.',
      },
    ],
  },
  {
    key: 'daseinsvorsorge',
    label: { de: 'Daseinsvorsorge', en: 'Services of general interest' },
    description: {
      de: 'Digitale Angebote, mit denen Kreise und Gemeinden die Grundversorgung ihrer Bevölkerung sichern.',
      en: 'Digital offers with which districts and municipalities secure basic public services for their residents.',
    },
    keywords: [
      'Daseinsvorsorge',
      'Grundversorgung',
      'Gemeinwohl',
      'gleichwertige Lebensverhältnisse',
      'public services',
    ],
    sentences: [
      {
        de: 'Wo Arztpraxen, Läden und Buslinien fehlen, können digitale Dienste Lücken der Daseinsvorsorge verkleinern.',
        en: 'Where doctors, shops and bus lines are missing, digital services can narrow gaps in public services.',
      },
      {
        de: 'Gleichwertige Lebensverhältnisse hängen heute auch davon ab, wie gut Verwaltung und Versorgung digital erreichbar sind.',
        en: 'Equal living conditions today also depend on how well administration and services can be reached digitally.',
      },
      {
        de: 'Digitale Daseinsvorsorge gelingt nur, wenn auch ältere Menschen ohne Smartphone mitgedacht werden.',
        en: 'Digital public services only work if older people without a smartphone are taken into account.',
      },
    ],
  },
  {
    key: 'laendlicher-raum',
    label: { de: 'Ländlicher Raum', en: 'Rural areas' },
    description: {
      de: 'Digitalisierung in Landkreisen und Dörfern abseits der Großstädte.',
      en: 'Digitalisation in rural districts and villages away from the big cities.',
    },
    keywords: ['ländlich', 'Landkreis', 'Dorf', 'Smart Region', 'demografischer Wandel', 'rural'],
    sentences: [
      {
        de: 'Auf dem Land sind die Wege weit, und jede Fahrt ins Landratsamt kostet einen halben Arbeitstag.',
        en: 'In the countryside distances are long, and every trip to the district office costs half a working day.',
      },
      {
        de: 'Der demografische Wandel trifft ländliche Kreise doppelt: Die Bevölkerung altert, und Fachkräfte fehlen.',
        en: 'Demographic change hits rural districts twice: the population is ageing and skilled staff are scarce.',
      },
      {
        de: 'Viele Dörfer {inState} haben inzwischen Glasfaser, doch die Angebote, die darüber laufen, entstehen erst.',
        en: 'Many villages {inState} now have fibre, but the services that run over it are only just emerging.',
      },
    ],
  },
  {
    key: 'interkommunale-zusammenarbeit',
    label: { de: 'Interkommunale Zusammenarbeit', en: 'Inter-municipal cooperation' },
    description: {
      de: 'Wenn Kommunen und Kreise digitale Lösungen gemeinsam entwickeln, teilen und über Verwaltungsgrenzen hinweg nutzen.',
      en: 'When municipalities and districts develop, share and use digital solutions together across administrative boundaries.',
    },
    keywords: ['interkommunal', 'Kooperation', 'Zweckverband', 'Nachnutzung', 'inter-municipal', 'reuse'],
    sentences: [
      {
        de: 'Keine Gemeinde muss das Rad neu erfinden: Was ein Kreis entwickelt hat, können andere nachnutzen.',
        en: 'No municipality has to reinvent the wheel: what one district has developed, others can reuse.',
      },
      {
        de: 'Gemeinsame Vergaben senken die Kosten, verlangen aber Geduld bei der Abstimmung zwischen den Räten.',
        en: 'Joint procurement lowers costs but requires patience when the councils coordinate.',
      },
      {
        de: 'Zweckverbände und kommunale IT-Dienstleister bündeln Fachwissen, das einer kleinen Verwaltung allein fehlt.',
        en: 'Special-purpose associations and municipal IT providers pool expertise that a small administration lacks on its own.',
      },
    ],
  },
  {
    key: 'kompetenzaufbau',
    label: { de: 'Kompetenzaufbau', en: 'Building skills' },
    description: {
      de: 'Digitales Wissen und Fähigkeiten in Verwaltung und Bevölkerung aufbauen, damit Kommunen den Wandel selbst steuern können.',
      en: 'Building digital knowledge and skills in administrations and among residents so that municipalities can steer change themselves.',
    },
    keywords: ['Kompetenz', 'Qualifizierung', 'Weiterbildung', 'Digitallotsen', 'skills', 'training'],
    sentences: [
      {
        de: 'Technik lässt sich kaufen, das Wissen, sie gut einzusetzen, muss in der Verwaltung wachsen.',
        en: 'Technology can be bought; the knowledge to use it well has to grow inside the administration.',
      },
      {
        de: 'Digitallotsinnen und Digitallotsen in den Fachämtern übersetzen zwischen IT und Sachbearbeitung.',
        en: 'Digital guides in the specialist departments translate between IT and casework.',
      },
      {
        de: 'Kurze Schulungen am eigenen Arbeitsplatz wirken oft besser als Seminare außer Haus.',
        en: 'Short training sessions at one’s own desk often work better than seminars away from the office.',
      },
    ],
  },
  {
    key: 'digitalstrategie',
    label: { de: 'Digitalstrategie', en: 'Digital strategy' },
    description: {
      de: 'Strategien, mit denen Kreise und Gemeinden ihre Digitalisierung planen, steuern und am Gemeinwohl ausrichten.',
      en: 'Strategies with which districts and municipalities plan and steer their digitalisation and orient it towards the common good.',
    },
    keywords: ['Strategie', 'Digitalisierungsstrategie', 'Steuerung', 'Transformation', 'strategy', 'governance'],
    sentences: [
      {
        de: 'Eine Digitalstrategie hilft vor allem dabei, Prioritäten zu setzen und Nein zu sagen.',
        en: 'A digital strategy above all helps to set priorities and to say no.',
      },
      {
        de: 'Strategien, die ohne Beteiligung der Fachämter entstehen, bleiben oft in der Schublade.',
        en: 'Strategies drawn up without the specialist departments often end up in a drawer.',
      },
      {
        de: 'Der Kreistag sollte die Strategie beschließen, damit sie auch nach einer Wahl Bestand hat.',
        en: 'The district council should adopt the strategy so that it survives an election.',
      },
    ],
  },
  {
    key: 'beteiligung',
    label: { de: 'Beteiligung und Teilhabe', en: 'Participation and inclusion' },
    description: {
      de: 'Wie Bürgerinnen und Bürger, Vereine und Verbände digitale Vorhaben mitgestalten und alle davon profitieren können.',
      en: 'How residents, associations and interest groups help shape digital projects, and how everyone can benefit from them.',
    },
    keywords: ['Bürgerbeteiligung', 'Partizipation', 'Teilhabe', 'Ehrenamt', 'participation', 'civil society'],
    sentences: [
      {
        de: 'Beteiligung beginnt nicht mit einer App, sondern mit der Frage, wer mitreden soll.',
        en: 'Participation does not start with an app but with the question of who should have a say.',
      },
      {
        de: 'Vereine und Ehrenamtliche kennen die Bedürfnisse im Dorf oft besser als jede Umfrage.',
        en: 'Clubs and volunteers often know the needs in a village better than any survey.',
      },
      {
        de: 'Offline-Angebote wie Sprechstunden im Gemeindehaus gehören zu jeder digitalen Beteiligung dazu.',
        en: 'Offline formats such as consultation hours in the village hall belong to any digital participation.',
      },
    ],
  },
  {
    key: 'digitale-plattformen',
    label: { de: 'Digitale Plattformen', en: 'Digital platforms' },
    description: {
      de: 'Gemeinsame Plattformen und digitale Ökosysteme, in denen Dienste gebündelt und von mehreren Kommunen genutzt werden.',
      en: 'Shared platforms and digital ecosystems that bundle services for use by several municipalities.',
    },
    keywords: ['Plattform', 'digitales Ökosystem', 'Open Source', 'Schnittstellen', 'platform', 'ecosystem'],
    sentences: [
      {
        de: 'Eine Plattform lohnt sich erst, wenn mehrere Kommunen sie nutzen und pflegen.',
        en: 'A platform only pays off once several municipalities use and maintain it.',
      },
      {
        de: 'Offene Schnittstellen verhindern, dass ein Kreis auf Jahre an einen Anbieter gebunden ist.',
        en: 'Open interfaces prevent a district from being tied to one vendor for years.',
      },
      {
        de: 'Open-Source-Lösungen lassen sich nachnutzen, brauchen aber jemanden, der sie weiterentwickelt.',
        en: 'Open-source solutions can be reused but need someone to keep developing them.',
      },
    ],
  },
  {
    key: 'kuenstliche-intelligenz',
    label: { de: 'Künstliche Intelligenz', en: 'Artificial intelligence' },
    description: {
      de: 'Einsatz von KI in der Kommunalverwaltung und ihre Folgen für Beschäftigte, Bürgerinnen und Bürger.',
      en: 'The use of AI in local government and what it means for staff and residents.',
    },
    keywords: ['KI', 'Künstliche Intelligenz', 'Sprachmodelle', 'Automatisierung', 'AI', 'automation'],
    sentences: [
      {
        de: 'Sprachmodelle können Anfragen vorsortieren, die Entscheidung bleibt aber bei der Sachbearbeitung.',
        en: 'Language models can pre-sort requests, but the decision stays with the caseworker.',
      },
      {
        de: 'Bevor eine Verwaltung KI einsetzt, muss sie klären, welche Daten das System sehen darf.',
        en: 'Before an administration uses AI, it has to settle which data the system may see.',
      },
      {
        de: 'Der Personalrat sollte früh eingebunden werden, wenn KI Arbeitsabläufe verändert.',
        en: 'The staff council should be involved early when AI changes how work is done.',
      },
    ],
  },
  {
    key: 'offene-daten',
    label: { de: 'Offene Daten', en: 'Open data' },
    description: {
      de: 'Verwaltungsdaten, die Kommunen maschinenlesbar und frei nutzbar veröffentlichen.',
      en: 'Administrative data that municipalities publish in machine-readable form for anyone to use.',
    },
    keywords: ['Open Data', 'offene Daten', 'Datenportal', 'Geodaten', 'open data', 'data portal'],
    sentences: [
      {
        de: 'Offene Daten nützen erst, wenn sie aktuell sind und jemand weiß, wo sie liegen.',
        en: 'Open data is only useful if it is up to date and people know where to find it.',
      },
      {
        de: 'Haltestellen, Kitaplätze und Baustellen gehören zu den Datensätzen, die am häufigsten abgerufen werden.',
        en: 'Bus stops, childcare places and roadworks are among the most frequently downloaded datasets.',
      },
      {
        de: 'Ein gemeinsames Datenportal für alle Gemeinden eines Kreises spart Pflegeaufwand.',
        en: 'A shared data portal for all municipalities of a district saves maintenance effort.',
      },
    ],
  },
  {
    key: 'it-sicherheit',
    label: { de: 'IT-Sicherheit', en: 'IT security' },
    description: {
      de: 'Schutz kommunaler IT vor Ausfällen und Angriffen, von der Notfallplanung bis zur Schulung der Beschäftigten.',
      en: 'Protecting municipal IT against outages and attacks, from emergency planning to staff training.',
    },
    keywords: ['IT-Sicherheit', 'Informationssicherheit', 'Cyberangriff', 'Notfallplan', 'IT security', 'cyber attack'],
    sentences: [
      {
        de: 'Nach einem Cyberangriff war manche Kreisverwaltung wochenlang nur eingeschränkt arbeitsfähig.',
        en: 'After a cyber attack, some district administrations could only work in a limited way for weeks.',
      },
      {
        de: 'Ein geübter Notfallplan ist wichtiger als die nächste Firewall.',
        en: 'A rehearsed emergency plan matters more than the next firewall.',
      },
      {
        de: 'Kleine Gemeinden teilen sich zunehmend eine Informationssicherheitsbeauftragte oder einen -beauftragten.',
        en: 'Small municipalities increasingly share an information security officer.',
      },
    ],
  },
];

import { describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import jsonld from 'jsonld';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { toCsv } from './csv.ts';
import { foldLine, toICalendar } from './ical.ts';
import { dcatGraph, toJsonLd, toRdfXml, type CatalogInput } from './dcat.ts';
import { PRACTICE_COLUMNS, practiceFromRow, practiceRow, type PracticeRecord } from './practices.ts';

const record: PracticeRecord = {
  id: 'de/test',
  lang: 'de',
  url: 'https://praxisdialog.example/praxis/test/',
  translationId: null,
  machineTranslated: false,
  title: 'Ein Titel, mit Komma und "Anführungszeichen"',
  teaser: 'Zeile eins\nZeile zwei; mit Semikolon',
  problem: 'Größe ẞ äöü',
  solution: 'Lösung',
  resultsSummary: 'Ergebnis',
  resultsFigures: [{ value: '−40 %', label: 'Bearbeitungszeit; schneller' }],
  status: 'running',
  afterFunding: null,
  startYear: 2021,
  endYear: null,
  costsOneOff: 12000.5,
  costsYearly: 0,
  costsNote: null,
  funding: [{ programme: 'Programm "X"', amount: 5 }],
  partners: [],
  municipalities: ['Bad Frankenhausen/Kyffhäuser', 'Sondershausen'],
  districts: ['16065', '06435'],
  districtNames: ['Kyffhäuserkreis', 'Main-Kinzig-Kreis'],
  fields: ['verwaltung'],
  topics: [],
  projects: ['de/projekt'],
  contactPerson: null,
  contactName: 'Amt für Soziales',
  contactRole: null,
  contactOrganisation: null,
  contactUrl: null,
  softwareLicence: 'EUPL-1.2',
  softwareSourceUrl: null,
  lessons: null,
  links: [],
  sources: [{ title: 'Quelle' }],
  featured: true,
  publishedAt: '2025-01-15',
  updatedAt: null,
  lastChecked: '2025-02-01',
};

describe('practice records as CSV', () => {
  test('every template field has a column, and every column a German and English description', () => {
    expect(PRACTICE_COLUMNS.map((c) => c.key).sort()).toEqual(Object.keys(record).sort());
    for (const c of PRACTICE_COLUMNS) expect(c.description.de && c.description.en).toBeTruthy();
  });

  test('a record with commas, quotes, line breaks, semicolons and umlauts survives the trip through a real CSV parser', () => {
    const csv = toCsv(
      PRACTICE_COLUMNS.map((c) => c.key),
      [practiceRow(record), practiceRow({ ...record, id: 'de/zwei', districts: [] })],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv, { bom: true }) as string[][];
    expect(header).toEqual(PRACTICE_COLUMNS.map((c) => c.key));
    expect(rows.map(practiceFromRow)).toEqual([record, { ...record, id: 'de/zwei', districts: [] }]);
  });
});

describe('iCalendar', () => {
  const cal = toICalendar({
    prodId: '-//Praxisdialog//Test//DE',
    name: 'Praxisdialoge',
    description: 'Alle Termine',
    url: 'https://praxisdialog.example/daten/',
    events: [
      {
        uid: 'dialogues-de-a@praxisdialog.example',
        start: '2026-03-31',
        end: '2026-04-01',
        summary:
          'Praxisdialog: Größe, Übergänge; „Zukunft“ der Kreisverwaltungsdigitalisierungsvorhaben in Fürstenwalde',
        description: 'Eine Zeile\nund noch eine, mit Komma',
        location: 'Kreishaus, Raum 1',
        url: 'https://praxisdialog.example/dialoge/a/',
        categories: ['Workshop', 'OZG, Onlinezugang'],
        stamp: new Date('2026-01-10T00:00:00Z'),
      },
    ],
  });

  test('lines are at most 75 octets and end in CR LF', () => {
    for (const line of cal.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine('ä'.repeat(50)).split('\r\n ').join('')).toBe('ä'.repeat(50));
  });

  test('ical.js reads the event back: text, all-day dates with an exclusive end, categories', () => {
    const comp = new ICAL.Component(ICAL.parse(cal));
    const [vevent] = comp.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(
      'Praxisdialog: Größe, Übergänge; „Zukunft“ der Kreisverwaltungsdigitalisierungsvorhaben in Fürstenwalde',
    );
    expect(event.description).toBe('Eine Zeile\nund noch eine, mit Komma\n\nhttps://praxisdialog.example/dialoge/a/');
    expect(event.location).toBe('Kreishaus, Raum 1');
    expect(event.startDate.toString()).toBe('2026-03-31');
    expect(event.endDate.toString()).toBe('2026-04-02');
    expect(vevent!.getAllProperties('categories').flatMap((p) => p.getValues())).toEqual([
      'Workshop',
      'OZG, Onlinezugang',
    ]);
  });
});

describe('DCAT-AP.de', () => {
  const input: CatalogInput = {
    iri: 'https://praxisdialog.example/daten/#katalog',
    title: { de: 'Katalog', en: 'Catalogue' },
    description: { de: 'Beschreibung <mit> & Zeichen', en: 'Description' },
    homepage: 'https://praxisdialog.example/',
    publisher: { name: 'Redaktion', url: 'https://praxisdialog.example/' },
    contact: { name: 'Redaktion', email: 'daten@praxisdialog.example', url: 'https://praxisdialog.example/impressum/' },
    licence: { dcatUri: 'http://dcat-ap.de/def/licenses/cc-by/4.0', attribution: 'Praxisdialog' },
    modified: '2026-01-01',
    datasets: [
      {
        iri: 'https://praxisdialog.example/daten/#praxisbeispiele',
        identifier: 'praxisbeispiele',
        title: { de: 'Praxisbeispiele', en: 'Practices' },
        description: { de: 'Größe', en: 'Size' },
        keywords: { de: ['Kommunen'], en: ['municipalities'] },
        landingPage: 'https://praxisdialog.example/daten/',
        issued: '2025-01-01',
        modified: '2026-01-01',
        districts: ['06435'],
        distributions: [
          {
            downloadUrl: 'https://praxisdialog.example/daten/praxisbeispiele.csv',
            title: { de: 'CSV', en: 'CSV' },
            format: 'CSV',
            mediaType: 'text/csv',
            lang: 'de',
            modified: '2026-01-01',
          },
        ],
      },
    ],
  };

  test('JSON-LD (expanded by jsonld.js, offline) and RDF/XML (read by a streaming RDF/XML parser) give the same triples', async () => {
    const graph = dcatGraph(input);
    const nquads = (await jsonld.toRDF(toJsonLd(graph) as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
    })) as unknown as string;
    const fromJsonLd = nquads.split('\n').filter((l) => l !== '');
    const fromXml: string[] = [];
    const term = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }) =>
      t.termType === 'NamedNode'
        ? `<${t.value}>`
        : `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : t.datatype && !t.datatype.value.endsWith('#string') ? `^^<${t.datatype.value}>` : ''}`;
    await new Promise<void>((done, fail) => {
      const parser = new RdfXmlParser();
      parser.on('data', (q) => fromXml.push(`${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .`));
      parser.on('error', fail);
      parser.on('end', done);
      parser.write(toRdfXml(graph));
      parser.end();
    });
    expect(fromXml.sort()).toEqual(fromJsonLd.sort());
    expect(fromJsonLd).toContain(
      '<https://praxisdialog.example/daten/praxisbeispiele.csv#distribution> <http://purl.org/dc/terms/license> <http://dcat-ap.de/def/licenses/cc-by/4.0> .',
    );
    expect(fromJsonLd).toContain(
      '<https://praxisdialog.example/daten/#praxisbeispiele> <http://dcat-ap.de/def/dcatde/politicalGeocodingURI> <http://dcat-ap.de/def/politicalGeocoding/districtKey/06435> .',
    );
  });
});

/**
 * Every machine-readable output is escaped for its format: arbitrary text — control characters, lone
 * surrogate halves, CR and LF, quotes, `<`, `&`, `]]>`, formula starters — goes through the real writer
 * of each format and is read back by a real parser of that format as the same text, modulo the
 * normalisation each writer documents:
 *
 * - RSS 2.0 (src/lib/feeds/rss.ts, read by feedsmith): titles, categories, authors and the description are one
 *   line of text (`oneLine`: characters XML 1.0 forbids removed, runs of white space one space, trimmed);
 *   the description is HTML whose text is exactly that line — never markup; no character outside XML 1.0.
 * - JSON Feed (read by feedsmith): the same text as the RSS feed.
 * - iCalendar (read by ical.js): line breaks as LF, control characters but tab removed; lines at most 75
 *   octets, folded without splitting a UTF-8 sequence.
 * - CSV (read by csv-parse): a cell starting with = + - @ tab CR or ' carries one leading ' (OWASP).
 * - DCAT RDF/XML (read by rdfxml-streaming-parser, a strict XML parser) and JSON-LD (jsonld.js): the same
 *   literals, characters XML 1.0 forbids removed.
 *
 * Lone surrogate halves are removed everywhere (UTF-8 cannot encode them). At least 1,000 strings per format.
 */
import fc from 'fast-check';
import { parseFeed } from 'feedsmith';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import jsonld from 'jsonld';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { rssXml } from '../../src/lib/feeds/rss.ts';
import { toJsonFeed } from '../../src/lib/feeds/jsonfeed.ts';
import type { FeedItem } from '../../src/lib/feeds/catalogue.ts';
import { calendarText, toICalendar } from '../../src/lib/opendata/ical.ts';
import { toCsv, unprotectCell } from '../../src/lib/opendata/csv.ts';
import { dcatGraph, toJsonLd, toRdfXml, type CatalogInput } from '../../src/lib/opendata/dcat.ts';
import { oneLine, wellFormed, xmlChars } from '../../src/lib/outputText.ts';

const RUNS = 1000;

/** Characters that break formats, weighted up against the rest of Unicode. */
const NASTY = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u007F',
  '\u0085',
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '"',
  "'",
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '&#8;',
  ']]>',
  '<![CDATA[',
  '<img src=x onerror=alert(1)>',
  '<b>',
  '</description>',
  ';',
  ',',
  '\\',
  '\\n',
  '\\,',
  ':',
  '=',
  '+',
  '-',
  '@',
  '=HYPERLINK("https://x")',
  'ä',
  'ß',
  'ẞ',
  '€',
  '„',
  '“',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '中',
];
const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), weight: 2 },
);
const text = fc.string({ unit, maxLength: 40 });

/** Every code point of a string outside XML 1.0's Char production. */
const notXml = (s: string) =>
  [...s].filter((c) => !/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]$/u.test(c));

/** The text an HTML renderer shows for an HTML fragment, and whether it holds any element. */
function htmlText(html: string): { text: string; elements: number } {
  const doc = parseDocument(html, { decodeEntities: true });
  return { text: DomUtils.textContent(doc), elements: DomUtils.findAll(() => true, doc.children).length };
}

const item = (over: Partial<FeedItem>): FeedItem => ({
  kind: 'practices',
  url: 'https://praxisdialog.example/praxis/x/',
  title: 'Titel',
  summary: 'Zusammenfassung',
  published: new Date('2026-01-01T00:00:00Z'),
  topics: [],
  districts: [],
  authors: [],
  lang: 'de',
  ...over,
});

describe('RSS: text stays text, and the file is XML 1.0', () => {
  test(`${RUNS} arbitrary titles, summaries, categories and authors read back by feedsmith as the same line of text`, async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, text, async (title, summary, category, author) => {
        const xml = rssXml({
          title: `Feed ${title}`,
          description: `Beschreibung ${summary}`,
          homePage: 'https://praxisdialog.example/',
          feedUrl: 'https://praxisdialog.example/feeds/alles.xml',
          lang: 'de-DE',
          items: [
            item({
              title: `T ${title}`,
              summary: `S ${summary}`,
              topics: [{ id: 'x', label: `K ${category}` }],
              authors: [`A ${author}`],
            }),
          ],
        });
        expect(notXml(xml)).toEqual([]);
        const parsed = parseFeed(xml);
        expect(parsed.format).toBe('rss');
        if (parsed.format !== 'rss') return;
        const channel = parsed.feed;
        expect(channel.title).toBe(oneLine(`Feed ${title}`));
        expect(channel.description).toBe(oneLine(`Beschreibung ${summary}`));
        const got = channel.items![0]!;
        expect(got.title).toBe(oneLine(`T ${title}`));
        expect(got.categories?.map((c) => c.name)).toEqual([oneLine(`K ${category}`)]);
        expect(got.dc?.creators).toEqual([oneLine(`A ${author}`)]);
        // The description is HTML (RSS 2.0): a reader shows its text, which must be the summary, and no element.
        const shown = htmlText(got.description!);
        expect(shown.elements).toBe(0);
        expect(shown.text).toBe(oneLine(`S ${summary}`));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the examples of issue 18', () => {
  const rss = (over: Partial<FeedItem>) =>
    rssXml({
      title: 'Feed',
      description: 'Alles',
      homePage: 'https://praxisdialog.example/',
      feedUrl: 'https://praxisdialog.example/feeds/alles.xml',
      lang: 'de-DE',
      items: [item(over)],
    });

  test('a teaser with <img onerror> is text in a feed reader, not an element', () => {
    const parsed = parseFeed(rss({ summary: 'Vorher <img src=x onerror=alert(1)> nachher' }));
    if (parsed.format !== 'rss') throw new Error(parsed.format);
    const shown = htmlText(parsed.feed.items![0]!.description!);
    expect(shown.elements).toBe(0);
    expect(shown.text).toBe('Vorher <img src=x onerror=alert(1)> nachher');
  });

  test('a title with U+0008 still makes an XML 1.0 feed', () => {
    const xml = rss({ title: 'Zurück\u0008taste' });
    expect(notXml(xml)).toEqual([]);
    expect(xml).toContain('<title>Zurücktaste</title>');
  });

  test('a lone CR in a dialogue’s description is a line break in the calendar, never a bare CR', () => {
    const ics = toICalendar({
      prodId: '-//Praxisdialog//Test//DE',
      name: 'Kalender',
      description: 'Alle',
      url: 'https://praxisdialog.example/daten/',
      events: [
        {
          uid: 'a@praxisdialog.example',
          start: '2026-03-31',
          summary: 'Titel',
          description: 'Zeile eins\rZeile zwei',
          url: 'https://praxisdialog.example/dialoge/a/',
          categories: [],
          stamp: new Date('2026-01-10T00:00:00Z'),
        },
      ],
    });
    expect(ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    expect(ics).toContain('DESCRIPTION:Zeile eins\\nZeile zwei');
  });
});

describe('JSON Feed: the same text as the RSS feed', () => {
  test(`${RUNS} arbitrary titles, summaries, tags and authors read back by feedsmith`, () => {
    fc.assert(
      fc.property(text, text, text, text, (title, summary, tag, author) => {
        const feed = toJsonFeed({
          title: `Feed ${title}`,
          description: 'Alles',
          homePage: 'https://praxisdialog.example/',
          feedUrl: 'https://praxisdialog.example/feeds/alles.json',
          lang: 'de',
          publisher: { name: 'Redaktion' },
          items: [
            item({
              title: `T ${title}`,
              summary: `S ${summary}`,
              topics: [{ id: 'x', label: `K ${tag}` }],
              authors: [`A ${author}`],
            }),
          ],
        });
        // As the file holds it: UTF-8 bytes.
        const bytes = Buffer.from(JSON.stringify(feed, null, 1), 'utf8').toString('utf8');
        const parsed = parseFeed(bytes);
        expect(parsed.format).toBe('json');
        if (parsed.format !== 'json') return;
        expect(parsed.feed.title).toBe(oneLine(`Feed ${title}`));
        const got = parsed.feed.items![0]!;
        expect(got.title).toBe(oneLine(`T ${title}`));
        expect(got.summary).toBe(oneLine(`S ${summary}`));
        expect(got.content_text).toBe(oneLine(`S ${summary}`));
        expect(got.tags).toEqual([oneLine(`K ${tag}`)]);
        expect(got.authors?.map((a) => a.name)).toEqual([oneLine(`A ${author}`)]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('iCalendar (RFC 5545)', () => {
  test(`${RUNS} arbitrary summaries, descriptions, locations and categories read back by ical.js; lines at most 75 octets`, () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.array(text, { minLength: 1, maxLength: 3 }),
        (summary, description, location, categories) => {
          const ics = toICalendar({
            prodId: '-//Praxisdialog//Test//DE',
            name: 'Kalender',
            description: `Alle Termine ${summary}`,
            url: 'https://praxisdialog.example/daten/',
            events: [
              {
                uid: 'dialogues-de-a@praxisdialog.example',
                start: '2026-03-31',
                summary,
                description,
                location: `Ort ${location}`,
                url: 'https://praxisdialog.example/dialoge/a/',
                categories,
                stamp: new Date('2026-01-10T00:00:00Z'),
              },
            ],
          });
          // Content lines end in CR LF; no other CR or LF; no line over 75 octets.
          expect(ics.endsWith('\r\n')).toBe(true);
          for (const line of ics.slice(0, -2).split('\r\n')) {
            expect(line).not.toMatch(/[\r\n]/u);
            expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
          }
          const bytes = Buffer.from(ics, 'utf8').toString('utf8');
          const calendar = new ICAL.Component(ICAL.parse(bytes));
          expect(calendar.getFirstPropertyValue('description')).toBe(calendarText(`Alle Termine ${summary}`));
          const vevent = calendar.getFirstSubcomponent('vevent')!;
          const event = new ICAL.Event(vevent);
          expect(event.summary).toBe(calendarText(summary));
          expect(event.description).toBe(calendarText(`${description}\n\nhttps://praxisdialog.example/dialoge/a/`));
          expect(event.location).toBe(calendarText(`Ort ${location}`));
          expect(vevent.getAllProperties('categories').flatMap((p) => p.getValues())).toEqual(
            categories.map(calendarText),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('CSV: no cell is a formula, and every value comes back', () => {
  test(`${RUNS} arbitrary rows read back by csv-parse; a cell never starts with a formula character`, () => {
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const csv = toCsv(['a', 'b', 'c'], rows);
        const bytes = Buffer.from(csv, 'utf8').toString('utf8');
        const [header, ...read] = parseCsv(bytes, { bom: true, relax_column_count: false }) as string[][];
        expect(header).toEqual(['a', 'b', 'c']);
        expect(read).toHaveLength(rows.length);
        for (const row of read) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
        expect(read.map((row) => row.map(unprotectCell))).toEqual(rows.map((row) => row.map(wellFormed)));
      }),
      { numRuns: RUNS },
    );
  });

  test('a spreadsheet formula is written as text', () => {
    expect(toCsv(['a'], [['=HYPERLINK("https://x","klick")'], ['-40 %'], ['@SUM(A1)'], ["'quoted"]])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""https://x"",""klick"")"\r\n\'-40 %\r\n\'@SUM(A1)\r\n\'\'quoted\r\n',
    );
  });
});

describe('DCAT-AP.de: RDF/XML is XML 1.0, and holds the literals the JSON-LD holds', () => {
  const catalog = (title: string, description: string, keyword: string): CatalogInput => ({
    iri: 'https://praxisdialog.example/daten/#katalog',
    title: { de: title, en: 'Catalogue' },
    description: { de: description, en: 'Description' },
    homepage: 'https://praxisdialog.example/',
    publisher: { name: 'Redaktion', url: 'https://praxisdialog.example/' },
    contact: { name: 'Redaktion', url: 'https://praxisdialog.example/impressum/' },
    licence: { dcatUri: 'http://dcat-ap.de/def/licenses/cc-by/4.0', attribution: 'Praxisdialog' },
    modified: '2026-01-01',
    datasets: [
      {
        iri: 'https://praxisdialog.example/daten/#praxisbeispiele',
        identifier: 'praxisbeispiele',
        title: { de: 'Praxisbeispiele', en: 'Practices' },
        description: { de: description, en: 'Size' },
        keywords: { de: [keyword], en: ['municipalities'] },
        landingPage: 'https://praxisdialog.example/daten/',
        issued: '2025-01-01',
        modified: '2026-01-01',
        districts: ['06435'],
        distributions: [],
      },
    ],
  });

  test(`${RUNS} arbitrary titles, descriptions and keywords read back by a strict RDF/XML parser and by jsonld.js`, async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (title, description, keyword) => {
        const graph = dcatGraph(catalog(title, description, keyword));
        const xml = toRdfXml(graph);
        expect(notXml(xml)).toEqual([]);
        const fromXml: string[] = [];
        await new Promise<void>((done, fail) => {
          const parser = new RdfXmlParser();
          parser.on('data', (q: { object: { termType: string; value: string } }) => {
            if (q.object.termType === 'Literal') fromXml.push(q.object.value);
          });
          parser.on('error', fail);
          parser.on('end', done);
          parser.write(xml);
          parser.end();
        });
        for (const value of [title, description, keyword]) expect(fromXml).toContain(xmlChars(value));
        const quads = (await jsonld.toRDF(toJsonLd(graph) as jsonld.JsonLdDocument)) as unknown as {
          object: { termType: string; value: string };
        }[];
        const fromJsonLd = quads.filter((q) => q.object.termType === 'Literal').map((q) => q.object.value);
        expect(fromJsonLd.sort()).toEqual(fromXml.sort());
      }),
      { numRuns: RUNS },
    );
  });
});

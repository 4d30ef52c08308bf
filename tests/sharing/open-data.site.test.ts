/**
 * Open data and citations in the built site: the CSV reads back (with a real CSV parser) to the
 * same records as the JSON; the calendars parse as iCalendar; the DCAT-AP.de metadata in JSON-LD and
 * RDF/XML hold the same triples and name every file; each report's BibTeX and RIS parse with real
 * parsers and agree with its CSL-JSON and its citation_* tags.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import jsonld from 'jsonld';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteUnderTest } from '../helpers/site.ts';
import { PRACTICE_COLUMNS, practiceFromRow, type PracticeRecord } from '../../src/lib/opendata/practices.ts';
import { fileFor, htmlPages, metaValue, metaValues, readHead, siteOrigin } from './lib/head.ts';

let dir: string;
let origin: string;
beforeAll(async () => {
  dir = siteUnderTest().dir;
  origin = await siteOrigin(dir);
});
const read = (p: string) => readFile(join(dir, p), 'utf8');

describe('practice catalogue', () => {
  test.each([
    ['de', 'daten/praxisbeispiele'],
    ['en', 'en/data/practices'],
  ])('%s: the CSV reads back to the same records as the JSON', async (lang, base) => {
    const json = JSON.parse(await read(`${base}.json`)) as { records: PracticeRecord[]; licence: { url: string } };
    const rows = parseCsv(await read(`${base}.csv`), { bom: true, relax_column_count: false }) as string[][];
    const [header, ...body] = rows;
    expect(header).toEqual(PRACTICE_COLUMNS.map((c) => c.key));
    const fromCsv = body.map(practiceFromRow);
    // JSON leaves out keys whose value is unknown; the CSV has an empty cell. Compare with nulls filled in.
    const filled = json.records.map((r) =>
      Object.fromEntries(
        PRACTICE_COLUMNS.map((c) => [c.key, (r as unknown as Record<string, unknown>)[c.key] ?? null]),
      ),
    );
    expect(fromCsv).toEqual(filled);
    expect(json.records.length).toBeGreaterThan(0);
    expect(json.licence.url).toMatch(/^https:\/\//u);
    for (const r of json.records) {
      expect(r.lang).toBe(lang);
      expect(r.districts.every((a) => /^\d{5}$/u.test(a))).toBe(true);
      expect(fileFor(dir, r.url, origin)).toBeDefined();
    }
  });

  test('ids are unique and translations point at records of the other file', async () => {
    const de = JSON.parse(await read('daten/praxisbeispiele.json')) as { records: PracticeRecord[] };
    const en = JSON.parse(await read('en/data/practices.json')) as { records: PracticeRecord[] };
    const ids = [...de.records, ...en.records].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const enIds = new Set(en.records.map((r) => r.id));
    for (const r of de.records) if (r.translationId) expect(enIds).toContain(r.translationId);
  });
});

describe('calendars', () => {
  test.each(['daten/dialoge.ics', 'en/data/dialogues.ics'])('%s parses as iCalendar 2.0', async (file) => {
    const cal = new ICAL.Component(ICAL.parse(await read(file)));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    for (const event of cal.getAllSubcomponents('vevent')) {
      const e = new ICAL.Event(event);
      expect(e.uid).toBeTruthy();
      expect(e.summary).toBeTruthy();
      expect(e.startDate.isDate).toBe(true);
    }
  });
});

describe('DCAT-AP.de', () => {
  async function triples(): Promise<{ fromJsonLd: Set<string>; fromRdfXml: Set<string> }> {
    const doc = JSON.parse(await read('daten/dcat.jsonld')) as object;
    const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
    })) as unknown as string;
    const fromJsonLd = new Set(nquads.split('\n').filter((l) => l.trim() !== ''));
    const fromRdfXml = new Set<string>();
    const term = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }) => {
      if (t.termType === 'NamedNode') return `<${t.value}>`;
      const value = JSON.stringify(t.value);
      if (t.language) return `${value}@${t.language}`;
      if (t.datatype && t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string')
        return `${value}^^<${t.datatype.value}>`;
      return value;
    };
    await new Promise<void>((done, fail) => {
      const parser = new RdfXmlParser({ baseIRI: origin });
      parser.on('data', (q) => fromRdfXml.add(`${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .`));
      parser.on('error', fail);
      parser.on('end', done);
      void read('daten/dcat.rdf').then((x) => {
        parser.write(x);
        parser.end();
      });
    });
    return { fromJsonLd, fromRdfXml };
  }

  test('the JSON-LD and the RDF/XML file hold the same triples', async () => {
    const { fromJsonLd, fromRdfXml } = await triples();
    expect(fromJsonLd.size).toBeGreaterThan(50);
    expect([...fromRdfXml].sort()).toEqual([...fromJsonLd].sort());
  });

  test('the catalogue describes each data file as a distribution with licence, format and a download that exists', async () => {
    const { fromJsonLd } = await triples();
    const lines = [...fromJsonLd];
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const downloads = lines.filter((l) => l.includes(`<${DCAT}downloadURL>`)).map((l) => /<([^>]+)> \.$/u.exec(l)![1]!);
    expect(downloads.length).toBe(6);
    for (const url of downloads) expect(fileFor(dir, url, origin)).toBeDefined();
    const distributions = lines.filter((l) => l.includes(`<${DCAT}Distribution>`)).map((l) => l.split(' ')[0]!);
    for (const d of distributions) {
      expect(
        lines.some((l) => l.startsWith(`${d} <http://purl.org/dc/terms/license> <http://dcat-ap.de/def/licenses/`)),
      ).toBe(true);
      expect(lines.some((l) => l.startsWith(`${d} <http://purl.org/dc/terms/format>`))).toBe(true);
    }
    expect(lines.some((l) => l.includes(`<${DCAT}Dataset>`))).toBe(true);
  });
});

describe('citations', () => {
  async function reportPages() {
    return (await htmlPages(dir)).filter((p) => /^\/berichte\/[^/]+\/$/u.test(p.path));
  }

  test('every report page carries citation_* tags and links its BibTeX, RIS and CSL-JSON, which exist', async () => {
    const pages = await reportPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const head = await readHead(page.file);
      expect(metaValue(head, 'citation_title')).toBeTruthy();
      expect(metaValue(head, 'citation_language')).toMatch(/^(de|en)$/u);
      expect(metaValue(head, 'citation_abstract_html_url')).toMatch(/^https:\/\//u);
      const id = page.path.split('/')[2]!;
      for (const ext of ['bib', 'ris', 'csl.json']) {
        expect(head.html).toContain(`href="/zitation/${id}.${ext}"`);
        expect(fileFor(dir, `/zitation/${id}.${ext}`, origin)).toBeDefined();
      }
    }
  });

  test('BibTeX parses without errors and says what the CSL-JSON and the citation tags say', async () => {
    for (const page of await reportPages()) {
      const id = page.path.split('/')[2]!;
      const lib = parseBibtex(await read(`zitation/${id}.bib`));
      expect(lib.errors).toEqual([]);
      expect(lib.entries).toHaveLength(1);
      const entry = lib.entries[0]!;
      const [csl] = JSON.parse(await read(`zitation/${id}.csl.json`)) as {
        title: string;
        author?: { family: string }[];
        issued?: { 'date-parts': number[][] };
      }[];
      const head = await readHead(page.file);
      expect(entry.fields.title).toBe(csl!.title);
      expect(metaValue(head, 'citation_title')).toBe(csl!.title);
      expect((entry.fields.author ?? []).map((a) => [a.prefix, a.lastName].filter(Boolean).join(' '))).toEqual(
        (csl!.author ?? []).map((a) => a.family),
      );
      expect(metaValues(head, 'citation_author')).toHaveLength((csl!.author ?? []).length);
      if (csl!.issued) expect(entry.fields.year).toBe(String(csl!.issued['date-parts'][0]![0]));
    }
  });

  test('RIS parses (Citation.js) into the same title, kind and address as the CSL-JSON', async () => {
    for (const page of await reportPages()) {
      const id = page.path.split('/')[2]!;
      const [fromRis] = new Cite(await read(`zitation/${id}.ris`)).data;
      const [csl] = JSON.parse(await read(`zitation/${id}.csl.json`)) as Record<string, unknown>[];
      expect(fromRis!.type).toBe('report');
      expect(fromRis!.title).toBe(csl!.title);
      expect(fromRis!.URL).toBe(csl!.URL);
      expect(fromRis!.publisher).toBe(csl!.publisher);
    }
  });
});

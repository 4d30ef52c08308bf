/**
 * DCAT-AP.de metadata for the open data: a dcat:Catalog with its dcat:Datasets and their
 * dcat:Distributions, so that a data portal (GovData and other CKAN-based portals) can harvest
 * them. Built once as a small flat RDF graph and written both as JSON-LD (with an inline context,
 * so nothing is fetched to read it) and as RDF/XML; a test checks the two hold the same triples.
 */

import { escapeXmlAttr, escapeXmlText, xmlChars } from '../outputText.ts';

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;
type Prefix = keyof typeof NS;
/** A prefixed name such as `dct:title`. */
type QName = `${Prefix}:${string}`;

export type Obj = { iri: string } | { value: string; lang?: string | undefined; datatype?: QName | undefined };

export interface Resource {
  iri: string;
  type: QName;
  props: [QName, Obj][];
}

const EU = 'http://publications.europa.eu/resource/authority';
const LANGUAGE = { de: `${EU}/language/DEU`, en: `${EU}/language/ENG` } as const;

export interface DistributionInput {
  downloadUrl: string;
  title: { de: string; en: string };
  /** EU file type, e.g. JSON, CSV, ICS. */
  format: 'JSON' | 'CSV' | 'ICS' | 'JSON_LD' | 'RDF_XML';
  /** IANA media type, e.g. text/csv. */
  mediaType: string;
  lang: 'de' | 'en';
  modified: string;
}

export interface DatasetInput {
  iri: string;
  identifier: string;
  title: { de: string; en: string };
  description: { de: string; en: string };
  keywords: { de: string[]; en: string[] };
  landingPage: string;
  issued: string;
  modified: string;
  /** Districts covered, by AGS (dcatde:politicalGeocodingURI). */
  districts: string[];
  distributions: DistributionInput[];
}

export interface CatalogInput {
  iri: string;
  title: { de: string; en: string };
  description: { de: string; en: string };
  homepage: string;
  publisher: { name: string; url: string };
  contact: { name: string; email?: string | undefined; url: string };
  licence: { dcatUri: string; attribution: string };
  modified: string;
  datasets: DatasetInput[];
}

// Characters XML forbids are removed here, so the JSON-LD and the RDF/XML hold the same literals.
const text = (value: string, lang?: string): Obj => ({ value: xmlChars(value), lang });
const date = (value: string): Obj => ({ value, datatype: 'xsd:date' });
const iri = (value: string): Obj => ({ iri: value });
const bilingual = (p: QName, t: { de: string; en: string }): [QName, Obj][] => [
  [p, text(t.de, 'de')],
  [p, text(t.en, 'en')],
];

/** The catalogue as a flat list of resources (every node named by an IRI, no blank nodes). */
export function dcatGraph(c: CatalogInput): Resource[] {
  const publisher = `${c.iri}-publisher`;
  const contact = `${c.iri}-contact`;
  const out: Resource[] = [
    {
      iri: c.iri,
      type: 'dcat:Catalog',
      props: [
        ...bilingual('dct:title', c.title),
        ...bilingual('dct:description', c.description),
        ['foaf:homepage', iri(c.homepage)],
        ['dct:publisher', iri(publisher)],
        ['dct:language', iri(LANGUAGE.de)],
        ['dct:language', iri(LANGUAGE.en)],
        ['dct:license', iri(c.licence.dcatUri)],
        ['dct:modified', date(c.modified)],
        ...c.datasets.map((d): [QName, Obj] => ['dcat:dataset', iri(d.iri)]),
      ],
    },
    {
      iri: publisher,
      type: 'foaf:Organization',
      props: [
        ['foaf:name', text(c.publisher.name)],
        ['foaf:homepage', iri(c.publisher.url)],
      ],
    },
    {
      iri: contact,
      type: 'vcard:Organization',
      props: [
        ['vcard:fn', text(c.contact.name)],
        ...(c.contact.email ? [['vcard:hasEmail', iri(`mailto:${c.contact.email}`)] as [QName, Obj]] : []),
        ['vcard:hasURL', iri(c.contact.url)],
      ],
    },
  ];
  for (const d of c.datasets) {
    out.push({
      iri: d.iri,
      type: 'dcat:Dataset',
      props: [
        ['dct:identifier', text(d.identifier)],
        ...bilingual('dct:title', d.title),
        ...bilingual('dct:description', d.description),
        ...d.keywords.de.map((k): [QName, Obj] => ['dcat:keyword', text(k, 'de')]),
        ...d.keywords.en.map((k): [QName, Obj] => ['dcat:keyword', text(k, 'en')]),
        ['dcat:theme', iri(`${EU}/data-theme/GOVE`)],
        ['dct:publisher', iri(publisher)],
        ['dcat:contactPoint', iri(contact)],
        ['dcatde:maintainer', iri(publisher)],
        ['dcat:landingPage', iri(d.landingPage)],
        ['dct:issued', date(d.issued)],
        ['dct:modified', date(d.modified)],
        ['dct:language', iri(LANGUAGE.de)],
        ['dct:language', iri(LANGUAGE.en)],
        ['dct:spatial', iri(`${EU}/country/DEU`)],
        ['dcatde:politicalGeocodingLevelURI', iri('http://dcat-ap.de/def/politicalGeocodingLevel/federal')],
        ...d.districts.map((ags): [QName, Obj] => [
          'dcatde:politicalGeocodingURI',
          iri(`http://dcat-ap.de/def/politicalGeocoding/districtKey/${ags}`),
        ]),
        ['dct:accessRights', iri(`${EU}/access-right/PUBLIC`)],
        ['dct:accrualPeriodicity', iri(`${EU}/frequency/IRREG`)],
        ...d.distributions.map((x): [QName, Obj] => ['dcat:distribution', iri(`${x.downloadUrl}#distribution`)]),
      ],
    });
    for (const x of d.distributions) {
      out.push({
        iri: `${x.downloadUrl}#distribution`,
        type: 'dcat:Distribution',
        props: [
          ...bilingual('dct:title', x.title),
          ['dcat:accessURL', iri(x.downloadUrl)],
          ['dcat:downloadURL', iri(x.downloadUrl)],
          ['dct:format', iri(`${EU}/file-type/${x.format}`)],
          ['dcat:mediaType', iri(`https://www.iana.org/assignments/media-types/${x.mediaType}`)],
          ['dct:license', iri(c.licence.dcatUri)],
          ['dcatde:licenseAttributionByText', text(c.licence.attribution)],
          ['dct:language', iri(LANGUAGE[x.lang])],
          ['dct:modified', date(x.modified)],
        ],
      });
    }
  }
  return out;
}

/** JSON-LD with the prefixes in an inline context. */
export function toJsonLd(graph: readonly Resource[]): object {
  const node = (r: Resource) => {
    const out: Record<string, unknown> = { '@id': r.iri, '@type': r.type };
    for (const [p, o] of r.props) {
      const value =
        'iri' in o
          ? { '@id': o.iri }
          : o.lang
            ? { '@value': o.value, '@language': o.lang }
            : o.datatype
              ? { '@value': o.value, '@type': o.datatype }
              : o.value;
      const prev = out[p];
      out[p] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    return out;
  };
  return { '@context': { ...NS }, '@graph': graph.map(node) };
}

const expand = (q: QName) => {
  const [prefix, local] = q.split(':') as [Prefix, string];
  return NS[prefix] + local;
};

/** RDF/XML: one element per resource, typed by its element name, references by rdf:resource. */
export function toRdfXml(graph: readonly Resource[]): string {
  const ns = Object.entries(NS)
    .map(([p, u]) => `  xmlns:${p}="${u}"`)
    .join('\n');
  const body = graph
    .map((r) => {
      const props = r.props
        .map(([p, o]) => {
          if ('iri' in o) return `    <${p} rdf:resource="${escapeXmlAttr(o.iri)}"/>`;
          const attrs = o.lang ? ` xml:lang="${o.lang}"` : o.datatype ? ` rdf:datatype="${expand(o.datatype)}"` : '';
          return `    <${p}${attrs}>${escapeXmlText(o.value)}</${p}>`;
        })
        .join('\n');
      return `  <${r.type} rdf:about="${escapeXmlAttr(r.iri)}">\n${props}\n  </${r.type}>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF\n${ns}>\n${body}\n</rdf:RDF>\n`;
}

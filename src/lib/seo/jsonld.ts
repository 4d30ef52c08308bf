/**
 * schema.org JSON-LD for search engines, built from plain data (no Astro imports, so the builders
 * are unit-tested). Each page's head carries one `@graph`: the site's Organization, the WebSite on
 * the home pages, a BreadcrumbList, and the page's own node (BlogPosting, Article, Report, Event,
 * AdministrativeArea, ResearchProject, ProfilePage).
 */

export type JsonLd = { '@type'?: string | string[]; '@id'?: string; [key: string]: unknown };

export interface SiteInfo {
  /** Origin without trailing slash. */
  url: string;
  name: string;
  operator: { name: string; url?: string | undefined };
  /** Absolute address of a square raster logo. */
  logo: string;
  /** Absolute address of the search page per language (`?q=` is appended). */
  search: { de: string; en: string };
}

export interface Ref {
  name: string;
  url?: string | undefined;
}

export interface DistrictRef {
  ags: string;
  name: string;
  url?: string | undefined;
}

const orgId = (s: SiteInfo) => `${s.url}/#organization`;
const websiteId = (s: SiteInfo) => `${s.url}/#website`;

/** Drop undefined values and empty arrays, so the output carries only what is known. */
export function clean<T extends JsonLd>(node: T): T {
  const out: JsonLd = {};
  for (const [k, v] of Object.entries(node)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

export function organizationNode(s: SiteInfo): JsonLd {
  return clean({
    '@type': 'Organization',
    '@id': orgId(s),
    name: s.name,
    alternateName: s.operator.name !== s.name ? s.operator.name : undefined,
    url: `${s.url}/`,
    logo: { '@type': 'ImageObject', url: s.logo, width: 512, height: 512 },
    sameAs: s.operator.url ? [s.operator.url] : undefined,
  });
}

export function websiteNode(s: SiteInfo, lang: 'de' | 'en'): JsonLd {
  return {
    '@type': 'WebSite',
    '@id': websiteId(s),
    name: s.name,
    url: `${s.url}/`,
    inLanguage: lang,
    publisher: { '@id': orgId(s) },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${s.search[lang]}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** Home → section → page; every item but the last has its address (Google's rule for the last one is "may"). */
export function breadcrumbNode(crumbs: Ref[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => clean({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

const person = (p: Ref): JsonLd => clean({ '@type': 'Person', name: p.name, url: p.url });
const place = (d: DistrictRef): JsonLd =>
  clean({
    '@type': 'AdministrativeArea',
    name: d.name,
    url: d.url,
    identifier: { '@type': 'PropertyValue', propertyID: 'AGS', value: d.ags },
  });

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  lang: 'de' | 'en';
  datePublished: string;
  dateModified?: string | undefined;
  authors: Ref[];
  image?: string | undefined;
  keywords: string[];
  districts: DistrictRef[];
  /** Address of the same text in the other language. */
  translation?: string | undefined;
}

function articleBase(type: string, a: ArticleInput, s: SiteInfo): JsonLd {
  return clean({
    '@type': type,
    '@id': `${a.url}#article`,
    headline: a.headline.length > 110 ? `${a.headline.slice(0, 109)}…` : a.headline,
    description: a.description,
    url: a.url,
    inLanguage: a.lang,
    datePublished: a.datePublished,
    dateModified: a.dateModified ?? a.datePublished,
    author: a.authors.length > 0 ? a.authors.map(person) : [{ '@id': orgId(s) }],
    publisher: { '@id': orgId(s) },
    image: a.image,
    keywords: a.keywords.length > 0 ? a.keywords.join(', ') : undefined,
    spatialCoverage: a.districts.map(place),
    workTranslation: a.translation ? { '@id': `${a.translation}#article` } : undefined,
  });
}

/** A blog post. */
export function blogPostingNode(a: ArticleInput, s: SiteInfo): JsonLd {
  return articleBase('BlogPosting', a, s);
}

/** A good-practice entry: an Article about the districts it comes from. */
export function practiceNode(a: ArticleInput & { about: string[] }, s: SiteInfo): JsonLd {
  return clean({ ...articleBase('Article', a, s), about: a.about.map((name) => ({ '@type': 'Thing', name })) });
}

export interface ReportInput {
  /** Address of the report's page on this site. */
  url: string;
  title: string;
  subtitle?: string | undefined;
  /** Language of the document. */
  documentLang: 'de' | 'en';
  abstract?: string | undefined;
  authors: Ref[];
  publisher?: string | undefined;
  year?: number | undefined;
  keywords: string[];
  doi?: string | undefined;
  urn?: string | undefined;
  /** Address of the report itself and of its PDF. */
  sourceUrl?: string | undefined;
  pdf?: string | undefined;
  image?: string | undefined;
  districts: DistrictRef[];
}

export function reportNode(r: ReportInput): JsonLd {
  const identifiers = [
    r.doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: r.doi } : undefined,
    r.urn ? { '@type': 'PropertyValue', propertyID: 'URN', value: r.urn } : undefined,
  ].filter((x) => x !== undefined);
  return clean({
    '@type': 'Report',
    '@id': `${r.url}#report`,
    headline: r.title.length > 110 ? `${r.title.slice(0, 109)}…` : r.title,
    alternativeHeadline: r.subtitle,
    url: r.url,
    inLanguage: r.documentLang,
    abstract: r.abstract,
    author: r.authors.map(person),
    publisher: r.publisher ? { '@type': 'Organization', name: r.publisher } : undefined,
    datePublished: r.year ? String(r.year) : undefined,
    keywords: r.keywords.length > 0 ? r.keywords.join(', ') : undefined,
    identifier: identifiers,
    sameAs: [r.doi ? `https://doi.org/${r.doi}` : undefined, r.sourceUrl].filter((x) => x !== undefined),
    encoding: r.pdf ? { '@type': 'MediaObject', contentUrl: r.pdf, encodingFormat: 'application/pdf' } : undefined,
    image: r.image,
    spatialCoverage: r.districts.map(place),
  });
}

export interface EventInput {
  url: string;
  name: string;
  description: string;
  lang: 'de' | 'en';
  /** ISO dates (YYYY-MM-DD). */
  startDate: string;
  endDate?: string | undefined;
  online: boolean;
  place: { name: string; address?: string | undefined };
  organisers: string[];
  image?: string | undefined;
  districts: DistrictRef[];
}

export function eventNode(e: EventInput, s: SiteInfo): JsonLd {
  const physical = clean({
    '@type': 'Place',
    name: e.place.name,
    address: e.place.address ?? e.place.name,
  });
  return clean({
    '@type': 'Event',
    '@id': `${e.url}#event`,
    name: e.name,
    description: e.description,
    url: e.url,
    inLanguage: e.lang,
    startDate: e.startDate,
    endDate: e.endDate ?? e.startDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: e.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: e.online ? { '@type': 'VirtualLocation', url: e.url, name: e.place.name } : physical,
    organizer: [{ '@id': orgId(s) }, ...e.organisers.map((name) => ({ '@type': 'Organization', name }))],
    image: e.image,
    about: e.districts.map(place),
  });
}

export interface DistrictInput {
  url: string;
  name: string;
  officialName: string;
  ags: string;
  nuts3: string;
  type: string;
  state: string;
  lat: number;
  lon: number;
  population: number;
  areaKm2: number;
  description?: string | undefined;
  website?: string | undefined;
  image?: string | undefined;
}

export function districtNode(d: DistrictInput): JsonLd {
  return clean({
    '@type': ['AdministrativeArea', 'Place'],
    '@id': `${d.url}#place`,
    name: d.name,
    alternateName: d.officialName !== d.name ? d.officialName : undefined,
    url: d.url,
    description: d.description,
    identifier: [
      { '@type': 'PropertyValue', propertyID: 'AGS', value: d.ags },
      { '@type': 'PropertyValue', propertyID: 'NUTS3', value: d.nuts3 },
    ],
    geo: { '@type': 'GeoCoordinates', latitude: d.lat, longitude: d.lon },
    containedInPlace: { '@type': 'AdministrativeArea', name: d.state },
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'population', value: d.population },
      { '@type': 'PropertyValue', name: 'area', value: d.areaKm2, unitCode: 'KMK' },
      { '@type': 'PropertyValue', name: 'type', value: d.type },
    ],
    sameAs: d.website ? [d.website] : undefined,
    image: d.image,
  });
}

export interface ProjectInput {
  url: string;
  name: string;
  alternateName?: string | undefined;
  description: string;
  lang: 'de' | 'en';
  research: boolean;
  lead: string;
  funders: string[];
  partners: string[];
  startDate?: string | undefined;
  endDate?: string | undefined;
  image?: string | undefined;
  districts: DistrictRef[];
}

export function projectNode(p: ProjectInput): JsonLd {
  return clean({
    '@type': p.research ? 'ResearchProject' : 'Project',
    '@id': `${p.url}#project`,
    name: p.name,
    alternateName: p.alternateName,
    description: p.description,
    url: p.url,
    inLanguage: p.lang,
    parentOrganization: { '@type': 'Organization', name: p.lead },
    funder: p.funders.map((name) => ({ '@type': 'Organization', name })),
    member: p.partners.map((name) => ({ '@type': 'Organization', name })),
    foundingDate: p.startDate,
    dissolutionDate: p.endDate,
    image: p.image,
    areaServed: p.districts.map(place),
  });
}

export interface PersonInput {
  url: string;
  name: string;
  honorific?: string | undefined;
  role?: string | undefined;
  affiliation?: string | undefined;
  homepage?: string | undefined;
  description?: string | undefined;
  isTeam: boolean;
  image?: string | undefined;
}

export function profilePageNode(p: PersonInput): JsonLd {
  const entity = p.isTeam
    ? clean({ '@type': 'Organization', name: p.name, description: p.description, url: p.homepage })
    : clean({
        '@type': 'Person',
        name: p.name,
        honorificPrefix: p.honorific,
        jobTitle: p.role,
        affiliation: p.affiliation ? { '@type': 'Organization', name: p.affiliation } : undefined,
        description: p.description,
        sameAs: p.homepage ? [p.homepage] : undefined,
      });
  return clean({ '@type': 'ProfilePage', '@id': `${p.url}#page`, url: p.url, mainEntity: entity, image: p.image });
}

/** The head's one JSON-LD object. */
export function graph(nodes: JsonLd[]): { '@context': string; '@graph': JsonLd[] } {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

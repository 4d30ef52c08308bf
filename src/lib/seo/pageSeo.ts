/**
 * What an entry page tells search engines, social networks and reference managers beyond its
 * title and description: the JSON-LD node, the open-graph type and dates, and for reports the
 * `citation_*` tags. Page components pass the result as BaseLayout's `seo` prop (a promise is
 * fine: SeoHead awaits it), so each page needs one prop and no logic of its own.
 */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { site } from '../../config/site.ts';
import { STATES } from '../../config/states.ts';
import { allDistricts, districtUrl, ids, translationOf, urlOf, type District } from '../entries.ts';
import { isoDate, path, pick, type Lang } from '../i18n.ts';
import { ogImageFor } from '../og/pages.ts';
import { citationMeta, type MetaTag } from '../citation/meta.ts';
import { reportCitation } from '../citation/report.ts';
import {
  blogPostingNode,
  districtNode,
  eventNode,
  practiceNode,
  profilePageNode,
  projectNode,
  reportNode,
  type DistrictRef,
  type JsonLd,
  type Ref,
  type SiteInfo,
} from './jsonld.ts';

export interface SeoData {
  /** `og:type`: "article" for dated texts, "profile" for people, "website" otherwise. */
  type?: 'website' | 'article' | 'profile';
  published?: Date | undefined;
  modified?: Date | undefined;
  /** The page's own JSON-LD nodes (Organization and BreadcrumbList are added by SeoHead). */
  nodes?: JsonLd[];
  /** `citation_*` meta tags (reports). */
  citation?: MetaTag[];
}

const abs = (p: string) => new URL(p, site.url).href;

export function siteInfo(): SiteInfo {
  return {
    url: site.url.replace(/\/+$/u, ''),
    name: site.name,
    operator: site.operator,
    logo: abs('/og/logo.png'),
    search: { de: abs(path('de', 'search')), en: abs(path('en', 'search')) },
  };
}

async function districtRefs(refs: readonly { id: string }[] | undefined, lang: Lang): Promise<DistrictRef[]> {
  const wanted = new Set(ids(refs));
  return (await allDistricts())
    .filter((d) => wanted.has(d.facts.ags))
    .map((d) => ({ ags: d.facts.ags, name: d.facts.name, url: abs(districtUrl(d, lang)) }));
}

async function topicLabels(refs: readonly { id: string }[] | undefined, lang: Lang): Promise<string[]> {
  const wanted = new Set(ids(refs));
  return (await getCollection('topics')).filter((t) => wanted.has(t.id)).map((t) => t.data.label[lang]);
}

async function authorRefs(refs: readonly { id: string; collection: 'people' }[], lang: Lang): Promise<Ref[]> {
  const people = (await getEntries([...refs])).filter(Boolean) as CollectionEntry<'people'>[];
  return people.map((p) => ({ name: p.data.name, url: abs(path(lang, 'people', p.id)) }));
}

export async function postSeo(entry: CollectionEntry<'posts'>): Promise<SeoData> {
  const d = entry.data;
  const url = abs(urlOf('posts', entry));
  const translation = await translationOf('posts', entry);
  return {
    type: 'article',
    published: d.publishedAt,
    modified: d.updatedAt,
    nodes: [
      blogPostingNode(
        {
          url,
          headline: d.title,
          description: d.teaser,
          lang: d.lang,
          datePublished: isoDate(d.publishedAt),
          dateModified: d.updatedAt ? isoDate(d.updatedAt) : undefined,
          authors: await authorRefs(d.authors, d.lang),
          image: await ogImageFor(urlOf('posts', entry)),
          keywords: await topicLabels(d.topics, d.lang),
          districts: await districtRefs(d.districts, d.lang),
          translation: translation ? abs(urlOf('posts', translation)) : undefined,
        },
        siteInfo(),
      ),
    ],
  };
}

export async function practiceSeo(entry: CollectionEntry<'practices'>): Promise<SeoData> {
  const d = entry.data;
  const url = abs(urlOf('practices', entry));
  const translation = await translationOf('practices', entry);
  const contact = d.contact?.person ? await getEntry(d.contact.person) : undefined;
  const topics = await topicLabels(d.topics, d.lang);
  return {
    type: 'article',
    published: d.publishedAt,
    modified: d.updatedAt ?? d.lastChecked,
    nodes: [
      practiceNode(
        {
          url,
          headline: d.title,
          description: d.teaser,
          lang: d.lang,
          datePublished: isoDate(d.publishedAt),
          dateModified: isoDate(d.updatedAt ?? d.lastChecked),
          authors: contact ? [{ name: contact.data.name, url: abs(path(d.lang, 'people', contact.id)) }] : [],
          image: await ogImageFor(urlOf('practices', entry)),
          keywords: topics,
          about: topics,
          districts: await districtRefs(d.districts, d.lang),
          translation: translation ? abs(urlOf('practices', translation)) : undefined,
        },
        siteInfo(),
      ),
    ],
  };
}

export async function projectSeo(entry: CollectionEntry<'projects'>): Promise<SeoData> {
  const d = entry.data;
  const starts = d.phases.map((p) => p.start.getTime());
  const ends = d.phases.map((p) => p.end?.getTime());
  const allEnded = ends.length > 0 && ends.every((e) => e !== undefined);
  return {
    type: 'website',
    nodes: [
      projectNode({
        url: abs(urlOf('projects', entry)),
        name: d.title,
        alternateName: d.shortTitle,
        description: d.teaser,
        lang: d.lang,
        research: d.kind === 'research',
        lead: d.lead.institution,
        funders: d.funding.map((f) => f.funder),
        partners: d.partners.map((p) => p.name),
        startDate: starts.length > 0 ? isoDate(new Date(Math.min(...starts))) : undefined,
        endDate: allEnded ? isoDate(new Date(Math.max(...(ends as number[])))) : undefined,
        image: await ogImageFor(urlOf('projects', entry)),
        districts: await districtRefs(
          [...d.districts, ...d.phases.flatMap((p) => p.districts)].filter(
            (r, i, all) => all.findIndex((x) => x.id === r.id) === i,
          ),
          d.lang,
        ),
      }),
    ],
  };
}

export async function dialogueSeo(entry: CollectionEntry<'dialogues'>): Promise<SeoData> {
  const d = entry.data;
  return {
    type: 'website',
    published: d.publishedAt,
    nodes: [
      eventNode(
        {
          url: abs(urlOf('dialogues', entry)),
          name: d.title,
          description: d.teaser,
          lang: d.lang,
          startDate: isoDate(d.date),
          endDate: d.endDate ? isoDate(d.endDate) : undefined,
          online: d.place.online,
          place: { name: d.place.name, address: d.place.address },
          organisers: d.organisations,
          image: await ogImageFor(urlOf('dialogues', entry)),
          districts: await districtRefs(d.districts, d.lang),
        },
        siteInfo(),
      ),
    ],
  };
}

export async function reportSeo(entry: CollectionEntry<'reports'>, lang: Lang): Promise<SeoData> {
  const d = entry.data;
  const record = await reportCitation(entry);
  const people = (await getEntries(d.authors)).filter(Boolean) as CollectionEntry<'people'>[];
  return {
    type: 'article',
    published: d.publishedAt,
    citation: citationMeta(record),
    nodes: [
      reportNode({
        url: abs(path(lang, 'reports', entry.id)),
        title: d.title,
        subtitle: d.subtitle,
        documentLang: d.documentLang,
        abstract: pick(d.abstract, lang)?.text,
        authors: [
          ...people.map((p) => ({ name: p.data.name, url: abs(path(lang, 'people', p.id)) })),
          ...d.authorNames.map((name) => ({ name })),
        ],
        publisher: d.publisher,
        year: d.year,
        keywords: d.keywords[lang].length > 0 ? d.keywords[lang] : d.keywords.de,
        doi: d.doi,
        urn: d.urn,
        sourceUrl: d.url,
        pdf: d.pdf,
        image: await ogImageFor(path(lang, 'reports', entry.id)),
        districts: await districtRefs(d.districts, lang),
      }),
    ],
  };
}

export async function districtSeo(district: District, lang: Lang): Promise<SeoData> {
  const f = district.facts;
  const e = district.entry.data;
  return {
    type: 'website',
    nodes: [
      districtNode({
        url: abs(districtUrl(district, lang)),
        name: f.name,
        officialName: f.officialName,
        ags: f.ags,
        nuts3: f.nuts3,
        type: f.type,
        state: STATES[f.state][lang],
        lat: e.coordinates.lat,
        lon: e.coordinates.lon,
        population: f.population,
        areaKm2: f.areaKm2,
        description: pick(e.description, lang)?.text,
        website: e.website,
        image: await ogImageFor(districtUrl(district, lang)),
      }),
    ],
  };
}

export async function personSeo(person: CollectionEntry<'people'>, lang: Lang): Promise<SeoData> {
  const p = person.data;
  return {
    type: 'profile',
    nodes: [
      profilePageNode({
        url: abs(path(lang, 'people', person.id)),
        name: p.name,
        honorific: p.honorific,
        role: pick(p.role, lang)?.text,
        affiliation: p.affiliation,
        homepage: p.url,
        description: pick(p.bio, lang)?.text,
        isTeam: p.isTeam,
        image: await ogImageFor(path(lang, 'people', person.id)),
      }),
    ],
  };
}

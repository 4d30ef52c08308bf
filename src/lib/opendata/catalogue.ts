/** The open data built from the content collections: practice records, the dialogue calendar, the DCAT catalogue. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../config/site.ts';
import { districtFacts } from '../districts.ts';
import { ids, published, slugOf, translationOf, urlOf, visibleRef, visibleRefs } from '../entries.ts';
import { isoDate, ui, type Lang } from '../i18n.ts';
import { dcatGraph, type CatalogInput, type Resource } from './dcat.ts';
import { toICalendar } from './ical.ts';
import { PRACTICE_COLUMNS, practiceRow, type PracticeRecord } from './practices.ts';
import { toCsv } from './csv.ts';
import { DATA_FILES, dataPagePath } from './paths.ts';

const origin = site.url.replace(/\/+$/u, '');
const abs = (p: string) => `${origin}${p}`;
const orNull = <T>(x: T | undefined): T | null => (x === undefined ? null : x);

async function practiceRecord(e: CollectionEntry<'practices'>): Promise<PracticeRecord> {
  const d = e.data;
  const translation = await translationOf('practices', e, 'export');
  const person = await visibleRef(d.contact?.person, 'export');
  const agsList = ids(d.districts);
  return {
    id: e.id,
    lang: d.lang,
    url: abs(urlOf('practices', e)),
    translationId: translation ? translation.id : null,
    machineTranslated: d.machineTranslated,
    title: d.title,
    teaser: d.teaser,
    problem: d.problem,
    solution: d.solution,
    resultsSummary: d.results.summary,
    resultsFigures: d.results.figures.map((f) => ({ value: f.value, label: f.label })),
    status: d.status,
    afterFunding: orNull(d.afterFunding),
    startYear: d.startYear,
    endYear: orNull(d.endYear),
    costsOneOff: orNull(d.costs?.oneOff),
    costsYearly: orNull(d.costs?.yearly),
    costsNote: orNull(d.costs?.note),
    funding: d.funding.map((f) => ({ programme: f.programme, funder: f.funder, amount: f.amount })),
    partners: d.partners.map((p) => ({ name: p.name, role: p.role, url: p.url })),
    municipalities: [...d.municipalities],
    districts: agsList,
    districtNames: agsList.map((a) => districtFacts(a)?.name ?? a),
    fields: [...d.fields],
    topics: ids(d.topics),
    // Published projects only: a draft project's id is not public (src/lib/publish.ts).
    projects: (await visibleRefs(d.projects, 'export')).map((p) => p.id),
    contactPerson: person ? person.id : null,
    contactName: orNull(d.contact?.name ?? person?.data.name),
    contactRole: orNull(d.contact?.role),
    contactOrganisation: orNull(d.contact?.organisation ?? person?.data.affiliation),
    contactUrl: orNull(d.contact?.url ?? person?.data.url),
    softwareLicence: orNull(d.software?.licence),
    softwareSourceUrl: orNull(d.software?.sourceUrl),
    lessons: orNull(d.lessons),
    links: d.links.map((l) => ({ label: l.label, url: l.url })),
    sources: d.sources.map((s) => ({ title: s.title, url: s.url, publisher: s.publisher })),
    featured: d.featured,
    publishedAt: isoDate(d.publishedAt),
    updatedAt: d.updatedAt ? isoDate(d.updatedAt) : null,
    lastChecked: isoDate(d.lastChecked),
  };
}

/** Published practices of a language as records, by id. JSON drops undefined keys, so optional parts are omitted. */
export async function practiceRecords(lang: Lang): Promise<PracticeRecord[]> {
  const entries = await published('practices', lang, 'export');
  const records = await Promise.all(entries.map(practiceRecord));
  // Through JSON once, so the records equal what the JSON file holds (no undefined keys).
  return (JSON.parse(JSON.stringify(records)) as PracticeRecord[]).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The newest of some dates (a dataset's "modified"); `fallback` when there are none, and the
 * build's date only when there is no fallback either (the file then changes with the day).
 */
function newest(dates: string[], fallback?: string): string {
  if (dates.length > 0) return dates.reduce((a, b) => (a > b ? a : b));
  return fallback ?? isoDate(new Date());
}

export async function practicesJson(lang: Lang): Promise<string> {
  const t = ui(lang).sharing.data;
  const records = await practiceRecords(lang);
  const doc = {
    title: t.practices,
    description: t.practicesText,
    language: lang,
    url: abs(DATA_FILES.practicesJson[lang]),
    licence: { name: site.openData.licence.name, url: site.openData.licence.url },
    attribution: site.openData.attribution,
    publisher: site.openData.publisher,
    modified: newest(records.map((r) => r.updatedAt ?? r.lastChecked)),
    columns: PRACTICE_COLUMNS.map((c) => ({ name: c.key, description: c.description[lang] })),
    records,
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

export async function practicesCsv(lang: Lang): Promise<string> {
  const records = await practiceRecords(lang);
  return toCsv(
    PRACTICE_COLUMNS.map((c) => c.key),
    records.map(practiceRow),
  );
}

export async function dialoguesIcs(lang: Lang): Promise<string> {
  const t = ui(lang);
  const host = new URL(site.url).host;
  const topics = new Map((await getCollection('topics')).map((x) => [x.id, x.data.label[lang]]));
  const entries = await published('dialogues', lang, 'export');
  return toICalendar({
    prodId: `-//${site.name}//${t.kindsPlural.dialogues}//${lang.toUpperCase()}`,
    name: `${site.name} – ${t.kindsPlural.dialogues}`,
    description: t.sharing.data.dialoguesText,
    url: abs(dataPagePath(lang)),
    events: entries
      .sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id))
      .map((e) => ({
        uid: `dialogues-${e.data.lang}-${slugOf(e)}@${host}`,
        start: isoDate(e.data.date),
        end: e.data.endDate ? isoDate(e.data.endDate) : undefined,
        summary: e.data.title,
        description: e.data.teaser,
        location: e.data.place.online
          ? t.dialogue.online
          : [e.data.place.name, e.data.place.address].filter(Boolean).join(', '),
        url: abs(urlOf('dialogues', e)),
        categories: [t.dialogue.formats[e.data.format], ...ids(e.data.topics).map((id) => topics.get(id) ?? id)],
        stamp: e.data.updatedAt ?? e.data.publishedAt,
      })),
  });
}

export async function dcatCatalog(): Promise<Resource[]> {
  const de = ui('de').sharing.data;
  const en = ui('en').sharing.data;
  const [recDe, recEn] = await Promise.all([practiceRecords('de'), practiceRecords('en')]);
  const all = [...recDe, ...recEn];
  const dialogues = [
    ...(await published('dialogues', 'de', 'export')),
    ...(await published('dialogues', 'en', 'export')),
  ];
  const practicesModified = newest(all.map((r) => r.updatedAt ?? r.lastChecked));
  const practicesIssued =
    all.length > 0 ? all.map((r) => r.publishedAt).reduce((a, b) => (a < b ? a : b)) : practicesModified;
  const dialoguesModified = newest(
    dialogues.map((e) => isoDate(e.data.updatedAt ?? e.data.publishedAt)),
    practicesModified,
  );
  const topicKeywords = await getCollection('topics');
  const input: CatalogInput = {
    iri: `${origin}/daten/#katalog`,
    title: { de: `${site.name} – ${de.title}`, en: `${site.name} – ${en.title}` },
    description: { de: de.lead, en: en.lead },
    homepage: `${origin}/`,
    publisher: site.openData.publisher,
    contact: site.openData.contact,
    licence: { dcatUri: site.openData.licence.dcatUri, attribution: site.openData.attribution },
    modified: newest([practicesModified, dialoguesModified]),
    datasets: [
      {
        iri: `${origin}/daten/#praxisbeispiele`,
        identifier: `${origin}/daten/#praxisbeispiele`,
        title: { de: de.practices, en: en.practices },
        description: { de: de.practicesText, en: en.practicesText },
        keywords: {
          de: ['Digitalisierung', 'Kommunen', 'Gute Praxis', ...topicKeywords.map((t) => t.data.label.de)],
          en: ['digitalisation', 'municipalities', 'good practice', ...topicKeywords.map((t) => t.data.label.en)],
        },
        landingPage: abs(dataPagePath('de')),
        issued: practicesIssued,
        modified: practicesModified,
        districts: [...new Set(all.flatMap((r) => r.districts))].sort(),
        distributions: (['de', 'en'] as const).flatMap((lang) => [
          {
            downloadUrl: abs(DATA_FILES.practicesJson[lang]),
            title: { de: `${de.practices} (JSON, ${lang})`, en: `${en.practices} (JSON, ${lang})` },
            format: 'JSON' as const,
            mediaType: 'application/json',
            lang,
            modified: practicesModified,
          },
          {
            downloadUrl: abs(DATA_FILES.practicesCsv[lang]),
            title: { de: `${de.practices} (CSV, ${lang})`, en: `${en.practices} (CSV, ${lang})` },
            format: 'CSV' as const,
            mediaType: 'text/csv',
            lang,
            modified: practicesModified,
          },
        ]),
      },
      {
        iri: `${origin}/daten/#dialoge`,
        identifier: `${origin}/daten/#dialoge`,
        title: { de: de.dialogues, en: en.dialogues },
        description: { de: de.dialoguesText, en: en.dialoguesText },
        keywords: {
          de: ['Praxisdialog', 'Veranstaltungen', 'Kommunen'],
          en: ['practice dialogue', 'events', 'municipalities'],
        },
        landingPage: abs(dataPagePath('de')),
        issued: dialoguesModified,
        modified: dialoguesModified,
        districts: [...new Set(dialogues.flatMap((e) => ids(e.data.districts)))].sort(),
        distributions: (['de', 'en'] as const).map((lang) => ({
          downloadUrl: abs(DATA_FILES.dialoguesIcs[lang]),
          title: { de: `${de.dialogues} (iCalendar, ${lang})`, en: `${en.dialogues} (iCalendar, ${lang})` },
          format: 'ICS' as const,
          mediaType: 'text/calendar',
          lang,
          modified: dialoguesModified,
        })),
      },
    ],
  };
  return dcatGraph(input);
}

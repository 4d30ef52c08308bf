/** A report entry as a citation record (reads the authors' person entries). */
import type { CollectionEntry } from 'astro:content';
import { visibleRefs } from '../entries.ts';
import { site } from '../../config/site.ts';
import { path, ui } from '../i18n.ts';
import { splitName, type CitationRecord } from './record.ts';

export async function reportCitation(entry: CollectionEntry<'reports'>): Promise<CitationRecord> {
  const d = entry.data;
  const people = await visibleRefs(d.authors, 'export');
  const pageUrl = new URL(path(d.documentLang, 'reports', entry.id), site.url).href;
  return {
    id: entry.id,
    title: d.title,
    subtitle: d.subtitle,
    authors: [
      ...people.map((p) => (p.data.isTeam ? { literal: p.data.name } : splitName(p.data.name))),
      ...d.authorNames.map(splitName),
    ],
    publisher: d.publisher,
    year: d.year,
    lang: d.documentLang,
    genre: ui(d.documentLang).report.kind[d.kind],
    abstract: d.documentLang === 'en' ? (d.abstract.en ?? d.abstract.de) : d.abstract.de,
    keywords: d.keywords[d.documentLang].length > 0 ? d.keywords[d.documentLang] : d.keywords.de,
    url: d.url ?? pageUrl,
    pageUrl,
    pdf: d.pdf,
    doi: d.doi,
    urn: d.urn,
  };
}

/** CSL-JSON (citeproc, Zotero, Pandoc): an array with one item of type "report". */
import { fullTitle, type CitationRecord } from './record.ts';
import { citationKey } from './bibtex.ts';

export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts': [[number]] };
  publisher?: string;
  genre: string;
  language: string;
  abstract?: string;
  keyword?: string;
  URL: string;
  DOI?: string;
  note?: string;
}

export function toCsl(r: CitationRecord): CslItem[] {
  const item: CslItem = {
    id: citationKey(r),
    type: 'report',
    title: fullTitle(r),
    genre: r.genre,
    language: r.lang,
    URL: r.url,
  };
  if (r.authors.length > 0) {
    item.author = r.authors.map((a) =>
      a.literal ? { literal: a.literal } : { family: a.family ?? '', ...(a.given ? { given: a.given } : {}) },
    );
  }
  if (r.year) item.issued = { 'date-parts': [[r.year]] };
  if (r.publisher) item.publisher = r.publisher;
  if (r.abstract) item.abstract = r.abstract;
  if (r.keywords.length > 0) item.keyword = r.keywords.join(', ');
  if (r.doi) item.DOI = r.doi;
  if (r.urn) item.note = `URN: ${r.urn}`;
  return [item];
}

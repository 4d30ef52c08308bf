/**
 * The `citation_*` meta tags that Google Scholar and Zotero's "Embedded Metadata" translator read
 * (Highwire Press names), in the order Scholar's inclusion guidelines list them. The abstract is
 * left out: it is in the page itself and in the JSON-LD, and every page's bytes are budgeted.
 */
import { fullTitle, invertedName, type CitationRecord } from './record.ts';

export type MetaTag = [name: string, content: string];

export function citationMeta(r: CitationRecord): MetaTag[] {
  const tags: MetaTag[] = [['citation_title', fullTitle(r)]];
  for (const a of r.authors) tags.push(['citation_author', invertedName(a)]);
  if (r.year) tags.push(['citation_publication_date', String(r.year)]);
  if (r.publisher) {
    tags.push(['citation_technical_report_institution', r.publisher]);
    tags.push(['citation_publisher', r.publisher]);
  }
  tags.push(['citation_language', r.lang]);
  if (r.keywords.length > 0) tags.push(['citation_keywords', r.keywords.join('; ')]);
  tags.push(['citation_abstract_html_url', r.pageUrl]);
  if (r.pdf) tags.push(['citation_pdf_url', r.pdf]);
  if (r.doi) tags.push(['citation_doi', r.doi]);
  return tags;
}

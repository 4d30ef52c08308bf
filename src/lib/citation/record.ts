/**
 * A report as a citable record: the one model that BibTeX, RIS, CSL-JSON and the `citation_*`
 * meta tags are written from, so the four never disagree. Pure: the page passes the report's
 * data, its authors' names and the addresses.
 */

export interface Name {
  family?: string | undefined;
  given?: string | undefined;
  /** A team or organisation, printed as it is. */
  literal?: string | undefined;
}

export interface CitationRecord {
  /** The report's id on this site; also the file name of its downloads. */
  id: string;
  title: string;
  subtitle?: string | undefined;
  authors: Name[];
  /** Publisher or issuing organisation. */
  publisher?: string | undefined;
  year?: number | undefined;
  /** Language of the document (ISO 639-1). */
  lang: 'de' | 'en';
  /** Kind of report in the document's language, e.g. "Kreisbericht". */
  genre: string;
  abstract?: string | undefined;
  keywords: string[];
  /** Where the report itself lives; the page on this site when it has no address of its own. */
  url: string;
  /** The report's page on this site. */
  pageUrl: string;
  pdf?: string | undefined;
  doi?: string | undefined;
  urn?: string | undefined;
}

const PARTICLES = new Set([
  'von',
  'van',
  'vom',
  'zu',
  'zum',
  'zur',
  'der',
  'den',
  'de',
  'del',
  'da',
  'di',
  'du',
  'la',
  'le',
  'ten',
  'ter',
]);

/**
 * "Wolfgang Schroeder" → { given: "Wolfgang", family: "Schroeder" }; "Ursula von der Leyen" keeps
 * the particles with the family name; "Schroeder, Wolfgang" is taken as written. One word stays
 * a family name alone.
 */
export function splitName(name: string): Name {
  const clean = name.replace(/\s+/gu, ' ').trim();
  const comma = clean.indexOf(',');
  if (comma > 0) {
    const given = clean.slice(comma + 1).trim();
    return { family: clean.slice(0, comma).trim(), ...(given ? { given } : {}) };
  }
  const words = clean.split(' ');
  if (words.length === 1) return { family: clean };
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLES.has(words[i]!)) {
      start = i;
      break;
    }
  }
  return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' ') };
}

/** "Family, Given" (or the literal name). */
export function invertedName(n: Name): string {
  if (n.literal) return n.literal;
  return n.given ? `${n.family}, ${n.given}` : (n.family ?? '');
}

/** Title and subtitle as one line, "Title: Subtitle" (formats without a subtitle field). */
export function fullTitle(r: Pick<CitationRecord, 'title' | 'subtitle'>): string {
  if (!r.subtitle) return r.title;
  return /[.:?!]$/u.test(r.title) ? `${r.title} ${r.subtitle}` : `${r.title}: ${r.subtitle}`;
}

/** Site addresses of a report's downloads. */
export function citationPaths(id: string): { bibtex: string; ris: string; csl: string } {
  return { bibtex: `/zitation/${id}.bib`, ris: `/zitation/${id}.ris`, csl: `/zitation/${id}.csl.json` };
}

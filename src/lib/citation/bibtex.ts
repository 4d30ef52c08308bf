/** BibTeX from a citation record: `@techreport` when there is a publisher (BibTeX's "institution"), `@misc` otherwise. */
import { fullTitle, type CitationRecord, type Name } from './record.ts';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escape LaTeX's special characters; letters such as ä, ß or ẞ stay as UTF-8 (biber, bibtexu, Zotero and JabRef read it). */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^]/gu, (c) => SPECIAL[c]!);
}

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
const ascii = (s: string) =>
  s
    .replace(/[äöüßẞÄÖÜ]/gu, (c) => FOLD[c]!)
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/gu, '')
    .toLowerCase();

const STOP = new Set([
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'und',
  'the',
  'a',
  'an',
  'and',
  'of',
  'zur',
  'zum',
  'im',
  'in',
]);

/** A citation key such as `schroeder2021digital`: first author's family name, year, first word of the title. */
export function citationKey(r: CitationRecord): string {
  const first = r.authors[0];
  const who = ascii((first?.family ?? first?.literal ?? r.publisher ?? 'praxisdialog').split(/\s+/u).pop() ?? '');
  const word = r.title.split(/[\s,:;.–-]+/u).find((w) => w.length > 2 && !STOP.has(w.toLowerCase())) ?? r.id;
  return `${who || 'praxisdialog'}${r.year ?? ''}${ascii(word)}`;
}

/**
 * The title with its capitals kept. A German title is wrapped whole in an extra pair of braces (and
 * `langid` says German, so biblatex and Zotero leave its case alone anyway). In an English title,
 * biblatex styles and Zotero's importer turn title case into sentence case, so each word with a
 * capital letter is braced on its own — names such as "Brandenburg" or "OZG" stay as written — the
 * way Zotero's own BibTeX export protects them.
 */
export function bibTitle(r: Pick<CitationRecord, 'title' | 'subtitle' | 'lang'>): string {
  const title = escapeBibtex(fullTitle(r));
  if (r.lang === 'de') return `{${title}}`;
  return title.replace(/(?<![\\\p{L}])\p{L}*\p{Lu}\p{L}*/gu, (w) => `{${w}}`);
}

const bibName = (n: Name) =>
  n.literal ? `{${escapeBibtex(n.literal)}}` : escapeBibtex(n.given ? `${n.family}, ${n.given}` : (n.family ?? ''));

export function toBibtex(r: CitationRecord): string {
  const fields: [string, string][] = [];
  const add = (k: string, v: string | number | undefined, raw = false) => {
    if (v === undefined || v === '') return;
    fields.push([k, raw ? String(v) : escapeBibtex(String(v))]);
  };
  if (r.authors.length > 0) fields.push(['author', r.authors.map(bibName).join(' and ')]);
  fields.push(['title', bibTitle(r)]);
  const type = r.publisher ? 'techreport' : 'misc';
  if (r.publisher) add('institution', r.publisher);
  add('type', r.genre);
  add('year', r.year);
  // `langid` tells biblatex (and Zotero, JabRef) the language: titles of non-English entries are never case-changed.
  add('langid', r.lang === 'de' ? 'ngerman' : 'english');
  add('language', r.lang === 'de' ? 'german' : 'english');
  add('keywords', r.keywords.join(', '));
  add('abstract', r.abstract);
  add('doi', r.doi, true);
  add('url', r.url, true);
  if (r.urn) add('note', `URN: ${r.urn}`);
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@${type}{${citationKey(r)},\n${body}\n}\n`;
}

/** RIS (Zotero, Citavi, EndNote, Mendeley) from a citation record; type RPRT, lines ending in CR LF. */
import { fullTitle, invertedName, type CitationRecord } from './record.ts';

const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/\s+/gu, ' ').trim()}`;

export function toRis(r: CitationRecord): string {
  const out: string[] = [line('TY', 'RPRT')];
  out.push(line('TI', fullTitle(r)));
  for (const a of r.authors) out.push(line('AU', invertedName(a)));
  if (r.year) out.push(line('PY', r.year));
  if (r.publisher) out.push(line('PB', r.publisher));
  out.push(line('M3', r.genre));
  out.push(line('LA', r.lang));
  if (r.abstract) out.push(line('AB', r.abstract));
  for (const k of r.keywords) out.push(line('KW', k));
  out.push(line('UR', r.url));
  if (r.pdf) out.push(line('L1', r.pdf));
  if (r.doi) out.push(line('DO', r.doi));
  if (r.urn) out.push(line('N1', `URN: ${r.urn}`));
  out.push('ER  - ');
  return `${out.join('\r\n')}\r\n`;
}

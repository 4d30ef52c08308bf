/** Turn a title into a file or URL slug: ä→ae, ß→ss, lower case, hyphens. */
export function slugify(text: string): string {
  return text
    .replace(/ẞ/gu, 'SS')
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

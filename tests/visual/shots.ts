/**
 * What the visual regression test photographs: one page per template, in both languages where the page has
 * two (the 404 page is one bilingual file), each at a phone and a desktop width, in light and dark mode.
 *
 * The pages are named here rather than read from the build so that a new entry does not add pictures: a
 * template's picture only changes when the template (or the entry chosen for it) changes.
 */
export interface Shot {
  /** File name stem: `de-home`, `en-practice`. */
  id: string;
  /** URL path with query, as a reader opens it. */
  url: string;
}

const PAIRS: [template: string, de: string, en: string | undefined][] = [
  ['home', '/', '/en/'],
  ['blog-list', '/blog/', '/en/blog/'],
  ['post', '/blog/interkommunal-digital-wirken-startet/', '/en/blog/interkommunal-digital-wirken-starts/'],
  ['practice', '/praxis/papierlose-sozialverwaltung/', '/en/practices/paperless-social-administration/'],
  ['district', '/kreise/kyffhaeuserkreis-16065/', '/en/districts/kyffhaeuserkreis-16065/'],
  ['report', '/berichte/kyf-papierlose-sozialverwaltung/', '/en/reports/kyf-papierlose-sozialverwaltung/'],
  ['project', '/projekte/smarte-land-regionen/', '/en/projects/smarte-land-regionen/'],
  ['person', '/personen/tanja-klenk/', '/en/people/tanja-klenk/'],
  ['topic', '/themen/sozialverwaltung/', '/en/topics/sozialverwaltung/'],
  ['field', '/handlungsfelder/soziales/', '/en/fields/soziales/'],
  ['directory', '/praxis/', '/en/practices/'],
  ['search', '/suche/?q=Sozialverwaltung', '/en/search/?q=social'],
  ['newsletter', '/newsletter/', '/en/newsletter/'],
  ['report-list', '/berichte/', '/en/reports/'],
  ['legal', '/impressum/', '/en/imprint/'],
  ['404', '/404.html', undefined],
];

export const SHOTS: Shot[] = PAIRS.flatMap(([template, de, en]) => [
  { id: `de-${template}`, url: de },
  ...(en ? [{ id: `en-${template}`, url: en }] : []),
]);

/** A phone (iPhone 12–15 width) and a desktop. The heights are the first screen's; pictures go further down. */
export const VIEWPORTS = [
  { name: '390', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 800 },
] as const;

export const SCHEMES = ['light', 'dark'] as const;

/** Pictures stop here: the top of a page holds its template's parts, and the baselines stay small. */
export const MAX_HEIGHT = 1600;

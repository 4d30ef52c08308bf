/**
 * Names of the site's sections and of the pages this module adds (feeds, open data), from the UI
 * strings: used for breadcrumbs, social images and feed titles, so a section is named the same
 * everywhere.
 */
import { site } from '../config/site.ts';
import { COLLECTIONS, specOf } from '../config/collections.ts';
import { SECTIONS, ui, type Lang, type Section } from './i18n.ts';

/** Sections named as in the main navigation, and as in the footer. */
const IN_NAV = ['blog', 'practices', 'districts', 'reports', 'projects', 'dialogues', 'newsletter'] as const;
const IN_FOOTER = ['imprint', 'privacy', 'accessibility'] as const;
const among = <T extends string>(list: readonly T[], section: string): section is T =>
  (list as readonly string[]).includes(section);

export function sectionLabel(lang: Lang, section: Section): string {
  const t = ui(lang);
  if (among(IN_NAV, section)) return t.nav[section];
  if (among(IN_FOOTER, section)) return t.footer[section];
  const others: Partial<Record<Section, string>> = {
    home: site.name,
    people: t.kindsPlural.people,
    topics: t.topics,
    fields: t.fields,
    search: t.searchLabel,
  };
  const named = others[section];
  if (named !== undefined) return named;
  // A collection added to the registry later: its plural name.
  const c = COLLECTIONS.find((name) => specOf(name).section === section);
  return c ? specOf(c).label[lang].many : section;
}

/** Path segments of the pages this module adds, beside the site's own sections. */
export const EXTRA_SECTIONS = {
  feeds: { de: 'feeds', en: 'feeds' },
  data: { de: 'daten', en: 'data' },
} as const;
export type ExtraSection = keyof typeof EXTRA_SECTIONS;

export function extraPath(lang: Lang, section: ExtraSection): string {
  return lang === 'en' ? `/en/${EXTRA_SECTIONS[section].en}/` : `/${EXTRA_SECTIONS[section].de}/`;
}

export function extraLabel(lang: Lang, section: ExtraSection): string {
  const t = ui(lang).sharing;
  return section === 'feeds' ? t.feeds.title : t.data.title;
}

/** The language of a site path and its segments after the language prefix. */
export function splitSitePath(pathname: string): { lang: Lang; segments: string[] } {
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments[0] === 'en') return { lang: 'en', segments: segments.slice(1) };
  return { lang: 'de', segments };
}

/** The section (or extra page) a first path segment belongs to in a language. */
export function sectionOfSegment(
  lang: Lang,
  segment: string | undefined,
): { kind: 'section'; key: Section } | { kind: 'extra'; key: ExtraSection } | undefined {
  if (segment === undefined) return undefined;
  const key = (Object.keys(SECTIONS) as Section[]).find((s) => s !== 'home' && SECTIONS[s][lang] === segment);
  if (key) return { kind: 'section', key };
  const extra = (Object.keys(EXTRA_SECTIONS) as ExtraSection[]).find((s) => EXTRA_SECTIONS[s][lang] === segment);
  return extra ? { kind: 'extra', key: extra } : undefined;
}

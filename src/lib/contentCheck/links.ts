/**
 * Does an internal link point at an entry that exists? Links are site paths such
 * as `/praxis/digitale-sozialakte/` or `/en/practices/digital-social-file/`, built
 * the way src/lib/i18n.ts `path()` builds them. Paths outside the entry sections
 * (pages, files in public/) are not judged.
 */
import { SECTIONS, type Section } from '../i18n.ts';
import type { Lang } from '../../schemas/common.ts';

export type LinkVerdict = 'ok' | 'missing' | 'unpublished' | 'not-judged';

/** What the link index needs to know about the entries. */
export interface LinkTargets {
  /** Localised entries by section: `blog` → Map(`de/slug` → published?). */
  localised: Partial<Record<Section, Map<string, boolean>>>;
  /** Entries addressed by a plain key in both languages (districts by their page slug, people, topics, reports, fields). */
  plain: Partial<Record<Section, Map<string, boolean>>>;
}

/** The section of a path segment in a language. */
function sectionOf(segment: string, lang: Lang): Section | undefined {
  return (Object.keys(SECTIONS) as Section[]).find((s) => SECTIONS[s][lang] === segment && segment !== '');
}

/**
 * Judge a link. `site` is the public origin: absolute links to it count as internal.
 */
export function judgeLink(url: string, targets: LinkTargets, site?: string): LinkVerdict {
  let path = url;
  if (site && path.startsWith(site)) path = path.slice(site.length);
  if (!path.startsWith('/') || path.startsWith('//')) return 'not-judged';
  path = path.replace(/[?#].*$/u, '');
  const parts = path.split('/').filter((p) => p !== '');
  let lang: Lang = 'de';
  if (parts[0] === 'en') {
    lang = 'en';
    parts.shift();
  }
  if (parts.length < 2) return 'not-judged';
  const section = sectionOf(parts[0]!, lang);
  if (!section) return 'not-judged';
  // Paginated lists such as /blog/seite/2/ are not entries.
  if (parts.length > 2) return 'not-judged';
  const key = decodeURIComponent(parts[1]!);
  const local = targets.localised[section];
  if (local) {
    const published = local.get(`${lang}/${key}`);
    return published === undefined ? 'missing' : published ? 'ok' : 'unpublished';
  }
  const plain = targets.plain[section];
  if (plain) {
    const published = plain.get(key);
    return published === undefined ? 'missing' : published ? 'ok' : 'unpublished';
  }
  return 'not-judged';
}

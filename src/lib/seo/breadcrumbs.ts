/** Breadcrumbs from a page's path: home → section → page (the page's own title last). */
import { site } from '../../config/site.ts';
import { path, type Lang } from '../i18n.ts';
import type { Ref } from './jsonld.ts';
import { extraLabel, extraPath, sectionLabel, sectionOfSegment, splitSitePath } from '../sectionLabels.ts';

export function breadcrumbsFor(lang: Lang, pathname: string, title: string): Ref[] {
  const abs = (p: string) => new URL(p, site.url).href;
  const { segments } = splitSitePath(pathname);
  const crumbs: Ref[] = [{ name: site.name, url: abs(path(lang, 'home')) }];
  if (segments.length === 0) return crumbs;
  const section = sectionOfSegment(lang, segments[0]);
  if (section) {
    const sectionUrl = section.kind === 'section' ? path(lang, section.key) : extraPath(lang, section.key);
    const name = section.kind === 'section' ? sectionLabel(lang, section.key) : extraLabel(lang, section.key);
    crumbs.push({ name, url: abs(sectionUrl) });
    if (segments.length === 1) return crumbs;
  }
  crumbs.push({ name: title, url: abs(pathname) });
  return crumbs;
}

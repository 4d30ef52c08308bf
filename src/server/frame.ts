/**
 * The site's own frame around the server's answers: the pages src/components/pages/ServerAnswerPage.astro
 * builds (one per language, src/config/serverPages.ts), read from the built site folder, with the title, the
 * content and the language link filled in. So a confirmation or an unsubscription looks like every other
 * page of the site — header, navigation, footer, fonts, stylesheet — and keeps its Content-Security-Policy
 * (the frame's <meta> policy carries the hashes of the layout's inline styles; the server adds only markup).
 *
 * Used only when the server is reached on the site's origin (as deploy/Caddyfile serves it): the frame's
 * root-relative stylesheet and font addresses and its 'self' policy work only there. Otherwise, and while the
 * folder holds no frame (no build yet, or tests without one), the server's own minimal pages stand in
 * (pages.ts, style.ts). The file is checked on every answer and read again when it changed, so a deployment
 * that swaps the site folder (deploy/deploy.sh) brings the new stylesheet's address without a restart.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAIN_END, MAIN_START, SERVER_PAGE_PATHS } from '../config/serverPages.ts';
import { esc } from '../lib/newsletter/html.ts';
import { nl } from '../lib/newsletter/strings.ts';
import type { Lang } from '../lib/newsletter/types.ts';

/** Fills the frame of `lang`; undefined when there is none (the caller uses its own page). */
export type Frame = (lang: Lang, page: { title: string; main: string; alternate: string }) => string | undefined;

interface Loaded {
  key: string;
  head: string;
  tail: string;
}

/** What the frame of `lang` says in place of the answer's title and language link (ServerAnswerPage.astro). */
export function frameMarks(lang: Lang): { title: string; alternate: string } {
  return {
    title: esc(nl(lang).page.frame.title),
    alternate: `href="${SERVER_PAGE_PATHS[lang === 'de' ? 'en' : 'de']}"`,
  };
}

/** Splits a frame at its marks; undefined if one is missing (e.g. a build of another release). */
export function parseFrame(html: string, lang: Lang): { head: string; tail: string } | undefined {
  const start = html.indexOf(MAIN_START);
  const end = html.indexOf(MAIN_END);
  if (start < 0 || end < start) return undefined;
  const parts = { head: html.slice(0, start), tail: html.slice(end + MAIN_END.length) };
  const marks = frameMarks(lang);
  return parts.head.includes(marks.title) && parts.head.includes(marks.alternate) ? parts : undefined;
}

/**
 * The frames in `siteDir`, if the server and the site share an origin. `log` hears once about a frame that
 * cannot be used.
 */
export function siteFrame(
  siteDir: string | undefined,
  opts: { siteUrl: string; newsletterUrl: string; log: (line: string) => void },
): Frame | undefined {
  if (!siteDir || new URL(opts.siteUrl).origin !== new URL(opts.newsletterUrl).origin) return undefined;
  const cache = new Map<Lang, Loaded | undefined>();
  const warned = new Set<string>();
  const load = (lang: Lang): Loaded | undefined => {
    const file = join(siteDir, SERVER_PAGE_PATHS[lang], 'index.html');
    let key: string;
    try {
      const stat = statSync(file);
      key = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch {
      return undefined;
    }
    const cached = cache.get(lang);
    if (cached?.key === key) return cached;
    const parts = parseFrame(readFileSync(file, 'utf8'), lang);
    if (!parts) {
      if (!warned.has(file)) opts.log(`${file} has no marks for the server's answers: its own pages stand in`);
      warned.add(file);
      cache.delete(lang);
      return undefined;
    }
    const loaded = { key, ...parts };
    cache.set(lang, loaded);
    return loaded;
  };
  return (lang, page) => {
    const frame = load(lang);
    if (!frame) return undefined;
    const marks = frameMarks(lang);
    const title = esc(page.title);
    const fill = (text: string) =>
      text.replaceAll(marks.title, title).replaceAll(marks.alternate, `href="${esc(page.alternate)}"`);
    return `${fill(frame.head)}${page.main}${fill(frame.tail)}`;
  };
}

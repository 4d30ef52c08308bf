/**
 * Which content file a failed build's error comes from. Astro names the page it was rendering
 * ("Caught error rendering /blog/x/") or a file path, not the entry an editor wrote; scripts/build.ts
 * maps either back to the content file with these functions. Pure: works on the content check's file
 * list (src/lib/contentCheck/files.ts) and the site's address rules (src/lib/i18n.ts).
 */
import { relative } from 'node:path';
import { districtFacts, districtSlug } from './districts.ts';
import { LANGS, path, type Lang, type Section } from './i18n.ts';
import type { ContentFile } from './contentCheck/files.ts';
import { specOf } from '../config/collections.ts';

/** The site paths of the pages (and per-entry files) a content file produces, by the registry's `pages`. */
export function pathsOf(file: Pick<ContentFile, 'collection' | 'id'>): string[] {
  const { section, pages } = specOf(file.collection);
  const paths = ((): string[] => {
    switch (pages) {
      case 'entry': {
        const m = /^(de|en)\/(.+)$/u.exec(file.id);
        return m ? [path(m[1] as Lang, section as Section, m[2]!)] : [];
      }
      case 'district': {
        const facts = districtFacts(file.id);
        return facts ? LANGS.map((l) => path(l, section as Section, districtSlug(facts))) : [];
      }
      case 'both':
        return LANGS.map((l) => path(l, section as Section, file.id));
      case 'none':
        return [];
    }
  })();
  // A report's citation files (src/pages/zitation/) are built from it, too.
  if (file.collection === 'reports')
    paths.push(...['bib', 'ris', 'csl.json'].map((ext) => `/zitation/${file.id}.${ext}`));
  return paths;
}

/** A page path as Astro prints it, made comparable: no origin, query or `index.html`; `/og/x.png` → `/x/`. */
export function normalisePath(url: string): string {
  let p = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/[?#].*$/u, '');
  try {
    p = decodeURI(p);
  } catch {
    // keep it as printed
  }
  const og = /^\/og\/(.+)\.png$/u.exec(p);
  if (og) p = og[1] === 'index' ? '/' : `/${og[1]}/`;
  p = p.replace(/index\.html$/u, '');
  if (!/\.[a-z]+$/iu.test(p) && !p.endsWith('/')) p += '/';
  return p;
}

/** The content file whose page (or social image, or citation file) is at this path, if any. */
export function contentFileOfPath<F extends Pick<ContentFile, 'collection' | 'id'>>(
  url: string,
  files: readonly F[],
): F | undefined {
  const wanted = normalisePath(url);
  return files.find((f) => pathsOf(f).includes(wanted));
}

export interface BuildFailure {
  /** The page Astro was rendering, as printed. */
  page?: string | undefined;
  /** The first line of the error message. */
  message?: string | undefined;
}

// eslint-disable-next-line no-control-regex -- the escape character is what terminal colours start with
const ANSI = /\u001b\[[0-9;]*m/gu;

/** What a failed `astro build` printed about its failure: the page and the message (its first lines). */
export function failureOf(output: string): BuildFailure {
  const text = output.replace(ANSI, '');
  const rendering = /Caught error rendering (\S+?):\s*(?:\w*Error:\s*)?(.*)$/mu.exec(text);
  if (rendering) {
    const rest = text
      .slice(rendering.index + rendering[0].length)
      .split('\n')
      .slice(1);
    const more: string[] = [];
    for (const line of rest) {
      if (line.trim() === '' || /^\s*(Hint:|Stack trace:|at\s)/u.test(line) || more.length >= 4) break;
      // Astro prints the message a second time after its own line; stop there.
      if (line.trim() === rendering[2]?.trim()) break;
      more.push(line.trim());
    }
    const message = [rendering[2]?.trim(), ...more].filter(Boolean).join(' ');
    return { page: rendering[1], message: message || undefined };
  }
  const error = /\[ERROR\]\s*(?:\[[^\]]+\]\s*)?(.*)$/mu.exec(text);
  let message = error?.[1]?.trim();
  // "An unhandled error occurred while running the … hook", "✗ Build failed in 1.9s": the error is on the next line.
  if (error && /^(An unhandled error occurred|✗ Build failed)/u.test(message ?? '')) {
    const next = text
      .slice(error.index + error[0].length)
      .split('\n')
      .find((l) => l.trim() !== '');
    if (next) message = next.replace(/^\s*\[\w+\]\s*/u, '').trim();
  }
  return { message: message || undefined };
}

/** The part of the output about the failure: from the first error on (warnings before it name files too). */
function errorPart(output: string): string {
  const text = output.replace(ANSI, '');
  const at = text.search(/\[ERROR\]|^\w*Error:/mu);
  return at >= 0 ? text.slice(at) : text;
}

/**
 * The content files a failed build's output points at: the file of the page it was rendering, and any
 * content file (or a file beside an entry, such as an image) the output names by its path.
 */
export function contentFilesOf<F extends Pick<ContentFile, 'collection' | 'id' | 'absPath'>>(
  output: string,
  files: readonly F[],
  cwd: string = process.cwd(),
): F[] {
  const found = new Set<F>();
  const { page } = failureOf(output);
  const byPage = page ? contentFileOfPath(page, files) : undefined;
  if (byPage) found.add(byPage);
  const text = errorPart(output);
  for (const f of files) {
    if (text.includes(f.absPath) || text.includes(relative(cwd, f.absPath))) found.add(f);
  }
  return [...found];
}

/**
 * Other files under the content root that a failed build's output names, such as an image beside an entry
 * that is no image: absolute paths, without a trailing `:line:column` or quote.
 */
export function otherContentPathsOf(
  output: string,
  root: string,
  entries: readonly Pick<ContentFile, 'absPath'>[],
): string[] {
  const text = errorPart(output);
  const base = root.endsWith('/') ? root : `${root}/`;
  const known = new Set(entries.map((e) => e.absPath));
  const found = new Set<string>();
  let at = text.indexOf(base);
  while (at >= 0) {
    const path = /^[^\s`'"():]+/u.exec(text.slice(at))?.[0];
    if (path && path.length > base.length && !known.has(path)) found.add(path);
    at = text.indexOf(base, at + base.length);
  }
  return [...found];
}

/** The line of a content file the output points at (`/path/file.mdx:9:18`), if it does. */
export function lineOf(
  output: string,
  file: Pick<ContentFile, 'absPath'>,
  cwd: string = process.cwd(),
): number | undefined {
  const text = errorPart(output);
  for (const p of [file.absPath, relative(cwd, file.absPath)]) {
    const at = text.indexOf(`${p}:`);
    if (at >= 0) {
      const m = /^:(\d+)/u.exec(text.slice(at + p.length));
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/**
 * Links and references in a built site, read from the files (a real HTML parser, htmlparser2):
 *
 *   const site = await readSite(siteDir);                 // every .html file: its references and ids
 *   const findings = await checkLinks(siteDir, site);     // internal links, assets, #fragments, CSS url(), sitemap
 *   foreignResources(site, origin)                        // resources the pages would load from other hosts
 *
 * "Internal" means relative, root-relative, or absolute on the site's own public origin (read from the home
 * page's canonical link, so it is the origin the build used). A reference resolves when the file exists:
 * `/x/` → x/index.html, `/x` → the file x or x/index.html (the server redirects). A `#fragment` must
 * name an element id (or <a name>) on the target page; `#` and `#top` always work.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Finding } from './findings.ts';

export interface Reference {
  /** Element and attribute it came from, e.g. `img[src]`, `link[rel=stylesheet]`. */
  from: string;
  /** The URL as written. */
  raw: string;
  /** True for things the browser fetches to show the page (images, styles, scripts, fonts, frames, preloads). */
  loads: boolean;
}

export interface SitePageFile {
  /** URL path (`/x/` for x/index.html, `/a/b.html` otherwise). */
  path: string;
  file: string;
  references: Reference[];
  ids: Set<string>;
  /** JavaScript the page would run: script elements, on* handler attributes, javascript: URLs. */
  scripts: string[];
}

export interface SiteFiles {
  dir: string;
  /** The site's public origin, e.g. https://praxisdialog.example */
  origin: string;
  pages: SitePageFile[];
  /** Pages by absolute file path. */
  byFile: Map<string, SitePageFile>;
}

/** Every file below `dir` with one of the extensions, relative paths with forward slashes. */
export async function filesWithExtension(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

const pathOfFile = (rel: string) => `/${rel.replace(/(^|\/)index\.html$/u, '$1')}`;

/** rel values of <link> that make the browser fetch something. */
const LOADING_RELS = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'modulepreload',
  'prerender',
]);

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/u)[0])
    .filter((u) => u !== '');
}

/** The URL-bearing attributes of one element. */
function referencesOf(el: Element): Reference[] {
  const refs: Reference[] = [];
  const a = el.attribs;
  const tag = el.name;
  const add = (attr: string, raw: string | undefined, loads: boolean, label = `${tag}[${attr}]`) => {
    if (raw !== undefined && raw.trim() !== '') refs.push({ from: label, raw: raw.trim(), loads });
  };
  switch (tag) {
    case 'a':
    case 'area':
      add('href', a.href, false);
      break;
    case 'link': {
      const rels = (a.rel ?? '').toLowerCase().split(/\s+/u);
      const loads = rels.some((r) => LOADING_RELS.has(r));
      add('href', a.href, loads, `link[rel=${a.rel ?? ''}]`);
      if (a.imagesrcset) for (const u of srcsetUrls(a.imagesrcset)) add('imagesrcset', u, loads);
      break;
    }
    case 'img':
    case 'source':
    case 'video':
    case 'audio':
    case 'track':
    case 'script':
    case 'iframe':
    case 'embed':
    case 'input':
      add('src', a.src, true);
      if (a.srcset) for (const u of srcsetUrls(a.srcset)) add('srcset', u, true);
      if (tag === 'video') add('poster', a.poster, true);
      break;
    case 'object':
      add('data', a.data, true);
      break;
    case 'form':
      add('action', a.action, false);
      break;
    case 'meta': {
      const property = (a.property ?? a.name ?? '').toLowerCase();
      if (['og:image', 'og:url', 'twitter:image', 'og:image:secure_url'].includes(property)) {
        add('content', a.content, false, `meta[${property}]`);
      }
      if ((a['http-equiv'] ?? '').toLowerCase() === 'refresh') {
        const match = /url\s*=\s*['"]?([^'"]+)/iu.exec(a.content ?? '');
        if (match) add('content', match[1], false, 'meta[refresh]');
      }
      break;
    }
  }
  // Inline styles can load images and fonts too.
  if (a.style) for (const u of cssUrls(a.style)) add('style', u, true, `${tag}[style] url()`);
  return refs;
}

/** script types that hold data, not code. */
const DATA_SCRIPT = /json|^importmap$|^speculationrules$/iu;

/** What in this element would run JavaScript. */
function scriptsOf(el: Element): string[] {
  const found: string[] = [];
  if (el.name === 'script' && !DATA_SCRIPT.test(el.attribs.type ?? '')) {
    const body = DomUtils.textContent(el).trim();
    found.push(el.attribs.src ? `<script src="${el.attribs.src}">` : `<script> with ${body.length} characters inline`);
  }
  for (const [name, value] of Object.entries(el.attribs)) {
    if (/^on[a-z]+$/u.test(name)) found.push(`${name} attribute on <${el.name}>`);
    else if (/^\s*javascript:/iu.test(value)) found.push(`javascript: URL in <${el.name} ${name}>`);
  }
  return found;
}

/** url(…) and @import targets in CSS text. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gu)) {
    const u = (m[2] ?? m[4] ?? '').trim();
    if (u && !u.startsWith('data:') && !u.startsWith('#')) urls.push(u);
  }
  return urls;
}

/**
 * Reads every .html file of the site once: references (incl. inline <style>) and ids. The origin is the
 * home page's canonical origin unless given.
 */
export async function readSite(dir: string, origin?: string): Promise<SiteFiles> {
  const pages: SitePageFile[] = [];
  for (const rel of await filesWithExtension(dir, ['.html'])) {
    const file = join(dir, rel);
    const doc = parseDocument(await readFile(file, 'utf8'));
    const references: Reference[] = [];
    const ids = new Set<string>();
    const scripts: string[] = [];
    for (const el of DomUtils.findAll(() => true, doc.children)) {
      scripts.push(...scriptsOf(el));
      if (el.attribs.id) ids.add(el.attribs.id);
      if (el.name === 'a' && el.attribs.name) ids.add(el.attribs.name);
      references.push(...referencesOf(el));
      if (el.name === 'style') {
        for (const u of cssUrls(DomUtils.textContent(el)))
          references.push({ from: 'style url()', raw: u, loads: true });
      }
    }
    pages.push({ path: pathOfFile(rel), file, references, ids, scripts });
  }
  const canonical = pages.find((p) => p.path === '/')?.references.find((r) => r.from === 'link[rel=canonical]')?.raw;
  const siteOrigin = origin ?? (canonical ? new URL(canonical).origin : undefined);
  if (!siteOrigin) throw new Error(`${dir}/index.html has no <link rel="canonical">: cannot tell the site's origin`);
  return { dir, origin: siteOrigin, pages, byFile: new Map(pages.map((p) => [p.file, p])) };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** The built file a site path is served from, or undefined. */
async function fileFor(dir: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.endsWith('/')) {
    const index = join(dir, decoded, 'index.html');
    return (await isFile(index)) ? index : undefined;
  }
  if (await isFile(join(dir, decoded))) return join(dir, decoded);
  if (await isFile(join(dir, decoded, 'index.html'))) return join(dir, decoded, 'index.html');
  return undefined;
}

/** Resolves `raw` against the page; undefined for other schemes (mailto:, tel:, data:, javascript:). */
function resolve(raw: string, base: string): URL | undefined {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export async function checkLinks(site: SiteFiles): Promise<{ findings: Finding[]; checked: number }> {
  const { dir, origin } = site;
  const findings: Finding[] = [];
  const exists = new Map<string, Promise<string | undefined>>();
  const lookup = (pathname: string) => {
    if (!exists.has(pathname)) exists.set(pathname, fileFor(dir, pathname));
    return exists.get(pathname) as Promise<string | undefined>;
  };
  let checked = 0;

  async function check(page: string, from: string, raw: string, base: string): Promise<void> {
    const url = resolve(raw, base);
    if (!url || url.origin !== origin) return;
    checked++;
    const file = await lookup(url.pathname);
    if (!file) {
      findings.push({ page, rule: 'broken-link', detail: `${from}="${raw}": ${url.pathname} does not exist` });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:') || !file.endsWith('.html')) return;
    const target = site.byFile.get(file);
    if (target && !target.ids.has(fragment)) {
      findings.push({
        page,
        rule: 'broken-fragment',
        detail: `${from}="${raw}": ${target.path} has no element with id "${fragment}"`,
      });
    }
  }

  for (const page of site.pages) {
    const base = new URL(page.path, origin).href;
    const seen = new Set<string>();
    for (const ref of page.references) {
      const key = `${ref.from} ${ref.raw}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await check(page.path, ref.from, ref.raw, base);
    }
  }

  // Style sheets: fonts and images they load.
  for (const rel of await filesWithExtension(dir, ['.css'])) {
    const base = new URL(`/${rel}`, origin).href;
    for (const u of new Set(cssUrls(await readFile(join(dir, rel), 'utf8')))) await check(`/${rel}`, 'url()', u, base);
  }

  // The sitemap, once there is one: every sitemap it lists and every page in them must exist.
  const queue = [];
  for (const name of ['sitemap-index.xml', 'sitemap-0.xml']) if (await isFile(join(dir, name))) queue.push(`/${name}`);
  const done = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (done.has(path)) continue;
    done.add(path);
    const xml = await readFile(join(dir, decodeURIComponent(path)), 'utf8');
    for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gu)) {
      const loc = m[1].replace(/&amp;/gu, '&');
      const url = resolve(loc, `${origin}/`);
      if (!url || url.origin !== origin) {
        findings.push({
          page: path,
          rule: 'sitemap',
          detail: `<loc>${loc}</loc> is not on the site's origin ${origin}`,
        });
        continue;
      }
      checked++;
      const file = await lookup(url.pathname);
      if (!file)
        findings.push({ page: path, rule: 'sitemap', detail: `<loc>${loc}</loc>: ${url.pathname} does not exist` });
      else if (file.endsWith('.xml')) queue.push(url.pathname);
    }
  }
  return { findings, checked };
}

/**
 * References that make the browser load something from a host other than the site: a web font, a script,
 * an image, a style sheet, a preconnect… Scanned from the HTML so that what a browser might load only in
 * some conditions (a media query, a srcset candidate, a lazy image) is caught too.
 */
export async function foreignResources(site: SiteFiles): Promise<Finding[]> {
  const findings: Finding[] = [];
  const foreign = (raw: string, base: string) => {
    try {
      const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw, base);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== site.origin;
    } catch {
      return false;
    }
  };
  for (const page of site.pages) {
    const base = new URL(page.path, site.origin).href;
    for (const ref of page.references) {
      if (ref.loads && foreign(ref.raw, base)) {
        findings.push({ page: page.path, rule: 'third-party-reference', detail: `${ref.from}="${ref.raw}"` });
      }
    }
  }
  for (const rel of await filesWithExtension(site.dir, ['.css'])) {
    const base = new URL(`/${rel}`, site.origin).href;
    for (const u of cssUrls(await readFile(join(site.dir, rel), 'utf8'))) {
      if (foreign(u, base)) findings.push({ page: `/${rel}`, rule: 'third-party-reference', detail: `url(${u})` });
    }
  }
  return findings;
}

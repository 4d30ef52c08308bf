/**
 * Which files make up the content, and the id Astro gives each of them — computed
 * exactly like the glob loaders in src/content.config.ts, so that a reference the
 * checker accepts is one the site can resolve.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import {
  COLLECTION_SPECS,
  COLLECTIONS,
  isLocalised,
  LOCALISED,
  type CollectionName,
  type LocalisedCollection,
} from '../../config/collections.ts';

/** Collections written as MDX, one file per language under `de/` and `en/` (the registry's `localised`). */
export { isLocalised, LOCALISED, type LocalisedCollection };

export interface ContentFile {
  collection: CollectionName;
  /** Absolute path. */
  absPath: string;
  /** Path relative to the collection folder, with forward slashes (what the glob loader sees). */
  entry: string;
  /** The id Astro gives the entry. */
  id: string;
  kind: 'mdx' | 'yaml';
}

const MDX = /\.mdx$/u;
const YAML = /\.ya?ml$/u;
const LOOKS_LIKE_CONTENT = /\.(mdx?|markdown|ya?ml|json|txt)$/u;

/** Every file under `dir`, recursively, relative and with forward slashes. */
function walk(dir: string, base = dir): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...walk(abs, base));
    else out.push(relative(base, abs).split(sep).join('/'));
  }
  return out;
}

/** Astro's default id: the path without extension, each segment slugged as GitHub does. */
export function defaultId(entry: string): string {
  return entry
    .replace(/\.[^./]+$/u, '')
    .split('/')
    .map((s) => githubSlug(s))
    .join('/')
    .replace(/\/index$/u, '');
}

/** Districts are keyed by the five-digit AGS in their file name (see content.config.ts). */
export function districtId(entry: string): string {
  return entry.replace(/^.*?(\d{5})[^/]*$/u, '$1');
}

export function idOf(collection: CollectionName, entry: string): string {
  return COLLECTION_SPECS[collection].id === 'ags' ? districtId(entry) : defaultId(entry);
}

/**
 * The content files of every collection. Like the loaders, it skips files whose
 * name starts with `_` and files of the other kind (an .md among .mdx files).
 */
export function listContent(root: string): { files: ContentFile[]; ignored: ContentFile[] } {
  const files: ContentFile[] = [];
  // Text files the loader passes over although an editor probably meant them as entries.
  const ignored: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(root, collection);
    const kind = COLLECTION_SPECS[collection].format;
    for (const entry of walk(dir)) {
      const name = entry.split('/').pop() ?? entry;
      if (name.startsWith('_')) continue;
      const file = { collection, absPath: join(dir, entry), entry, id: idOf(collection, entry), kind } as const;
      if ((kind === 'mdx' ? MDX : YAML).test(name)) files.push(file);
      else if (LOOKS_LIKE_CONTENT.test(name)) ignored.push(file);
    }
  }
  return { files, ignored };
}

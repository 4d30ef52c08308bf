/**
 * The content corpus as the tests see it: every file under `content/` (or PRAXIS_CONTENT_DIR), its collection,
 * the id Astro gives it, its data (YAML files whole, MDX frontmatter between the `---` fences), and the real
 * collection schemas built with stand-ins for Astro's `image()` and `reference()`.
 *
 * Deliberately independent of src/lib/contentCheck: the tests check the content and the schemas, and should not
 * inherit a mistake of the checker they might one day check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slug } from 'github-slugger';
import { parse, type ParseOptions, type SchemaOptions } from 'yaml';
import { z } from 'zod';
import { contentDir } from '../../src/lib/contentDir.ts';
import { path, type Lang, type Section } from '../../src/lib/i18n.ts';
import type { SchemaHelpers } from '../../src/schemas/common.ts';
import {
  COLLECTION_SPECS,
  COLLECTIONS,
  isLocalised,
  LOCALISED,
  sectionOf,
  type CollectionName,
  type LocalisedCollection,
} from '../../src/config/collections.ts';
import { schemaOf as registrySchemaOf } from '../../src/schemas/registry.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The content folder the site is built from. */
export const CONTENT_ROOT = resolve(REPO_ROOT, contentDir());

/** Collections written as MDX, one file per language in `de/` and `en/` (from the collection registry). */
export { isLocalised, LOCALISED, type LocalisedCollection };

/** The page of a localised entry, from its id (`de/x` → `/praxis/x/`, `en/x` → `/en/practices/x/`). */
export function entryUrl(collection: LocalisedCollection, id: string): string {
  const [lang, ...rest] = id.split('/');
  return path(lang as Lang, sectionOf(collection) as Section, rest.join('/'));
}

export interface CorpusFile {
  collection: CollectionName;
  /** Absolute path. */
  file: string;
  /** Path relative to the content folder, with forward slashes, e.g. `practices/de/x.mdx`. */
  rel: string;
  /** The id Astro gives the entry. */
  id: string;
  /** The YAML text: the whole file, or an MDX file's frontmatter. */
  yaml: string;
}

/** Every file under `dir`, relative, with forward slashes, sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) visit(abs);
      else out.push(relative(dir, abs).split(sep).join('/'));
    }
  };
  visit(dir);
  return out;
}

/** Whether the glob loader of a collection reads this path (relative to the collection folder). */
export function isLoaded(collection: CollectionName, entry: string): boolean {
  const name = entry.split('/').pop() ?? '';
  if (name.startsWith('_')) return false;
  return COLLECTION_SPECS[collection].format === 'mdx' ? /\.mdx$/u.test(name) : /\.ya?ml$/u.test(name);
}

/** The id Astro's glob loader gives an entry; districts are keyed by the AGS in the file name. */
export function entryId(collection: CollectionName, entry: string): string {
  if (COLLECTION_SPECS[collection].id === 'ags') return entry.replace(/^.*?(\d{5})[^/]*$/u, '$1');
  return entry
    .replace(/\.[^./]+$/u, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}

/** The frontmatter of an MDX text: the YAML between the opening `---` line and the next one. */
export function frontmatter(text: string): string {
  const lines = text.split(/\r?\n/u);
  if (lines[0]?.trim() !== '---') throw new Error('no frontmatter: the file does not start with a --- line');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) throw new Error('frontmatter is not closed by a --- line');
  return lines.slice(1, close).join('\n');
}

/** Every file the content collections read, in collection order. */
export function readCorpus(root = CONTENT_ROOT): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const collection of COLLECTIONS) {
    const base = join(root, collection);
    let entries: string[];
    try {
      entries = walk(base);
    } catch {
      continue;
    }
    for (const entry of entries.filter((e) => isLoaded(collection, e))) {
      const file = join(base, entry);
      const text = readFileSync(file, 'utf8');
      files.push({
        collection,
        file,
        rel: `${collection}/${entry}`,
        id: entryId(collection, entry),
        yaml: COLLECTION_SPECS[collection].format === 'mdx' ? frontmatter(text) : text,
      });
    }
  }
  return files;
}

/**
 * YAML as plain data. By default the YAML 1.2 core schema of the `yaml` package: an unquoted date stays a
 * string and the schema turns it into a Date. `{ customTags: ['timestamp'] }` reads dates the way the build does
 * (Astro uses js-yaml, which turns every YYYY-MM-DD into a Date itself).
 */
export function readYaml(text: string, options: ParseOptions & SchemaOptions = {}): unknown {
  return parse(text, options);
}

export interface Reference {
  collection: CollectionName;
  id: string;
}

/**
 * Stand-ins for Astro's helpers: `image()` accepts a path, `reference(collection)` accepts an id as Astro's does
 * (a string or a number, without checking that the entry exists) and records it, so the test can check that.
 */
export function recordingHelpers(): { helpers: SchemaHelpers; references: Reference[] } {
  const references: Reference[] = [];
  // Like Astro's, it takes a number too and turns it into a string: an unquoted 06439 becomes the id "6439".
  const reference = (collection: CollectionName) =>
    z.union([z.string(), z.number().transform((n) => n.toString(10))]).transform((id) => {
      references.push({ collection, id });
      return { id, collection };
    });
  const image = () => z.string();
  return {
    helpers: {
      reference: reference as unknown as SchemaHelpers['reference'],
      image: image as unknown as SchemaHelpers['image'],
    },
    references,
  };
}

/** The real schema of a collection, built with the given helpers. */
export function schemaOf(collection: CollectionName, helpers: SchemaHelpers): z.ZodType {
  return registrySchemaOf(collection, helpers);
}

/** An issue as "path: message", the way an editor reads it. */
export const describeIssue = (issue: { path: readonly PropertyKey[]; message: string }) =>
  `${issue.path.map(String).join('.')}: ${issue.message}`;

/**
 * Reads a generated content folder the way the site's loaders do — ids from paths, YAML front
 * matter — and parses every entry through the REAL schemas of src/schemas, with stand-ins for
 * Astro's `image()` and `reference()`. The reference stand-in records every id it sees, so the
 * tests can check separately that each one points at an existing entry.
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import type { CollectionName, SchemaHelpers } from '../../src/schemas/common.ts';
import { schemaOf } from '../../src/schemas/registry.ts';
import { COLLECTIONS, isCollection, isLocalised, specOf } from '../../src/config/collections.ts';
import type { GeneratedFile } from '../../seeds/lib/generate.ts';

export interface ParsedEntry {
  collection: CollectionName;
  /** The id the glob loader gives it: `de/slug` for MDX, the file stem for YAML, the AGS for districts. */
  id: string;
  path: string;
  data: Record<string, unknown>;
  /** MDX body (empty for YAML entries). */
  body: string;
}

export interface Reference {
  from: string;
  collection: string;
  id: string;
}

export interface ParseResult {
  entries: ParsedEntry[];
  references: Reference[];
  /** Schema failures as "path: field: message". */
  failures: string[];
}

function splitMdx(path: string, content: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(content);
  if (!match) throw new Error(`${path}: no front matter`);
  return { data: parseYaml(match[1]!), body: match[2]! };
}

function idOf(collection: string, rest: string): string {
  if (isCollection(collection) && specOf(collection).id === 'ags') return rest.replace(/^.*?(\d{5})[^/]*$/u, '$1');
  return rest.replace(/\.(mdx|ya?ml)$/u, '');
}

export function parseGenerated(files: readonly GeneratedFile[]): ParseResult {
  const references: Reference[] = [];
  let current = '';
  const helpers: SchemaHelpers = {
    image: (() => z.string()) as unknown as SchemaHelpers['image'],
    reference: ((collection: string) =>
      z.string().transform((id) => {
        references.push({ from: current, collection, id });
        return id;
      })) as unknown as SchemaHelpers['reference'],
  };
  const schemas = Object.fromEntries(
    COLLECTIONS.map((c): [CollectionName, z.ZodType] => [c, schemaOf(c, helpers)]),
  ) as Record<CollectionName, z.ZodType>;
  const entries: ParsedEntry[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const [collection, ...restParts] = file.path.split('/');
    const name = collection as CollectionName;
    const schema = schemas[name];
    if (!schema) {
      failures.push(`${file.path}: not in any collection`);
      continue;
    }
    const { data, body } = isLocalised(name)
      ? splitMdx(file.path, file.content)
      : { data: parseYaml(file.content) as unknown, body: '' };
    current = file.path;
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) failures.push(`${file.path}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    entries.push({
      collection: name,
      id: idOf(name, restParts.join('/')),
      path: file.path,
      data: result.data as Record<string, unknown>,
      body,
    });
  }
  return { entries, references, failures };
}

/** References whose target entry does not exist, as "from → collection/id". */
export function danglingReferences(result: ParseResult): string[] {
  const ids = new Set(result.entries.map((e) => `${e.collection}/${e.id}`));
  return result.references
    .filter((r) => !ids.has(`${r.collection}/${r.id}`))
    .map((r) => `${r.from} → ${r.collection}/${r.id}`);
}

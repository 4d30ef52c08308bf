/**
 * Reads a generated content folder the way the site's loaders do — ids from paths, YAML front
 * matter — and parses every entry through the REAL schemas of src/schemas, with stand-ins for
 * Astro's `image()` and `reference()`. The reference stand-in records every id it sees, so the
 * tests can check separately that each one points at an existing entry.
 */
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { CollectionName, SchemaHelpers } from '../../src/schemas/common.ts';
import { postSchema } from '../../src/schemas/posts.ts';
import { practiceSchema } from '../../src/schemas/practices.ts';
import { districtSchema } from '../../src/schemas/districts.ts';
import { reportSchema } from '../../src/schemas/reports.ts';
import { projectSchema } from '../../src/schemas/projects.ts';
import { personSchema } from '../../src/schemas/people.ts';
import { topicSchema } from '../../src/schemas/topics.ts';
import { dialogueSchema } from '../../src/schemas/dialogues.ts';
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

const MDX_COLLECTIONS = new Set(['posts', 'practices', 'projects', 'dialogues']);

function splitMdx(path: string, content: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(content);
  if (!match) throw new Error(`${path}: no front matter`);
  return { data: parseYaml(match[1]!), body: match[2]! };
}

function idOf(collection: string, rest: string): string {
  if (collection === 'districts') return rest.replace(/^.*?(\d{5})[^/]*$/u, '$1');
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
  const schemas: Record<CollectionName, z.ZodType> = {
    posts: postSchema(helpers),
    practices: practiceSchema(helpers),
    projects: projectSchema(helpers),
    dialogues: dialogueSchema(helpers),
    reports: reportSchema(helpers),
    districts: districtSchema(),
    people: personSchema(),
    topics: topicSchema(),
  };
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
    const { data, body } = MDX_COLLECTIONS.has(name)
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

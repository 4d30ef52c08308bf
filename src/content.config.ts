/**
 * Content collections, derived from the collection registry (src/config/collections.ts for the facts,
 * src/schemas/registry.ts for the schemas). Entries live under `content/` (or the folder named by
 * PRAXIS_CONTENT_DIR, which the seed generator and benchmarks use).
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, specOf, type CollectionName } from './config/collections.ts';
import { schemaOf, type SchemaOf } from './schemas/registry.ts';
import { contentDir } from './lib/contentDir.ts';

const base = contentDir();
const PATTERN = { mdx: '**/[^_]*.mdx', yaml: '**/[^_]*.{yaml,yml}' } as const;

/** What Astro reads a collection's entry type from: the schema function's return type, per collection. */
type Collections = {
  [C in CollectionName]: { loader: ReturnType<typeof glob>; schema: (context: SchemaContext) => SchemaOf<C> };
};

function define<C extends CollectionName>(name: C): Collections[C] {
  const spec = specOf(name);
  return defineCollection({
    loader: glob({
      pattern: PATTERN[spec.format],
      base: `${base}/${name}`,
      // Keyed by the official key (AGS): the file name is "<AGS>-<name>.yaml", the id is the AGS.
      ...(spec.id === 'ags'
        ? { generateId: ({ entry }: { entry: string }) => entry.replace(/^.*?(\d{5})[^/]*$/u, '$1') }
        : {}),
    }),
    schema: ({ image }: SchemaContext) => schemaOf(name, { image, reference }),
  }) as Collections[C];
}

export const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, define(c)])) as Collections;

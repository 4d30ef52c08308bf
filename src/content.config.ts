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
    schema: schemaFor(name),
  }) as Collections[C];
}

/**
 * The schema function Astro calls for every entry, with an `image()` bound to that entry's folder. A collection
 * whose schema never asks for `image()` (districts, reports, people …) gets the schema built the first time, as
 * it does not depend on the entry: building it anew for each of a 1,000-entry site's entries took 1 s of the
 * content sync. The others are built per entry, as Astro means them to be.
 */
function schemaFor<C extends CollectionName>(name: C): (context: SchemaContext) => SchemaOf<C> {
  let fixed: SchemaOf<C> | undefined;
  return ({ image }) => {
    if (fixed) return fixed;
    let asked = false;
    const schema = schemaOf(name, {
      image: (...args) => {
        asked = true;
        return image(...args);
      },
      reference,
    });
    if (!asked) fixed = schema;
    return schema;
  };
}

export const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, define(c)])) as Collections;

/**
 * The schema half of the collection registry: each collection's schema factory, beside the facts in
 * src/config/collections.ts. `satisfies` makes a collection listed there without a schema here (or the
 * reverse) a type error. Astro's content layer (src/content.config.ts) passes its own `image()` and
 * `reference()`; the content check passes stand-ins (src/lib/contentCheck/schemas.ts).
 */
import type { z } from 'zod';
import { COLLECTION_SPECS, COLLECTIONS, type CollectionName, type CollectionSpec } from '../config/collections.ts';
import type { SchemaHelpers } from './common.ts';
import { postSchema } from './posts.ts';
import { practiceSchema } from './practices.ts';
import { districtSchema } from './districts.ts';
import { reportSchema } from './reports.ts';
import { projectSchema } from './projects.ts';
import { personSchema } from './people.ts';
import { topicSchema } from './topics.ts';
import { dialogueSchema } from './dialogues.ts';

export const SCHEMAS = {
  posts: postSchema,
  practices: practiceSchema,
  districts: districtSchema,
  reports: reportSchema,
  projects: projectSchema,
  people: personSchema,
  topics: topicSchema,
  dialogues: dialogueSchema,
} satisfies Record<CollectionName, (helpers: SchemaHelpers) => z.ZodType>;

/** The schema type of a collection, as its factory builds it. */
export type SchemaOf<C extends CollectionName> = ReturnType<(typeof SCHEMAS)[C]>;

/** A collection's schema built with the given helpers. */
export function schemaOf<C extends CollectionName>(collection: C, helpers: SchemaHelpers): SchemaOf<C> {
  return (SCHEMAS[collection] as (helpers: SchemaHelpers) => z.ZodType)(helpers) as SchemaOf<C>;
}

/** Every collection with its facts and its schema: what generated tools (guide, editor) iterate. */
export function registry(helpers: SchemaHelpers): (CollectionSpec & { name: CollectionName; schema: z.ZodType })[] {
  return COLLECTIONS.map((name) => ({ name, ...COLLECTION_SPECS[name], schema: schemaOf(name, helpers) }));
}

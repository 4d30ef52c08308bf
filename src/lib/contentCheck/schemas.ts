/**
 * The collection schemas, built with stand-ins for Astro's `reference()` and
 * `image()` so that they run outside Astro:
 * - `reference(collection)` accepts what Astro's accepts (a string, a number, or
 *   `{ id, collection }`) and is marked, so the checker can find every reference
 *   and check that its entry exists — Astro does not.
 * - `image()` accepts a path and checks that the file exists next to the entry.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { CollectionName, SchemaHelpers } from '../../schemas/common.ts';
import { schemaOf } from '../../schemas/registry.ts';
import { mark } from './schemaTree.ts';

/** Issue code our image stand-in raises, so that the message can say which file is missing. */
export const IMAGE_MISSING = 'praxis_image_missing';
export const IMAGE_FORMAT = 'praxis_image_format';

/** File types Astro's image pipeline reads (astro/dist/assets/consts.js, VALID_INPUT_FORMATS). */
export const IMAGE_TYPES = ['jpeg', 'jpg', 'png', 'apng', 'tiff', 'webp', 'gif', 'svg', 'avif'] as const;

const referenceStandIn = ((collection: CollectionName) =>
  mark(
    z
      .union([
        z.number().transform((n) => n.toString(10)),
        z.string(),
        z.object({ id: z.string(), collection: z.string() }),
      ])
      .transform((lookup) => (typeof lookup === 'object' ? lookup : { id: lookup, collection })),
    { kind: 'reference', collection },
  )) as unknown as SchemaHelpers['reference'];

/** An `image()` that checks the file relative to the entry's folder (or, without an entry, accepts any path). */
function imageStandIn(folder: string | undefined): SchemaHelpers['image'] {
  return (() =>
    mark(
      z.string().superRefine((value, ctx) => {
        const ext = value.split('.').pop()?.toLowerCase() ?? '';
        if (!(IMAGE_TYPES as readonly string[]).includes(ext)) {
          ctx.addIssue({ code: 'custom', message: IMAGE_FORMAT, params: { praxis: IMAGE_FORMAT } });
        } else if (folder && !existsSync(resolve(folder, value))) {
          ctx.addIssue({ code: 'custom', message: IMAGE_MISSING, params: { praxis: IMAGE_MISSING } });
        }
      }),
      { kind: 'image' },
    )) as unknown as SchemaHelpers['image'];
}

// Made once per collection and folder: the check asked for a collection's schema three times per entry, and making
// it was a tenth of the check's time. Only `image()` depends on the entry, and only through the entry's folder.
const made = new Map<string, z.ZodType>();

/** The schema of a collection, as the checker and the scaffolder use it. */
export function schemaFor(collection: CollectionName, entryPath?: string): z.ZodType {
  const folder = entryPath ? dirname(entryPath) : undefined;
  const key = `${collection}\0${folder ?? ''}`;
  let schema = made.get(key);
  if (!schema) {
    schema = schemaOf(collection, { image: imageStandIn(folder), reference: referenceStandIn });
    made.set(key, schema);
  }
  return schema;
}

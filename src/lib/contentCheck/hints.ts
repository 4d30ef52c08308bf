/**
 * What each field wants, in plain German and English: the comment line above each
 * field in a new entry (`npm run new`) and the "expected" part of a "missing" message
 * (`npm run check`). English comes from the schema's `.describe()` text wherever a
 * field has one, so it cannot drift; `en` here fills in for fields without. Keys are field paths (`[]` for
 * list items); `collection:path` wins over the plain path.
 * A field may instead carry both texts in its schema: `.meta({ description: 'English', de: 'Deutsch' })`.
 * tests/editor/coverage.test.ts fails when a schema field has no hint. The texts are a message catalog,
 * ./hints.json (see src/i18n/catalog.ts), grouped by collection; `en` may be left out there.
 */
import { CatalogError, checkCatalog } from '../../i18n/catalog.ts';
import type { CollectionName, Lang } from '../../schemas/common.ts';
import { fieldOf, type Field, type FieldNode } from './schemaTree.ts';
import { schemaFor } from './schemas.ts';
import catalog from './hints.json' with { type: 'json' };

export interface Hint {
  de: string;
  /** Used only where the schema has no description for the field. */
  en?: string;
}

/**
 * The catalog groups the hints by collection for its readers; a key stands in one group only, since
 * `collection:path` keys already say where they apply.
 */
function flatten(groups: Record<string, Record<string, Hint>>, file: string): Record<string, Hint> {
  const hints: Record<string, Hint> = {};
  for (const [group, entries] of Object.entries(groups)) {
    for (const [key, hint] of Object.entries(entries)) {
      if (Object.hasOwn(hints, key))
        throw new CatalogError(`${file}: ${group}["${key}"]: the key stands in another group too`);
      hints[key] = hint;
    }
  }
  return hints;
}

export const HINTS: Record<string, Hint> = flatten(
  checkCatalog(catalog, 'src/lib/contentCheck/hints.json', { optional: ['en'] }),
  'src/lib/contentCheck/hints.json',
);

/** Turn a data path such as ['sources', 0, 'url'] into a hint key: 'sources[].url'. */
export function hintKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const p of path) key += typeof p === 'number' ? '[]' : key === '' ? p : `.${p}`;
  return key;
}

const trees = new Map<CollectionName, FieldNode>();

/** A field of a collection's schema, by path (list items as numbers or `[]` keys); for its own texts. */
function schemaField(collection: CollectionName, path: readonly (string | number)[]): Field | undefined {
  let node = trees.get(collection);
  if (!node) trees.set(collection, (node = fieldOf(schemaFor(collection)).node));
  let field: Field | undefined;
  for (const key of path) {
    if (node.kind === 'array' && typeof key === 'number') node = node.element;
    else if (node.kind === 'object' && typeof key === 'string' && node.fields[key]) {
      field = node.fields[key];
      node = field.node;
    } else return undefined;
  }
  return field;
}

/**
 * The hint for a field, in a language. In English the schema's description comes first (templates
 * stay in step with the schema); `preferHint` puts the fuller hint first, for "is missing" messages,
 * where a terse description such as "Starting problem" says too little.
 */
export function hintFor(
  collection: CollectionName,
  path: readonly (string | number)[],
  lang: Lang,
  description?: string,
  preferHint = false,
): string | undefined {
  const key = hintKey(path);
  const hint = HINTS[`${collection}:${key}`] ?? HINTS[key];
  // A field may carry its German text in the schema itself (`.meta({ description, de })`): one place.
  if (lang === 'de') return hint?.de ?? schemaField(collection, path)?.de;
  return preferHint ? (hint?.en ?? description) : (description ?? hint?.en);
}

/**
 * What `npm run new` needs to know about each collection beyond its schema: the
 * names editors may type for it, which field names the file, and which fields it must
 * ask for because no default would be true (a practice's districts, a district's key).
 */
import { aliasesOf, COLLECTIONS, specOf, type CollectionName } from '../../config/collections.ts';
import { fieldOf, type FieldNode } from '../contentCheck/schemaTree.ts';
import { schemaFor } from '../contentCheck/schemas.ts';

/** Names editors may type, in German and English, singular and plural (`aliasesOf` in the registry). */
export const ALIASES: Record<string, CollectionName> = Object.fromEntries(
  COLLECTIONS.flatMap((c) => aliasesOf(c).map((alias) => [alias, c])),
);

export function collectionOf(name: string | undefined): CollectionName | undefined {
  return name && Object.hasOwn(ALIASES, name.toLowerCase()) ? ALIASES[name.toLowerCase()] : undefined;
}

/** The field a new entry's name comes from (`--title`). Districts are named by their key instead. */
export const TITLE_FIELD = Object.fromEntries(COLLECTIONS.map((c) => [c, specOf(c).titleField])) as Record<
  CollectionName,
  readonly string[] | undefined
>;

/**
 * Fields asked for (or taken from flags) because a placeholder would pass the check
 * but be false. Everything else gets a default or a placeholder the check flags.
 */
export const REQUIRED_INPUT = Object.fromEntries(COLLECTIONS.map((c) => [c, specOf(c).requiredInput])) as Record<
  CollectionName,
  readonly string[]
>;

const translatable = new Map<CollectionName, Set<string>>();

/**
 * Text fields of a collection that a translation must translate, the rest being copied: those its schema marks
 * `.meta(TRANSLATE)`, by path (`results.figures[].label`; `outcomes[]` for each text of a list).
 */
export function translatableOf(collection: CollectionName): ReadonlySet<string> {
  let paths = translatable.get(collection);
  if (!paths) {
    const found = new Set<string>();
    const walk = (node: FieldNode, prefix: string): void => {
      if (node.kind === 'array') return walk(node.element, `${prefix}[]`);
      if (node.kind !== 'object') return;
      for (const [key, field] of Object.entries(node.fields)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (field.translate) found.add(field.node.kind === 'array' ? `${path}[]` : path);
        walk(field.node, path);
      }
    };
    walk(fieldOf(schemaFor(collection)).node, '');
    paths = found;
    translatable.set(collection, paths);
  }
  return paths;
}

/**
 * Message catalogs: the texts of a bilingual table live in a JSON file beside the module that uses them (as
 * i18n systems keep them, so that translators and editors change texts without touching TypeScript). Each leaf
 * is `{ "de": "…", "en": "…" }`; groups nest. TypeScript types the JSON import, so a mistyped key stays a type
 * error; what the types cannot see — a missing language, an empty text, a placeholder in one language only — is
 * checked here once, when the catalog's module loads, and a bad catalog stops the build, the server or the test
 * with a message naming the file, the key and what is wrong.
 *
 * No Zod here: catalogs are read by browser bundles too (src/config/fields.ts), and these few lines are all it takes.
 */
import { LANGS, type Lang } from '../config/languages.ts';
import { PLACEHOLDER } from './fill.ts';

/** A catalog that does not hold what its module expects. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}

export interface CatalogOptions {
  /** Languages a leaf may lack (the code supplies them another way). */
  optional?: readonly Lang[];
  /**
   * Whether `{name}` in a text is a placeholder, the same in every language (default). False for a catalog whose
   * texts are shown as they are, never filled: there braces may be code, such as MDX's `src={foto}`.
   */
  placeholders?: boolean;
}

const isLang = (key: string): key is Lang => (LANGS as readonly string[]).includes(key);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const keyPath = (path: readonly string[]) =>
  path.map((key, i) => (/^\w+$/u.test(key) ? (i === 0 ? key : `.${key}`) : `[${JSON.stringify(key)}]`)).join('') ||
  '(top level)';
const names = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => `{${m[1]}}`))].sort();

/** The problems of one leaf (an object with at least one language key). */
function leafProblems(leaf: Record<string, unknown>, { optional = [], placeholders = true }: CatalogOptions): string[] {
  const problems = Object.keys(leaf)
    .filter((key) => !isLang(key))
    .map((key) => `"${key}" is not a language (${LANGS.join(', ')})`);
  const texts: [Lang, string][] = [];
  for (const lang of LANGS) {
    const text = leaf[lang];
    if (text === undefined) {
      if (!optional.includes(lang)) problems.push(`"${lang}" is missing`);
    } else if (typeof text !== 'string') problems.push(`"${lang}" is ${typeof text}, not a text`);
    else if (text.trim() === '') problems.push(`"${lang}" is empty`);
    else texts.push([lang, text]);
  }
  const [first, ...rest] = texts.map(([lang, text]) => ({ lang, names: names(text) }));
  for (const other of first && placeholders ? rest : []) {
    if (other.names.join() !== first!.names.join()) {
      const list = (n: string[]) => (n.length > 0 ? n.join(' ') : 'none');
      problems.push(
        `the placeholders differ: "${first!.lang}" has ${list(first!.names)}, "${other.lang}" has ${list(other.names)}`,
      );
    }
  }
  return problems;
}

/**
 * Check a catalog once, when its module loads, and return it unchanged (with the type TypeScript gives the JSON).
 * `file` is the catalog's path from the repository root, for the message.
 */
export function checkCatalog<T>(catalog: T, file: string, options: CatalogOptions = {}): T {
  const problems: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!isObject(node)) {
      problems.push(`${keyPath(path)}: expected a group of texts or { ${LANGS.join(', ')} }, found ${typeof node}`);
    } else if (Object.keys(node).some(isLang)) {
      for (const problem of leafProblems(node, options)) problems.push(`${keyPath(path)}: ${problem}`);
    } else for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(catalog, []);
  if (problems.length > 0) throw new CatalogError(`${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return catalog;
}

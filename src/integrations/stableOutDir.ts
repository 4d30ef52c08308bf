/**
 * Keeps the output folder's path out of Astro's `astro:assets` module, so the incremental build can reuse pages.
 *
 * Astro writes the build's output folder into that module as a literal (`export const outDir = new URL(
 * "file:///…/dist/")`, and `serverDir` below it), and every page that renders a font or an image imports the
 * module. The incremental build (`experimental.incrementalBuild`) hashes the code a page imports and renders the
 * page again when the hash changed — so a build into another folder than the last one rendered every page again,
 * although nothing had changed. Our builds always write into another folder: `npm run build` into a fresh
 * folder beside `dist/` (scripts/build.ts), a deploy pipeline or the benchmark into a new output folder.
 *
 * The two values are only read by @astrojs/node's image endpoint (server output; this site is static). They
 * become the same URLs computed when the module runs, from the same setting as astro.config.mjs
 * (PRAXIS_OUT_DIR, else ./dist, from the project root where Astro runs): the code no longer depends on the
 * folder, and the values are unchanged.
 */
import type { Plugin } from 'vite';

/** Astro's virtual module id. */
const ASSETS_MODULE = '\0astro:assets';
const LITERAL = /(export const (outDir|serverDir) = \/\* #__PURE__ \*\/\s*new URL\()"file:[^"]*"\)/gu;

/** The module's code with both folders computed at run time; throws when Astro's code no longer has them. */
export function withoutOutDirLiteral(code: string): string {
  const found = [...code.matchAll(LITERAL)].map((m) => m[2]);
  if (found.length !== 2 || !found.includes('outDir') || !found.includes('serverDir')) {
    throw new Error(
      `praxis:stable-out-dir: astro:assets no longer declares outDir and serverDir as expected (found: ${found.join(', ') || 'neither'}); see src/integrations/stableOutDir.ts`,
    );
  }
  const prelude =
    "import { pathToFileURL as __praxisFileUrl } from 'node:url';\n" +
    "import { resolve as __praxisResolve } from 'node:path';\n" +
    "const __praxisOutDir = __praxisFileUrl(__praxisResolve(process.env.PRAXIS_OUT_DIR || './dist') + '/');\n";
  return (
    prelude +
    code.replace(LITERAL, (_all, start: string, name: string) =>
      name === 'outDir' ? `${start}__praxisOutDir)` : `${start}'server/', __praxisOutDir)`,
    )
  );
}

export function stableOutDir(): Plugin {
  return {
    name: 'praxis:stable-out-dir',
    enforce: 'post',
    apply: 'build',
    transform(code, id) {
      if (id !== ASSETS_MODULE) return null;
      return { code: withoutOutDirLiteral(code), map: null };
    },
  };
}

/**
 * A font provider for Astro's Fonts API that takes the files of an installed `@fontsource/*` package from
 * `node_modules` — never from a CDN.
 *
 * Why not Astro's built-in `fontProviders.npm({ remote: false })`: it reads the package's CSS locally but then
 * rewrites every file address to cdn.jsdelivr.net and downloads from there (unifont 0.7), which this site may not
 * do and the build machines cannot reach. Why not `fontProviders.local()`: its faces carry no subset, so `<Font
 * preload>` cannot pick the Latin files alone and would preload Latin Extended as well.
 *
 * Each requested weight × style × subset becomes one face with the package's own unicode range, so a browser
 * downloads Latin Extended only for a page that has such a letter.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontProvider } from 'astro';

export interface FontsourceFamilyOptions {
  /** The package, e.g. `@fontsource/source-sans-3`. Default: `@fontsource/` + the family name in kebab case. */
  package?: string;
}

interface PackageFacts {
  dir: string;
  id: string;
  subsets: string[];
  weights: number[];
  styles: string[];
  ranges: Record<string, string>;
}

/** Where the package is installed and what it holds (its `metadata.json` and `unicode.json`). */
export function readFontsourcePackage(pkg: string, root: string | URL): PackageFacts {
  // The package's exports map `<pkg>` to its index.css; its folder is the one beside it.
  const dir = dirname(createRequire(root).resolve(pkg));
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as Omit<PackageFacts, 'dir' | 'ranges'>;
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return { dir, id: meta.id, subsets: meta.subsets, weights: meta.weights, styles: meta.styles, ranges };
}

export function fontsource(): FontProvider<FontsourceFamilyOptions> {
  let root: string | URL = join(process.cwd(), 'package.json');
  return {
    name: 'fontsource-installed',
    init(context) {
      root = context.root;
    },
    resolveFont({ familyName, weights, styles, subsets, options }) {
      const pkg = options?.package ?? `@fontsource/${familyName.toLowerCase().replaceAll(' ', '-')}`;
      const facts = readFontsourcePackage(pkg, root);
      const missing = [
        ...weights.filter((w) => !facts.weights.includes(Number(w))).map((w) => `weight ${w}`),
        ...styles.filter((s) => !facts.styles.includes(s)).map((s) => `style ${s}`),
        ...subsets.filter((s) => !facts.subsets.includes(s)).map((s) => `subset ${s}`),
      ];
      if (missing.length > 0) throw new Error(`${pkg} has no ${missing.join(', ')} (fonts in astro.config.mjs)`);
      return {
        fonts: subsets.flatMap((subset) =>
          weights.flatMap((weight) =>
            styles.map((style) => ({
              src: [
                { url: join(facts.dir, 'files', `${facts.id}-${subset}-${weight}-${style}.woff2`), format: 'woff2' },
              ],
              weight,
              style,
              unicodeRange: facts.ranges[subset]!.split(','),
              meta: { subset },
            })),
          ),
        ),
      };
    },
  };
}

/**
 * One hash of everything a build's pages are made from besides the code: every file under the content root
 * (path and bytes), the names and sizes of the files under public/, the build's "now" to the hour, and the
 * PRAXIS_* settings that reach the pages. Computed once per build by the content-check integration, it keys
 * the content check's cache and the pages Astro may take over from the previous build (`cacheKey`), so an
 * unchanged rebuild does neither again.
 *
 * The hour: every rule that depends on the date changes at a whole hour (publication dates are days in UTC,
 * "upcoming" dialogues days in Berlin, whose offset from UTC is whole hours).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Settings that only say where a build writes or what it reports, never what a page shows. */
const NOT_CONTENT = new Set(['PRAXIS_OUT_DIR', 'PRAXIS_CACHE_DIR', 'PRAXIS_BUILD_TIMINGS', 'PRAXIS_CHECK_LANG']);

/** Every file under `dir`, sorted, as paths relative to it with forward slashes; nothing when it is missing. */
export function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => statSync(join(dir, n)).isFile())
    .map((n) => n.split(sep).join('/'))
    .sort();
}

export interface ContentKeyInput {
  /** The content root. */
  root: string;
  /** public/ (only names and sizes are hashed: pages show a download's size, not its bytes). */
  publicDir?: string | undefined;
  /** The build's "now". */
  now: Date;
  env?: Record<string, string | undefined>;
}

export function contentKey({ root, publicDir, now, env = process.env }: ContentKeyInput): string {
  const hash = createHash('sha256');
  const field = (...parts: (string | Uint8Array)[]) => {
    for (const p of parts) hash.update(p).update('\0');
  };
  for (const file of filesUnder(root)) field('content', file, readFileSync(join(root, file)));
  if (publicDir) {
    for (const file of filesUnder(publicDir)) field('public', file, String(statSync(join(publicDir, file)).size));
  }
  field('hour', now.toISOString().slice(0, 13));
  for (const name of Object.keys(env).sort()) {
    if (name.startsWith('PRAXIS_') && !NOT_CONTENT.has(name)) field('env', name, env[name] ?? '');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Hash of the code that decides what the content check reports: the files under the given folders (the
 * check, schemas, configuration, libraries and strings) and the lockfile; a missing path counts as empty. A change to any of them makes the
 * cached report stale.
 */
export function codeKey(repoRoot: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const abs = join(repoRoot, path);
    const files = statSync(abs, { throwIfNoEntry: false })?.isFile() ? [abs] : filesUnder(abs).map((f) => join(abs, f));
    for (const file of files)
      hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * Astro's CSP digests computed once per text, not once per page.
 *
 * For every page Astro renders with `security.csp` on, it computes the SHA-256 of each inline style and script
 * the page's route carries (`generateCspDigest`, core/encryption.js, through WebCrypto: one job on libuv's thread
 * pool and one await each, one after another) — the same few texts on all 2,222 pages of a 1,000-entry build,
 * ≈ 11,000 jobs for a handful of distinct digests. The page then waits for each job's turn in the thread pool,
 * behind the file writes of the pages before it.
 *
 * This Vite plugin gives that function a memo by text and algorithm, in the build's bundle only. The digest of a
 * text does not change, so the pages are the same; the memo holds at most `MAX_TEXTS` texts (inline styles and
 * scripts are few and small; should a route ever inline one per page, the memo starts again when full rather than
 * grow with the site).
 */
import type { Plugin } from 'vite';

/** Astro's module, as the bundler names it. */
const MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/u;
const DECLARATION = 'async function generateCspDigest(data, algorithm) {';

export const MAX_TEXTS = 256;

/** The module's code with `generateCspDigest` memoised; throws when Astro's code no longer declares it as expected. */
export function withCspDigestMemo(code: string): string {
  const at = code.indexOf(DECLARATION);
  if (at === -1 || code.indexOf(DECLARATION, at + 1) !== -1) {
    throw new Error(
      'praxis:csp-digests: astro/dist/core/encryption.js no longer declares generateCspDigest(data, algorithm) once as expected; see src/integrations/cspDigests.ts',
    );
  }
  const memo = [
    'const __praxisCspDigests = new Map();',
    'function generateCspDigest(data, algorithm) {',
    '  const key = `${algorithm}\\0${data}`;',
    '  let digest = __praxisCspDigests.get(key);',
    '  if (digest === undefined) {',
    `    if (__praxisCspDigests.size >= ${MAX_TEXTS}) __praxisCspDigests.clear();`,
    '    digest = __praxisComputeCspDigest(data, algorithm);',
    '    __praxisCspDigests.set(key, digest);',
    // A failed digest is not kept: the next page asks again (and fails the build as before).
    '    digest.catch(() => __praxisCspDigests.delete(key));',
    '  }',
    '  return digest;',
    '}',
    'async function __praxisComputeCspDigest(data, algorithm) {',
  ].join('\n');
  return code.slice(0, at) + memo + code.slice(at + DECLARATION.length);
}

export function cspDigests(): Plugin {
  return {
    name: 'praxis:csp-digests',
    apply: 'build',
    transform(code, id) {
      if (!MODULE.test(id)) return null;
      return { code: withCspDigestMemo(code), map: null };
    },
  };
}

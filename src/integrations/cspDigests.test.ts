import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_TEXTS, withCspDigestMemo } from './cspDigests.ts';

/** Astro's installed core/encryption.js. */
const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const encryptionJs = readFileSync(join(astroDir, 'dist/core/encryption.js'), 'utf8');

/** Astro's generateCspDigest as installed, in a module of its own with what it uses, memoised or not. */
async function digestModule(memoised: boolean) {
  const start = encryptionJs.indexOf('async function generateCspDigest(');
  const end = encryptionJs.indexOf('\n}\n', start) + 3;
  const fn = encryptionJs.slice(start, end);
  const code = [
    "const ALGORITHMS = { 'SHA-256': 'sha256-', 'SHA-384': 'sha384-', 'SHA-512': 'sha512-' };",
    'const encoder = new TextEncoder();',
    "const encodeBase64 = (bytes) => Buffer.from(bytes).toString('base64');",
    memoised ? withCspDigestMemo(fn) : fn,
    'export { generateCspDigest };',
  ].join('\n');
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)) as {
    generateCspDigest: (data: string, algorithm: string) => Promise<string>;
  };
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe("Astro's CSP digests, once per text", () => {
  test("the installed Astro's module is transformed (a new Astro that changed it fails here, not in a build)", () => {
    const code = withCspDigestMemo(encryptionJs);
    expect(code).toContain('__praxisCspDigests');
    expect(code).toContain('generateCspDigest,');
  });

  test('the same digests as without the memo, one computation per text and algorithm', async () => {
    const plain = await digestModule(false);
    const memo = await digestModule(true);
    const style = '.a{color:red}';
    expect(plain.generateCspDigest(style, 'SHA-256')).not.toBe(plain.generateCspDigest(style, 'SHA-256'));
    const first = memo.generateCspDigest(style, 'SHA-256');
    expect(memo.generateCspDigest(style, 'SHA-256')).toBe(first);
    expect(await first).toBe(await plain.generateCspDigest(style, 'SHA-256'));
    expect(await first).toBe(sha256(style));
    expect(await memo.generateCspDigest(style, 'SHA-512')).toBe(await plain.generateCspDigest(style, 'SHA-512'));
    expect(await memo.generateCspDigest('.b{}', 'SHA-256')).toBe(sha256('.b{}'));
  });

  test('more texts than the memo holds: still the right digest for each', async () => {
    const memo = await digestModule(true);
    const texts = Array.from({ length: MAX_TEXTS * 2 + 3 }, (_, i) => `.c${i}{}`);
    const digests = await Promise.all(texts.map((t) => memo.generateCspDigest(t, 'SHA-256')));
    expect(digests).toEqual(texts.map(sha256));
    expect(await memo.generateCspDigest(texts[0]!, 'SHA-256')).toBe(sha256(texts[0]!));
  });

  test('code without the declaration, or with it twice, is refused with the file to look at', () => {
    expect(() => withCspDigestMemo('export const x = 1;')).toThrow(/cspDigests\.ts/u);
    const fn = 'async function generateCspDigest(data, algorithm) {}\n';
    expect(() => withCspDigestMemo(fn + fn)).toThrow(/once as expected/u);
  });
});

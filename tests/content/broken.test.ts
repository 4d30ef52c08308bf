/**
 * Broken content stops the build with a message an editor can act on (file, field, reason) without leaving a
 * half-written site behind: two fixture corpora, each built into its own temporary folders.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, REPO_ROOT, type AstroBuild } from '../helpers/astro.ts';

/** The line of the build output that names this file and this field. */
function problemLine(output: string, file: string, field: string): string | undefined {
  const fieldRe = new RegExp(`(^|\\s)${field}(\\[\\d+\\]|\\.\\d+)?(\\s|:|$)`, 'u');
  return output.split('\n').find((line) => line.includes(file) && fieldRe.test(line));
}

describe('broken content', () => {
  const FIXTURES = join(REPO_ROOT, 'tests/fixtures');
  let brokenRef: AstroBuild;
  let missingField: AstroBuild;

  // Two small builds, side by side (each in a project of its own, see tests/helpers/astro.ts).
  beforeAll(async () => {
    [brokenRef, missingField] = await Promise.all([
      astroBuild({ contentDir: join(FIXTURES, 'content-broken-ref') }),
      astroBuild({ contentDir: join(FIXTURES, 'content-missing-field') }),
    ]);
  });
  afterAll(async () => {
    for (const b of [brokenRef, missingField]) if (b) await rm(b.tmp, { recursive: true, force: true });
  });

  it('stops the build when a practice refers to a topic that does not exist, naming the file, the field and the id', () => {
    expect(brokenRef.code, brokenRef.output).not.toBe(0);
    const line = problemLine(brokenRef.output, 'content-broken-ref/practices/de/papierlose-sozialverwaltung.mdx', 'topics');
    expect(line, brokenRef.output).toBeDefined();
    expect(line).toContain('gibt-es-nicht');
    expect(line).toMatch(/gibt es nicht|does not exist|no such|unknown/iu);
  });

  it('stops the build when a practice lacks its required problem, naming the file and the field', () => {
    expect(missingField.code, missingField.output).not.toBe(0);
    const line = problemLine(
      missingField.output,
      'content-missing-field/practices/de/papierlose-sozialverwaltung.mdx',
      'problem',
    );
    expect(line, missingField.output).toBeDefined();
    expect(line).toMatch(/fehlt|missing|required|expected/iu);
  });

  it('leaves no output folder behind when the build stops', () => {
    expect(existsSync(brokenRef.outDir)).toBe(false);
    expect(existsSync(missingField.outDir)).toBe(false);
  });
});

/** Writing a generated content folder to disk, and hashing a folder to compare two runs. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { COLLECTIONS } from '../../src/schemas/common.ts';
import type { GeneratedFile } from './context.ts';

/** Files below a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** SHA-256 over every file's path and bytes: equal hashes mean byte-identical folders. */
export function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) {
    hash.update(file);
    hash.update('\0');
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export interface WriteOptions {
  /** Replace the collection folders if the target already has content. */
  force: boolean;
  /** A folder that must never be written to (the project's own content/). */
  protect?: string;
}

/** Write the files below `dir`. Refuses a non-empty folder unless `force`, and never touches `protect`. */
export function writeContent(dir: string, files: readonly GeneratedFile[], options: WriteOptions): void {
  const target = resolve(dir);
  if (options.protect && target === resolve(options.protect)) {
    throw new Error(`refusing to write seed content into ${target}: that is the project's real content folder`);
  }
  let existing: string[] = [];
  try {
    existing = readdirSync(target);
  } catch {
    // The folder does not exist yet.
  }
  if (existing.length > 0) {
    if (!options.force) throw new Error(`${target} is not empty; pass --force to replace its collection folders`);
    for (const collection of COLLECTIONS) rmSync(join(target, collection), { recursive: true, force: true });
  }
  for (const file of files) {
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

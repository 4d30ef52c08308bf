import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanStale, discard, stagingOf, swapIn } from './atomicOut.ts';

let parent: string;
let out: string;
const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};
const read = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'atomic-out-'));
  out = join(parent, 'dist');
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('replacing the output folder all at once', () => {
  test('the build writes beside the output folder, and a finished build takes its place', async () => {
    site(out, 'old');
    const s = stagingOf(out, 4242);
    expect(s.building).toBe(join(parent, '.dist.building-4242'));
    site(s.building, 'new');
    await swapIn(s);
    expect(read(out)).toBe('new');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('the first build, with no output folder yet', async () => {
    const s = stagingOf(out, 1);
    site(s.building, 'new');
    await swapIn(s);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('a failed build removes its own folder and leaves the output as it was', async () => {
    site(out, 'old');
    const s = stagingOf(out, 1);
    site(s.building, 'half');
    await discard(s);
    expect(read(out)).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('the folders of killed builds go; those of running builds stay', async () => {
    site(out, 'old');
    site(join(parent, '.dist.building-111'), 'killed');
    site(join(parent, '.dist.building-222'), 'running');
    site(join(parent, '.distant.building-333'), 'another output folder');
    const removed = await cleanStale(out, (pid) => pid === 222);
    expect(removed).toEqual([join(parent, '.dist.building-111')]);
    expect(readdirSync(parent).sort()).toEqual(['.dist.building-222', '.distant.building-333', 'dist']);
    expect(read(out)).toBe('old');
  });

  test('a build killed between the two renames: the old site is put back', async () => {
    site(join(parent, '.dist.previous-111'), 'old');
    site(join(parent, '.dist.building-111'), 'new, never moved in');
    await cleanStale(out, () => false);
    expect(read(out)).toBe('old');
    expect(existsSync(join(parent, '.dist.building-111'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

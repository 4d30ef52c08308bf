import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { codeKey, contentKey } from './contentKey.ts';

const base = mkdtempSync(join(tmpdir(), 'content-key-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = join(base, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const now = new Date('2026-03-01T10:15:00Z');
const files = { 'posts/de/a.mdx': '---\ntitle: A\n---\nText', 'topics/x.yaml': 'label: { de: X, en: X }\n' };

describe('the content key', () => {
  test('is the same for the same files wherever they lie, and whatever the output and cache folders', () => {
    const a = contentKey({ root: tree('a', files), now, env: { PRAXIS_OUT_DIR: 'one', PRAXIS_CACHE_DIR: 'x' } });
    const b = contentKey({ root: tree('b', files), now, env: { PRAXIS_OUT_DIR: 'two' } });
    expect(a).toBe(b);
  });

  test('changes with a byte of content, a renamed file, the hour and a setting that reaches the pages', () => {
    const key = contentKey({ root: tree('c', files), now, env: {} });
    const changed = [
      contentKey({ root: tree('d', { ...files, 'topics/x.yaml': 'label: { de: Y, en: X }\n' }), now, env: {} }),
      contentKey({
        root: tree('e', { 'posts/de/b.mdx': files['posts/de/a.mdx'], 'topics/x.yaml': files['topics/x.yaml'] }),
        now,
        env: {},
      }),
      contentKey({ root: tree('c', files), now: new Date('2026-03-01T11:00:00Z'), env: {} }),
      contentKey({ root: tree('c', files), now, env: { PRAXIS_SITE_URL: 'https://example.org' } }),
    ];
    for (const other of changed) expect(other).not.toBe(key);
    // Within the hour nothing that depends on the date can change.
    expect(contentKey({ root: tree('c', files), now: new Date('2026-03-01T10:59:00Z'), env: {} })).toBe(key);
  });

  test('counts public files by name and size', () => {
    const root = tree('f', files);
    const key = (pub: Record<string, string>) =>
      contentKey({ root, publicDir: tree(`pub-${Object.values(pub).join('')}`, pub), now, env: {} });
    expect(key({ 'a.pdf': 'xx' })).toBe(key({ 'a.pdf': 'yy' }));
    expect(key({ 'a.pdf': 'xx' })).not.toBe(key({ 'a.pdf': 'xxx' }));
  });

  test('the code key follows every file of the folders and single files it is given', () => {
    const repo = tree('repo', { 'src/lib/a.ts': 'export const a = 1;\n', 'package-lock.json': '{}' });
    const key = codeKey(repo, ['src/lib', 'package-lock.json', 'missing']);
    writeFileSync(join(repo, 'package-lock.json'), '{ }');
    expect(codeKey(repo, ['src/lib', 'package-lock.json', 'missing'])).not.toBe(key);
  });
});

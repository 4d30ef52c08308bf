import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeBuildFiles } from './buildFiles.ts';

const file = (pathname: string, body: string) => ({ pathname, type: 'text/plain', body });

describe('the files routes hand over', () => {
  let dir: string;
  const tempDir = () => (dir = mkdtempSync(join(tmpdir(), 'praxis-build-files-')));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('written into the site with their folders, byte for byte', async () => {
    const site = tempDir();
    const files = new Map([
      ['feeds/alles.xml', file('/feeds/alles.xml', '<rss>Ä „x“ 😀</rss>')],
      ['en/feeds/themes/x.json', file('/en/feeds/themes/x.json', '{"a":1}')],
    ]);
    expect(await writeBuildFiles(site, files)).toBe(2);
    expect(readFileSync(join(site, 'feeds/alles.xml'), 'utf8')).toBe('<rss>Ä „x“ 😀</rss>');
    expect(readFileSync(join(site, 'en/feeds/themes/x.json'), 'utf8')).toBe('{"a":1}');
  });

  test('a path out of the site stops the writing before any file is written', async () => {
    const root = tempDir();
    const files = new Map([
      ['feeds/a.xml', file('/feeds/a.xml', '<rss/>')],
      ['zitation/../../outside.bib', file('/zitation/%2E%2E/%2E%2E/outside.bib', '@misc{x}')],
    ]);
    await expect(writeBuildFiles(join(root, 'site'), files)).rejects.toThrow(/outside the site/u);
    expect(existsSync(join(root, 'outside.bib'))).toBe(false);
    expect(existsSync(join(root, 'site/feeds/a.xml'))).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { siteVariables, stylesheet } from '../../src/server/style.ts';

test('the server pages take their colours from the site’s own stylesheet, light and dark', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
  const vars = siteVariables(css);
  expect(vars, 'src/styles/global.css no longer has :root colours and a dark :root').toBeDefined();
  const accent = /--c-accent:\s*([^;]+);/u.exec(css)![1]!.trim();
  expect(vars!.light).toContain(`--c-accent: ${accent};`);
  expect(vars!.dark).toMatch(/--c-accent: #[0-9a-f]{6};/iu);
  expect(stylesheet()).toContain(`--c-accent: ${accent};`);
});

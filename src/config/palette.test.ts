import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { cssVariable, PALETTE, type ColourName } from './palette.ts';

const CSS = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');

/** The `--c-*` declarations of the first `:root { … }` block in `css`. */
function rootColours(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/u.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(--c-[\w-]+)\s*:\s*([^;]+);/gu)].map((m) => [m[1], m[2]!.trim()]));
}

const expected = (scheme: keyof typeof PALETTE) =>
  Object.fromEntries(
    (Object.keys(PALETTE[scheme]) as ColourName[]).map((name) => [cssVariable(name), PALETTE[scheme][name]]),
  );

test('the stylesheet declares every colour of the palette, light and dark, and no other', () => {
  const dark = CSS.search(/@media\s*\(prefers-color-scheme:\s*dark\)/u);
  expect(dark).toBeGreaterThan(0);
  expect(rootColours(CSS.slice(0, dark))).toEqual(expected('light'));
  expect(rootColours(CSS.slice(dark))).toEqual(expected('dark'));
});

test('colour names become the custom properties the stylesheet uses', () => {
  expect(cssVariable('accentSoft')).toBe('--c-accent-soft');
  expect(cssVariable('bg')).toBe('--c-bg');
});

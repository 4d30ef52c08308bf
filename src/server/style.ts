/**
 * The stylesheet of the server's own pages, used when no built site supplies the frame (src/server/frame.ts).
 * The colours are taken from the site's own
 * src/styles/global.css (its :root custom properties, light and dark) so the pages look
 * like the site without a second copy of the palette; the values below only stand in if
 * that file cannot be read (e.g. the server deployed without the sources).
 */
import { readFileSync } from 'node:fs';

/** The server's pages load no web fonts (the site's come through Astro's Fonts API): system faces stand in. */
const FONTS = `--f-serif: Georgia, 'Times New Roman', serif; --f-sans: 'Segoe UI', system-ui, sans-serif;`;
const FALLBACK_LIGHT = `--c-bg: #fbfaf7; --c-surface: #ffffff; --c-text: #1c2329; --c-muted: #4d5863; --c-line: #d9d6cd;
--c-accent: #0b5866; --c-accent-text: #ffffff; --c-accent-soft: #e3efef; --c-focus: #b34700;
--c-notice: #fff4d6; --c-notice-line: #c99a2e; --measure: 68ch; --radius: 6px;`;
const FALLBACK_DARK = `--c-bg: #14191d; --c-surface: #1b2227; --c-text: #e9ecee; --c-muted: #b4bec7; --c-line: #3a454e;
--c-accent: #7fd0dc; --c-accent-text: #0b1a1e; --c-accent-soft: #1d3439; --c-focus: #ffb26b;
--c-notice: #3a3014; --c-notice-line: #d6a843;`;

/** The custom properties of the first `:root` block and of the one in the dark-scheme media query. */
export function siteVariables(css: string): { light: string; dark: string } | undefined {
  const blocks = [...css.matchAll(/:root\s*\{([^}]*)\}/gu)].map((m) => m[1]!);
  const props = (block: string) =>
    [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/gu)].map((m) => `${m[1]}: ${m[2]!.trim()};`).join(' ');
  const darkStart = css.search(/@media\s*\(prefers-color-scheme:\s*dark\)/u);
  const dark = darkStart >= 0 ? /:root\s*\{([^}]*)\}/u.exec(css.slice(darkStart))?.[1] : undefined;
  if (!blocks[0] || !dark) return undefined;
  const light = props(blocks[0]);
  return light.includes('--c-accent') ? { light, dark: props(dark) } : undefined;
}

/** The rules of the forms and notices, shared with the site's frame page (src/styles/serverPages.css). */
function formRules(): string {
  try {
    return readFileSync(new URL('../styles/serverPages.css', import.meta.url), 'utf8');
  } catch {
    return '';
  }
}

function readVariables(): { light: string; dark: string } {
  try {
    const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
    return siteVariables(css) ?? { light: FALLBACK_LIGHT, dark: FALLBACK_DARK };
  } catch {
    return { light: FALLBACK_LIGHT, dark: FALLBACK_DARK };
  }
}

export function stylesheet(): string {
  const vars = readVariables();
  return `:root { ${FONTS} ${vars.light} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { ${vars.dark} } }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: var(--c-bg); color: var(--c-text); font-family: var(--f-serif); font-size: 1.125rem; line-height: 1.6; }
a { color: var(--c-accent); text-underline-offset: 0.18em; }
:focus-visible { outline: 3px solid var(--c-focus); outline-offset: 2px; }
.skip-link { position: absolute; left: 1rem; top: -4rem; background: var(--c-accent); color: var(--c-accent-text); padding: 0.6rem 1rem; font-family: var(--f-sans); font-weight: 600; }
.skip-link:focus { top: 0.5rem; }
header, footer { background: var(--c-surface); font-family: var(--f-sans); }
header { border-bottom: 1px solid var(--c-line); }
footer { border-top: 1px solid var(--c-line); font-size: 1rem; margin-top: 3rem; }
.inner { max-width: 48rem; margin: 0 auto; padding: 0.9rem 1.25rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: center; justify-content: space-between; }
.brand { color: var(--c-text); text-decoration: none; font-weight: 600; font-size: 1.3rem; }
.lang { font-weight: 600; padding: 0.3rem 0.6rem; border: 1px solid var(--c-line); border-radius: var(--radius); text-decoration: none; }
main { display: block; max-width: 48rem; margin: 0 auto; padding: 1.25rem; }
main:focus { outline: none; }
h1 { font-size: clamp(1.8rem, 4.5vw, 2.5rem); line-height: 1.2; margin: 0.6em 0 0.4em; }
h2 { font-size: 1.35rem; margin: 1.8em 0 0.4em; }
p, ul { max-width: var(--measure); }
.lead { font-size: 1.2rem; color: var(--c-muted); }
.notice { font-family: var(--f-sans); background: var(--c-notice); border-left: 4px solid var(--c-notice-line); padding: 0.7rem 1rem; margin: 1rem 0; }
.button { font: inherit; font-weight: 600; font-size: 1.05rem; padding: 0.6rem 1.1rem; border: 1px solid var(--c-accent); border-radius: var(--radius); background: var(--c-accent); color: var(--c-accent-text); cursor: pointer; text-decoration: none; display: inline-block; }
${formRules()}
`;
}

/**
 * The stylesheet of the server's pages. The colours are taken from the site's own
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
.notice.ok { background: var(--c-accent-soft); border-left-color: var(--c-accent); }
.notice h2 { margin: 0 0 0.3rem; font-size: 1.1rem; }
.notice ul { margin: 0; padding-left: 1.2rem; }
form { font-family: var(--f-sans); font-size: 1rem; }
fieldset { border: 1px solid var(--c-line); border-radius: var(--radius); padding: 0.8rem 1rem 1rem; margin: 0 0 1.2rem; background: var(--c-surface); }
fieldset fieldset { border: 0; padding: 0.4rem 0 0; margin: 0.4rem 0 0; background: none; }
legend { font-weight: 600; padding: 0 0.3rem; }
fieldset fieldset legend { padding: 0; }
.hint { color: var(--c-muted); font-size: 0.95rem; margin: 0.2rem 0 0.5rem; }
.field-error { color: var(--c-text); background: var(--c-notice); border-left: 4px solid var(--c-notice-line); padding: 0.2rem 0.6rem; margin: 0.3rem 0; }
.choices { list-style: none; padding: 0; margin: 0; columns: 16rem auto; column-gap: 1.5rem; }
.choices li { break-inside: avoid; padding: 0.15rem 0; }
label { cursor: pointer; }
input[type='checkbox'], input[type='radio'] { width: 1.15rem; height: 1.15rem; margin: 0 0.45rem 0 0; vertical-align: -0.15rem; accent-color: var(--c-accent); }
input[type='email'], input[type='text'], input[type='url'], input[type='number'], textarea, select { font: inherit; width: 100%; max-width: 28rem; padding: 0.5rem 0.7rem; border: 1px solid var(--c-muted); border-radius: var(--radius); background: var(--c-bg); color: var(--c-text); }
textarea { max-width: 44rem; min-height: 8rem; }
input[aria-invalid='true'], textarea[aria-invalid='true'], select[aria-invalid='true'] { border: 2px solid var(--c-focus); }
.button { font: inherit; font-weight: 600; font-size: 1.05rem; padding: 0.6rem 1.1rem; border: 1px solid var(--c-accent); border-radius: var(--radius); background: var(--c-accent); color: var(--c-accent-text); cursor: pointer; text-decoration: none; display: inline-block; }
.button.secondary { background: transparent; color: var(--c-accent); }
.consent { font-size: 0.98rem; }
.small { font-size: 0.9rem; color: var(--c-muted); }
.field { margin: 0 0 1.2rem; }
.field > label { font-weight: 600; display: block; }
.req { font-weight: 400; color: var(--c-muted); }
/* The honeypot: out of sight and out of the tab order, but still a labelled field for assistive technology. */
.hp { display: none; }
`;
}

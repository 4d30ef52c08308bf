/**
 * The site's colours, light and dark: the one place they are written. The site's stylesheet declares them as
 * custom properties (`accentSoft` → `--c-accent-soft` in src/styles/global.css; palette.test.ts checks that the
 * two agree), and the social images (src/lib/og) and the e-mails (src/lib/newsletter, src/lib/submissions)
 * take them from here. Every pair of text and background colour meets WCAG AA in both schemes (the gates'
 * crawl measures it on every page).
 */
export const PALETTE = {
  light: {
    bg: '#fbfaf7',
    surface: '#ffffff',
    text: '#1c2329',
    muted: '#4d5863',
    line: '#d9d6cd',
    accent: '#0b5866',
    accentText: '#ffffff',
    accentSoft: '#e3efef',
    tag: '#f0ece2',
    focus: '#b34700',
    notice: '#fff4d6',
    noticeLine: '#c99a2e',
  },
  dark: {
    bg: '#14191d',
    surface: '#1b2227',
    text: '#e9ecee',
    muted: '#b4bec7',
    line: '#3a454e',
    accent: '#7fd0dc',
    accentText: '#0b1a1e',
    accentSoft: '#1d3439',
    tag: '#28323a',
    focus: '#ffb26b',
    notice: '#3a3014',
    noticeLine: '#d6a843',
  },
} as const;

export type ColourName = keyof (typeof PALETTE)['light'];

/**
 * The page around an e-mail's white card: a shade of the light background that mail clients without CSS
 * variables show; not a colour of the site.
 */
export const MAIL_BACKDROP = '#f1efe8';

/** The custom property a colour has in the site's CSS: `accentSoft` → `--c-accent-soft`. */
export function cssVariable(name: ColourName): string {
  return `--c-${name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The one social-image template (1200×630): the site's mark and name, the kind of content, the
 * title in Source Serif 4, and a line with district and date. Returns the element tree Satori
 * takes; every page's card goes through here (render.ts), none is drawn per route.
 */
import { site } from '../../config/site.ts';
import type { Lang } from '../i18n.ts';
import { breakPoints } from './hyphenate.ts';
import { fontStack, measurer, SANS, SERIF } from './fonts.ts';
import { layoutTitle, type TitleBox, type TitleLayout } from './text.ts';
import { PALETTE } from '../../config/palette.ts';

/** What a card shows. Everything that changes the picture is in here: its hash is the cache key. */
export interface OgCard {
  /** Language of the page: labels are in it. */
  lang: Lang;
  /** Kind of content, as shown above the title, e.g. "Gute Praxis". */
  kind: string;
  title: string;
  /** Language of the title, when it differs from the page's (a German report title on an English page). */
  titleLang?: Lang | undefined;
  /** Facts under the title, e.g. district and date; joined with " · ". */
  meta: string[];
}

export const WIDTH = 1200;
export const HEIGHT = 630;

const C = PALETTE.light;

const PAD_X = 64;
/** The title's box: the card less padding, header and meta line. */
export const TITLE_BOX: TitleBox = {
  width: WIDTH - 2 * PAD_X,
  height: 350,
  lineHeight: 1.14,
  sizes: [76, 68, 60, 54, 48, 44],
};
const TITLE_WEIGHT = 600;
/** Height of the accent bar along the bottom edge. */
const BAR = 18;
/** The meta line: size, widest extent, and how much narrower than that (by our measure) a line must be to be
 * drawn without clipping — a margin for the small differences between our font measure and Satori's. */
const META_SIZE = 30;
const META_WIDTH = 820;
const META_SLACK = 16;
let metaMeasurer: ReturnType<typeof measurer> | undefined;
const metaMeasure = (text: string, size: number) => (metaMeasurer ??= measurer(SANS, 400))(text, size);

// The mark from public/favicon.svg, drawn in the site's accent colour.
const MARK = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="2" y="2" width="28" height="28" rx="6" fill="${C.accent}"/><path d="M10 23V9h7a5 5 0 0 1 0 10h-7" fill="none" stroke="${C.accentText}" stroke-width="3" stroke-linecap="round"/></svg>`,
)}`;

/** A node in the shape Satori takes (React elements without React). */
export interface El {
  type: string;
  props: { style?: Record<string, string | number>; children?: (El | string)[] | El | string; [key: string]: unknown };
}
const el = (
  type: string,
  style: Record<string, string | number>,
  children?: El['props']['children'],
  extra = {},
): El => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/** The title laid out for the card: measured with the title font, hyphenated in the title's language. */
export function cardTitleLayout(card: Pick<OgCard, 'title' | 'titleLang' | 'lang'>): TitleLayout {
  const lang = card.titleLang ?? card.lang;
  return layoutTitle(card.title, TITLE_BOX, measurer(SERIF, TITLE_WEIGHT), (w) => breakPoints(w, lang));
}

/** The host name shown in the corner, e.g. "praxisdialog.example". */
export function siteHost(): string {
  return new URL(site.url).host;
}

export function cardTree(card: OgCard): El {
  const title = cardTitleLayout(card);
  const header = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: 64 }, [
    el('div', { display: 'flex', alignItems: 'center' }, [
      el('img', { width: 56, height: 56, marginRight: 18 }, undefined, { src: MARK, width: 56, height: 56 }),
      el('div', { fontFamily: fontStack(SANS), fontWeight: 600, fontSize: 34, color: C.accent }, site.name),
    ]),
    el(
      'div',
      {
        fontFamily: fontStack(SANS),
        fontWeight: 600,
        fontSize: 26,
        color: C.accent,
        backgroundColor: C.accentSoft,
        borderRadius: 6,
        padding: '6px 18px',
      },
      card.kind,
    ),
  ]);
  const titleBlock = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'center',
      flexGrow: 1,
      width: TITLE_BOX.width,
      fontFamily: fontStack(SERIF),
      fontWeight: TITLE_WEIGHT,
      fontSize: title.fontSize,
      lineHeight: TITLE_BOX.lineHeight,
      color: C.text,
    },
    title.lines.map((line) => el('div', { display: 'flex', whiteSpace: 'pre' }, line)),
    { lang: card.titleLang ?? card.lang },
  );
  const meta = card.meta.filter((m) => m.trim() !== '').join(' · ');
  // Clipped with an ellipsis only when the line may be too long: Satori draws `overflow: hidden` as a mask and a
  // clip path, which resvg paints as extra layers; a line that fits looks the same without them.
  const clip = metaMeasure(meta, META_SIZE) > META_WIDTH - META_SLACK;
  const footer = el('div', { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', height: 44 }, [
    el(
      'div',
      {
        display: 'block',
        maxWidth: META_WIDTH,
        ...(clip ? { overflow: 'hidden', textOverflow: 'ellipsis' } : {}),
        whiteSpace: 'nowrap',
        fontFamily: fontStack(SANS),
        fontWeight: 400,
        fontSize: META_SIZE,
        color: C.muted,
      },
      meta,
    ),
    el('div', { fontFamily: fontStack(SANS), fontWeight: 600, fontSize: 24, color: C.accent }, siteHost()),
  ]);
  // The accent bar along the bottom edge. A plain box, not `borderBottom`: Satori draws a border as a stroked path
  // under three canvas-sized clip paths, ≈ 1.5 ms of resvg per image for the same pixels.
  const bar = el('div', {
    position: 'absolute',
    left: 0,
    bottom: 0,
    width: WIDTH,
    height: BAR,
    backgroundColor: C.accent,
  });
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: WIDTH,
      height: HEIGHT,
      boxSizing: 'border-box',
      backgroundColor: C.bg,
      padding: `48px ${PAD_X}px ${40 + BAR}px`,
    },
    [header, titleBlock, footer, bar],
    { lang: card.lang },
  );
}

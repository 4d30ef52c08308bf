/**
 * The reference for the social-image writer (src/lib/og/card.ts): the same card as the element tree Satori
 * lays out with its flex engine and draws — the way the site drew its cards before it wrote their SVG itself.
 * og-reference.test.ts draws cards both ways and compares the pixels; `npm run bench:og` times both.
 * It takes every measure from the template's own constants, so the two can differ only in how they place things.
 */
import satori from 'satori';
import { site } from '../../../src/config/site.ts';
import { PALETTE } from '../../../src/config/palette.ts';
import {
  cardTitleLayout,
  HEIGHT,
  LAYOUT,
  MARK_SVG,
  siteHost,
  TITLE_BOX,
  WIDTH,
  type OgCard,
} from '../../../src/lib/og/card.ts';
import { fontFiles, measurer, SANS, SERIF, type Family } from '../../../src/lib/og/fonts.ts';

const C = PALETTE.light;
const L = LAYOUT;
const EXT = ' Ext';
/** How much narrower than its place (by fontkit's measure) the meta line must be to be drawn without a clip. */
const META_SLACK = 16;
const MARK = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${MARK_SVG}</svg>`,
)}`;

interface El {
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
/** The family with its latin-ext subset as a fallback family. */
const fontStack = (family: Family) => `'${family}', '${family}${EXT}'`;

export function satoriTree(card: OgCard): El {
  const title = cardTitleLayout(card);
  const text = (family: Family, weight: number, size: number, color: string) => ({
    fontFamily: fontStack(family),
    fontWeight: weight,
    fontSize: size,
    color,
  });
  const header = el(
    'div',
    { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: L.header.height },
    [
      el('div', { display: 'flex', alignItems: 'center' }, [
        el('img', { width: L.header.mark, height: L.header.mark, marginRight: L.header.markGap }, undefined, {
          src: MARK,
          width: L.header.mark,
          height: L.header.mark,
        }),
        el('div', text(SANS, L.name.weight, L.name.size, C.accent), site.name),
      ]),
      el(
        'div',
        {
          ...text(SANS, L.kind.weight, L.kind.size, C.accent),
          backgroundColor: C.accentSoft,
          borderRadius: L.kind.radius,
          padding: `${L.kind.padY}px ${L.kind.padX}px`,
        },
        card.kind,
      ),
    ],
  );
  const titleBlock = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'center',
      flexGrow: 1,
      width: TITLE_BOX.width,
      ...text(SERIF, L.title.weight, title.fontSize, C.text),
      lineHeight: TITLE_BOX.lineHeight,
    },
    title.lines.map((line) => el('div', { display: 'flex', whiteSpace: 'pre' }, line)),
  );
  const meta = card.meta.filter((m) => m.trim() !== '').join(' · ');
  const clip = measurer(SANS, L.meta.weight)(meta, L.meta.size) > L.meta.width - META_SLACK;
  const footer = el(
    'div',
    { display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', height: L.footer.height },
    [
      el(
        'div',
        {
          display: 'block',
          maxWidth: L.meta.width,
          ...(clip ? { overflow: 'hidden', textOverflow: 'ellipsis' } : {}),
          whiteSpace: 'nowrap',
          ...text(SANS, L.meta.weight, L.meta.size, C.muted),
        },
        meta,
      ),
      el('div', text(SANS, L.host.weight, L.host.size, C.accent), siteHost()),
    ],
  );
  const bar = el('div', {
    position: 'absolute',
    left: 0,
    bottom: 0,
    width: WIDTH,
    height: L.bar,
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
      padding: `${L.padTop}px ${L.padX}px ${L.padBottom}px`,
    },
    [header, titleBlock, footer, bar],
  );
}

/** The card as Satori draws it. */
export async function satoriSvg(card: OgCard): Promise<string> {
  const fonts = fontFiles().map((f) => ({
    name: f.subset === 'latin' ? f.family : f.family + EXT,
    data: f.data,
    weight: f.weight,
    style: 'normal' as const,
  }));
  // Satori's types ask for a React node; the tree has the same shape.
  return satori(satoriTree(card) as unknown as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts });
}

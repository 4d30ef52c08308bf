/**
 * Text as SVG path data: each line shaped by fontkit in the subsets fonts.ts picks per character, and each glyph
 * drawn as its outline. The outline of a glyph at a size is computed once per process and kept as relative path
 * data after its first point, so placing it again is one absolute move and a string join — titles repeat their
 * letters, and after the first cards nearly every glyph comes from this cache.
 *
 * Coordinates are kept in hundredths of a pixel as integers and the relative steps are differences of those,
 * so a glyph drawn anywhere has exactly the outline it has at the origin (no rounding drift along a line).
 *
 * Each outline also keeps the box of its points (curve control points included, so the box holds the curve):
 * render.ts draws only the parts of a card that differ from card to card, and needs to know which pixels the
 * text can touch.
 */
import type * as fontkit from 'fontkit';
import { shape, type Family, type FontWeight } from './fonts.ts';

/** A glyph's outline at one size: its first point and the rest as relative path data. */
export interface Outline {
  /** First point, in 1/100 px from the pen position (y down). */
  x: number;
  y: number;
  /** Path data after the first move, relative (`l`, `q`, `c`, `m`, `z`). */
  rest: string;
  /** Box of every point of the outline, in 1/100 px from the pen position (y down). */
  box: Box;
}

/** A box as its left, top, right and bottom edges. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A line of text as path data, and the box its outlines stay within (px; `null` when nothing is drawn). */
export interface SetText {
  d: string;
  box: Box | null;
  /** Each drawn glyph: its outline and its pen position in 1/100 px (what `d` says, glyph by glyph). */
  glyphs: PlacedGlyph[];
}

/** A glyph of a line: the outline is drawn with its pen at (`x`, `y`), in 1/100 px. */
export interface PlacedGlyph {
  outline: Outline;
  x: number;
  y: number;
}

/** Outlines by face, size (px) and glyph id. An empty glyph (a space) is `null`. */
const outlines = new WeakMap<fontkit.Font, Map<number, Map<number, Outline | null>>>();

const px = (hundredths: number) => String(hundredths / 100);

function outline(face: fontkit.Font, size: number, glyph: fontkit.Glyph): Outline | null {
  let bySize = outlines.get(face);
  if (!bySize) outlines.set(face, (bySize = new Map()));
  let byId = bySize.get(size);
  if (!byId) bySize.set(size, (byId = new Map()));
  let found = byId.get(glyph.id);
  if (found === undefined) {
    found = trace(glyph.path.commands, (size * 100) / face.unitsPerEm);
    byId.set(glyph.id, found);
  }
  return found;
}

/** Path commands in font units (y up) → an Outline at `scale` hundredths of a pixel per unit (y down). */
function trace(commands: fontkit.PathCommand[], scale: number): Outline | null {
  let first: { x: number; y: number } | undefined;
  let rest = '';
  const box: Box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  // Current point and the start of the current subpath, as SVG tracks them for relative commands.
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (const { command, args } of commands) {
    if (command === 'closePath') {
      rest += 'z';
      [cx, cy] = [sx, sy];
      continue;
    }
    if (!first) {
      // Every outline starts with a move; this one is written absolute where the glyph is placed.
      const x = Math.round((command === 'moveTo' ? args[0]! : 0) * scale);
      const y = Math.round(-(command === 'moveTo' ? args[1]! : 0) * scale);
      first = { x, y };
      [cx, cy, sx, sy] = [x, y, x, y];
      include(x, y);
      if (command === 'moveTo') continue;
    }
    if (command === 'moveTo') {
      rest += `m${stepRelative(args)}`;
      [sx, sy] = [cx, cy];
    } else if (command === 'lineTo') {
      rest += `l${stepRelative(args)}`;
    } else if (command === 'quadraticCurveTo') {
      rest += `q${stepRelative(args)}`;
    } else {
      rest += `c${stepRelative(args)}`;
    }
  }
  return first ? { ...first, rest, box } : null;

  function include(x: number, y: number): void {
    box.left = Math.min(box.left, x);
    box.right = Math.max(box.right, x);
    box.top = Math.min(box.top, y);
    box.bottom = Math.max(box.bottom, y);
  }

  // For curves every control point is relative to the point the command starts at, not to the previous one.
  function stepRelative(args: number[]): string {
    const [ox, oy] = [cx, cy];
    let out = '';
    for (let i = 0; i < args.length; i += 2) {
      const x = Math.round(args[i]! * scale);
      const y = Math.round(-args[i + 1]! * scale);
      out += `${i === 0 ? '' : ' '}${px(x - ox)} ${px(y - oy)}`;
      [cx, cy] = [x, y];
      include(x, y);
    }
    return out;
  }
}

/**
 * `text` set on one line at `size` px with its pen starting at `x` on the baseline `y` (px), as SVG path data with
 * every glyph's first point absolute, and the box the outlines stay within. Kerning and ligatures come from
 * fontkit's shaping (fonts.ts `shape`); runs in different subsets follow one another.
 */
export function setText(family: Family, weight: FontWeight, text: string, size: number, x: number, y: number): SetText {
  let pen = Math.round(x * 100);
  const base = Math.round(y * 100);
  let d = '';
  const placed: PlacedGlyph[] = [];
  const ink: Box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const { face, glyphs, advance } of shape(family, weight, text)) {
    const scale = (size * 100) / face.unitsPerEm;
    for (const g of glyphs) {
      const o = outline(face, size, g.glyph);
      if (!o) continue;
      const [gx, gy] = [pen + Math.round(g.x * scale), base - Math.round(g.y * scale)];
      d += `M${px(gx + o.x)} ${px(gy + o.y)}${o.rest}`;
      placed.push({ outline: o, x: gx, y: gy });
      ink.left = Math.min(ink.left, gx + o.box.left);
      ink.right = Math.max(ink.right, gx + o.box.right);
      ink.top = Math.min(ink.top, gy + o.box.top);
      ink.bottom = Math.max(ink.bottom, gy + o.box.bottom);
    }
    pen += Math.round(advance * scale);
  }
  if (d === '') return { d, box: null, glyphs: placed };
  return {
    d,
    box: { left: ink.left / 100, top: ink.top / 100, right: ink.right / 100, bottom: ink.bottom / 100 },
    glyphs: placed,
  };
}

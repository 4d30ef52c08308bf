/**
 * Rectangles of whole pixels on a card, for drawing it in pieces (card.ts says which pixels each part may touch,
 * render.ts draws the boxes of the parts that vary).
 */

/** A rectangle of whole pixels. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box from (left, top) to (right, bottom), rounded outwards to whole pixels and cut to `bounds`. */
export function boxAround(left: number, top: number, right: number, bottom: number, bounds: PixelBox): PixelBox {
  const x = Math.max(bounds.x, Math.floor(left));
  const y = Math.max(bounds.y, Math.floor(top));
  return {
    x,
    y,
    width: Math.min(bounds.x + bounds.width, Math.ceil(right)) - x,
    height: Math.min(bounds.y + bounds.height, Math.ceil(bottom)) - y,
  };
}

/** `box` with `margin` pixels more on each side, cut to `bounds`. */
export function grow(box: PixelBox, margin: number, bounds: PixelBox): PixelBox {
  return boxAround(box.x - margin, box.y - margin, box.x + box.width + margin, box.y + box.height + margin, bounds);
}

/** The smallest box holding both. */
export function union(a: PixelBox, b: PixelBox): PixelBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** Boxes that share at least one pixel. */
export function overlap(a: PixelBox, b: PixelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** `inner` lies wholly in `outer`. */
export function within(inner: PixelBox, outer: PixelBox): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * Line breaking for social-image titles. Satori wraps at spaces but draws no hyphen at a soft
 * hyphen, so a 40-letter German compound either runs off the card or breaks mid-word without a
 * sign. This lays the title out itself: it measures with the card's own font, breaks long words
 * at their hyphenation points (adding the hyphen), shrinks the font until the title fits the box,
 * and hands Satori finished lines. Pure: the measuring function and break points are passed in.
 */

/** Width in pixels of `text` set at `size` pixels. */
export type Measure = (text: string, size: number) => number;
/** Positions after which `word` may break; `hyphen` says whether a hyphen is drawn there. */
export type BreakPoints = (word: string) => readonly { at: number; hyphen: boolean }[];

export interface TitleBox {
  /** Width of the title box in pixels. */
  width: number;
  /** Height of the title box in pixels. */
  height: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Font sizes to try, largest first; the first at which the title fits is taken. */
  sizes: readonly number[];
}

export interface TitleLayout {
  fontSize: number;
  lines: string[];
  /** True when even the smallest size did not fit and the last line ends in an ellipsis. */
  truncated: boolean;
}

/**
 * A line that is less full than this when the next word does not fit gets that word hyphenated
 * into it rather than leaving a wide gap; fuller lines just wrap (fewer hyphens read better).
 */
const HYPHENATE_BELOW = 0.62;
const ELLIPSIS = '…';

/** Break `text` into lines no wider than `width` at font size `size`. */
export function wrapText(text: string, size: number, width: number, measure: Measure, breaks: BreakPoints): string[] {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s, size) <= width;

  for (let word of words) {
    while (word !== '') {
      const joined = line === '' ? word : `${line} ${word}`;
      if (fits(joined)) {
        line = joined;
        word = '';
        break;
      }
      const lineEmpty = line === '';
      const tooEmpty = lineEmpty || measure(line, size) < width * HYPHENATE_BELOW;
      if (tooEmpty || !fits(word)) {
        // Longest prefix at a break point that still fits on this line.
        const prefix = bestPrefix(word, line, size, width, measure, breaks);
        if (prefix) {
          lines.push(`${line === '' ? '' : `${line} `}${prefix.text}`);
          line = '';
          word = word.slice(prefix.rest);
          continue;
        }
        if (lineEmpty) {
          // No break point fits an empty line (a long number or address): cut it where it must be cut.
          const cut = hardCut(word, size, width, measure);
          lines.push(word.slice(0, cut));
          word = word.slice(cut);
          continue;
        }
      }
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function bestPrefix(
  word: string,
  line: string,
  size: number,
  width: number,
  measure: Measure,
  breaks: BreakPoints,
): { text: string; rest: number } | undefined {
  const lead = line === '' ? '' : `${line} `;
  const fitting = breaks(word)
    .map((p) => ({ text: word.slice(0, p.at) + (p.hyphen ? '-' : ''), rest: p.at, hard: !p.hyphen }))
    .filter((p) => measure(lead + p.text, size) <= width);
  // A break at a hyphen the word already has reads better than a new one ("Siegen-|Wittgenstein",
  // not "Siegen-Witt-|genstein"), as long as the line still comes out reasonably full.
  const hard = fitting.filter((p) => p.hard && measure(lead + p.text, size) >= width * HYPHENATE_BELOW).at(-1);
  return hard ?? fitting.at(-1);
}

function hardCut(word: string, size: number, width: number, measure: Measure): number {
  const chars = Array.from(word);
  let taken = 1;
  while (taken < chars.length && measure(chars.slice(0, taken + 1).join(''), size) <= width) taken++;
  return chars.slice(0, taken).join('').length;
}

/** How many lines of `size` fit into the box. */
export function linesThatFit(box: TitleBox, size: number): number {
  return Math.max(1, Math.floor(box.height / Math.round(size * box.lineHeight)));
}

/**
 * Lay a title out in the box: the largest size at which it fits; at the smallest size, as many
 * lines as fit with an ellipsis at the end.
 */
export function layoutTitle(text: string, box: TitleBox, measure: Measure, breaks: BreakPoints): TitleLayout {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (box.sizes.length === 0) throw new Error('layoutTitle: no font sizes given');
  for (const size of box.sizes) {
    const lines = wrapText(clean, size, box.width, measure, breaks);
    if (lines.length <= linesThatFit(box, size)) return { fontSize: size, lines, truncated: false };
  }
  const size = box.sizes[box.sizes.length - 1]!;
  const max = linesThatFit(box, size);
  const lines = wrapText(clean, size, box.width, measure, breaks).slice(0, max);
  let last = lines[max - 1]!.replace(/-$/u, '');
  while (last.length > 1 && measure(last + ELLIPSIS, size) > box.width) last = last.slice(0, -1).trimEnd();
  lines[max - 1] = last + ELLIPSIS;
  return { fontSize: size, lines, truncated: true };
}

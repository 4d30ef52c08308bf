/** Where lines may break in short texts on cards: titles and teasers. */

/**
 * A title cut after the dots and slashes inside words ("interkommunal.digital.wirken",
 * "Kommune/Region"), so a card breaks the line there (EntryCard puts a <wbr> between the parts) and not at
 * an arbitrary letter.
 */
export function titleParts(title: string): string[] {
  return title.split(/(?<=\p{L}[./])(?=\p{L})/u);
}

/**
 * A text with its suspended hyphens kept to their word: in "Macherinnen und -macher" a line may not end
 * after the "-" (a word joiner, U+2060, follows it); browsers would otherwise leave "und -" on one line.
 */
export function keepHyphens(text: string | undefined): string | undefined {
  return text?.replace(/(^|\s)-(?=\p{L})/gu, '$1-\u2060');
}

/** Elements whose text is no prose: left as they are (inline scripts and styles also keep their CSP hashes). */
const RAW_ELEMENT = /^<(script|style|pre|code|textarea)\b/iu;

/** A suspended hyphen in a text between tags. */
const SUSPENDED = /(\s)-(?=\p{L})/gu;

/** First letters of the raw elements' names, as RAW_ELEMENT's `iu` flags match them (ASCII; others are tried). */
const RAW_INITIAL = /[spct]/iu;

/**
 * `keepHyphens` over a whole HTML page, in the text between tags and outside scripts, styles and code, so the
 * rule holds wherever a text comes from: MDX, front-matter fields, YAML reports (src/middleware.ts).
 *
 * It runs over every page of the build on the main thread, so it walks the page with `indexOf` rather than
 * splitting it into parts and joining them again (a fifth of the time, and little garbage). It reads the page as
 * that split at `/(<[^>]*>)/` did: a tag is a "<" up to the next ">", a rest that starts with "<" and has no ">"
 * counts as a tag, and only a text with a "-" in it is looked at.
 */
export function keepHyphensInHtml(html: string): string {
  let out = '';
  /** Where the part of `html` not yet added to `out` starts. */
  let copied = 0;
  let raw: string | undefined;
  /** The first "-" at or after the text being looked at (found once per stretch, not once per text). */
  let dash = html.indexOf('-');
  const text = (from: number, to: number) => {
    if (raw || dash < 0) return;
    if (dash < from) dash = html.indexOf('-', from);
    if (dash < 0 || dash >= to) return;
    const part = html.slice(from, to);
    const bound = part.replace(SUSPENDED, '$1-\u2060');
    if (bound === part) return;
    out += html.slice(copied, from) + bound;
    copied = to;
  };
  /** The tag from `open` to `end` (exclusive): the end of a raw element, or the start of one. */
  const tag = (open: number, end: number) => {
    if (raw) {
      if (html[open + 1] === '/' && html.slice(open + 2, open + 2 + raw.length).toLowerCase() === raw) raw = undefined;
    } else if (!(html[end - 1] === '>' && html[end - 2] === '/') && end > open + 1) {
      const initial = html.charCodeAt(open + 1);
      if (initial >= 128 || RAW_INITIAL.test(html[open + 1]!))
        raw = RAW_ELEMENT.exec(html.slice(open, end))?.[1]?.toLowerCase();
    }
  };
  let at = 0;
  for (;;) {
    const open = html.indexOf('<', at);
    const close = open < 0 ? -1 : html.indexOf('>', open + 1);
    if (close < 0) {
      if (html[at] === '<') tag(at, html.length);
      else text(at, html.length);
      break;
    }
    text(at, open);
    tag(open, close + 1);
    at = close + 1;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

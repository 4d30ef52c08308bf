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

/**
 * `keepHyphens` over a whole HTML page, in the text between tags and outside scripts, styles and code, so the
 * rule holds wherever a text comes from: MDX, front-matter fields, YAML reports (src/middleware.ts).
 */
export function keepHyphensInHtml(html: string): string {
  let raw: string | undefined;
  return html
    .split(/(<[^>]*>)/u)
    .map((part) => {
      if (part.startsWith('<')) {
        if (raw) {
          if (part.toLowerCase().startsWith(`</${raw}`)) raw = undefined;
        } else if (!part.endsWith('/>')) {
          raw = RAW_ELEMENT.exec(part)?.[1]?.toLowerCase();
        }
        return part;
      }
      return raw ? part : part.replace(/(\s)-(?=\p{L})/gu, '$1-\u2060');
    })
    .join('');
}

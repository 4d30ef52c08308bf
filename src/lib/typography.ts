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

/**
 * What differs between two builds of the same content (scripts/compare-builds.ts): the HTML pages only in one
 * of them, and for each page in both, the tags and text runs that differ, in order. Pure, so that it can be
 * tested on small hand-made pages.
 */

/** An HTML file split into tags and the text between them, so a difference names the tag it is in. */
export function htmlTokens(html: string): string[] {
  return html.split(/(?=<)|(?<=>)/u).filter((t) => t.trim() !== '');
}

export interface TokenChange {
  /** Token in the first build, or undefined where the second has one more. */
  before: string | undefined;
  /** Token in the second build, or undefined where the first has one more. */
  after: string | undefined;
}

/**
 * The changed tokens of two token lists: common head and tail are skipped, what lies between is paired up
 * position by position (a build that changes a few attributes changes tokens in place, not their number).
 */
export function tokenChanges(a: readonly string[], b: readonly string[]): TokenChange[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const changes: TokenChange[] = [];
  for (let i = 0; i < Math.max(midA.length, midB.length); i++) {
    if (midA[i] !== midB[i]) changes.push({ before: midA[i], after: midB[i] });
  }
  return changes;
}

/**
 * A change reduced to a kind, so that a thousand pages with the same kind of change read as one line: tokens
 * with their quoted values, digits and site paths replaced by placeholders.
 */
export function changeKind(change: TokenChange): string {
  const shape = (t: string | undefined) =>
    t === undefined
      ? '(none)'
      : t
          .replace(/"[^"]*"/gu, (v) => (v.includes('/og/') ? '"…/og/….png"' : '"…"'))
          .replace(/\d+/gu, '0')
          .slice(0, 120);
  return `${shape(change.before)} → ${shape(change.after)}`;
}

/**
 * Text a submitter typed, made inert for an MDX body: it shows on the page exactly as typed and
 * never becomes code, markup or Markdown structure.
 *
 * MDX evaluates `{…}` as JavaScript, reads `<…>` as JSX, takes `import`/`export` at the start of a
 * line as ES modules, and Markdown gives meaning to `#`, `>`, `-`, `1.`, `*`, `[`, a `---` line and
 * more. Rather than strip any of it, every such character is written as a character reference
 * (`&#123;`) or a backslash escape (`\*`), which MDX turns back into the character as text.
 * Line breaks are kept as hard breaks, blank lines as paragraph breaks.
 */

/** Characters that are syntax anywhere in a line: written as numeric character references. */
const ANYWHERE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
  '\\': '&#92;',
  '\t': '&#9;',
};

/** Markdown punctuation (emphasis, code, links, images, tables, strikethrough, headings): a backslash escape. */
const MARKDOWN = new Set('*_`[]!|~#+=:$^-');

function escapeLine(line: string): string {
  let out = '';
  // One pass, so that the references written for one character are not escaped again.
  for (const ch of line) out += ANYWHERE[ch] ?? (MARKDOWN.has(ch) ? `\\${ch}` : ch);
  // An ordered list marker: digits followed by "." or ")" at the start.
  out = out.replace(/^(\s*\d+)([.)])/u, '$1\\$2');
  // Leading spaces would make an indented block; keep them as visible spaces.
  out = out.replace(/^ +/u, (spaces) => '&#32;'.repeat(spaces.length));
  // `import` and `export` at the start of a line are ES modules in MDX: write their first letter as a reference.
  out = out.replace(/^(import|export)\b/u, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}

/**
 * The MDX for a text: paragraphs separated by a blank line, lines inside a paragraph joined by a
 * hard break (a backslash at the end of the line).
 */
export function escapeMdxText(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n+/u)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return paragraphs.map((lines) => lines.map(escapeLine).join('\\\n')).join('\n\n');
}

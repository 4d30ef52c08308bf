/** Writing entries as files: YAML data files and MDX files with YAML front matter. */
import { stringify } from 'yaml';

/** YAML with stable formatting: no line folding, keys in insertion order, undefined values left out. */
export function toYaml(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0, minContentWidth: 0 });
}

/** A body section: a `##` heading and its paragraphs. */
export interface Section {
  heading: string;
  paragraphs: string[];
}

/** An MDX body: an optional lead paragraph, then `##` sections (no deeper levels, so none are skipped). */
export function mdxBody(lead: string | undefined, sections: readonly Section[]): string {
  const parts: string[] = [];
  if (lead) parts.push(lead);
  for (const s of sections) {
    parts.push(`## ${s.heading}`);
    parts.push(...s.paragraphs);
  }
  return parts.map(escapeMdx).join('\n\n');
}

/** MDX treats `{`, `}` and `<` as code; the phrase tables never use them, and this guards against it. */
function escapeMdx(text: string): string {
  if (/[{}<>]/u.test(text)) throw new Error(`MDX body text must not contain braces or angle brackets: ${text}`);
  return text;
}

/** An MDX file: front matter, blank line, body, final newline. */
export function mdxFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body}\n`;
}

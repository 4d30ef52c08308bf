/**
 * Reading one content file the way the build does, but keeping line numbers:
 * YAML files whole, MDX files as frontmatter (between the `---` fences) plus body.
 * Astro parses with js-yaml; we parse with `yaml` because it tells us where every
 * key sits. Dates stay text here (YAML 1.2 core schema), on purpose: js-yaml turns
 * 2025-13-45 into 14 February 2026 without a word, the schema's date coercion does
 * not, so the check catches an impossible date the build would accept.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { MAX_YAML_ALIASES, MAX_YAML_CHARS } from './limits.ts';

export interface YamlProblem {
  line: number;
  /** The `yaml` package's error code, e.g. BAD_INDENT, DUPLICATE_KEY. */
  code: string;
  message: string;
}

export interface ParsedSource {
  /** The frontmatter (MDX) or the whole file (YAML) as plain data; undefined when it could not be read. */
  data: unknown;
  /** Syntax errors in the YAML part. */
  yamlErrors: YamlProblem[];
  /** No `---` fence at the start of an MDX file. */
  missingFrontmatter: boolean;
  /** The MDX body after the closing fence ('' for YAML files). */
  body: string;
  /** Line in the file of the body's first line. */
  bodyStartLine: number;
  /** Line in the file of the key at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The value at `path` as written in the file, if it is a plain (unquoted) scalar or a quoted one. */
  scalarAt: (path: readonly PropertyKey[]) => { source: string; quoted: boolean } | undefined;
}

const FENCE = /^---[ \t]*\r?$/u;

export function parseSource(text: string, kind: 'mdx' | 'yaml'): ParsedSource {
  let yamlText = text;
  // Line in the file of the YAML text's first line.
  let yamlFirstLine = 1;
  let body = '';
  let bodyStartLine = 1;
  let missingFrontmatter = false;
  let fallbackLine = 1;

  if (kind === 'mdx') {
    const lines = text.split('\n');
    if (!FENCE.test(lines[0] ?? '')) {
      missingFrontmatter = true;
      return {
        data: undefined,
        yamlErrors: [],
        missingFrontmatter,
        body: text,
        bodyStartLine: 1,
        lineOf: () => 1,
        scalarAt: () => undefined,
      };
    }
    const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
    if (close === -1) {
      return {
        data: undefined,
        yamlErrors: [{ line: 1, code: 'UNCLOSED_FRONTMATTER', message: 'frontmatter has no closing ---' }],
        missingFrontmatter: false,
        body: '',
        bodyStartLine: lines.length,
        lineOf: () => 1,
        scalarAt: () => undefined,
      };
    }
    yamlText = lines.slice(1, close).join('\n');
    yamlFirstLine = 2;
    body = lines.slice(close + 1).join('\n');
    bodyStartLine = close + 2;
    // A missing top-level field is reported on the opening fence.
    fallbackLine = 1;
  }

  const unread = (code: string, message: string, line = yamlFirstLine): ParsedSource => ({
    data: undefined,
    yamlErrors: [{ line, code, message }],
    missingFrontmatter,
    body,
    bodyStartLine,
    lineOf: () => fallbackLine,
    scalarAt: () => undefined,
  });
  if (yamlText.length > MAX_YAML_CHARS) return unread('TOO_LARGE', String(yamlText.length));

  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(yamlText, { lineCounter: counter, merge: true, prettyErrors: true });
  } catch (e) {
    return unread('PARSER', e instanceof Error ? e.message : String(e));
  }
  const toFileLine = (offset: number) => counter.linePos(offset).line + yamlFirstLine - 1;
  const yamlLines = yamlText.split('\n');
  const yamlErrors: YamlProblem[] = [];
  for (const e of doc.errors) {
    const problem = explainIndent(yamlLines, counter.linePos(e.pos[0]).line, e.code);
    const line = problem.line + yamlFirstLine - 1;
    // One message per line: the parser often reports one slip several ways.
    if (yamlErrors.some((p) => p.line === line)) continue;
    yamlErrors.push({ line, code: problem.code, message: e.message.split('\n')[0] ?? e.message });
  }
  let data: unknown;
  if (yamlErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (e) {
      // The `yaml` package stops expanding aliases beyond the limit with a ReferenceError.
      if (e instanceof ReferenceError && /alias/iu.test(e.message)) return unread('ALIAS_LIMIT', e.message);
      return unread('PARSER', e instanceof Error ? e.message : String(e));
    }
    if (data === null || data === undefined) data = {};
  }
  return {
    data,
    yamlErrors,
    missingFrontmatter,
    body,
    bodyStartLine,
    lineOf: (path) => lineOfPath(doc, path, toFileLine, fallbackLine),
    scalarAt: (path) => {
      const node = nodeAt(doc, path);
      if (!isScalar(node) || typeof node.source !== 'string') return undefined;
      return { source: node.source, quoted: node.type !== 'PLAIN' };
    },
  };
}

/** The YAML node at a data path. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | null | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      node = pair?.value as Node | null | undefined;
    } else if (isSeq(node) && typeof key === 'number') node = node.items[key] as Node | undefined;
    else return undefined;
  }
  return node;
}

const KEY_LINE = /^( *)[^\s#:][^:]*:(\s|$)/u;

/**
 * A key indented by the wrong number of spaces makes the parser see a value running
 * over several lines and blame the line before. Point at the line that is off instead.
 */
function explainIndent(lines: string[], line: number, code: string): { line: number; code: string } {
  if (code !== 'BLOCK_AS_IMPLICIT_KEY' && code !== 'MULTILINE_IMPLICIT_KEY') return { line, code };
  const here = KEY_LINE.exec(lines[line - 1] ?? '');
  for (let next = line + 1; here && next <= Math.min(lines.length, line + 3); next++) {
    const m = KEY_LINE.exec(lines[next - 1] ?? '');
    if (m && m[1]!.length !== here[1]!.length) return { line: next, code: 'BAD_INDENT' };
  }
  return { line, code };
}

function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
  fallbackLine: number,
): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let line = fallbackLine;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return line;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = toFileLine(keyNode.range[0]);
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) return line;
      if (item.range) line = toFileLine(item.range[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

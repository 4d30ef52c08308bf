/**
 * The little JavaScript an MDX entry may contain, read by a parser that knows nothing else:
 * - attribute values in braces: literals (`{3}`, `{true}`, `{"text"}`, `{[1, 2]}`, `{{ a: 1 }}`) and
 *   names bound by an image import (`src={karte}`);
 * - expressions in the text: comments only (`{/* note *\/}`, what `npm run new` writes);
 * - ESM: `import name from './file'` lines and nothing else.
 * Whatever does not fit this grammar is refused as a whole — the parser never guesses what code would do,
 * so a value it accepts is exactly the value the page gets. Strings take the escapes JSON knows, plus \'.
 */

type Token =
  | { kind: 'punct'; value: string; start: number; newlineBefore: boolean }
  | { kind: 'string'; value: string; start: number; newlineBefore: boolean }
  | { kind: 'number'; value: number; start: number; newlineBefore: boolean }
  | { kind: 'name'; value: string; start: number; newlineBefore: boolean }
  | { kind: 'end'; start: number; newlineBefore: boolean };

export class SubsetError extends Error {
  /** What went wrong: `code` (something other than a literal), `escape`, `syntax`. */
  readonly reason: 'code' | 'escape' | 'syntax';
  /** Offset in the source where it was noticed. */
  readonly offset: number;
  /** The piece of source, for the message. */
  readonly near: string;
  constructor(reason: 'code' | 'escape' | 'syntax', offset: number, near: string) {
    super(`${reason} at ${offset}: ${near}`);
    this.reason = reason;
    this.offset = offset;
    this.near = near;
  }
}

const WHITE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]/u;
const LINE = /[\n\r\u2028\u2029]/u;
const NAME_START = /[A-Za-z_$]/u;
const NAME_PART = /[\w$]/u;
const PUNCT = new Set(['[', ']', '{', '}', ',', ':', '-', ';']);
const ESCAPES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function tokenize(source: string, lenient = false): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newlineBefore = false;
  const near = (at: number) => source.slice(at, at + 20);
  while (i < source.length) {
    const c = source[i]!;
    if (LINE.test(c)) {
      newlineBefore = true;
      i++;
      continue;
    }
    if (WHITE.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && !LINE.test(source[i]!)) i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      if (close === -1) {
        if (!lenient) throw new SubsetError('syntax', i, near(i));
        break;
      }
      if (LINE.test(source.slice(i, close))) newlineBefore = true;
      i = close + 2;
      continue;
    }
    const start = i;
    if (PUNCT.has(c)) {
      tokens.push({ kind: 'punct', value: c, start, newlineBefore });
      i++;
    } else if (c === '"' || c === "'") {
      let value = '';
      i++;
      for (;;) {
        const ch = source[i];
        if (ch === undefined || LINE.test(ch)) {
          if (lenient) break;
          throw new SubsetError('syntax', start, near(start));
        }
        if (ch === c) break;
        if (ch === '\\') {
          const e = source[i + 1] ?? '';
          if (e in ESCAPES) {
            value += ESCAPES[e];
            i += 2;
          } else if (e === 'u' && /^[\da-fA-F]{4}$/u.test(source.slice(i + 2, i + 6))) {
            value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
            i += 6;
          } else if (lenient) {
            value += e;
            i += 2;
          } else throw new SubsetError('escape', i, near(i));
          continue;
        }
        value += ch;
        i++;
      }
      i++;
      tokens.push({ kind: 'string', value, start, newlineBefore });
    } else if (/\d/u.test(c) || (c === '.' && /\d/u.test(source[i + 1] ?? ''))) {
      const m = /^(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/u.exec(source.slice(i));
      const after = source[i + (m?.[0].length ?? 0)] ?? '';
      if (!m || NAME_PART.test(after) || after === '.') {
        if (!lenient) throw new SubsetError('code', i, near(i));
        while (i < source.length && /[\w.$]/u.test(source[i]!)) i++;
        tokens.push({ kind: 'punct', value: source.slice(start, i), start, newlineBefore });
      } else {
        tokens.push({ kind: 'number', value: Number(m[0]), start, newlineBefore });
        i += m[0].length;
      }
    } else if (NAME_START.test(c)) {
      while (i < source.length && NAME_PART.test(source[i]!)) i++;
      // A name followed by a character a name cannot hold but an identifier can (é, \u…) is not ours.
      if (!lenient && i < source.length && /[\p{L}\p{N}\\]/u.test(source[i]!))
        throw new SubsetError('code', start, near(start));
      tokens.push({ kind: 'name', value: source.slice(start, i), start, newlineBefore });
    } else if (lenient) {
      tokens.push({ kind: 'punct', value: c, start, newlineBefore });
      i++;
    } else {
      throw new SubsetError('code', i, near(i));
    }
    newlineBefore = false;
  }
  tokens.push({ kind: 'end', start: source.length, newlineBefore });
  return tokens;
}

/** True when an expression holds nothing but comments and white space (`{/* … *\/}`). */
export function isOnlyComments(source: string): boolean {
  try {
    return tokenize(source).length === 1;
  } catch {
    return false;
  }
}

/** A name bound by an import, standing for what it imports. */
export interface Binding {
  /** What the attribute receives in its place (for images: what Astro's image pipeline hands over). */
  value: unknown;
}

export interface LiteralOptions {
  /** Names the value may use (image imports). */
  names?: ReadonlyMap<string, Binding>;
}

export interface Literal {
  value: unknown;
  /** Names of imports the value used. */
  used: string[];
}

/**
 * Read an attribute's value in braces as a literal: strings, numbers (also negative), true, false, null,
 * arrays and objects of those, and imported names where `names` allows them. Throws SubsetError otherwise.
 */
export function parseLiteral(source: string, options: LiteralOptions = {}): Literal {
  const tokens = tokenize(source);
  let pos = 0;
  const used: string[] = [];
  const peek = () => tokens[pos]!;
  const near = (t: Token) => source.slice(t.start, t.start + 20);
  const fail = (t: Token, reason: SubsetError['reason'] = 'code'): never => {
    throw new SubsetError(reason, t.start, near(t) || source.slice(-20));
  };
  const isPunct = (t: Token, v: string) => t.kind === 'punct' && t.value === v;

  const value = (): unknown => {
    const t = peek();
    switch (t.kind) {
      case 'string':
      case 'number':
        pos++;
        return t.value;
      case 'name': {
        pos++;
        if (t.value === 'true') return true;
        if (t.value === 'false') return false;
        if (t.value === 'null') return null;
        const bound = options.names?.get(t.value);
        if (!bound) return fail(t);
        used.push(t.value);
        return bound.value;
      }
      case 'punct':
        if (t.value === '-') {
          pos++;
          const n = peek();
          if (n.kind !== 'number') return fail(n);
          pos++;
          return -n.value;
        }
        if (t.value === '[') return array();
        if (t.value === '{') return object();
        return fail(t);
      default:
        return fail(t, 'syntax');
    }
  };
  const array = (): unknown[] => {
    pos++;
    const out: unknown[] = [];
    while (!isPunct(peek(), ']')) {
      out.push(value());
      if (isPunct(peek(), ',')) pos++;
      else if (!isPunct(peek(), ']')) fail(peek());
    }
    pos++;
    return out;
  };
  const object = (): Record<string, unknown> => {
    pos++;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    while (!isPunct(peek(), '}')) {
      const key = peek();
      if (key.kind !== 'name' && key.kind !== 'string') fail(key);
      const name = String((key as { value: string }).value);
      // `__proto__: …` would set the prototype rather than a field.
      if (name === '__proto__') fail(key);
      pos++;
      if (!isPunct(peek(), ':')) fail(peek());
      pos++;
      out[name] = value();
      if (isPunct(peek(), ',')) pos++;
      else if (!isPunct(peek(), '}')) fail(peek());
    }
    pos++;
    return { ...out };
  };

  if (peek().kind === 'end') throw new SubsetError('syntax', 0, source);
  const result = value();
  if (peek().kind !== 'end') fail(peek());
  return { value: result, used };
}

export interface ImportLine {
  /** The name it binds. */
  local: string;
  /** What it imports, as written. */
  from: string;
  /** Offset of the `import` keyword in the block. */
  offset: number;
}

export type EsmProblem =
  | { kind: 'export'; offset: number }
  | { kind: 'import-form'; offset: number }
  | { kind: 'code'; offset: number; near: string };

/**
 * Read an ESM block of an MDX file: `import name from '…'` statements, each ended by `;` or a new line.
 * Returns the imports and, for anything else, what it is (an export, another form of import, other code).
 */
export function parseImports(source: string): { imports: ImportLine[]; problems: EsmProblem[] } {
  // Lenient: every character becomes a token, so a statement that is not an import is still seen whole.
  const tokens = tokenize(source, true);
  const imports: ImportLine[] = [];
  const problems: EsmProblem[] = [];
  let pos = 0;
  const isName = (t: Token | undefined, v?: string) => t?.kind === 'name' && (v === undefined || t.value === v);
  while (tokens[pos]!.kind !== 'end') {
    const start = tokens[pos]!;
    if (start.kind === 'punct' && start.value === ';') {
      pos++;
      continue;
    }
    const [name, from, spec, after] = [tokens[pos + 1], tokens[pos + 2], tokens[pos + 3], tokens[pos + 4]];
    if (
      isName(start, 'import') &&
      isName(name) &&
      !isName(name, 'from') &&
      isName(from, 'from') &&
      spec?.kind === 'string' &&
      after !== undefined &&
      (after.kind === 'end' || after.newlineBefore || (after.kind === 'punct' && after.value === ';'))
    ) {
      imports.push({ local: (name as { value: string }).value, from: spec.value, offset: start.start });
      pos += 4;
      continue;
    }
    // Report this statement and skip to the next one that starts a line.
    if (isName(start, 'export')) problems.push({ kind: 'export', offset: start.start });
    else if (isName(start, 'import')) problems.push({ kind: 'import-form', offset: start.start });
    else problems.push({ kind: 'code', offset: start.start, near: source.slice(start.start, start.start + 20) });
    pos++;
    const startsStatement = (t: Token) => t.newlineBefore && (isName(t, 'import') || isName(t, 'export'));
    while (tokens[pos]!.kind !== 'end' && !startsStatement(tokens[pos]!)) pos++;
  }
  return { imports, problems };
}

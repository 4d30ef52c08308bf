/**
 * The safe MDX subset: what an entry may contain besides Markdown, so that content is input and never code.
 * Documented for editors in docs/editors-guide.*.md ("Was MDX-Einträge enthalten dürfen" / "What MDX entries
 * may contain"); enforced by `npm run check` and by the build (src/integrations/contentCheck.ts).
 *
 * - Imports: `import name from './file.jpg'` — an image beside the entry (or below it), nothing else; and the
 *   kit's components under their own name (`import InfoBox from '…/src/components/mdx/InfoBox.astro'`), which
 *   are there without importing anyway. No `export`, no other form of import.
 * - Braces: in the text only comments (`{/* … *\/}`); in attributes only literals and imported images
 *   (./literal.ts).
 * - HTML: the inert elements and attributes of ALLOWED below; no event handlers (`on…`, any case).
 * - Addresses: `https:`, `http:`, `mailto:`, `tel:` or none (site paths, anchors), judged as browsers read
 *   them (./urls.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { COMPONENT_NAMES } from '../mdx/props.ts';
import { IMAGE_TYPES } from './schemas.ts';
import { parseImports, type Binding, type SubsetError } from './literal.ts';
import { judgeUrl } from './urls.ts';
import { q, t, type Text } from './messages.ts';
import type { BodyFinding } from './body.ts';

/** The component kit's folder. */
export const KIT_DIR = fileURLToPath(new URL('../../components/mdx/', import.meta.url));

/** Attributes every allowed element may have. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir', 'translate'];

/** Inert HTML elements entries may use, with the attributes each may have besides the global ones. */
export const ALLOWED: Record<string, string[]> = {
  a: ['href', 'hreflang', 'rel'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes that hold an address, on any element (judged even where the attribute is not allowed). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'cite',
  'poster',
  'background',
  'data',
  'codebase',
  'longdesc',
  'manifest',
  'ping',
  'icon',
  'lowsrc',
  'dynsrc',
  'usemap',
  'itemtype',
]);

/** Elements that embed other sites or run code, with what to use instead. */
const EMBEDS = new Set([
  'iframe',
  'script',
  'object',
  'embed',
  'applet',
  'frame',
  'frameset',
  'video',
  'audio',
  'portal',
]);

export interface Attr {
  name: string;
  /** The value: a string, `true` for a bare attribute, or a literal from braces. */
  value: unknown;
  /** The expression in braces, if the value was written in braces. */
  expression?: string;
  /** The value used an imported image. */
  usesImport?: boolean;
  /** The value in braces was refused (already reported). */
  refused?: boolean;
}

export interface Imports {
  /** Names bound to images beside the entry, with what Astro's image pipeline hands over for them. */
  images: Map<string, Binding>;
  /** Kit components imported under their own name. */
  kit: Set<string>;
}

const ALLOWED_SCHEMES_TEXT = t(
  'eine Adresse mit https://, http://, mailto: oder tel:, oder eine Seite dieser Website (/…)',
  'an address starting with https://, http://, mailto: or tel:, or a page of this site (/…)',
);

/** An address with a scheme that is not allowed, as a finding; undefined when the address is fine. */
export function urlProblem(url: string, at: number, field: Text): BodyFinding | undefined {
  const verdict = judgeUrl(url);
  if (verdict.ok) return undefined;
  return {
    severity: 'error',
    safety: true,
    line: at,
    field,
    wrong: t(
      `${q(url).de}: Adressen mit ${verdict.scheme}: sind nicht erlaubt`,
      `${q(url).en}: addresses starting with ${verdict.scheme}: are not allowed`,
    ),
    expected: ALLOWED_SCHEMES_TEXT,
  };
}

export function httpWarning(url: string, at: number, field: Text): BodyFinding {
  return {
    severity: 'warning',
    line: at,
    field,
    wrong: t(
      `${q(url).de} ist eine unverschlüsselte Adresse (http://)`,
      `${q(url).en} is an unencrypted address (http://)`,
    ),
    expected: t(
      'https://, wenn die Website es anbietet (fast alle tun es)',
      'https:// if the site offers it (almost all do)',
    ),
  };
}

/** A value in braces that is not a literal. */
export function literalProblem(element: string, name: string, code: string, e: SubsetError, at: number): BodyFinding {
  const shown = code.trim().length > 30 ? `${code.trim().slice(0, 29)}…` : code.trim();
  return {
    severity: 'error',
    safety: true,
    line: at,
    field: t(`<${element}> ${name}`, `<${element}> ${name}`),
    wrong:
      e.reason === 'escape'
        ? t(`{${shown}}: dieses \\-Zeichen ist nicht erlaubt`, `{${shown}}: this \\ escape is not allowed`)
        : t(`{${shown}} ist Programmcode, kein Wert`, `{${shown}} is program code, not a value`),
    expected: t(
      'ein Wert: Text in Anführungszeichen, eine Zahl, true oder false, eine Liste [ … ] davon, oder ein importiertes Bild',
      'a value: text in quotes, a number, true or false, a list [ … ] of those, or an imported image',
    ),
  };
}

/** Check one HTML element and its attributes against the allow-list. */
export function checkHtmlElement(name: string, attributes: Attr[], at: number): BodyFinding[] {
  const out: BodyFinding[] = [];
  const element = name.toLowerCase();
  const allowed = ALLOWED[element];
  if (!allowed) {
    out.push({
      severity: 'error',
      safety: true,
      line: at,
      field: t(`<${name}>`, `<${name}>`),
      wrong: EMBEDS.has(element)
        ? t('bettet fremde Inhalte oder Skripte ein', 'embeds third-party content or scripts')
        : t('dieses HTML-Element ist in Einträgen nicht erlaubt', 'this HTML element is not allowed in entries'),
      expected: EMBEDS.has(element)
        ? t(
            'für Videos <Video url="…" title="…" />, sonst ein Link',
            'for videos <Video url="…" title="…" />, otherwise a link',
          )
        : t(
            `Markdown, ein Baustein (${COMPONENT_NAMES.join(', ')}) oder eines dieser Elemente: ${Object.keys(ALLOWED).join(', ')}`,
            `Markdown, a building block (${COMPONENT_NAMES.join(', ')}) or one of these elements: ${Object.keys(ALLOWED).join(', ')}`,
          ),
    });
  }
  const permitted = new Set([...GLOBAL_ATTRIBUTES, ...(allowed ?? [])]);
  for (const a of attributes) {
    if (a.refused) continue;
    const attr = a.name.toLowerCase();
    const field = t(`<${name}> ${a.name}`, `<${name}> ${a.name}`);
    if (attr.startsWith('on')) {
      out.push({
        severity: 'error',
        safety: true,
        line: at,
        field,
        wrong: t('ein Ereignis-Attribut (on…) führt Skripte aus', 'an event handler attribute (on…) runs scripts'),
        expected: t('kein Attribut, das mit on beginnt', 'no attribute starting with on'),
      });
      continue;
    }
    if (URL_ATTRIBUTES.has(attr) && typeof a.value === 'string') {
      const urls = attr === 'srcset' || attr === 'ping' ? a.value.split(/[\s,]+/u) : [a.value];
      const bad = urls.map((u) => urlProblem(u, at, field)).find((p) => p !== undefined);
      if (bad) {
        out.push(bad);
        continue;
      }
    }
    if (!allowed) continue;
    if (!permitted.has(attr)) {
      out.push({
        severity: 'error',
        safety: true,
        line: at,
        field,
        wrong: t(
          `<${name}> darf das Attribut ${q(a.name).de} nicht haben`,
          `<${name}> may not have the attribute ${q(a.name).en}`,
        ),
        expected: t(
          `eines dieser Attribute: ${[...permitted].join(', ')}`,
          `one of these attributes: ${[...permitted].join(', ')}`,
        ),
      });
      continue;
    }
    if (a.value !== true && !['string', 'number', 'boolean'].includes(typeof a.value)) {
      out.push({
        severity: 'error',
        safety: true,
        line: at,
        field,
        wrong: t('ist keine Zahl und kein Text', 'is neither a number nor a text'),
        expected: t('name="Wert"', 'name="value"'),
      });
    }
  }
  return out;
}

/** The elements of a raw HTML fragment, read with a real HTML parser. */
export function htmlElementsIn(html: string): { name: string; attributes: Attr[]; lineOffset: number }[] {
  const out: { name: string; attributes: Attr[]; lineOffset: number }[] = [];
  let attributes: Attr[] = [];
  const parser: Parser = new Parser(
    {
      onattribute(name, value) {
        attributes.push({ name, value });
      },
      onopentag(name) {
        const lineOffset = html.slice(0, parser.startIndex).split('\n').length - 1;
        out.push({ name, attributes, lineOffset });
        attributes = [];
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return out;
}

/** Names an import may not take: the MDX compiler's and Astro's own, and JavaScript's reserved words. */
const TAKEN = new Set([
  'MDXContent',
  'Content',
  'Fragment',
  'frontmatter',
  'file',
  'url',
  'getHeadings',
  'props',
  'components',
  'undefined',
  'NaN',
  'Infinity',
  'eval',
  'arguments',
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
]);

/** Check one ESM block (`import …` lines) and record what it binds. */
export function checkEsm(source: string, firstLine: number, absPath: string, imports: Imports): BodyFinding[] {
  const out: BodyFinding[] = [];
  const lineAt = (offset: number) => firstLine + source.slice(0, offset).split('\n').length - 1;
  const firstLineOf = (offset: number) => {
    const text = source.slice(offset).split('\n')[0]!.trim();
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  };
  const { imports: lines, problems } = parseImports(source);
  for (const p of problems) {
    const shown = firstLineOf(p.offset);
    const field = t(shown, shown);
    out.push({
      severity: 'error',
      safety: true,
      line: lineAt(p.offset),
      field,
      wrong:
        p.kind === 'export'
          ? t(
              'export ist in Einträgen nicht erlaubt: es führt beim Bauen Programmcode aus',
              'export is not allowed in entries: it runs program code when the site is built',
            )
          : p.kind === 'import-form'
            ? t('diese Form von import ist nicht erlaubt', 'this form of import is not allowed')
            : t('Programmcode ist in Einträgen nicht erlaubt', 'program code is not allowed in entries'),
      expected: t(
        "nur Zeilen wie import foto from './foto.jpg' (ein Bild neben dem Eintrag); Text, der mit import oder export beginnt, mit \\ davor",
        "only lines such as import photo from './photo.jpg' (an image next to the entry); text starting with import or export with a \\ in front",
      ),
    });
  }
  for (const imp of lines) {
    const at = lineAt(imp.offset);
    const field = t(`import ${imp.local}`, `import ${imp.local}`);
    const refuse = (wrong: Text, expected: Text) =>
      out.push({ severity: 'error', safety: true, line: at, field, wrong, expected });
    const besideTheEntry = t(
      "ein Bild neben dem Eintrag: import foto from './foto.jpg'",
      "an image next to the entry: import photo from './photo.jpg'",
    );
    if (TAKEN.has(imp.local) || imp.local.startsWith('_') || imp.local.startsWith('$')) {
      refuse(
        t(`der Name ${q(imp.local).de} ist vergeben`, `the name ${q(imp.local).en} is taken`),
        t('einen anderen Namen aus Buchstaben, z. B. foto', 'another name of letters, e.g. photo'),
      );
      continue;
    }
    if (imports.images.has(imp.local) || imports.kit.has(imp.local)) {
      refuse(
        t(`${q(imp.local).de} wird zweimal importiert`, `${q(imp.local).en} is imported twice`),
        t('jeden Namen nur einmal', 'each name once'),
      );
      continue;
    }
    const kit = kitComponentOf(imp.from, absPath);
    if (kit !== undefined) {
      if (kit !== imp.local) {
        refuse(
          t(`${kit} unter dem Namen ${imp.local}`, `${kit} under the name ${imp.local}`),
          t(
            `import ${kit} from '${imp.from}' (oder ganz ohne import)`,
            `import ${kit} from '${imp.from}' (or no import at all)`,
          ),
        );
      } else imports.kit.add(kit);
      continue;
    }
    if ((COMPONENT_NAMES as string[]).includes(imp.local)) {
      refuse(
        t(`${imp.local} ist der Name eines Bausteins`, `${imp.local} is the name of a building block`),
        t('einen anderen Namen, z. B. foto', 'another name, e.g. photo'),
      );
      continue;
    }
    const problem = imageImportProblem(imp.from, absPath);
    if (problem) {
      refuse(problem, besideTheEntry);
      continue;
    }
    const ext = imp.from.split('.').pop()!.toLowerCase();
    // Stands in for what Astro's image pipeline hands over.
    imports.images.set(imp.local, { value: { src: imp.from, width: 1, height: 1, format: ext } });
  }
  return out;
}

/** The kit component a specifier imports, if it names one of the kit's own files. */
function kitComponentOf(from: string, absPath: string): string | undefined {
  if (!from.startsWith('.')) return undefined;
  const target = resolve(dirname(absPath), from);
  for (const name of COMPONENT_NAMES) if (target === join(KIT_DIR, `${name}.astro`)) return name;
  return undefined;
}

/** Why an import is not of an image beside the entry, or undefined when it is. */
function imageImportProblem(from: string, absPath: string): Text | undefined {
  if (!from.startsWith('./')) {
    return /^\.\.?\//u.test(from)
      ? t(`${q(from).de} liegt nicht neben dem Eintrag`, `${q(from).en} is not next to the entry`)
      : t(`${q(from).de} ist keine Datei neben dem Eintrag`, `${q(from).en} is not a file next to the entry`);
  }
  if (/[?#\\]|(^|\/)\.\.(\/|$)/u.test(from)) {
    return t(`${q(from).de} liegt nicht neben dem Eintrag`, `${q(from).en} is not next to the entry`);
  }
  const ext = from.split('.').pop()?.toLowerCase() ?? '';
  if (!(IMAGE_TYPES as readonly string[]).includes(ext)) {
    return t(
      `${q(from).de} ist keine Bilddatei (erlaubt: ${IMAGE_TYPES.join(', ')})`,
      `${q(from).en} is not an image file (allowed: ${IMAGE_TYPES.join(', ')})`,
    );
  }
  const folder = dirname(absPath);
  const target = resolve(folder, from);
  if (!target.startsWith(folder + sep)) {
    return t(`${q(from).de} liegt nicht neben dem Eintrag`, `${q(from).en} is not next to the entry`);
  }
  if (!existsSync(target) || !statSync(target).isFile()) {
    return t(`Datei ${q(from).de} gibt es nicht`, `file ${q(from).en} does not exist`);
  }
  return undefined;
}

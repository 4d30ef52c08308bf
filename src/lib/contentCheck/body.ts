/**
 * Checks on the text of an MDX entry, parsed with the same MDX parser the build uses (Sätteri), on the very
 * text the build compiles (the frontmatter blanked out as Astro does it):
 * - the safe MDX subset (./subset.ts): imports of images beside the entry and of the component kit only, no
 *   export, no code in braces, raw HTML from an allow-list, every address with an allowed scheme. A violation
 *   is an error marked `safety`: it must never reach rendering (src/integrations/contentCheck.ts refuses such
 *   a file in the build and in the preview);
 * - syntax, heading levels, images and their alt text, internal links, placeholders;
 * - the MDX components with their props, validated against the components' own schemas, so a wrong prop
 *   is reported with file and line before the build starts.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { COMPONENT_NAMES, NEEDS_CHILDREN, PARENT_OF, PROPS, type ComponentName } from '../mdx/props.ts';
import { judgeLink, type LinkTargets } from './links.ts';
import { altProblem } from './alt.ts';
import { q, schemaExpected, schemaWrong, t, type Text } from './messages.ts';
import { closest } from './similar.ts';
import { SubsetError, isOnlyComments, parseLiteral, type Binding } from './literal.ts';
import { judgeUrl, isPlainHttp } from './urls.ts';
import {
  checkEsm,
  checkHtmlElement,
  htmlElementsIn,
  literalProblem,
  urlProblem,
  httpWarning,
  type Attr,
  type Imports,
} from './subset.ts';

export interface BodyFinding {
  severity: 'error' | 'warning';
  line: number;
  field: Text;
  wrong: Text;
  expected: Text;
  /** A violation of the safe MDX subset: the file must not be rendered. */
  safety?: boolean;
}

export interface BodyContext {
  /** Absolute path of the MDX file. */
  absPath: string;
  targets: LinkTargets;
  site: string;
  /** Folder of files served as they are (public/), for download links. */
  publicDir: string;
  /** Is the entry published (not a draft)? A placeholder left in a published entry is an error. */
  published?: boolean;
  /** Line of the frontmatter's closing `---` as the check read it, to compare with the build's reading. */
  frontmatterEndLine?: number;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  depth?: number;
  url?: string;
  alt?: string | null;
  name?: string | null;
  value?: string;
  attributes?: Attribute[];
}
interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

const BODY = t('Text', 'body');
const REMOTE = /^(https?:)?\/\//iu;

/**
 * Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter, `frontmatterRE` and `frontmatterTypeRE`),
 * which both the content layer and the MDX integration use to cut the frontmatter off. Copied so that the check
 * reads the body exactly as the build compiles it; tests/editor/subset.test.ts compares it with Astro's own.
 */
export const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/u;
const ASTRO_FRONTMATTER_TYPE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/u;

/** The text the MDX compiler gets: the frontmatter replaced by spaces, line breaks kept (Astro's "empty-with-spaces"). */
export function bodyAsBuilt(raw: string): { content: string; frontmatterEndLine: number | undefined } {
  const m = ASTRO_FRONTMATTER.exec(raw);
  if (!m) return { content: raw, frontmatterEndLine: undefined };
  const delims = ASTRO_FRONTMATTER_TYPE.exec(raw)?.[1] === '+++' ? '+++' : '---';
  const fm = m[1]!;
  const whole = `${delims}${fm}${delims}`;
  const at = raw.indexOf(whole);
  const content =
    at === -1 ? raw : raw.slice(0, at) + `   ${fm.replace(/[^\r\n]/gu, ' ')}   ` + raw.slice(at + whole.length);
  const end = m.index + m[0].length;
  const frontmatterEndLine = raw.slice(0, end).split('\n').length;
  return { content, frontmatterEndLine };
}

export function checkBody(raw: string, ctx: BodyContext): BodyFinding[] {
  const out: BodyFinding[] = [];
  const { content, frontmatterEndLine } = bodyAsBuilt(raw);

  // The check read the frontmatter up to a line of its own `---`; the build stops at the first line that starts
  // with ---. Where they differ, the build would compile part of the frontmatter as text.
  if (ctx.frontmatterEndLine !== undefined && frontmatterEndLine !== ctx.frontmatterEndLine) {
    out.push({
      severity: 'error',
      safety: true,
      line: frontmatterEndLine ?? 1,
      field: t('---', '---'),
      wrong: t(
        'eine Zeile, die mit --- beginnt, beendet hier für die Website die Kopfdaten',
        'a line starting with --- ends the frontmatter here for the site',
      ),
      expected: t(
        'in den Kopfdaten keine Zeile, die mit --- beginnt, außer der letzten',
        'no line in the frontmatter that starts with ---, except the last',
      ),
    });
    return out;
  }

  let tree: Node;
  try {
    tree = mdxToMdast(content) as unknown as Node;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/u.exec(message);
    const line = m ? Number(m[1]) : 1;
    const what = m ? m[3]! : message;
    out.push({
      severity: 'error',
      safety: true,
      line,
      field: BODY,
      wrong: t(`MDX-Fehler: ${what}`, `MDX error: ${what}`),
      expected: t(
        'geschlossene Tags (<Box>…</Box> oder <Box />), geschweifte Klammern paarweise, < und { im Text als \\< und \\{',
        'closed tags (<Box>…</Box> or <Box />), curly braces in pairs, < and { in text written as \\< and \\{',
      ),
    });
    return out;
  }

  // Imports first: MDX hoists them, so a name may be used above its import.
  const imports: Imports = { images: new Map(), kit: new Set() };
  for (const node of tree.children ?? []) {
    if (node.type === 'mdxjsEsm') out.push(...checkEsm(node.value ?? '', line(node), ctx.absPath, imports));
  }

  // Placeholders `npm run new` left in the text (frontmatter placeholders are reported with their field).
  content.split('\n').forEach((text, i) => {
    if (/\bTODO\b/u.test(text)) out.push(placeholder(i + 1, ctx.published ?? false));
  });

  let previousLevel = 1;
  const visit = (node: Node, parents: string[]) => {
    switch (node.type) {
      case 'heading': {
        const level = node.depth ?? 2;
        if (level === 1) {
          out.push({
            severity: 'warning',
            line: line(node),
            field: t('Überschrift', 'heading'),
            wrong: t('Überschrift der Ebene 1 (#) im Text', 'level-1 heading (#) in the body'),
            expected: t(
              '## für Abschnitte: Ebene 1 ist der Titel des Eintrags',
              '## for sections: level 1 is the title of the entry',
            ),
          });
        } else if (level > previousLevel + 1) {
          const hashes = (n: number) => '#'.repeat(n);
          out.push({
            severity: 'warning',
            line: line(node),
            field: t('Überschrift', 'heading'),
            wrong: t(
              `springt von Ebene ${previousLevel} auf ${level} (${hashes(level)})`,
              `jumps from level ${previousLevel} to ${level} (${hashes(level)})`,
            ),
            expected: t(
              `höchstens eine Ebene tiefer: ${hashes(previousLevel + 1)}`,
              `at most one level deeper: ${hashes(previousLevel + 1)}`,
            ),
          });
        }
        previousLevel = level;
        break;
      }
      case 'image':
        checkImage(node.url ?? '', node.alt ?? '', line(node), t('Bild', 'image'), ctx, out);
        break;
      case 'link':
        checkLink(node.url ?? '', line(node), t('Link', 'link'), ctx, out);
        break;
      case 'definition': {
        // `[name]: address` — the address every [text][name] link and ![alt][name] image uses.
        const field = t('Linkdefinition', 'link definition');
        const bad = urlProblem(node.url ?? '', line(node), field);
        if (bad) out.push(bad);
        else if (isPlainHttp(node.url ?? '')) out.push(httpWarning(node.url ?? '', line(node), field));
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isOnlyComments(node.value ?? '')) out.push(expressionInText(node.value ?? '', line(node)));
        break;
      case 'html':
        // MDX reads HTML as JSX; should raw HTML ever reach the tree, it is held to the same allow-list.
        for (const el of htmlElementsIn(node.value ?? '')) {
          out.push(...checkHtmlElement(el.name, el.attributes, line(node) + el.lineOffset));
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parents, imports, ctx, out);
        break;
    }
    const name = node.name ?? undefined;
    for (const child of node.children ?? []) visit(child, name ? [...parents, name] : parents);
  };
  visit(tree, []);
  return out;
}

function line(node: Node): number {
  return node.position?.start.line ?? 1;
}

/**
 * A placeholder `npm run new` left: a reminder in a draft; an error in an entry meant for the site (`published`),
 * whether it could be a draft (`canDraft`: posts, practices, projects, dialogues, reports) or not.
 */
export function placeholder(at: number, published: boolean, field: Text = BODY, canDraft = true): BodyFinding {
  if (!published) {
    return {
      severity: 'warning',
      line: at,
      field,
      wrong: t('enthält noch den Platzhalter TODO', 'still holds the placeholder TODO'),
      expected: t('den eigenen Text', 'your own text'),
    };
  }
  return {
    severity: 'error',
    line: at,
    field,
    wrong: canDraft
      ? t(
          'enthält noch den Platzhalter TODO, und der Eintrag ist kein Entwurf',
          'still holds the placeholder TODO, and the entry is not a draft',
        )
      : t(
          'enthält noch den Platzhalter TODO, und der Eintrag ist veröffentlicht',
          'still holds the placeholder TODO, and the entry is published',
        ),
    expected: canDraft
      ? t('den eigenen Text (oder draft: true, solange er fehlt)', 'your own text (or draft: true until it is there)')
      : t(
          'den eigenen Text (Einträge dieser Art haben keinen Entwurfsstand)',
          'your own text (entries of this kind cannot be drafts)',
        ),
  };
}

function expressionInText(code: string, at: number): BodyFinding {
  const shown = code.trim().length > 30 ? `${code.trim().slice(0, 29)}…` : code.trim();
  return {
    severity: 'error',
    safety: true,
    line: at,
    field: t(`{${shown}}`, `{${shown}}`),
    wrong: t(
      'geschweifte Klammern im Text sind Programmcode, und den dürfen Einträge nicht enthalten',
      'curly braces in the text are program code, which entries may not contain',
    ),
    expected: t(
      'Klammern im Text als \\{ und \\} schreiben; Notizen als {/* … */}',
      'braces in the text written as \\{ and \\}; notes as {/* … */}',
    ),
  };
}

function checkImage(url: string, alt: string, at: number, field: Text, ctx: BodyContext, out: BodyFinding[]) {
  const bad = urlProblem(url, at, field);
  if (bad) {
    out.push(bad);
    return;
  }
  if (REMOTE.test(url.trim())) {
    out.push({
      severity: 'error',
      line: at,
      field,
      wrong: t(`Bild von einem fremden Server: ${q(url).de}`, `image from another server: ${q(url).en}`),
      expected: t(
        'eine Bilddatei neben dem Eintrag (fremde Server sehen sonst, wer die Seite liest)',
        'an image file next to the entry (otherwise another server sees who reads the page)',
      ),
    });
  } else if (url && !url.startsWith('/') && !fileExists(resolveFrom(ctx.absPath, url))) {
    out.push({
      severity: 'error',
      line: at,
      field,
      wrong: t(`Bilddatei ${q(url).de} gibt es nicht`, `image file ${q(url).en} does not exist`),
      expected: t(
        'der Pfad einer Bilddatei relativ zum Eintrag, z. B. ./bild.jpg',
        'the path of an image file relative to the entry, e.g. ./image.jpg',
      ),
    });
  }
  const problem = altProblem(alt, url);
  if (problem) out.push({ severity: 'warning', line: at, field: t(`${field.de} alt`, `${field.en} alt`), ...problem });
}

function resolveFrom(absPath: string, url: string): string | undefined {
  try {
    return resolve(dirname(absPath), decodeURI(url));
  } catch {
    return undefined;
  }
}

function fileExists(path: string | undefined): boolean {
  return path !== undefined && existsSync(path);
}

function checkLink(url: string, at: number, field: Text, ctx: BodyContext, out: BodyFinding[]) {
  const bad = urlProblem(url, at, field);
  if (bad) {
    out.push(bad);
    return;
  }
  if (isPlainHttp(url)) out.push(httpWarning(url, at, field));
  const verdict = judgeLink(url, ctx.targets, ctx.site);
  if (verdict === 'missing') {
    out.push({
      severity: 'warning',
      line: at,
      field,
      wrong: t(`${q(url).de} führt zu keinem Eintrag`, `${q(url).en} leads to no entry`),
      expected: t(
        'die Adresse eines vorhandenen Eintrags, z. B. /praxis/dateiname/ oder /en/practices/file-name/',
        'the address of an existing entry, e.g. /praxis/file-name/ or /en/practices/file-name/',
      ),
    });
  } else if (verdict === 'unpublished') {
    out.push({
      severity: 'warning',
      line: at,
      field,
      wrong: t(`${q(url).de} ist noch nicht veröffentlicht`, `${q(url).en} is not published yet`),
      expected: t(
        'ein veröffentlichter Eintrag (sonst führt der Link ins Leere)',
        'a published entry (or the link leads nowhere)',
      ),
    });
  }
}

/** Read the attributes of a JSX element; values in braces through the literal parser (./literal.ts). */
function attributesOf(node: Node, images: ReadonlyMap<string, Binding>, out: BodyFinding[], element: string): Attr[] {
  const attrs: Attr[] = [];
  const at = line(node);
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxExpressionAttribute' || !a.name) {
      out.push({
        severity: 'error',
        safety: true,
        line: at,
        field: t(`<${element}> {${a.value ?? ''}}`, `<${element}> {${a.value ?? ''}}`),
        wrong: t(
          'Attribute aus einem Ausdruck ({...}) sind Programmcode',
          'attributes spread from an expression ({...}) are program code',
        ),
        expected: t('jedes Attribut einzeln: name="Wert"', 'each attribute on its own: name="value"'),
      });
      continue;
    }
    const v = a.value;
    if (v === null || v === undefined) attrs.push({ name: a.name, value: true });
    else if (typeof v === 'string') attrs.push({ name: a.name, value: v });
    else {
      try {
        const literal = parseLiteral(v.value, { names: images });
        attrs.push({ name: a.name, value: literal.value, expression: v.value, usesImport: literal.used.length > 0 });
      } catch (e) {
        if (!(e instanceof SubsetError)) throw e;
        out.push(literalProblem(element, a.name, v.value, e, at));
        attrs.push({ name: a.name, value: undefined, expression: v.value, refused: true });
      }
    }
  }
  return attrs;
}

function checkElement(node: Node, parents: string[], imports: Imports, ctx: BodyContext, out: BodyFinding[]) {
  const name = node.name;
  // A fragment (<>…</>) has neither name nor attributes.
  if (!name) return;
  const at = line(node);
  if (/[.:]/u.test(name)) {
    out.push({
      severity: 'error',
      safety: true,
      line: at,
      field: t(`<${name}>`, `<${name}>`),
      wrong: t('solche Elementnamen sind nicht erlaubt', 'element names of this kind are not allowed'),
      expected: t(
        `ein erlaubtes HTML-Element oder eine dieser Komponenten: ${COMPONENT_NAMES.join(', ')}`,
        `an allowed HTML element or one of these components: ${COMPONENT_NAMES.join(', ')}`,
      ),
    });
    return;
  }
  if (/^[a-z]/u.test(name)) {
    // Plain HTML in MDX: the allow-list, then the same rules as Markdown.
    const attrs = attributesOf(node, imports.images, out, name);
    out.push(...checkHtmlElement(name, attrs, at));
    const value = (n: string) => attrs.find((a) => a.name.toLowerCase() === n && !a.refused)?.value;
    const src = value('src');
    const href = value('href');
    if (name === 'img' && typeof src === 'string' && judgeUrl(src).ok) {
      const alt = value('alt');
      checkImage(src, typeof alt === 'string' ? alt : '', at, t('<img>', '<img>'), ctx, out);
    }
    if (name === 'a' && typeof href === 'string' && judgeUrl(href).ok)
      checkLink(href, at, t('<a> href', '<a> href'), ctx, out);
    return;
  }
  if (imports.images.has(name)) {
    out.push({
      severity: 'error',
      safety: true,
      line: at,
      field: t(`<${name}>`, `<${name}>`),
      wrong: t(
        `${name} ist ein importiertes Bild, keine Komponente (eine SVG-Datei würde mit ihren Skripten eingebettet)`,
        `${name} is an imported image, not a component (an SVG file would be embedded with its scripts)`,
      ),
      expected: t(`<Figure src={${name}} alt="…" />`, `<Figure src={${name}} alt="…" />`),
    });
    return;
  }
  if (!(COMPONENT_NAMES as string[]).includes(name)) {
    const suggestion = closest(name, COMPONENT_NAMES);
    out.push({
      severity: 'error',
      safety: true,
      line: at,
      field: t(`<${name}>`, `<${name}>`),
      wrong: t('diese Komponente gibt es nicht', 'there is no such component'),
      expected: suggestion
        ? t(
            `meinten Sie <${suggestion}>? Alle: ${COMPONENT_NAMES.join(', ')}`,
            `did you mean <${suggestion}>? All: ${COMPONENT_NAMES.join(', ')}`,
          )
        : t(
            `eine dieser Komponenten: ${COMPONENT_NAMES.join(', ')}`,
            `one of these components: ${COMPONENT_NAMES.join(', ')}`,
          ),
    });
    return;
  }
  const component = name as ComponentName;
  const field = (prop?: string) =>
    t(prop ? `<${component}> ${prop}` : `<${component}>`, prop ? `<${component}> ${prop}` : `<${component}>`);

  const parent = PARENT_OF[component];
  if (parent && !parents.includes(parent)) {
    out.push({
      severity: 'error',
      line: at,
      field: field(),
      wrong: t(`steht nicht in <${parent}>`, `is not inside <${parent}>`),
      expected: t(
        `<${component}> zwischen <${parent}> und </${parent}>`,
        `<${component}> between <${parent}> and </${parent}>`,
      ),
    });
  }
  if (NEEDS_CHILDREN.includes(component) && (node.children ?? []).length === 0) {
    out.push({
      severity: 'error',
      line: at,
      field: field(),
      wrong: t('ist leer', 'is empty'),
      expected: t(
        `Inhalt zwischen <${component}> und </${component}>`,
        `content between <${component}> and </${component}>`,
      ),
    });
  }

  const attrs = attributesOf(node, imports.images, out, component);
  const refused = new Set(attrs.filter((a) => a.refused).map((a) => a.name));
  const props: Record<string, unknown> = Object.fromEntries(
    attrs.filter((a) => !a.refused).map((a) => [a.name, a.value]),
  );
  // An imported image is only a value for a prop that takes one (Figure's src).
  for (const a of attrs) {
    if (a.usesImport && !(component === 'Figure' && a.name === 'src')) {
      out.push({
        severity: 'error',
        safety: true,
        line: at,
        field: field(a.name),
        wrong: t('ein importiertes Bild passt hier nicht', 'an imported image does not fit here'),
        expected: t('Text in Anführungszeichen', 'text in quotes'),
      });
      refused.add(a.name);
      delete props[a.name];
    }
  }
  for (const a of attrs) {
    if (a.refused || typeof a.value !== 'string') continue;
    // Addresses in props: the schemas refuse other schemes; http:// gets the same hint as in the text.
    if (['url', 'href'].includes(a.name) && judgeUrl(a.value).ok && isPlainHttp(a.value))
      out.push(httpWarning(a.value, at, field(a.name)));
  }
  const schema = PROPS[component];
  const result = schema.safeParse(props);
  if (result.success) {
    if (component === 'Figure' && typeof props.alt === 'string') {
      const problem = altProblem(props.alt, '');
      if (problem) out.push({ severity: 'warning', line: at, field: field('alt'), ...problem });
    }
    if (component === 'DownloadLink') checkDownload(props, at, field, ctx, out);
    if (component === 'ContactCard' && typeof props.person === 'string') {
      const people = ctx.targets.plain.people ?? new Map<string, boolean>();
      if (!people.has(props.person)) {
        const suggestion = closest(props.person, [...people.keys()]);
        out.push({
          severity: 'error',
          line: at,
          field: field('person'),
          wrong: t(`${q(props.person).de}: diese Person gibt es nicht`, `${q(props.person).en}: no such person`),
          expected: suggestion
            ? t(
                `die Kennung einer Person in people/ – meinten Sie ${q(suggestion).de}?`,
                `the id of a person in people/ – did you mean ${q(suggestion).en}?`,
              )
            : t(
                'die Kennung einer Person in people/ (Dateiname ohne .yaml)',
                'the id of a person in people/ (file name without .yaml)',
              ),
        });
      }
    }
    return;
  }
  const known = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
  for (const issue of result.error.issues) {
    const prop = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    if (prop !== undefined && refused.has(prop)) continue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (refused.has(key)) continue;
        const suggestion = closest(key, known);
        out.push({
          severity: 'error',
          // An event handler or Astro directive on a component is no mere typo.
          safety: /^on|:/iu.test(key) || undefined,
          line: at,
          field: field(key),
          wrong: t(`<${component}> kennt ${q(key).de} nicht`, `<${component}> has no prop ${q(key).en}`),
          expected: suggestion
            ? t(
                `meinten Sie ${suggestion}? Erlaubt: ${known.join(', ')}`,
                `did you mean ${suggestion}? Allowed: ${known.join(', ')}`,
              )
            : t(`eines von: ${known.join(', ')}`, `one of: ${known.join(', ')}`),
        });
      }
      continue;
    }
    // A missing required prop is "missing"; a wrong one quotes the value.
    const value = prop === undefined ? undefined : props[prop];
    const explained = schemaWrong(issue.message);
    if (explained) {
      out.push({ severity: 'error', line: at, field: field(prop), ...explained });
      continue;
    }
    const expected = issue.message.startsWith('expected ')
      ? schemaExpected(issue.message)
      : t('einen gültigen Wert', 'a valid value');
    const unsafe = typeof value === 'string' && !judgeUrl(value).ok && ['url', 'href'].includes(prop ?? '');
    out.push({
      severity: 'error',
      safety: unsafe || undefined,
      line: at,
      field: field(prop),
      wrong:
        value === undefined
          ? t('fehlt', 'is missing')
          : unsafe
            ? t(
                `${q(value).de}: Adressen mit ${judgeUrlScheme(value)}: sind nicht erlaubt`,
                `${q(value).en}: addresses starting with ${judgeUrlScheme(value)}: are not allowed`,
              )
            : component === 'Figure' && prop === 'src' && typeof value === 'string'
              ? t(
                  `${q(value).de} ist ein Pfad, kein importiertes Bild`,
                  `${q(value).en} is a path, not an imported image`,
                )
              : t(`${q(value).de} passt nicht`, `${q(value).en} is not valid`),
      expected,
    });
  }
}

function judgeUrlScheme(value: string): string {
  const verdict = judgeUrl(value);
  return verdict.ok ? '' : verdict.scheme;
}

/** A download link to a file in public/ must point at a file that exists; other addresses must say their size. */
function checkDownload(
  props: Record<string, unknown>,
  at: number,
  field: (p?: string) => Text,
  ctx: BodyContext,
  out: BodyFinding[],
) {
  const href = String(props.href);
  if (href.startsWith('/')) {
    let file: string | undefined;
    try {
      file = resolve(ctx.publicDir, `.${decodeURI(href.replace(/[?#].*$/u, ''))}`);
    } catch {
      file = undefined;
    }
    if (!fileExists(file) || !file!.startsWith(resolve(ctx.publicDir))) {
      out.push({
        severity: 'error',
        line: at,
        field: field('href'),
        wrong: t(`Datei ${q(href).de} gibt es nicht in public/`, `file ${q(href).en} is not in public/`),
        expected: t(
          'eine Datei unter public/, z. B. public/downloads/bericht.pdf → /downloads/bericht.pdf',
          'a file under public/, e.g. public/downloads/report.pdf → /downloads/report.pdf',
        ),
      });
    }
  } else if (props.size === undefined) {
    out.push({
      severity: 'error',
      line: at,
      field: field('size'),
      wrong: t('fehlt (Datei liegt auf einem anderen Server)', 'is missing (the file is on another server)'),
      expected: t('die Dateigröße, z. B. size="2,4 MB"', 'the file size, e.g. size="2.4 MB"'),
    });
  }
}

/**
 * Checks on the text of an MDX entry, parsed with the same MDX parser the build
 * uses (Sätteri): syntax, heading levels, images and their alt text, internal links,
 * and the MDX components with their props — validated against the components' own
 * schemas, so a wrong prop is reported with file and line before the build starts.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { mdxToMdast } from 'satteri';
import { COMPONENT_NAMES, NEEDS_CHILDREN, PARENT_OF, PROPS, type ComponentName } from '../../components/mdx/props.ts';
import { IMAGE_TYPES } from './schemas.ts';
import { judgeLink, type LinkTargets } from './links.ts';
import { altProblem } from './alt.ts';
import { q, schemaExpected, t, type Text } from './messages.ts';
import { closest } from './similar.ts';

export interface BodyFinding {
  severity: 'error' | 'warning';
  line: number;
  field: Text;
  wrong: Text;
  expected: Text;
}

export interface BodyContext {
  /** Absolute path of the MDX file. */
  absPath: string;
  targets: LinkTargets;
  site: string;
  /** Folder of files served as they are (public/), for download links. */
  publicDir: string;
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
const REMOTE = /^(https?:)?\/\//u;
/** A value we could not work out without running the page (a variable, a function call). */
const UNKNOWN = Symbol('unknown');

export function checkBody(source: string, ctx: BodyContext): BodyFinding[] {
  const out: BodyFinding[] = [];
  let tree: Node;
  try {
    tree = mdxToMdast(source) as unknown as Node;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+): (.*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/u.exec(message);
    const line = m ? Number(m[1]) : 1;
    const what = m ? m[3]! : message;
    out.push({
      severity: 'error',
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

  // Names bound by `import x from './file'` lines, and the file each points to.
  const imports = new Map<string, string>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm' || !node.value) continue;
    for (const m of node.value.matchAll(/import\s+([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]/gu)) {
      const [, name, from] = m as unknown as [string, string, string];
      imports.set(name, from);
      if (from.startsWith('.') && !existsSync(resolve(dirname(ctx.absPath), from))) {
        out.push({
          severity: 'error',
          line: line(node),
          field: t(`import ${name}`, `import ${name}`),
          wrong: t(`Datei ${q(from).de} gibt es nicht`, `file ${q(from).en} does not exist`),
          expected: t(
            'der Pfad einer Datei neben dem Eintrag, z. B. ./bild.jpg',
            'the path of a file next to the entry, e.g. ./image.jpg',
          ),
        });
      }
    }
  }

  // Placeholders `npm run new` left in the text (frontmatter placeholders are reported with their field).
  const lines = source.split('\n');
  const bodyStart = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1 : 0;
  lines.forEach((text, i) => {
    if (i >= bodyStart && /\bTODO\b/u.test(text)) {
      out.push({
        severity: 'warning',
        line: i + 1,
        field: BODY,
        wrong: t('enthält noch den Platzhalter TODO', 'still holds the placeholder TODO'),
        expected: t('den eigenen Text', 'your own text'),
      });
    }
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
        checkLink(node.url ?? '', line(node), ctx, out);
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

function checkImage(url: string, alt: string, at: number, field: Text, ctx: BodyContext, out: BodyFinding[]) {
  if (REMOTE.test(url)) {
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
  } else if (url && !url.startsWith('/') && !existsSync(resolve(dirname(ctx.absPath), decodeURI(url)))) {
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

function checkLink(url: string, at: number, ctx: BodyContext, out: BodyFinding[]) {
  const verdict = judgeLink(url, ctx.targets, ctx.site);
  if (verdict === 'missing') {
    out.push({
      severity: 'warning',
      line: at,
      field: t('Link', 'link'),
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
      field: t('Link', 'link'),
      wrong: t(`${q(url).de} ist noch nicht veröffentlicht`, `${q(url).en} is not published yet`),
      expected: t(
        'ein veröffentlichter Eintrag (sonst führt der Link ins Leere)',
        'a published entry (or the link leads nowhere)',
      ),
    });
  }
}

/** Read the attributes of a JSX element into props; values we cannot know become UNKNOWN. */
function propsOf(
  node: Node,
  imports: Map<string, string>,
  absPath: string,
): { props: Record<string, unknown>; spread: boolean } {
  const props: Record<string, unknown> = {};
  let spread = false;
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxExpressionAttribute' || !a.name) {
      spread = true;
      continue;
    }
    const v = a.value;
    if (v === null || v === undefined) props[a.name] = true;
    else if (typeof v === 'string') props[a.name] = v;
    else props[a.name] = evaluate(v.value.trim(), imports, absPath);
  }
  return { props, spread };
}

/** The value of a literal expression such as {3}, {true} or {['a', 'b']}; imported images become image metadata. */
function evaluate(expression: string, imports: Map<string, string>, absPath: string): unknown {
  const from = imports.get(expression);
  if (from !== undefined) {
    const ext = from.split('.').pop()?.toLowerCase() ?? '';
    const exists = !from.startsWith('.') || existsSync(resolve(dirname(absPath), from));
    // Stands in for what Astro's image pipeline hands over; missing files are reported at the import.
    if ((IMAGE_TYPES as readonly string[]).includes(ext) && exists)
      return { src: from, width: 1, height: 1, format: ext };
    return UNKNOWN;
  }
  try {
    // Only literals: an empty context and a short timeout, since this is the editor's own file.
    return runInNewContext(`(${expression})`, Object.create(null), { timeout: 50 });
  } catch {
    return UNKNOWN;
  }
}

function checkElement(
  node: Node,
  parents: string[],
  imports: Map<string, string>,
  ctx: BodyContext,
  out: BodyFinding[],
) {
  const name = node.name;
  if (!name) return;
  const at = line(node);
  if (/^[a-z]/u.test(name)) {
    // Plain HTML in MDX: the same rules as Markdown.
    const { props } = propsOf(node, imports, ctx.absPath);
    if (name === 'img')
      checkImage(
        String(props.src ?? ''),
        typeof props.alt === 'string' ? props.alt : '',
        at,
        t('<img>', '<img>'),
        ctx,
        out,
      );
    if (name === 'a' && typeof props.href === 'string') checkLink(props.href, at, ctx, out);
    if (name === 'iframe' || name === 'script') {
      out.push({
        severity: 'error',
        line: at,
        field: t(`<${name}>`, `<${name}>`),
        wrong: t('bettet fremde Inhalte oder Skripte ein', 'embeds third-party content or scripts'),
        expected: t(
          'für Videos <Video url="…" title="…" />, sonst ein Link',
          'for videos <Video url="…" title="…" />, otherwise a link',
        ),
      });
    }
    return;
  }
  if (imports.has(name)) return;
  if (!(COMPONENT_NAMES as string[]).includes(name)) {
    const suggestion = closest(name, COMPONENT_NAMES);
    out.push({
      severity: 'error',
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

  const { props, spread } = propsOf(node, imports, ctx.absPath);
  if (spread) return;
  const unknownProps = new Set(Object.keys(props).filter((k) => props[k] === UNKNOWN));
  const schema = PROPS[component];
  const result = schema.safeParse(Object.fromEntries(Object.entries(props).filter(([k]) => !unknownProps.has(k))));
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
    if (prop !== undefined && unknownProps.has(prop)) continue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        out.push({
          severity: 'error',
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
    const expected = issue.message.startsWith('expected ')
      ? schemaExpected(issue.message)
      : t('einen gültigen Wert', 'a valid value');
    out.push({
      severity: 'error',
      line: at,
      field: field(prop),
      wrong:
        value === undefined
          ? t('fehlt', 'is missing')
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
    if (!existsSync(resolve(ctx.publicDir, `.${decodeURI(href.replace(/[?#].*$/u, ''))}`))) {
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

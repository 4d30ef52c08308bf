/**
 * The pieces of the safe MDX subset and of reading files, one by one: addresses judged as browsers read them,
 * the literal parser for values in braces and import lines, the frontmatter cut exactly where Astro cuts it,
 * UTF-8 with the offset of the first bad byte, the kit's props and the schemas' date ranges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './corpus.ts';
import { isSafeUrl, isWebUrl, judgeUrl, normaliseUrl } from '../../src/lib/contentCheck/urls.ts';
import { isOnlyComments, parseImports, parseLiteral, SubsetError } from '../../src/lib/contentCheck/literal.ts';
import { bodyAsBuilt } from '../../src/lib/contentCheck/body.ts';
import { ALLOWED } from '../../src/lib/contentCheck/subset.ts';
import { decodeContent, firstInvalidUtf8 } from '../../src/lib/contentCheck/encoding.ts';
import { PROPS } from '../../src/lib/mdx/props.ts';
import { schemaFor } from '../../src/lib/contentCheck/schemas.ts';

describe('addresses', () => {
  it.each([
    'https://example.org/a?b=1&amp;c=2',
    'http://example.org',
    'mailto:redaktion@example.org',
    'tel:+49561000000',
    '/praxis/digitale-sozialakte/',
    '#abschnitt',
    './bericht.pdf',
    '../bild.jpg',
    '//cdn.example.org/x.png',
    '?seite=2',
    'HTTPS://EXAMPLE.ORG',
  ])('allows %s', (url) => expect(judgeUrl(url).ok).toBe(true));

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java&#x09;script:alert(1)', 'javascript'],
    ['java&#9;script:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['javascript&#58alert(1)', 'javascript'],
    ['j&NewLine;avascript:alert(1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    ['java\u200Bscript:alert(1)', 'javascript'],
    ['java\u00ADscript:alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['DATA:image/svg+xml,<svg onload=alert(1)>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j (%s:)', (url, scheme) => {
    expect(judgeUrl(url)).toEqual({ ok: false, scheme });
    expect(isSafeUrl(url)).toBe(false);
  });

  it('normalises by decoding entities, dropping invisible characters and lower-casing', () => {
    expect(normaliseUrl('Ja&#x09;Va&Tab;Script&colon;X')).toBe('javascript:x');
  });

  it('knows a full web address from a path or another scheme', () => {
    expect(isWebUrl('https://example.org/a')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
    for (const url of [
      '/a',
      'javascript:x',
      'https:/a',
      'https://',
      'mailto:a@b.de',
      ' https://example.org',
      '&#104;ttps://example.org',
    ])
      expect(isWebUrl(url), url).toBe(false);
  });
});

describe('values in braces', () => {
  const names = new Map([['karte', { value: { src: './karte.jpg', width: 1, height: 1, format: 'jpg' } }]]);
  it.each([
    ['3', 3],
    ['-2.5', -2.5],
    ['1e3', 1000],
    ['true', true],
    ['false', false],
    ['null', null],
    ['"a \\"b\\" \\u00e4"', 'a "b" ä'],
    ["'it\\'s'", "it's"],
    ['[1, "a", true, ]', [1, 'a', true]],
    ['{ a: 1, "b": [2, { c: null }] }', { a: 1, b: [2, { c: null }] }],
    ['/* note */ 4 // end', 4],
    ['karte', { src: './karte.jpg', width: 1, height: 1, format: 'jpg' }],
  ])('reads %s', (code, value) => expect(parseLiteral(code, { names }).value).toEqual(value));

  it.each([
    'process.env.SECRET',
    '"a" + "b"',
    '`javascript:${1}`',
    'alert(1)',
    '() => 1',
    'unbekannt',
    'undefined',
    '{ __proto__: { x: 1 } }',
    '{ a }',
    '[...x]',
    '[1,,2]',
    '0x1F',
    '1_000',
    '"\\x41"',
    '"\\u{41}"',
    'new Date()',
    'import("node:fs")',
    '1, 2',
    '!0',
    'karte.src',
    'kärte',
    '',
  ])('refuses %j', (code) => expect(() => parseLiteral(code, { names })).toThrow(SubsetError));

  it('knows a comment from code', () => {
    for (const code of ['/* note */', ' // note\n', '', '/* a */ /* b */'])
      expect(isOnlyComments(code), code).toBe(true);
    for (const code of ['/* a */ x', '/* open', 'kosten', '1']) expect(isOnlyComments(code), code).toBe(false);
  });
});

describe('import lines', () => {
  it('reads default imports ended by a new line or a semicolon', () => {
    const { imports, problems } = parseImports(
      "import a from './a.jpg'\nimport b from \"./b.png\";import c from './c.webp'",
    );
    expect(problems).toEqual([]);
    expect(imports.map((i) => [i.local, i.from])).toEqual([
      ['a', './a.jpg'],
      ['b', './b.png'],
      ['c', './c.webp'],
    ]);
  });

  it.each([
    ['export const x = process.env.SECRET', 'export'],
    ['export default function X() { return 1 }', 'export'],
    ['export const = ;', 'export'],
    ["import { readFileSync } from 'node:fs'", 'import-form'],
    ["import * as fs from 'node:fs'", 'import-form'],
    ["import 'node:fs'", 'import-form'],
    ["import a, { b } from './x.js'", 'import-form'],
    ["import a from './a.json' with { type: 'json' }", 'import-form'],
    ["import a from './a.jpg' import b from './b.jpg'", 'import-form'],
    ['const x = 1', 'code'],
  ])('refuses %j as %s', (code, kind) => {
    const { imports, problems } = parseImports(code);
    expect(problems.map((p) => p.kind)).toEqual([kind]);
    expect(imports).toEqual([]);
  });

  it('reports an export after good imports once, and keeps the imports', () => {
    const { imports, problems } = parseImports("import a from './a.jpg'\nexport const x = {\n  y: process.env.X,\n}\n");
    expect(imports.map((i) => i.local)).toEqual(['a']);
    expect(problems).toEqual([{ kind: 'export', offset: 24 }]);
  });
});

describe('the frontmatter, cut where Astro cuts it', () => {
  it.each([
    ['plain', '---\ntitle: a\n---\n\nText.\n'],
    ['CRLF', '---\r\ntitle: a\r\n---\r\n\r\nText.\r\n'],
    ['BOM', '\uFEFF---\ntitle: a\n---\nText.\n'],
    ['blank lines before', '\n\n---\ntitle: a\n---\nText.\n'],
    ['TOML', '+++\ntitle = "a"\n+++\nText.\n'],
    ['fences of two kinds', '---\ntitle: a\n+++\nText.\n'],
    ['a line starting with --- inside', '---\ntitle: a\n---x: 1\nb: <img>\n---\nText.\n'],
    ['no frontmatter', 'Text.\n'],
    ['no closing fence', '---\ntitle: a\nText.\n'],
  ])('%s', (_name, raw) => {
    expect(bodyAsBuilt(raw).content).toBe(parseFrontmatter(raw, { frontmatter: 'empty-with-spaces' }).content);
  });
});

describe('UTF-8', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it.each([
    ['ASCII', Buffer.from('Jurgen'), -1],
    ['UTF-8 umlaut', Buffer.from('Jürgen'), -1],
    ['an emoji (four bytes)', Buffer.from('a😀b'), -1],
    ['Latin-1 ü', Buffer.from('Jürgen', 'latin1'), 1],
    ['an overlong /', bytes(0x61, 0xc0, 0xaf), 1],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['a lone continuation byte', bytes(0x80), 0],
  ])('%s', (_name, input, offset) => expect(firstInvalidUtf8(input)).toBe(offset));

  it('names the line of the first bad byte, and reads BOM and CRLF', () => {
    expect(decodeContent(Buffer.from('a\nb\nJ\u00fcrgen', 'latin1'))).toEqual({
      ok: false,
      offset: 5,
      byte: 0xfc,
      line: 3,
    });
    const d = decodeContent(Buffer.from('\uFEFF---\r\na: 1\r\n---\r\n'));
    expect(d).toMatchObject({ ok: true, bom: true, crlf: true, text: '---\na: 1\n---\n' });
    expect(d.ok && d.raw.startsWith('\uFEFF---\r\n')).toBe(true);
  });
});

describe('the allow-list of HTML', () => {
  it('holds no element that runs code, embeds or styles, and no attribute that does', () => {
    for (const bad of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'svg',
      'math',
      'meta',
      'link',
      'base',
      'form',
      'input',
      'button',
      'video',
      'audio',
      'source',
      'template',
    ])
      expect(ALLOWED[bad], bad).toBeUndefined();
    for (const attrs of Object.values(ALLOWED))
      for (const a of attrs) expect(a).not.toMatch(/^(on|style$|srcdoc$|srcset$|action$|formaction$|target$|id$)/u);
  });
});

describe('the editors’ guides', () => {
  it.each([
    ['de', 'Erlaubte HTML-Elemente:', 'Erlaubte Attribute:'],
    ['en', 'Allowed HTML elements:', 'Allowed attributes:'],
  ])('%s: list exactly the allowed HTML elements and their attributes', (lang, elementsHead, attributesHead) => {
    const text = readFileSync(join(REPO_ROOT, `docs/editors-guide.${lang}.md`), 'utf8');
    const paragraph = (head: string) => text.slice(text.indexOf(head)).split('\n\n')[0]!;
    const names = (t: string) => [...t.matchAll(/`([\w-]+)`/gu)].map((m) => m[1]!);
    expect(names(paragraph(elementsHead))).toEqual(Object.keys(ALLOWED));
    const attributes = new Set(names(paragraph(attributesHead)));
    const documented = new Set([...Object.values(ALLOWED).flat(), 'title', 'lang', 'dir', 'translate']);
    const elements = new Set(Object.keys(ALLOWED));
    expect([...attributes].filter((a) => !elements.has(a) || documented.has(a)).sort()).toEqual([...documented].sort());
  });
});

describe('the kit’s props', () => {
  const bad = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x'];
  it.each(bad)('refuse %j in every address', (url) => {
    expect(PROPS.Quote.safeParse({ source: 'Anna', url }).success).toBe(false);
    expect(PROPS.ContactCard.safeParse({ name: 'Amt', url }).success).toBe(false);
    expect(PROPS.DownloadLink.safeParse({ href: url, label: 'Bericht', size: '1 MB' }).success).toBe(false);
    expect(PROPS.Video.safeParse({ url, title: 'Film' }).success).toBe(false);
  });

  it('accept web addresses and, for downloads, paths of the site', () => {
    expect(PROPS.Quote.safeParse({ source: 'Anna', url: 'https://example.org/' }).success).toBe(true);
    expect(PROPS.ContactCard.safeParse({ name: 'Amt', url: 'http://example.org/' }).success).toBe(true);
    expect(PROPS.DownloadLink.safeParse({ href: '/downloads/a.pdf', label: 'A' }).success).toBe(true);
    expect(PROPS.DownloadLink.safeParse({ href: '//example.org/a.pdf', label: 'A' }).success).toBe(false);
    expect(PROPS.Quote.safeParse({ source: 'Anna', url: '/praxis/x/' }).success).toBe(false);
  });

  it('refuse text of spaces and a phase that ends before it starts', () => {
    expect(PROPS.InfoBox.safeParse({ title: '   ' }).success).toBe(false);
    expect(PROPS.KeyFigure.safeParse({ value: ' ', label: 'x' }).success).toBe(false);
    expect(PROPS.Phase.safeParse({ name: 'A', start: '2024-06', end: '2024-01' }).success).toBe(false);
    expect(PROPS.Phase.safeParse({ name: 'A', start: '2024-03-15', end: '2024-03' }).success).toBe(true);
    expect(PROPS.Phase.safeParse({ name: 'A', start: '2024-03', end: '2024-03-01' }).success).toBe(true);
  });
});

describe('date ranges in the schemas', () => {
  const issues = (collection: Parameters<typeof schemaFor>[0], data: object) => {
    const r = schemaFor(collection).safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const common = { lang: 'de', publishedAt: '2026-01-10', teaser: 'Ein Teaser, der lang genug ist, um zu gelten.' };
  const practice = {
    ...common,
    title: 'Digitale Akte',
    problem: 'Anträge kamen auf Papier und blieben wochenlang liegen.',
    solution: 'Eine digitale Akte, die alle Stellen gleichzeitig sehen.',
    results: { summary: 'Schneller.' },
    status: 'pilot',
    districts: ['06435'],
    fields: ['soziales'],
    lastChecked: '2026-01-10',
  };

  it('refuse an end before the start, and accept the same day or year', () => {
    expect(issues('practices', { ...practice, startYear: 2023, endYear: 2021 })).toEqual([
      'endYear: 2021 is before startYear 2023',
    ]);
    expect(issues('practices', { ...practice, startYear: 2023, endYear: 2023 })).toEqual([]);
    expect(issues('practices', { ...practice, startYear: 2023, updatedAt: '2025-01-01' })).toEqual([
      'updatedAt: 2025-01-01 is before publishedAt 2026-01-10',
    ]);
    const dialogue = { ...common, title: 'Werkstatt', place: { name: 'Kreishaus' }, format: 'workshop' };
    expect(issues('dialogues', { ...dialogue, date: '2026-03-12', endDate: '2026-03-10' })).toEqual([
      'endDate: 2026-03-10 is before date 2026-03-12',
    ]);
    expect(issues('dialogues', { ...dialogue, date: '2026-03-12', endDate: '2026-03-12' })).toEqual([]);
    const project = { ...common, title: 'Projekt', lead: { institution: 'Uni' } };
    expect(issues('projects', { ...project, phases: [{ name: 'A', start: '2024-06-01', end: '2024-01-31' }] })).toEqual(
      ['phases.0.end: 2024-01-31 is before start 2024-06-01'],
    );
    expect(issues('posts', { ...common, title: 'Beitrag', authors: ['x'], updatedAt: '2026-01-09' })).toEqual([
      'updatedAt: 2026-01-09 is before publishedAt 2026-01-10',
    ]);
  });
});

/**
 * Content that cannot hurt (issue 18, the check's side; issue 11 point 5): a corpus of hostile and broken files
 * (tests/editor/hostileCorpus.ts), one case per file, through the check library, `npm run check` and one
 * production build; content that only looks odd (Windows line endings, a byte order mark, the allowed HTML)
 * through the check and one build that must render it; the real content through the check; and the MDX guard
 * that keeps what the subset forbids from rendering even where the check only warns (the preview).
 *
 * Two builds in all: the hostile corpus (stops in the content check, seconds) and the fine one.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, safetyProblems, type Problem } from '../../src/lib/contentCheck/index.ts';
import { formatProblem } from '../../src/lib/contentCheck/format.ts';
import { listContent } from '../../src/lib/contentCheck/files.ts';
import * as integration from '../../src/integrations/contentCheck.ts';
import { HOSTILE, HOSTILE_SUPPORT, TRICKY_BUT_FINE, type HostileCase } from './hostileCorpus.ts';
import { NODE, REPO_ROOT, writeCorpus } from './corpus.ts';
import { build, type Build } from './build.ts';

const NOW = new Date('2026-11-23T12:00:00+01:00');
const PUBLIC = join(REPO_ROOT, 'public');
const REAL_JPEG = join(REPO_ROOT, 'tests/fixtures/content-publish/posts/de/karte.jpg');

const hostileRoot = writeCorpus(HOSTILE_SUPPORT);
for (const c of HOSTILE) {
  mkdirSync(dirname(join(hostileRoot, c.file)), { recursive: true });
  writeFileSync(join(hostileRoot, c.file), c.content);
}
const fineRoot = writeCorpus(TRICKY_BUT_FINE);
// The fine corpus is built: its image must be a real one.
copyFileSync(REAL_JPEG, join(fineRoot, 'posts/de/karte.jpg'));

afterAll(() => {
  rmSync(hostileRoot, { recursive: true, force: true });
  rmSync(fineRoot, { recursive: true, force: true });
});

const check = (root: string) => checkContent({ root, now: NOW, cwd: root, publicDir: PUBLIC });
const hostile: Problem[] = check(hostileRoot);

/** The problem a case expects, found by file, severity, line and field. */
function find(c: HostileCase, e: HostileCase['expect'][number]): Problem | undefined {
  return hostile.find(
    (p) =>
      p.file === c.file &&
      p.severity === e.severity &&
      p.line === e.line &&
      p.field.en === e.field &&
      (e.wrong === undefined || p.wrong.en.includes(e.wrong)),
  );
}

describe('the check on a hostile corpus', () => {
  it('covers every class the check answers for: issue 18 points 1, 2, 4, 6, 7 and issue 11 point 5', () => {
    expect([...new Set(HOSTILE.map((c) => c.class))].sort()).toEqual(['1', '11.5', '2', '4', '6', '7']);
    console.log(`hostile corpus: ${HOSTILE.length} files, ${HOSTILE.flatMap((c) => c.expect).length} findings`);
  });

  it.each(HOSTILE.map((c) => [`${c.class}: ${c.what}`, c] as const))(
    '%s — named with file, line and element, in English and German',
    (_name, c) => {
      for (const e of c.expect) {
        const p = find(c, e);
        const here = hostile.filter((x) => x.file === c.file).map((x) => `${x.severity} ${formatProblem(x, 'en')}`);
        expect(p, `${c.file}: ${e.severity} at line ${e.line} on ${e.field}\n${here.join('\n')}`).toBeDefined();
        expect(formatProblem(p!, 'de')).toMatch(
          new RegExp(`^${c.file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:${e.line}  \\S`, 'u'),
        );
        expect(p!.wrong.de).not.toBe('');
        expect(p!.expected.de).not.toBe('');
      }
      // No error beyond those the case expects: each message says exactly what is wrong.
      const errors = hostile.filter((p) => p.file === c.file && p.severity === 'error');
      const expected = c.expect.filter((e) => e.severity === 'error').map((e) => find(c, e));
      expect(errors.filter((p) => !expected.includes(p)).map((p) => formatProblem(p, 'en'))).toEqual([]);
    },
  );

  it('no parser or file error ever escapes as an exception: the corpus is checked in one call', () => {
    expect(hostile.length).toBeGreaterThan(HOSTILE.length);
    expect(hostile.filter((p) => /cannot be checked/u.test(p.wrong.en))).toEqual([]);
  });

  it('npm run check exits with 1 and prints each finding with file and line', () => {
    const run = spawnSync(NODE, ['scripts/check.ts', '--root', hostileRoot, '--lang', 'en'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PRAXIS_NOW: '2026-11-23' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    for (const c of HOSTILE) {
      for (const e of c.expect) expect(run.stdout).toContain(`${c.file}:${e.line}  ${e.field}  `);
    }
  });
});

describe('content that only looks odd', () => {
  it('passes the check: Windows line endings, a byte order mark (a warning), allowed HTML, comments, literals', () => {
    const problems = check(fineRoot);
    expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'))).toEqual([]);
    expect(problems.filter((p) => /byte order mark/u.test(p.wrong.en)).map((p) => p.file)).toEqual([
      'people/mit-bom.yaml',
      'posts/de/mit-bom.mdx',
    ]);
  });
});

describe('the real content', () => {
  it('passes the check with 0 errors', () => {
    const problems = checkContent({
      root: join(REPO_ROOT, 'content'),
      now: new Date(),
      cwd: REPO_ROOT,
      publicDir: PUBLIC,
    });
    expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'))).toEqual([]);
  });

  it('holds no template (issue 11: templates live in docs/templates/, so no build warns about them)', () => {
    const names = listContent(join(REPO_ROOT, 'content')).files.map((f) => f.entry);
    expect(names.filter((n) => /(^|\/)(vorlage|template)/iu.test(n))).toEqual([]);
  });

  it('keeps its templates in docs/templates/, where they pass the check when copied into content/', () => {
    const dir = join(REPO_ROOT, 'docs/templates');
    const templates = listContent(dir).files;
    expect(templates.map((f) => `${f.collection}/${f.entry}`)).toContain('dialogues/de/vorlage-praxisdialog.mdx');
    const root = writeCorpus(
      Object.fromEntries(templates.map((f) => [`${f.collection}/${f.entry}`, readFileSync(f.absPath, 'utf8')])),
    );
    try {
      const problems = check(root);
      expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the MDX guard (what the subset forbids never reaches rendering, the preview included)', () => {
  // Through the module object, so that the rest of this file runs on code without the guard (before the fix).
  const guard = integration.mdxGuard?.(hostileRoot, hostileRoot, PUBLIC, 'en') ?? {
    transform: () => {
      throw new Error('there is no MDX guard');
    },
  };
  it('refuses to compile a content MDX file with code or active HTML, naming file, line and element', () => {
    expect(() => guard.transform('', join(hostileRoot, 'posts/de/h2-export-env.mdx'))).toThrow(
      /posts\/de\/h2-export-env\.mdx:9 {2}export const geheim = process\.env\.SECRET {2}export is not allowed/u,
    );
    expect(() =>
      guard.transform('', `${join(hostileRoot, 'posts/de/h1-img-onerror.mdx')}?astroContentCollectionEntry=true`),
    ).toThrow(/h1-img-onerror\.mdx:9 {2}<img> onerror/u);
    expect(() => guard.transform('', join(hostileRoot, 'posts/de/h4-latin1.mdx'))).toThrow(
      /h4-latin1\.mdx:2 {2}\(Datei\)/u,
    );
    expect(() => guard.transform('', join(hostileRoot, 'posts/de/h2-layout.mdx'))).toThrow(
      /h2-layout\.mdx:7 {2}layout/u,
    );
  });

  it('lets other files through: a sound entry, a mistake that is no danger, files outside the content folder', () => {
    expect(guard.transform('', join(hostileRoot, 'posts/de/h7-bom.mdx'))).toBeNull();
    expect(guard.transform('', join(hostileRoot, 'posts/de/h6-update.mdx'))).toBeNull();
    expect(guard.transform('', join(REPO_ROOT, 'src/components/mdx/examples/de/Figure.mdx'))).toBeNull();
  });

  it('remembers the files it found safe between builds, and judges a file again when its bytes change', () => {
    const cache = join(hostileRoot, '.guard-cache.json');
    const sound = join(hostileRoot, 'posts/de/h7-bom.mdx');
    const soundBytes = readFileSync(sound);
    const cached = () =>
      integration.mdxGuard?.(hostileRoot, hostileRoot, PUBLIC, 'en', cache) ?? { transform: guard.transform };
    try {
      const first = cached();
      expect(first.transform('', sound)).toBeNull();
      first.buildEnd?.();
      const stored = JSON.parse(readFileSync(cache, 'utf8')) as { code: string; safe: string[] };
      expect(stored.safe).toHaveLength(1);

      // The same path with dangerous bytes: not in the cache, so judged and refused.
      copyFileSync(join(hostileRoot, 'posts/de/h2-export-env.mdx'), sound);
      expect(() => cached().transform('', sound)).toThrow(/h7-bom\.mdx:9 {2}export const geheim/u);

      // The cache is what decides: a key it holds is let through unparsed (here a forged one) …
      const forged = createHash('sha256').update(sound).update('\0').update(readFileSync(sound)).digest('hex');
      writeFileSync(cache, JSON.stringify({ ...stored, safe: [forged] }));
      expect(cached().transform('', sound)).toBeNull();
      // … but only for the code that wrote it: after a change to the check, every file is judged again.
      writeFileSync(cache, JSON.stringify({ code: 'other code', safe: [forged] }));
      expect(() => cached().transform('', sound)).toThrow(/export const geheim/u);
    } finally {
      writeFileSync(sound, soundBytes);
      rmSync(cache, { force: true });
    }
  });

  it("takes the content check's verdicts: the files it reports safe are exactly those the guard finds safe", () => {
    const reported = new Map<string, Buffer>();
    checkContent({
      root: hostileRoot,
      now: NOW,
      cwd: hostileRoot,
      publicDir: PUBLIC,
      onSafeMdx: (absPath, bytes) => reported.set(absPath, bytes),
    });
    const mdx = listContent(hostileRoot).files.filter((f) => f.kind === 'mdx');
    const judged = mdx.filter((f) => safetyProblems(f.absPath, { cwd: hostileRoot, publicDir: PUBLIC }).length === 0);
    expect([...reported.keys()].sort()).toEqual(judged.map((f) => f.absPath).sort());
    // The corpus has both kinds, so the comparison says something.
    expect(judged.length).toBeGreaterThan(0);
    expect(judged.length).toBeLessThan(mdx.length);
    for (const [absPath, bytes] of reported) expect(bytes.equals(readFileSync(absPath))).toBe(true);

    // The guard lets a file the check found safe through unparsed, by its path and bytes; a refused one, never.
    const key = (absPath: string) =>
      createHash('sha256').update(absPath).update('\0').update(readFileSync(absPath)).digest('hex');
    const sound = join(hostileRoot, 'posts/de/h7-bom.mdx');
    const dangerous = join(hostileRoot, 'posts/de/h2-export-env.mdx');
    const told = integration.mdxGuard?.(
      hostileRoot,
      hostileRoot,
      PUBLIC,
      'en',
      join(hostileRoot, '.none.json'),
      [...reported.keys()].map(key).reduce((set, k) => set.add(k), new Set<string>()),
    );
    expect(reported.has(sound)).toBe(true);
    expect(reported.has(dangerous)).toBe(false);
    expect(told?.transform('', sound)).toBeNull();
    expect(() => told?.transform('', dangerous)).toThrow(/export const geheim/u);
  });
});

describe('the production build', () => {
  let refused: Build;
  let fine: Build;
  beforeAll(async () => {
    refused = await build(hostileRoot, { PRAXIS_CHECK_LANG: 'en', PRAXIS_NOW: '2026-11-23' });
    fine = await build(fineRoot, { PRAXIS_NOW: '2026-11-23' });
  }, 900_000);
  afterAll(() => {
    for (const b of [refused, fine]) if (b) rmSync(b.tmp, { recursive: true, force: true });
  });

  it('stops on the hostile corpus before writing anything, naming every error with file and line', () => {
    expect(refused.code).not.toBe(0);
    expect(existsSync(refused.outDir)).toBe(false);
    for (const c of HOSTILE) {
      for (const e of c.expect.filter((x) => x.severity === 'error')) {
        expect(refused.output).toContain(`${c.file}:${e.line}  ${e.field}  `);
      }
    }
    // The check's own messages, not a stack trace from deep inside a parser.
    expect(refused.output).not.toMatch(/Excessive alias count|ReferenceError|SyntaxError/u);
  });

  it('builds the odd but fine content and renders it: the CRLF entry with its building blocks, a CRLF topic, the BOM entry', () => {
    expect(fine.code, fine.output.slice(-3000)).toBe(0);
    const crlf = readFileSync(join(fine.outDir, 'blog/zeilenenden-crlf/index.html'), 'utf8');
    expect(crlf).toContain('FENSTERBANK');
    expect(crlf).toContain('class="info-box');
    expect(crlf).toContain('Eingerückter Inhalt eines Bausteins.');
    expect(crlf).toContain('<picture');
    expect(crlf).toContain('<summary>Mehr dazu</summary>');
    expect(crlf).toContain('<abbr title="Onlinezugangsgesetz">OZG</abbr>');
    expect(crlf).toContain('href="mailto:redaktion@example.org"');
    expect(crlf).toContain('href="tel:+49561000000"');
    expect(crlf).not.toContain('Eine Notiz für die Redaktion');
    expect(readFileSync(join(fine.outDir, 'themen/zeilenenden/index.html'), 'utf8')).toContain('Zeilenenden');
    const bom = readFileSync(join(fine.outDir, 'blog/mit-bom/index.html'), 'utf8');
    expect(bom).toContain('BOMBASTISCH');
    expect(bom).not.toContain('\uFEFF');
  });
});

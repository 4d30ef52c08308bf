/**
 * Published means published everywhere, and a build is all or nothing — with `npm run build`
 * (scripts/build.ts), the command editors run, on small fixture corpora, into one output folder:
 *
 * 1. tests/fixtures/content-unpublished-refs on 1 June 2026: published entries refer to a draft project, to a
 *    project dated 1 July and to a draft translation. None of them may show up in any output — no link, no
 *    title, no id, not in the search index, feeds, open data, calendar or newsletter data — while the
 *    published project they also refer to does; the content check warns about each such reference.
 *    The same build's outputs are escaped for their formats (feed, CSV, calendar).
 * 2. The same content a month later (another site), killed with SIGKILL halfway through writing its pages.
 * 3. The fixture plus a post that passes the content check but fails while its page is rendered.
 *
 * Builds 2 and 3 must leave the site of build 1 exactly as it was, and — once build 3 has run — no folder of
 * their own beside it; build 3's last words name the content file it failed on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parseFeed } from 'feedsmith';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceFromRow } from '../../src/lib/opendata/practices.ts';
import { filesOf, outputsOf } from '../editor/build.ts';
import { logAstroRun, projectCopy } from '../helpers/astro.ts';
import { REPO_ROOT } from './corpus.ts';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/content-unpublished-refs');
/** Words and ids that appear only in entries that are not public on 1 June 2026 (see the fixture's README). */
const HIDDEN = ['rotkohl', 'spargel', 'pastinake', 'parsnip-draft'];

interface Run {
  code: number | null;
  output: string;
}

/** The environment of an editor's terminal: no Vitest variables (NODE_ENV=test would make a preview build). */
function editorEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('VITEST') && k !== 'NODE_ENV') env[k] = v;
  return {
    ...env,
    NO_COLOR: '1',
    PRAXIS_CHECK_LANG: 'en',
    PRAXIS_OG: '0',
    PRAXIS_PRECOMPRESS: '0',
    PRAXIS_NOW: '2026-06-01',
    ...extra,
  };
}

/**
 * `npm run build`, i.e. scripts/build.ts; `killWhen` is asked on every piece of output and every 100 ms and may
 * return true to SIGKILL it (the wrapper shows no line per page, so the output alone cannot say how far it got).
 */
async function runBuild(env: Record<string, string>, killWhen?: () => boolean): Promise<Run> {
  const started = Date.now();
  try {
    return await spawnBuild(env, killWhen);
  } finally {
    // A killed build's Astro notices its parent is gone within a moment (scripts/lib/exitWithParent.ts).
    if (killWhen) await new Promise((r) => setTimeout(r, 2000));
    await logAstroRun('scripts/build.ts (publish.test)', started);
  }
}

function spawnBuild(env: Record<string, string>, killWhen?: () => boolean): Promise<Run> {
  // In a project of its own, as every test build (tests/helpers/astro.ts says why).
  const project = projectCopy(mkdtempSync(join(tmp, 'project-')));
  const child = spawn(process.execPath, [join(project, 'scripts/build.ts')], {
    cwd: project,
    env: editorEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ask = () => {
    if (killWhen && child.exitCode === null && killWhen()) child.kill('SIGKILL');
  };
  const take = (c: Buffer) => {
    output += c.toString();
    ask();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const timer = setInterval(ask, 100);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      done({ code, output });
    });
  });
}

/** Every file of a folder with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesOf(dir).map((f) => [f, createHash('sha1').update(readFileSync(join(dir, f))).digest('hex')]),
  );
}

/** Processes whose environment names this output folder (Linux): an Astro a killed build left running. */
function processesWritingTo(dir: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/u.test(p))) {
    try {
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (env.some((v) => v.startsWith('PRAXIS_OUT_DIR=') && v.slice('PRAXIS_OUT_DIR='.length).startsWith(dir)))
        found.push(Number(pid));
    } catch {
      // gone, or not ours
    }
  }
  return found;
}

/** What sits beside the output folder besides itself (folders of builds). */
const besideOut = (out: string) => readdirSync(dirname(out)).filter((n) => n.includes(basename(out)) && n !== basename(out));

/** HTML pages a running build has written into its own folders beside the output folder. */
function pagesBeingWritten(out: string): number {
  let pages = 0;
  for (const name of besideOut(out)) {
    try {
      pages += filesOf(join(dirname(out), name)).filter((f) => f.endsWith('.html')).length;
    } catch {
      // the folder went while it was read
    }
  }
  return pages;
}

let tmp: string;
let out: string;
let first: string;
let broken: string;
let built: Run;
let site: Record<string, string>;
let killed: Run & { leftover: string[]; astroRunning: number[]; pagesAtKill: number };
let failed: Run;

beforeAll(async () => {
  // Inside the repository (.cache/ is ignored): see tests/editor/build.ts on Astro's shared prerender folder.
  mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
  tmp = mkdtempSync(join(REPO_ROOT, '.cache', 'publish-test-'));
  out = join(tmp, 'site');
  first = join(tmp, 'first-build');
  const env = { PRAXIS_CONTENT_DIR: FIXTURE, PRAXIS_OUT_DIR: out, PRAXIS_CACHE_DIR: join(tmp, 'cache') };

  built = await runBuild(env);
  site = existsSync(out) ? snapshot(out) : {};
  // A copy to judge build 1 by, whatever builds 2 and 3 do to the output folder.
  if (existsSync(out)) cpSync(out, first, { recursive: true });

  // Killed once it has written a few pages into its own folder. A month later, so that its site would differ.
  let pagesAtKill = 0;
  const run = await runBuild({ ...env, PRAXIS_NOW: '2026-07-01' }, () => (pagesAtKill = pagesBeingWritten(out)) >= 5);
  await new Promise((r) => setTimeout(r, 2000));
  killed = { ...run, leftover: besideOut(out), astroRunning: processesWritingTo(join(tmp, '.site.')), pagesAtKill };

  // The fixture plus a post whose figure is a file named .jpg that is no image: the check does not decode images,
  // the build fails when Astro reads the image. (Since the safe MDX subset, code in MDX cannot fail a build.)
  broken = join(tmp, 'content');
  cpSync(FIXTURE, broken, { recursive: true });
  writeFileSync(
    join(broken, 'posts/de/kaputt.mdx'),
    [
      '---',
      'title: Beitrag mit kaputtem Bild',
      'lang: de',
      'publishedAt: 2026-05-02',
      'teaser: Ein Beitrag, dessen Bild erst beim Bauen als kaputt auffällt, weil die Datei kein Bild ist.',
      'authors: [redaktion]',
      '---',
      '',
      "import bild from './kaputt.jpg';",
      '',
      '<Figure src={bild} alt="Eine Karte des Kreises mit allen Ämtern" caption="Karte" />',
      '',
    ].join('\n'),
  );
  writeFileSync(join(broken, 'posts/de/kaputt.jpg'), 'kein Bild, nur Text\n');
  failed = await runBuild({ ...env, PRAXIS_CONTENT_DIR: broken });
}, 900_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a reference to an unpublished entry (build of 1 June 2026)', () => {
  it('builds', () => {
    expect(built.code, built.output).toBe(0);
  });

  it('shows no title, id or link of an unpublished entry in any output: pages, search index, feeds, newsletter data, open data', () => {
    const found: string[] = [];
    for (const [kind, files] of Object.entries(outputsOf(first))) {
      for (const [file, text] of files) {
        for (const word of HIDDEN) if (text.toLowerCase().includes(word)) found.push(`${kind}: ${file} mentions ${word}`);
      }
    }
    for (const file of filesOf(first)) for (const word of HIDDEN) if (file.includes(word)) found.push(`file ${file}`);
    expect(found).toEqual([]);
  });

  it('links the published project from the practice (the control), and lists only it in the open data', () => {
    const page = readFileSync(join(first, 'praxis/sozialakte/index.html'), 'utf8');
    expect(page).toContain('href="/projekte/kohlrabi-projekt/"');
    expect(page).toContain('Öffentliches Projekt KOHLRABI');
    const [, ...rows] = parseCsv(readFileSync(join(first, 'daten/praxisbeispiele.csv'), 'utf8'), {
      bom: true,
    }) as string[][];
    const records = rows.map(practiceFromRow);
    expect(records.map((r) => [r.id, r.projects, r.translationId])).toEqual([
      ['de/sozialakte', ['de/kohlrabi-projekt'], null],
    ]);
    const json = JSON.parse(readFileSync(join(first, 'daten/praxisbeispiele.json'), 'utf8')) as {
      records: { projects: string[] }[];
    };
    expect(json.records.map((r) => r.projects)).toEqual([['de/kohlrabi-projekt']]);
  });

  it('leaves the project row out of the facts of the dialogue and report pages, whose project is not published', () => {
    for (const page of ['dialoge/werkstatt/index.html', 'berichte/akte-bericht/index.html']) {
      const doc = parseDocument(readFileSync(join(first, page), 'utf8'));
      const facts = DomUtils.findOne((e) => e.name === 'aside' && /\bfacts\b/u.test(e.attribs.class ?? ''), doc.children);
      expect(facts, page).toBeTruthy();
      const terms = DomUtils.findAll((e) => e.name === 'dt', [facts!]).map((e) => DomUtils.textContent(e));
      expect(terms, page).not.toContain('Projekt');
      expect(terms, page).toContain('Kreise'); // the row beside it is there
    }
  });

  it('warns about each reference in npm run check, naming file, line and field; the build sums the warnings up', () => {
    const check = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/check.ts'), '--lang', 'en'], {
      cwd: REPO_ROOT,
      env: editorEnv({ PRAXIS_CONTENT_DIR: FIXTURE }),
      encoding: 'utf8',
    });
    expect(built.output).toMatch(/content warnings of \d+ kinds \(each with its line and fix: npm run check\)/u);
    const warnings = check.stdout.split('\n').filter((l) => /is a draft|is published only on/u.test(l));
    const where = warnings.map((l) => /content-unpublished-refs\/(\S+)\s+(\S+)/u.exec(l)?.slice(1).join(' '));
    expect(where.sort()).toEqual(
      [
        'dialogues/de/werkstatt.mdx:12 project',
        'posts/de/beitrag.mdx:9 projects[1]',
        'practices/de/sozialakte.mdx:4 translation',
        'practices/de/sozialakte.mdx:16 projects[1]',
        'practices/de/sozialakte.mdx:16 projects[2]',
        'reports/akte-bericht.yaml:15 project',
      ].sort(),
    );
  });
});

describe('the outputs of that build, escaped for their formats', () => {
  it('the RSS feed shows the teaser’s <b> as text, not as markup', () => {
    const parsed = parseFeed(readFileSync(join(first, 'feeds/praxis.xml'), 'utf8'));
    if (parsed.format !== 'rss') throw new Error(`not RSS: ${parsed.format}`);
    const description = parsed.feed.items![0]!.description!;
    const doc = parseDocument(description, { decodeEntities: true });
    expect(DomUtils.findAll(() => true, doc.children)).toEqual([]);
    expect(DomUtils.textContent(doc)).toContain('<b>Zeichen</b> & Co.');
  });

  it('the CSV writes the title starting with "-" as text, with a leading apostrophe', () => {
    const csv = readFileSync(join(first, 'daten/praxisbeispiele.csv'), 'utf8');
    const [header, row] = parseCsv(csv, { bom: true }) as string[][];
    expect(row![header!.indexOf('title')]).toBe("'-40 % Papier: die digitale Sozialakte");
    expect(practiceFromRow(row!).title).toBe('-40 % Papier: die digitale Sozialakte');
  });

  it('the calendar gives the place with its semicolon and comma back', () => {
    const ics = readFileSync(join(first, 'daten/dialoge.ics'), 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.location).toBe('Kreishaus; Raum 1, Gelnhausen');
  });
});

describe('a build that is killed or fails leaves the previous site untouched', () => {
  it('the killed build had started writing pages, and stopped (Astro too)', () => {
    expect(killed.code).toBeNull();
    expect(killed.output).not.toContain('The new site is in');
    expect(killed.pagesAtKill, killed.output).toBeGreaterThanOrEqual(5);
    expect(killed.astroRunning).toEqual([]);
  });

  it('the killed build did not touch the site; its unfinished folder stays until the next build', () => {
    expect(killed.leftover.every((n) => /^\.site\.building-\d+$/u.test(n)), killed.leftover.join(', ')).toBe(true);
    expect(snapshot(out)).toEqual(site);
  });

  it('the failing build passed the content check and failed while building', () => {
    expect(failed.code).not.toBe(0);
    expect(failed.output, 'the content check now refuses the fixture: pick another render-time failure').not.toMatch(
      /the site is not built/u,
    );
    expect(failed.output).toMatch(/NoImageMetadata/u);
  });

  it('names the content file it failed on, and says the site is unchanged', () => {
    const end = failed.output.slice(failed.output.lastIndexOf('The build stopped'));
    expect(end).toMatch(/^The build stopped; \S*site\/ is unchanged/u);
    expect(end).toMatch(/content\/posts\/de\/kaputt\.jpg: while building: Could not process image metadata/u);
  });

  it('left the site exactly as the first build wrote it', () => {
    expect(Object.keys(site).length).toBeGreaterThan(20);
    expect(snapshot(out)).toEqual(site);
  });

  it('leaves no folder of its own, nor the killed build’s, beside the site', () => {
    expect(besideOut(out)).toEqual([]);
  });
});

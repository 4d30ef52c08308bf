/**
 * `npm run import`: a spreadsheet of 50 practices, saved as German Excel saves "CSV UTF-8" (semicolons,
 * byte order mark, CR LF, German numbers and dates in some rows), with 5 bad rows, into a copy of
 * content/. The real command writes 45 drafts that pass the real `npm run check` and reports exactly
 * the 5 bad rows; a second run overwrites nothing; cell text never becomes code.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { STATUSES, type StatusKey } from '../../src/config/status.ts';
import { districtFacts } from '../../src/lib/districts.ts';
import { PRACTICE_COLUMNS, practiceRow, type PracticeRecord } from '../../src/lib/opendata/practices.ts';
import { protectCell } from '../../src/lib/opendata/csv.ts';
import { formatRowProblem, importCsv } from '../../src/lib/import/index.ts';
import { slugify } from '../../src/lib/slug.ts';
import { NODE, REPO_ROOT } from '../helpers/astro.ts';
import { contentCopy, seedRecords } from './sheet.ts';

const TODAY = '2026-11-23';
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
function copy(withoutPractices = false): string {
  const root = contentCopy(withoutPractices);
  roots.push(root);
  return root;
}

/** CSV as German Excel writes "CSV UTF-8": byte order mark, `;`, CR LF, cells quoted when they need it. */
function excelCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (v: string) => {
    const c = protectCell(v);
    return /[;"\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

const column = (key: keyof PracticeRecord) => PRACTICE_COLUMNS.findIndex((c) => c.key === key);
const germanDate = (iso: string) => iso.split('-').reverse().join('.');
const germanMoney = (n: number) => new Intl.NumberFormat('de-DE', { useGrouping: true }).format(n);

const records = seedRecords(50);
const rows = records.map((r) => practiceRow(r));
// Good rows written the way people do in a German spreadsheet.
rows.forEach((row, i) => {
  const r = records[i]!;
  if (i % 4 === 1 && r.costsOneOff !== null) row[column('costsOneOff')] = `${germanMoney(r.costsOneOff)} €`;
  if (i % 5 === 2) row[column('lastChecked')] = germanDate(r.lastChecked);
  if (i % 3 === 1) row[column('districts')] = ''; // the name alone, in districtNames
  if (i % 6 === 3) row[column('status')] = STATUSES[r.status as StatusKey].de;
});
// The five bad rows (spreadsheet row = index + 2): one problem each.
rows[4]![column('teaser')] = '';
rows[14]![column('districts')] = '06633';
rows[14]![column('districtNames')] = '';
rows[24]![column('publishedAt')] = '31.04.2025';
rows[34]![column('topics')] = 'beteiligng';
rows[44]![column('title')] = records[2]!.title;
const CSV = excelCsv(
  PRACTICE_COLUMNS.map((c) => c.key),
  rows,
);

const EXPECTED = [
  'praxisbeispiele.csv:6  teaser  is missing  expected: One or two sentences for cards, search results and e-mails (20–400 characters; cards show about 200)',
  'praxisbeispiele.csv:16  districts  Kassel (06633) has no entry in districts/ yet  expected: a district with an entry (Main-Kinzig-Kreis, Rheingau-Taunus-Kreis, Kyffhäuserkreis), or first npm run new -- district --ags 06633',
  'praxisbeispiele.csv:26  publishedAt  "31.04.2025" is not a day of the calendar  expected: a date written as YYYY-MM-DD or DD.MM.YYYY, e.g. 2025-03-01 or 01.03.2025',
  'praxisbeispiele.csv:36  topics  "beteiligng": no such topic  expected: the id or name of an entry in topics/ – did you mean "beteiligung"?',
  `praxisbeispiele.csv:46  title  gives the same file name as row 4: practices/de/${slugify(records[2]!.title)}.mdx  expected: another title, or the row deleted if the entry exists already`,
];

function runImport(root: string, file: string, args: string[] = []) {
  return spawnSync(NODE, [join(REPO_ROOT, 'scripts/import.ts'), file, ...args], {
    cwd: root,
    env: { ...process.env, PRAXIS_CONTENT_DIR: root, PRAXIS_NOW: TODAY, LANG: 'en_GB.UTF-8', LC_ALL: '' },
    encoding: 'utf8',
  });
}

function runCheck(root: string) {
  return spawnSync(NODE, [join(REPO_ROOT, 'scripts/check.ts'), '--lang', 'en'], {
    cwd: root,
    env: { ...process.env, PRAXIS_CONTENT_DIR: root, PRAXIS_NOW: TODAY },
    encoding: 'utf8',
  });
}

const practiceFiles = (root: string) => readdirSync(join(root, 'practices/de')).sort();
const frontmatter = (file: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---/u.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

describe('a 50-row spreadsheet with 5 bad rows', () => {
  const root = copy();
  writeFileSync(join(root, 'praxisbeispiele.csv'), CSV);
  const before = practiceFiles(root);
  const run = runImport(root, 'praxisbeispiele.csv');
  const created = practiceFiles(root).filter((f) => !before.includes(f));

  it('writes 45 drafts and says so, exits with 1', () => {
    expect(run.status, run.stdout).toBe(1);
    expect(created).toHaveLength(45);
    expect(run.stdout).toContain(
      '45 drafts created from 50 rows; 5 rows with errors, nothing was written for them. The drafts created stay',
    );
    expect(run.stdout.match(/^Draft created: practices\/de\/\S+\.mdx {2}\(row \d+\)$/gmu)).toHaveLength(45);
  });

  it('reports exactly the 5 bad rows, each as file:row  column  problem  expected', () => {
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('praxisbeispiele.csv:'));
    expect(lines).toEqual(EXPECTED);
    expect(run.stdout).toContain('Errors (5):');
    expect(run.stderr).toBe('');
  });

  it('the drafts pass the real npm run check', () => {
    const check = runCheck(root);
    expect(check.stdout, check.stdout).toMatch(/^0 errors, \d+ warnings? in \d+ files\.$/mu);
    expect(check.status).toBe(0);
  });

  it('every draft is a draft, with the values of its row read the German way where written so', () => {
    for (const f of created) expect(frontmatter(join(root, 'practices/de', f)).draft, f).toBe(true);
    const at = (i: number) => frontmatter(join(root, 'practices/de', `${slugify(records[i]!.title)}.mdx`));
    const withCosts = records.findIndex((r, i) => i % 4 === 1 && r.costsOneOff !== null && r.costsOneOff >= 1000);
    expect(rows[withCosts]![column('costsOneOff')]).toMatch(/^\d{1,3}(\.\d{3})+ €$/u);
    expect((at(withCosts).costs as { oneOff: number }).oneOff).toBe(records[withCosts]!.costsOneOff);
    expect(String(at(2).lastChecked)).toBe(records[2]!.lastChecked);
    expect(at(1).districts).toEqual([records[1]!.districts[0]]);
    expect(districtFacts(records[1]!.districts[0]!)!.name).toBe(rows[1]![column('districtNames')]!.slice(2, -2));
    expect(at(3).status).toBe(records[3]!.status);
    expect(at(0).funding).toEqual(records[0]!.funding);
    expect((at(0).results as { figures: unknown }).figures).toEqual(records[0]!.resultsFigures);
  });

  it('a second run overwrites nothing: every written row is now a clash, and the files are as they were', () => {
    const texts = created.map((f) => readFileSync(join(root, 'practices/de', f), 'utf8'));
    const again = runImport(root, 'praxisbeispiele.csv');
    expect(again.status).toBe(1);
    expect(practiceFiles(root).filter((f) => !before.includes(f))).toEqual(created);
    expect(created.map((f) => readFileSync(join(root, 'practices/de', f), 'utf8'))).toEqual(texts);
    const clashes = again.stdout.split('\n').filter((l) => /already exists – nothing was overwritten/u.test(l));
    // The 45 written rows, and the row with the repeated title, whose file now exists too.
    expect(clashes).toHaveLength(46);
    const others = again.stdout.split('\n').filter((l) => l.startsWith('praxisbeispiele.csv:') && !clashes.includes(l));
    expect(others).toEqual(EXPECTED.slice(0, 4));
    expect(again.stdout).toContain('0 drafts created from 50 rows; 50 rows with errors');
  });
});

describe('cell text is text', () => {
  const root = copy();
  const hostile = {
    title: '<script>alert(1)</script> {process.exit(1)}',
    teaser: 'Ein Teaser\n---\nlayout: ../../src/layouts/Evil.astro\n# mit YAML darin',
    body: "import fs from 'node:fs'\nexport const x = 1\n\n<Infobox>{fs.readFileSync('/etc/passwd')}</Infobox>\n\n# Überschrift? [Link](javascript:alert(1))",
  };
  const header = [
    'title',
    'lang',
    'teaser',
    'problem',
    'solution',
    'resultsSummary',
    'status',
    'startYear',
    'districts',
    'fields',
    'body',
  ];
  const row = [
    hostile.title,
    'de',
    hostile.teaser,
    'Anträge kamen auf Papier und blieben wochenlang liegen.',
    'Eine digitale Akte, die alle Stellen gleichzeitig sehen.',
    'Schneller.',
    'pilot',
    '2021',
    'Main-Kinzig-Kreis',
    'soziales',
    hostile.body,
  ];
  const result = importCsv({
    root,
    file: 'feindlich.csv',
    bytes: Buffer.from(excelCsv(header, [row])),
    collection: 'practices',
    today: TODAY,
    now: NOW,
    cwd: root,
    publicDir: join(REPO_ROOT, 'public'),
  });

  it('is written, as the strings typed, and the check (with its safe-MDX rules) passes', () => {
    expect(result.problems.map((p) => formatRowProblem(p, 'en'))).toEqual([]);
    expect(result.written).toHaveLength(1);
    const file = join(root, result.written[0]!.file);
    const data = frontmatter(file);
    expect(data.title).toBe(hostile.title);
    expect(data.teaser).toBe(hostile.teaser);
    expect(data).not.toHaveProperty('layout');
    const body = readFileSync(file, 'utf8').split(/\n---\n/u)[1]!;
    expect(body).not.toMatch(/[<>{}]|^import|^export|^#/mu);
    const check = runCheck(root);
    expect(check.stdout).toMatch(/^0 errors/mu);
  });
});

describe('posts and people', () => {
  const root = copy();

  it('imports a post by its author’s name and a topic label, and a district contact as a person', () => {
    writeFileSync(
      join(root, 'beitraege.csv'),
      excelCsv(
        ['title', 'teaser', 'authors', 'topics', 'districts', 'publishedAt', 'body'],
        [
          [
            'Was der Kreis aus dem Pilot gelernt hat',
            'Drei Lehren aus zwei Jahren digitaler Sozialakte im Main-Kinzig-Kreis.',
            'Redaktion Praxisdialog',
            'Sozialverwaltung',
            'Main-Kinzig-Kreis',
            '01.10.2026',
            'Erster Absatz.\n\nZweiter Absatz mit 50 % mehr.',
          ],
        ],
      ),
    );
    writeFileSync(
      join(root, 'kontakte.csv'),
      excelCsv(
        ['name', 'roleDe', 'roleEn', 'affiliation', 'email', 'isTeam'],
        [
          [
            'Stabsstelle Digitalisierung',
            'Ansprechstelle',
            'Contact office',
            'Kreisverwaltung',
            'digital@kreis.example',
            'WAHR',
          ],
        ],
      ),
    );
    const posts = runImport(root, 'beitraege.csv', ['--collection', 'posts', '--lang', 'de']);
    const people = runImport(root, 'kontakte.csv', ['--collection', 'people']);
    expect(posts.status, posts.stdout).toBe(0);
    expect(people.status, people.stdout).toBe(0);
    const post = frontmatter(join(root, 'posts/de/was-der-kreis-aus-dem-pilot-gelernt-hat.mdx'));
    expect([post.authors, post.topics, post.districts, String(post.publishedAt), post.draft]).toEqual([
      ['redaktion'],
      ['sozialverwaltung'],
      ['06435'],
      '2026-10-01',
      true,
    ]);
    const person = parseYaml(readFileSync(join(root, 'people/stabsstelle-digitalisierung.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect([person.role, person.isTeam]).toEqual([{ de: 'Ansprechstelle', en: 'Contact office' }, true]);
    expect(runCheck(root).status).toBe(0);
  });
});

describe('the file as a whole', () => {
  const root = copy();
  const run = (csv: string, lang?: 'de' | 'en') =>
    importCsv({
      root,
      file: 't.csv',
      bytes: Buffer.from(csv),
      collection: 'practices',
      lang,
      today: TODAY,
      now: NOW,
      cwd: root,
    });
  const lines = (r: ReturnType<typeof run>) => r.problems.map((p) => formatRowProblem(p, 'en'));

  it('without a required column, imports nothing and names each missing column once', () => {
    const r = run('title;teasr;status;notiz\r\nEins;Ein Teaser mit genug Zeichen;pilot;privat\r\n');
    expect(r.written).toEqual([]);
    expect(lines(r).map((l) => l.split('  ').slice(0, 3).join('  '))).toEqual([
      't.csv:1  teaser  the column is missing',
      't.csv:1  problem  the column is missing',
      't.csv:1  solution  the column is missing',
      't.csv:1  resultsSummary  the column is missing',
      't.csv:1  startYear  the column is missing',
      't.csv:1  districts  the column is missing',
      't.csv:1  fields  the column is missing',
    ]);
    expect(r.notes.map((p) => formatRowProblem(p, 'en'))).toEqual([
      't.csv:1  teasr  unknown column: it is not read  expected: did you mean teaser?',
      't.csv:1  notiz  unknown column: it is not read  expected: nothing if it holds your own notes; otherwise a column name from the editors’ guide (Importing from a spreadsheet)',
    ]);
  });

  it('refuses a row whose language contradicts --lang', () => {
    const template = readFileSync(join(REPO_ROOT, 'docs/templates/praxisbeispiele.csv'), 'utf8');
    const r = run(template, 'en');
    expect(r.written).toEqual([]);
    expect(lines(r)).toEqual([
      't.csv:2  lang  "de", but --lang en  expected: en or an empty cell',
      't.csv:3  lang  "de", but --lang en  expected: en or an empty cell',
    ]);
  });

  it('imports the guide’s example (docs/templates/praxisbeispiele.csv) without a problem, and the check passes', () => {
    const r = run(readFileSync(join(REPO_ROOT, 'docs/templates/praxisbeispiele.csv'), 'utf8'));
    expect(lines(r)).toEqual([]);
    expect(r.written.map((w) => w.file)).toEqual([
      'practices/de/digitale-wohngeldakte.mdx',
      'practices/de/gemeinsamer-bauhof-kalender.mdx',
    ]);
    const data = frontmatter(join(root, r.written[0]!.file));
    expect([data.districts, data.fields, data.topics, data.costs]).toEqual([
      ['06435'],
      ['soziales', 'verwaltung'],
      ['sozialverwaltung', 'ozg-onlinezugang'],
      { oneOff: 48500, yearly: 6000 },
    ]);
    expect(runCheck(root).status).toBe(0);
  });

  it('reads the example saved by old Excel as Windows-1252 to the same entries, with a note', () => {
    const template = readFileSync(join(REPO_ROOT, 'docs/templates/praxisbeispiele.csv'), 'utf8').replace(
      /^\uFEFF/u,
      '',
    );
    const CP1252: Record<string, number> = { '€': 0x80, '„': 0x84, '–': 0x96, '“': 0x93 };
    const bytes = Uint8Array.from([...template].map((c) => CP1252[c] ?? c.charCodeAt(0)));
    expect(bytes.some((b) => b > 0xff)).toBe(false);
    const [old, utf8] = [copy(), copy()];
    const read = (dir: string, data: Uint8Array) =>
      importCsv({ root: dir, file: 'alt.csv', bytes: data, collection: 'practices', today: TODAY, now: NOW, cwd: dir });
    const r = read(old, bytes);
    const u = read(utf8, Buffer.from(template));
    expect(r.problems).toEqual([]);
    expect(r.notes.map((n) => n.wrong.en)).toEqual([
      'is not saved as UTF-8 and was read as Windows-1252 (as Excel saves "CSV (comma delimited)"); please check the umlauts in the drafts',
    ]);
    expect(u.notes).toEqual([]);
    expect(r.written.map((w) => readFileSync(join(old, w.file), 'utf8'))).toEqual(
      u.written.map((w) => readFileSync(join(utf8, w.file), 'utf8')),
    );
  });
});

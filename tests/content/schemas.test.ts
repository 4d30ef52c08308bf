/**
 * The collection schemas against the real content and against hand-made bad entries.
 *
 * Every bad entry is a real, valid entry with exactly one change, so each test shows that one mistake is caught
 * and what an editor is told: the field path and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { STATUS_KEYS } from '../../src/config/status.ts';
import { parseSource } from '../../src/lib/contentCheck/source.ts';
import type { CollectionName } from '../../src/schemas/common.ts';
import {
  CONTENT_ROOT,
  describeIssue,
  isLoaded,
  isLocalised,
  readCorpus,
  readYaml,
  recordingHelpers,
  schemaOf,
  walk,
  type CorpusFile,
  type Reference,
} from './corpus.ts';

const corpus = readCorpus();
const byCollection = (c: CollectionName) => corpus.filter((f) => f.collection === c);

/** Parse data with a collection's real schema; the recorded references and the issues as [path, message]. */
function check(collection: CollectionName, data: unknown) {
  const { helpers, references } = recordingHelpers();
  const result = schemaOf(collection, helpers).safeParse(data);
  const issues = result.success ? [] : result.error.issues.map((i) => [i.path.map(String).join('.'), i.message]);
  return { result, references, issues };
}

type Data = Record<string, unknown>;

/** The data of a real entry, with one change applied to a copy. */
function changed(file: CorpusFile, change: (data: Data) => void): Data {
  const data = structuredClone(readYaml(file.yaml)) as Data;
  change(data);
  return data;
}

/** A scalar as the YAML reader reads it when written unquoted, e.g. `16065` → number, `2025-13-45` → string. */
const unquoted = (text: string) => readYaml(`v: ${text}`) as { v: unknown };

/** References that point at no file of the corpus. */
function dangling(references: readonly Reference[], files: readonly CorpusFile[] = corpus): string[] {
  const ids = new Set(files.map((f) => `${f.collection}/${f.id}`));
  return references.map((r) => `${r.collection}/${r.id}`).filter((key) => !ids.has(key));
}

describe('the real content', () => {
  it('has entries in every collection the site lists', () => {
    for (const c of ['posts', 'practices', 'districts', 'reports', 'projects', 'people', 'topics'] as const) {
      expect(byCollection(c).length, c).toBeGreaterThan(0);
    }
  });

  it('has no content file that the loaders would silently skip (wrong extension or folder)', () => {
    const skipped = walk(CONTENT_ROOT).filter((rel) => {
      const [collection, ...rest] = rel.split('/');
      const entry = rest.join('/');
      if (!/\.(mdx?|markdown|ya?ml|json)$/u.test(rel) || (entry.split('/').pop() ?? '').startsWith('_')) return false;
      return !corpus.some((f) => f.rel === rel) || !isLoaded(collection as CollectionName, entry);
    });
    expect(skipped).toEqual([]);
  });

  it.each(corpus.map((f) => [f.rel, f] as const))('accepts %s', (_rel, file) => {
    const { result } = check(file.collection, readYaml(file.yaml));
    expect(result.success ? [] : result.error.issues.map(describeIssue)).toEqual([]);
  });

  it('refers only to entries that exist as files', () => {
    const missing = corpus.flatMap((file) => {
      const { references } = check(file.collection, readYaml(file.yaml));
      return dangling(references).map((ref) => `${file.rel} → ${ref}`);
    });
    expect(missing).toEqual([]);
  });

  it('keeps every localised entry in the folder of its language', () => {
    const misplaced = corpus
      .filter((f) => isLocalised(f.collection))
      .filter((f) => (readYaml(f.yaml) as Data).lang !== f.id.split('/')[0])
      .map((f) => f.rel);
    expect(misplaced).toEqual([]);
  });

  it('pairs translations both ways: an entry’s translation is in the other language and names it back', () => {
    const data = new Map(corpus.map((f) => [`${f.collection}/${f.id}`, readYaml(f.yaml) as Data]));
    const broken: string[] = [];
    for (const f of corpus.filter((x) => isLocalised(x.collection))) {
      const own = data.get(`${f.collection}/${f.id}`)!;
      if (typeof own.translation !== 'string') continue;
      const other = data.get(`${f.collection}/${own.translation}`);
      if (!other) broken.push(`${f.rel}: translation ${own.translation} does not exist`);
      else if (other.lang === own.lang) broken.push(`${f.rel}: translation ${own.translation} is in the same language`);
      else if (other.translation !== f.id) broken.push(`${f.rel}: ${own.translation} names ${String(other.translation)}`);
    }
    expect(broken).toEqual([]);
  });

  it('names every district file after the AGS it contains', () => {
    const mismatched = byCollection('districts')
      .filter((f) => (readYaml(f.yaml) as Data).ags !== f.id)
      .map((f) => `${f.rel}: ags ${String((readYaml(f.yaml) as Data).ags)}`);
    expect(mismatched).toEqual([]);
  });
});

describe('bad entries', () => {
  // One real, valid entry per kind; each test below changes exactly one thing.
  const practice = byCollection('practices')[0]!;
  const post = byCollection('posts')[0]!;
  const district = byCollection('districts')[0]!;

  it('starts from entries the schemas accept', () => {
    for (const file of [practice, post, district]) expect(check(file.collection, readYaml(file.yaml)).issues).toEqual([]);
  });

  it('rejects a practice without a problem, naming the field and that a text was expected', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => delete d.problem),
    );
    expect(issues).toEqual([['problem', expect.stringMatching(/expected string, received undefined/u)]]);
  });

  it('rejects publishedAt: 2025-13-45, saying how to write a date', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.publishedAt = unquoted('2025-13-45').v)),
    );
    expect(issues).toEqual([
      ['publishedAt', '2025-13-45 is not a day of the calendar; expected a date written as YYYY-MM-DD, e.g. 2025-03-01'],
    ]);
  });

  it('rejects publishedAt: "soon", saying how to write a date', () => {
    const { issues } = check(
      'posts',
      changed(post, (d) => (d.publishedAt = 'soon')),
    );
    expect(issues).toEqual([['publishedAt', 'expected a date written as YYYY-MM-DD, e.g. 2025-03-01']]);
  });

  it('rejects a malformed lastChecked date with the same message', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.lastChecked = '20.11.2026')),
    );
    expect(issues).toEqual([['lastChecked', 'expected a date written as YYYY-MM-DD, e.g. 2025-03-01']]);
  });

  // How the build reads dates: Astro parses frontmatter and YAML files with js-yaml, whose timestamp type turns
  // every unquoted YYYY-MM-DD into a Date itself — without checking month or day. The `yaml` package's
  // `timestamp` tag does the same (js-yaml gives the same 2026-02-14).
  const asTheBuildReads = (text: string) => (readYaml(`v: ${text}`, { customTags: ['timestamp'] }) as { v: unknown }).v;

  it('notes that the build reads an unquoted 2025-13-45 as a Date, rolled over to 14 February 2026', () => {
    expect(asTheBuildReads('2025-13-45')).toEqual(new Date('2026-02-14T00:00:00Z'));
  });

  // So the schema alone never sees the malformed text. The content check reads the file's text itself, dates as
  // text (src/lib/contentCheck/source.ts), and the schema then rejects the impossible date before the build runs.
  it('rejects publishedAt: 2025-13-45 as the content check reads the file', () => {
    const { data } = parseSource('---\npublishedAt: 2025-13-45\n---\n', 'mdx');
    const written = (data as { publishedAt: unknown }).publishedAt;
    expect(written).toBe('2025-13-45');
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.publishedAt = written)),
    );
    expect(issues).toEqual([
      ['publishedAt', '2025-13-45 is not a day of the calendar; expected a date written as YYYY-MM-DD, e.g. 2025-03-01'],
    ]);
  });

  // `date` once was z.coerce.date(), i.e. `new Date(value)`, which accepted an empty field
  // (null → 1 January 1970), a bare number and "2025-02-30" (→ 2 March).
  it('rejects an empty publishedAt instead of dating the entry 1 January 1970', () => {
    const { issues } = check(
      'posts',
      changed(post, (d) => (d.publishedAt = unquoted('').v)),
    );
    expect(issues).toEqual([['publishedAt', expect.stringMatching(/expected a date/u)]]);
  });

  it('rejects publishedAt: "2025-02-30" instead of rolling over to 2 March', () => {
    const { issues } = check(
      'posts',
      changed(post, (d) => (d.publishedAt = '2025-02-30')),
    );
    expect(issues).toEqual([['publishedAt', expect.stringMatching(/expected a date/u)]]);
  });

  it('rejects status: running, listing the allowed values', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.status = 'running')),
    );
    expect(issues).toHaveLength(1);
    const [path, message] = issues[0]!;
    expect(path).toBe('status');
    expect(message).toMatch(/^expected one of: /u);
    for (const key of STATUS_KEYS) expect(message).toContain(key);
  });

  it('rejects a field of action that does not exist, naming its position in the list', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.fields = ['verwaltung', 'verkehr'])),
    );
    expect(issues).toEqual([['fields.1', expect.stringMatching(/^expected one of: .*verwaltung/u)]]);
  });

  it('rejects a district with an AGS that does not exist, naming the key', () => {
    const { issues } = check(
      'districts',
      changed(district, (d) => (d.ags = '99999')),
    );
    expect(issues).toEqual([['ags', 'no district with the official key 99999 exists (see landkreise-deutschland)']]);
  });

  it('rejects an AGS written without quotes, asking for quotes', () => {
    for (const written of ['16065', '06435']) {
      const { issues } = check(
        'districts',
        changed(district, (d) => (d.ags = unquoted(written).v)),
      );
      expect(issues, written).toEqual([['ags', 'expected the five-digit official key (AGS) in quotes, e.g. "06435"']]);
    }
  });

  it('rejects an AGS of four digits, asking for five', () => {
    const { issues } = check(
      'districts',
      changed(district, (d) => (d.ags = '6435')),
    );
    expect(issues).toEqual([['ags', 'expected five digits, e.g. "06435"']]);
  });

  it('rejects a teaser that is too short, saying how long it must be', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.teaser = 'Kurz gesagt.')),
    );
    expect(issues).toEqual([['teaser', 'expected a teaser of at least 20 characters']]);
  });

  it('rejects a hero image without alternative text, naming heroImage.alt', () => {
    const { issues } = check(
      'posts',
      changed(post, (d) => (d.heroImage = { src: './bild.jpg' })),
    );
    expect(issues).toEqual([['heroImage.alt', 'expected alternative text that says what the image shows']]);
  });

  it('accepts the same hero image with alternative text', () => {
    const { issues } = check(
      'posts',
      changed(post, (d) => (d.heroImage = { src: './bild.jpg', alt: 'Rathaus von Sondershausen' })),
    );
    expect(issues).toEqual([]);
  });

  it('rejects a source address without https://, naming the source’s position', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => {
        const sources = d.sources as Data[];
        sources[0] = { ...sources[0], url: 'www.uni-kassel.de/bericht.pdf' };
      }),
    );
    expect(issues).toEqual([['sources.0.url', 'expected a full web address starting with https://']]);
  });

  // URL fields accept http(s) only: every one of them ends up in an href.
  it('rejects a javascript: address in a link', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.links = [{ label: 'Bericht', url: 'javascript:alert(1)' }])),
    );
    expect(issues).toEqual([['links.0.url', 'expected a full web address starting with https://']]);
  });

  it('rejects a post without authors', () => {
    const { issues } = check(
      'posts',
      changed(post, (d) => (d.authors = [])),
    );
    expect(issues).toEqual([['authors', 'expected at least one author']]);
  });

  it('rejects a practice without districts', () => {
    const { issues } = check(
      'practices',
      changed(practice, (d) => (d.districts = [])),
    );
    expect(issues).toEqual([['districts', 'expected at least one district (AGS)']]);
  });

  it('accepts a reference to a topic without a file (as Astro does) but the existence check names it', () => {
    const { issues, references } = check(
      'practices',
      changed(practice, (d) => (d.topics = [...(d.topics as string[]), 'gibt-es-nicht'])),
    );
    expect(issues).toEqual([]);
    expect(dangling(references)).toEqual(['topics/gibt-es-nicht']);
  });

  it('finds a district reference written without quotes dangling: 06439 is read as the number 6439', () => {
    const { issues, references } = check(
      'practices',
      changed(practice, (d) => (d.districts = [unquoted('06439').v])),
    );
    // Astro's reference() takes the number and turns it into the id "6439", which names no district.
    expect(issues).toEqual([]);
    expect(dangling(references)).toEqual(['districts/6439']);
  });
});

/**
 * Turning an accepted submission into a draft practice entry: content/practices/<lang>/<slug>.mdx
 * with `draft: true`, the submitter's text in the template's fields, the district as its AGS and
 * the submission (date, consent version) as its source. Frontmatter values are written by the
 * `yaml` library, so any text is a YAML string; the free text of "further details" goes into the
 * body through escapeMdxText. An existing file is never overwritten: the name gets -2, -3, ….
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { districtFacts } from '../districts.ts';
import { isoDate } from '../i18n.ts';
import { slugify } from '../slug.ts';
import { st } from './fields.ts';
import { escapeMdxText } from './mdx.ts';
import type { Submission } from './store.ts';

export class DraftError extends Error {}

/** A teaser for cards from the starting problem: about 200 characters, cut at a word. */
export function teaserOf(problem: string): string {
  const flat = problem.replace(/\s+/gu, ' ').trim();
  if (flat.length <= 200) return flat;
  const cut = flat.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${(space > 120 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')} …`;
}

/** Is there a district entry for this AGS in the content folder? A practice may only refer to one that exists. */
export function hasDistrictEntry(contentRoot: string, ags: string): boolean {
  try {
    return readdirSync(join(contentRoot, 'districts')).some((f) => f === `${ags}.yaml` || f.startsWith(`${ags}-`));
  } catch {
    return false;
  }
}

export function draftSource(s: Submission): string {
  const d = s.data;
  if (!d) throw new DraftError(`submission ${s.id} has been purged: its text is gone`);
  const today = isoDate(new Date());
  const frontmatter: Record<string, unknown> = {
    title: d.title,
    lang: s.lang,
    draft: true,
    publishedAt: today,
    teaser: teaserOf(d.problem),
    problem: d.problem,
    solution: d.solution,
    results: { summary: d.results, figures: [] },
    status: d.status,
    ...(d.afterFunding ? { afterFunding: d.afterFunding } : {}),
    startYear: d.startYear,
    ...(d.costs ? { costs: { note: d.costs } } : {}),
    ...(d.municipality ? { municipalities: [d.municipality] } : {}),
    districts: [d.district],
    fields: [d.field],
    contact: { name: d.contactName, ...(d.contactOrganisation ? { organisation: d.contactOrganisation } : {}) },
    ...(d.licence || d.sourceUrl
      ? {
          software: {
            ...(d.licence ? { licence: d.licence } : {}),
            ...(d.sourceUrl ? { sourceUrl: d.sourceUrl } : {}),
          },
        }
      : {}),
    ...(d.lessons ? { lessons: d.lessons } : {}),
    lastChecked: today,
    links: d.links.map((url) => ({ label: url, url })),
    sources: [
      {
        title:
          s.lang === 'de'
            ? `Einreichung Nr. ${s.id} über das Formular, eingereicht am ${s.submittedAt.slice(0, 10)}, bestätigt am ${(s.confirmedAt ?? '').slice(0, 10)}, Einwilligung in der Fassung vom ${s.consentVersion}`
            : `Submission no. ${s.id} through the form, submitted on ${s.submittedAt.slice(0, 10)}, confirmed on ${(s.confirmedAt ?? '').slice(0, 10)}, consent text of ${s.consentVersion}`,
      },
    ],
  };
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  const body = d.details ? `## ${st(s.lang).fields.details.label}\n\n${escapeMdxText(d.details)}\n` : '';
  return `---\n${yaml}---\n${body ? `\n${body}` : ''}`;
}

/** Write the draft; returns its path. Refuses a district without an entry (the check would refuse the file). */
export function writeDraft(contentRoot: string, s: Submission): string {
  const d = s.data;
  if (!d) throw new DraftError(`submission ${s.id} has been purged: its text is gone`);
  const facts = districtFacts(d.district);
  if (!hasDistrictEntry(contentRoot, d.district)) {
    throw new DraftError(
      `${facts?.name ?? d.district} (${d.district}) has no entry in ${join(contentRoot, 'districts')} yet; ` +
        `add it first (npm run new -- districts, with its coordinates), then accept again`,
    );
  }
  const source = draftSource(s);
  const dir = join(contentRoot, 'practices', s.lang);
  mkdirSync(dir, { recursive: true });
  const base = slugify(d.title).slice(0, 80).replace(/-+$/u, '') || `einreichung-${s.id}`;
  for (let n = 1; n < 1000; n += 1) {
    const file = join(dir, `${n === 1 ? base : `${base}-${n}`}.mdx`);
    try {
      // 'wx': fails if the file exists, so an entry is never overwritten, not even by a race.
      writeFileSync(file, source, { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new DraftError(`no free file name for ${base}.mdx in ${dir}`);
}

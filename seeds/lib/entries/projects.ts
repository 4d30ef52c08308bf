/** Research and transfer projects with phases; practices, posts, dialogues and reports refer to them. */
import { slugify } from '../../../src/lib/slug.ts';
import type { Rng } from '../random.ts';
import {
  FUNDING,
  PARTNERS,
  PRACTICE_FUNDING,
  PROJECT_LINK_LABELS,
  PROJECT_NAMES,
  PROJECT_PHASES,
  PROJECT_ROLES,
  PROJECT_SUBJECTS,
} from '../phrases/names.ts';
import { COMMENTARY } from '../phrases/generic.ts';
import type { Bi, Lang } from '../phrases/types.ts';
import { fill, fitTeaser, isoDate, joinList, longDate, yearOf, yearSpan } from '../text.ts';
import { mdxBody, mdxFile } from '../serialize.ts';
import { stateForms, stateSlots, type StateForms, type SeedDistrict, type SeedPerson } from '../world.ts';
import {
  FIRST_DAY,
  languageSplit,
  planSchedules,
  publishingFields,
  type Context,
  type GeneratedFile,
  type ProjectRef,
  type Schedule,
  SlugRegistry,
  withFreshTitle,
} from '../context.ts';

const KINDS = ['research', 'transfer', 'model-project', 'network'] as const;

interface Phase {
  index: number;
  start: number;
  end: number;
  districts: SeedDistrict[];
  partner?: string;
}

interface ProjectPlan {
  schedule: Schedule;
  name: string;
  subject: (typeof PROJECT_SUBJECTS)[number];
  state: StateForms;
  kind: (typeof KINDS)[number];
  leadInstitution: string;
  leadPerson?: SeedPerson;
  funding: (typeof FUNDING)[number][];
  partners: (typeof PARTNERS)[number][];
  people: { person: SeedPerson; role: Bi }[];
  phases: Phase[];
  districts: SeedDistrict[];
  topics: string[];
  links: Bi[];
  commentary: Bi;
  topicSentences: Bi[];
}

function plan(ctx: Context, rng: Rng, schedule: Schedule): ProjectPlan {
  const anchor = rng.pick(ctx.districts);
  const sameState = ctx.districts.filter((d) => d.facts.state === anchor.facts.state);
  const pool = sameState.length >= 2 ? sameState : ctx.districts;
  const districts = rng.sample(pool, rng.int(2, Math.min(6, pool.length))).sort((a, b) => a.ags.localeCompare(b.ags));
  const subject = rng.pick(PROJECT_SUBJECTS);
  const researchers = ctx.people.filter((p) => p.kind === 'research');
  const others = ctx.people.filter((p) => p.kind !== 'team');
  const kind = rng.pick(KINDS);
  // Research projects are led by a university; the others by the administration of one of their districts.
  const localStaff = others.filter((p) => p.district && districts.some((d) => d.ags === p.district!.ags));
  const leadDistrict = districts[0]!;
  const leadPerson =
    kind === 'research' && researchers.length > 0
      ? rng.pick(researchers)
      : localStaff.length > 0
        ? rng.pick(localStaff)
        : undefined;
  const leadInstitution =
    leadPerson?.affiliation ??
    `${leadDistrict.facts.isCity ? 'Stadtverwaltung' : 'Kreisverwaltung'} ${leadDistrict.name}`;
  const start = Math.max(FIRST_DAY - 365, schedule.publishedAt - rng.int(30, 700));
  const phaseCount = rng.int(2, PROJECT_PHASES.length);
  const phases: Phase[] = [];
  let day = start;
  for (let i = 0; i < phaseCount; i++) {
    const end = day + rng.int(120, 500);
    phases.push({
      index: i,
      start: day,
      end,
      districts: rng.sample(districts, rng.int(1, districts.length)).sort((a, b) => a.ags.localeCompare(b.ags)),
      ...(rng.chance(0.5) ? { partner: rng.pick(PARTNERS).name } : {}),
    });
    day = end + 1;
  }
  const topics = new Set(subject.topics);
  if (rng.chance(0.5)) topics.add(rng.pick(ctx.topics).key);
  const topicSentences = subject.topics.flatMap((key) => {
    const topic = ctx.topics.find((t) => t.key === key);
    return topic ? rng.sample(topic.sentences, 1) : [];
  });
  return {
    schedule,
    name: rng.pick(PROJECT_NAMES),
    subject,
    state: stateForms(anchor.facts.state),
    kind,
    leadInstitution,
    ...(leadPerson ? { leadPerson } : {}),
    funding: rng.sample(kind === 'research' ? FUNDING : PRACTICE_FUNDING, rng.int(1, 2)),
    partners: rng.sample(PARTNERS, rng.int(1, 3)),
    people: rng.sample(others, rng.int(1, 3)).map((person) => ({ person, role: rng.pick(PROJECT_ROLES) })),
    phases,
    districts,
    topics: [...topics],
    links: rng.sample(PROJECT_LINK_LABELS, rng.int(1, 2)),
    commentary: rng.pick(COMMENTARY),
    topicSentences,
  };
}

function titleOf(p: ProjectPlan, lang: Lang): string {
  return `${p.name}: ${fill(p.subject.title[lang], stateSlots(p.state, lang))}`;
}

function teaserOf(p: ProjectPlan, lang: Lang): string {
  const names = joinList(
    p.districts.map((d) => d.short[lang]),
    lang,
  );
  const from = yearOf(p.phases[0]!.start);
  const to = yearOf(p.phases[p.phases.length - 1]!.end);
  const n = p.districts.length;
  return fitTeaser(
    lang === 'de'
      ? [
          `${p.name} bringt ${n} Kreise und Städte zusammen – ${names} – und begleitet sie von ${from} bis ${to}.`,
          `${p.name} begleitet ${n} Kreise und Städte von ${from} bis ${to}.`,
        ]
      : [
          `${p.name} brings together ${n} districts and cities – ${names} – and supports them from ${from} to ${to}.`,
          `${p.name} supports ${n} districts and cities from ${from} to ${to}.`,
        ],
  );
}

function render(
  p: ProjectPlan,
  ctx: Context,
  lang: Lang,
  title: string,
  slug: string,
  translation: string | undefined,
): string {
  const de = lang === 'de';
  const site = slugify(p.name) || 'projekt';
  const slots = stateSlots(p.state, lang);
  const last = p.phases[p.phases.length - 1]!;
  const frontmatter: Record<string, unknown> = {
    ...publishingFields(lang, title, translation, p.schedule),
    shortTitle: p.name,
    teaser: teaserOf(p, lang),
    kind: p.kind,
    lead: { institution: p.leadInstitution, ...(p.leadPerson ? { person: p.leadPerson.id } : {}) },
    funding: p.funding.map((f) => ({ funder: f.funder, programme: f.programme })),
    partners: p.partners.map((partner) => ({
      name: partner.name,
      role: partner.role[lang],
      url: `https://www.${slugify(partner.name)}.example`,
    })),
    people: p.people.map(({ person, role }) => ({ person: person.id, role: role[lang] })),
    phases: p.phases.map((phase) => {
      const spec = PROJECT_PHASES[phase.index]!;
      return {
        name: spec.name[lang],
        start: isoDate(phase.start),
        end: isoDate(phase.end),
        districts: phase.districts.map((d) => d.ags),
        ...(phase.partner ? { partner: phase.partner } : {}),
        description: spec.description[lang],
      };
    }),
    districts: p.districts.map((d) => d.ags),
    topics: p.topics,
    links: p.links.map((label) => {
      const index = PROJECT_LINK_LABELS.indexOf(label);
      return {
        label: label[lang],
        url: `https://www.${site}.example/${index === 0 ? '' : `dokumente/${slug}-${index}`}`,
      };
    }),
  };
  const phaseList = p.phases
    .map((phase) => {
      const spec = PROJECT_PHASES[phase.index]!;
      return `- **${spec.name[lang]}** (${yearSpan(yearOf(phase.start), yearOf(phase.end))}): ${spec.description[lang]}`;
    })
    .join('\n');
  const running = last.end >= ctx.today;
  const body = mdxBody(
    fill(p.subject.title[lang], slots) +
      (de ? ' – darum geht es in diesem Projekt.' : ' – that is what this project is about.'),
    [
      {
        heading: de ? 'Worum es geht' : 'What it is about',
        paragraphs: [p.topicSentences.map((s) => fill(s[lang], slots)).join(' '), p.commentary[lang]],
      },
      {
        heading: de ? 'Vorgehen' : 'Approach',
        paragraphs: [de ? 'Das Projekt ist in Phasen gegliedert:' : 'The project is organised in phases:', phaseList],
      },
      {
        heading: de ? 'Beteiligte' : 'Who takes part',
        paragraphs: [
          de
            ? `Federführung: ${p.leadInstitution}. Beteiligt sind ${joinList(
                p.districts.map((d) => d.short.de),
                'de',
              )} sowie ${joinList(
                p.partners.map((x) => x.name),
                'de',
              )}.`
            : `The project is led by ${p.leadInstitution}. Taking part are ${joinList(
                p.districts.map((d) => d.short.en),
                'en',
              )} as well as ${joinList(
                p.partners.map((x) => x.name),
                'en',
              )}.`,
        ],
      },
      {
        heading: de ? 'Stand' : 'Status',
        paragraphs: [
          running
            ? de
              ? `Das Projekt läuft bis zum ${longDate(last.end, 'de')}.`
              : `The project runs until ${longDate(last.end, 'en')}.`
            : de
              ? `Das Projekt endete am ${longDate(last.end, 'de')}; die Ergebnisse stehen anderen Kreisen offen.`
              : `The project ended on ${longDate(last.end, 'en')}; its results are open to other districts.`,
        ],
      },
    ],
  );
  return mdxFile(frontmatter, body);
}

export function generateProjects(
  ctx: Context,
  rng: Rng,
  count: number,
  slugs: SlugRegistry,
): { files: GeneratedFile[]; refs: ProjectRef[] } {
  const { de, en } = languageSplit(count);
  const schedules = planSchedules(rng, ctx.today, de, en, { minDrafts: 0, minFuture: 0 });
  const titles = new Set<string>();
  const files: GeneratedFile[] = [];
  const refs: ProjectRef[] = [];
  for (const schedule of schedules) {
    const p = withFreshTitle(
      titles,
      plan(ctx, rng, schedule),
      (prev) => ({ ...prev, name: rng.pick(PROJECT_NAMES) }),
      (x) => titleOf(x, 'de'),
    );
    const titleDe = titleOf(p, 'de');
    const slugDe = slugs.take('projects/de', titleDe);
    let slugEn: string | undefined;
    if (schedule.translated) {
      const titleEn = titleOf(p, 'en');
      slugEn = slugs.take('projects/en', titleEn);
      files.push({ path: `projects/en/${slugEn}.mdx`, content: render(p, ctx, 'en', titleEn, slugEn, `de/${slugDe}`) });
    }
    files.push({
      path: `projects/de/${slugDe}.mdx`,
      content: render(p, ctx, 'de', titleDe, slugDe, slugEn ? `en/${slugEn}` : undefined),
    });
    refs.push({
      de: `de/${slugDe}`,
      ...(slugEn ? { en: `en/${slugEn}` } : {}),
      shortTitle: p.name,
      title: { de: titleDe, en: titleOf(p, 'en') },
      districts: p.districts,
      topics: p.topics,
      lead: p.leadInstitution,
    });
  }
  return { files, refs };
}

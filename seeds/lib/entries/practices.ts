/** Good-practice entries: every template field filled in for most of them. */
import type { StatusKey } from '../../../src/config/status.ts';
import type { FieldKey } from '../../../src/config/fields.ts';
import { slugify } from '../../../src/lib/slug.ts';
import type { Rng } from '../random.ts';
import { THEMES, type FigureSpec, type Theme } from '../phrases/themes.ts';
import { LICENCES, PARTNERS, PRACTICE_FUNDING, partnersFor } from '../phrases/names.ts';
import { AFTER_FUNDING, CONTEXT_RURAL, CONTEXT_URBAN, TIMELINE, TRANSFER } from '../phrases/generic.ts';
import type { Bi, Lang } from '../phrases/types.ts';
import { capitalise, fill, fitTeaser, formatEuro, formatInt, formatPercent, isoDate, yearOf } from '../text.ts';
import { mdxBody, mdxFile } from '../serialize.ts';
import { actorForms, stateForms, stateSlots, type SeedDistrict } from '../world.ts';
import {
  languageSplit,
  planSchedules,
  projectId,
  publishingFields,
  type Context,
  type GeneratedFile,
  type ProjectRef,
  type Schedule,
  SlugRegistry,
  withFreshTitle,
} from '../context.ts';

interface Figure {
  spec: FigureSpec;
  value: number;
}

interface PracticePlan {
  schedule: Schedule;
  theme: Theme;
  title: Bi;
  districts: SeedDistrict[];
  municipalities: string[];
  partners: (typeof PARTNERS)[number][];
  status: StatusKey;
  startYear: number;
  endYear?: number;
  months: number;
  figures: Figure[];
  problem: Bi[];
  solution: Bi[];
  results: Bi[];
  lessons: Bi[];
  context: Bi;
  timeline: Bi;
  transfer: Bi[];
  afterFunding?: Bi;
  costs?: { oneOff?: number; yearly?: number };
  funding: { programme: string; funder: string; amount?: number }[];
  fields: FieldKey[];
  topics: string[];
  project?: ProjectRef;
  contact: { person: string } | { inline: SeedDistrict };
  software?: { licence: string; withSource: boolean };
  lastChecked: number;
  /** All optional template fields filled in. */
  full: boolean;
  featured: boolean;
  withSource: boolean;
}

const NO_RESULTS_YET: Bi = {
  de: 'Das Vorhaben steht am Anfang; Ergebnisse und Kennzahlen liegen noch nicht vor.',
  en: 'The project is at an early stage; there are no results or figures yet.',
};

const STATUS_WEIGHTS: readonly [StatusKey, number][] = [
  ['idea', 0.05],
  ['pilot', 0.3],
  ['operation', 0.45],
  ['ended', 0.2],
];

function pickStatus(rng: Rng): StatusKey {
  let r = rng.float();
  for (const [key, weight] of STATUS_WEIGHTS) {
    if (r < weight) return key;
    r -= weight;
  }
  return 'operation';
}

/** A key figure, rounded the way reports round them. */
function figureValue(spec: FigureSpec, rng: Rng): number {
  const raw = rng.int(spec.min, spec.max);
  if (raw >= 10_000) return Math.round(raw / 100) * 100;
  if (raw >= 1_000) return Math.round(raw / 10) * 10;
  return raw;
}

function figureText(f: Figure, lang: Lang, signed: boolean): string {
  if (f.spec.kind === 'down') return formatPercent(signed ? -f.value : f.value, lang, signed);
  if (f.spec.kind === 'share') return formatPercent(f.value, lang, false);
  const unit = f.spec.unit ? ` ${f.spec.unit[lang]}` : '';
  return `${formatInt(f.value, lang)}${unit}`;
}

/** Keep the order of a phrase list while taking `count` of them. */
function inOrder<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const keep = new Set(rng.sample([...items.keys()], count));
  return items.filter((_, i) => keep.has(i));
}

function sameStateDistricts(
  rng: Rng,
  all: readonly SeedDistrict[],
  first: SeedDistrict,
  extra: number,
): SeedDistrict[] {
  const neighbours = all.filter((d) => d.ags !== first.ags && d.facts.state === first.facts.state);
  const pool = neighbours.length >= extra ? neighbours : all.filter((d) => d.ags !== first.ags);
  return [first, ...rng.sample(pool, extra)];
}

/** The main partner fits the theme where a specialised one exists; the others are general service providers. */
function choosePartners(rng: Rng, themeKey: string, count: number): (typeof PARTNERS)[number][] {
  const { specific, general } = partnersFor(themeKey);
  const main = specific.length > 0 && rng.chance(0.8) ? rng.pick(specific) : rng.pick(general);
  return [
    main,
    ...rng.sample(
      general.filter((p) => p !== main),
      count - 1,
    ),
  ];
}

function plan(ctx: Context, rng: Rng, schedule: Schedule): PracticePlan {
  const first = rng.pick(ctx.districts);
  // Village themes (on-demand buses, village apps …) only for districts, not for cities.
  const theme = rng.pick(first.facts.isCity ? THEMES.filter((t) => !t.rural) : THEMES);
  const interMunicipal = ctx.districts.length > 1 && rng.chance(0.15);
  const districts = interMunicipal ? sameStateDistricts(rng, ctx.districts, first, rng.int(1, 2)) : [first];
  const todayYear = yearOf(ctx.today);
  const status = pickStatus(rng);
  const startYear = status === 'idea' ? todayYear : rng.int(2016, todayYear - 1);
  const endYear = status === 'ended' ? Math.min(todayYear, startYear + rng.int(1, 4)) : undefined;
  // Most entries have every field; about one in seven leaves the optional ones out, as real entries sometimes must.
  const full = rng.chance(0.85);
  // An idea has no results yet; everything else reports two or three key figures.
  const figureCount = status === 'idea' ? 0 : Math.min(theme.figures.length, rng.int(2, 3));
  const figures = theme.figures.slice(0, figureCount).map((spec) => ({ spec, value: figureValue(spec, rng) }));
  const municipalities = rng.sample(
    districts.flatMap((d) => d.municipalities),
    rng.int(1, 3),
  );
  const topics = new Set(theme.topics);
  const fields = new Set<FieldKey>(theme.fields);
  if (interMunicipal) {
    topics.add('interkommunale-zusammenarbeit');
    fields.add('zusammenarbeit');
  }
  if (rng.chance(0.4)) topics.add(rng.pick(ctx.topics).key);
  // The contact is someone from the districts' own administration if the run has such a person.
  const localStaff = ctx.people.filter((p) => p.kind === 'admin' && districts.some((d) => d.ags === p.district?.ags));
  // Editors re-check entries yearly; about one in twenty is overdue, as in a real hub (the content check warns).
  const checkedAgo = rng.chance(0.05) ? rng.int(370, 700) : rng.int(0, 300);
  const lastChecked = Math.min(ctx.today, Math.max(schedule.publishedAt, ctx.today - checkedAgo));
  return {
    schedule,
    theme,
    title: rng.pick(theme.titles),
    districts,
    municipalities,
    partners: choosePartners(rng, theme.key, full ? rng.int(1, 3) : 1),
    status,
    startYear,
    ...(endYear !== undefined ? { endYear } : {}),
    months: rng.int(3, 14),
    figures,
    problem: inOrder(rng, theme.problem, 2),
    solution: inOrder(rng, theme.solution, Math.min(theme.solution.length, rng.int(2, 3))),
    results: theme.results,
    lessons: rng.sample(theme.lessons, 1),
    context: rng.pick(first.facts.density < 150 ? CONTEXT_RURAL : CONTEXT_URBAN),
    timeline: status === 'idea' ? TIMELINE[1]! : rng.pick(TIMELINE),
    transfer: rng.sample(TRANSFER, 2),
    ...(full ? { afterFunding: rng.pick(AFTER_FUNDING[status]) } : {}),
    ...(full
      ? {
          costs: {
            oneOff: rng.int(15, 950) * 1_000,
            ...(status === 'idea' ? {} : { yearly: rng.int(4, 300) * 500 }),
          },
        }
      : {}),
    funding: rng.sample(PRACTICE_FUNDING, full ? rng.int(1, 2) : rng.int(0, 1)).map((f) => ({
      programme: f.programme,
      funder: f.funder,
      ...(rng.chance(0.7) ? { amount: rng.int(20, 1_800) * 1_000 } : {}),
    })),
    fields: [...fields],
    topics: [...topics],
    ...(ctx.projects.length > 0 && rng.chance(0.4) ? { project: rng.pick(ctx.projects) } : {}),
    contact: localStaff.length > 0 && rng.chance(0.8) ? { person: rng.pick(localStaff).id } : { inline: first },
    ...(theme.software && rng.chance(0.6)
      ? { software: { licence: rng.pick(LICENCES), withSource: rng.chance(0.8) } }
      : {}),
    lastChecked,
    full,
    featured: rng.chance(0.03),
    withSource: rng.chance(0.5),
  };
}

function render(p: PracticePlan, lang: Lang, title: string, slug: string, translation: string | undefined): string {
  const actor = actorForms(p.districts);
  const first = p.districts[0]!;
  const [a, b] = p.figures;
  const state = stateForms(first.facts.state);
  const slots: Record<string, string> = {
    Actor: capitalise(actor.nom[lang]),
    actor: actor.nom[lang],
    In: capitalise(actor.loc[lang]),
    in: actor.loc[lang],
    Admin: capitalise(actor.admin[lang]),
    admin: actor.admin[lang],
    muni: p.municipalities[0] ?? first.municipalities[0]!,
    start: String(p.startYear),
    months: String(p.months),
    partner: p.partners[0]!.name,
    ...stateSlots(state, lang),
    a: a ? figureText(a, lang, false) : '',
    b: b ? figureText(b, lang, false) : '',
  };
  const say = (phrase: Bi) => fill(phrase[lang], slots);
  const site = slugify(first.name);
  const de = lang === 'de';

  const frontmatter: Record<string, unknown> = {
    ...publishingFields(lang, title, translation, p.schedule),
    teaser: fitTeaser([
      say(p.solution[0]!),
      say(p.problem[0]!),
      de
        ? `${p.title.de}: ein Praxisbeispiel ${state.from.de}, Stand ${p.status === 'ended' ? 'abgeschlossen' : p.startYear}.`
        : `${p.title.en}: a practice example ${state.from.en}, ${p.status === 'ended' ? 'completed' : `since ${p.startYear}`}.`,
    ]),
    problem: p.problem.map(say).join(' '),
    solution: p.solution.map(say).join(' '),
    results: {
      summary: p.status === 'idea' ? say(NO_RESULTS_YET) : say(p.results[0]!),
      figures: p.figures.map((f) => ({ value: figureText(f, lang, true), label: f.spec.label[lang] })),
    },
    status: p.status,
    ...(p.afterFunding ? { afterFunding: say(p.afterFunding) } : {}),
    startYear: p.startYear,
    ...(p.endYear !== undefined ? { endYear: p.endYear } : {}),
    ...(p.costs
      ? {
          costs: {
            ...p.costs,
            note: de
              ? 'Sachkosten ohne eigenes Personal, nach Angaben der Verwaltung.'
              : 'Material costs without own staff, as stated by the administration.',
          },
        }
      : {}),
    funding: p.funding,
    partners: p.partners.map((partner) => ({
      name: partner.name,
      role: partner.role[lang],
      url: `https://www.${slugify(partner.name)}.example`,
    })),
    municipalities: p.municipalities,
    districts: p.districts.map((d) => d.ags),
    fields: p.fields,
    topics: p.topics,
    ...(p.project ? { projects: [projectId(p.project, lang)] } : {}),
    contact:
      'person' in p.contact
        ? { person: p.contact.person }
        : {
            name: de ? 'Stabsstelle Digitalisierung' : 'Digitalisation unit',
            role: de ? 'Ansprechstelle für andere Kommunen' : 'Contact point for other municipalities',
            organisation: `${p.contact.inline.facts.isCity ? 'Stadtverwaltung' : 'Kreisverwaltung'} ${p.contact.inline.name}`,
            email: `digital@${slugify(p.contact.inline.name)}.example`,
            url: `https://www.${slugify(p.contact.inline.name)}.example/digitalisierung`,
          },
    ...(p.software
      ? {
          software: {
            licence: p.software.licence,
            ...(p.software.withSource ? { sourceUrl: `https://code.kommunal.example/${site}/${p.theme.key}` } : {}),
          },
        }
      : {}),
    ...(p.full ? { lessons: p.lessons.map(say).join(' ') } : {}),
    lastChecked: isoDate(p.lastChecked),
    links: [
      {
        label: de ? `Projektseite ${actor.label.de}` : `Project page (${actor.label.en}, German)`,
        url: `https://www.${site}.example/${p.theme.key}`,
      },
    ],
    ...(p.featured ? { featured: true } : {}),
    ...(p.withSource
      ? {
          sources: [
            {
              title: `${de ? 'Pressemitteilung' : 'Press release'}: ${title}`,
              publisher: `${first.facts.isCity ? 'Stadtverwaltung' : 'Kreisverwaltung'} ${first.name}`,
              url: `https://www.${site}.example/presse/${slug}`,
            },
          ],
        }
      : {}),
  };

  const figureLine = p.figures.map((f) => `${f.spec.label[lang]}: ${figureText(f, lang, true)}`).join('; ');
  const resultText =
    p.status === 'idea'
      ? say(NO_RESULTS_YET)
      : `${p.results.map(say).join(' ')} ${de ? 'Die wichtigsten Kennzahlen' : 'Key figures'}: ${figureLine}.`;
  const body = mdxBody(undefined, [
    {
      heading: de ? 'Ausgangslage' : 'Background',
      paragraphs: [`${say(p.context)} ${say(p.problem[0]!)}`],
    },
    {
      heading: de ? 'Vorgehen' : 'How it was done',
      paragraphs: [`${say(p.timeline)} ${p.solution.slice(1).map(say).join(' ')}`.trim()],
    },
    {
      heading: de ? 'Ergebnisse' : 'Results',
      paragraphs: [
        resultText,
        ...(p.costs?.oneOff !== undefined
          ? [
              p.status === 'idea'
                ? de
                  ? `Die einmaligen Kosten sind mit ${formatEuro(p.costs.oneOff, 'de')} veranschlagt.`
                  : `One-off costs are estimated at ${formatEuro(p.costs.oneOff, 'en')}.`
                : de
                  ? `Die einmaligen Kosten lagen bei ${formatEuro(p.costs.oneOff, 'de')}.`
                  : `One-off costs came to ${formatEuro(p.costs.oneOff, 'en')}.`,
            ]
          : []),
      ],
    },
    {
      heading: de ? 'Was andere mitnehmen können' : 'What others can take from it',
      paragraphs: [p.transfer.map(say).join(' ')],
    },
  ]);
  return mdxFile(frontmatter, body);
}

export function generatePractices(ctx: Context, rng: Rng, count: number, slugs: SlugRegistry): GeneratedFile[] {
  const { de, en } = languageSplit(count);
  const schedules = planSchedules(rng, ctx.today, de, en, { minDrafts: 1, minFuture: 1 });
  const plans = schedules.map((s) => plan(ctx, rng, s));
  const files: GeneratedFile[] = [];
  const titles = new Set<string>();
  for (const planned of plans) {
    const p = withFreshTitle(
      titles,
      planned,
      (prev) => ({ ...prev, title: rng.pick(prev.theme.titles) }),
      (x) => `${actorForms(x.districts).label.de}: ${x.title.de}`,
    );
    const label = actorForms(p.districts).label;
    const titleDe = `${label.de}: ${p.title.de}`;
    const slugDe = slugs.take('practices/de', titleDe);
    let slugEn: string | undefined;
    if (p.schedule.translated) {
      const titleEn = `${label.en}: ${p.title.en}`;
      slugEn = slugs.take('practices/en', titleEn);
      files.push({
        path: `practices/en/${slugEn}.mdx`,
        content: render(p, 'en', titleEn, slugEn, `de/${slugDe}`),
      });
    }
    files.push({
      path: `practices/de/${slugDe}.mdx`,
      content: render(p, 'de', titleDe, slugDe, slugEn ? `en/${slugEn}` : undefined),
    });
  }
  return files;
}

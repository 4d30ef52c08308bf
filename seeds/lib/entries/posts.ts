/** Blog posts: commentary on a topic, event reviews, short interviews and news from the hub. */
import type { Rng } from '../random.ts';
import { COMMENTARY, TRANSFER } from '../phrases/generic.ts';
import type { TopicPhrases } from '../phrases/topics.ts';
import type { Bi, Lang } from '../phrases/types.ts';
import { capitalise, fill, fitTeaser, joinList, quote } from '../text.ts';
import { mdxBody, mdxFile, type Section } from '../serialize.ts';
import { stateForms, stateSlots, type SeedDistrict, type SeedPerson } from '../world.ts';
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

const KINDS = ['essay', 'interview', 'review', 'news'] as const;
type PostKind = (typeof KINDS)[number];

interface PostPlan {
  schedule: Schedule;
  kind: PostKind;
  titleVariant: number;
  topics: TopicPhrases[];
  districts: SeedDistrict[];
  project?: ProjectRef;
  authors: SeedPerson[];
  interviewee: SeedPerson;
  sentences: Bi[];
  commentary: Bi[];
  transfer: Bi[];
  number: number;
}

const ESSAY_TITLES: readonly Bi[] = [
  { de: '{topic}: Was Landkreise jetzt tun können', en: '{topic}: what districts can do now' },
  { de: 'Warum {topic} mehr ist als Technik', en: 'Why {topic} is about more than technology' },
  { de: '{n} Lehren zum Thema {topic}', en: '{n} lessons on {topic}' },
  { de: '{topic} {inState}: eine Zwischenbilanz', en: '{topic} {inState}: taking stock' },
];
const REVIEW_TITLES: readonly Bi[] = [
  { de: 'Rückblick: {topic} in {place}', en: 'Looking back: {topic} in {place}' },
  { de: 'Was wir in {place} über {topic} gelernt haben', en: 'What we learnt in {place} about {topic}' },
  { de: '{topic}: Notizen aus {place}', en: '{topic}: notes from {place}' },
];
const NEWS_TITLES: readonly Bi[] = [
  { de: 'Neu im Hub: {n} Praxisbeispiele {fromState}', en: 'New in the hub: {n} examples {fromState}' },
  { de: '{n} neue Einträge zum Thema {topic}', en: '{n} new entries on {topic}' },
];
const INTERVIEW_TITLES: readonly Bi[] = [
  { de: 'Drei Fragen an {name}', en: 'Three questions for {name}' },
  { de: '{name} über {topic}', en: '{name} on {topic}' },
  { de: 'Nachgefragt bei {name}: {topic}', en: 'Asking {name}: {topic}' },
];
const QUESTIONS: readonly Bi[] = [
  { de: 'Wo steht Ihre Verwaltung heute?', en: 'Where does your administration stand today?' },
  { de: 'Was war die größte Hürde?', en: 'What was the biggest hurdle?' },
  { de: 'Was raten Sie anderen Kreisen?', en: 'What would you advise other districts?' },
  { de: 'Welche Rolle spielt das Geld?', en: 'What part does money play?' },
];

function plan(ctx: Context, rng: Rng, schedule: Schedule): PostPlan {
  const kind = rng.pick(KINDS);
  const topics = rng.sample(ctx.topics, rng.int(1, 3));
  const named = ctx.people.filter((p) => p.kind !== 'team');
  const team = ctx.people.find((p) => p.kind === 'team');
  const authors = team && rng.chance(0.3) ? [team] : rng.sample(named, rng.int(1, 2));
  const sentences = topics.flatMap((t) => rng.sample(t.sentences, 2));
  return {
    schedule,
    kind,
    titleVariant: rng.int(0, 11),
    topics,
    districts: rng.sample(ctx.districts, rng.int(kind === 'essay' ? 0 : 1, 3)),
    ...(ctx.projects.length > 0 && rng.chance(0.35) ? { project: rng.pick(ctx.projects) } : {}),
    authors,
    interviewee: rng.pick(named),
    sentences,
    commentary: rng.sample(COMMENTARY, 3),
    transfer: rng.sample(TRANSFER, 2),
    number: rng.int(3, 12),
  };
}

function slotsFor(p: PostPlan, lang: Lang): Record<string, string> {
  const topic = p.topics[0]!;
  const district = p.districts[0];
  return {
    topic: topic.label[lang],
    place: district ? district.short[lang] : lang === 'de' ? 'der Online-Werkstatt' : 'the online workshop',
    ...(district
      ? stateSlots(stateForms(district.facts.state), lang)
      : {
          inState: lang === 'de' ? 'in ganz Deutschland' : 'all over Germany',
          InState: lang === 'de' ? 'In ganz Deutschland' : 'All over Germany',
        }),
    fromState: district
      ? stateForms(district.facts.state).from[lang]
      : lang === 'de'
        ? 'aus ganz Deutschland'
        : 'from all over Germany',
    n: String(p.number),
    name: p.interviewee.name,
  };
}

function titleOf(p: PostPlan, lang: Lang): string {
  const slots = slotsFor(p, lang);
  const table =
    p.kind === 'essay'
      ? ESSAY_TITLES
      : p.kind === 'review'
        ? REVIEW_TITLES
        : p.kind === 'news'
          ? NEWS_TITLES
          : INTERVIEW_TITLES;
  return capitalise(fill(table[p.titleVariant % table.length]![lang], slots));
}

function teaserOf(p: PostPlan, lang: Lang): string {
  const slots = slotsFor(p, lang);
  const short =
    lang === 'de'
      ? `Ein Beitrag zum Thema ${quote(slots.topic!, 'de')} aus der Praxis der Kreise.`
      : `A post on ${quote(slots.topic!, 'en')} from the practice of districts.`;
  return fitTeaser([longTeaser(p, lang, slots), fill(p.sentences[0]![lang], slots), short]);
}

function longTeaser(p: PostPlan, lang: Lang, slots: Record<string, string>): string {
  const de = lang === 'de';
  switch (p.kind) {
    case 'interview':
      return de
        ? `${p.interviewee.name} (${p.interviewee.affiliation}) erzählt, wie die Arbeit am Thema ${quote(slots.topic!, 'de')} vorankommt und was andere daraus lernen können.`
        : `${p.interviewee.name} (${p.interviewee.affiliation}) explains how work on ${quote(slots.topic!, 'en')} is progressing and what others can learn from it.`;
    case 'review':
      return de
        ? `Eindrücke aus ${slots.place}: Verwaltung, Gemeinden und Zivilgesellschaft diskutierten über ${quote(slots.topic!, 'de')}.`
        : `Impressions from ${slots.place}: the administration, municipalities and civil society discussed ${quote(slots.topic!, 'en')}.`;
    case 'news':
      return de
        ? `Der Hub ist gewachsen: ${slots.n} neue Einträge zeigen, was Kommunen ${slots.inState} ausprobiert haben.`
        : `The hub has grown: ${slots.n} new entries show what municipalities ${slots.inState} have tried.`;
    default:
      return `${fill(p.sentences[0]![lang], slots)} ${p.commentary[0]![lang]}`;
  }
}

function sections(p: PostPlan, lang: Lang): Section[] {
  const slots = slotsFor(p, lang);
  const de = lang === 'de';
  const say = (b: Bi) => fill(b[lang], slots);
  const [s1, s2, ...more] = p.sentences.map(say);
  if (p.kind === 'interview') {
    return QUESTIONS.slice(0, 3).map((q, i) => ({
      heading: q[lang],
      paragraphs: [
        i === 0
          ? `${s1 ?? ''} ${s2 ?? ''}`.trim()
          : i === 1
            ? `${more.join(' ')} ${say(p.commentary[1]!)}`.trim()
            : p.transfer.map(say).join(' '),
      ].filter((x) => x.length > 0),
    }));
  }
  return [
    {
      heading: de ? 'Worum es geht' : 'What it is about',
      paragraphs: [`${s1 ?? ''} ${s2 ?? ''}`.trim()],
    },
    {
      heading: de ? 'Beobachtungen aus der Praxis' : 'Observations from practice',
      paragraphs: [[...more, say(p.commentary[1]!)].join(' '), say(p.commentary[2]!)],
    },
    {
      heading: de ? 'Was daraus folgt' : 'What follows from it',
      paragraphs: [p.transfer.map(say).join(' ')],
    },
  ];
}

function render(p: PostPlan, lang: Lang, title: string, translation: string | undefined): string {
  const lead =
    p.districts.length > 0
      ? lang === 'de'
        ? `Im Mittelpunkt: ${joinList(
            p.districts.map((d) => d.short.de),
            'de',
          )}.`
        : `In focus: ${joinList(
            p.districts.map((d) => d.short.en),
            'en',
          )}.`
      : undefined;
  const frontmatter: Record<string, unknown> = {
    ...publishingFields(lang, title, translation, p.schedule),
    teaser: teaserOf(p, lang),
    authors: p.authors.map((a) => a.id),
    topics: p.topics.map((t) => t.key),
    districts: p.districts.map((d) => d.ags),
    ...(p.project ? { projects: [projectId(p.project, lang)] } : {}),
  };
  return mdxFile(frontmatter, mdxBody(lead, sections(p, lang)));
}

export function generatePosts(ctx: Context, rng: Rng, count: number, slugs: SlugRegistry): GeneratedFile[] {
  const { de, en } = languageSplit(count);
  const schedules = planSchedules(rng, ctx.today, de, en, { minDrafts: 1, minFuture: 1 });
  const titles = new Set<string>();
  const files: GeneratedFile[] = [];
  for (const schedule of schedules) {
    const p = withFreshTitle(
      titles,
      plan(ctx, rng, schedule),
      (prev) => ({
        ...prev,
        titleVariant: rng.int(0, 11),
        number: rng.int(3, 12),
        interviewee: rng.pick(prev.authors),
      }),
      (x) => titleOf(x, 'de'),
    );
    const titleDe = titleOf(p, 'de');
    const slugDe = slugs.take('posts/de', titleDe);
    let slugEn: string | undefined;
    if (schedule.translated) {
      const titleEn = titleOf(p, 'en');
      slugEn = slugs.take('posts/en', titleEn);
      files.push({ path: `posts/en/${slugEn}.mdx`, content: render(p, 'en', titleEn, `de/${slugDe}`) });
    }
    files.push({
      path: `posts/de/${slugDe}.mdx`,
      content: render(p, 'de', titleDe, slugEn ? `en/${slugEn}` : undefined),
    });
  }
  return files;
}

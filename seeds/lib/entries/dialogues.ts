/** Practice dialogues: workshops, forums and site visits, some past with outcomes, some still to come. */
import { DIALOGUE_FORMATS } from '../../../src/schemas/dialogues.ts';
import type { Rng } from '../random.ts';
import { PARTNERS, STREETS, VENUES } from '../phrases/names.ts';
import { TRANSFER } from '../phrases/generic.ts';
import type { TopicPhrases } from '../phrases/topics.ts';
import type { Bi, Lang } from '../phrases/types.ts';
import { fill, fitTeaser, isoDate, joinList, longDate, quote } from '../text.ts';
import { mdxBody, mdxFile } from '../serialize.ts';
import { stateForms, stateSlots, type SeedDistrict } from '../world.ts';
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
} from '../context.ts';

type Format = (typeof DIALOGUE_FORMATS)[number];

const FORMAT_NAMES: Readonly<Record<Format, Bi>> = {
  workshop: { de: 'Werkstatt', en: 'Workshop' },
  forum: { de: 'Praxisforum', en: 'Practice forum' },
  conference: { de: 'Fachtagung', en: 'Conference' },
  webinar: { de: 'Webinar', en: 'Webinar' },
  'site-visit': { de: 'Vor-Ort-Besuch', en: 'Site visit' },
  barcamp: { de: 'Barcamp', en: 'Barcamp' },
};

const OUTCOMES: readonly Bi[] = [
  {
    de: 'Die Teilnehmenden vereinbarten ein Folgetreffen in sechs Monaten.',
    en: 'Participants agreed to meet again in six months.',
  },
  {
    de: 'Drei Kreise wollen eine gemeinsame Ausschreibung vorbereiten.',
    en: 'Three districts want to prepare a joint tender.',
  },
  {
    de: 'Eine Checkliste für den Start wurde gemeinsam erarbeitet.',
    en: 'A checklist for getting started was drawn up together.',
  },
  {
    de: 'Die Gemeinden gründeten eine Austauschgruppe für ihre Digitallotsen.',
    en: 'The municipalities set up an exchange group for their digital guides.',
  },
  {
    de: 'Offene Fragen zum Datenschutz gehen als Anfrage an den Landesbeauftragten.',
    en: 'Open data protection questions go to the state commissioner as a query.',
  },
];

interface DialoguePlan {
  schedule: Schedule;
  format: Format;
  topic: TopicPhrases;
  extraTopic?: TopicPhrases;
  host: SeedDistrict;
  districts: SeedDistrict[];
  online: boolean;
  venue: Bi;
  street: string;
  houseNumber: number;
  postcode: string;
  municipality: string;
  date: number;
  days: number;
  organisations: string[];
  outcomes: Bi[];
  documentation: boolean;
  project?: ProjectRef;
  transfer: Bi;
}

function plan(ctx: Context, rng: Rng, schedule: Schedule): DialoguePlan {
  const format = rng.pick(DIALOGUE_FORMATS);
  const online = format === 'webinar' || (format !== 'site-visit' && rng.chance(0.15));
  const host = rng.pick(ctx.districts);
  // Guests come from the host's state where it has enough districts in this run.
  const wanted = rng.int(0, 3);
  const neighbours = ctx.districts.filter((d) => d.ags !== host.ags && d.facts.state === host.facts.state);
  const others = rng.sample(
    neighbours.length >= wanted ? neighbours : ctx.districts.filter((d) => d.ags !== host.ags),
    wanted,
  );
  const [topic, extraTopic] = rng.sample(ctx.topics, rng.int(1, 2));
  // Announced between two weeks and four months ahead; a third of the events announced before the reference date are still to come.
  const date = schedule.publishedAt + rng.int(14, 120);
  const past = date < ctx.today;
  const days = format === 'conference' || format === 'barcamp' ? rng.int(1, 2) : 1;
  return {
    schedule,
    format,
    topic: topic!,
    ...(extraTopic ? { extraTopic } : {}),
    host,
    districts: [host, ...others].sort((a, b) => a.ags.localeCompare(b.ags)),
    online,
    venue: rng.pick(VENUES),
    street: rng.pick(STREETS),
    houseNumber: rng.int(1, 80),
    postcode: String(rng.int(1_067, 99_998)).padStart(5, '0'),
    municipality: rng.pick(host.municipalities),
    date,
    days,
    organisations: [
      `${host.facts.isCity ? 'Stadtverwaltung' : 'Kreisverwaltung'} ${host.name}`,
      ...rng.sample(PARTNERS, rng.int(1, 3)).map((p) => p.name),
    ],
    outcomes: past ? rng.sample(OUTCOMES, rng.int(1, 3)) : [],
    documentation: past && rng.chance(0.6),
    ...(ctx.projects.length > 0 && rng.chance(0.5) ? { project: rng.pick(ctx.projects) } : {}),
    transfer: rng.pick(TRANSFER),
  };
}

function titleOf(p: DialoguePlan, lang: Lang): string {
  const format = FORMAT_NAMES[p.format][lang];
  const quoted = lang === 'de' ? `„${p.topic.label.de}“` : `"${p.topic.label.en}"`;
  return p.online ? `${format} ${quoted} (online)` : `${format} ${quoted} in ${p.host.name}`;
}

function render(
  p: DialoguePlan,
  ctx: Context,
  lang: Lang,
  title: string,
  slug: string,
  translation: string | undefined,
): string {
  const de = lang === 'de';
  const past = p.date < ctx.today;
  const state = stateForms(p.host.facts.state);
  const place = p.online
    ? { name: de ? 'Online (Videokonferenz)' : 'Online (video conference)', online: true }
    : {
        name: `${p.venue[lang]} ${p.municipality}`,
        address: `${p.street} ${p.houseNumber}, ${p.postcode} ${p.municipality}`,
        online: false,
      };
  const topicLabels = [p.topic, ...(p.extraTopic ? [p.extraTopic] : [])].map((t) => quote(t.label[lang], lang));
  const frontmatter: Record<string, unknown> = {
    ...publishingFields(lang, title, translation, p.schedule),
    teaser: fitTeaser([
      de
        ? `${FORMAT_NAMES[p.format].de} am ${longDate(p.date, 'de')}: Verwaltungen, Gemeinden und Partner ${state.from.de} sprechen über ${joinList(topicLabels, 'de')}.`
        : `${FORMAT_NAMES[p.format].en} on ${longDate(p.date, 'en')}: administrations, municipalities and partners ${state.from.en} discuss ${joinList(topicLabels, 'en')}.`,
      de
        ? `${FORMAT_NAMES[p.format].de} am ${longDate(p.date, 'de')} zum Thema ${quote(p.topic.label.de, 'de')}.`
        : `${FORMAT_NAMES[p.format].en} on ${longDate(p.date, 'en')} on ${quote(p.topic.label.en, 'en')}.`,
    ]),
    date: isoDate(p.date),
    ...(p.days > 1 ? { endDate: isoDate(p.date + p.days - 1) } : {}),
    place,
    format: p.format,
    districts: p.districts.map((d) => d.ags),
    topics: [p.topic.key, ...(p.extraTopic ? [p.extraTopic.key] : [])],
    organisations: p.organisations,
    outcomes: p.outcomes.map((o) => o[lang]),
    documentation: p.documentation
      ? [
          {
            label: de ? 'Folien (PDF)' : 'Slides (PDF, German)',
            url: `https://www.praxisdialog.example/dokumentation/${slug}.pdf`,
          },
          {
            label: de ? 'Protokoll' : 'Minutes (German)',
            url: `https://www.praxisdialog.example/dokumentation/${slug}-protokoll`,
          },
        ]
      : [],
    ...(p.project ? { project: projectId(p.project, lang) } : {}),
  };
  const sentences = p.topic.sentences.slice(0, 2).map((s) => fill(s[lang], stateSlots(state, lang)));
  const hosts = joinList(p.organisations, lang);
  const body = mdxBody(sentences.join(' '), [
    {
      heading: de ? 'Programm' : 'Programme',
      paragraphs: [
        de
          ? `Nach einem kurzen Impuls stellen Beteiligte aus ${joinList(
              p.districts.map((d) => d.short.de),
              'de',
            )} ihre Erfahrungen vor. Danach wird in kleinen Gruppen gearbeitet. Gastgeber sind ${hosts}.`
          : `After a short introduction, people from ${joinList(
              p.districts.map((d) => d.short.en),
              'en',
            )} present their experience. Work then continues in small groups. Hosted by ${hosts}.`,
      ],
    },
    past
      ? {
          heading: de ? 'Ergebnisse' : 'Outcomes',
          paragraphs: [[...p.outcomes.map((o) => o[lang]), p.transfer[lang]].join(' ')],
        }
      : {
          heading: de ? 'Anmeldung' : 'Registration',
          paragraphs: [
            de
              ? `Die Teilnahme ist kostenlos. Bitte melden Sie sich bis zum ${longDate(p.date - 7, 'de')} über die Projektseite an.`
              : `Taking part is free of charge. Please register via the project page by ${longDate(p.date - 7, 'en')}.`,
          ],
        },
  ]);
  return mdxFile(frontmatter, body);
}

export function generateDialogues(ctx: Context, rng: Rng, count: number, slugs: SlugRegistry): GeneratedFile[] {
  const { de, en } = languageSplit(count);
  const schedules = planSchedules(rng, ctx.today, de, en, { minDrafts: 0, minFuture: 0 });
  const files: GeneratedFile[] = [];
  for (const schedule of schedules) {
    const p = plan(ctx, rng, schedule);
    const titleDe = titleOf(p, 'de');
    const slugDe = slugs.take('dialogues/de', `${titleDe} ${isoDate(p.date).slice(0, 4)}`);
    let slugEn: string | undefined;
    if (schedule.translated) {
      const titleEn = titleOf(p, 'en');
      slugEn = slugs.take('dialogues/en', `${titleEn} ${isoDate(p.date).slice(0, 4)}`);
      files.push({
        path: `dialogues/en/${slugEn}.mdx`,
        content: render(p, ctx, 'en', titleEn, slugEn, `de/${slugDe}`),
      });
    }
    files.push({
      path: `dialogues/de/${slugDe}.mdx`,
      content: render(p, ctx, 'de', titleDe, slugDe, slugEn ? `en/${slugEn}` : undefined),
    });
  }
  return files;
}

/** Reports (YAML, one entry for both languages): district reports, final reports, studies, working papers. */
import { REPORT_KINDS } from '../../../src/schemas/reports.ts';
import type { Rng } from '../random.ts';
import { THEMES, type Theme } from '../phrases/themes.ts';
import { FIRST_NAMES, LAST_NAMES, UNIVERSITIES } from '../phrases/names.ts';
import type { TopicPhrases } from '../phrases/topics.ts';
import type { Bi } from '../phrases/types.ts';
import { fill, isoDate, quote, yearOf } from '../text.ts';
import { toYaml } from '../serialize.ts';
import { actorForms, stateForms, stateSlots, type SeedDistrict } from '../world.ts';
import {
  planSchedules,
  type Context,
  type GeneratedFile,
  type ProjectRef,
  SlugRegistry,
  withFreshTitle,
} from '../context.ts';

type ReportKind = (typeof REPORT_KINDS)[number];

function titles(
  kind: ReportKind,
  theme: Theme,
  topic: TopicPhrases,
  district: SeedDistrict,
  project: ProjectRef | undefined,
  n: number,
  year: number,
): Bi {
  switch (kind) {
    case 'district-report':
      return { de: `${district.abbr}: ${theme.titles[0]!.de}`, en: `${district.abbr}: ${theme.titles[0]!.en}` };
    case 'final-report':
      return project
        ? { de: `Abschlussbericht „${project.title.de}“`, en: `Final report "${project.title.en}"` }
        : { de: `Abschlussbericht: ${theme.titles[1]!.de}`, en: `Final report: ${theme.titles[1]!.en}` };
    case 'study':
      return {
        de: `${topic.label.de} in ${n} Landkreisen: eine Bestandsaufnahme`,
        en: `${topic.label.en} in ${n} districts: a survey`,
      };
    default:
      return {
        de: `Arbeitspapier ${n}/${year}: ${topic.label.de} in der Kreisverwaltung`,
        en: `Working paper ${n}/${year}: ${topic.label.en} in district administrations`,
      };
  }
}

export function generateReports(ctx: Context, rng: Rng, count: number, slugs: SlugRegistry): GeneratedFile[] {
  // Reports carry both languages in one entry, so every one of them is "German" for planning purposes.
  const schedules = planSchedules(rng, ctx.today, count, 0, {
    minDrafts: count >= 5 ? 1 : 0,
    minFuture: count >= 5 ? 1 : 0,
  });
  const files: GeneratedFile[] = [];
  const usedTitles = new Set<string>();
  const named = ctx.people.filter((p) => p.kind !== 'team');
  for (const schedule of schedules) {
    const kind = rng.pick(REPORT_KINDS);
    const theme = rng.pick(THEMES);
    const topics = rng.sample(ctx.topics, rng.int(1, 3));
    const topic = topics[0]!;
    const project =
      ctx.projects.length > 0 && (kind === 'final-report' || rng.chance(0.4)) ? rng.pick(ctx.projects) : undefined;
    const districts =
      kind === 'district-report'
        ? [rng.pick(ctx.districts)]
        : project
          ? rng.sample(project.districts, rng.int(1, project.districts.length))
          : rng.sample(ctx.districts, rng.int(0, 4));
    const anchor = districts[0] ?? rng.pick(ctx.districts);
    const year = Math.max(2016, yearOf(schedule.publishedAt) - rng.int(0, 1));
    const title = withFreshTitle(
      usedTitles,
      titles(kind, theme, topic, anchor, project, rng.int(3, 40), year),
      () => titles(kind, theme, topic, anchor, project, rng.int(3, 40), year),
      (t) => t.de,
    );
    const id = slugs.take('reports', title.de);
    const documentLang = rng.chance(0.15) ? 'en' : 'de';
    const authors = rng.sample(named, rng.int(0, 2)).map((p) => p.id);
    const authorNames = rng
      .sample(FIRST_NAMES, rng.int(authors.length === 0 ? 1 : 0, 2))
      .map((first) => `${first} ${rng.pick(LAST_NAMES)}`);
    const publisher =
      kind === 'district-report'
        ? `${anchor.facts.isCity ? 'Stadtverwaltung' : 'Kreisverwaltung'} ${anchor.name}`
        : rng.pick(UNIVERSITIES);
    const actor = actorForms([anchor]);
    const state = stateForms(anchor.facts.state);
    const topicSentence = rng.pick(topic.sentences);
    const data: Record<string, unknown> = {
      title: documentLang === 'de' ? title.de : title.en,
      ...(documentLang === 'de' ? { titleEn: title.en } : {}),
      ...(rng.chance(0.3)
        ? { subtitle: documentLang === 'de' ? `Erfahrungen ${state.from.de}` : `Experience ${state.from.en}` }
        : {}),
      kind,
      authors,
      authorNames,
      publisher,
      year,
      documentLang,
      keywords: {
        de: topics.flatMap((t) => t.keywords.slice(0, 2)),
        en: topics.map((t) => t.label.en),
      },
      abstract: {
        de: `Der Bericht untersucht, wie ${actor.nom.de} und weitere Kommunen ${state.in.de} mit dem Thema ${quote(topic.label.de, 'de')} umgehen. ${fill(topicSentence.de, stateSlots(state, 'de'))} Er beschreibt Vorgehen, Hürden und erste Ergebnisse und gibt Empfehlungen für andere Kreise.`,
        en: `The report examines how ${actor.nom.en} and other municipalities ${state.in.en} deal with ${quote(topic.label.en, 'en')}. ${fill(topicSentence.en, stateSlots(state, 'en'))} It describes the approach, obstacles and first results and makes recommendations for other districts.`,
      },
      url: `https://www.praxisdialog.example/berichte/${id}`,
      ...(rng.chance(0.7) ? { pdf: `https://www.praxisdialog.example/berichte/${id}.pdf` } : {}),
      ...(rng.chance(0.3) ? { doi: `10.5281/zenodo.${rng.int(1_000_000, 9_999_999)}` } : {}),
      ...(rng.chance(0.2) ? { urn: `urn:nbn:de:0000-${id.slice(0, 12)}-${rng.int(10_000, 99_999)}` } : {}),
      districts: districts.map((d) => d.ags),
      topics: topics.map((t) => t.key),
      ...(project ? { project: project.de } : {}),
      publishedAt: isoDate(schedule.publishedAt),
      ...(schedule.draft ? { draft: true } : {}),
    };
    files.push({ path: `reports/${id}.yaml`, content: toYaml(data) });
  }
  return files;
}

/**
 * Every page's social card, keyed by the page's path: one list that both the image route
 * (src/pages/og/[...path].png.ts) and the page head (SeoHead.astro) read, so an og:image never
 * points at an image that was not built. Entry (of every localised collection of the registry), report,
 * district, person and topic pages have a card of their own; list, pagination, facet (fields of action,
 * directory filters) and feed pages, and the 404 page, use the card of the nearest page above them: one per
 * section and language.
 */
import { getCollection } from 'astro:content';
import { site } from '../../config/site.ts';
import { STATES } from '../../config/states.ts';
import { LOCALISED, type LocalisedCollection } from '../../config/collections.ts';
import { districtsIn } from '../districtIndex.ts';
import { allDistricts, districtUrl, published, publishedReports, urlOf, ids, type Entry } from '../entries.ts';
import { districtFacts } from '../districts.ts';
import { formatDate, formatNumber, LANGS, path, pick, SECTIONS, ui, type Lang, type Section } from '../i18n.ts';
import { EXTRA_SECTIONS, extraLabel, extraPath, sectionLabel, type ExtraSection } from '../sectionLabels.ts';
import type { OgCard } from './card.ts';
import { ogEnabled } from './render.ts';
import { drawMissing, type DrawStats } from './pool.ts';
import { stepProgress } from '../progress.ts';

export interface OgPage {
  /** Site path of the page, e.g. `/praxis/digital-aber-richtig/`. */
  path: string;
  card: OgCard;
}

/** The image's path for a page path: `/praxis/x/` → `/og/praxis/x.png`, `/` → `/og/index.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/gu, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The route parameter for a page path (the part between `/og/` and `.png`). */
export function ogRouteParam(pagePath: string): string {
  return ogImagePath(pagePath).slice('/og/'.length, -'.png'.length);
}

/** Names of up to two districts, then "+n". */
function districtLine(agsList: string[]): string {
  const names = agsList.map((a) => districtFacts(a)?.name ?? a);
  return names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} +${names.length - 2}`;
}

const compact = (xs: (string | number | undefined | null | false)[]): string[] =>
  xs.filter((x): x is string | number => x !== undefined && x !== null && x !== false && x !== '').map(String);

/**
 * The card of an entry of a localised collection: where and when for most (districts, date of publication);
 * a project names its lead institution, a dialogue its dates and place.
 */
function entryCard(e: Entry<LocalisedCollection>, lang: Lang): OgCard {
  const t = ui(lang);
  switch (e.collection) {
    case 'projects':
      return {
        lang,
        kind: t.kinds.projects,
        title: e.data.title,
        meta: compact([e.data.lead.institution, formatDate(e.data.publishedAt, lang)]),
      };
    case 'dialogues': {
      const d = e.data;
      const when = d.endDate
        ? `${formatDate(d.date, lang)} – ${formatDate(d.endDate, lang)}`
        : formatDate(d.date, lang);
      return {
        lang,
        kind: t.kinds.dialogues,
        title: d.title,
        meta: compact([when, d.place.online ? t.dialogue.online : d.place.name]),
      };
    }
    default:
      return {
        lang,
        kind: t.kinds[e.collection],
        title: e.data.title,
        meta: compact([districtLine(districtsIn(e.data)), formatDate(e.data.publishedAt, lang)]),
      };
  }
}

/** All cards, computed from the content collections. */
export async function collectOgPages(): Promise<OgPage[]> {
  const pages: OgPage[] = [];
  const add = (p: string, card: OgCard) => pages.push({ path: p, card });

  for (const lang of LANGS) {
    const t = ui(lang);
    add(path(lang, 'home'), { lang, kind: site.name, title: t.home.title, meta: [site.tagline[lang]] });
    for (const section of Object.keys(SECTIONS) as Section[]) {
      if (section === 'home') continue;
      add(path(lang, section), {
        lang,
        kind: t.sharing.overview,
        title: sectionLabel(lang, section),
        meta: [site.name],
      });
    }
    for (const extra of Object.keys(EXTRA_SECTIONS) as ExtraSection[]) {
      add(extraPath(lang, extra), {
        lang,
        kind: t.sharing.overview,
        title: extraLabel(lang, extra),
        meta: [site.name],
      });
    }

    // Every localised collection's entries, in the registry's order: a new one gets cards without a line here.
    for (const c of LOCALISED) {
      for (const e of await published(c, lang)) add(urlOf(c, e), entryCard(e, lang));
    }
    for (const r of await publishedReports()) {
      const useEn = lang === 'en' && r.data.titleEn !== undefined;
      add(path(lang, 'reports', r.id), {
        lang,
        kind: t.report.kind[r.data.kind],
        title: useEn ? r.data.titleEn! : r.data.title,
        titleLang: useEn ? 'en' : r.data.documentLang,
        meta: compact([districtLine(ids(r.data.districts)), r.data.year]),
      });
    }
    for (const d of await allDistricts()) {
      add(districtUrl(d, lang), {
        lang,
        kind: t.kinds.districts,
        title: d.facts.name,
        titleLang: 'de',
        meta: [STATES[d.facts.state][lang], `${formatNumber(d.facts.population, lang)} ${t.sharing.inhabitants}`],
      });
    }
    for (const p of await getCollection('people')) {
      add(path(lang, 'people', p.id), {
        lang,
        kind: t.kinds.people,
        title: [p.data.honorific, p.data.name].filter(Boolean).join(' '),
        titleLang: 'de',
        meta: compact([pick(p.data.role, lang)?.text, p.data.affiliation]),
      });
    }
    for (const topic of await getCollection('topics')) {
      add(path(lang, 'topics', topic.id), {
        lang,
        kind: t.kinds.topics,
        title: topic.data.label[lang],
        meta: [site.name],
      });
    }
  }
  return pages;
}

let memo: Promise<Map<string, OgCard>> | undefined;

/** Cards by page path; computed once per build (every time in dev, where content changes). */
export function ogCardsByPath(): Promise<Map<string, OgCard>> {
  const load = async () => new Map((await collectOgPages()).map((p) => [p.path, p.card]));
  if (import.meta.env.DEV) return load();
  memo ??= load();
  return memo;
}

let drawing: Promise<DrawStats> | undefined;

/**
 * Every card of the build drawn into the cache by the worker pool (pool.ts), started once per production build
 * by the first page that asks for its image, so the images are drawn while Astro renders the pages; the image
 * endpoint awaits it and then only reads the cache. Not used in dev, where each image is drawn on request.
 */
export function ogImagesDrawn(): Promise<DrawStats> {
  if (!drawing) {
    const progress = stepProgress('images', 'social images');
    drawing = ogCardsByPath().then((cards) =>
      drawMissing(cards.values(), { onProgress: progress.update }).then((stats) => {
        progress.done(
          `${stats.total} social images: ${stats.rendered} drawn, ${stats.cached} from the cache, ${stats.seconds.toFixed(1)} s`,
        );
        return stats;
      }),
    );
    // Marked as handled here; the image endpoint awaits the same promise and fails the build with its error.
    drawing.catch(() => undefined);
  }
  return drawing;
}

/**
 * The absolute address of a page's social image, or undefined when images are switched off
 * (PRAXIS_OG=0). A page without its own card gets the card of the nearest page above it.
 */
export async function ogImageFor(pagePath: string): Promise<string | undefined> {
  if (!ogEnabled()) return undefined;
  if (import.meta.env.PROD) void ogImagesDrawn();
  const cards = await ogCardsByPath();
  let candidate = pagePath.endsWith('/') ? pagePath : pagePath.replace(/[^/]*$/u, '');
  while (!cards.has(candidate) && candidate !== '/') {
    candidate = candidate.replace(/[^/]+\/$/u, '');
  }
  if (!cards.has(candidate)) return undefined;
  return new URL(ogImagePath(candidate), site.url).href;
}

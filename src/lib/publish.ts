/**
 * Which entries are public: drafts never in production, and an entry dated in the
 * future only from the first build on or after its date (Berlin time).
 *
 * `isVisible` is the one rule every output asks (through src/lib/entries.ts): pages, lists, the search
 * index, related entries, feeds, open data, the calendar, citation files, the newsletter's data — and every
 * reference from one entry to another. A reference to an entry that is not visible is left out where it
 * would show (not rendered as plain text either: the title of an unannounced entry is not public yet):
 *
 * - `translation`: no language link; the switch leads to the other language's section page.
 * - `projects` (practices, posts) and `project` (dialogues, reports): the project row and link are left out
 *   of the page, of its search record, and of the open-data `projects` column.
 *
 * People, topics and districts have no draft state: they are always visible. `npm run check` warns about a
 * published entry that refers to an unpublished one (src/lib/contentCheck/unpublishedRefs.ts).
 */
import { PUBLISHABLE, isPublishable, type PublishableCollection } from '../config/collections.ts';
export interface Publishable {
  draft?: boolean | undefined;
  publishedAt: Date;
}

export interface PublishOptions {
  /** The build's "now"; PRAXIS_NOW (YYYY-MM-DD) overrides it for tests. */
  now: Date;
  /** True in `astro dev`: drafts and scheduled entries are shown, marked. */
  preview: boolean;
}

export function isPublished(entry: Publishable, { now, preview }: PublishOptions): boolean {
  if (preview) return true;
  if (entry.draft) return false;
  return entry.publishedAt.getTime() <= now.getTime();
}

/** Collections whose entries have `draft` and `publishedAt` (the registry's `publishable`); the others are always visible. */
export { PUBLISHABLE as PUBLISHABLE_COLLECTIONS, isPublishable, type PublishableCollection };

/**
 * Where an entry is about to appear:
 * - `page`: the site's own pages, lists, search index and related entries. The dev preview shows drafts and
 *   scheduled entries there (marked).
 * - `export`: what other programs take away — feeds, open data, the calendar, the newsletter's data. Never a
 *   draft or a scheduled entry, not even in the preview (a feed reader or mailer might be pointed at it).
 */
export type Audience = 'page' | 'export';

/** The one rule: may this entry (of any collection) appear in this output? */
export function isVisible(
  entry: { collection: string; data: unknown },
  options: PublishOptions & { audience?: Audience | undefined },
): boolean {
  if (!isPublishable(entry.collection)) return true;
  const preview = options.preview && (options.audience ?? 'page') === 'page';
  return isPublished(entry.data as Publishable, { now: options.now, preview });
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/u;

/**
 * The build's notion of now: PRAXIS_NOW if set (for tests), the clock otherwise.
 * PRAXIS_NOW is a day (YYYY-MM-DD, meaning the end of that day) or an ISO date-time with its offset.
 * Anything else throws: `new Date()` alone would read "March 1" as 2001 and roll 2025-02-30 over to 2 March.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.PRAXIS_NOW?.trim();
  if (!fixed) return new Date();
  const invalid = () => new Error(`PRAXIS_NOW="${fixed}" is not a date (expected YYYY-MM-DD)`);
  const day = DAY.exec(fixed);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const check = new Date(Date.UTC(year, month - 1, date));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) throw invalid();
    return new Date(`${fixed}T23:59:59+01:00`);
  }
  const d = new Date(fixed);
  if (!DATE_TIME.test(fixed) || Number.isNaN(d.getTime())) throw invalid();
  return d;
}

/**
 * Warnings for references from a published entry to one that is not published (yet): a draft, or an entry
 * dated after the referring one and after today. The build leaves such references out of every output (no
 * link to a page that does not exist, no title in the search index or the open data; src/lib/publish.ts) —
 * the editor should know the reference is not shown, and why.
 *
 * Pure: works on what the check has read (raw data as written, dates as text), so it runs without Astro.
 */
import { isPublishable } from '../publish.ts';
import type { CollectionName } from '../../schemas/common.ts';
import type { PathKey } from './schemaTree.ts';
import { q, t, type Text } from './messages.ts';

/** What the check knows about an entry (a subset of its own record). */
export interface CheckedEntry {
  file: { collection: CollectionName; id: string };
  /** Raw data as written; undefined when it could not be read. */
  data: Record<string, unknown> | undefined;
}

export interface CheckedReference<E extends CheckedEntry = CheckedEntry> {
  entry: E;
  path: PathKey[];
  value: unknown;
  collection: CollectionName;
}

export interface UnpublishedReference<E extends CheckedEntry = CheckedEntry> {
  entry: E;
  path: PathKey[];
  wrong: Text;
  expected: Text;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** `publishedAt` as written: a Date, or a YYYY-MM-DD text (UTC midnight, as the schema reads it). */
function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const m = DAY.exec(value.trim());
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

type State = { kind: 'always' } | { kind: 'draft' } | { kind: 'from'; date: Date } | { kind: 'unknown' };

function stateOf(entry: CheckedEntry): State {
  if (!isPublishable(entry.file.collection)) return { kind: 'always' };
  const data = entry.data ?? {};
  if (data.draft === true) return { kind: 'draft' };
  const date = dateOf(data.publishedAt);
  return date ? { kind: 'from', date } : { kind: 'unknown' };
}

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value && typeof value.id === 'string'
      ? value.id
      : undefined;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Every reference from an entry that is (or will be) published to an entry that is not published at that
 * time. `now` is the check's today: an entry already published is compared with today, a scheduled one with
 * its own date. References from drafts are not judged (nothing of a draft is public).
 */
export function unpublishedReferences<E extends CheckedEntry>(
  references: readonly CheckedReference<E>[],
  entries: ReadonlyMap<CollectionName, ReadonlyMap<string, CheckedEntry>>,
  now: Date,
): UnpublishedReference<E>[] {
  const out: UnpublishedReference<E>[] = [];
  for (const ref of references) {
    const from = stateOf(ref.entry);
    if (from.kind === 'draft' || from.kind === 'unknown') continue;
    const id = idOf(ref.value);
    const target = id === undefined ? undefined : entries.get(ref.collection)?.get(id);
    if (!target) continue; // a missing entry is an error reported elsewhere
    const to = stateOf(target);
    const name = `${ref.collection}/${id}`;
    const expected = t(
      `den Eintrag veröffentlichen (ohne draft: true, publishedAt nicht später) oder den Verweis entfernen`,
      `publish that entry (no draft: true, publishedAt not later) or remove the reference`,
    );
    if (to.kind === 'draft') {
      out.push({
        entry: ref.entry,
        path: ref.path,
        wrong: t(
          `${q(name).de} ist ein Entwurf: der Verweis wird nicht angezeigt (keine Seite, kein Titel, nicht in Suche und offenen Daten)`,
          `${q(name).en} is a draft: the reference is not shown (no page, no title, not in search or open data)`,
        ),
        expected,
      });
    } else if (to.kind === 'from') {
      // The first day the referring entry is public: today, or its own later date.
      const shownFrom = from.kind === 'from' && from.date.getTime() > now.getTime() ? from.date : now;
      if (to.date.getTime() > shownFrom.getTime()) {
        out.push({
          entry: ref.entry,
          path: ref.path,
          wrong: t(
            `${q(name).de} erscheint erst am ${iso(to.date)}: bis dahin wird der Verweis nicht angezeigt`,
            `${q(name).en} is published only on ${iso(to.date)}: until then the reference is not shown`,
          ),
          expected,
        });
      }
    }
  }
  return out;
}

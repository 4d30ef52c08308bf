/**
 * Who gets which entries: due subscribers, matching interests and language, entries
 * not yet in the ledger. Pure functions; the digest feeds them from the store.
 */
import type { FeedEntry } from './feed.ts';
import type { Subscriber } from './store.ts';
import type { Interests, Lang } from './types.ts';

const HOUR = 3_600_000;
/**
 * Slack for "a week has passed": a digest run by cron at the same time each week starts
 * a few seconds or minutes earlier or later, and must not skip a whole week for that.
 */
const SLACK = 2 * HOUR;

/** May this subscriber get an e-mail now? Immediate: always; weekly/monthly: once the period is over. */
export function isDue(sub: Pick<Subscriber, 'frequency' | 'lastSentAt'>, now: Date): boolean {
  if (sub.frequency === 'immediate' || sub.lastSentAt === null) return true;
  const last = new Date(sub.lastSentAt);
  const next = new Date(last);
  if (sub.frequency === 'weekly') next.setUTCDate(next.getUTCDate() + 7);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return now.getTime() >= next.getTime() - SLACK;
}

/** Does the entry fit the subscriber's language and interests? */
export function matches(entry: FeedEntry, lang: Lang, interests: Interests): boolean {
  if (entry.lang !== lang) return false;
  if (interests.kinds.length > 0 && !interests.kinds.includes(entry.kind)) return false;
  if (interests.topics.length === 0 && interests.districts.length === 0) return true;
  return (
    entry.topics.some((t) => interests.topics.includes(t)) ||
    entry.districts.some((d) => interests.districts.includes(d))
  );
}

/** The calendar day (UTC, YYYY-MM-DD) from which on entries are new for this subscriber. */
export function cutoffDay(sub: Pick<Subscriber, 'lastSentAt' | 'confirmedAt' | 'createdAt'>): string {
  return (sub.lastSentAt ?? sub.confirmedAt ?? sub.createdAt).slice(0, 10);
}

/**
 * Entries that are new for the subscriber: published on or after the day of their last
 * e-mail (or of their confirmation) and not later than now, matching, and not in the ledger.
 * Entries carry a day, not a time, so the day of the last e-mail is included and the
 * ledger keeps an entry already sent that day from being sent again.
 */
export function candidates(
  entries: readonly FeedEntry[],
  sub: Pick<Subscriber, 'lang' | 'interests' | 'lastSentAt' | 'confirmedAt' | 'createdAt'>,
  now: Date,
): FeedEntry[] {
  const from = cutoffDay(sub);
  const until = now.getTime();
  return entries.filter(
    (e) => e.date.slice(0, 10) >= from && Date.parse(e.date) <= until && matches(e, sub.lang, sub.interests),
  );
}

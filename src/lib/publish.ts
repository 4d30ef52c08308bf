/**
 * Which entries are public: drafts never in production, and an entry dated in the
 * future only from the first build on or after its date (Berlin time).
 */
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

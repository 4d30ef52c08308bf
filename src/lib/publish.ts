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

/** The build's notion of now: PRAXIS_NOW if set (for tests), the clock otherwise. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.PRAXIS_NOW;
  if (fixed) {
    const d = new Date(fixed.length === 10 ? `${fixed}T23:59:59+01:00` : fixed);
    if (Number.isNaN(d.getTime())) throw new Error(`PRAXIS_NOW="${fixed}" is not a date (expected YYYY-MM-DD)`);
    return d;
  }
  return new Date();
}

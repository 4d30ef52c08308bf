/**
 * "What is new": the machine-readable list of published entries that the build writes
 * to /new-entries.json and the digest reads. The schema is the contract between the two,
 * so a feed from an older or broken build is refused with a sentence, not a crash.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { KINDS, LANGS } from './types.ts';

export const FEED_VERSION = 1;
export const FEED_FILE = 'new-entries.json';

const entrySchema = z.object({
  /** Stable id: collection and entry id, e.g. `practices/de/digital-aber-richtig`. */
  id: z.string().min(1),
  /** Kind of content (collection name). */
  kind: z.enum(KINDS),
  /** Language of the entry. */
  lang: z.enum(LANGS),
  title: z.string().min(1),
  teaser: z.string(),
  /** Absolute address of the entry. */
  url: z.url(),
  /** Date of publication, ISO 8601. */
  date: z.iso.datetime({ offset: true }),
  /** Topic ids. */
  topics: z.array(z.string()),
  /** District keys (AGS). */
  districts: z.array(z.string().regex(/^\d{5}$/u, 'expected a five-digit district key (AGS)')),
});

const feedSchema = z.object({
  version: z.literal(FEED_VERSION, { error: `expected "version": ${FEED_VERSION}` }),
  /** When the build wrote the feed. */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Public origin of the site. */
  site: z.url(),
  /** Every topic, for the preference page's choices. */
  topics: z.array(z.object({ id: z.string().min(1), label: z.object({ de: z.string(), en: z.string() }) })),
  /** Every district with entries, for the preference page's choices. */
  districts: z.array(z.object({ ags: z.string().regex(/^\d{5}$/u), name: z.string().min(1) })),
  entries: z.array(entrySchema),
});

export type FeedEntry = z.infer<typeof entrySchema>;
export type Feed = z.infer<typeof feedSchema>;
/** The choices a subscriber can make, as listed in the feed. */
export type Catalogue = Pick<Feed, 'topics' | 'districts'>;

export class FeedError extends Error {}

/** Check a parsed JSON value; `where` names the file or URL in the message. */
export function parseFeed(value: unknown, where: string): Feed {
  const result = feedSchema.safeParse(value);
  if (!result.success) {
    const lines = result.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`);
    throw new FeedError(`${where} is not a valid list of new entries:\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * Read the feed from a built site folder, a JSON file or an http(s) address.
 * A folder is looked into for `new-entries.json`.
 */
export async function loadFeed(location: string): Promise<Feed> {
  let text: string;
  let where = location;
  if (/^https?:\/\//u.test(location)) {
    let response: Response;
    try {
      response = await fetch(location, { headers: { accept: 'application/json' } });
    } catch (error) {
      throw new FeedError(`Could not fetch ${location}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new FeedError(`Could not fetch ${location}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    try {
      if ((await stat(location)).isDirectory()) where = join(location, FEED_FILE);
      text = await readFile(where, 'utf8');
    } catch {
      throw new FeedError(
        `Could not read ${where}. Build the site first (npm run build) or point --feed at a built site folder or URL.`,
      );
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError(`${where} is not JSON: ${(error as Error).message}`);
  }
  return parseFeed(json, where);
}

/** Newest first, then by id, so the file is stable from build to build. */
export function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Cut a text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/u, '')} …`;
}

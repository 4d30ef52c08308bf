/**
 * Building blocks shared by the collection schemas.
 *
 * Every collection schema is a factory that receives the two helpers Astro hands
 * to schemas (`image`, `reference`). Astro's content layer passes its own; the
 * content checker (`npm run check`) passes stand-ins that record references so
 * it can check that they point at existing entries — which Astro itself does not.
 */
import { z } from 'zod';
import type { reference as astroReference, SchemaContext } from 'astro:content';

/** Helpers a schema factory receives (type-only import: the checker runs without Astro). */
export interface SchemaHelpers {
  /** Astro's `image()` for local images, or a stand-in that accepts a path. */
  image: SchemaContext['image'];
  /** Astro's `reference(collection)`, or a recording stand-in. */
  reference: typeof astroReference;
}

import { COLLECTIONS, type CollectionName } from '../config/collections.ts';
export { COLLECTIONS, type CollectionName };

import { LANGS } from '../config/languages.ts';
export { LANGS };
/** Language of an entry: `de` (German) or `en` (English). */
export const lang = z.enum(LANGS).describe('Language of the entry: de or en');
export type Lang = z.infer<typeof lang>;

const DATE_MESSAGE = 'expected a date written as YYYY-MM-DD, e.g. 2025-03-01';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * A calendar date written as YYYY-MM-DD. Stricter than `z.coerce.date()`, which would turn an empty
 * value into 1970, "March 1" into 2001 and 2025-02-30 into 2 March. YAML parsers may hand over a
 * Date already; the content check (`npm run check`) reads dates as text, so impossible dates are caught there.
 */
export const date = z
  .custom<Date | string>((v) => v instanceof Date || typeof v === 'string', { error: DATE_MESSAGE })
  .transform((v, ctx) => {
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) ctx.addIssue({ code: 'custom', message: DATE_MESSAGE });
      return v;
    }
    const m = DAY.exec(v.trim());
    const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
    const parsed = new Date(Date.UTC(y, mo - 1, d));
    if (!m || parsed.getUTCMonth() !== mo - 1 || parsed.getUTCDate() !== d) {
      ctx.addIssue({
        code: 'custom',
        message: m ? `${v} is not a day of the calendar; ${DATE_MESSAGE}` : DATE_MESSAGE,
      });
      return z.NEVER;
    }
    return parsed;
  })
  .describe('A date written as YYYY-MM-DD');

/** A day as YYYY-MM-DD, or a year, for messages. */
function shown(value: Date | number): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * A refinement for ranges: the field `end` must not lie before the field `start` (dates or years), e.g. a
 * dialogue's endDate before its date, whose calendar entry would then end before it starts. The message
 * names both (`2025-03-01 is before date 2025-04-01`); the check words it in German and English.
 */
export function endNotBefore<T extends object>(start: keyof T & string, end: keyof T & string) {
  return (
    data: T,
    ctx: { addIssue: (issue: { code: 'custom'; message: string; path: string[]; input: unknown }) => void },
  ) => {
    const a = data[start] as unknown;
    const b = data[end] as unknown;
    const value = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'number' ? v : undefined);
    const [from, to] = [value(a), value(b)];
    if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to) || to >= from) return;
    ctx.addIssue({
      code: 'custom',
      message: `${shown(b as Date | number)} is before ${start} ${shown(a as Date | number)}`,
      path: [end],
      input: b,
    });
  };
}

/** A web address: http or https only (other schemes such as javascript: would end up in links). */
export const webUrl = () =>
  z.url({ protocol: /^https?$/u, error: 'expected a full web address starting with https://' });

/** A text in German and (optionally) English. */
export const bilingual = z
  .object({
    /** German text. */
    de: z.string().min(1, 'expected a German text'),
    /** English text; when missing, the German text is shown with a notice. */
    en: z.string().min(1, 'expected an English text').optional(),
  })
  .describe('A text in German (de) and English (en)');

/** A text that must exist in both languages. */
export const bilingualRequired = z.object({
  de: z.string().min(1, 'expected a German text'),
  en: z.string().min(1, 'expected an English text'),
});

/** Where the facts of an entry come from. */
export const source = z
  .object({
    /** Title of the source document. */
    title: z.string().min(1),
    /** Address of the source (web page, PDF). */
    url: webUrl().optional(),
    /** Who published it. */
    publisher: z.string().optional(),
    /** Identifier of the seed document in ../shared/seeds the facts were taken from. */
    seed: z.string().optional(),
  })
  .describe('A source the facts of this entry were taken from');

/**
 * Metadata of a text a translation must translate, `.meta(TRANSLATE)` (on a list of texts: each of them):
 * `npm run new -- <kind> --translate` marks it for translation and copies every other field.
 */
export const TRANSLATE = { translate: true } as const;

/** A labelled link. */
export const link = z.object({
  /** Text of the link. */
  label: z.string().min(1).meta(TRANSLATE),
  /** Address of the link. */
  url: webUrl(),
});

/** A short teaser, as shown on cards and in e-mails. */
export const teaser = z
  .string()
  .min(20, 'expected a teaser of at least 20 characters')
  .max(400, 'expected a teaser of at most 400 characters (cards show about 200)')
  .describe('One or two sentences shown on cards, in search results and e-mails')
  .meta(TRANSLATE);

/** Fields every published, dated document shares; `translation` refers to the same collection. */
export const publishing = (reference: SchemaHelpers['reference'], collection: CollectionName) => ({
  /** Title of the entry. */
  title: z.string().min(3, 'expected a title of at least 3 characters').describe('Title').meta(TRANSLATE),
  /** Language of the entry. */
  lang,
  /** The same entry in the other language, by its id (e.g. `en/my-entry`). */
  translation: reference(collection).optional().describe('id of the translation in the other language'),
  /** True when the text was machine-translated and not yet reviewed. */
  machineTranslated: z.boolean().default(false).describe('Machine-translated, not yet reviewed'),
  /** Drafts appear in `npm run dev` only. */
  draft: z.boolean().default(false).describe('Draft: shown in dev only'),
  /** Date of publication; entries dated in the future are published by the first build on or after it. */
  publishedAt: date.describe('Date of publication (YYYY-MM-DD)'),
  /** Date of the last substantial update. */
  updatedAt: date.optional().describe('Date of the last substantial update'),
  /** Where the facts come from, with addresses. */
  sources: z.array(source).default([]).describe('Sources of the facts, with their addresses'),
});

/** An image with required alternative text. */
export const heroImage = (image: SchemaHelpers['image']) =>
  z
    .object({
      /** Path of the image file, relative to the entry. */
      src: image(),
      /** What the image shows, for people who cannot see it. Required (one message for missing and too short). */
      alt: z
        .string({ error: 'expected alternative text that says what the image shows' })
        .min(5, 'expected alternative text that says what the image shows')
        .meta(TRANSLATE),
      /** Credit line (photographer, licence). */
      credit: z.string().optional(),
    })
    .describe('An image with alternative text');

/** A contact: a person entry or a name with role and channels. E-mail addresses are never printed in plain text. */
export const contact = (reference: SchemaHelpers['reference']) =>
  z
    .object({
      /** A person entry, if the contact has one. */
      person: reference('people').optional(),
      /** Name of the contact (person or office). */
      name: z.string().optional(),
      /** Role or office. */
      role: z.string().optional(),
      /** Organisation. */
      organisation: z.string().optional(),
      /** E-mail address: shown protected, never as plain text. */
      email: z.email({ error: 'expected an e-mail address' }).optional(),
      /** Telephone number. */
      phone: z.string().optional(),
      /** Web page. */
      url: webUrl().optional(),
    })
    .describe('Who to contact about this entry');

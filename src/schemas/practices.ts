/**
 * Good-practice entries (case studies), laid out so that another municipality can
 * judge whether to adopt the solution: problem, solution, results, status, costs,
 * funding and what happened after it, partners, contact, what did not work.
 */
import { z } from 'zod';
import { FIELD_KEYS } from '../config/fields.ts';
import { STATUS_KEYS } from '../config/status.ts';
import {
  endNotBefore,
  contact,
  date,
  heroImage,
  link,
  publishing,
  teaser,
  TRANSLATE,
  type SchemaHelpers,
  webUrl,
} from './common.ts';

const year = z.number().int().min(1990, 'expected a year after 1990').max(2100, 'expected a four-digit year');

export const practiceSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      ...publishing(reference, 'practices'),
      /** One or two sentences for cards and search results. */
      teaser,
      /** The starting problem: what was wrong or missing, for whom. */
      problem: z
        .string()
        .min(20, 'expected a few sentences on the starting problem')
        .describe('Starting problem')
        .meta(TRANSLATE),
      /** The solution: what was built or changed, and how. */
      solution: z.string().min(20, 'expected a few sentences on the solution').describe('Solution').meta(TRANSLATE),
      /** Measurable results, as a summary and key figures. */
      results: z
        .object({
          /** What changed, in a few sentences. */
          summary: z.string().min(1).meta(TRANSLATE),
          /** Key figures, e.g. { value: "−40 %", label: "processing time" }. */
          figures: z.array(z.object({ value: z.string(), label: z.string().meta(TRANSLATE) })).default([]),
        })
        .describe('Measurable results'),
      /** Where the entry stands. */
      status: z.enum(STATUS_KEYS, { error: `expected one of: ${STATUS_KEYS.join(', ')}` }).describe('Status'),
      /** What happened (or will happen) once the funding ended. */
      afterFunding: z.string().optional().describe('Status after the funding ended').meta(TRANSLATE),
      /** Year the work started. */
      startYear: year.describe('Year the work started'),
      /** Year it ended, if it did. */
      endYear: year.optional(),
      /** Costs in euros, where known. */
      costs: z
        .object({
          /** One-off costs in euros. */
          oneOff: z.number().nonnegative().optional(),
          /** Yearly running costs in euros. */
          yearly: z.number().nonnegative().optional(),
          /** What the figures include. */
          note: z.string().optional().meta(TRANSLATE),
        })
        .optional()
        .describe('One-off and yearly costs in euros'),
      /** Funding programmes. */
      funding: z
        .array(
          z.object({
            /** Name of the programme. */
            programme: z.string(),
            /** Who funds it. */
            funder: z.string().optional(),
            /** Amount in euros. */
            amount: z.number().nonnegative().optional(),
          }),
        )
        .default([]),
      /** Partners: firms, universities, associations. */
      partners: z
        .array(z.object({ name: z.string(), role: z.string().optional().meta(TRANSLATE), url: webUrl().optional() }))
        .default([]),
      /** Municipalities (Gemeinden, Städte) involved, by name. */
      municipalities: z.array(z.string()).default([]),
      /** Districts involved, by AGS. Several districts mean inter-municipal cooperation. */
      districts: z
        .array(reference('districts'))
        .min(1, 'expected at least one district (AGS)')
        .describe('Districts by AGS'),
      /** Fields of action (Handlungsfelder); the first is the main one. */
      fields: z
        .array(z.enum(FIELD_KEYS, { error: `expected one of: ${FIELD_KEYS.join(', ')}` }))
        .min(1, 'expected at least one field of action')
        .describe('Fields of action'),
      /** Topics. */
      topics: z.array(reference('topics')).default([]),
      /** The project the entry comes from. */
      projects: z.array(reference('projects')).default([]),
      /** Who to contact. */
      contact: contact(reference).optional(),
      /** For software: licence and where its source code lives. */
      software: z
        .object({
          /** Licence, ideally as an SPDX identifier such as EUPL-1.2. */
          licence: z.string().optional(),
          /** Address of the source code. */
          sourceUrl: webUrl().optional(),
        })
        .optional(),
      /** What did not work, and what others should do differently. */
      lessons: z.string().optional().describe('What did not work').meta(TRANSLATE),
      /** Date an editor last checked that the entry is still true. */
      lastChecked: date.describe('Date the entry was last checked (YYYY-MM-DD)'),
      /** Further links (documentation, reports). */
      links: z.array(link).default([]),
      /** Show on the home page. */
      featured: z.boolean().default(false),
      /** Image shown above the entry and on cards. */
      heroImage: heroImage(image).optional(),
    })
    .superRefine(endNotBefore('startYear', 'endYear'))
    .superRefine(endNotBefore('publishedAt', 'updatedAt'));
export type PracticeData = z.infer<ReturnType<typeof practiceSchema>>;

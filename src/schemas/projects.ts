/** Research and transfer projects, with phases. One file per language. */
import { z } from 'zod';
import { endNotBefore, date, link, publishing, teaser, TRANSLATE, type SchemaHelpers, webUrl } from './common.ts';

export const projectSchema = ({ reference }: SchemaHelpers) =>
  z
    .object({
      ...publishing(reference, 'projects'),
      /** Short name, e.g. an acronym. */
      shortTitle: z.string().optional(),
      /** One or two sentences for cards. */
      teaser,
      /** Kind of project. */
      kind: z.enum(['research', 'transfer', 'model-project', 'network']).default('research'),
      /** Institution that leads the project, and its lead person. */
      lead: z.object({ institution: z.string(), person: reference('people').optional() }),
      /** Who funds it. */
      funding: z.array(z.object({ funder: z.string(), programme: z.string().optional() })).default([]),
      /** Cooperation partners. */
      partners: z
        .array(z.object({ name: z.string(), role: z.string().optional().meta(TRANSLATE), url: webUrl().optional() }))
        .default([]),
      /** People and their roles in the project. */
      people: z.array(z.object({ person: reference('people'), role: z.string().meta(TRANSLATE) })).default([]),
      /** Phases with dates and districts. */
      phases: z
        .array(
          z
            .object({
              /** Name of the phase or sub-project. */
              name: z.string(),
              /** First day. */
              start: date,
              /** Last day. */
              end: date.optional(),
              /** Districts the phase works with. */
              districts: z.array(reference('districts')).default([]),
              /** Partner that carries out the phase. */
              partner: z.string().optional(),
              /** What the phase does. */
              description: z.string().optional().meta(TRANSLATE),
            })
            .superRefine(endNotBefore('start', 'end')),
        )
        .default([]),
      /** Districts the project works with overall. */
      districts: z.array(reference('districts')).default([]),
      /** Topics. */
      topics: z.array(reference('topics')).default([]),
      /** Links to the project's own pages. */
      links: z.array(link).default([]),
    })
    .superRefine(endNotBefore('publishedAt', 'updatedAt'));
export type ProjectData = z.infer<ReturnType<typeof projectSchema>>;

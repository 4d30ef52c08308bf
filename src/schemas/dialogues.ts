/** Practice dialogues: workshops and forums bringing municipalities, start-ups, universities and civil society together. */
import { z } from 'zod';
import { endNotBefore, date, link, publishing, teaser, TRANSLATE, type SchemaHelpers } from './common.ts';

export const DIALOGUE_FORMATS = ['workshop', 'forum', 'conference', 'webinar', 'site-visit', 'barcamp'] as const;

export const dialogueSchema = ({ reference }: SchemaHelpers) =>
  z
    .object({
      ...publishing(reference, 'dialogues'),
      /** One or two sentences for cards. */
      teaser,
      /** First day of the dialogue. */
      date,
      /** Last day, for events over several days. */
      endDate: date.optional(),
      /** Where it takes place; `online: true` for online events. */
      place: z.object({
        // Field texts in the schema itself (English and German), read by the check, `npm run new` and the guide.
        name: z.string().meta({ description: 'Name of the place', de: 'Name des Orts' }),
        address: z.string().optional().meta({ description: 'Address', de: 'Adresse' }),
        online: z.boolean().default(false),
      }),
      /** Format. */
      format: z.enum(DIALOGUE_FORMATS, { error: `expected one of: ${DIALOGUE_FORMATS.join(', ')}` }),
      /** Districts taking part. */
      districts: z.array(reference('districts')).default([]),
      /** Topics. */
      topics: z.array(reference('topics')).default([]),
      /** Organisations taking part. */
      organisations: z.array(z.string()).default([]),
      /** What came out of it. */
      outcomes: z.array(z.string()).default([]).meta(TRANSLATE),
      /** Documentation: minutes, slides, recordings. */
      documentation: z.array(link).default([]),
      /** The project that organises it. */
      project: reference('projects').optional(),
    })
    .superRefine(endNotBefore('date', 'endDate'))
    .superRefine(endNotBefore('publishedAt', 'updatedAt'));
export type DialogueData = z.infer<ReturnType<typeof dialogueSchema>>;

/** Blog posts. */
import { z } from 'zod';
import { endNotBefore, heroImage, publishing, teaser, type SchemaHelpers } from './common.ts';

export const postSchema = ({ image, reference }: SchemaHelpers) =>
  z
    .object({
      ...publishing(reference, 'posts'),
      /** One or two sentences for cards, feeds and e-mails. */
      teaser,
      /** Who wrote it (person entries). */
      authors: z.array(reference('people')).min(1, 'expected at least one author').describe('Authors'),
      /** Topics the post is about. */
      topics: z.array(reference('topics')).default([]).describe('Topics'),
      /** Districts the post is about. */
      districts: z.array(reference('districts')).default([]).describe('Districts by AGS'),
      /** Projects the post reports on. */
      projects: z.array(reference('projects')).default([]),
      /** Image shown above the post and on cards. */
      heroImage: heroImage(image).optional(),
    })
    .superRefine(endNotBefore('publishedAt', 'updatedAt'));
export type PostData = z.infer<ReturnType<typeof postSchema>>;

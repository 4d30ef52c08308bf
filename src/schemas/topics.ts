/** Topics (Themen): a key (the file name), German and English label, description. */
import { z } from 'zod';
import { bilingual, bilingualRequired } from './common.ts';

export const topicSchema = () =>
  z.object({
    /** Label in German and English. */
    label: bilingualRequired.describe('Label of the topic'),
    /** What the topic covers. */
    description: bilingual.optional().describe('What the topic covers'),
    /** Extra search words (synonyms, compound parts) added to every entry with this topic. */
    keywords: z.array(z.string()).default([]).describe('Extra search words'),
  });
export type TopicData = z.infer<ReturnType<typeof topicSchema>>;

/**
 * Content collections. Entries live under `content/` (or the folder named by
 * PRAXIS_CONTENT_DIR, which the seed generator and benchmarks use); one schema
 * per collection lives in `src/schemas/`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { SchemaHelpers } from './schemas/common.ts';
import { postSchema } from './schemas/posts.ts';
import { practiceSchema } from './schemas/practices.ts';
import { districtSchema } from './schemas/districts.ts';
import { reportSchema } from './schemas/reports.ts';
import { projectSchema } from './schemas/projects.ts';
import { personSchema } from './schemas/people.ts';
import { topicSchema } from './schemas/topics.ts';
import { dialogueSchema } from './schemas/dialogues.ts';
import { contentDir } from './lib/contentDir.ts';

const base = contentDir();
const mdx = (name: string) => glob({ pattern: '**/[^_]*.mdx', base: `${base}/${name}` });
const yaml = (name: string) => glob({ pattern: '**/[^_]*.{yaml,yml}', base: `${base}/${name}` });

const helpers = (image: SchemaHelpers['image']): SchemaHelpers => ({ image, reference });

export const collections = {
  posts: defineCollection({ loader: mdx('posts'), schema: ({ image }) => postSchema(helpers(image)) }),
  practices: defineCollection({ loader: mdx('practices'), schema: ({ image }) => practiceSchema(helpers(image)) }),
  projects: defineCollection({ loader: mdx('projects'), schema: ({ image }) => projectSchema(helpers(image)) }),
  dialogues: defineCollection({ loader: mdx('dialogues'), schema: ({ image }) => dialogueSchema(helpers(image)) }),
  reports: defineCollection({ loader: yaml('reports'), schema: ({ image }) => reportSchema(helpers(image)) }),
  districts: defineCollection({
    // Keyed by the official key (AGS): the file name is "<AGS>-<name>.yaml", the id is the AGS.
    loader: glob({
      pattern: '**/[^_]*.{yaml,yml}',
      base: `${base}/districts`,
      generateId: ({ entry }) => entry.replace(/^.*?(\d{5})[^/]*$/u, '$1'),
    }),
    schema: districtSchema(),
  }),
  people: defineCollection({ loader: yaml('people'), schema: personSchema() }),
  topics: defineCollection({ loader: yaml('topics'), schema: topicSchema() }),
};

/**
 * Site configuration: the one place for facts about the site itself.
 * Validated with Zod when the site builds, so a typo reads as a sentence.
 */
import { z } from 'astro/zod';

const siteSchema = z.object({
  /** Public origin of the site, used for canonical URLs, feeds and e-mails. */
  url: z.url().describe('Public origin of the site, without trailing slash'),
  /** Name shown in the header, titles and e-mails. */
  name: z.string().min(1),
  /** One-line description per language. */
  tagline: z.object({ de: z.string().min(1), en: z.string().min(1) }),
  /** Who operates the site (shown in imprint templates, JSON-LD and feeds). */
  operator: z.object({
    name: z.string().min(1),
    url: z.url().optional(),
  }),
  /** Licence of the hub's own texts and open data. */
  contentLicence: z.object({ name: z.string(), url: z.url() }),
  /** Entries per page in paginated lists. */
  pageSize: z.number().int().min(1).max(100),
  /** Show the MDX component style guide in production builds. */
  showStyleGuide: z.boolean(),
});

export type SiteConfig = z.infer<typeof siteSchema>;

const parsed = siteSchema.safeParse({
  url: process.env.PRAXIS_SITE_URL ?? 'https://praxisdialog.example',
  name: 'Praxisdialog',
  tagline: {
    de: 'Gute Praxis für die digitale Kommune',
    en: 'Good practice for the digital municipality',
  },
  operator: { name: 'Redaktion Praxisdialog' },
  contentLicence: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  pageSize: 12,
  showStyleGuide: process.env.PRAXIS_STYLE_GUIDE === '1',
});

if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  site.${i.path.join('.')}: ${i.message}`);
  throw new Error(`src/config/site.ts is not valid:\n${lines.join('\n')}`);
}

export const site: SiteConfig = parsed.data;

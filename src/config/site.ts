/**
 * Site configuration: the one place for facts about the site itself.
 * Validated with Zod when the site builds, so a typo reads as a sentence.
 */
import { z } from 'zod';

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
  /** Open data (practice catalogue, calendar): licence and who publishes it, as DCAT-AP.de metadata names them. */
  openData: z.object({
    /** Licence of the data files: name, address and the licence's URI from the DCAT-AP.de vocabulary. */
    licence: z.object({
      name: z.string().min(1),
      url: z.url(),
      dcatUri: z.url().describe('e.g. http://dcat-ap.de/def/licenses/cc-by/4.0'),
    }),
    /** Text for the attribution the licence requires ("dcatde:licenseAttributionByText"). */
    attribution: z.string().min(1),
    /** Publisher of the datasets (dct:publisher). */
    publisher: z.object({ name: z.string().min(1), url: z.url() }),
    /** Contact point for questions about the data (dcat:contactPoint): an address to write to or a page. */
    contact: z.object({ name: z.string().min(1), email: z.email().optional(), url: z.url() }),
  }),
  /** Entries per page in paginated lists. */
  pageSize: z.number().int().min(1).max(100),
  /** Show the MDX component style guide in production builds. */
  showStyleGuide: z.boolean(),
});

export type SiteConfig = z.infer<typeof siteSchema>;

const siteUrl = process.env.PRAXIS_SITE_URL ?? 'https://praxisdialog.example';
const origin = siteUrl.replace(/\/+$/u, '');

const parsed = siteSchema.safeParse({
  url: siteUrl,
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
  openData: {
    licence: {
      name: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      dcatUri: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
    },
    attribution: 'Praxisdialog, Redaktion Praxisdialog',
    publisher: { name: 'Redaktion Praxisdialog', url: `${origin}/` },
    contact: { name: 'Redaktion Praxisdialog', url: `${origin}/impressum/` },
  },
  pageSize: 12,
  showStyleGuide: process.env.PRAXIS_STYLE_GUIDE === '1',
});

if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  site.${i.path.join('.')}: ${i.message}`);
  throw new Error(`src/config/site.ts is not valid:\n${lines.join('\n')}`);
}

export const site: SiteConfig = parsed.data;

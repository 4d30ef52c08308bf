/** Reports: district reports, final reports, studies. One entry carries both languages. */
import { z } from 'zod';
import { bilingual, date, LANGS, source, type SchemaHelpers, webUrl } from './common.ts';

export const REPORT_KINDS = ['district-report', 'final-report', 'study', 'working-paper'] as const;

export const reportSchema = ({ reference }: SchemaHelpers) =>
  z.object({
    /** Title in the language of the document. */
    title: z.string().min(3),
    /** Subtitle. */
    subtitle: z.string().optional(),
    /** Title in English, if the document's title is German. */
    titleEn: z.string().optional(),
    /** Kind of report. */
    kind: z.enum(REPORT_KINDS, { error: `expected one of: ${REPORT_KINDS.join(', ')}` }),
    /** Authors with person entries. */
    authors: z.array(reference('people')).default([]),
    /** Authors without person entries, as printed. */
    authorNames: z.array(z.string()).default([]),
    /** Publisher or issuing organisation. */
    publisher: z.string().optional(),
    /** Year of publication, if known. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** Language of the document itself. */
    documentLang: z.enum(LANGS).default('de'),
    /** Keywords in German and English. */
    keywords: z.object({ de: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }),
    /** Abstract in German and English. */
    abstract: bilingual,
    /** Address of the report on the web. */
    url: webUrl().optional(),
    /** Address of the PDF. */
    pdf: webUrl().optional(),
    /** DOI, e.g. 10.1234/abcd. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI such as 10.1234/abcd')
      .optional(),
    /** URN, e.g. urn:nbn:de:... */
    urn: z
      .string()
      .regex(/^urn:[a-z0-9-]+:/i, 'expected a URN such as urn:nbn:de:...')
      .optional(),
    /** Districts the report is about. */
    districts: z.array(reference('districts')).default([]),
    /** Topics. */
    topics: z.array(reference('topics')).default([]),
    /** Project the report comes from. */
    project: reference('projects').optional(),
    /** Date the entry was added to the hub. */
    publishedAt: date,
    /** Drafts appear in dev only. */
    draft: z.boolean().default(false),
    /** Where the facts come from. */
    sources: z.array(source).default([]),
  });
export type ReportData = z.infer<ReturnType<typeof reportSchema>>;

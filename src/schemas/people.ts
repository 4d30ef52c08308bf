/** People: authors, contacts, project staff. */
import { z } from 'zod';
import { bilingual, source, webUrl } from './common.ts';

export const personSchema = () =>
  z.object({
    /** Full name as it should be printed, without title. */
    name: z.string().min(2).describe('Full name without academic title'),
    /** Academic title, e.g. "Prof. Dr.". */
    honorific: z.string().optional().describe('Academic title, e.g. Prof. Dr.'),
    /** Role, in German and English. */
    role: bilingual.describe('Role, e.g. project lead'),
    /** Institution the person works for. */
    affiliation: z.string().optional().describe('Institution'),
    /** Unit within the institution. */
    unit: z.string().optional(),
    /** E-mail address: never published in plain text. */
    email: z.email({ error: 'expected an e-mail address' }).optional(),
    /** Telephone number. */
    phone: z.string().optional(),
    /** Postal address of the office. */
    address: z.string().optional(),
    /** Personal or institutional web page. */
    url: webUrl().optional(),
    /** A few sentences about the person. */
    bio: bilingual.optional(),
    /** True for a team or editorial office rather than a single person. */
    isTeam: z.boolean().default(false),
    /** Where these facts come from. */
    sources: z.array(source).default([]),
  });
export type PersonData = z.infer<ReturnType<typeof personSchema>>;

/**
 * Districts (Landkreise and kreisfreie Städte), keyed by their official key (AGS).
 * Name, state, population, area and density are NOT typed here: they come from the
 * package `landkreise-deutschland` by AGS (see src/lib/districts.ts).
 */
import { z } from 'zod';
import { bilingual, link, source, webUrl } from './common.ts';
import { districtFacts } from '../lib/districts.ts';

export const districtSchema = () =>
  z.object({
    /** Official five-digit key (Amtlicher Gemeindeschlüssel), e.g. "06435". */
    ags: z
      .string({ error: 'expected the five-digit official key (AGS) in quotes, e.g. "06435"' })
      // abort: a malformed key gets this one message, not also "no district with the key … exists".
      .regex(/^\d{5}$/, { error: 'expected five digits, e.g. "06435"', abort: true })
      .refine((ags) => districtFacts(ags) !== undefined, {
        error: (issue) =>
          `no district with the official key ${String(issue.input)} exists (see landkreise-deutschland)`,
      })
      .describe('Official district key (AGS), five digits'),
    /** Position of the district seat for the map. */
    coordinates: z
      .object({
        lat: z.number().min(47).max(55.1),
        lon: z.number().min(5.8).max(15.1),
      })
      .describe('Latitude and longitude of the district seat'),
    /** A few sentences about the district. */
    description: bilingual.optional(),
    /** The district's own web site. */
    website: webUrl().optional(),
    /** Further links. */
    links: z.array(link).default([]),
    /** Where the facts come from. */
    sources: z.array(source).default([]),
  });
export type DistrictData = z.infer<ReturnType<typeof districtSchema>>;

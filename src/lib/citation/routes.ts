/** What the citation routes under src/pages/zitation share: one file per published report and format. */
import type { CollectionEntry } from 'astro:content';
import { publishedReports } from '../entries.ts';
import { filesOrPaths, type BuildFile } from '../buildFiles.ts';
import { reportCitation } from './report.ts';
import { toBibtex } from './bibtex.ts';
import { toCsl } from './csl.ts';
import { toRis } from './ris.ts';
import type { CitationRecord } from './record.ts';

const FORMATS = {
  bib: { type: 'application/x-bibtex; charset=utf-8', write: toBibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', write: toRis },
  'csl.json': {
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    write: (r: CitationRecord) => `${JSON.stringify(toCsl(r), null, 2)}\n`,
  },
} as const;

export type CitationFormat = keyof typeof FORMATS;

type Report = CollectionEntry<'reports'>;

/** A report's citation in one format, as a file of the site: `/zitation/<id>.<format>`. */
export async function citationFile(entry: Report, format: CitationFormat): Promise<BuildFile> {
  const { type, write } = FORMATS[format];
  return { pathname: `/zitation/${entry.id}.${format}`, type, body: write(await reportCitation(entry)) };
}

/** The paths of a citation route; none in a production build, which takes the files at once (src/lib/buildFiles.ts). */
export async function citationStaticPaths(format: CitationFormat) {
  return filesOrPaths(
    await publishedReports(),
    (entry) => citationFile(entry, format),
    (entry) => ({ params: { id: entry.id }, props: { entry } }),
  );
}

/** A citation as the response of its route (dev, and a build that does not take the files). */
export async function citationResponse(entry: Report, format: CitationFormat): Promise<Response> {
  const { body, type } = await citationFile(entry, format);
  return new Response(body, { headers: { 'content-type': type } });
}

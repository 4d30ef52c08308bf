/**
 * The thread that feeds Pagefind the pages as Astro renders them (pagefind.ts `indexWhileRendering`). Pagefind's
 * Node API sends each page to its service as base64-encoded JSON over a pipe; on the main thread that encoding
 * and writing took ≈ 1.7 ms a page, a tenth of the page step of a 1,000-entry build. Here it runs beside the
 * rendering, with the hash of each page that the end of the build compares with the files.
 *
 * Messages are handled in order (the index depends on the order of its pages); the answer to `finish` comes after
 * every page sent before it.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { sha256, writeIndex, type IndexAnswer, type IndexMessage } from './pagefind.ts';

/**
 * Pagefind indexes only the pages with this attribute once any page has it (SearchMeta.astro puts it on entry
 * pages), so the others — a third of the HTML: lists, facets, legal pages — are hashed but not sent.
 */
const BODY_MARKER = 'data-pagefind-body';

const answer = (a: IndexAnswer) => parentPort!.postMessage(a);

const created = pagefind.createIndex({ keepIndexUrl: false });
const hashes: [string, string][] = [];
const adding: Promise<{ errors: string[] }>[] = [];
let sent = 0;

parentPort!.on('message', (message: IndexMessage) => {
  if ('finish' in message) {
    void finish(message.finish).then(answer, (error: unknown) => answer({ failed: String(error) }));
    return;
  }
  const { sourcePath, content } = message;
  hashes.push([sourcePath, sha256(content)]);
  if (!content.includes(BODY_MARKER)) {
    answer({ handled: content.length });
    return;
  }
  sent++;
  adding.push(
    created
      .then(({ index, errors }) => (index ? index.addHTMLFile({ sourcePath, content }) : { errors }))
      .finally(() => answer({ handled: content.length })),
  );
});

async function finish(outputPath: string | undefined): Promise<IndexAnswer> {
  try {
    const { index, errors: createErrors } = await created;
    if (createErrors.length > 0 || !index) return { failed: `Pagefind createIndex failed: ${createErrors.join('; ')}` };
    const errors = (await Promise.all(adding)).flatMap((a) => a.errors);
    if (errors.length > 0) return { failed: `Pagefind addHTMLFile failed:\n  ${errors.join('\n  ')}` };
    // Without any page to index, Pagefind would have indexed all of them: the folder is indexed instead.
    if (sent === 0 && hashes.length > 0) return { differs: `no page has ${BODY_MARKER}` };
    if (outputPath === undefined) return { differs: 'not written' };
    return { summary: await writeIndex(index, outputPath, hashes.length), hashes };
  } finally {
    await pagefind.close();
  }
}

/**
 * `npm run check` — validate all content and list every problem at once.
 * Usage: npm run check [-- --lang de|en] [-- --root <content folder>]
 * Exits with 1 when there are errors; warnings alone exit with 0.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/contentCheck/index.ts';
import { formatReport, resolveLang } from '../src/lib/contentCheck/format.ts';
import { listContent } from '../src/lib/contentCheck/files.ts';
import { contentDir } from '../src/lib/contentDir.ts';
import { buildNow } from '../src/lib/publish.ts';
import { site } from '../src/config/site.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' }, root: { type: 'string' } } });
const lang = resolveLang(values.lang);
const root = values.root ?? contentDir();
const problems = checkContent({ root, now: buildNow(), site: site.url });
console.log(formatReport(problems, lang, listContent(root).files.length));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;

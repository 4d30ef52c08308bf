/**
 * The texts of the imprint, the privacy policy and the accessibility statement (src/components/pages/LegalPage.astro),
 * German and English side by side: a message catalog, ./legal.json (see ./catalog.ts). The operator's facts (names,
 * addresses, e-mail) are not here: the page puts them after or between these texts. Numbers the operator sets
 * (retention periods) are {placeholders} of the catalog's templates, filled by the functions made here.
 *
 * Notes for translators, as JSON has no comments: these texts are followed by facts from the operator data —
 * `privacy.logsText` by the hosting company's name and address, `privacy.complaintText` by the supervisory
 * authority's name, address and web address, `accessibility.statusText` by the operator's own evaluation,
 * `accessibility.reportText` by the feedback address, `accessibility.conciliationText` by the conciliation body's
 * name and web address; `accessibility.intro` follows the operator's name. {days} in `privacy.logsText` and the
 * placeholders of the other retention texts are the periods of `Keep`.
 */
import { LANGS } from '../config/languages.ts';
import { checkCatalog } from './catalog.ts';
import { fill } from './fill.ts';
import catalog from './legal.json' with { type: 'json' };
import type { Pair, Table } from './localise.ts';

/** The retention periods the privacy policy states (src/lib/newsletter/config.ts: retentionPeriods()). */
interface Keep {
  tokenTtlHours: number;
  unsubscribedDays: number;
  proofDays: number;
  submissionDays: number;
  backupDays: number;
}

/** A template of each language as a function of its argument, which `values` turns into the placeholders' values. */
function template<A>(pair: Pair<string>, values: (arg: A) => Record<string, number>): Pair<(arg: A) => string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, (arg: A) => fill(pair[lang], values(arg))])) as Pair<
    (arg: A) => string
  >;
}

const text = checkCatalog(catalog, 'src/i18n/legal.json');
const periods = (keep: Keep) => ({ ...keep });

export const LEGAL = {
  ...text,
  privacy: {
    ...text.privacy,
    logsText: template(text.privacy.logsText, (days: number) => ({ days })),
    newsletterRetention: template(text.privacy.newsletterRetention, periods),
    submissionsText: template(text.privacy.submissionsText, periods),
    backupsText: template(text.privacy.backupsText, periods),
  },
} satisfies Table;

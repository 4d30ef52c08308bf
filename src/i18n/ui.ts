/**
 * The site's UI strings, German and English side by side. The texts are a message catalog, ./ui.json (see
 * ./catalog.ts); only what is made from other data — the collections' names — is added here. `ui(lang)` in
 * src/lib/i18n.ts gives one language's strings.
 *
 * Notes for translators, as JSON has no comments: `footer.about` follows the site's name ("Praxisdialog sammelt,
 * …"); `notStated` is for an empty field of an entry that names its sources, `notGiven` for one without; in
 * `entryCount`, {n} is the number; in `district.similarLead`, {date} is the figures' reference date;
 * `translation.missingForOther` says the same fact to readers of the other language, on this page.
 */
import { labels } from '../config/collections.ts';
import { checkCatalog } from './catalog.ts';
import type { Table } from './localise.ts';
import catalog from './ui.json' with { type: 'json' };

export const UI = {
  ...checkCatalog(catalog, 'src/i18n/ui.json'),
  kinds: { de: labels('de', 'one'), en: labels('en', 'one') },
  kindsPlural: { de: labels('de', 'many'), en: labels('en', 'many') },
} satisfies Table;

/**
 * Strings of the practice submission — the form page, the server's answer pages and the e-mails —, German and
 * English side by side (`{ de, en }` pairs, see localise.ts). Placeholders are written {name} and filled by
 * `fill()` (./fill.ts). The texts are a message catalog, ./submit.json (see ./catalog.ts).
 */
import { checkCatalog } from './catalog.ts';
import type { Table } from './localise.ts';
import catalog from './submit.json' with { type: 'json' };

export const SUBMIT = checkCatalog(catalog, 'src/i18n/submit.json') satisfies Table;

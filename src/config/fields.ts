/**
 * Fields of action (Handlungsfelder) of municipal digitalisation.
 * A fixed list, so that the directory's facets stay comparable across entries. The labels are a message
 * catalog, ./fields.json (see src/i18n/catalog.ts); the keys are what entries store.
 */
import { checkCatalog } from '../i18n/catalog.ts';
import catalog from './fields.json' with { type: 'json' };

export const FIELDS = checkCatalog(catalog, 'src/config/fields.json');

export type FieldKey = keyof typeof FIELDS;
export const FIELD_KEYS = Object.keys(FIELDS) as [FieldKey, ...FieldKey[]];

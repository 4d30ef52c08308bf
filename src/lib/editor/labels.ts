/**
 * Short field labels for the browser editor, in German and English. The help text under each field is the
 * field's hint (src/lib/contentCheck/hints.ts, the same words `npm run check` and `npm run new` use); a label
 * is the first words of that hint ("Titel des Eintrags", "Entwurf") unless the hint opens with a whole
 * sentence, where this table gives a short name. Keys as in hints.ts: `collection:path` wins over `path`,
 * list items as `[]`. The labels are a message catalog, ./labels.json (src/i18n/catalog.ts). `heroImage.alt` says
 * when it is required: Decap marks it "(optional)", as it cannot require a field only when the image is there.
 */
import type { Lang } from '../../config/languages.ts';
import { checkCatalog } from '../../i18n/catalog.ts';
import labels from './labels.json' with { type: 'json' };

export const LABELS: Record<string, Record<Lang, string>> = checkCatalog(labels, 'src/lib/editor/labels.json');

/** The first words of a hint, up to a colon, bracket, comma or semicolon: "Name (Person oder Stelle)" → "Name". */
export function labelFromHint(hint: string): string {
  const head = hint.split(/[:(,;]| – | z\. B\.| e\.g\./u)[0]!.trim();
  return head.length > 0 ? head : hint;
}

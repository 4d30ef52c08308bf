/** Social-image cards the sharing tests draw. */
import type { OgCard } from '../../../src/lib/og/card.ts';

/** 40 letters, no hyphen in it: Donau-… without the hyphens. */
const COMPOUND = 'Kreisverwaltungsdigitalisierungsvorhaben';

/** A title full of umlauts, ẞ, German quotes and a 40-letter compound. */
export const UMLAUT_CARD: OgCard = {
  lang: 'de',
  kind: 'Gute Praxis',
  title: `„Größere Übergänge“: ${COMPOUND} für Ämter, Bürgerbüros und die GROẞE Außenstelle Fürstenwalde`,
  meta: ['Kyffhäuserkreis, Märkisch-Oderland', '31. März 2026'],
};

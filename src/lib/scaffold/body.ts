/** The text part of a new MDX entry: a note on what goes here, and the usual sections. */
import { specOf, type CollectionName } from '../../config/collections.ts';
import type { Lang } from '../../config/languages.ts';

export function bodyTemplate(collection: CollectionName, lang: Lang): string {
  const note =
    lang === 'de'
      ? `{/* Ab hier steht der Text. Abschnitte beginnen mit ##, Unterabschnitte mit ###.
    Bausteine wie Infobox, Kennzahlen, Zitat, Bild mit Bildunterschrift oder Video:
    siehe docs/editors-guide.de.md. Vorschau: npm run dev. Prüfen: npm run check. */}`
      : `{/* The text starts here. Sections start with ##, subsections with ###.
    Building blocks such as info box, key figures, quote, figure with caption or video:
    see docs/editors-guide.en.md. Preview: npm run dev. Check: npm run check. */}`;
  const todo = lang === 'de' ? 'TODO: Ihr Text.' : 'TODO: your text.';
  const sections = (specOf(collection).bodySections?.[lang] ?? []).map((h) => `## ${h}\n\n${todo}\n`);
  return `${note}\n\n${sections.join('\n')}`;
}

/**
 * Each MDX component's name, what it is for and what each prop means, in German and English: the name
 * labels its button in the browser editor (src/lib/editor/components.ts), the rest explains it in the style
 * guide. tests/editor/coverage.test.ts fails when a component or a prop in ./props.ts has no entry here. The
 * texts are a message catalog, ./docs.json (see src/i18n/catalog.ts).
 */
import { checkCatalog } from '../../i18n/catalog.ts';
import type { Pair } from '../../i18n/localise.ts';
import catalog from './docs.json' with { type: 'json' };
import type { ComponentName } from './props.ts';

type Text = Pair<string>;

export const COMPONENT_DOCS: Record<ComponentName, { label: Text; what: Text; props: Record<string, Text> }> =
  checkCatalog(catalog, 'src/lib/mdx/docs.json', { placeholders: false });

/** Which examples show which components (KeyFigure and Phase appear inside their parents' examples). */
export const EXAMPLES: { file: string; components: ComponentName[] }[] = [
  { file: 'InfoBox', components: ['InfoBox'] },
  { file: 'KeyFigures', components: ['KeyFigures', 'KeyFigure'] },
  { file: 'Quote', components: ['Quote'] },
  { file: 'Figure', components: ['Figure'] },
  { file: 'ContactCard', components: ['ContactCard'] },
  { file: 'DownloadLink', components: ['DownloadLink'] },
  { file: 'Timeline', components: ['Timeline', 'Phase'] },
  { file: 'Video', components: ['Video'] },
];

/**
 * The MDX component kit: every component editors may use in MDX without importing it.
 * Pages render entries with `<Content components={mdxComponents} />`. Their props are
 * defined once in ./props.ts; `npm run check` validates what editors write against it.
 */
import InfoBox from './InfoBox.astro';
import KeyFigures from './KeyFigures.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';
import Figure from './Figure.astro';
import ContactCard from './ContactCard.astro';
import DownloadLink from './DownloadLink.astro';
import Timeline from './Timeline.astro';
import Phase from './Phase.astro';
import Video from './Video.astro';
import type { ComponentName } from './props.ts';

export const mdxComponents = {
  InfoBox,
  KeyFigures,
  KeyFigure,
  Quote,
  Figure,
  ContactCard,
  DownloadLink,
  Timeline,
  Phase,
  Video,
} satisfies Record<ComponentName, unknown>;

/** getStaticPaths helpers shared by the German and English route files. */
import { published, slugOf, type LocalisedCollection } from './entries.ts';
import type { Lang } from './i18n.ts';
import { keyed } from './pageCache.ts';

/** One page per published entry of a localised collection in one language. */
export async function entryPaths<C extends LocalisedCollection>(collection: C, lang: Lang) {
  const entries = await published(collection, lang);
  return keyed(entries.map((entry) => ({ params: { slug: slugOf(entry) }, props: { entry } })));
}

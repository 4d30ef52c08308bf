/** Where the submission form lives on the site, per language. */
import { path, type Lang } from '../i18n.ts';

export function submitPath(lang: Lang): string {
  return path(lang, 'practices', lang === 'de' ? 'einreichen' : 'submit');
}

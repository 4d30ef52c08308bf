/**
 * Is an image's alternative text useful? Screen readers read it instead of the
 * image, so it should say what the image shows — not be empty, a file name, a bare
 * "Bild", or start with "Bild von", which the screen reader already announces.
 */
import { q, t, type Text } from './messages.ts';

/** Words that say only that there is an image. */
const GENERIC = new Set([
  'bild',
  'foto',
  'photo',
  'image',
  'picture',
  'grafik',
  'graphic',
  'abbildung',
  'figure',
  'screenshot',
  'img',
  'logo',
  'icon',
  'titelbild',
  'header',
  'alt',
  'alttext',
  'todo',
]);

const FILE_NAME = /\.(jpe?g|png|a?png|webp|avif|gif|svg|tiff?)$/iu;
const CAMERA_NAME = /^(img|dsc|dscn|pxl|p)[-_]?\d+/iu;
const REDUNDANT =
  /^(ein |das )?(bild|foto|grafik|abbildung) (von|zeigt|mit)\b|^(an? |the )?(image|photo|picture|graphic) (of|showing)\b/iu;

const EXPECTED = t(
  'ein Satz, der sagt, was das Bild zeigt, z. B. „Landrätin eröffnet das Bürgerbüro in Gelnhausen“',
  'a sentence saying what the image shows, e.g. "District administrator opens the citizens’ office"',
);

export function altProblem(alt: string, src: string): { wrong: Text; expected: Text } | undefined {
  const text = alt.trim();
  if (text === '') return { wrong: t('kein Alternativtext', 'no alternative text'), expected: EXPECTED };
  const bare = text.toLowerCase().replace(/[\s\d_.:-]+$/u, '');
  const fileName = src.split('/').pop() ?? '';
  if (FILE_NAME.test(text) || CAMERA_NAME.test(text) || (fileName !== '' && text === fileName)) {
    return { wrong: t(`${q(text).de} ist ein Dateiname`, `${q(text).en} is a file name`), expected: EXPECTED };
  }
  if (GENERIC.has(bare)) {
    return {
      wrong: t(`${q(text).de} sagt nicht, was zu sehen ist`, `${q(text).en} does not say what it shows`),
      expected: EXPECTED,
    };
  }
  if (REDUNDANT.test(text)) {
    return {
      wrong: t(`${q(text).de} sagt „Bild“ doppelt`, `${q(text).en} says "image" twice`),
      expected: t(
        'gleich beschreiben, was zu sehen ist (Vorleseprogramme sagen selbst, dass es ein Bild ist)',
        'describe what it shows straight away (screen readers already say it is an image)',
      ),
    };
  }
  return undefined;
}

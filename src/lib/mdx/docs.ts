/**
 * Each MDX component's name, what it is for and what each prop means, in German and English: the name
 * labels its button in the browser editor (src/lib/editor/components.ts), the rest explains it in the style
 * guide. tests/editor/coverage.test.ts fails when a component or a prop in ./props.ts has no entry here.
 */
import type { ComponentName } from './props.ts';

type Text = { de: string; en: string };

export const COMPONENT_DOCS: Record<ComponentName, { label: Text; what: Text; props: Record<string, Text> }> = {
  InfoBox: {
    label: { de: 'Infokasten', en: 'Info box' },
    what: { de: 'Kasten für Hinweise, Tipps und Warnungen.', en: 'A box for notes, tips and warnings.' },
    props: {
      title: { de: 'Überschrift des Kastens', en: 'Heading of the box' },
      tone: { de: 'info (Standard), tip oder warning', en: 'info (default), tip or warning' },
    },
  },
  KeyFigures: {
    label: { de: 'Kennzahlen', en: 'Key figures' },
    what: {
      de: 'Eine Reihe von Kennzahlen; enthält <KeyFigure>-Elemente.',
      en: 'A row of key figures; holds <KeyFigure> elements.',
    },
    props: { title: { de: 'Überschrift über den Zahlen', en: 'Heading above the figures' } },
  },
  KeyFigure: {
    label: { de: 'Kennzahl', en: 'Key figure' },
    what: { de: 'Eine Kennzahl innerhalb von <KeyFigures>.', en: 'One key figure inside <KeyFigures>.' },
    props: {
      value: { de: 'Die Zahl, z. B. „−40 %“', en: 'The figure, e.g. "−40 %"' },
      label: { de: 'Wofür die Zahl steht', en: 'What it measures' },
      source: { de: 'Woher die Zahl stammt', en: 'Where it comes from' },
    },
  },
  Quote: {
    label: { de: 'Zitat', en: 'Quote' },
    what: {
      de: 'Ein Zitat mit Quelle; der zitierte Text steht zwischen den Tags.',
      en: 'A quotation with its source; the quoted text goes between the tags.',
    },
    props: {
      source: { de: 'Wer es gesagt oder geschrieben hat', en: 'Who said or wrote it' },
      role: { de: 'Funktion oder Organisation', en: 'Their role or organisation' },
      url: { de: 'Adresse der Quelle', en: 'Address of the source' },
      lang: { de: 'Sprache des Zitats, wenn sie von der Seite abweicht', en: 'Language of the quote, if it differs' },
    },
  },
  Figure: {
    label: { de: 'Bild mit Unterschrift', en: 'Figure' },
    what: {
      de: 'Ein Bild mit Bildunterschrift und Pflicht-Alternativtext, in mehreren Größen und modernen Formaten.',
      en: 'An image with caption and required alternative text, in several sizes and modern formats.',
    },
    props: {
      src: {
        de: "Das importierte Bild: import foto from './foto.jpg' unter den Kopfdaten, dann src={foto}",
        en: "The imported image: import photo from './photo.jpg' below the frontmatter, then src={photo}",
      },
      alt: {
        de: 'Was das Bild zeigt, für Menschen, die es nicht sehen',
        en: 'What the image shows, for people who cannot see it',
      },
      caption: { de: 'Bildunterschrift', en: 'Caption' },
      credit: { de: 'Bildnachweis (Fotografin, Lizenz)', en: 'Credit line (photographer, licence)' },
      wide: { de: 'true = ganze Seitenbreite', en: 'true = full page width' },
    },
  },
  ContactCard: {
    label: { de: 'Kontaktkarte', en: 'Contact card' },
    what: {
      de: 'Eine Ansprechperson: eine Person aus people/ oder Name und Kontaktwege. E-Mail-Adressen erscheinen nie im Klartext.',
      en: 'A contact: a person from people/ or name and channels. E-mail addresses never appear as plain text.',
    },
    props: {
      person: { de: 'Kennung einer Person aus people/', en: 'id of a person in people/' },
      name: { de: 'Name einer Person oder Stelle', en: 'Name of a person or office' },
      role: { de: 'Funktion', en: 'Role' },
      organisation: { de: 'Organisation', en: 'Organisation' },
      email: { de: 'E-Mail-Adresse', en: 'E-mail address' },
      phone: { de: 'Telefonnummer', en: 'Telephone number' },
      url: { de: 'Webseite', en: 'Web page' },
    },
  },
  DownloadLink: {
    label: { de: 'Download', en: 'Download link' },
    what: {
      de: 'Ein Link auf eine Datei mit Dateityp und Größe (bei Dateien in public/ automatisch gemessen).',
      en: 'A link to a file with its type and size (measured automatically for files in public/).',
    },
    props: {
      href: {
        de: 'Datei in public/ (z. B. /downloads/bericht.pdf) oder volle Adresse',
        en: 'A file in public/ (e.g. /downloads/report.pdf) or a full address',
      },
      label: { de: 'Text des Links', en: 'Text of the link' },
      type: {
        de: 'Dateityp, z. B. PDF (sonst aus dem Dateinamen)',
        en: 'File type, e.g. PDF (otherwise from the file name)',
      },
      size: {
        de: 'Dateigröße, z. B. „2,4 MB“ (Pflicht bei fremden Adressen)',
        en: 'File size, e.g. "2.4 MB" (required for other servers)',
      },
    },
  },
  Timeline: {
    label: { de: 'Zeitleiste', en: 'Timeline' },
    what: {
      de: 'Eine Zeitleiste für Projektphasen; enthält <Phase>-Elemente.',
      en: 'A timeline of project phases; holds <Phase> elements.',
    },
    props: { title: { de: 'Überschrift über der Zeitleiste', en: 'Heading above the timeline' } },
  },
  Phase: {
    label: { de: 'Phase', en: 'Phase' },
    what: {
      de: 'Eine Phase innerhalb von <Timeline>; die Beschreibung steht zwischen den Tags.',
      en: 'One phase inside <Timeline>; its description goes between the tags.',
    },
    props: {
      name: { de: 'Name der Phase', en: 'Name of the phase' },
      start: { de: 'Beginn: 2024-03 oder 2024-03-15', en: 'Start: 2024-03 or 2024-03-15' },
      end: { de: 'Ende (weglassen, solange sie läuft)', en: 'End (leave out while it runs)' },
    },
  },
  Video: {
    label: { de: 'Video', en: 'Video' },
    what: {
      de: 'Ein Video von YouTube oder Vimeo, das erst nach einem Klick etwas von der Plattform lädt (Zwei-Klick-Lösung). Ohne JavaScript: ein Link zum Video.',
      en: 'A video from YouTube or Vimeo that loads nothing from the platform until the reader clicks (two-click solution). Without JavaScript: a link to the video.',
    },
    props: {
      url: { de: 'Adresse des Videos auf YouTube oder Vimeo', en: 'Address of the video on YouTube or Vimeo' },
      title: {
        de: 'Titel des Videos (für Vorleseprogramme und den Link)',
        en: 'Title of the video (for screen readers and the link)',
      },
    },
  },
};

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

/**
 * A small corpus with one mistake per file, for tests/editor/check.test.ts. Each file
 * is written the way an editor might get it wrong.
 */
import { post, practice } from './corpus.ts';

export const BAD_CORPUS: Record<string, string> = {
  // Errors
  'practices/de/ohne-teaser.mdx': practice({ teaser: undefined, translation: 'en/without-teaser' }),
  'practices/en/without-teaser.mdx': practice({
    title: 'Without teaser',
    lang: 'en',
    translation: 'de/ohne-teaser',
    teaser: 'A digital file that every office in the district can open at the same time.',
  }),
  'practices/de/tippfehler-thema.mdx': practice({ topics: '[beteiligng]' }),
  'practices/de/kreis-ohne-anfuehrungszeichen.mdx': practice({ districts: '[06435]' }),
  'practices/de/falscher-status.mdx': practice({ status: 'laufend' }),
  'practices/de/label-statt-wert.mdx': practice({ status: 'Pilotphase' }),
  'practices/de/unmoegliches-datum.mdx': practice({ publishedAt: '2025-13-45' }),
  'practices/de/adresse-ohne-https.mdx': practice({
    links: '\n  - label: Projektseite\n    url: www.example.org/projekt',
  }),
  'people/eingerueckt.yaml': 'name: Erika Beispiel\nrole:\n  de: Projektleitung\n   en: Project lead\n',
  'reports/unbekannte-person.yaml':
    'title: Ein Bericht\nkind: study\nauthors: [niemand]\nkeywords: {}\nabstract:\n  de: Eine Zusammenfassung.\npublishedAt: 2026-01-10\n',
  'posts/de/ohne-kopf.mdx': 'Ein Beitrag ohne Kopfdaten.\n',
  'posts/de/englisch-im-deutschen-ordner.mdx': post({ lang: 'en' }),
  'posts/de/uebersetzung-gleiche-sprache.mdx': post({ translation: 'de/ohne-uebersetzung' }),
  'posts/de/titelbild-fehlt.mdx': post({
    heroImage: '\n  src: ./fehlt.jpg\n  alt: Die Landrätin eröffnet das Bürgerbüro',
  }),
  'posts/de/komponenten.mdx': post(
    {},
    `
<Infobox title="Hinweis">Text</Infobox>

<Figure src="./karte.jpg" alt="Karte des Kreises mit allen Gemeinden" captoin="Die Karte" />

<KeyFigure value="3" label="Ämter" />

<DownloadLink href="/downloads/fehlt.pdf" label="Bericht" />

<ContactCard person="redaktoin" />

![Logo des Landkreises](https://cdn.example.com/logo.png)
`,
  ),
  'posts/de/offenes-tag.mdx': post({}, '\n<InfoBox title="Hinweis">\n\nNicht geschlossen.\n'),
  'districts/99999-nirgendwo.yaml': 'ags: "99999"\ncoordinates:\n  lat: 50.1\n  lon: 9.1\n',

  // Warnings
  'posts/de/ohne-uebersetzung.mdx': post({ title: 'Ohne Übersetzung' }),
  'posts/de/einseitig.mdx': post({ translation: 'en/one-way' }),
  'posts/en/one-way.mdx': post({ title: 'One way', lang: 'en', translation: 'de/komponenten' }),
  'posts/de/bilder.mdx': post(
    {},
    '\n![](./karte.jpg)\n\n![Foto](./karte.jpg)\n\n![IMG_2041.jpg](./karte.jpg)\n\n![Bild von einer Karte](./karte.jpg)\n',
  ),
  'posts/de/karte.jpg': 'not really a jpeg: the check only looks whether the file is there',
  'posts/de/langer-teaser.mdx': post({
    teaser:
      'Dieser Teaser ist viel länger, als eine Karte auf der Startseite oder in den Listen zeigen kann, sodass Leserinnen und Leser nur die erste Hälfte sehen und nie erfahren, worum es in dem Beitrag eigentlich geht.',
  }),
  'practices/de/lange-nicht-geprueft.mdx': practice({ lastChecked: '2025-01-15' }),
  'posts/de/ueberschriften.mdx': post({}, '\n# Noch ein Titel\n\n## Abschnitt\n\n#### Zu tief\n'),
  'posts/de/links.mdx': post(
    {},
    '\nSiehe [die Praxis](/praxis/falscher-status/), [einen Entwurf](/blog/entwurf/) und [nichts](/praxis/gibt-es-nicht/).\n',
  ),
  'posts/de/entwurf.mdx': post({ draft: 'true', translation: 'en/one-way' }),
  'posts/de/tippfehler-feld.mdx': post({ teasr: 'Ein Feld, das es nicht gibt' }),
  'posts/de/platzhalter.mdx': post(
    { teaser: '"TODO: Ein oder zwei Sätze für Karten, Suchergebnisse und E-Mails."' },
    '\nTODO: Ihr Text.\n',
  ),
  'posts/de/platzhalter-entwurf.mdx': post(
    { teaser: '"TODO: Ein oder zwei Sätze für Karten, Suchergebnisse und E-Mails."', draft: 'true' },
    '\nTODO: Ihr Text.\n',
  ),
  'posts/de/notizen.md': '# Notizen, die als .md nie gelesen werden\n',
};

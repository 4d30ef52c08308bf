/**
 * `npm run check` on a small bad corpus (tests/editor/badCorpus.ts): every error and
 * warning it knows, each with its exact message in English and German, all in one run.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/contentCheck/index.ts';
import { formatProblem, resolveLang } from '../../src/lib/contentCheck/format.ts';
import { BAD_CORPUS } from './badCorpus.ts';
import { NODE, REPO_ROOT, writeCorpus } from './corpus.ts';

const NOW = new Date('2026-11-23T12:00:00+01:00');
const root = writeCorpus(BAD_CORPUS);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const problems: Problem[] = checkContent({
  root,
  now: NOW,
  cwd: root,
  publicDir: join(REPO_ROOT, 'public'),
  site: 'https://praxisdialog.example',
});
const lines = (lang: 'de' | 'en') => problems.map((p) => formatProblem(p, lang));

// [scenario, severity, English line, German line]
const SCENARIOS: [string, 'error' | 'warning', string, string][] = [
  [
    'a required field is missing',
    'error',
    'practices/de/ohne-teaser.mdx:1  teaser  is missing  expected: One or two sentences for cards, search results and e-mails (20–400 characters; cards show about 200)',
    'practices/de/ohne-teaser.mdx:1  teaser  fehlt  erwartet: Ein oder zwei Sätze für Karten, Suchergebnisse und E-Mails (20–400 Zeichen, Karten zeigen etwa 200)',
  ],
  [
    'a reference to a topic that does not exist, with the likely one',
    'error',
    'practices/de/tippfehler-thema.mdx:15  topics[1]  "beteiligng": no such entry (topics)  expected: the id of an entry in topics/ – did you mean "beteiligung"?',
    'practices/de/tippfehler-thema.mdx:15  topics[1]  „beteiligng“: diesen Eintrag (Themen) gibt es nicht  erwartet: die Kennung eines Eintrags in topics/ – meinten Sie „beteiligung“?',
  ],
  [
    'a district key without quotes loses its leading zero',
    'error',
    'practices/de/kreis-ohne-anfuehrungszeichen.mdx:12  districts[1]  "6435": no such entry (districts)  expected: the key in quotes: "06435" (without them the leading 0 is lost)',
    'practices/de/kreis-ohne-anfuehrungszeichen.mdx:12  districts[1]  „6435“: diesen Eintrag (Kreise) gibt es nicht  erwartet: den Schlüssel in Anführungszeichen: "06435" (ohne sie fällt die führende 0 weg)',
  ],
  [
    'a reference from a YAML entry to a person that does not exist',
    'error',
    'reports/unbekannte-person.yaml:3  authors[1]  "niemand": no such entry (people)  expected: the id of an entry in people/, e.g. eingerueckt, redaktion',
    'reports/unbekannte-person.yaml:3  authors[1]  „niemand“: diesen Eintrag (Personen) gibt es nicht  erwartet: die Kennung eines Eintrags in people/, z. B. eingerueckt, redaktion',
  ],
  [
    'a label written where its key belongs, with the key',
    'error',
    'practices/de/label-statt-wert.mdx:10  status  "Pilotphase" is not allowed  expected: pilot – allowed: idea (Idea), pilot (Pilot), operation (In operation), ended (Ended)',
    'practices/de/label-statt-wert.mdx:10  status  „Pilotphase“ ist nicht erlaubt  erwartet: pilot – erlaubt sind: idea (Idee), pilot (Pilotphase), operation (Im Regelbetrieb), ended (Beendet)',
  ],
  [
    'a value that is not one of the allowed ones',
    'error',
    'practices/de/falscher-status.mdx:10  status  "laufend" is not allowed  expected: one of: idea (Idea), pilot (Pilot), operation (In operation), ended (Ended)',
    'practices/de/falscher-status.mdx:10  status  „laufend“ ist nicht erlaubt  erwartet: einen dieser Werte: idea (Idee), pilot (Pilotphase), operation (Im Regelbetrieb), ended (Beendet)',
  ],
  [
    'an impossible date (which Astro would silently turn into another one)',
    'error',
    'practices/de/unmoegliches-datum.mdx:4  publishedAt  "2025-13-45" is not a day of the calendar  expected: a date written as YYYY-MM-DD, e.g. 2025-03-01',
    'practices/de/unmoegliches-datum.mdx:4  publishedAt  „2025-13-45“ ist kein Tag im Kalender  erwartet: ein Datum in der Form JJJJ-MM-TT, z. B. 2025-03-01',
  ],
  [
    'a web address without https://, in a list item',
    'error',
    'practices/de/adresse-ohne-https.mdx:17  links[1].url  "www.example.org/projekt" is not in the right form  expected: a full web address starting with https://',
    'practices/de/adresse-ohne-https.mdx:17  links[1].url  „www.example.org/projekt“ hat nicht die richtige Form  erwartet: eine vollständige Webadresse, die mit https:// beginnt',
  ],
  [
    'a YAML line indented by one space too many',
    'error',
    'people/eingerueckt.yaml:4  YAML  wrong indentation  expected: sub-fields indented by the same number of spaces (no tabs)',
    'people/eingerueckt.yaml:4  YAML  falsch eingerückt  erwartet: Unterfelder mit gleich vielen Leerzeichen eingerückt (keine Tabs)',
  ],
  [
    'an MDX file without frontmatter',
    'error',
    'posts/de/ohne-kopf.mdx:1  ---  the frontmatter is missing  expected: a first line ---, then the fields, then --- again',
    'posts/de/ohne-kopf.mdx:1  ---  die Kopfdaten fehlen  erwartet: die erste Zeile ---, dann die Felder, dann wieder ---',
  ],
  [
    'an entry whose language does not match its folder',
    'error',
    'posts/de/englisch-im-deutschen-ordner.mdx:3  lang  "en", but the file is in de/  expected: lang: de (or move the file to en/)',
    'posts/de/englisch-im-deutschen-ordner.mdx:3  lang  „en“, aber die Datei liegt in de/  erwartet: lang: de (oder die Datei nach en/ verschieben)',
  ],
  [
    'a translation in the same language',
    'error',
    'posts/de/uebersetzung-gleiche-sprache.mdx:7  translation  "de/ohne-uebersetzung" is in the same language  expected: the version in the other language',
    'posts/de/uebersetzung-gleiche-sprache.mdx:7  translation  „de/ohne-uebersetzung“ ist in derselben Sprache  erwartet: die Fassung in der anderen Sprache',
  ],
  [
    'a hero image file that does not exist',
    'error',
    'posts/de/titelbild-fehlt.mdx:8  heroImage.src  image file "./fehlt.jpg" does not exist  expected: the path of an image file relative to the entry, e.g. ./image.jpg',
    'posts/de/titelbild-fehlt.mdx:8  heroImage.src  Bilddatei „./fehlt.jpg“ gibt es nicht  erwartet: der Pfad einer Bilddatei relativ zum Eintrag, z. B. ./bild.jpg',
  ],
  [
    'a misspelt component, with the likely one',
    'error',
    'posts/de/komponenten.mdx:9  <Infobox>  there is no such component  expected: did you mean <InfoBox>? All: InfoBox, KeyFigures, KeyFigure, Quote, Figure, ContactCard, DownloadLink, Timeline, Phase, Video',
    'posts/de/komponenten.mdx:9  <Infobox>  diese Komponente gibt es nicht  erwartet: meinten Sie <InfoBox>? Alle: InfoBox, KeyFigures, KeyFigure, Quote, Figure, ContactCard, DownloadLink, Timeline, Phase, Video',
  ],
  [
    'a figure whose image is a path instead of an import',
    'error',
    'posts/de/komponenten.mdx:11  <Figure> src  "./karte.jpg" is a path, not an imported image  expected: an imported image: write `import photo from \'./photo.jpg\'` below the frontmatter and src={photo}',
    "posts/de/komponenten.mdx:11  <Figure> src  „./karte.jpg“ ist ein Pfad, kein importiertes Bild  erwartet: ein importiertes Bild: `import foto from './foto.jpg'` unter die Kopfdaten schreiben und src={foto}",
  ],
  [
    'a misspelt prop, with the likely one',
    'error',
    'posts/de/komponenten.mdx:11  <Figure> captoin  <Figure> has no prop "captoin"  expected: did you mean caption? Allowed: src, alt, caption, credit, wide',
    'posts/de/komponenten.mdx:11  <Figure> captoin  <Figure> kennt „captoin“ nicht  erwartet: meinten Sie caption? Erlaubt: src, alt, caption, credit, wide',
  ],
  [
    'a key figure outside its row',
    'error',
    'posts/de/komponenten.mdx:13  <KeyFigure>  is not inside <KeyFigures>  expected: <KeyFigure> between <KeyFigures> and </KeyFigures>',
    'posts/de/komponenten.mdx:13  <KeyFigure>  steht nicht in <KeyFigures>  erwartet: <KeyFigure> zwischen <KeyFigures> und </KeyFigures>',
  ],
  [
    'a download link to a file that is not in public/',
    'error',
    'posts/de/komponenten.mdx:15  <DownloadLink> href  file "/downloads/fehlt.pdf" is not in public/  expected: a file under public/, e.g. public/downloads/report.pdf → /downloads/report.pdf',
    'posts/de/komponenten.mdx:15  <DownloadLink> href  Datei „/downloads/fehlt.pdf“ gibt es nicht in public/  erwartet: eine Datei unter public/, z. B. public/downloads/bericht.pdf → /downloads/bericht.pdf',
  ],
  [
    'a contact card for a person who does not exist',
    'error',
    'posts/de/komponenten.mdx:17  <ContactCard> person  "redaktoin": no such person  expected: the id of a person in people/ – did you mean "redaktion"?',
    'posts/de/komponenten.mdx:17  <ContactCard> person  „redaktoin“: diese Person gibt es nicht  erwartet: die Kennung einer Person in people/ – meinten Sie „redaktion“?',
  ],
  [
    'an image from another server (a third-party request)',
    'error',
    'posts/de/komponenten.mdx:19  image  image from another server: "https://cdn.example.com/logo.png"  expected: an image file next to the entry (otherwise another server sees who reads the page)',
    'posts/de/komponenten.mdx:19  Bild  Bild von einem fremden Server: „https://cdn.example.com/logo.png“  erwartet: eine Bilddatei neben dem Eintrag (fremde Server sehen sonst, wer die Seite liest)',
  ],
  [
    'a component tag that is never closed',
    'error',
    'posts/de/offenes-tag.mdx:9  body  MDX error: Expected a closing tag for `<InfoBox>`  expected: closed tags (<Box>…</Box> or <Box />), curly braces in pairs, < and { in text written as \\< and \\{',
    'posts/de/offenes-tag.mdx:9  Text  MDX-Fehler: Expected a closing tag for `<InfoBox>`  erwartet: geschlossene Tags (<Box>…</Box> oder <Box />), geschweifte Klammern paarweise, < und { im Text als \\< und \\{',
  ],
  [
    'a district key that does not exist',
    'error',
    'districts/99999-nirgendwo.yaml:1  ags  there is no district with the key 99999  expected: a district key (AGS) from the official list',
    'districts/99999-nirgendwo.yaml:1  ags  es gibt keinen Kreis mit dem Schlüssel 99999  erwartet: einen Kreisschlüssel (AGS) aus der amtlichen Liste',
  ],
  [
    'an entry without translation',
    'warning',
    'posts/de/ohne-uebersetzung.mdx:1  translation  no translation given  expected: the id of the translation, e.g. translation: en/…; create it with npm run new -- posts --translate de/ohne-uebersetzung',
    'posts/de/ohne-uebersetzung.mdx:1  translation  keine Übersetzung angegeben  erwartet: die Kennung der Übersetzung, z. B. translation: en/…; anlegen mit npm run new -- posts --translate de/ohne-uebersetzung',
  ],
  [
    'a translation that does not link back',
    'warning',
    'posts/de/einseitig.mdx:7  translation  posts/en/one-way.mdx does not link back  expected: translation: de/einseitig there',
    'posts/de/einseitig.mdx:7  translation  posts/en/one-way.mdx verweist nicht zurück  erwartet: dort translation: de/einseitig',
  ],
  [
    'an image without alternative text',
    'warning',
    'posts/de/bilder.mdx:9  image alt  no alternative text  expected: a sentence saying what the image shows, e.g. "District administrator opens the citizens’ office"',
    'posts/de/bilder.mdx:9  Bild alt  kein Alternativtext  erwartet: ein Satz, der sagt, was das Bild zeigt, z. B. „Landrätin eröffnet das Bürgerbüro in Gelnhausen“',
  ],
  [
    'an image whose alternative text says only "photo"',
    'warning',
    'posts/de/bilder.mdx:11  image alt  "Foto" does not say what it shows  expected: a sentence saying what the image shows, e.g. "District administrator opens the citizens’ office"',
    'posts/de/bilder.mdx:11  Bild alt  „Foto“ sagt nicht, was zu sehen ist  erwartet: ein Satz, der sagt, was das Bild zeigt, z. B. „Landrätin eröffnet das Bürgerbüro in Gelnhausen“',
  ],
  [
    'an image whose alternative text is a file name',
    'warning',
    'posts/de/bilder.mdx:13  image alt  "IMG_2041.jpg" is a file name  expected: a sentence saying what the image shows, e.g. "District administrator opens the citizens’ office"',
    'posts/de/bilder.mdx:13  Bild alt  „IMG_2041.jpg“ ist ein Dateiname  erwartet: ein Satz, der sagt, was das Bild zeigt, z. B. „Landrätin eröffnet das Bürgerbüro in Gelnhausen“',
  ],
  [
    'an image whose alternative text starts with "image of"',
    'warning',
    'posts/de/bilder.mdx:15  image alt  "Bild von einer Karte" says "image" twice  expected: describe what it shows straight away (screen readers already say it is an image)',
    'posts/de/bilder.mdx:15  Bild alt  „Bild von einer Karte“ sagt „Bild“ doppelt  erwartet: gleich beschreiben, was zu sehen ist (Vorleseprogramme sagen selbst, dass es ein Bild ist)',
  ],
  [
    'a teaser too long for cards',
    'warning',
    'posts/de/langer-teaser.mdx:5  teaser  210 characters: cards cut it short  expected: at most 200 characters',
    'posts/de/langer-teaser.mdx:5  teaser  210 Zeichen: Karten kürzen ihn  erwartet: höchstens 200 Zeichen',
  ],
  [
    'a practice not checked for over a year',
    'warning',
    'practices/de/lange-nicht-geprueft.mdx:14  lastChecked  last checked 677 days ago  expected: check that the entry is still true and update the date (every 365 days)',
    'practices/de/lange-nicht-geprueft.mdx:14  lastChecked  zuletzt vor 677 Tagen geprüft  erwartet: prüfen, ob der Eintrag noch stimmt, und das Datum setzen (alle 365 Tage)',
  ],
  [
    'a second level-1 heading in the text',
    'warning',
    'posts/de/ueberschriften.mdx:9  heading  level-1 heading (#) in the body  expected: ## for sections: level 1 is the title of the entry',
    'posts/de/ueberschriften.mdx:9  Überschrift  Überschrift der Ebene 1 (#) im Text  erwartet: ## für Abschnitte: Ebene 1 ist der Titel des Eintrags',
  ],
  [
    'a heading level skipped',
    'warning',
    'posts/de/ueberschriften.mdx:13  heading  jumps from level 2 to 4 (####)  expected: at most one level deeper: ###',
    'posts/de/ueberschriften.mdx:13  Überschrift  springt von Ebene 2 auf 4 (####)  erwartet: höchstens eine Ebene tiefer: ###',
  ],
  [
    'an internal link to an entry that does not exist',
    'warning',
    'posts/de/links.mdx:9  link  "/praxis/gibt-es-nicht/" leads to no entry  expected: the address of an existing entry, e.g. /praxis/file-name/ or /en/practices/file-name/',
    'posts/de/links.mdx:9  Link  „/praxis/gibt-es-nicht/“ führt zu keinem Eintrag  erwartet: die Adresse eines vorhandenen Eintrags, z. B. /praxis/dateiname/ oder /en/practices/file-name/',
  ],
  [
    'an internal link to a draft',
    'warning',
    'posts/de/links.mdx:9  link  "/blog/entwurf/" is not published yet  expected: a published entry (or the link leads nowhere)',
    'posts/de/links.mdx:9  Link  „/blog/entwurf/“ ist noch nicht veröffentlicht  erwartet: ein veröffentlichter Eintrag (sonst führt der Link ins Leere)',
  ],
  [
    'a misspelt field name, which Astro would silently drop',
    'warning',
    'posts/de/tippfehler-feld.mdx:7  teasr  unknown field: it is not used  expected: did you mean teaser?',
    'posts/de/tippfehler-feld.mdx:7  teasr  unbekanntes Feld: wird nicht verwendet  erwartet: meinten Sie teaser?',
  ],
  [
    'a placeholder left in a field of a published entry (issue 11: an error, not a hint)',
    'error',
    'posts/de/platzhalter.mdx:5  teaser  still holds the placeholder TODO, and the entry is not a draft  expected: your own text (or draft: true until it is there)',
    'posts/de/platzhalter.mdx:5  teaser  enthält noch den Platzhalter TODO, und der Eintrag ist kein Entwurf  erwartet: den eigenen Text (oder draft: true, solange er fehlt)',
  ],
  [
    'a placeholder left in the text of a published entry',
    'error',
    'posts/de/platzhalter.mdx:9  body  still holds the placeholder TODO, and the entry is not a draft  expected: your own text (or draft: true until it is there)',
    'posts/de/platzhalter.mdx:9  Text  enthält noch den Platzhalter TODO, und der Eintrag ist kein Entwurf  erwartet: den eigenen Text (oder draft: true, solange er fehlt)',
  ],
  [
    'a placeholder left in a field of a draft',
    'warning',
    'posts/de/platzhalter-entwurf.mdx:5  teaser  still holds the placeholder TODO  expected: your own text',
    'posts/de/platzhalter-entwurf.mdx:5  teaser  enthält noch den Platzhalter TODO  erwartet: den eigenen Text',
  ],
  [
    'a placeholder left in the text of a draft',
    'warning',
    'posts/de/platzhalter-entwurf.mdx:10  body  still holds the placeholder TODO  expected: your own text',
    'posts/de/platzhalter-entwurf.mdx:10  Text  enthält noch den Platzhalter TODO  erwartet: den eigenen Text',
  ],
  [
    'a file the site never reads (.md instead of .mdx)',
    'warning',
    'posts/de/notizen.md:1  (Datei)  is not read: wrong file extension  expected: entries of this collection end in .mdx',
    'posts/de/notizen.md:1  (Datei)  wird nicht gelesen: falsche Dateiendung  erwartet: Einträge dieser Sammlung enden auf .mdx',
  ],
];

describe('npm run check on a bad corpus', () => {
  it.each(SCENARIOS)('reports %s (%s), in English and German', (_scenario, severity, en, de) => {
    expect(lines('en')).toContain(en);
    expect(lines('de')).toContain(de);
    const problem = problems[lines('en').indexOf(en)]!;
    expect(problem.severity).toBe(severity);
  });

  it('reports every error in one run, and no error it was not meant to', () => {
    const errors = problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'));
    expect(errors.sort()).toEqual(
      SCENARIOS.filter((s) => s[1] === 'error')
        .map((s) => s[2])
        .sort(),
    );
  });

  it('reports no warning beyond the scenarios, except the missing translations of entries that are there for other reasons', () => {
    const expected = new Set(SCENARIOS.filter((s) => s[1] === 'warning').map((s) => s[2]));
    const others = problems
      .filter((p) => p.severity === 'warning')
      .map((p) => formatProblem(p, 'en'))
      .filter((line) => !expected.has(line));
    for (const line of others)
      expect(line).toMatch(/ {2}translation {2}(no translation given|.* does not link back) {2}/u);
  });

  it('exits with 1 and prints every problem when run as npm run check', () => {
    const run = spawnSync(NODE, ['scripts/check.ts', '--root', root, '--lang', 'en'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PRAXIS_NOW: '2026-11-23' },
    });
    expect(run.status).toBe(1);
    const errors = problems.filter((p) => p.severity === 'error').length;
    expect(run.stdout).toContain(`Errors (${errors}):`);
    expect(run.stdout).toContain(`${errors} errors, ${problems.length - errors} warnings in`);
    expect(run.stdout).toContain('practices/de/tippfehler-thema.mdx:15  topics[1]  "beteiligng": no such entry');
  });

  it('exits with 0 when there are only warnings', () => {
    const warningsOnly = writeCorpus({
      'posts/de/ohne-uebersetzung.mdx': BAD_CORPUS['posts/de/ohne-uebersetzung.mdx']!,
    });
    const run = spawnSync(NODE, ['scripts/check.ts', '--root', warningsOnly, '--lang', 'de'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    rmSync(warningsOnly, { recursive: true, force: true });
    expect(run.stdout).toContain('0 Fehler, 1 Hinweis in 4 Dateien.');
    expect(run.status).toBe(0);
  });
});

describe('the language of the messages', () => {
  it('follows --lang, then LC_ALL, LC_MESSAGES and LANG, and falls back to German', () => {
    expect(resolveLang('en', { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'de_AT.UTF-8' })).toBe('de');
    expect(resolveLang(undefined, { LANG: 'C.UTF-8' })).toBe('de');
    expect(resolveLang(undefined, {})).toBe('de');
  });
});

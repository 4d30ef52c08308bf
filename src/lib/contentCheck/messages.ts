/**
 * Every sentence `npm run check` can say, in German and English. A problem is
 * reported as "what is wrong" and "what is expected"; both are built here in both
 * languages, and the output picks one.
 */
import type { Lang } from '../../schemas/common.ts';
import { MAX_YAML_ALIASES, MAX_YAML_CHARS } from './limits.ts';
import { LOCALE } from '../../config/languages.ts';

/** A sentence in both languages. */
export interface Text {
  de: string;
  en: string;
}

export const t = (de: string, en: string): Text => ({ de, en });

/** Quote a value the way each language does, shortened if long. */
export function q(value: unknown): Text {
  let s =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  if (s === undefined) s = String(value);
  if (s.length > 60) s = `${s.slice(0, 57)}…`;
  return { de: `„${s}“`, en: `"${s}"` };
}

const fmt = (n: number, lang: Lang) => new Intl.NumberFormat(LOCALE[lang]).format(n);

/** Plural helper: `n Zeichen`, `1 character` / `2 characters`. */
function count(n: number, de: [string, string], en: [string, string]): Text {
  return t(`${fmt(n, 'de')} ${n === 1 ? de[0] : de[1]}`, `${fmt(n, 'en')} ${n === 1 ? en[0] : en[1]}`);
}
export const chars = (n: number) => count(n, ['Zeichen', 'Zeichen'], ['character', 'characters']);
export const items = (n: number) => count(n, ['Eintrag', 'Einträge'], ['entry', 'entries']);

/** What kind of value something is, in words. */
export function kindOf(value: unknown): Text {
  if (value === null) return t('leer', 'empty');
  if (Array.isArray(value)) return t('eine Liste', 'a list');
  if (value instanceof Date) return t('ein Datum', 'a date');
  switch (typeof value) {
    case 'string':
      return t('ein Text', 'a text');
    case 'number':
      return t('eine Zahl', 'a number');
    case 'boolean':
      return t('ein Ja/Nein-Wert', 'a yes/no value');
    case 'object':
      return t('eine Gruppe von Unterfeldern', 'a group of sub-fields');
    default:
      return t('ein unbekannter Wert', 'an unknown value');
  }
}

/** What a Zod type name asks for. */
export function typeWanted(type: string): Text {
  switch (type) {
    case 'string':
      return t('Text', 'text');
    case 'number':
      return t('eine Zahl (ohne Anführungszeichen)', 'a number (without quotes)');
    case 'int':
      return t('eine ganze Zahl', 'a whole number');
    case 'boolean':
      return t('true oder false', 'true or false');
    case 'date':
      return t('ein Datum in der Form JJJJ-MM-TT, z. B. 2025-03-01', 'a date written as YYYY-MM-DD, e.g. 2025-03-01');
    case 'array':
      return t('eine Liste (Zeilen mit „- “ oder [a, b])', 'a list (lines starting with "- " or [a, b])');
    case 'object':
      return t('eingerückte Unterfelder', 'indented sub-fields');
    default:
      return t(`einen Wert vom Typ ${type}`, `a value of type ${type}`);
  }
}

/**
 * German for the English messages written into the schemas (`error: 'expected …'`).
 * tests/editor/coverage.test.ts reads src/schemas and fails when one is missing here.
 */
const SCHEMA_MESSAGES: [RegExp, string][] = [
  [/^expected a date written as YYYY-MM-DD, e\.g\. (.+)$/u, 'ein Datum in der Form JJJJ-MM-TT, z. B. $1'],
  [/^expected a German text$/u, 'einen deutschen Text'],
  [/^expected an English text$/u, 'einen englischen Text'],
  [/^expected a full web address starting with https:\/\/$/u, 'eine vollständige Webadresse, die mit https:// beginnt'],
  [/^expected a teaser of at least (\d+) characters$/u, 'einen Teaser mit mindestens $1 Zeichen'],
  [
    /^expected a teaser of at most (\d+) characters \(cards show about (\d+)\)$/u,
    'einen Teaser mit höchstens $1 Zeichen (Karten zeigen etwa $2)',
  ],
  [/^expected a title of at least (\d+) characters$/u, 'einen Titel mit mindestens $1 Zeichen'],
  [/^expected alternative text that says what the image shows$/u, 'einen Alternativtext, der sagt, was das Bild zeigt'],
  [/^expected an e-mail address$/u, 'eine E-Mail-Adresse'],
  [/^expected one of: (.+)$/u, 'einen dieser Werte: $1'],
  [
    /^expected the five-digit official key \(AGS\) in quotes, e\.g\. (.+)$/u,
    'den fünfstelligen Kreisschlüssel (AGS) in Anführungszeichen, z. B. $1',
  ],
  [/^expected five digits, e\.g\. (.+)$/u, 'fünf Ziffern, z. B. $1'],
  [/^expected a year after (\d+)$/u, 'ein Jahr ab $1'],
  [/^expected a four-digit year$/u, 'eine vierstellige Jahreszahl'],
  [/^expected a few sentences on the starting problem$/u, 'einige Sätze zur Ausgangslage'],
  [/^expected a few sentences on the solution$/u, 'einige Sätze zur Lösung'],
  [/^expected at least one district \(AGS\)$/u, 'mindestens einen Kreis (AGS)'],
  [/^expected at least one field of action$/u, 'mindestens ein Handlungsfeld'],
  [/^expected at least one author$/u, 'mindestens eine Autorin oder einen Autor'],
  [/^expected a DOI such as (.+)$/u, 'eine DOI wie $1'],
  [/^expected a URN such as (.+)$/u, 'eine URN wie $1'],
  // MDX components (src/lib/mdx/props.ts)
  [
    /^expected an imported image: .*$/u,
    "ein importiertes Bild: `import foto from './foto.jpg'` unter die Kopfdaten schreiben und src={foto}",
  ],
  [/^expected the figure, e\.g\. "(.+)"$/u, 'die Zahl, z. B. „$1“'],
  [/^expected what the figure measures, e\.g\. "(.+)"$/u, 'wofür die Zahl steht, z. B. „Bearbeitungszeit“'],
  [/^expected who said or wrote it, e\.g\. "(.+)"$/u, 'wer es gesagt oder geschrieben hat, z. B. „$1“'],
  [
    /^expected a person id \(person="…"\) or a name \(name="…"\)$/u,
    'eine Personen-Kennung (person="…") oder einen Namen (name="…")',
  ],
  [/^expected the address of the file, e\.g\. (.+)$/u, 'die Adresse der Datei, z. B. /downloads/bericht.pdf'],
  [/^expected the text of the link$/u, 'den Text des Links'],
  [/^expected the name of the phase$/u, 'den Namen der Phase'],
  [
    /^expected a date written as YYYY-MM or YYYY-MM-DD, e\.g\. (.+)$/u,
    'ein Datum in der Form JJJJ-MM oder JJJJ-MM-TT, z. B. $1',
  ],
  [/^expected the address of a YouTube or Vimeo video$/u, 'die Adresse eines Videos auf YouTube oder Vimeo'],
  [/^expected the title of the video$/u, 'den Titel des Videos'],
  [/^expected true or false$/u, 'true oder false'],
  [/^expected a text, not only spaces$/u, 'einen Text, nicht nur Leerzeichen'],
];

/** The German of a schema message, or undefined if there is none yet. */
export function germanOf(message: string): string | undefined {
  for (const [re, de] of SCHEMA_MESSAGES) if (re.test(message)) return message.replace(re, de);
  return undefined;
}

/** A schema message ("expected …") as the "expected" part, in both languages. */
export function schemaExpected(message: string): Text {
  const en = message.replace(/^expected /u, '');
  return t(germanOf(message) ?? en, en);
}

/** Custom "what is wrong" messages some schemas raise (refinements). */
const SCHEMA_WRONG: [RegExp, Text, Text][] = [
  [
    /^(.+) is not a day of the calendar; .*$/u,
    t('„$1“ ist kein Tag im Kalender', '"$1" is not a day of the calendar'),
    t('ein Datum in der Form JJJJ-MM-TT, z. B. 2025-03-01', 'a date written as YYYY-MM-DD, e.g. 2025-03-01'),
  ],
  [
    /^(.+) is before (\w+) (.+)$/u,
    t('„$1“ liegt vor $2 ($3)', '"$1" is before $2 ($3)'),
    t('einen Wert am oder nach $2 ($3), oder die beiden vertauscht', 'a value on or after $2 ($3), or the two swapped'),
  ],
  [
    /^no district with the official key (.+) exists.*$/u,
    t('es gibt keinen Kreis mit dem Schlüssel $1', 'there is no district with the key $1'),
    t('einen Kreisschlüssel (AGS) aus der amtlichen Liste', 'a district key (AGS) from the official list'),
  ],
];

export function schemaWrong(message: string): { wrong: Text; expected: Text } | undefined {
  for (const [re, wrong, expected] of SCHEMA_WRONG) {
    if (re.test(message)) {
      return {
        wrong: t(message.replace(re, wrong.de), message.replace(re, wrong.en)),
        expected: t(message.replace(re, expected.de), message.replace(re, expected.en)),
      };
    }
  }
  return undefined;
}

/** German for the `yaml` package's syntax error codes editors meet most. */
export function yamlError(code: string, message: string): { wrong: Text; expected: Text } {
  const known: Record<string, [string, string, string, string]> = {
    BAD_INDENT: [
      'falsch eingerückt',
      'wrong indentation',
      'Unterfelder mit gleich vielen Leerzeichen eingerückt (keine Tabs)',
      'sub-fields indented by the same number of spaces (no tabs)',
    ],
    TAB_AS_INDENT: [
      'mit Tab eingerückt',
      'indented with a tab',
      'Einrückung mit Leerzeichen',
      'indentation with spaces',
    ],
    DUPLICATE_KEY: ['Feld steht doppelt', 'field appears twice', 'jedes Feld nur einmal', 'each field once'],
    MISSING_CHAR: [
      'ein Zeichen fehlt (Anführungszeichen oder Klammer nicht geschlossen?)',
      'a character is missing (unclosed quote or bracket?)',
      'geschlossene Anführungszeichen und Klammern',
      'closed quotes and brackets',
    ],
    BLOCK_AS_IMPLICIT_KEY: [
      'Doppelpunkt in einem Wert ohne Anführungszeichen',
      'a colon in a value without quotes',
      'Texte mit „: “ in Anführungszeichen',
      'texts containing ": " in quotes',
    ],
    MULTILINE_IMPLICIT_KEY: [
      'Wert über mehrere Zeilen ohne Anführungszeichen',
      'a value over several lines without quotes',
      'lange Texte in Anführungszeichen oder mit „>“',
      'long texts in quotes or with ">"',
    ],
    UNCLOSED_FRONTMATTER: [
      'die Kopfdaten enden nicht mit ---',
      'the frontmatter does not end with ---',
      'eine Zeile --- nach dem letzten Feld',
      'a line --- after the last field',
    ],
  };
  const k = known[code];
  if (k) return { wrong: t(k[0], k[1]), expected: t(k[2], k[3]) };
  if (code === 'TOO_LARGE') {
    const kb = Math.ceil(Number(message) / 1024);
    return {
      wrong: t(
        `die Felder sind ${kb} KB lang und werden nicht gelesen`,
        `the fields are ${kb} KB long and are not read`,
      ),
      expected: t(
        `höchstens ${MAX_YAML_CHARS / 1024} KB (lange Texte gehören in den Text unter die Kopfdaten)`,
        `at most ${MAX_YAML_CHARS / 1024} KB (long texts belong in the body below the frontmatter)`,
      ),
    };
  }
  if (code === 'ALIAS_LIMIT') {
    return {
      wrong: t(
        `zu viele YAML-Verweise (*name): mehr als ${MAX_YAML_ALIASES}, die Datei wird nicht gelesen`,
        `too many YAML aliases (*name): more than ${MAX_YAML_ALIASES}, the file is not read`,
      ),
      expected: t('jeden Wert ausgeschrieben, ohne & und *', 'every value written out, without & and *'),
    };
  }
  if (code === 'PARSER') {
    return {
      wrong: t(`die Felder lassen sich nicht lesen: ${message}`, `the fields cannot be read: ${message}`),
      expected: t('gültiges YAML (Feld: Wert)', 'valid YAML (field: value)'),
    };
  }
  return {
    wrong: t(`YAML-Fehler: ${message}`, `YAML error: ${message}`),
    expected: t('gültiges YAML (Feld: Wert)', 'valid YAML (field: value)'),
  };
}

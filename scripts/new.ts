/**
 * `npm run new` — start a new entry with every field, or the translation of an existing one.
 *
 *   npm run new                                   (asks its questions in a terminal)
 *   npm run new -- practice --title "Digitale Sozialakte" --lang de --districts 06435 --fields soziales --status pilot
 *   npm run new -- practice --translate de/digitale-sozialakte --title "Digital social file"
 *
 * Any field can be given as --<field> value (lists comma-separated). The logic lives in src/lib/scaffold/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { COLLECTIONS, sectionOf, specOf, type CollectionName } from '../src/config/collections.ts';
import type { Lang } from '../src/config/languages.ts';
import { collectionOf } from '../src/lib/scaffold/collections.ts';
import { guideBlocks, updateGuide, withFieldSections } from '../src/lib/scaffold/guide.ts';
import {
  choicesFor,
  createEntry,
  missingInputs,
  ScaffoldError,
  translateEntry,
  type Created,
} from '../src/lib/scaffold/index.ts';
import { isLocalised } from '../src/lib/contentCheck/files.ts';
import { resolveLang } from '../src/lib/contentCheck/format.ts';
import { contentDir } from '../src/lib/contentDir.ts';
import { isoDate, path, ui as uiStrings, type Section } from '../src/lib/i18n.ts';
import { FIELDS } from '../src/config/fields.ts';
import { STATUSES } from '../src/config/status.ts';
import { buildNow } from '../src/lib/publish.ts';

const ui = resolveLang(undefined);
const de = ui === 'de';
const say = (deText: string, enText: string) => (de ? deText : enText);

/** `--name value`, `--name=value` and bare `--flag`; any field name is allowed, so node:util's parseArgs does not fit. */
function parseFlags(argv: string[]): { values: Record<string, string | true>; positionals: string[] } {
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('--')) {
      positionals.push(token);
      continue;
    }
    const [name, inline] = token.slice(2).split(/=(.*)/su) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) values[name] = inline;
    else if (next !== undefined && !next.startsWith('--')) {
      values[name] = next;
      i++;
    } else values[name] = true;
  }
  return { values, positionals };
}

const { values, positionals } = parseFlags(process.argv.slice(2));
const flag = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);

// Maintainers: rewrite the generated parts of the editors' guide (field tables, component examples); a collection
// new in the registry gets its field table's heading and block first.
if (values['update-guide']) {
  for (const lang of ['de', 'en'] as const) {
    const file = join(process.cwd(), 'docs', `editors-guide.${lang}.md`);
    const blocks = guideBlocks(lang, join(process.cwd(), 'src/components/mdx/examples'));
    writeFileSync(file, updateGuide(withFieldSections(readFileSync(file, 'utf8'), lang), blocks));
    console.log(`updated ${relative(process.cwd(), file)}`);
  }
  process.exit(0);
}

/** The name `npm run new` offers for each collection in a language (the registry's `word`). */
const words = (lang: Lang) => COLLECTIONS.map((c) => specOf(c).word[lang]).join(', ');

if (values.help) {
  console.log(
    say(
      `Neuer Eintrag: npm run new [-- <art> --title "…" --lang de|en --<feld> wert …]
Arten: ${COLLECTIONS.join(', ')} (auch: ${words('de')})
Übersetzung: npm run new -- <art> --translate de/<dateiname> --title "English title"
Ohne Angaben fragt das Skript nach, was es braucht. Anleitung: docs/editors-guide.de.md`,
      `New entry: npm run new [-- <kind> --title "…" --lang de|en --<field> value …]
Kinds: ${COLLECTIONS.join(', ')} (also: ${words('en')})
Translation: npm run new -- <kind> --translate en/<file-name> --title "Deutscher Titel"
Without details the script asks for what it needs. Guide: docs/editors-guide.en.md`,
    ),
  );
  process.exit(0);
}

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, choices: string[] = [], fallback?: string): Promise<string> {
  if (!rl) return '';
  const list = choices.length > 0 ? `\n  ${say('Möglich', 'Choices')}: ${choices.join(', ')}` : '';
  const def = fallback ? ` [${fallback}]` : '';
  const answer = (await rl.question(`${question}${def}${list}\n> `)).trim();
  return answer === '' ? (fallback ?? '') : answer;
}

/** Words for the values of the fields `npm run new` asks about, so that editors need not guess what `ended` means. */
const bothLanguages = (de: Record<string, string>, en: Record<string, string>) =>
  Object.fromEntries(Object.entries(de).map(([k, v]) => [k, { de: v, en: en[k] ?? v }]));
const LABELS: Record<string, Record<string, Record<Lang, string>>> = {
  status: STATUSES,
  fields: FIELDS,
  format: bothLanguages(uiStrings('de').dialogue.formats, uiStrings('en').dialogue.formats),
  kind: bothLanguages(uiStrings('de').report.kind, uiStrings('en').report.kind),
};

const QUESTIONS: Record<string, [string, string]> = {
  title: ['Titel', 'Title'],
  authors: ['Autorinnen/Autoren (Kennungen, mit Komma getrennt)', 'Authors (ids, comma-separated)'],
  districts: ['Kreise (Kreisschlüssel, mit Komma getrennt)', 'Districts (keys, comma-separated)'],
  fields: [
    'Handlungsfelder (mit Komma getrennt, das wichtigste zuerst)',
    'Fields of action (comma-separated, main one first)',
  ],
  status: ['Stand', 'Status'],
  date: ['Datum (JJJJ-MM-TT)', 'Date (YYYY-MM-DD)'],
  format: ['Format', 'Format'],
  kind: ['Art des Berichts', 'Kind of report'],
  ags: ['Kreisschlüssel (AGS), fünf Ziffern', 'District key (AGS), five digits'],
  lat: ['Breitengrad des Kreissitzes, z. B. 50.203', 'Latitude of the district seat, e.g. 50.203'],
  lon: ['Längengrad des Kreissitzes, z. B. 9.188', 'Longitude of the district seat, e.g. 9.188'],
  labelEn: ['Englische Bezeichnung', 'English label'],
};

function done(created: Created, collection: CollectionName, lang: Lang) {
  const cwd = process.cwd();
  console.log(`${say('Angelegt', 'Created')}: ${relative(cwd, created.file)}`);
  if (created.updated)
    console.log(`${say('Verknüpft', 'Linked')}: ${relative(cwd, created.updated)} → translation: ${created.id}`);
  const slug = created.id.replace(/^(de|en)\//u, '');
  const draft = isLocalised(collection) || collection === 'reports';
  const url = collection === 'districts' ? path(lang, 'districts') : path(lang, sectionOf(collection) as Section, slug);
  console.log(
    say(
      `${draft ? 'Als Entwurf (draft: true): nur in der Vorschau sichtbar.\n' : ''}Vorschau:  npm run dev  →  http://localhost:4321${url}
Prüfen:    npm run check
${draft ? 'Veröffentlichen: draft: false setzen. ' : ''}Anleitung: docs/editors-guide.de.md`,
      `${draft ? 'As a draft (draft: true): visible in the preview only.\n' : ''}Preview:  npm run dev  →  http://localhost:4321${url}
Check:    npm run check
${draft ? 'Publish: set draft: false. ' : ''}Guide: docs/editors-guide.en.md`,
    ),
  );
}

async function main(): Promise<number> {
  const root = flag('root') ?? contentDir();
  const today = isoDate(buildNow());
  let collection = collectionOf(positionals[0] ?? flag('collection'));
  if (!collection && positionals[0]) {
    console.error(say(`Unbekannte Art „${positionals[0]}“.`, `Unknown kind "${positionals[0]}".`));
  }
  if (!collection && interactive) {
    // What to type for each kind, and what it is, in the editor's language.
    const kinds = COLLECTIONS.map((c) => `${specOf(c).word[ui]} (${specOf(c).label[ui].one})`);
    collection = collectionOf(await ask(say('Was möchten Sie anlegen?', 'What would you like to create?'), kinds));
  }
  if (!collection) {
    console.error(
      say(
        `Bitte die Art angeben, z. B. npm run new -- practice. Möglich: ${COLLECTIONS.join(', ')}`,
        `Please name the kind, e.g. npm run new -- practice. Choices: ${COLLECTIONS.join(', ')}`,
      ),
    );
    return 1;
  }

  const translate = flag('translate');
  if (translate) {
    let title = flag('title');
    if (!title && interactive)
      title = await ask(
        say(
          'Titel der Übersetzung (leer: Dateiname des Originals)',
          'Title of the translation (empty: the original’s file name)',
        ),
      );
    const created = translateEntry({ root, collection, id: translate, title, today });
    done(created, collection, created.id.startsWith('en/') ? 'en' : 'de');
    return 0;
  }

  let lang: Lang = flag('lang') === 'en' ? 'en' : flag('lang') === 'de' ? 'de' : ui;
  if (isLocalised(collection) && !flag('lang') && interactive) {
    lang = (await ask(say('Sprache', 'Language'), ['de', 'en'], ui)) === 'en' ? 'en' : 'de';
  }
  let title = flag('title') ?? flag('name');
  const reserved = new Set(['title', 'name', 'lang', 'root', 'collection', 'translate', 'help']);
  const inputs: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(values)) if (!reserved.has(k) && typeof v === 'string') inputs[k] = v;
  if (collection === 'people' && flag('name')) title = flag('name');

  for (const name of missingInputs({ collection, title, inputs })) {
    if (!interactive) continue;
    const [qde, qen] = QUESTIONS[name] ?? [name, name];
    const fallback =
      name === 'authors' && choicesFor(root, collection, 'authors').includes('redaktion')
        ? 'redaktion'
        : name === 'date'
          ? today
          : undefined;
    const choices = choicesFor(root, collection, name).map((v) =>
      LABELS[name]?.[v] ? `${v} (${LABELS[name][v][ui]})` : v,
    );
    const answer = await ask(say(qde, qen), choices, fallback);
    if (name === 'title') title = answer;
    else inputs[name] = answer;
  }
  const stillMissing = missingInputs({ collection, title, inputs });
  if (stillMissing.length > 0) {
    const lines = stillMissing.map((m) => {
      const choices = choicesFor(root, collection, m);
      return `  --${m}${choices.length > 0 ? `  (${say('möglich', 'choices')}: ${choices.join(', ')})` : ''}`;
    });
    console.error(`${say('Es fehlt noch:', 'Still missing:')}\n${lines.join('\n')}`);
    return 1;
  }
  const created = createEntry({ root, collection, lang, title, inputs, today });
  done(created, collection, lang);
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  if (e instanceof ScaffoldError) {
    console.error(de ? e.de : e.en);
    process.exitCode = 1;
  } else if (e instanceof Error && e.name === 'AbortError') {
    // Ctrl+C or Ctrl+D at a question: nothing was written.
    console.error(say('\nAbgebrochen – nichts angelegt.', '\nCancelled – nothing was created.'));
    process.exitCode = 1;
  } else throw e;
} finally {
  rl?.close();
}

/**
 * Reading one spreadsheet cell as a value: numbers and dates as a German spreadsheet writes them,
 * yes/no in either language, lists separated by ";". Each reader returns the value or a problem
 * in both languages ("what is wrong", "what is expected"), never a guess: `25,000` could be 25 or
 * 25 000, so it is refused rather than read either way.
 */
import { t, type Text } from '../contentCheck/messages.ts';
import { unprotectCell } from '../opendata/csv.ts';

export type CellResult<T> = { ok: true; value: T } | { ok: false; wrong: Text; expected: Text };

export const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
export const bad = (wrong: Text, expected: Text): CellResult<never> => ({ ok: false, wrong, expected });

const quoted = (s: string) =>
  t(`„${s.length > 60 ? `${s.slice(0, 57)}…` : s}“`, `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`);

/**
 * A cell's text: the export's formula protection (a leading `'`) undone, line ends as `\n`, surrounding
 * spaces removed. An empty cell is undefined.
 */
export function cellText(cell: string | undefined): string | undefined {
  const text = unprotectCell((cell ?? '').trim())
    .replace(/\r\n?/gu, '\n')
    .trim();
  return text === '' ? undefined : text;
}

/** A whole year, e.g. 2021 (a spreadsheet may have written 2021,0 or 2.021). */
export function readYear(text: string): CellResult<number> {
  const plain = text.replace(/^(\d{4}),0+$/u, '$1');
  if (/^\d{4}$/u.test(plain)) return ok(Number(plain));
  return bad(
    t(`${quoted(text).de} ist keine Jahreszahl`, `${quoted(text).en} is not a year`),
    t('vier Ziffern, z. B. 2021', 'four digits, e.g. 2021'),
  );
}

const MONEY_EXPECTED = t(
  'ein Betrag in Euro, z. B. 25000, 25.000 oder 25.000,50',
  'an amount in euros, e.g. 25000, 25.000 (German) or 25000.50',
);

/**
 * An amount in euros as people type it: `25000`, `25.000`, `25.000,50`, `25 000 €`, `2500.5` (the export
 * writes numbers so). A dot followed by exactly three digits separates thousands (euros have two
 * decimals); a comma is a decimal comma. `25,000` is refused: German reads 25, English 25 000.
 */
export function readMoney(text: string): CellResult<number> {
  const s = text
    .replace(/\s*(€|EUR|Euro)\s*$/iu, '')
    .replace(/^(€|EUR)\s*/iu, '')
    .replace(/[\s\u00a0\u202f']/gu, '');
  let normal: string | undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/u.test(s)) normal = s.replace(/\./gu, '').replace(',', '.');
  else if (/^\d+,\d{3}$/u.test(s))
    return bad(
      t(
        `${quoted(text).de} ist mehrdeutig: 25 oder 25 000?`,
        `${quoted(text).en} is ambiguous: is the comma a decimal comma or a thousands separator?`,
      ),
      t(
        'den Betrag ohne Komma (25000) oder mit Punkt als Tausendertrenner (25.000)',
        'the amount without a comma (25000), or 25.000 the German way',
      ),
    );
  else if (/^\d+,\d{1,2}$/u.test(s)) normal = s.replace(',', '.');
  else if (/^\d+(\.\d{1,2})?$/u.test(s)) normal = s;
  // The export's own numbers: JavaScript writes 2500.125 as it is; amounts with three decimals are rare but not wrong.
  else if (/^\d+\.\d+$/u.test(s) && !/^\d{1,3}\.\d{3}$/u.test(s)) normal = s;
  if (normal === undefined) {
    return bad(t(`${quoted(text).de} ist kein Betrag`, `${quoted(text).en} is not an amount`), MONEY_EXPECTED);
  }
  return ok(Number(normal));
}

const TRUE = new Set(['true', 'wahr', 'ja', 'yes', 'j', 'y', 'x', '1']);
const FALSE = new Set(['false', 'falsch', 'nein', 'no', 'n', '0']);

/** Yes or no: true/false as the export writes them, WAHR/FALSCH as German spreadsheets do, ja/nein, x. */
export function readBoolean(text: string): CellResult<boolean> {
  const s = text.toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return bad(
    t(`${quoted(text).de} ist weder ja noch nein`, `${quoted(text).en} is neither yes nor no`),
    t('true oder false (auch: ja/nein, WAHR/FALSCH)', 'true or false (also: yes/no, ja/nein)'),
  );
}

const DATE_EXPECTED = t(
  'ein Datum als JJJJ-MM-TT oder TT.MM.JJJJ, z. B. 2025-03-01 oder 01.03.2025',
  'a date written as YYYY-MM-DD or DD.MM.YYYY, e.g. 2025-03-01 or 01.03.2025',
);

/** A day as YYYY-MM-DD, from YYYY-MM-DD or DD.MM.YYYY (how a German spreadsheet saves a date it recognised). */
export function readDate(text: string): CellResult<string> {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text);
  let [y, mo, d] = m ? [m[1]!, m[2]!, m[3]!] : ['', '', ''];
  if (!m) {
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(text);
    if (m) [y, mo, d] = [m[3]!, m[2]!, m[1]!];
  }
  if (!m) return bad(t(`${quoted(text).de} ist kein Datum`, `${quoted(text).en} is not a date`), DATE_EXPECTED);
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) {
    return bad(
      t(`${quoted(text).de} ist kein Tag des Kalenders`, `${quoted(text).en} is not a day of the calendar`),
      DATE_EXPECTED,
    );
  }
  return ok(day.toISOString().slice(0, 10));
}

/** A list: `a;b;c` as the export writes codes, or a JSON list of texts as it writes names. */
export function readList(text: string): CellResult<string[]> {
  if (text.startsWith('[')) {
    const parsed = readJson(text);
    if (!parsed.ok) return parsed;
    if (!Array.isArray(parsed.value) || parsed.value.some((v) => typeof v !== 'string')) {
      return bad(
        t('ist keine Liste von Texten', 'is not a list of texts'),
        t('Einträge mit ; getrennt, z. B. Hanau;Gelnhausen', 'items separated by ;, e.g. Hanau;Gelnhausen'),
      );
    }
    return ok((parsed.value as string[]).map((s) => s.trim()).filter((s) => s !== ''));
  }
  return ok(
    text
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

/** JSON text, as the export writes lists of objects (key figures, funding, partners, links, sources). */
export function readJson(text: string): CellResult<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return bad(
      t(`ist kein gültiges JSON (${detail})`, `is not valid JSON (${detail})`),
      t(
        'eine Liste wie in der Exportdatei, z. B. [{"label": "Bericht", "url": "https://…"}]',
        'a list as in the exported file, e.g. [{"label": "Report", "url": "https://…"}]',
      ),
    );
  }
}

/**
 * Names in a spreadsheet to the ids entries refer to: a district by its AGS or its name, a topic by
 * its id or its German or English label, a person by id or name, a field of action and a status by
 * key or label. What exists is read from the content folder once per import; a name that matches
 * nothing gets the check's "did you mean" (./similar.ts), a name that matches two things is refused.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { CollectionName } from '../../config/collections.ts';
import { FIELDS } from '../../config/fields.ts';
import { STATUSES } from '../../config/status.ts';
import { allDistrictFacts, districtFacts, type DistrictFacts } from '../districts.ts';
import { listContent } from '../contentCheck/files.ts';
import { q, t, type Text } from '../contentCheck/messages.ts';
import { closest } from '../contentCheck/similar.ts';
import { slugify } from '../slug.ts';
import { bad, ok, type CellResult } from './cells.ts';

/** Ids of a collection, each with the names that may stand for it (lower case). */
type Names = Map<string, Set<string>>;

export interface Catalogue {
  /** Every entry's id per collection (for clashes and translations). */
  ids: Map<CollectionName, Set<string>>;
  /** AGS of the districts that have an entry. */
  districts: Set<string>;
  topics: Names;
  people: Names;
}

const key = (s: string) => slugify(s);

function namesOf(label: unknown): string[] {
  if (typeof label === 'string') return [label];
  if (label && typeof label === 'object') return Object.values(label).filter((v) => typeof v === 'string');
  return [];
}

/** What the content folder holds, read once. */
export function readCatalogue(root: string): Catalogue {
  const ids = new Map<CollectionName, Set<string>>();
  const topics: Names = new Map();
  const people: Names = new Map();
  for (const f of listContent(root).files) {
    if (!ids.has(f.collection)) ids.set(f.collection, new Set());
    ids.get(f.collection)!.add(f.id);
    if (f.collection !== 'topics' && f.collection !== 'people') continue;
    let data: Record<string, unknown> = {};
    try {
      data = (parseYaml(readFileSync(f.absPath, 'utf8')) ?? {}) as Record<string, unknown>;
    } catch {
      // A broken entry is the check's to report; here it is known by its id only.
    }
    const names = namesOf(f.collection === 'topics' ? data.label : data.name);
    (f.collection === 'topics' ? topics : people).set(f.id, new Set([f.id, ...names].map(key)));
  }
  return { ids, districts: ids.get('districts') ?? new Set(), topics, people };
}

/** Ids whose names include `name`. */
function lookup(names: Names, name: string): string[] {
  const k = key(name);
  return [...names].filter(([, n]) => n.has(k)).map(([id]) => id);
}

const list = (xs: Iterable<string>, n = 8) => {
  const all = [...xs];
  return all.slice(0, n).join(', ') + (all.length > n ? ', …' : '');
};

/** The names a district goes by: Kassel, "Kassel, documenta-Stadt", "Landkreis Kassel", "Kreis Kassel". */
function districtNames(d: DistrictFacts): string[] {
  const names = [d.name, d.officialName, `${d.type} ${d.name}`, `${d.name} ${d.type}`];
  if (d.type === 'Landkreis') names.push(`Kreis ${d.name}`);
  if (d.isCity) names.push(`Stadt ${d.name}`);
  return names.map(key);
}

/** One district, by AGS (a spreadsheet may have dropped the leading 0) or by name. */
export function resolveDistrict(cat: Catalogue, token: string): CellResult<string> {
  let ags: string | undefined;
  if (/^\d{4,5}$/u.test(token)) {
    ags = token.padStart(5, '0');
    if (!districtFacts(ags)) {
      return bad(
        t(`${q(token).de}: einen Kreis mit diesem Schlüssel gibt es nicht`, `${q(token).en}: no district has this key`),
        t(
          'den fünfstelligen Kreisschlüssel (AGS) oder den Namen des Kreises',
          'the five-digit district key (AGS) or the name of the district',
        ),
      );
    }
  } else {
    const k = key(token);
    const matches = allDistrictFacts().filter((d) => districtNames(d).includes(k));
    // Kassel is a city and a Landkreis: the one with an entry here is meant, if only one has.
    const withEntry = matches.filter((d) => cat.districts.has(d.ags));
    const found = withEntry.length === 1 ? withEntry : matches;
    if (found.length > 1) {
      const shown = found.map((d) => `${d.officialName} – ${d.type} (${d.ags})`).join(', ');
      return bad(
        t(`${q(token).de} ist mehrdeutig: ${shown}`, `${q(token).en} is ambiguous: ${shown}`),
        t('den Kreisschlüssel (AGS) statt des Namens', 'the district key (AGS) instead of the name'),
      );
    }
    if (found.length === 0) {
      const named = [...cat.districts].map((a) => districtFacts(a)?.name).filter((n): n is string => Boolean(n));
      const guess =
        closest(token, named) ??
        closest(
          token,
          allDistrictFacts().map((d) => d.name),
        );
      return bad(
        t(`${q(token).de}: einen Kreis dieses Namens gibt es nicht`, `${q(token).en}: no district has this name`),
        guess
          ? t(
              `den Namen eines Kreises – meinten Sie ${q(guess).de}?`,
              `the name of a district – did you mean ${q(guess).en}?`,
            )
          : t(
              `den Namen oder Schlüssel eines Kreises, z. B. ${list(named, 3)}`,
              `the name or key of a district, e.g. ${list(named, 3)}`,
            ),
      );
    }
    ags = found[0]!.ags;
  }
  if (!cat.districts.has(ags)) {
    const name = districtFacts(ags)!.name;
    return bad(
      t(`${name} (${ags}) hat noch keinen Eintrag in districts/`, `${name} (${ags}) has no entry in districts/ yet`),
      t(
        `einen Kreis mit Eintrag (${list([...cat.districts].map((a) => `${districtFacts(a)?.name ?? a}`))}), oder zuerst npm run new -- district --ags ${ags}`,
        `a district with an entry (${list([...cat.districts].map((a) => `${districtFacts(a)?.name ?? a}`))}), or first npm run new -- district --ags ${ags}`,
      ),
    );
  }
  return ok(ags);
}

function byName(names: Names, token: string, folder: string, what: Text): CellResult<string> {
  const found = lookup(names, token);
  if (found.length === 1) return ok(found[0]!);
  if (found.length > 1) {
    return bad(
      t(`${q(token).de} ist mehrdeutig: ${found.join(', ')}`, `${q(token).en} is ambiguous: ${found.join(', ')}`),
      t('die Kennung statt des Namens', 'the id instead of the name'),
    );
  }
  const candidates = [...names.keys()];
  const guess = closest(key(token), candidates);
  return bad(
    t(`${q(token).de}: ${what.de} gibt es nicht`, `${q(token).en}: no such ${what.en}`),
    guess
      ? t(
          `die Kennung oder den Namen eines Eintrags in ${folder} – meinten Sie ${q(guess).de}?`,
          `the id or name of an entry in ${folder} – did you mean ${q(guess).en}?`,
        )
      : candidates.length > 0
        ? t(`eines von: ${list(candidates)}`, `one of: ${list(candidates)}`)
        : t(`einen Eintrag in ${folder} (dort gibt es noch keinen)`, `an entry in ${folder} (there is none yet)`),
  );
}

export const resolveTopic = (cat: Catalogue, token: string) =>
  byName(cat.topics, token, 'topics/', t('dieses Thema', 'topic'));
export const resolvePerson = (cat: Catalogue, token: string) =>
  byName(cat.people, token, 'people/', t('diese Person', 'person'));

/** A project by its id (`de/name`), or by its file name in the row's language. */
export function resolveProject(cat: Catalogue, token: string, lang: string): CellResult<string> {
  const known = cat.ids.get('projects') ?? new Set<string>();
  for (const id of [token, `${lang}/${token}`]) if (known.has(id)) return ok(id);
  const guess = closest(token, [...known]);
  return bad(
    t(`${q(token).de}: dieses Projekt gibt es nicht`, `${q(token).en}: no such project`),
    guess
      ? t(
          `die Kennung eines Projekts – meinten Sie ${q(guess).de}?`,
          `the id of a project – did you mean ${q(guess).en}?`,
        )
      : t(
          `die Kennung eines Projekts, z. B. ${list(known, 3) || '(noch keines)'}`,
          `the id of a project, e.g. ${list(known, 3) || '(none yet)'}`,
        ),
  );
}

type Labelled = Record<string, { de: string; en: string }>;

function byLabel(labels: Labelled, token: string): CellResult<string> {
  const k = key(token);
  const found = Object.entries(labels).find(([id, l]) => key(id) === k || key(l.de) === k || key(l.en) === k);
  if (found) return ok(found[0]);
  const all = (lang: 'de' | 'en') =>
    Object.entries(labels)
      .map(([id, l]) => `${id} (${l[lang]})`)
      .join(', ');
  const guess = closest(token, Object.keys(labels));
  return bad(
    t(`${q(token).de} ist nicht erlaubt`, `${q(token).en} is not allowed`),
    guess
      ? t(`${guess} – erlaubt sind: ${all('de')}`, `${guess} – allowed: ${all('en')}`)
      : t(`einen dieser Werte: ${all('de')}`, `one of: ${all('en')}`),
  );
}

export const resolveField = (token: string) => byLabel(FIELDS, token);
export const resolveStatus = (token: string) => byLabel(STATUSES, token);

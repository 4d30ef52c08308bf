/**
 * The shared cast of the generated content: districts (real ones, from the statistics package),
 * people and topics. Entries of every collection refer to these.
 */
import { allDistrictFacts, type DistrictFacts } from '../../src/lib/districts.ts';
import { STATES, type StateCode } from '../../src/config/states.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { Rng } from './random.ts';
import type { Bi } from './phrases/types.ts';
import {
  ADMIN_ROLES,
  FIRST_NAMES,
  HONORIFICS,
  LAST_NAMES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  RESEARCH_ROLES,
  UNITS,
  UNIVERSITIES,
} from './phrases/names.ts';
import { districtCoordinates } from './geo.ts';

/** A district with the ways the generated text names it. */
export interface SeedDistrict {
  ags: string;
  facts: DistrictFacts;
  /** Name without suffixes such as ", Stadt". */
  name: string;
  /** For titles: "Landkreis Görlitz" / "Görlitz district". */
  short: Bi;
  /** Subject with article: "der Landkreis Görlitz" / "the district of Görlitz". */
  nom: Bi;
  /** Place: "im Landkreis Görlitz" / "in the district of Görlitz". */
  loc: Bi;
  /** Its administration: "die Kreisverwaltung" / "the district administration". */
  admin: Bi;
  /** Three-letter short form for report titles, like a number plate: "GÖR". */
  abbr: string;
  /** File name without extension: "<AGS>-<slug>". */
  fileStem: string;
  coordinates: { lat: number; lon: number };
  /** A few invented municipalities in the district. */
  municipalities: string[];
}

export interface SeedPerson {
  id: string;
  name: string;
  kind: 'team' | 'admin' | 'research';
  /** The district whose administration the person works for (admin staff only). */
  district?: SeedDistrict;
  affiliation: string;
}

/** Strip ", Stadt", ", kreisfreie Stadt", ", Landeshauptstadt" … from the official name. */
export function cleanDistrictName(officialName: string): string {
  return officialName.replace(/,.*$/u, '').trim();
}

export function stateLabel(state: StateCode): Bi {
  return { de: STATES[state].de, en: STATES[state].en };
}

/** A state with the prepositions German needs: "in Hessen", but "im Saarland", "aus dem Saarland". */
export interface StateForms {
  name: Bi;
  in: Bi;
  from: Bi;
}

export function stateForms(state: StateCode): StateForms {
  const name = stateLabel(state);
  const withArticle = state === '10';
  return {
    name,
    in: { de: withArticle ? `im ${name.de}` : `in ${name.de}`, en: `in ${name.en}` },
    from: { de: withArticle ? `aus dem ${name.de}` : `aus ${name.de}`, en: `from ${name.en}` },
  };
}

/** Slots {inState} and {InState} for phrase templates. */
export function stateSlots(forms: StateForms, lang: 'de' | 'en'): { inState: string; InState: string } {
  const text = forms.in[lang];
  return { inState: text, InState: text.charAt(0).toUpperCase() + text.slice(1) };
}

function districtForms(facts: DistrictFacts): Pick<SeedDistrict, 'short' | 'nom' | 'loc' | 'admin'> {
  const name = cleanDistrictName(facts.officialName);
  const districtAdmin = { de: 'die Kreisverwaltung', en: 'the district administration' };
  if (facts.isCity) {
    return {
      short: { de: name, en: name },
      nom: { de: `die Stadt ${name}`, en: `the city of ${name}` },
      loc: { de: `in ${name}`, en: `in ${name}` },
      admin: { de: 'die Stadtverwaltung', en: 'the city administration' },
    };
  }
  if (/kreis/iu.test(name)) {
    return {
      short: { de: name, en: name },
      nom: { de: `der ${name}`, en: `the ${name}` },
      loc: { de: `im ${name}`, en: `in the ${name}` },
      admin: districtAdmin,
    };
  }
  if (name.startsWith('Region ')) {
    const bare = name.slice('Region '.length);
    return {
      short: { de: name, en: `${bare} region` },
      nom: { de: `die ${name}`, en: `the ${bare} region` },
      loc: { de: `in der ${name}`, en: `in the ${bare} region` },
      admin: { de: 'die Regionsverwaltung', en: 'the regional administration' },
    };
  }
  if (facts.type === 'Regionalverband') {
    return {
      short: { de: `Regionalverband ${name}`, en: `${name} regional association` },
      nom: { de: `der Regionalverband ${name}`, en: `the ${name} regional association` },
      loc: { de: `im Regionalverband ${name}`, en: `in the ${name} regional association` },
      admin: { de: 'die Verwaltung des Regionalverbands', en: 'the regional association’s administration' },
    };
  }
  const word = facts.type === 'Kreis' ? 'Kreis' : 'Landkreis';
  return {
    short: { de: `${word} ${name}`, en: `${name} district` },
    nom: { de: `der ${word} ${name}`, en: `the district of ${name}` },
    loc: { de: `im ${word} ${name}`, en: `in the district of ${name}` },
    admin: districtAdmin,
  };
}

/** An invented municipality name such as "Mühlbach" or "Hohenstedt". */
export function municipalityName(rng: Rng): string {
  for (;;) {
    const prefix = rng.pick(PLACE_PREFIXES);
    const suffix = rng.pick(PLACE_SUFFIXES);
    if (prefix.toLowerCase() !== suffix) return `${prefix}${suffix}`;
  }
}

/** How many districts a run with `count` entries uses: min(401, max(20, count/3)). */
export function districtCount(count: number, available: number): number {
  return Math.min(available, Math.max(20, Math.round(count / 3)));
}

export function chooseDistricts(count: number, rng: Rng): SeedDistrict[] {
  const all = allDistrictFacts();
  const chosen = rng.sample(all, districtCount(count, all.length));
  return chosen
    .map((facts): SeedDistrict => {
      const local = rng.fork(`district:${facts.ags}`);
      const name = cleanDistrictName(facts.officialName);
      const letters = name.replace(/[^A-Za-zÄÖÜäöü]/gu, '');
      const municipalities = new Set<string>();
      while (municipalities.size < 4) municipalities.add(municipalityName(local));
      return {
        ags: facts.ags,
        facts,
        name,
        ...districtForms(facts),
        abbr: letters.slice(0, 3).toUpperCase(),
        fileStem: `${facts.ags}-${slugify(name)}`,
        coordinates: districtCoordinates(facts.ags, local),
        municipalities: [...municipalities],
      };
    })
    .sort((a, b) => a.ags.localeCompare(b.ags));
}

/** How many people a run with `count` entries has: about one per 20 entries, at least 5. */
export function peopleCount(count: number): number {
  return Math.max(5, Math.round(count / 20));
}

export function choosePeople(count: number, districts: readonly SeedDistrict[], rng: Rng): SeedPerson[] {
  const people: SeedPerson[] = [
    { id: 'redaktion', name: 'Redaktion Praxisdialog', kind: 'team', affiliation: 'Praxisdialog' },
  ];
  const used = new Set(['redaktion']);
  const wanted = peopleCount(count);
  // Distinct name combinations; 40 × 40 = 1,600, far more than any run needs.
  const combos = rng.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)));
  for (const name of combos) {
    if (people.length >= wanted) break;
    const id = slugify(name);
    if (used.has(id)) continue;
    used.add(id);
    if (rng.chance(0.6)) {
      const district = rng.pick(districts);
      const office = district.facts.isCity ? 'Stadtverwaltung' : 'Kreisverwaltung';
      people.push({ id, name, kind: 'admin', district, affiliation: `${office} ${district.name}` });
    } else {
      people.push({ id, name, kind: 'research', affiliation: rng.pick(UNIVERSITIES) });
    }
  }
  return people;
}

/** The YAML data of a person. */
export function personData(person: SeedPerson, rng: Rng): Record<string, unknown> {
  if (person.kind === 'team') {
    return {
      name: person.name,
      role: {
        de: 'Redaktion des Wissenshubs Praxisdialog',
        en: 'Editorial team of the Praxisdialog knowledge hub',
      },
      bio: {
        de: 'Die Redaktion sammelt und prüft Wissen zur Digitalisierung der Kommunen und schreibt die eigenen Beiträge des Hubs.',
        en: 'The editorial team collects and checks knowledge on the digitalisation of municipalities and writes the hub’s own posts.',
      },
      isTeam: true,
    };
  }
  const [first, ...rest] = person.name.split(' ');
  const mailbox = `${slugify(first ?? '')}.${slugify(rest.join(' '))}`;
  if (person.kind === 'admin' && person.district) {
    const role = rng.pick(ADMIN_ROLES);
    const d = person.district;
    return {
      name: person.name,
      role,
      affiliation: person.affiliation,
      email: `${mailbox}@${slugify(d.name)}.example`,
      phone: `+49 ${rng.int(30, 9_999)} ${rng.int(100, 999)}-${rng.int(10, 9_999)}`,
      bio: {
        de: `${person.name} arbeitet ${d.loc.de} und treibt dort die Digitalisierung der Verwaltung voran. Zuvor war ${person.name} in der Organisationsentwicklung tätig.`,
        en: `${person.name} works ${d.loc.en} and drives the digitalisation of the administration there, after earlier work in organisational development.`,
      },
    };
  }
  const honorific = rng.chance(0.6) ? rng.pick(HONORIFICS) : undefined;
  const unit = rng.pick(UNITS);
  return {
    name: person.name,
    ...(honorific ? { honorific } : {}),
    role: rng.pick(RESEARCH_ROLES),
    affiliation: person.affiliation,
    unit,
    email: `${mailbox}@${slugify(person.affiliation)}.example`,
    url: `https://www.${slugify(person.affiliation)}.example/personen/${person.id}`,
    bio: {
      de: `${person.name} forscht an der ${person.affiliation} (${unit}) zur Digitalisierung von Kreisen und Gemeinden und begleitet Praxisprojekte wissenschaftlich.`,
      en: `${person.name} researches the digitalisation of districts and municipalities at ${person.affiliation} (${unit}) and provides accompanying research for practice projects.`,
    },
  };
}

/** The YAML data of a district entry. */
export function districtData(d: SeedDistrict): Record<string, unknown> {
  const state = stateForms(d.facts.state).in;
  const rural = d.facts.density < 150;
  const nomDe = d.nom.de.charAt(0).toUpperCase() + d.nom.de.slice(1);
  const nomEn = d.nom.en.charAt(0).toUpperCase() + d.nom.en.slice(1);
  return {
    ags: d.ags,
    coordinates: d.coordinates,
    description: {
      de: rural
        ? `${nomDe} ${state.de} ist ländlich geprägt. Der Hub sammelt hier, was Verwaltung, Gemeinden und Vereine bei der Digitalisierung ausprobiert haben.`
        : `${nomDe} ${state.de} ist dicht besiedelt. Der Hub zeigt hier Praxisbeispiele, Berichte und Projekte, an denen die Verwaltung beteiligt ist.`,
      en: rural
        ? `${nomEn} ${state.en} is largely rural. Here the hub collects what the administration, municipalities and clubs have tried in digitalisation.`
        : `${nomEn} ${state.en} is densely populated. Here the hub shows good practice, reports and projects in which the administration is involved.`,
    },
    website: `https://www.${slugify(d.name)}.example`,
    links: [
      { label: `Digitalstrategie ${d.short.de}`, url: `https://www.${slugify(d.name)}.example/digitalstrategie` },
    ],
  };
}

/** How text names one district or a group of them acting together (inter-municipal cooperation). */
export interface ActorForms {
  nom: Bi;
  loc: Bi;
  admin: Bi;
  /** For titles: "Landkreis Görlitz" or "Görlitz und Bautzen". */
  label: Bi;
}

export function actorForms(districts: readonly SeedDistrict[]): ActorForms {
  const [first, ...rest] = districts;
  if (!first) throw new Error('actorForms() needs at least one district');
  if (rest.length === 0) return { nom: first.nom, loc: first.loc, admin: first.admin, label: first.short };
  const join = (items: string[], and: string) => `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
  const names = districts.map((d) => d.name);
  return {
    nom: {
      de: `der Verbund aus ${join(
        districts.map((d) => d.short.de),
        'und',
      )}`,
      en: `the partnership of ${join(
        districts.map((d) => d.short.en),
        'and',
      )}`,
    },
    loc: { de: `in den Kreisen ${join(names, 'und')}`, en: `in ${join(names, 'and')}` },
    admin: { de: 'die gemeinsame Projektgruppe', en: 'the joint project team' },
    label: { de: join(names, 'und'), en: join(names, 'and') },
  };
}

/** Which districts have published content, and what: used by the map, district pages and facets. */
import { getCollection } from 'astro:content';
import { PUBLISHABLE } from '../config/collections.ts';
import { visible } from './entries.ts';

/**
 * Every district an entry's data refers to, wherever the schema puts the reference (`districts`, a project's
 * `phases[].districts`, …): a reference is an object `{ collection: 'districts', id }`, so a new field or a new
 * collection with districts needs no line here.
 */
function collectDistricts(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectDistricts(v, into);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const ref = value as { collection?: unknown; id?: unknown };
    if (ref.collection === 'districts' && typeof ref.id === 'string') into.add(ref.id);
    else for (const v of Object.values(value)) collectDistricts(v, into);
  }
}

/** The AGS of every district an entry's data refers to, each once, in the order the data holds them. */
export function districtsIn(data: unknown): string[] {
  const found = new Set<string>();
  collectDistricts(data, found);
  return [...found];
}

async function collect(): Promise<Set<string>> {
  const set = new Set<string>();
  for (const c of PUBLISHABLE) {
    for (const e of await getCollection(c)) if (visible(e)) collectDistricts(e.data, set);
  }
  return set;
}

// Once per production build: many pages ask, and Astro warns at every read of an empty collection. The dev
// server collects anew each time, so edits show.
let once: Promise<Set<string>> | undefined;

/** The districts that published entries of any publishable collection (registry) refer to. */
export async function districtsWithContent(): Promise<Set<string>> {
  if (!import.meta.env.PROD) return collect();
  once ??= collect();
  return new Set(await once);
}

/** Which districts have published content, and what: used by the map, district pages and facets. */
import { LOCALISED, published, publishedReports, ids } from './entries.ts';

export async function districtsWithContent(): Promise<Set<string>> {
  const set = new Set<string>();
  for (const c of LOCALISED) {
    for (const e of await published(c)) {
      for (const a of ids(e.data.districts)) set.add(a);
      if (c === 'projects')
        for (const ph of (e.data as { phases: { districts: { id: string }[] }[] }).phases)
          for (const a of ids(ph.districts)) set.add(a);
    }
  }
  for (const r of await publishedReports()) for (const a of ids(r.data.districts)) set.add(a);
  return set;
}

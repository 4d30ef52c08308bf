import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { aliasesOf, COLLECTIONS, specOf } from '../config/collections.ts';
import { registry, SCHEMAS } from '../schemas/registry.ts';
import type { SchemaHelpers } from '../schemas/common.ts';
import { SECTIONS } from './i18n.ts';
import { ALIASES } from './scaffold/collections.ts';
import { fieldOf } from './contentCheck/schemaTree.ts';
import { schemaFor } from './contentCheck/schemas.ts';

// Plain stand-ins: the registry builds each schema with whatever helpers it is given.
const helpers = {
  image: () => z.string(),
  reference: () => z.string(),
} as unknown as SchemaHelpers;

describe('the collection registry', () => {
  it('gives every collection a schema, and no schema without a collection', () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual([...COLLECTIONS].sort());
  });

  it('gives each alias to one collection only (a second would silently win in npm run new)', () => {
    const all = COLLECTIONS.flatMap(aliasesOf);
    expect(all.length).toBe(new Set(all).size);
    expect(Object.keys(ALIASES).length).toBe(all.length);
    // The word npm run new offers must be one it understands.
    for (const c of COLLECTIONS) for (const word of Object.values(specOf(c).word)) expect(ALIASES[word], word).toBe(c);
  });

  it('gives each collection its own section, with the URL segments it declares', () => {
    const sections = COLLECTIONS.map((c) => specOf(c).section);
    expect(sections.length).toBe(new Set(sections).size);
    for (const c of COLLECTIONS)
      expect(SECTIONS[specOf(c).section as keyof typeof SECTIONS]).toEqual(specOf(c).segments);
  });

  it('asks in npm run new only for fields the schema has', () => {
    const extra = new Set(['ags', 'lat', 'lon', 'labelEn']); // districts' key and coordinates, topics' English label
    for (const c of COLLECTIONS) {
      const tree = fieldOf(schemaFor(c)).node;
      const fields = tree.kind === 'object' ? Object.keys(tree.fields) : [];
      for (const input of specOf(c).requiredInput)
        if (!extra.has(input)) expect(fields, `${c}.${input}`).toContain(input);
    }
  });

  it('lists every collection with its facts and a schema that parses', () => {
    const rows = registry(helpers);
    expect(rows.map((r) => r.name)).toEqual(COLLECTIONS);
    for (const r of rows) expect(typeof r.schema.safeParse).toBe('function');
  });
});

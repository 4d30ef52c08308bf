/**
 * The check and the scaffolder speak about every field and every schema message:
 * a field added to a schema without a hint, or a message without German, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/common.ts';
import { schemaFor } from '../../src/lib/contentCheck/schemas.ts';
import { fieldOf, type FieldNode } from '../../src/lib/contentCheck/schemaTree.ts';
import { hintFor } from '../../src/lib/contentCheck/hints.ts';
import { germanOf } from '../../src/lib/contentCheck/messages.ts';
import { COMPONENT_NAMES, PROPS } from '../../src/lib/mdx/props.ts';
import { COMPONENT_DOCS } from '../../src/lib/mdx/docs.ts';
import { REPO_ROOT } from './corpus.ts';

function fields(collection: CollectionName): { path: (string | number)[]; description?: string | undefined }[] {
  const out: { path: (string | number)[]; description?: string | undefined }[] = [];
  const walk = (node: FieldNode, path: (string | number)[]) => {
    if (node.kind === 'array') walk(node.element, [...path, 0]);
    if (node.kind !== 'object') return;
    for (const [key, field] of Object.entries(node.fields)) {
      out.push({ path: [...path, key], description: field.description });
      walk(field.node, [...path, key]);
    }
  };
  walk(fieldOf(schemaFor(collection)).node, []);
  return out;
}

describe('hints for every field', () => {
  it.each(COLLECTIONS)(
    '%s: every field has a German hint and an English one (its schema description or a hint)',
    (c) => {
      const missing = fields(c).flatMap(({ path, description }) => [
        ...(hintFor(c, path, 'de') ? [] : [`de ${path.join('.')}`]),
        ...(hintFor(c, path, 'en', description) ? [] : [`en ${path.join('.')}`]),
      ]);
      expect(missing).toEqual([]);
    },
  );
});

describe('German for every message the schemas write', () => {
  /** The "expected …" messages written in a source file, with ${…} parts as they would read. */
  function messagesIn(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    return (
      [...text.matchAll(/(['`])(expected [^'`]*)\1/gu)]
        .map((m) => m[2]!)
        // `expected ${what}` only builds messages; the next test meets those as the components raise them.
        .filter((m) => m !== 'expected ${what}')
        .map((m) => m.replace(/\$\{[^}]*\}/gu, 'a, b'))
    );
  }

  it('has a German version of every message in src/schemas and src/lib/mdx/props.ts', () => {
    const files = [
      ...readdirSync(join(REPO_ROOT, 'src/schemas')).map((f) => join(REPO_ROOT, 'src/schemas', f)),
      join(REPO_ROOT, 'src/lib/mdx/props.ts'),
    ].filter((f) => f.endsWith('.ts'));
    const messages = files.flatMap(messagesIn);
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.filter((m) => germanOf(m) === undefined)).toEqual([]);
  });

  it('has a German version of every message the component props raise, including built ones', () => {
    const probes: unknown[] = [
      {},
      {
        title: 3,
        tone: 'x',
        value: 1,
        label: 1,
        source: 1,
        url: 'x',
        alt: 'x',
        src: 'x',
        start: 'x',
        name: 1,
        href: 'x',
        person: 1,
        email: 'x',
        wide: 'x',
        lang: 'x',
        end: 'x',
      },
    ];
    const messages = COMPONENT_NAMES.flatMap((name) =>
      probes.flatMap((p) => PROPS[name].safeParse(p).error?.issues.map((i) => i.message) ?? []),
    ).filter((m) => m.startsWith('expected '));
    expect(messages.length).toBeGreaterThan(10);
    expect([...new Set(messages)].filter((m) => germanOf(m) === undefined)).toEqual([]);
  });
});

describe('the style guide documents every component and prop', () => {
  it.each(COMPONENT_NAMES)('%s', (name) => {
    const tree = fieldOf(PROPS[name]).node;
    const props = tree.kind === 'object' ? Object.keys(tree.fields) : [];
    expect(Object.keys(COMPONENT_DOCS[name].props).sort()).toEqual(props.sort());
  });
});

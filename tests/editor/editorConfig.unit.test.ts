/**
 * The browser editor's configuration against the schemas: every field of every collection's Zod schema has an
 * editor field of the same name and a matching kind, required where the schema requires it, and the editor
 * has no field the schema does not know (besides the MDX body). Also the MDX kit's components against their
 * props schemas, and the backend settings' messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorPolicy } from '../../src/config/csp.ts';
import { REPO_ROOT } from '../helpers/astro.ts';
import { COLLECTION_SPECS, COLLECTIONS, type CollectionName } from '../../src/config/collections.ts';
import { LANGS, type Lang } from '../../src/config/languages.ts';
import { fieldOf, type Field, type FieldNode } from '../../src/lib/contentCheck/schemaTree.ts';
import { schemaFor } from '../../src/lib/contentCheck/schemas.ts';
import { editorBackend } from '../../src/lib/editor/backend.ts';
import { editorComponents } from '../../src/lib/editor/components.ts';
import {
  editorCollectionName,
  editorConfig,
  WIDGET_OF,
  type EditorCollection,
  type EditorField,
} from '../../src/lib/editor/config.ts';
import { COMPONENT_NAMES, PARENT_OF, PROPS } from '../../src/lib/mdx/props.ts';

const config = (lang: Lang) =>
  editorConfig({
    lang,
    contentRoot: 'content',
    districts: ['06435', '06439'],
    backend: editorBackend({}),
    siteUrl: 'https://example.org',
  }) as { collections: EditorCollection[] };

/** Every difference between a schema object and the editor's fields, as `path: problem` lines. */
function differences(node: Extract<FieldNode, { kind: 'object' }>, fields: EditorField[], prefix = ''): string[] {
  const out: string[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [key, field] of Object.entries(node.fields) as [string, Field][]) {
    const path = `${prefix}${key}`;
    const editor = byName.get(key);
    if (!editor) {
      out.push(`${path}: missing from the editor`);
      continue;
    }
    byName.delete(key);
    if (!WIDGET_OF[field.node.kind].includes(editor.widget))
      out.push(`${path}: schema kind ${field.node.kind}, editor widget ${editor.widget}`);
    const required = !field.optional && !field.hasDefault;
    if (required && !prefix.includes('?') && editor.required === false && editor.widget !== 'hidden')
      out.push(`${path}: required in the schema, optional in the editor`);
    if (!required && editor.required === true && !(field.node.kind === 'array' && field.node.min))
      out.push(`${path}: optional in the schema, required in the editor`);
    const inner = field.node.kind === 'array' ? field.node.element : field.node;
    if (inner.kind === 'reference') {
      const target = editor.collection?.replace(/-(de|en)$/u, '');
      const ok = inner.collection === 'districts' ? editor.widget === 'select' : target === inner.collection;
      if (!ok) out.push(`${path}: refers to ${inner.collection}, the editor picks from ${editor.collection}`);
      if ((field.node.kind === 'array') !== Boolean(editor.multiple)) out.push(`${path}: one or many differ`);
    }
    if (inner.kind === 'enum' && editor.widget === 'select') {
      const values = (editor.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
      if (values.join() !== inner.values.join()) out.push(`${path}: choices ${values.join()} ≠ ${inner.values.join()}`);
    }
    const mark = field.optional || field.hasDefault ? '?' : '';
    if (inner.kind === 'object') {
      out.push(...differences(inner, editor.fields ?? [], `${path}${mark}${field.node.kind === 'array' ? '[]' : ''}.`));
    }
  }
  for (const extra of byName.keys()) out.push(`${prefix}${extra}: in the editor, not in the schema`);
  return out;
}

describe('the editor configuration generated from the schemas', () => {
  for (const lang of LANGS) {
    for (const collection of COLLECTIONS) {
      const names = COLLECTION_SPECS[collection].localised
        ? LANGS.map((l) => editorCollectionName(collection, l))
        : [collection];
      for (const name of names) {
        it(`${name} (${lang}): every schema field, of the same kind`, () => {
          const editor = config(lang).collections.find((c) => c.name === name);
          expect(editor, `no editor collection ${name}`).toBeDefined();
          const tree = fieldOf(schemaFor(collection as CollectionName)).node;
          if (tree.kind !== 'object') throw new Error('expected an object schema');
          const fields = editor!.fields.filter((f) => f.name !== 'body');
          expect(differences(tree, fields)).toEqual([]);
          // Every field has a label and (where the hints have one) help text in the editor's language.
          const unlabelled = fields.filter((f) => !f.label || f.label === f.name);
          expect(unlabelled.map((f) => f.name)).toEqual([]);
          expect(editor!.fields.some((f) => f.name === 'body')).toBe(COLLECTION_SPECS[collection].format === 'mdx');
        });
      }
    }
  }

  it('finds a field the editor lost and a field of another kind', () => {
    const tree = fieldOf(schemaFor('practices')).node as Extract<FieldNode, { kind: 'object' }>;
    const fields = config('de')
      .collections.find((c) => c.name === 'practices-de')!
      .fields.filter((f) => f.name !== 'body');
    const withoutTeaser = fields.filter((f) => f.name !== 'teaser');
    expect(differences(tree, withoutTeaser)).toEqual(['teaser: missing from the editor']);
    const yearAsText = fields.map((f) => (f.name === 'startYear' ? { ...f, widget: 'string' } : f));
    expect(differences(tree, yearAsText)).toEqual(['startYear: schema kind number, editor widget string']);
  });

  it('offers districts by name and writes their key; translations point at the other language', () => {
    const practice = config('de').collections.find((c) => c.name === 'practices-de')!;
    const districts = practice.fields.find((f) => f.name === 'districts')!;
    expect(districts.options).toEqual([
      { value: '06435', label: 'Main-Kinzig-Kreis' },
      { value: '06439', label: 'Rheingau-Taunus-Kreis' },
    ]);
    const translation = practice.fields.find((f) => f.name === 'translation')!;
    expect([translation.collection, translation.value_field]).toEqual(['practices-en', 'en/{{slug}}']);
    expect(practice.fields.find((f) => f.name === 'draft')!.default).toBe(true);
    // What the check refuses, the editor refuses before saving: a link's address without https://, a short teaser.
    const url = practice.fields.find((f) => f.name === 'links')!.fields!.find((f) => f.name === 'url')!;
    const [source] = url.pattern!;
    expect(['https://example.org/a', 'www.example.org'].map((u) => new RegExp(source).test(u))).toEqual([true, false]);
    const teaser = practice.fields.find((f) => f.name === 'teaser')!.pattern![0];
    expect(['zu kurz', 'x'.repeat(20), 'x'.repeat(401)].map((v) => new RegExp(teaser).test(v))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('offers every component of the MDX kit with every prop', () => {
    for (const lang of LANGS) {
      const components = editorComponents(lang);
      expect(components.map((c) => c.name)).toEqual(COMPONENT_NAMES.filter((n) => !PARENT_OF[n]));
      for (const c of components) {
        const props = fieldOf(PROPS[c.name]).node as Extract<FieldNode, { kind: 'object' }>;
        const names = c.fields.map((f) => f.name).filter((n) => n !== 'body' && n !== 'items');
        expect(names).toEqual(Object.keys(props.fields));
        if (c.child) {
          const childProps = fieldOf(PROPS[c.child.name]).node as Extract<FieldNode, { kind: 'object' }>;
          const items = c.fields.find((f) => f.name === 'items')!.fields!.map((f) => f.name);
          expect(items.filter((n) => n !== 'body')).toEqual(Object.keys(childProps.fields));
        }
      }
    }
  });
});

describe("the editor's Content-Security-Policy", () => {
  it('deploy/Caddyfile sends the policy src/config/csp.ts defines, with the Git host from the environment', () => {
    const caddyfile = readFileSync(join(REPO_ROOT, 'deploy/Caddyfile'), 'utf8');
    expect(caddyfile).toContain(
      `header @editor Content-Security-Policy "${editorPolicy(['{$PRAXIS_EDITOR_ORIGIN}'])}"`,
    );
    expect(caddyfile).toMatch(/@editor path \/redaktion\/\*/u);
  });
});

describe('editor backend settings', () => {
  it('GitLab on a self-hosted instance logs in with PKCE', () => {
    expect(
      editorBackend({
        PRAXIS_EDITOR_BACKEND: 'gitlab',
        PRAXIS_EDITOR_REPO: 'praxisdialog/hub',
        PRAXIS_EDITOR_BASE_URL: 'https://gitlab.opencode.de',
        PRAXIS_EDITOR_APP_ID: 'abc123',
      }).backend,
    ).toEqual({
      name: 'gitlab',
      repo: 'praxisdialog/hub',
      branch: 'main',
      base_url: 'https://gitlab.opencode.de',
      api_root: 'https://gitlab.opencode.de/api/v4',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
  });

  it('GitHub needs the repository and takes an OAuth helper', () => {
    expect(
      editorBackend({
        PRAXIS_EDITOR_BACKEND: 'github',
        PRAXIS_EDITOR_REPO: 'praxisdialog/hub',
        PRAXIS_EDITOR_BASE_URL: 'https://auth.example.org',
      }).backend,
    ).toEqual({ name: 'github', repo: 'praxisdialog/hub', branch: 'main', base_url: 'https://auth.example.org' });
    expect(() => editorBackend({ PRAXIS_EDITOR_BACKEND: 'github' })).toThrow(/PRAXIS_EDITOR_REPO must name/u);
  });

  it('says which setting is wrong', () => {
    expect(() => editorBackend({ PRAXIS_EDITOR_BACKEND: 'svn' })).toThrow(/PRAXIS_EDITOR_BACKEND: expected one of/u);
    expect(() => editorBackend({ PRAXIS_EDITOR_LOCAL_URL: 'http://example.org:8081/api/v1' })).toThrow(
      /PRAXIS_EDITOR_LOCAL_URL/u,
    );
  });
});

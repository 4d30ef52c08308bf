/**
 * A plain description of a collection schema — which fields exist, which are
 * required, their types, limits, defaults and descriptions — read from the very
 * Zod schemas Astro uses. The checker walks it beside an entry's data (unknown
 * fields, references, images); the scaffolder writes templates from it, so neither
 * can drift from the schemas.
 *
 * It reads Zod 4's definition objects (`_zod.def` and its `checks`). Those are internal
 * but stable within Zod 4; tests/editor/coverage.test.ts (which walks
 * every field of every schema with it) fails if they change.
 */
import { z } from 'zod';
import { date, type CollectionName } from '../../schemas/common.ts';

export type FieldNode =
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'array'; element: FieldNode; min?: number | undefined }
  | { kind: 'string'; min?: number | undefined; max?: number | undefined; format?: string | undefined }
  | { kind: 'number'; int: boolean; min?: number | undefined; max?: number | undefined }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'reference'; collection: CollectionName }
  | { kind: 'image' }
  | { kind: 'other' };

export interface Field {
  node: FieldNode;
  /** True when the field may be left out (optional or with a default). */
  optional: boolean;
  /** The default value, if the schema has one. */
  default?: unknown;
  hasDefault: boolean;
  /** The schema's `.describe()` text, if any. */
  description?: string | undefined;
  /** German text the schema gives the field with `.meta({ description, de })` (hints.ts fills in the rest). */
  de?: string | undefined;
  /** A text a translation must translate (`.meta(TRANSLATE)` in the schema; on a list of texts: each of them). */
  translate?: true;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
}

/** Minimal view of a Zod 4 schema's internals. */
interface ZodLike {
  _zod: {
    def: {
      type: string;
      innerType?: ZodLike;
      in?: ZodLike;
      out?: ZodLike;
      shape?: Record<string, ZodLike>;
      element?: ZodLike;
      entries?: Record<string, string | number>;
      defaultValue?: unknown;
      format?: string;
      checks?: { _zod: { def: CheckDef } }[];
    };
    parent?: ZodLike;
  };
  description?: string;
}

const markers = new WeakMap<object, FieldNode>();

/** Mark a stand-in schema (reference or image) so that the tree shows it as such. */
export function mark<T extends object>(schema: T, node: FieldNode): T {
  markers.set(schema, node);
  return schema;
}

// The schemas' calendar date is a custom check with a transform, which says nothing about its type.
mark(date, { kind: 'date' });

function markerOf(schema: ZodLike): FieldNode | undefined {
  // Zod clones a schema for `.describe()` and friends and links the clone to its parent.
  for (let s: ZodLike | undefined = schema; s; s = s._zod.parent) {
    const m = markers.get(s);
    if (m) return m;
  }
  return undefined;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

export function fieldOf(schema: unknown): Field {
  let s = schema as ZodLike;
  let optional = false;
  let hasDefault = false;
  let def: unknown;
  let description: string | undefined;
  let de: string | undefined;
  let translate = false;
  // Only set when true, so that a field reads as it did for every other use of the tree.
  const flags = () => (translate ? { translate: true as const } : {});
  for (;;) {
    description ??= s.description;
    const meta = z.globalRegistry.get(s as unknown as z.ZodType) as { de?: unknown; translate?: unknown } | undefined;
    if (typeof meta?.de === 'string') de ??= meta.de;
    if (meta?.translate === true) translate = true;
    const marked = markerOf(s);
    if (marked) return { node: marked, optional, hasDefault, default: def, description, de, ...flags() };
    const d = s._zod.def;
    if (WRAPPERS.has(d.type) && d.innerType) {
      if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') optional = true;
      if (d.type === 'default' || d.type === 'prefault') {
        hasDefault = true;
        def = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      }
      s = d.innerType;
      continue;
    }
    if (d.type === 'pipe' && d.in) {
      s = d.in;
      continue;
    }
    return { node: nodeOf(s), optional, hasDefault, default: def, description, de, ...flags() };
  }
}

/** Limits and formats from a schema's checks (`.min()`, `.max()`, `.int()`, `.regex()` …). */
function limits(s: ZodLike): { min?: number; max?: number; format?: string } {
  const out: { min?: number; max?: number; format?: string } = {};
  if (s._zod.def.format) out.format = s._zod.def.format;
  for (const c of s._zod.def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length') out.min = d.minimum;
    else if (d.check === 'max_length') out.max = d.maximum;
    else if (d.check === 'greater_than') out.min = d.value;
    else if (d.check === 'less_than') out.max = d.value;
    else if (d.check === 'string_format' || d.check === 'number_format') out.format = d.format;
  }
  return out;
}

function nodeOf(s: ZodLike): FieldNode {
  const d = s._zod.def;
  const lim = limits(s);
  switch (d.type) {
    case 'object': {
      const fields: Record<string, Field> = {};
      for (const [k, v] of Object.entries(d.shape ?? {})) fields[k] = fieldOf(v);
      return { kind: 'object', fields };
    }
    case 'array':
      return { kind: 'array', element: fieldOf(d.element).node, min: lim.min };
    case 'string':
      return { kind: 'string', min: lim.min, max: lim.max, format: lim.format };
    case 'number':
      return { kind: 'number', int: lim.format === 'safeint', min: finite(lim.min), max: finite(lim.max) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'enum', values: Object.values(d.entries ?? {}).map(String) };
    default:
      return { kind: 'other' };
  }
}

function finite(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined;
}

/** The top-level fields of an object schema. */
export function fieldsOf(schema: unknown): Record<string, Field> {
  const f = fieldOf(schema);
  if (f.node.kind !== 'object') throw new Error('expected an object schema');
  return f.node.fields;
}

export type PathKey = string | number;

export interface WalkVisitor {
  reference?: (path: PathKey[], value: unknown, collection: CollectionName) => void;
  image?: (path: PathKey[], value: unknown) => void;
  unknownKey?: (path: PathKey[], key: string, known: string[]) => void;
  /** Every other value the schema has a field for (texts, numbers, dates, choices), with the field's node. */
  scalar?: (path: PathKey[], value: unknown, node: FieldNode) => void;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** Walk an entry's data beside its schema tree, calling the visitor on references, images and unknown keys. */
export function walkData(node: FieldNode, value: unknown, visitor: WalkVisitor, path: PathKey[] = []): void {
  if (value === undefined || value === null) return;
  switch (node.kind) {
    case 'reference':
      visitor.reference?.(path, value, node.collection);
      return;
    case 'image':
      visitor.image?.(path, value);
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walkData(node.element, item, visitor, [...path, i]));
      return;
    case 'object':
      if (!isPlainObject(value)) return;
      for (const [key, v] of Object.entries(value)) {
        const field = node.fields[key];
        if (field) walkData(field.node, v, visitor, [...path, key]);
        else visitor.unknownKey?.(path, key, Object.keys(node.fields));
      }
      return;
    default:
      visitor.scalar?.(path, value, node);
      return;
  }
}

// Chrome's `storage.managed_schema`, derived from the zod policy schema (src/policy/schema.ts) — never
// written twice. zod's JSON Schema (draft 2020-12) is post-processed to the subset Chrome's policy schema
// accepts: one `type` per node; `properties`, `items`, `additionalProperties` (a schema), `enum`,
// `description`. `const` becomes a one-value `enum`; a union of strings one `enum`; the custom rules' union of
// objects one object with every kind's fields; `propertyNames` of an enum becomes `properties`. Constraints
// Chrome does not know (lengths, patterns, defaults, strictness) are dropped: the extension validates every
// managed policy with zod anyway and shows the admin why one is refused.
// wxt.config.ts writes the result into the build as managed-schema.json.
import { z } from 'zod';
import { PolicySchema } from '../policy/schema';

type Json = { [key: string]: unknown };
export type ChromeSchema = {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: Array<string | number>;
};

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function typeOf(node: Json): ChromeSchema['type'] {
  if ('const' in node) return typeof node.const === 'number' ? (Number.isInteger(node.const) ? 'integer' : 'number') : (typeof node.const as ChromeSchema['type']);
  const t = node.type;
  if (t === 'number' && node.const === undefined) return 'number';
  if (typeof t === 'string') return t as ChromeSchema['type'];
  if (isObj(node.properties) || node.additionalProperties !== undefined) return 'object';
  throw new Error(`managed schema: no single type for ${JSON.stringify(node).slice(0, 120)}`);
}

/** One zod JSON Schema node in Chrome's subset. */
export function toChrome(node: Json): ChromeSchema {
  const variants = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (variants) return mergeVariants(variants.map(toChrome), node.description as string | undefined);
  const out: ChromeSchema = { type: typeOf(node) };
  if (typeof node.description === 'string') out.description = node.description;
  if ('const' in node) out.enum = [node.const as string | number];
  else if (Array.isArray(node.enum)) out.enum = node.enum as Array<string | number>;
  if (out.type === 'object') {
    const props: Record<string, ChromeSchema> = {};
    for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Json>)) props[k] = toChrome(v);
    // A record with enum keys (categories): each key its own property.
    const names = node.propertyNames as Json | undefined;
    if (names && Array.isArray(names.enum) && isObj(node.additionalProperties)) {
      for (const key of names.enum as string[]) props[key] = toChrome(node.additionalProperties);
    } else if (isObj(node.additionalProperties)) {
      out.additionalProperties = toChrome(node.additionalProperties);
    }
    if (Object.keys(props).length) out.properties = props;
  }
  if (out.type === 'array' && isObj(node.items)) out.items = toChrome(node.items);
  return out;
}

function mergeVariants(variants: ChromeSchema[], description?: string): ChromeSchema {
  const types = new Set(variants.map((v) => v.type));
  if (types.size !== 1) throw new Error(`managed schema: a union of ${[...types].join(', ')} has no Chrome equivalent`);
  const merged: ChromeSchema = { type: variants[0]!.type, ...(description ? { description } : {}) };
  if (variants.every((v) => v.enum)) merged.enum = [...new Set(variants.flatMap((v) => v.enum!))];
  if (merged.type === 'object') {
    const props: Record<string, ChromeSchema> = {};
    for (const v of variants) {
      for (const [k, s] of Object.entries(v.properties ?? {})) {
        const prev = props[k];
        props[k] = prev?.enum && s.enum ? { ...prev, enum: [...new Set([...prev.enum, ...s.enum])] } : prev ?? s;
      }
    }
    merged.properties = props;
  }
  return merged;
}

export function managedSchema(): ChromeSchema {
  const json = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as Json;
  const schema = toChrome(json);
  // Chrome: the top level declares the policies and may not have additionalProperties.
  delete schema.additionalProperties;
  // Any version: an older managed policy must reach the extension to be migrated (Chrome drops values that
  // do not conform to the schema).
  schema.properties!.version = { type: 'integer', description: schema.properties!.version?.description ?? 'Policy format version' };
  return schema;
}

export const MANAGED_SCHEMA = managedSchema() as ChromeSchema & { properties: Record<string, ChromeSchema> };

export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

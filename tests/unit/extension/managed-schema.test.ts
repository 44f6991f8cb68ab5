import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA } from '../../../src/extension/managed-schema';
import { CustomRuleSchema, PolicySchema } from '../../../src/policy/schema';

describe("Chrome's managed storage schema", () => {
  it('lets an administrator set every policy field', () => {
    expect(Object.keys(MANAGED_SCHEMA.properties).sort()).toEqual(Object.keys(PolicySchema.shape).sort());
  });

  it('describes every field of every kind of custom rule', () => {
    const fields = new Set(CustomRuleSchema.options.flatMap((o) => Object.keys(o.shape)));
    expect(Object.keys(MANAGED_SCHEMA.properties.customRules.items.properties).sort()).toEqual([...fields].sort());
  });

  it('uses only the schema keywords Chrome understands', () => {
    const allowed = new Set(['type', 'properties', 'items', 'additionalProperties', 'enum', 'description']);
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        expect(allowed.has(key), key).toBe(true);
        if (key === 'properties') Object.values(value as object).forEach(walk);
        else if (key === 'items' || key === 'additionalProperties') walk(value);
      }
    };
    walk(MANAGED_SCHEMA);
  });
});

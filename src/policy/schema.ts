import { z } from 'zod';
import { CategorySchema, SeveritySchema } from '../engine/types';

/** A rule's level in an org policy: a severity, or off. */
export const LevelSchema = z.union([SeveritySchema, z.literal('off')]);
export type Level = z.infer<typeof LevelSchema>;

const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'use lower-case letters, digits, dots and dashes'),
  message: z.string().min(1),
  messageJa: z.string().optional(),
  level: SeveritySchema.default('warning'),
  /** Whom the rule protects; all recipients when absent. */
  audience: z.array(z.enum(['client', 'prospect', 'internal'])).optional(),
};

/** Vale-style org rules as data: flag phrases, or swap them for the house wording. */
export const CustomRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('existence'),
    phrases: z.array(z.string().min(1)).min(1),
    /** The house wording offered instead. */
    suggestion: z.string().optional(),
    ignoreCase: z.boolean().default(true),
  }),
  z.object({ ...base, kind: z.literal('substitution'), swap: z.record(z.string().min(1), z.string()), ignoreCase: z.boolean().default(true) }),
]);
export type CustomRule = z.infer<typeof CustomRuleSchema>;

export const POLICY_VERSION = 1;

export const PolicySchema = z
  .object({
    version: z.literal(POLICY_VERSION).default(POLICY_VERSION),
    /** Recipient domains that make a mail internal ("example.co.jp"). */
    internalDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain such as example.co.jp')).default([]),
    /** Per-rule level overrides by rule id. */
    rules: z.record(z.string(), LevelSchema).default({}),
    /** Per-category level overrides (a rule override wins). */
    categories: z.partialRecord(CategorySchema, LevelSchema).default({}),
    /** Phrases never flagged (house terms, product names). */
    allow: z.array(z.string().min(1)).default([]),
    customRules: z.array(CustomRuleSchema).default([]),
    /** Ask before sending while an error-level finding remains. */
    confirmBeforeSend: z.boolean().default(true),
    /** Interface language; auto follows the browser. */
    uiLanguage: z.enum(['auto', 'en', 'ja']).default('auto'),
  })
  .strict();
export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});

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

/** "HH:MM", 24-hour. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:00');

/** Japanese business hours for meeting checks; times are in `timeZone` (Tokyo by default). */
export const MeetingsSchema = z
  .object({
    /** IANA zone of the client's business hours. */
    timeZone: z.string().default('Asia/Tokyo'),
    /** IANA zone a time with no zone is written in; the client's zone when absent. */
    writerTimeZone: z.string().optional(),
    businessHours: z.object({ start: clock, end: clock }).strict().default({ start: '09:00', end: '18:00' }),
    /** A meeting proposed over lunch is info, not a warning. */
    lunch: z.object({ start: clock, end: clock }).strict().default({ start: '12:00', end: '13:00' }),
    /** The client is the larger company: a first visit should bring a senior. */
    clientLarger: z.boolean().default(false),
  })
  .strict();

/** When Send asks first: any finding at or above `threshold`, or a warning in one of `categories`. */
export const SendCheckSchema = z
  .object({
    threshold: z.enum(['error', 'warning', 'info', 'off']).default('error'),
    categories: z.array(CategorySchema).default(['honorific', 'blunt-refusal', 'bad-news', 'calendar']),
  })
  .strict();

/** Who "we" are: the organisation's own companies and brands (弊社 side). */
export const OrganisationSchema = z
  .object({
    names: z.array(z.string().min(1)).default([]),
    brands: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A client company and the other names it goes by (貴社 side, address-block checks). */
export const ClientSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Mail domains of the client ("example.co.jp"). */
    domains: z.array(z.string()).default([]),
  })
  .strict();

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
    sendCheck: SendCheckSchema.default(SendCheckSchema.parse({})),
    organisation: OrganisationSchema.default(OrganisationSchema.parse({})),
    clients: z.array(ClientSchema).default([]),
    meetings: MeetingsSchema.default(MeetingsSchema.parse({})),
    /** Interface language; auto follows the browser. */
    uiLanguage: z.enum(['auto', 'en', 'ja']).default('auto'),
  })
  .strict();
export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});

// The organisation policy's shape. Every object is strict: an unknown key is an error at any depth, never
// dropped. Messages here are keys of the bilingual catalogue (src/policy/messages.ts: `fmt:<name>`), so an
// error reads the same in the options page (English or Japanese), the CLI and the managed-policy notice.
// Semantic checks that need more than the shape (rule ids against the registry, patterns against the
// linear-time engine) run in parsePolicy (src/policy/parse.ts).
import { z } from 'zod';
import { CategorySchema, SeveritySchema } from '../engine/types';

export const LEVELS = ['off', 'info', 'warning', 'error'] as const;
/** A rule's level in an org policy: a severity, or off. */
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** Longest `pattern` a custom rule may have (characters). */
export const MAX_PATTERN_LENGTH = 500;
/** Longest text a `pattern` rule scans per field (characters); beyond it the rest is not scanned. */
export const MAX_PATTERN_TEXT = 200_000;

export const AUDIENCES = ['client', 'prospect', 'internal'] as const;
export const CUSTOM_RULE_KINDS = ['existence', 'substitution', 'pattern'] as const;

const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'fmt:ruleId'),
  message: z.string().min(1),
  messageJa: z.string().optional(),
  level: SeveritySchema.default('warning'),
  /** Whom the rule protects; all recipients when absent. */
  audience: z.array(z.enum(AUDIENCES)).optional(),
};

/** Vale-style org rules as data: flag phrases, swap them for the house wording, or match a pattern. */
export const CustomRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...base,
      kind: z.literal('existence'),
      phrases: z.array(z.string().min(1)).min(1),
      /** The house wording offered instead. */
      suggestion: z.string().optional(),
      ignoreCase: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('substitution'),
      swap: z.record(z.string().min(1), z.string()),
      ignoreCase: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('pattern'),
      /** RE2 syntax (linear time): no backreferences, no lookaround. Checked by parsePolicy. */
      pattern: z.string().min(1).max(MAX_PATTERN_LENGTH),
      /** Replacement text offered for each match. */
      suggestion: z.string().optional(),
      ignoreCase: z.boolean().default(true),
    })
    .strict(),
]);
export type CustomRule = z.infer<typeof CustomRuleSchema>;

/** "HH:MM", 24-hour. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'fmt:clock');
const span = z
  .object({ start: clock, end: clock })
  .strict()
  .refine((s) => s.start < s.end, { message: 'fmt:timeOrder', path: ['end'] });

/** A zone the browser knows by its IANA name (Asia/Tokyo, Europe/London, UTC). */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
const timeZone = z.string().refine(isTimeZone, { message: 'fmt:timeZone' });

/** Japanese business hours for meeting checks; times are in `timeZone` (Tokyo by default). */
export const MeetingsSchema = z
  .object({
    /** IANA zone of the client's business hours. */
    timeZone: timeZone.default('Asia/Tokyo'),
    /** IANA zone a time with no zone is written in; the client's zone when absent. */
    writerTimeZone: timeZone.optional(),
    businessHours: span.default({ start: '09:00', end: '18:00' }),
    /** A meeting proposed over lunch is info, not a warning. */
    lunch: span.default({ start: '12:00', end: '13:00' }),
    /** The client is the larger company: a first visit should bring a senior. */
    clientLarger: z.boolean().default(false),
  })
  .strict();

export const SEND_THRESHOLDS = ['error', 'warning', 'info', 'off'] as const;
/** When Send asks first: any finding at or above `threshold`, or a warning in one of `categories`. */
export const SendCheckSchema = z
  .object({
    threshold: z.enum(SEND_THRESHOLDS).default('error'),
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

const domain = z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'fmt:domain');

/** A client company and the other names it goes by (貴社 side, address-block checks). */
export const ClientSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Mail domains of the client ("example.co.jp"). */
    domains: z.array(domain).default([]),
  })
  .strict();

/**
 * 2: organisation, clients, meetings, sendCheck and `pattern` custom rules. A version-1 policy that switched
 * `confirmBeforeSend` off is migrated to `sendCheck.threshold: "off"` (src/policy/parse.ts).
 */
export const POLICY_VERSION = 2;
export const UI_LANGUAGES = ['auto', 'en', 'ja'] as const;

export const PolicySchema = z
  .object({
    version: z.literal(POLICY_VERSION).default(POLICY_VERSION).describe('Policy format version (2); older versions are migrated'),
    /** Recipient domains that make a mail internal ("example.co.jp"). */
    internalDomains: z.array(domain).default([]).describe('Recipient domains that make a mail internal, e.g. example.co.jp'),
    /** Per-rule level overrides by rule id (checked against the rule registry by parsePolicy). */
    rules: z.record(z.string(), LevelSchema).default({}).describe('Level per rule id: off, info, warning or error'),
    /** Per-category level overrides (a rule override wins). */
    categories: z.partialRecord(CategorySchema, LevelSchema).default({}).describe('Level per category: off, info, warning or error'),
    /** Phrases never flagged (house terms, product names). */
    allow: z.array(z.string().min(1)).default([]).describe('Phrases never flagged (house terms, product names)'),
    customRules: z.array(CustomRuleSchema).default([]).describe('Organisation rules: existence (flag phrases), substitution (swap phrases) or pattern (RE2 syntax)'),
    /** Ask before sending while an error-level finding remains. */
    confirmBeforeSend: z.boolean().default(true).describe('Ask before sending while an error-level finding remains'),
    sendCheck: SendCheckSchema.default(SendCheckSchema.parse({})).describe('When Send asks first: a threshold level and categories whose warnings count'),
    organisation: OrganisationSchema.default(OrganisationSchema.parse({})).describe("The organisation's own company names and brands"),
    clients: z.array(ClientSchema).default([]).describe('Client companies with their aliases and mail domains'),
    meetings: MeetingsSchema.default(MeetingsSchema.parse({})).describe('Business hours, lunch and time zones for meeting checks'),
    /** Interface language; auto follows the browser. */
    uiLanguage: z.enum(UI_LANGUAGES).default('auto').describe('Interface language: auto, en or ja'),
  })
  .strict();
export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});

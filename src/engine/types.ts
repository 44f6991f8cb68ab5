import { z } from 'zod';

/** The categories of ../shared/spec/findings.md, in its order. */
export const CATEGORIES = [
  'blunt-refusal',
  'honorific',
  'cold-outreach',
  'pressure',
  'register',
  'bad-news',
  'calendar',
  'policy',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * `when`: a meeting invitation's date/time fields as one machine-readable text (see `WHEN_FORMAT`), so the
 * calendar rules flag a holiday or an out-of-hours slot from the editor's fields with ordinary offsets.
 */
export const FIELD_NAMES = ['subject', 'body', 'when'] as const;
export type Field = (typeof FIELD_NAMES)[number];

/**
 * The `when` field's format, written by the calendar adapters: an ISO interval of local date-times and the
 * IANA zone they are in, e.g. `2026-05-04T14:00/2026-05-04T15:00 Asia/Tokyo`; all day: `2026-05-04/2026-05-05`
 * (end exclusive) with no zone.
 */
export const WHEN_FORMAT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?\/(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?(?: ([A-Za-z_]+(?:\/[A-Za-z_+-]+)*))?$/;
export type Lang = 'ja' | 'en';

export const RecipientSchema = z.enum(['client', 'prospect', 'internal']);
export type Recipient = z.infer<typeof RecipientSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/, 'must be an ISO date such as 2025-12-01');

export const DraftContextSchema = z
  .object({
    recipient: RecipientSchema.optional(),
    firstContact: z.boolean().optional(),
    now: isoDate.optional(),
    /** Display names of the To: recipients, when the mail client knows them ("Sato Kenji"). */
    recipientNames: z.array(z.string()).optional(),
    /** The To/Cc recipients as the mail client shows them (address-block checks). */
    recipients: z
      .array(z.object({ name: z.string().optional(), address: z.string(), cc: z.boolean().optional() }))
      .optional(),
  })
  .passthrough();
export type DraftContext = z.infer<typeof DraftContextSchema>;

/** A draft as the spec defines it; unknown keys (the corpus's `lang`, `expect`) pass through. */
export const DraftSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    subject: z.string().default(''),
    body: z.string(),
    kind: z.enum(['email', 'meeting-invite']).default('email'),
    /** A meeting invitation's date and time, in `WHEN_FORMAT`; absent for mail. */
    when: z.string().optional(),
    context: DraftContextSchema.default({}),
  })
  .passthrough();
export type DraftInput = z.input<typeof DraftSchema>;
export type Draft = z.output<typeof DraftSchema>;

/** One edit of a multi-edit suggestion: replaces start..end of the same field (UTF-16 offsets). */
export interface SuggestionEdit {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  /** Replaces exactly start..end of the field when applied (a readable preview when `edits` is present). */
  text: string;
  /**
   * When a better fix touches more than the flagged phrase (a cushion before the sentence, an ending after
   * it): non-overlapping edits of the same field, applied together as one undo step instead of `text`.
   */
  edits?: SuggestionEdit[];
  /** Short English label for the button. */
  label: string;
  /** Short Japanese label for the button. */
  labelJa?: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  field: Field;
  /** UTF-16 offsets into the field, end exclusive. */
  start: number;
  end: number;
  message: string;
  messageJa?: string;
  rationale: string;
  rationaleJa?: string;
  suggestions: Suggestion[];
}

/** One kuromoji (IPADIC) token, with offsets into the whole field. */
export interface Token {
  surface: string;
  /** 品詞, e.g. 動詞 / 助動詞 / 名詞 */
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  /** 活用型, e.g. 特殊・マス */
  cType: string;
  /** 活用形, e.g. 基本形 / 連用形 */
  cForm: string;
  /** 基本形 (dictionary form); the surface when unknown */
  base: string;
  reading: string;
  start: number;
  end: number;
}

/** One word of an English sentence (Intl.Segmenter), offsets into the whole field. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  lang: Lang;
  /** Index of the line the sentence starts on. */
  line: number;
  /** Japanese sentences, when the dictionary is loaded. */
  tokens?: Token[];
  /** English sentences. */
  words?: Word[];
}

export interface Line {
  text: string;
  start: number;
  end: number;
  index: number;
}

export const SuggestionEditSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export const SuggestionSchema = z.object({
  text: z.string(),
  label: z.string(),
  labelJa: z.string().optional(),
  edits: z.array(SuggestionEditSchema).optional(),
});

/** A finding as it crosses a boundary (extension messages, CLI output checks). */
export const FindingSchema = z.object({
  ruleId: z.string(),
  category: CategorySchema,
  severity: SeveritySchema,
  field: z.enum(FIELD_NAMES),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: z.string(),
  messageJa: z.string().optional(),
  rationale: z.string(),
  rationaleJa: z.string().optional(),
  suggestions: z.array(SuggestionSchema),
});

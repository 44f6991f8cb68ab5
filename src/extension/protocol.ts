// Every message between the extension's parts, validated with zod on receipt (one typed protocol file).
import { z } from 'zod';
import { FIELD_NAMES, FindingSchema, RecipientSchema } from '../engine/types';
import { PolicySchema } from '../policy/schema';
import { AnalyzeRequestSchema, MailClientSchema } from './analyze-request';

// What the engine worker parses lives in its own module, so the worker builds only those schemas (not the other
// ~80 of this file's message kinds); re-exported here so every other part still reads one protocol.
export { AnalyzeRequestSchema, MailClientSchema, type MailClient } from './analyze-request';

/**
 * A rule that threw on a draft (a bug, or an organisation rule the browser could not run): its findings are
 * missing, every other rule's are there. `title` is the rule's human name, for the person who reads the notice.
 */
export const FailedRuleSchema = z.object({
  ruleId: z.string(),
  count: z.number().int(),
  error: z.string(),
  title: z.object({ en: z.string(), ja: z.string() }).optional(),
});
export type FailedRule = z.infer<typeof FailedRuleSchema>;

export const AnalyzeResponseSchema = z.object({
  composeId: z.string(),
  revision: z.number().int(),
  findings: z.array(FindingSchema),
  japaneseReady: z.boolean(),
  /** Set when the Japanese dictionary failed to load: only English and phrase checks ran. */
  dictionaryError: z.string().nullable(),
  /** Rules that threw on this draft: their findings are missing, every other rule's are there. */
  failedRules: z.array(FailedRuleSchema).optional(),
});

/** Content script → background: a compose window closed (its findings leave the popup). */
export const ComposeClosedSchema = z.object({ type: z.literal('compose-closed'), composeId: z.string() });

/** Popup/options → background: state of the analyzer. */
export const StatusRequestSchema = z.object({ type: z.literal('status') });
export const StatusSchema = z.object({
  japaneseReady: z.boolean(),
  dictionaryError: z.string().nullable(),
  /** Milliseconds the dictionary took to load, once loaded. */
  dictionaryLoadMs: z.number().nullable(),
});

/** Popup → background: the findings of the open compose windows in a tab. */
export const TabFindingsRequestSchema = z.object({ type: z.literal('tab-findings'), tabId: z.number().int() });
export const TabFindingsSchema = z.object({
  drafts: z.array(
    z.object({
      composeId: z.string(),
      client: MailClientSchema,
      subject: z.string(),
      findings: z.array(FindingSchema.extend({ flagged: z.string() })),
      /** Rules that could not run on the draft's last check (absent when every rule ran). */
      failedRules: z.array(FailedRuleSchema).optional(),
    }),
  ),
});

/** Content script → background: the person is working in this compose window (the popup shows it first). */
export const ComposeFocusSchema = z.object({ type: z.literal('compose-focus'), composeId: z.string() });

/** Popup → background: the findings of every open compose window, in every tab. */
export const AllDraftsRequestSchema = z.object({ type: z.literal('all-drafts') });
export const AllDraftsSchema = z.object({
  drafts: z.array(
    TabFindingsSchema.shape.drafts.element.extend({
      tabId: z.number().int(),
      /** When the person last worked in it (ms since the epoch); 0 when never focused. */
      focusedAt: z.number(),
    }),
  ),
});

/** Popup → background: check a pasted text as a mail to this recipient (nothing is stored). */
export const CheckTextRequestSchema = z.object({
  type: z.literal('check-text'),
  subject: z.string().default(''),
  body: z.string(),
  recipient: RecipientSchema,
  firstContact: z.boolean(),
});

/** A finding's identity within one check of one compose window: what the popup asks the page to act on. */
export const FindingKeySchema = z.object({ field: z.enum(FIELD_NAMES), start: z.number().int(), end: z.number().int(), ruleId: z.string() });
export type FindingKey = z.infer<typeof FindingKeySchema>;

/** Popup → content script (tabs.sendMessage): act on one finding through the compose window's own editing path. */
export const ComposeActionSchema = z.object({
  type: z.literal('compose-action'),
  composeId: z.string(),
  finding: FindingKeySchema,
  action: z.enum(['apply', 'ignore', 'reveal']),
  suggestion: z.number().int().nonnegative().optional(),
});
export const ComposeActionResultSchema = z.object({
  ok: z.boolean(),
  /** Why nothing happened: the finding is gone (the text changed since), or the window closed. */
  reason: z.enum(['not-found', 'changed', 'failed']).optional(),
});
export type ComposeAction = z.infer<typeof ComposeActionSchema>;
export type ComposeActionResult = z.infer<typeof ComposeActionResultSchema>;

/** Any extension part → background: the effective policy (user's, with the enterprise-managed one merged in). */
export const PolicyRequestSchema = z.object({ type: z.literal('policy') });
export const PolicyResponseSchema = z.object({
  policy: PolicySchema,
  /** Top-level policy keys set by the enterprise-managed policy (shown locked in the options page). */
  managedKeys: z.array(z.string()),
  /** A stored or managed policy was invalid and was ignored: say so in the UI. */
  notice: z.string().nullable(),
});

/** The reply to any request that could not be handled (an unexpected failure, never for bad drafts). */
export const ErrorResponseSchema = z.object({ error: z.string() });

/** Background → content scripts: results may have changed (dictionary ready, policy edited): check again. */
export const RecheckSchema = z.object({ type: z.literal('recheck') });

/**
 * Popup → a tab (tabs.sendMessage): is a Nemawashi content script reading this tab? The popup cannot read a
 * mail tab's URL (no host permissions), so the content script itself answers.
 */
export const PresenceSchema = z.object({ type: z.literal('presence') });
export const PresenceReplySchema = z.object({ present: z.literal(true) });

export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;
export type AnalyzeResponse = z.infer<typeof AnalyzeResponseSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type TabFindings = z.infer<typeof TabFindingsSchema>;
export type PolicyResponse = z.infer<typeof PolicyResponseSchema>;
export type AllDrafts = z.infer<typeof AllDraftsSchema>;
export type CheckTextRequest = z.infer<typeof CheckTextRequestSchema>;

// ── Internal: service worker ↔ offscreen document (Chrome). Content scripts never send these. ──
// Every extension page receives runtime messages, so internal ones carry a `target` and are ignored elsewhere.

/** Service worker → offscreen document: analyze with this (already merged) policy. */
export const EngineAnalyzeSchema = z.object({
  target: z.literal('offscreen'),
  type: z.literal('engine-analyze'),
  request: AnalyzeRequestSchema,
  policy: PolicySchema,
});
/** Service worker → offscreen document: the analyzer's status. */
export const EngineStatusSchema = z.object({ target: z.literal('offscreen'), type: z.literal('engine-status') });
/** Offscreen document → service worker: the dictionary finished loading (or failed): ask tabs to recheck. */
export const EngineSettledSchema = z.object({ target: z.literal('background'), type: z.literal('engine-settled') });

// ── The maps: each message type with its request and its reply, one map per receiver ──
// Senders and receivers go through src/extension/messaging.ts, which types both ends from these maps and
// validates with their schemas on receipt (requests by the receiver, replies by the sender).

/** No reply expected (a notification). */
const NoReply = z.null();

/** Content scripts and extension pages → the background. */
export const BACKGROUND = {
  analyze: { request: AnalyzeRequestSchema, reply: AnalyzeResponseSchema },
  'compose-closed': { request: ComposeClosedSchema, reply: NoReply },
  'compose-focus': { request: ComposeFocusSchema, reply: NoReply },
  status: { request: StatusRequestSchema, reply: StatusSchema },
  'tab-findings': { request: TabFindingsRequestSchema, reply: TabFindingsSchema },
  'all-drafts': { request: AllDraftsRequestSchema, reply: AllDraftsSchema },
  policy: { request: PolicyRequestSchema, reply: PolicyResponseSchema },
  'check-text': { request: CheckTextRequestSchema, reply: AnalyzeResponseSchema },
} as const;

/** The background and the popup → a tab's content script. */
export const CONTENT = {
  recheck: { request: RecheckSchema, reply: NoReply },
  presence: { request: PresenceSchema, reply: PresenceReplySchema },
  'compose-action': { request: ComposeActionSchema, reply: ComposeActionResultSchema },
} as const;

/** The service worker → the offscreen document that holds the engine (Chrome). */
export const OFFSCREEN = {
  'engine-analyze': { request: EngineAnalyzeSchema, reply: AnalyzeResponseSchema },
  'engine-status': { request: EngineStatusSchema, reply: StatusSchema },
} as const;

/** The offscreen document → the service worker. */
export const ENGINE_EVENTS = {
  'engine-settled': { request: EngineSettledSchema, reply: NoReply },
} as const;

export type Protocol = Record<string, { request: z.ZodType<{ type: string }>; reply: z.ZodType }>;
export type MessageType<P extends Protocol> = keyof P & string;
/** What a sender passes (defaults may be left out). */
export type RequestOf<P extends Protocol, T extends MessageType<P>> = z.input<P[T]['request']> & { type: T };
/** What a receiver gets, validated. */
export type ReceivedOf<P extends Protocol, T extends MessageType<P>> = z.output<P[T]['request']>;
export type ReplyOf<P extends Protocol, T extends MessageType<P>> = z.output<P[T]['reply']>;

// The analyze request: the one boundary the engine worker parses besides its own messages (worker-protocol.ts).
// Kept apart from protocol.ts so that the worker's script builds these schemas only, not every message kind of
// the extension (protocol.ts re-exports them: the other parts still read one protocol).
import { z } from 'zod';
import { DraftSchema, FIELD_NAMES } from '../engine/types';
import { CLIENT_IDS } from '../adapters/registry';

export const MailClientSchema = z.enum(CLIENT_IDS);
export type MailClient = z.infer<typeof MailClientSchema>;

/** Content script → background: check this compose window's draft. */
export const AnalyzeRequestSchema = z.object({
  type: z.literal('analyze'),
  /** Stable per compose window for its lifetime in the tab. */
  composeId: z.string(),
  client: MailClientSchema,
  /** Increases with every edit; a reply for an older revision is dropped by the content script. */
  revision: z.number().int(),
  draft: DraftSchema,
  /**
   * To/Cc addresses, when the adapter can read them (additive, optional). When the draft's context sets no
   * recipient, the background calls the mail internal if every address is in the policy's internal domains.
   */
  recipients: z.array(z.string()).optional(),
  /** Findings the person ignored in this window (rule, field and the words): left out of the popup's list. */
  ignored: z.array(z.object({ ruleId: z.string(), field: z.enum(FIELD_NAMES), flagged: z.string() })).optional(),
});

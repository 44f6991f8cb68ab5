// Typed requests from extension pages to the background, replies validated with the protocol's zod schemas.
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import {
  AllDraftsSchema, AnalyzeResponseSchema, ComposeActionResultSchema, PolicyResponseSchema, StatusSchema, TabFindingsSchema,
  type AllDrafts, type AnalyzeResponse, type CheckTextRequest, type ComposeAction, type ComposeActionResult, type PolicyResponse,
  type Status, type TabFindings,
} from '../../extension/protocol';

async function ask<T>(message: unknown, schema: z.ZodType<T>): Promise<T> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  const parsed = schema.safeParse(reply);
  if (parsed.success) return parsed.data;
  const error = (reply as { error?: unknown } | undefined)?.error;
  throw new Error(typeof error === 'string' ? error : 'The background did not answer.');
}

export const requestStatus = (): Promise<Status> => ask({ type: 'status' }, StatusSchema);
export const requestPolicy = (): Promise<PolicyResponse> => ask({ type: 'policy' }, PolicyResponseSchema);
export const requestTabFindings = (tabId: number): Promise<TabFindings> =>
  ask({ type: 'tab-findings', tabId }, TabFindingsSchema);

export const requestAllDrafts = (): Promise<AllDrafts> => ask({ type: 'all-drafts' }, AllDraftsSchema);

export const requestCheckText = (request: Omit<CheckTextRequest, 'type'>): Promise<AnalyzeResponse> =>
  ask({ type: 'check-text', ...request }, AnalyzeResponseSchema);

/** Asks the compose window's own page to act on a finding (the same path as the card's buttons). */
export async function sendComposeAction(tabId: number, action: Omit<ComposeAction, 'type'>): Promise<ComposeActionResult> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'compose-action', ...action });
  const parsed = ComposeActionResultSchema.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, reason: 'failed' };
}

// Typed requests from extension pages to the background (and from the popup to a tab's content script),
// replies validated by the protocol's maps (src/extension/protocol.ts).
import { ask, askTab } from '../../extension/messaging';
import {
  BACKGROUND, CONTENT, type AllDrafts, type AnalyzeResponse, type CheckTextRequest, type ComposeAction, type ComposeActionResult,
  type PolicyResponse, type Status, type TabFindings,
} from '../../extension/protocol';

export const requestStatus = (): Promise<Status> => ask(BACKGROUND, { type: 'status' });
export const requestPolicy = (): Promise<PolicyResponse> => ask(BACKGROUND, { type: 'policy' });
export const requestTabFindings = (tabId: number): Promise<TabFindings> => ask(BACKGROUND, { type: 'tab-findings', tabId });
export const requestAllDrafts = (): Promise<AllDrafts> => ask(BACKGROUND, { type: 'all-drafts' });
export const requestCheckText = (request: Omit<CheckTextRequest, 'type'>): Promise<AnalyzeResponse> =>
  ask(BACKGROUND, { type: 'check-text', ...request });

/** Asks the compose window's own page to act on a finding (the same path as the card's buttons). */
export function sendComposeAction(tabId: number, action: Omit<ComposeAction, 'type'>): Promise<ComposeActionResult> {
  return askTab(CONTENT, tabId, { type: 'compose-action', ...action }).catch(() => ({ ok: false, reason: 'failed' as const }));
}

// The content script's only line to the background: the messages of src/extension/protocol.ts, validated on
// receipt. Failures (the service worker restarting, the extension reloaded) resolve to null, never throw:
// a compose window must keep working whatever happens to the checker.
import { browser } from 'wxt/browser';
import {
  AnalyzeResponseSchema, ComposeActionSchema, PolicyResponseSchema, PresenceSchema, RecheckSchema, type AnalyzeRequest, type AnalyzeResponse,
  type ComposeAction, type ComposeActionResult,
} from '../../extension/protocol';
import { DEFAULT_POLICY, type Policy } from '../../policy/schema';

export async function requestAnalysis(request: AnalyzeRequest): Promise<AnalyzeResponse | null> {
  try {
    const parsed = AnalyzeResponseSchema.safeParse(await browser.runtime.sendMessage(request));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The effective policy (the user's with the enterprise-managed one merged in), or the defaults. */
export async function requestPolicy(): Promise<Policy> {
  try {
    const parsed = PolicyResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'policy' }));
    return parsed.success ? parsed.data.policy : DEFAULT_POLICY;
  } catch {
    return DEFAULT_POLICY;
  }
}

export function notifyComposeClosed(composeId: string): void {
  browser.runtime.sendMessage({ type: 'compose-closed', composeId }).catch(() => undefined);
}

/**
 * Calls `onRecheck` when the background says results may have changed (dictionary loaded, policy edited).
 * A script that listens for rechecks is the one reading this tab, so it also answers the popup's presence probe.
 */
export function listenForRecheck(onRecheck: () => void): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (RecheckSchema.safeParse(message).success) onRecheck();
    if (PresenceSchema.safeParse(message).success) sendResponse({ present: true });
    // No asynchronous reply: another listener may answer other messages.
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Tells the background which compose window the person works in (the popup shows it first). */
export function notifyComposeFocus(composeId: string): void {
  browser.runtime.sendMessage({ type: 'compose-focus', composeId }).catch(() => undefined);
}

/**
 * Answers the popup's actions on a finding (apply, ignore, reveal). `act` returns null for a compose window
 * that is not in this tab's script (another frame or client may answer it).
 */
export function listenForActions(act: (action: ComposeAction) => ComposeActionResult | null): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const parsed = ComposeActionSchema.safeParse(message);
    if (!parsed.success) return false;
    const result = act(parsed.data);
    if (!result) return false;
    sendResponse(result);
    return false;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

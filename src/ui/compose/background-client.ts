// The content script's only line to the background: the BACKGROUND and CONTENT maps of
// src/extension/protocol.ts, typed and validated by src/extension/messaging.ts. Failures (the service worker
// restarting, the extension reloaded) resolve to null, never throw: a compose window must keep working
// whatever happens to the checker.
import { browser } from 'wxt/browser';
import { ask, tell } from '../../extension/messaging';
import { BACKGROUND, CONTENT, type AnalyzeRequest, type AnalyzeResponse, type ComposeAction, type ComposeActionResult } from '../../extension/protocol';
import { DEFAULT_POLICY, type Policy } from '../../policy/schema';

export async function requestAnalysis(request: AnalyzeRequest): Promise<AnalyzeResponse | null> {
  return ask(BACKGROUND, request).catch(() => null);
}

/** The effective policy (the user's with the enterprise-managed one merged in), or the defaults. */
export async function requestPolicy(): Promise<Policy> {
  return ask(BACKGROUND, { type: 'policy' }).then((r) => r.policy, () => DEFAULT_POLICY);
}

export function notifyComposeClosed(composeId: string): void {
  tell(BACKGROUND, { type: 'compose-closed', composeId });
}

/** Tells the background which compose window the person works in (the popup shows it first). */
export function notifyComposeFocus(composeId: string): void {
  tell(BACKGROUND, { type: 'compose-focus', composeId });
}

/**
 * Calls `onRecheck` when the background says results may have changed (dictionary loaded, policy edited).
 * A script that listens for rechecks is the one reading this tab, so it also answers the popup's presence probe.
 */
export function listenForRecheck(onRecheck: () => void): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (CONTENT.recheck.request.safeParse(message).success) onRecheck();
    if (CONTENT.presence.request.safeParse(message).success) sendResponse({ present: true });
    // No asynchronous reply: another listener may answer other messages.
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Answers the popup's actions on a finding (apply, ignore, reveal). `act` returns null for a compose window
 * that is not in this tab's script (another frame or client may answer it).
 */
export function listenForActions(act: (action: ComposeAction) => ComposeActionResult | null): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: ComposeActionResult) => void) => {
    const parsed = CONTENT['compose-action'].request.safeParse(message);
    if (!parsed.success) return false;
    const result = act(parsed.data);
    if (!result) return false;
    sendResponse(result);
    return false;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

// Records every network request the browser's targets make, over a second DevTools connection (Playwright
// keeps its own): auto-attach to every target (pages, the extension's service worker, its offscreen document)
// and, inside each, to its children (the engine's dedicated Worker, iframes), with the Network domain on in
// all of them. New targets wait for the debugger until Network is on, so not even their first request is missed.
// A request the page's content security policy refuses never reaches the Network domain; it is recorded from
// the Audits domain's CSP issue instead, as an attempt (blockedReason 'csp').
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

/** Where the request came from: the target it was made in, and the script URLs on its initiator's stack. */
function initiatorScripts(initiator) {
  const urls = [];
  if (initiator?.url) urls.push(initiator.url);
  for (let stack = initiator?.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames ?? []) if (frame.url) urls.push(frame.url);
  }
  return urls;
}

/**
 * Connects to the Chromium started with `--remote-debugging-port=0` in `userDataDir` and records from now on.
 * `requests` lists { url, documentUrl, targetType, targetUrl, initiatorScripts, blockedReason }; targetUrl is
 * the target's URL when the request was made (pages start as about:blank and navigate).
 */
export async function startNetworkRecorder({ userDataDir }) {
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const socket = new WebSocket(webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });

  let nextId = 0;
  const pending = new Map();
  /** sessionId → targetId, and targetId → its latest info (URL changes arrive by targetInfoChanged). */
  const sessions = new Map();
  const targets = new Map();
  const requests = [];
  const byRequestId = new Map();

  function send(method, params = {}, sessionId) {
    const id = ++nextId;
    socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
  }

  async function watch(sessionId, waitingForDebugger) {
    try {
      // Some targets have no Network domain (e.g. shared storage worklets): they make no requests we could see.
      await send('Network.enable', {}, sessionId).catch(() => undefined);
      await send('Audits.enable', {}, sessionId).catch(() => undefined);
      await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId).catch(() => undefined);
    } finally {
      if (waitingForDebugger) await send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined);
    }
  }

  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id !== undefined) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
      else call?.resolve(message.result);
      return;
    }
    const { method, params, sessionId } = message;
    const target = targets.get(sessions.get(sessionId));
    const record = (entry) => requests.push({ targetType: target?.type ?? 'unknown', targetUrl: target?.url ?? '', ...entry });
    if (method === 'Target.attachedToTarget') {
      sessions.set(params.sessionId, params.targetInfo.targetId);
      targets.set(params.targetInfo.targetId, params.targetInfo);
      void watch(params.sessionId, params.waitingForDebugger);
    } else if (method === 'Target.targetInfoChanged') {
      if (targets.has(params.targetInfo.targetId)) targets.set(params.targetInfo.targetId, params.targetInfo);
    } else if (method === 'Target.detachedFromTarget') {
      sessions.delete(params.sessionId);
    } else if (method === 'Network.requestWillBeSent') {
      const entry = {
        url: params.request.url,
        documentUrl: params.documentURL ?? '',
        initiatorScripts: initiatorScripts(params.initiator),
        blockedReason: null,
        // DevTools' monotonic clock (s): when the request was sent and its body finished (bench/offscreen-fetch-timing.ts).
        sentAt: params.timestamp,
        // The same moment in ms since the epoch, to set against clocks outside DevTools (a browser's launch).
        sentWallMs: params.wallTime * 1000,
        finishedAt: null,
      };
      record(entry);
      byRequestId.set(`${sessionId}:${params.requestId}`, requests[requests.length - 1]);
    } else if (method === 'Audits.issueAdded' && params.issue.code === 'ContentSecurityPolicyIssue') {
      const csp = params.issue.details.contentSecurityPolicyIssueDetails;
      if (csp?.blockedURL) {
        record({ url: csp.blockedURL, documentUrl: csp.sourceCodeLocation?.url ?? '', initiatorScripts: [csp.sourceCodeLocation?.url].filter(Boolean), blockedReason: 'csp' });
      }
    } else if (method === 'Network.loadingFinished') {
      const entry = byRequestId.get(`${sessionId}:${params.requestId}`);
      if (entry) entry.finishedAt = params.timestamp;
    } else if (method === 'Network.loadingFailed') {
      const entry = byRequestId.get(`${sessionId}:${params.requestId}`);
      if (entry) entry.blockedReason = params.blockedReason ?? params.errorText ?? null;
    }
  });

  // Browser level: every top-level target, those already open included (flat sessions on this socket), and
  // their URLs as they navigate.
  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });

  return {
    requests,
    /** The targets attached right now (type and URL), to show what was covered. */
    targets: () => [...new Set(sessions.values())].map((id) => targets.get(id)).map((t) => ({ type: t.type, url: t.url })),
    close: () => socket.close(),
  };
}

/**
 * The requests the extension made: any in one of its own targets (pages, service worker, offscreen document,
 * Workers), and in web pages those whose initiator's stack runs through its scripts (the content scripts).
 */
export function extensionRequests(requests, extensionId) {
  const own = `chrome-extension://${extensionId}/`;
  const ours = (url) => url.startsWith(own);
  return requests.filter((r) => ours(r.targetUrl) || ours(r.documentUrl) || r.initiatorScripts.some(ours));
}

/**
 * True for a URL that reaches no server: a file of the extension's own package, a blob the extension made, or
 * a data: URL (its content is in the URL itself; Chromium's own time-input icon on the options page is one).
 */
export function staysInBrowser(url, extensionId) {
  const own = `chrome-extension://${extensionId}/`;
  return url.startsWith(own) || url.startsWith(`blob:${own}`) || url.startsWith('data:');
}

// Finds compose windows as they appear and disappear (one ComposeSession each), and tells the other features
// when something on screen may have moved: scrolling, resizing, and compose windows that move by themselves.
import { effect } from '@preact/signals';
import { notifyComposeClosed } from '../background-client';
import { ComposeSession } from '../session';
import type { ComposeStore } from '../store';
import { mountUiRoot } from '../ui-root';
import { defineFeature } from './feature';

/** A short idle after typing is enough: reading the draft and the engine's cached re-analysis are fast (issue 14). */
export const IDLE_CHECK_MS = 120;
const SCAN_DELAY_MS = 120;

function showUi(store: ComposeStore): void {
  if (!store.ui.peek()) store.ui.value = mountUiRoot(store.doc, store.config.hostData);
}

function init(store: ComposeStore, signal: AbortSignal): void {
  const { doc, win, lifetime, config, probe } = store;
  const open = new Map<HTMLElement, ComposeSession>();
  let scanQueued = false;

  const publish = () => {
    store.sessions.value = [...open.values()];
    store.queueFrame();
  };

  const end = (body: HTMLElement, s: ComposeSession) => {
    s.detach();
    open.delete(body);
  };

  const scan = () => {
    for (const [body, s] of open) {
      // Closed, or re-rendered into a different window around the same body: start over.
      if (!body.isConnected || !s.win.root.isConnected || !s.win.root.contains(body)) end(body, s);
    }
    let found: HTMLElement[] = [];
    try {
      found = config.adapter.findBodies(doc);
    } catch {
      found = []; // DOM we do not understand: do nothing.
    }
    for (const body of found) {
      if (open.has(body)) continue;
      try {
        const win = config.adapter.composeWindow(body);
        if (!win) continue;
        const session: ComposeSession = new ComposeSession(win, {
          adapter: config.adapter,
          lifetime,
          analyze: (request) => store.analyze(session, request),
          closed: notifyComposeClosed,
          changed: () => store.touch(),
          probe,
          delayMs: IDLE_CHECK_MS,
        });
        showUi(store);
        open.set(body, session);
        session.attach();
      } catch {
        // One odd window must not break the others.
      }
    }
    publish();
  };

  /** When the last scan for mutations ran (the first one, at init, does not count). */
  let lastScan = Number.NEGATIVE_INFINITY;
  // Mutations after a quiet spell are scanned at once (a compose window opening: its first check waits for this
  // scan, 120 ms at every browser start — round 46); a stream of them at most every SCAN_DELAY_MS, as before.
  const scanSoon = () => {
    if (scanQueued) return;
    scanQueued = true;
    lifetime.setTimeout(() => {
      scanQueued = false;
      lastScan = performance.now();
      scan();
    }, Math.max(0, lastScan + SCAN_DELAY_MS - performance.now()));
  };

  // Typing inside a compose body is its session's business, not a new window.
  const insideABody = (node: Node) => {
    for (const body of open.keys()) if (body.contains(node)) return true;
    return false;
  };
  // Our own layer's host put on the page is no compose window: scanned for, it only pushed the next scan — the
  // one that finds the compose opened right after — SCAN_DELAY_MS later.
  const ours = (r: MutationRecord) => r.removedNodes.length === 0 && r.addedNodes.length === 1 && r.addedNodes[0] === store.ui.peek()?.host;
  const watcher = new MutationObserver((records) => {
    const t0 = probe ? performance.now() : 0;
    if (!scanQueued && records.some((r) => !insideABody(r.target) && !ours(r))) scanSoon();
    probe?.record('watch', performance.now() - t0);
  });
  watcher.observe(doc.documentElement, { childList: true, subtree: true });

  const passive = { capture: true, passive: true, signal };
  win.addEventListener('scroll', store.queueFrame, passive);
  win.addEventListener('resize', store.queueFrame, passive);
  // Compose windows move and resize without telling anyone (minimise, full screen): follow them slowly.
  lifetime.setInterval(store.queueFrame, 1000);
  const stopRescan = effect(() => {
    if (store.rescan.value > 0) scanSoon();
  });

  signal.addEventListener('abort', () => {
    stopRescan();
    watcher.disconnect();
    for (const [body, s] of open) end(body, s);
    store.sessions.value = [];
    store.ui.peek()?.dispose();
    store.ui.value = null;
  }, { once: true });

  if (!config.lazyUi) showUi(store);
  scan();
}

export default defineFeature('discover', init);

// The background's wiring: message routing, policy cache, tab bookkeeping and recheck broadcasts.
// entrypoints/background.ts only calls startBackground(), so entrypoints stay thin.
import { browser } from 'wxt/browser';
import { answerMessages, dispatcher } from './messaging';
import { createOffscreenEngine } from './offscreen-engine';
import { ENGINE_EVENTS, type RequestOf, type CONTENT } from './protocol';
import { createRouter, type EngineClient } from './router';
import { PolicySource } from './policy-source';
import { policyItem, readManagedPolicy, tabFindingsItem } from './storage';
import { TabFindingsStore } from './tab-findings';

const RECHECK: RequestOf<typeof CONTENT, 'recheck'> = { type: 'recheck' };

export function startBackground(): void {
  const store = new TabFindingsStore({
    load: () => tabFindingsItem.getValue(),
    save: (snapshot) => tabFindingsItem.setValue(snapshot),
    openTabIds: async () => new Set((await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]))),
  });
  void store.restore();

  async function broadcastRecheck(): Promise<void> {
    // Every tab, not a URL query: without host permissions the mail tabs' URLs are hidden from us.
    const tabs = await browser.tabs.query({}).catch(() => []);
    const ids = new Set([...tabs.map((t) => t.id), ...store.tabIds()]);
    for (const id of ids) {
      // Tabs without our content script (yet) have nobody listening: that is fine.
      if (id !== undefined) browser.tabs.sendMessage(id, RECHECK).catch(() => undefined);
    }
  }

  // A dynamic import keeps kuromoji out of Chrome's service worker bundle (the branch is dropped at build time).
  const engine: EngineClient = import.meta.env.FIREFOX
    ? deferredEngine(import('./local-engine').then((m) => m.createLocalEngine(() => void broadcastRecheck())))
    : createOffscreenEngine();
  // Chrome: the offscreen document (the dictionary's fetch, the engine Worker's script) is asked for as this
  // script runs, not when onStartup/onInstalled reaches the listeners below: at browser start that event came
  // ~175 ms after this point, all of it on the way to the first Japanese finding (round 46). On a restarted
  // worker the document is there already: warmUp only looks (getContexts) and creates nothing.
  if (!import.meta.env.FIREFOX) void engine.warmUp().catch(() => undefined);

  const policy = new PolicySource({
    readStored: () => policyItem.getValue(),
    readManaged: readManagedPolicy,
    onLateChange: () => void broadcastRecheck(),
  });
  policyItem.watch(() => {
    policy.invalidate();
    void broadcastRecheck();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    policy.invalidate(true);
    void broadcastRecheck();
  });

  const route = createRouter({ engine, policy: () => policy.get(), store });
  // The offscreen document says the dictionary settled: tabs checked without it should check again.
  const engineEvents = dispatcher(ENGINE_EVENTS, { 'engine-settled': () => broadcastRecheck().then(() => null) });
  answerMessages((message, sender) => engineEvents(message, sender) ?? route(message, sender));

  browser.tabs.onRemoved.addListener((tabId) => store.forgetTab(tabId));

  // Load the dictionary when the browser starts, not when the first mail tab asks (issue 6: ready ≤ 0.8 s).
  const warmUp = () => {
    void engine.warmUp().catch(() => undefined);
    void policy.get();
  };
  browser.runtime.onStartup.addListener(warmUp);
  browser.runtime.onInstalled.addListener(warmUp);
  if (import.meta.env.FIREFOX) warmUp();
}

/** An engine client that is still being imported. */
function deferredEngine(client: Promise<EngineClient>): EngineClient {
  return {
    analyze: async (request, policy) => (await client).analyze(request, policy),
    status: async () => (await client).status(),
    warmUp: async () => (await client).warmUp(),
  };
}

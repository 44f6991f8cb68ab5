// The effective policy in the store, loaded at start and again whenever the background says results may
// have changed (policy edited, dictionary ready): then every compose window is checked again.
import { listenForRecheck, requestPolicy } from '../background-client';
import type { ComposeStore } from '../store';
import { defineFeature } from './feature';

async function load(store: ComposeStore, signal: AbortSignal): Promise<void> {
  const policy = await requestPolicy();
  if (!signal.aborted) store.policy.value = policy;
}

function init(store: ComposeStore, signal: AbortSignal): void {
  void load(store, signal);
  const stop = listenForRecheck(() => {
    void load(store, signal).then(() => {
      for (const s of store.sessions.peek()) s.recheck();
    });
  });
  signal.addEventListener('abort', stop, { once: true });
}

export default defineFeature('policy', init);

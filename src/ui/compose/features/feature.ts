// A feature of the compose UI: one file, one `init(store, signal)` that starts from the store's signals and
// stops everything it started when `signal` aborts (the content script's context ends). Features never call
// each other; they read and write the store (../store.ts).
import type { ComposeStore } from '../store';

export interface Feature {
  /** The file name: what the feature is called in logs and tests. */
  id: string;
  init(store: ComposeStore, signal: AbortSignal): void;
}

export function defineFeature(id: string, init: Feature['init']): Feature {
  return { id, init };
}

/** Starts every feature; one that fails to start leaves the others working. */
export function startFeatures(store: ComposeStore, features: readonly Feature[], signal: AbortSignal): void {
  for (const feature of features) {
    try {
      feature.init(store, signal);
    } catch (error) {
      console.warn(`Nemawashi: the ${feature.id} feature did not start`, error);
    }
  }
}

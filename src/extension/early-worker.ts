// The engine Worker spawned by the offscreen document's first, classic script (entrypoints/engine-spawn.ts), as the
// HTML is parsed, and adopted later by the page's module script (page-analyzer.ts). The module script runs only
// once its imports (zod and the protocol's schemas) have loaded and run — at browser start ~250 ms after the
// document began (round 46) — and the Worker's own script (3.2 MB: its compile and top level, the long pole of the
// first Japanese finding once the dictionary's fetch got ahead of it) started only then. Nothing here may import
// more than types: this module is that classic script's whole content.
import type { WorkerLike } from './tiered-engine';

/** ENGINE_WORKER_PATH (worker-protocol.ts, which imports zod); tests/unit/extension/early-worker.test.ts keeps them equal. */
export const EARLY_WORKER_PATH = '/engine-worker.js';

const KEY = '__nemawashiEarlyWorker';

interface Early {
  worker: Worker;
  /** An error the Worker reported before anyone adopted it (a script that failed to load): told to the adopter. */
  error: string | null;
  adopted: boolean;
}

type Scope = { [KEY]?: Early };

/** Spawns the Worker and keeps it on the page's global scope; does nothing where Workers cannot be spawned. */
export function spawnEarlyWorker(scope: object = globalThis, spawn = (url: string) => new Worker(url)): void {
  let worker: Worker;
  try {
    worker = spawn(EARLY_WORKER_PATH);
  } catch {
    return; // The page's script tries again, and falls back to its own engine.
  }
  const early: Early = { worker, error: null, adopted: false };
  worker.addEventListener('error', (event) => {
    if (!early.adopted) early.error ??= event.message || 'the analyzer worker stopped';
  });
  (scope as Scope)[KEY] = early;
}

/**
 * The Worker spawned early, once (null when there is none): its listeners are the adopter's from now on, and an
 * error it reported before is replayed to the adopter's 'error' listener, so a failed start is not lost.
 */
export function adoptEarlyWorker(scope: object = globalThis): WorkerLike | null {
  const early = (scope as Scope)[KEY];
  if (!early || early.adopted) return null;
  early.adopted = true;
  delete (scope as Scope)[KEY];
  const { worker, error } = early;
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer ?? []),
    terminate: () => worker.terminate(),
    addEventListener(type, listener) {
      worker.addEventListener(type, listener as (event: Event) => void);
      if (type === 'error' && error !== null) queueMicrotask(() => listener({ message: error }));
    },
  };
}

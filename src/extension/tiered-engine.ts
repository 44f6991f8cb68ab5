// The analyzer as its owning page sees it: an English-and-phrases Engine on the page's own thread answers at
// once, while a Worker loads kuromoji's dictionary; from then on the Worker (full Japanese checks) answers.
// Without Worker support the dictionary loads on the page itself (slower first answers, same results).
import type { ReadDictionaryFile } from '../engine/tokenizer';
import type { Policy } from '../policy/schema';
import { EngineHost } from './engine-host';
import type { AnalyzeRequest, AnalyzeResponse, Status } from './protocol';
import { WorkerReplySchema, type WorkerRequest } from './worker-protocol';

/** What the tiered engine needs of a Worker (the real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown; message?: string }) => void): void;
  terminate(): void;
}

export interface TieredEngineOptions {
  /** Returns null where Workers are unavailable. */
  spawnWorker(): WorkerLike | null;
  /** The extension's root URL, for the worker's fetches. */
  baseUrl: string;
  /** Used only without a worker. */
  readDictionary: ReadDictionaryFile;
  onSettled(): void;
  now?: () => number;
}

export interface Analyzer {
  start(): void;
  status(): Status;
  analyze(request: AnalyzeRequest, policy: Policy): Promise<AnalyzeResponse>;
}

export function createTieredEngine(options: TieredEngineOptions): Analyzer {
  const now = options.now ?? (() => performance.now());
  let worker: WorkerLike | null = null;
  let started = false;
  /** No Worker could be spawned: the page's own engine loads the dictionary. */
  let inPage = false;
  let ready = false;
  let error: string | null = null;
  let loadMs: number | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: AnalyzeResponse): void; fallback(): void }>();
  // Without a worker this one also loads the dictionary; with one it never does.
  const local = new EngineHost({ readDictionary: options.readDictionary, onSettled: options.onSettled });

  function settle(status: Status | null, failure: string | null): void {
    ready = status?.japaneseReady ?? false;
    error = failure ?? status?.dictionaryError ?? null;
    options.onSettled();
  }

  function fail(message: string): void {
    worker?.terminate();
    worker = null;
    settle(null, message);
    // Requests in flight get the page's own answer (with the error) rather than none.
    for (const p of pending.values()) p.fallback();
    pending.clear();
  }

  function start(): void {
    if (started) return;
    started = true;
    const spawnedAt = now();
    worker = options.spawnWorker();
    if (!worker) {
      inPage = true;
      void local.start();
      return;
    }
    worker.addEventListener('message', (event) => {
      const reply = WorkerReplySchema.safeParse(event.data);
      if (!reply.success) return;
      const data = reply.data;
      if (data.kind === 'settled') {
        // The time a mail tab would wait: from spawning the worker to a usable dictionary.
        loadMs = data.status.japaneseReady ? Math.round(now() - spawnedAt) : null;
        settle(data.status, null);
        return;
      }
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if (data.kind === 'analyzed') waiting?.resolve(data.response);
      else waiting?.fallback();
    });
    worker.addEventListener('error', (event) => fail(event.message || 'the analyzer worker stopped'));
    worker.postMessage({ kind: 'init', baseUrl: options.baseUrl });
  }

  function localAnswer(request: AnalyzeRequest, policy: Policy): AnalyzeResponse {
    const answer = local.analyze(request, policy);
    return inPage ? answer : { ...answer, dictionaryError: error };
  }

  return {
    start,
    status() {
      if (inPage) return local.status();
      return { japaneseReady: ready, dictionaryError: error, dictionaryLoadMs: loadMs };
    },
    analyze(request, policy) {
      start();
      if (!worker || !ready) return Promise.resolve(localAnswer(request, policy));
      const id = nextId++;
      const w = worker;
      return new Promise((resolve) => {
        pending.set(id, { resolve, fallback: () => resolve(localAnswer(request, policy)) });
        w.postMessage({ kind: 'analyze', id, request, policy });
      });
    },
  };
}

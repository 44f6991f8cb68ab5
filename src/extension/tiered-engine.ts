// The analyzer as its owning page sees it: one Engine per extension process, in a dedicated Worker that
// answers from the start (English, phrase and date checks at once; the compact dictionary's load is one
// fetch and views, so it never blocks the Worker for long) and with Japanese once the dictionary is in.
// The page itself holds no Engine: its own (rules, caches, wink-nlp's parser, ~1.5 MB of script) is loaded on
// demand only where no Worker can be spawned or the Worker has failed, then answers the same way.
import type { EnglishModelData } from '../engine/analysis/en-model-file';
import type { ReadDictionaryFile } from '../engine/tokenizer';
import type { Policy } from '../policy/schema';
import type { EngineHost, EngineHostOptions } from './engine-host';
import type { AnalyzeRequest, AnalyzeResponse, Status } from './protocol';
import type { WorkerRequest } from './worker-protocol';
import { WorkerReplySchema } from './worker-reply';

/** What the tiered engine needs of a Worker (the real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
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
  /** wink-nlp's English model for the page's own engine (only without a worker or after it failed). */
  readEnglishModel?: () => Promise<() => EnglishModelData>;
  onSettled(): void;
  now?: () => number;
  /** Creates the page's own engine, on demand (default: a dynamic import, so the page's script has no engine). */
  pageEngine?(options: EngineHostOptions): Promise<EngineHost>;
  /**
   * Data files the page fetches itself as soon as the worker is spawned, posting each to the worker (the bytes
   * transferred): the fetch then runs while the worker's script is still being parsed and run, instead of after.
   */
  postFiles?: { names: readonly string[]; read(name: string): Promise<ArrayBuffer> };
}

const importPageEngine = async (options: EngineHostOptions) => new (await import('./engine-host')).EngineHost(options);

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
  // The page's engine: only without a worker (then it loads the dictionary) or after the worker failed.
  let local: Promise<EngineHost> | null = null;
  let localHost: EngineHost | null = null;
  const page = () => (local ??= (options.pageEngine ?? importPageEngine)({
    readDictionary: options.readDictionary,
    ...(options.readEnglishModel ? { readEnglishModel: options.readEnglishModel } : {}),
    onSettled: options.onSettled,
  })
    .then((host) => (localHost = host)));

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
      void page().then((host) => host.start());
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
    const files = options.postFiles;
    if (!files?.names.length) {
      worker.postMessage({ kind: 'init', baseUrl: options.baseUrl });
      return;
    }
    worker.postMessage({ kind: 'init', baseUrl: options.baseUrl, posted: [...files.names] });
    for (const name of files.names) {
      const w = worker;
      files.read(name).then(
        (buffer) => w.postMessage({ kind: 'file', name, buffer }, [buffer]),
        (error: unknown) => w.postMessage({ kind: 'file', name, error: error instanceof Error ? error.message : String(error) }),
      );
    }
  }

  async function localAnswer(request: AnalyzeRequest, policy: Policy): Promise<AnalyzeResponse> {
    const answer = await (await page()).analyze(request, policy);
    return inPage ? answer : { ...answer, dictionaryError: error };
  }

  return {
    start,
    status() {
      if (inPage) return localHost?.status() ?? { japaneseReady: false, dictionaryError: null, dictionaryLoadMs: null };
      return { japaneseReady: ready, dictionaryError: error, dictionaryLoadMs: loadMs };
    },
    analyze(request, policy) {
      start();
      // The worker answers before its dictionary is in too (without Japanese morphology, like the page did).
      if (!worker) return localAnswer(request, policy);
      const id = nextId++;
      const w = worker;
      return new Promise((resolve) => {
        pending.set(id, { resolve, fallback: () => void localAnswer(request, policy).then(resolve) });
        w.postMessage({ kind: 'analyze', id, request, policy });
      });
    },
  };
}

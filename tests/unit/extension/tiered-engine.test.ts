import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ensureCompactDictionary } from '../../../src/engine/node-dictionary-file';
import { extensionDictionaryReader } from '../../../src/extension/dictionary-loader';
import { AnalyzeResponseSchema, type AnalyzeRequest } from '../../../src/extension/protocol';
import { createTieredEngine, type WorkerLike } from '../../../src/extension/tiered-engine';
import type { WorkerRequest } from '../../../src/extension/worker-protocol';
import { EngineHost, type EngineHostOptions } from '../../../src/extension/engine-host';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

const request: AnalyzeRequest = {
  type: 'analyze', composeId: 'c', client: 'gmail', revision: 3,
  draft: { subject: '', body: 'No, that is out of scope.', kind: 'email', context: {} },
};

/**
 * A worker whose replies the test sends by hand, running a real EngineHost behind it; `status` is what its
 * dictionary has come to (the test emits 'settled' by hand too).
 */
function fakeWorker() {
  const listeners = { message: [] as Array<(e: { data?: unknown }) => void>, error: [] as Array<(e: { message?: string }) => void> };
  const host = new EngineHost({ readDictionary: () => Promise.reject(new Error('unused')) });
  const posted: WorkerRequest[] = [];
  const transferred: Transferable[][] = [];
  const worker: WorkerLike & {
    posted: WorkerRequest[]; transferred: Transferable[][]; emit(data: unknown): void; crash(message: string): void; answer: boolean;
    status: { japaneseReady: boolean; dictionaryError: string | null };
  } = {
    posted,
    transferred,
    answer: true,
    status: { japaneseReady: false, dictionaryError: null },
    postMessage(message, transfer) {
      posted.push(message);
      transferred.push(transfer ?? []);
      if (message.kind === 'analyze' && worker.answer) {
        const status = { ...worker.status };
        void host.analyze(message.request, message.policy).then((answer) => worker.emit({ kind: 'analyzed', id: message.id, response: { ...answer, ...status } }));
      }
    },
    addEventListener(type, listener) {
      listeners[type].push(listener);
    },
    terminate: vi.fn(),
    emit: (data) => listeners.message.forEach((l) => l({ data })),
    crash: (message) => listeners.error.forEach((l) => l({ message })),
  };
  return worker;
}

/** Serves the compact dictionary Node built (the same file the extension ships). */
const fetchFromNodeModules = (async (url: string) =>
  new Response(await readFile(join(dirname(ensureCompactDictionary()), url.split('/').pop()!)))) as unknown as typeof fetch;

const noDictionary = () => Promise.reject(new Error('no dictionary here'));

/** Creates the page's own engine as the extension does, counting how often it is asked to. */
function countingPageEngine() {
  const made = vi.fn();
  return { made, pageEngine: async (o: EngineHostOptions) => (made(), new EngineHost(o)) };
}

describe('tiered engine', () => {
  it('answers through the worker from the start, before and after its dictionary loads; the page makes no engine', async () => {
    const worker = fakeWorker();
    const onSettled = vi.fn();
    const { made, pageEngine } = countingPageEngine();
    const engine = createTieredEngine({ spawnWorker: () => worker, baseUrl: 'ext:/', readDictionary: noDictionary, onSettled, pageEngine });
    engine.start();
    expect(worker.posted[0]).toEqual({ kind: 'init', baseUrl: 'ext:/' });

    const early = AnalyzeResponseSchema.parse(await engine.analyze(request, DEFAULT_POLICY));
    expect(early.japaneseReady).toBe(false);
    expect(early.findings.length).toBeGreaterThan(0);
    expect(worker.posted.filter((m) => m.kind === 'analyze')).toHaveLength(1);

    worker.status = { japaneseReady: true, dictionaryError: null };
    worker.emit({ kind: 'settled', status: { ...worker.status, dictionaryLoadMs: 900 } });
    expect(onSettled).toHaveBeenCalledOnce();
    expect(engine.status().japaneseReady).toBe(true);
    const late = AnalyzeResponseSchema.parse(await engine.analyze(request, DEFAULT_POLICY));
    expect(late.japaneseReady).toBe(true);
    expect(late.revision).toBe(3);
    expect(worker.posted.filter((m) => m.kind === 'analyze')).toHaveLength(2);
    expect(made).not.toHaveBeenCalled();
  });

  it('reports a failed dictionary and keeps answering English', async () => {
    const worker = fakeWorker();
    const engine = createTieredEngine({ spawnWorker: () => worker, baseUrl: 'ext:/', readDictionary: noDictionary, onSettled: () => {} });
    engine.start();
    worker.status = { japaneseReady: false, dictionaryError: 'ipadic-v1.nwd: HTTP 404' };
    worker.emit({ kind: 'settled', status: { ...worker.status, dictionaryLoadMs: null } });
    const reply = await engine.analyze(request, DEFAULT_POLICY);
    expect(reply.dictionaryError).toBe('ipadic-v1.nwd: HTTP 404');
    expect(reply.japaneseReady).toBe(false);
    expect(reply.findings.length).toBeGreaterThan(0);
  });

  it('falls back to the page engine (made then, once) when the worker dies with requests in flight', async () => {
    const worker = fakeWorker();
    worker.answer = false;
    const { made, pageEngine } = countingPageEngine();
    const engine = createTieredEngine({ spawnWorker: () => worker, baseUrl: 'ext:/', readDictionary: noDictionary, onSettled: () => {}, pageEngine });
    engine.start();
    worker.emit({ kind: 'settled', status: { japaneseReady: true, dictionaryError: null, dictionaryLoadMs: 1 } });
    const pending = engine.analyze(request, DEFAULT_POLICY);
    worker.crash('out of memory');
    const reply = await pending;
    expect(reply.findings.length).toBeGreaterThan(0);
    expect(reply.dictionaryError).toBe('out of memory');
    expect(worker.terminate).toHaveBeenCalled();
    expect(engine.status()).toMatchObject({ japaneseReady: false, dictionaryError: 'out of memory' });
    await engine.analyze(request, DEFAULT_POLICY);
    expect(made).toHaveBeenCalledOnce();
  });

  it('loads the dictionary on the page itself where no Worker can be spawned', async () => {
    const onSettled = vi.fn();
    const engine = createTieredEngine({
      spawnWorker: () => null, baseUrl: 'ext:/', onSettled,
      readDictionary: extensionDictionaryReader((path) => path, fetchFromNodeModules),
    });
    engine.start();
    expect(engine.status().japaneseReady).toBe(false);
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalled(), { timeout: 20000 });
    expect(engine.status()).toMatchObject({ japaneseReady: true, dictionaryError: null });
    expect((await engine.analyze(request, DEFAULT_POLICY)).japaneseReady).toBe(true);
  });

  it('fetches the data files itself while the worker starts and posts each, its bytes transferred', async () => {
    const worker = fakeWorker();
    const dictionary = new ArrayBuffer(8);
    const read = vi.fn((name: string) => (name === 'dict.nwd' ? Promise.resolve(dictionary) : Promise.reject(new Error(`${name}: HTTP 404`))));
    const engine = createTieredEngine({
      spawnWorker: () => worker, baseUrl: 'ext:/', readDictionary: noDictionary, onSettled: () => {},
      postFiles: { names: ['dict.nwd', 'model.json'], read },
    });
    engine.start();
    expect(worker.posted[0]).toEqual({ kind: 'init', baseUrl: 'ext:/', posted: ['dict.nwd', 'model.json'] });
    expect(read.mock.calls.map(([name]) => name)).toEqual(['dict.nwd', 'model.json']);
    await vi.waitFor(() => expect(worker.posted).toHaveLength(3));
    const files = worker.posted.slice(1);
    expect(files).toContainEqual({ kind: 'file', name: 'dict.nwd', buffer: dictionary });
    expect(files).toContainEqual({ kind: 'file', name: 'model.json', error: 'model.json: HTTP 404' });
    expect(worker.transferred[worker.posted.indexOf(files.find((f) => f.kind === 'file' && f.name === 'dict.nwd')!)]).toEqual([dictionary]);
  });

  it('reports an in-page load failure', async () => {
    const onSettled = vi.fn();
    const engine = createTieredEngine({ spawnWorker: () => null, baseUrl: 'ext:/', onSettled, readDictionary: noDictionary });
    engine.start();
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalled());
    expect(engine.status().dictionaryError).toBe('no dictionary here');
    expect((await engine.analyze(request, DEFAULT_POLICY)).dictionaryError).toBe('no dictionary here');
  });
});

// The engine's Worker (engine-worker-main.ts) behind a fake worker scope: the data files the page posts are the
// ones it loads (it fetches nothing itself then), and a file the page could not fetch is the dictionary error.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { ENGLISH_MODEL_FILE } from '../../../src/engine/analysis/en-model-file';
import { COMPACT_DICTIONARY_FILE } from '../../../src/engine/compact-dictionary';
import { ensureCompactDictionary } from '../../../src/engine/node-dictionary-file';
import { runEngineWorker } from '../../../src/extension/engine-worker-main';
import type { WorkerRequest } from '../../../src/extension/worker-protocol';
import type { WorkerReply } from '../../../src/extension/worker-reply';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

function fakeScope() {
  const replies: WorkerReply[] = [];
  let listener: (event: { data: unknown }) => void = () => {};
  return {
    replies,
    send: (data: WorkerRequest) => listener({ data }),
    scope: {
      postMessage: (m: WorkerReply) => void replies.push(m),
      addEventListener: (_: 'message', l: (event: { data: unknown }) => void) => void (listener = l),
    },
  };
}

const file = async (name: string) => {
  const bytes = await readFile(join(dirname(ensureCompactDictionary()), name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

describe('engine worker', () => {
  it('loads the files the page posts, and fetches none itself', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { replies, send, scope } = fakeScope();
    runEngineWorker(scope);
    send({ kind: 'init', baseUrl: 'chrome-extension://x/', posted: [COMPACT_DICTIONARY_FILE, ENGLISH_MODEL_FILE] });
    send({ kind: 'file', name: ENGLISH_MODEL_FILE, buffer: await file(ENGLISH_MODEL_FILE) });
    send({ kind: 'file', name: COMPACT_DICTIONARY_FILE, buffer: await file(COMPACT_DICTIONARY_FILE) });
    await vi.waitFor(() => expect(replies.find((r) => r.kind === 'settled')).toBeDefined(), { timeout: 20000 });
    expect(replies.find((r) => r.kind === 'settled')).toMatchObject({ status: { japaneseReady: true, dictionaryError: null } });
    send({
      kind: 'analyze', id: 1, policy: DEFAULT_POLICY,
      request: { type: 'analyze', composeId: 'c', client: 'gmail', revision: 1, draft: { subject: '', body: '部長がおっしゃいました。', kind: 'email', context: {} } },
    });
    await vi.waitFor(() => expect(replies.find((r) => r.kind === 'analyzed')).toBeDefined(), { timeout: 20000 });
    const analyzed = replies.find((r) => r.kind === 'analyzed');
    expect(analyzed?.kind === 'analyzed' && analyzed.response.japaneseReady).toBe(true);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  }, 60_000);

  it('a file the page could not fetch is reported as the dictionary error', async () => {
    const { replies, send, scope } = fakeScope();
    runEngineWorker(scope);
    send({ kind: 'init', baseUrl: 'chrome-extension://x/', posted: [COMPACT_DICTIONARY_FILE] });
    send({ kind: 'file', name: COMPACT_DICTIONARY_FILE, error: `${COMPACT_DICTIONARY_FILE}: HTTP 404` });
    await vi.waitFor(() => expect(replies.find((r) => r.kind === 'settled')).toBeDefined(), { timeout: 20000 });
    expect(replies.find((r) => r.kind === 'settled')).toMatchObject({
      status: { japaneseReady: false, dictionaryError: expect.stringContaining(`${COMPACT_DICTIONARY_FILE}: HTTP 404`) },
    });
  }, 60_000);

  it('keeps no posted file once the engine has read it: the English model’s bytes go after the parser is built', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { replies, send, scope } = fakeScope();
    runEngineWorker(scope);
    send({ kind: 'init', baseUrl: 'chrome-extension://x/', posted: [ENGLISH_MODEL_FILE, COMPACT_DICTIONARY_FILE] });
    // Only a weak reference here: what keeps the bytes alive after this is the worker's.
    const bytes = new WeakRef(await file(ENGLISH_MODEL_FILE));
    send({ kind: 'file', name: ENGLISH_MODEL_FILE, buffer: bytes.deref() });
    send({ kind: 'file', name: COMPACT_DICTIONARY_FILE, error: 'not posted in this test' });
    send({
      kind: 'analyze', id: 1, policy: DEFAULT_POLICY,
      request: { type: 'analyze', composeId: 'c', client: 'gmail', revision: 1, draft: { subject: '', body: 'We cannot accept these terms.', kind: 'email', context: { recipient: 'client' } } },
    });
    await vi.waitFor(() => expect(replies.find((r) => r.kind === 'analyzed')).toBeDefined(), { timeout: 20000 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(bytes.deref()).toBeUndefined();
  }, 60_000);
});

// The engine's host analyses again, the moment its dictionary is in, the drafts it answered without it (the
// newest two composes), while "settled" travels to the tabs and their rechecks travel back: the recheck's answer
// is then read from the engine's memos, and it is the answer a host that never answered without the dictionary gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/engine/engine';
import { compactDictionaryPath } from '../../../src/engine/node-dictionary-file';
import { useNodeEnglishModel } from '../../../src/engine/node-english-model';
import { EngineHost } from '../../../src/extension/engine-host';
import type { AnalyzeRequest } from '../../../src/extension/protocol';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

useNodeEnglishModel();
const bytes = readFileSync(compactDictionaryPath());
const dictionary = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A host whose dictionary arrives when `deliver` (or `fail`) is called; `runs` lists the engine's analyses. */
function host() {
  let deliver!: () => void;
  let fail!: () => void;
  const file = new Promise<ArrayBuffer>((resolve, reject) => {
    deliver = () => resolve(dictionary());
    fail = () => reject(new Error('dict: HTTP 404'));
  });
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const h = new EngineHost({ readDictionary: () => file, onSettled: () => settle() });
  const runs: Array<{ body: string; japaneseReady: boolean }> = [];
  const analyze = h.engine.analyzeWithStatus.bind(h.engine);
  h.engine.analyzeWithStatus = (draft, policy): Analysis => {
    const analysis = analyze(draft, policy);
    runs.push({ body: draft.body, japaneseReady: analysis.japaneseReady });
    return analysis;
  };
  return { h, settled, runs, deliver, fail };
}

const request = (composeId: string, body: string): AnalyzeRequest => ({
  type: 'analyze', composeId, client: 'gmail', revision: 1,
  draft: { kind: 'email', subject: 'お見積りの件', body, context: { recipient: 'client' } },
}) as AnalyzeRequest;
const JA = '佐藤様\n\n弊社の部長がおっしゃいましたとおり、来月から価格を見直します。';

describe('drafts answered without the dictionary, analysed again when it is in', () => {
  it('is analysed with Japanese before any recheck arrives, and the recheck answers as a fresh host does', async () => {
    const { h, settled, runs, deliver } = host();
    void h.start();
    const early = await h.analyze(request('c1', JA), DEFAULT_POLICY);
    expect(early.japaneseReady).toBe(false);
    deliver();
    await settled;
    expect(runs).toEqual([{ body: JA, japaneseReady: false }, { body: JA, japaneseReady: true }]);
    const recheck = await h.analyze(request('c1', JA), DEFAULT_POLICY);
    expect(recheck.findings.map((f) => f.ruleId)).toContain('ja.honorific.sonkeigo-for-own-side');

    const fresh = new EngineHost({ readDictionary: async () => dictionary() });
    await fresh.start();
    expect(recheck).toEqual(await fresh.analyze(request('c1', JA), DEFAULT_POLICY));
  });

  it('takes the last draft of the newest two composes, newest first', async () => {
    const { h, settled, runs, deliver } = host();
    void h.start();
    await h.analyze(request('c1', `${JA}\n一つ目`), DEFAULT_POLICY);
    await h.analyze(request('c2', `${JA}\n二つ目`), DEFAULT_POLICY);
    await h.analyze(request('c3', `${JA}\n三つ目`), DEFAULT_POLICY);
    await h.analyze(request('c2', `${JA}\n二つ目、書き直し`), DEFAULT_POLICY);
    runs.length = 0;
    deliver();
    await settled;
    expect(runs).toEqual([
      { body: `${JA}\n二つ目、書き直し`, japaneseReady: true },
      { body: `${JA}\n三つ目`, japaneseReady: true },
    ]);
  });

  it('analyses nothing more when the dictionary fails, or for a draft answered after it is in', async () => {
    const failing = host();
    void failing.h.start();
    await failing.h.analyze(request('c1', JA), DEFAULT_POLICY);
    failing.fail();
    await failing.settled;
    expect(failing.runs).toHaveLength(1);

    const loaded = host();
    void loaded.h.start();
    loaded.deliver();
    await loaded.settled;
    await loaded.h.analyze(request('c1', JA), DEFAULT_POLICY);
    expect(loaded.runs).toEqual([{ body: JA, japaneseReady: true }]);
  });
});

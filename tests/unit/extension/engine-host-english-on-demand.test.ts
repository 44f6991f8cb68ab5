// The engine worker's host builds wink's English parser when the first sentence that needs it is analysed, and not
// ahead of it: not on "settled", not after the first Japanese answer, not on a timer. Built ahead (round 30: right
// after the first Japanese answer), its garbage was the extension's memory in the seconds after the analyzer was
// ready, for a parser a Japanese compose never uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEnglishModel, type EnglishModelData } from '../../../src/engine/analysis/en-model-file';
import { compactDictionaryPath } from '../../../src/engine/node-dictionary-file';
import { ensureEnglishModelFile } from '../../../src/engine/node-english-model-file';
import { EngineHost } from '../../../src/extension/engine-host';
import type { AnalyzeRequest } from '../../../src/extension/protocol';
import { DEFAULT_POLICY } from '../../../src/policy/schema';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A host over the packaged files; `built()` says whether wink's parser was made (its core part read). */
function host() {
  let built = false;
  const data = parseEnglishModel(readFileSync(ensureEnglishModelFile()));
  const watched = new Proxy(data, {
    get(target, key, receiver) {
      if (key === 'core') built = true;
      return Reflect.get(target, key, receiver);
    },
  }) as EnglishModelData;
  const bytes = readFileSync(compactDictionaryPath());
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const h = new EngineHost({
    readDictionary: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    readEnglishModel: async () => () => watched,
    onSettled: () => settle(),
  });
  return { h, settled, built: () => built };
}

const request = (body: string): AnalyzeRequest => ({
  type: 'analyze', composeId: 'c1', client: 'gmail', revision: 1,
  draft: { kind: 'email', subject: 'お見積りの件', body, context: { recipient: 'client' } },
}) as AnalyzeRequest;

describe('the English parser, built by the first sentence that needs it', () => {
  it('is not built on "settled", nor by a Japanese answer, nor a while after them', async () => {
    const { h, settled, built } = host();
    void h.start();
    await settled;
    await sleep(20);
    expect(built()).toBe(false);
    const answer = await h.analyze(request('佐藤様\n\n弊社の部長がおっしゃいましたとおり、来月から価格を見直します。'), DEFAULT_POLICY);
    expect(answer.japaneseReady).toBe(true);
    expect(answer.findings.map((f) => f.ruleId)).toContain('ja.honorific.sonkeigo-for-own-side');
    // Round 30's host built it 0 ms after this answer, or 1.5 s after "settled" with no request.
    await sleep(1700);
    expect(built()).toBe(false);
  });

  it('an English sentence builds it for its own answer', async () => {
    const { h, settled, built } = host();
    void h.start();
    await settled;
    // Built inside the analysis: its findings need the parse.
    await h.analyze(request("Unfortunately we can't accept the revised terms, and that's out of scope."), DEFAULT_POLICY);
    expect(built()).toBe(true);
  });

  it('an English line in a Japanese draft builds it, and the answer is the one a built parser gives', async () => {
    const body = "佐藤様\n\n来月から価格を見直します。\n\nNo, that's out of scope.";
    const lazy = host();
    void lazy.h.start();
    await lazy.settled;
    await lazy.h.analyze(request('いつもお世話になっております。'), DEFAULT_POLICY);
    expect(lazy.built()).toBe(false);
    const first = await lazy.h.analyze(request(body), DEFAULT_POLICY);
    expect(lazy.built()).toBe(true);
    const again = await lazy.h.analyze({ ...request(body), revision: 2 }, DEFAULT_POLICY);
    expect(first.findings).toEqual(again.findings);
    expect(first.findings.map((f) => f.ruleId)).toContain('en.blunt-refusal.out-of-scope');
  });
});

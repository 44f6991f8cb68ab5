// The engine worker's host builds wink's English parser after the first answer given with the Japanese dictionary
// in, not between "settled" and the recheck every open compose sends on it (a Japanese draft's first finding does
// not wait for an English parser it does not use), and on its own a while after readiness when no request comes.
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

describe('the English parser after the first Japanese answer', () => {
  it('is not built on "settled"; the first answer with the dictionary goes first, then the parser', async () => {
    const { h, settled, built } = host();
    void h.start();
    await settled;
    await sleep(20);
    expect(built()).toBe(false);
    const answer = await h.analyze(request('佐藤様\n\n弊社の部長がおっしゃいましたとおり、来月から価格を見直します。'), DEFAULT_POLICY);
    expect(answer.japaneseReady).toBe(true);
    expect(answer.findings.map((f) => f.ruleId)).toContain('ja.honorific.sonkeigo-for-own-side');
    expect(built()).toBe(false);
    await sleep(20);
    expect(built()).toBe(true);
  });

  it('is built a while after readiness when no request comes', async () => {
    const { h, settled, built } = host();
    void h.start();
    await settled;
    await sleep(200);
    expect(built()).toBe(false);
    await sleep(1600);
    expect(built()).toBe(true);
  });

  it('an English sentence before then builds it for its own answer', async () => {
    const { h, settled, built } = host();
    void h.start();
    await settled;
    // Built inside the analysis: no timer has run when its answer comes back.
    await h.analyze(request("Unfortunately we can't accept the revised terms, and that's out of scope."), DEFAULT_POLICY);
    expect(built()).toBe(true);
  });
});

// wink-nlp's English model comes from a data file (src/engine/analysis/en-model.ts) instead of the package's
// own `require`d JSON: the same model object, the same tags, and in the extension one fetch before the first
// analysis, with a notice (not a crash) when the file cannot be had. The file is laid out for loading
// (en-model-file.ts: a header line, the packed arrays as bytes, a part's machines decoded only when it runs).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import winkNLP, { type Model } from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { winkModelFromData } from '../../../src/engine/analysis/en-model';
import { ENGLISH_MODEL_FILE, ENGLISH_MODEL_PARTS, MACHINE_PARTS, parseEnglishModel } from '../../../src/engine/analysis/en-model-file';
import { tokenize } from '../../../src/engine/analysis/en-parse';
import { useNodeEnglishModel } from '../../../src/engine/node-english-model';
import { buildEnglishModelFile, ensureEnglishModelFile } from '../../../src/engine/node-english-model-file';
import { englishModelReader, extensionDictionaryReader } from '../../../src/extension/dictionary-loader';
import { EngineHost } from '../../../src/extension/engine-host';
import { DEFAULT_POLICY } from '../../../src/policy/schema';
import type { AnalyzeRequest } from '../../../src/extension/protocol';

const fromFile = () => parseEnglishModel(readFileSync(ensureEnglishModelFile()));

const SENTENCES = [
  "Unfortunately we can't accept the revised terms, and that's out of scope.",
  "I'm afraid the price will rise by 12% from April; we'd like to visit you to explain.",
  'Could you let us know whether Tuesday at 3 pm works for Mr. Tanaka and his team?',
  'No. We wont discount it further — please reply by Friday or the offer expires.',
  'Kenji-san, thank you for your time yesterday!!!! Best regards, Sarah (Acme Ltd.)',
];

const request: AnalyzeRequest = {
  type: 'analyze', composeId: 'c', client: 'gmail', revision: 1,
  // A refusal found through the parse (a negated modal and its verb), not a phrase.
  draft: { subject: '', body: 'We cannot accept these terms.', kind: 'email', context: { recipient: 'client' } },
};

afterEach(() => useNodeEnglishModel());

describe('the English model as a data file', () => {
  it('holds every part of the installed package, unchanged', () => {
    const data = fromFile();
    const dir = 'node_modules/wink-eng-lite-web-model/dist/languages/cur/models';
    const shipped = (part: keyof typeof ENGLISH_MODEL_PARTS) => JSON.parse(readFileSync(`${dir}/${ENGLISH_MODEL_PARTS[part]}`, 'utf8'));
    for (const part of MACHINE_PARTS) {
      expect(data.machines[part]!.count, part).toBe(shipped(part).length);
      expect(data.machines[part]!.read(), part).toEqual(shipped(part));
    }
    expect(data.cerMeta).toEqual(shipped('cerMeta'));
    // The core as shipped, its base64 packed arrays as the 32-bit words they encode (wink's read-core-model.js).
    const core = shipped('core');
    const words = (base64: string) => new Uint32Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
    // The lexeme list is one string with offsets (lexeme-list.ts): compared by what it reads as.
    const { list, ...lexeme } = core.features.lexeme;
    const ourLexeme = (data.core.features as { lexeme: { list: string[] } }).lexeme;
    expect(ourLexeme.list.length).toBe(list.length);
    expect(Array.from(ourLexeme.list)).toEqual(list);
    const withoutList = (c: { features: { lexeme: { list?: unknown } } }) => ({ ...c, features: { ...c.features, lexeme: { ...c.features.lexeme, list: undefined } } });
    expect(withoutList(data.core as never)).toEqual(withoutList({ ...core, lexicon: words(core.lexicon), xpansions: words(core.xpansions), features: { ...core.features, lexeme: { ...lexeme, list } } }));
    expect(data.core.lexicon).toBeInstanceOf(Uint32Array);
    expect(data.version).toMatch(/^wink-eng-lite-web-model@\d/);
  });

  it('keeps nothing of the file: the packed arrays are copies, a part is decoded once', () => {
    const bytes = new Uint8Array(buildEnglishModelFile());
    const data = parseEnglishModel(bytes);
    expect((data.core.lexicon as Uint32Array).buffer).not.toBe(bytes.buffer);
    expect((data.core.xpansions as Uint32Array).buffer).not.toBe(bytes.buffer);
    const pos = data.machines.pos!;
    expect(pos.read()).toHaveLength(pos.count);
    expect(() => pos.read()).toThrow('read already');
  });

  it("builds the package's own model object from it", () => {
    const ours = winkModelFromData(fromFile()) as unknown as Record<string, () => unknown>;
    const theirs = packageModel as unknown as Record<string, () => unknown>;
    for (const part of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER']) {
      expect(ours[part]!(), part).toEqual(theirs[part]!());
    }
    // The core: the same, but for the lexeme hash, which is a compact index (lexeme-index.ts) answering the same.
    type Core = { features: { lexeme: { list: string[]; hash: Record<string, number> } } };
    const ourCore = ours.core!() as Core;
    const theirCore = theirs.core!() as Core;
    const ourHash = ourCore.features.lexeme.hash;
    const theirHash = theirCore.features.lexeme.hash;
    for (const text of [...theirCore.features.lexeme.list, 'nemawashi', 'constructor', '__proto__', '', 'Tuesday', 'TUESDAY']) {
      expect(ourHash[text], text).toBe(theirHash[text]);
    }
    ourHash.nemawashi = 90000;
    expect(ourHash.nemawashi).toBe(90000);
    (ourCore.features.lexeme as Partial<Core['features']['lexeme']>).hash = undefined;
    (theirCore.features.lexeme as Partial<Core['features']['lexeme']>).hash = undefined;
    // The list: one string with offsets (lexeme-list.ts), the same texts and the same push as wink's array.
    expect(Array.from(ourCore.features.lexeme.list)).toEqual(theirCore.features.lexeme.list);
    (ourCore.features.lexeme as Partial<Core['features']['lexeme']>).list = undefined;
    (theirCore.features.lexeme as Partial<Core['features']['lexeme']>).list = undefined;
    expect(ourCore).toEqual(theirCore);
    expect(ours.featureFn).toBe(theirs.featureFn);
    expect(Object.keys(ours.addons!)).toEqual(Object.keys(theirs.addons!));
  });

  it('tags every sentence exactly as the packaged model does', () => {
    const columns = (model: Model, text: string) => {
      const nlp = winkNLP(model, ['pos']);
      const doc = nlp.readDoc(text);
      return [nlp.its.value, nlp.its.pos, nlp.its.lemma].map((its) => doc.tokens().out(its as never));
    };
    for (const s of SENTENCES) expect(columns(winkModelFromData(fromFile()), s)).toEqual(columns(packageModel as Model, s));
  });

  it('tags the same with only the pipe\'s machines loaded (the engine\'s parser: the rest is left out of memory)', () => {
    const columns = (model: Model, text: string) => {
      const nlp = winkNLP(model, ['pos']);
      const doc = nlp.readDoc(text);
      return [nlp.its.value, nlp.its.pos, nlp.its.lemma].map((its) => doc.tokens().out(its as never));
    };
    const data = fromFile();
    const sentiment = data.machines.sa!;
    let decoded = 0;
    const read = sentiment.read.bind(sentiment);
    sentiment.read = () => (decoded++, read());
    const model = winkModelFromData(data, ['pos']) as unknown as Record<string, () => { machines: unknown }>;
    for (const s of SENTENCES) expect(columns(winkModelFromData(fromFile(), ['pos']), s)).toEqual(columns(packageModel as Model, s));
    // The sentiment machines are an empty machine, their text never decoded; the part is let go of once handed over.
    expect(model.sa!().machines).toEqual(['[100,0,{"0":{}},{},{},{}]']);
    expect(decoded).toBe(0);
    expect(model.pos!().machines).toHaveLength(2);
    expect(data.machines.sa).toBeUndefined();
    expect(data.machines.pos).toBeUndefined();
  });

  it('names a file that is not the model, or lacks a part', () => {
    const file = buildEnglishModelFile();
    const newline = file.indexOf(10);
    const header = JSON.parse(file.subarray(0, newline).toString('latin1'));
    const withHeader = (h: object, body = file.subarray(newline + 1)) => Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`), body]);
    expect(() => parseEnglishModel(withHeader({ ...header, machineCounts: { ...header.machineCounts, sbd: undefined } }))).toThrow(`${ENGLISH_MODEL_FILE}: no "sbd" part`);
    expect(() => parseEnglishModel(withHeader(header, file.subarray(newline + 1, file.length - 10)))).toThrow(`${ENGLISH_MODEL_FILE}: no "sa" part`);
    expect(() => parseEnglishModel(withHeader({ ...header, core: undefined }))).toThrow(`${ENGLISH_MODEL_FILE}: no "core" part`);
    expect(() => parseEnglishModel(new TextEncoder().encode('{"version":"x","core":{}}'))).toThrow('not an English model file');
    expect(() => parseEnglishModel(new TextEncoder().encode('[1]\n'))).toThrow('not an English model file');
    // The form before round 29 (the whole model as one JSON text) is refused, not misread.
    expect(() => parseEnglishModel(new TextEncoder().encode('{"version":"wink-eng-lite-web-model@1.8.1+ascii","core":{"features":{}}}'))).toThrow('not an English model file');
  });
});

describe('the engine host in the extension', () => {
  it('fetches the model once from the extension, and its first answer waits for it', async () => {
    const urls: string[] = [];
    const fetchFile = (async (url: string) => {
      urls.push(url);
      return new Response(readFileSync(ensureEnglishModelFile()));
    }) as unknown as typeof fetch;
    const read = extensionDictionaryReader((path) => `ext:${path}`, fetchFile);
    const host = new EngineHost({ readDictionary: () => Promise.reject(new Error('no dictionary here')), readEnglishModel: englishModelReader(read) });
    const answers = await Promise.all([host.analyze(request, DEFAULT_POLICY), host.analyze(request, DEFAULT_POLICY)]);
    expect(urls).toEqual([`ext:/dict/${ENGLISH_MODEL_FILE}`]);
    expect(answers[0]!.findings.map((f) => f.ruleId)).toContain('en.blunt-refusal.flat-no');
    expect(answers[1]).toEqual(answers[0]);
    expect(tokenize("We can't.").map((t) => t.pos)).toEqual(['PRON', 'AUX', 'PART', 'PUNCT']);
  });

  it('parses the file only when the English parser is built, not when it is fetched', async () => {
    let parsed = 0;
    const bytes = readFileSync(ensureEnglishModelFile());
    const read = englishModelReader(async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const host = new EngineHost({
      readDictionary: () => Promise.reject(new Error('no dictionary here')),
      readEnglishModel: async () => {
        const parse = await read();
        return () => (parsed++, parse());
      },
    });
    // No English sentence: the model is read, its JSON left as bytes.
    await host.analyze({ ...request, draft: { ...request.draft, body: '佐藤様\n\nよろしくお願いいたします。' } }, DEFAULT_POLICY);
    expect(parsed).toBe(0);
    const answer = await host.analyze(request, DEFAULT_POLICY);
    expect(parsed).toBe(1);
    expect(answer.findings.map((f) => f.ruleId)).toContain('en.blunt-refusal.flat-no');
  });

  it('a file that is not the model: answers without the English parse and says why, when it is first needed', async () => {
    const host = new EngineHost({
      readDictionary: () => Promise.reject(new Error('no dictionary here')),
      readEnglishModel: englishModelReader(async () => new TextEncoder().encode('{"version":"x","core":{}}').buffer as ArrayBuffer),
    });
    const answer = await host.analyze(request, DEFAULT_POLICY);
    expect(answer.dictionaryError).toContain(`English model: ${ENGLISH_MODEL_FILE}: not an English model file`);
    expect(answer.findings.map((f) => f.ruleId)).not.toContain('en.blunt-refusal.flat-no');
    expect(tokenize("We can't.")).toEqual([]);
  });

  it('without the file: answers without the English parse and says why', async () => {
    const host = new EngineHost({
      readDictionary: () => Promise.reject(new Error('no dictionary here')),
      readEnglishModel: () => Promise.reject(new Error(`${ENGLISH_MODEL_FILE}: HTTP 404`)),
    });
    const answer = await host.analyze(request, DEFAULT_POLICY);
    expect(answer.dictionaryError).toContain(`English model: ${ENGLISH_MODEL_FILE}: HTTP 404`);
    expect(answer.findings.map((f) => f.ruleId)).not.toContain('en.blunt-refusal.flat-no');
    expect(tokenize("We can't.")).toEqual([]);
  });
});

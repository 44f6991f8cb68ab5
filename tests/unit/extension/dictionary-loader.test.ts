import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kuromojiDictionaryDir, loadNodeTokenizer } from '../../../src/engine/node-dictionary';
import { buildTokenizer, DICTIONARY_FILES } from '../../../src/engine/tokenizer';
import { extensionDictionaryReader } from '../../../src/extension/dictionary-loader';

const SAMPLES = [
  '恐れ入りますが、ご要望の件は今回の範囲外となるため、いたしかねます。',
  '了解しました。御社のご提案につきましては、社内で検討のうえ改めてご連絡いたします。',
  '来週の打ち合わせですが、弊社からは営業部長の佐藤と担当の田中が伺います。',
  'ｱｲｳｴｵ ＡＢＣ 123 😀 未知語ﾃｽﾄ、ヴェルヌーイ株式会社の見積書を拝受しました。',
];

/** A fetch that serves kuromoji's files from node_modules, gzipped as the extension stores them. */
const fetchFromNodeModules = (async (url: string) => {
  const name = url.split('/').pop()!;
  try {
    return new Response(await readFile(join(kuromojiDictionaryDir(), name)));
  } catch {
    return new Response(null, { status: 404 });
  }
}) as unknown as typeof fetch;

describe('extension dictionary loader', () => {
  it('tokenizes exactly like the dictionary read from node_modules', async () => {
    const reference = await loadNodeTokenizer();
    const fetched = await buildTokenizer(extensionDictionaryReader((p) => `ext:${p}`, fetchFromNodeModules));
    for (const text of SAMPLES) expect(fetched.tokenize(text)).toEqual(reference.tokenize(text));
  });

  it('shrinks padded files in place where ArrayBuffer.transfer exists, with the same tokens', async () => {
    const proto = ArrayBuffer.prototype as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
    const native = proto.transfer;
    // Node 20 has no ArrayBuffer.prototype.transfer (Chrome 114+ and Firefox 122+ do): stand in for it.
    if (!native) Object.defineProperty(proto, 'transfer', { configurable: true, value(this: ArrayBuffer, n: number) { return this.slice(0, n); } });
    try {
      const read = extensionDictionaryReader((p) => `ext:${p}`, fetchFromNodeModules);
      expect((await read('unk.dat.gz')).byteLength).toBeLessThan(4096);
      expect((await read('cc.dat.gz')).byteLength).toBe(3463716);
      const reference = await loadNodeTokenizer();
      const shrunk = await buildTokenizer(extensionDictionaryReader((p) => `ext:${p}`, fetchFromNodeModules));
      for (const text of SAMPLES) expect(shrunk.tokenize(text)).toEqual(reference.tokenize(text));
    } finally {
      if (!native) delete (proto as { transfer?: unknown }).transfer;
    }
  });

  it('accepts files a server already decompressed', async () => {
    const raw = new Uint8Array([7, 0, 0, 0]);
    const read = extensionDictionaryReader((p) => p, (async () => new Response(raw)) as unknown as typeof fetch);
    expect(new Uint8Array(await read('cc.dat.gz'))).toEqual(raw);
    const gz = extensionDictionaryReader((p) => p, (async () => new Response(gzipSync(raw))) as unknown as typeof fetch);
    expect(new Uint8Array(await gz('cc.dat.gz'))).toEqual(raw);
  });

  it('names the missing file when one cannot be fetched', async () => {
    const missing = (async () => new Response(null, { status: 404 })) as unknown as typeof fetch;
    await expect(buildTokenizer(extensionDictionaryReader((p) => p, missing))).rejects.toThrow(/dat\.gz: HTTP 404/);
    expect(DICTIONARY_FILES).toHaveLength(12);
  });
});

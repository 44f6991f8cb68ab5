// The extension loads the same compact dictionary file Node builds and reads: one fetch, views, same tokens.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPACT_DICTIONARY_FILE, readCompactDictionary } from '../../../src/engine/compact-dictionary';
import { loadNodeTokenizer } from '../../../src/engine/node-dictionary';
import { ensureCompactDictionary } from '../../../src/engine/node-dictionary-file';
import { buildTokenizer, DICTIONARY_FILES } from '../../../src/engine/tokenizer';
import { extensionDictionaryReader } from '../../../src/extension/dictionary-loader';

const SAMPLES = [
  '恐れ入りますが、ご要望の件は今回の範囲外となるため、いたしかねます。',
  '了解しました。御社のご提案につきましては、社内で検討のうえ改めてご連絡いたします。',
  '来週の打ち合わせですが、弊社からは営業部長の佐藤と担当の田中が伺います。',
  'ｱｲｳｴｵ ＡＢＣ 123 😀 未知語ﾃｽﾄ、ヴェルヌーイ株式会社の見積書を拝受しました。',
];

/** A fetch that serves the built file under the extension's path, and counts requests. */
function servingBuiltFile() {
  const urls: string[] = [];
  const fetchFile = (async (url: string) => {
    urls.push(url);
    if (url !== `ext:/dict/${COMPACT_DICTIONARY_FILE}`) return new Response(null, { status: 404 });
    return new Response(await readFile(ensureCompactDictionary()));
  }) as unknown as typeof fetch;
  return { urls, fetchFile };
}

describe('extension dictionary loader', () => {
  it('makes one request and tokenizes exactly like the file read in Node', async () => {
    const { urls, fetchFile } = servingBuiltFile();
    const reference = await loadNodeTokenizer();
    const fetched = await buildTokenizer(extensionDictionaryReader((p) => `ext:${p}`, fetchFile));
    expect(urls).toEqual([`ext:/dict/${COMPACT_DICTIONARY_FILE}`]);
    for (const text of SAMPLES) expect(fetched.tokenize(text)).toEqual(reference.tokenize(text));
  });

  it('uses the fetched bytes in place: every section is a view of the one buffer', async () => {
    const { fetchFile } = servingBuiltFile();
    const buffer = await extensionDictionaryReader((p) => `ext:${p}`, fetchFile)(COMPACT_DICTIONARY_FILE);
    const dict = readCompactDictionary(buffer);
    for (const view of [dict.base, dict.check, dict.contextId, dict.records, dict.connectionCosts, dict.recordIndex]) {
      expect(view.buffer).toBe(buffer);
    }
  });

  it('names the file when it cannot be fetched or is empty', async () => {
    const missing = (async () => new Response(null, { status: 404 })) as unknown as typeof fetch;
    await expect(buildTokenizer(extensionDictionaryReader((p) => p, missing))).rejects.toThrow(/ipadic-v\d+\.nwd: HTTP 404/);
    const empty = (async () => new Response(new Uint8Array(0))) as unknown as typeof fetch;
    await expect(buildTokenizer(extensionDictionaryReader((p) => p, empty))).rejects.toThrow(/ipadic-v\d+\.nwd: empty file/);
    expect(DICTIONARY_FILES).toEqual([COMPACT_DICTIONARY_FILE]);
    expect(basename(ensureCompactDictionary())).toBe(COMPACT_DICTIONARY_FILE);
  });
});

// The compact tokenizer (src/engine/kuromoji-compact.ts over the dictionary built at build time,
// src/engine/compact-dictionary*.ts) must produce exactly what stock kuromoji 0.1.2 produces, token for
// token, on varied text: it changes how the dictionary is held, never the analysis.
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchTexts } from '../../../bench/texts';
import { LAST_OF_SURFACE, RECORD_STEP, readCompactDictionary } from '../../../src/engine/compact-dictionary';
import { kuromojiDictionaryDir, loadNodeTokenizer } from '../../../src/engine/node-dictionary';
import { readCompactDictionaryFile } from '../../../src/engine/node-dictionary-file';
import { compactTargetMap, trieLength } from '../../../src/engine/compact-dictionary-build';
import { KnownFeatures } from '../../../src/engine/kuromoji-compact';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import type { Token } from '../../../src/engine/types';

let ours: JapaneseTokenizer;
let stock: kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

beforeAll(async () => {
  ours = await loadNodeTokenizer();
  stock = await new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: kuromojiDictionaryDir() }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
});

/** What the engine made of stock kuromoji's tokens before the compact tokenizer existed. */
function reference(text: string, offset = 0): Token[] {
  let pos = offset;
  return stock.tokenize(text).map((t) => {
    const start = pos;
    pos += t.surface_form.length;
    return {
      surface: t.surface_form, pos: t.pos, pos1: t.pos_detail_1, pos2: t.pos_detail_2, pos3: t.pos_detail_3,
      cType: t.conjugated_type, cForm: t.conjugated_form, base: t.basic_form === '*' ? t.surface_form : t.basic_form,
      reading: t.reading ?? '', start, end: pos,
    };
  });
}

const FIXED = [
  '',
  'いつも大変お世話になっております。株式会社ミナト精工の佐藤でございます。',
  '恐れ入りますが、ご検討の結果を今月末までにお知らせいただけますと幸いです',
  'ラテン・アメリカ・スモーラー・カンパニーズ・ファンドについて',
  'ｶﾀｶﾅの半角とＡＢＣ全角、123と４５６、3.14と1,000,000円',
  'Thank you for your message. We would be glad to visit your plant on May 7.',
  '日時：2026年3月20日（金）15:00〜16:00 / Friday, March 20, 2026',
  '絵文字😀を含む文🎉と𠮷野家（サロゲートペア）',
  '　全角スペース\tタブ\n改行\r\nと空白   の連続',
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'.repeat(4),
  'Ａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａ',
  '「了解です！」と言われても困ります……。ええ、本当に？',
  '一二三四五六七八九十百千万億兆の漢数字と〇〇様、〒100-0001 東京都千代田区',
  'https://example.com/path?q=1&r=2 と mail@example.co.jp へ',
];

describe('compact tokenizer = stock kuromoji', () => {
  it.each(FIXED.map((t, i) => [i, t] as const))('fixed text %i', (_i, text) => {
    expect(ours.tokenize(text)).toEqual(reference(text));
  });

  it('the benchmark drafts, with an offset', () => {
    // Stock kuromoji is quadratic in the length between two 、/。 (it re-encodes the rest of the piece at every
    // character), so long English and mixed drafts would take minutes here: those stop at 2 KB.
    for (const t of benchTexts().filter((x) => x.kb <= 2 || x.mix === 'ja')) {
      expect(ours.tokenize(t.text, 7), `${t.mix} ${t.kb} KB`).toEqual(reference(t.text, 7));
    }
  });

  it('a long sentence with no punctuation to split at', () => {
    const text = 'ご依頼いただきました制御ユニットのお見積りにつきまして本日付で添付のとおりお送りいたします'.repeat(12);
    expect(ours.tokenize(text)).toEqual(reference(text));
  });

  it('random strings from the scripts mail mixes', () => {
    const pieces = ['お世話に', 'なって', 'おります', '。', '、', '株式会社', 'カタカナ', 'ｶﾀｶﾅ', 'abc', ' ', 'ABC', '123', '１２３',
      '漢字', '貴社', '😀', '𠮷', '！', '?', '\n', '・', 'ー', '〜', '（', '）', 'ヴ', 'ゐ', '々', '〆'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(ours.tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 300, seed: 20251201 },
    );
  });
});

describe('compact features', () => {
  it('give every entry of IPADIC the same fields, ids and cost as kuromoji\'s own files', () => {
    const read = (name: string) => new Uint8Array(gunzipSync(readFileSync(join(kuromojiDictionaryDir(), name))));
    const tid = read('tid.dat.gz');
    const raw = read('tid_pos.dat.gz');
    const dict = readCompactDictionary(readCompactDictionaryFile());
    const known = new KnownFeatures(dict.recordIndex, RECORD_STEP, dict.records, dict.tuples);
    const view = new DataView(tid.buffer, tid.byteOffset, tid.byteLength);
    const decoder = new TextDecoder();
    // Entries are numbered in the order the surfaces list them: entry k is kuromoji's token id values[k].
    const targets = compactTargetMap(read('tid_map.dat.gz'));
    const entries = dict.contextId.length;
    expect(entries).toBe(392126);
    expect(targets.values.length).toBe(entries);
    for (let k = 0; k < entries; k++) {
      const id = targets.values[k]!;
      const at = view.getInt32(id + 6, true);
      const fields = decoder.decode(raw.subarray(at, raw.indexOf(0, at))).split(',');
      // The surface is the matched text (passed in); fields 1–8 come from the dictionary.
      const got = known.features(k, fields[0]!);
      if (got.join(',') !== fields.slice(0, 9).join(',')) expect(got, `entry ${k}`).toEqual(fields.slice(0, 9));
      const context = dict.contextId[k]! & (LAST_OF_SURFACE - 1);
      if (context !== view.getInt16(id, true) || context !== view.getInt16(id + 2, true)
        || dict.wordCost[k] !== view.getInt16(id + 4, true)) expect.fail(`entry ${k}: ids or cost differ from tid.dat`);
    }
    // 392,126 entries: ~2 s on a quiet machine, many times that on the shared 2-core CI box.
  }, 300_000);

  it('hold kuromoji\'s surface → entries map in the trie leaves and the last-of-surface marks', () => {
    const read = (name: string) => new Uint8Array(gunzipSync(readFileSync(join(kuromojiDictionaryDir(), name))));
    const int32 = (bytes: Uint8Array) => new Int32Array(bytes.slice().buffer, 0, bytes.byteLength >> 2);
    const base = int32(read('base.dat.gz'));
    const check = int32(read('check.dat.gz'));
    const { offsets } = compactTargetMap(read('tid_map.dat.gz'));
    const dict = readCompactDictionary(readCompactDictionaryFile());
    const int24 = (bytes: Uint8Array, i: number) => ((bytes[3 * i]! | (bytes[3 * i + 1]! << 8) | (bytes[3 * i + 2]! << 16)) << 8) >> 8;
    const used = trieLength(base, check);
    expect(dict.base.length).toBe(3 * used);
    let leaves = 0;
    for (let i = 0; i < used; i++) {
      if (int24(dict.check, i) !== check[i]) expect.fail(`check[${i}] differs`);
      const leaf = i > 0 && check[i]! >= 0 && base[check[i]!] === i;
      // A leaf names its surface's first entry (-e-1) where kuromoji's names the surface (-s-1); all else is as is.
      const want = leaf ? -offsets[-base[i]! - 1]! - 1 : base[i];
      if (int24(dict.base, i) !== want) expect.fail(`base[${i}]: ${int24(dict.base, i)}, expected ${want}`);
      if (leaf) leaves++;
    }
    expect(leaves).toBe(325871);
    const last = new Set<number>();
    for (let s = 0; s + 1 < offsets.length; s++) if (offsets[s + 1]! > offsets[s]!) last.add(offsets[s + 1]! - 1);
    for (let k = 0; k < dict.contextId.length; k++) {
      if ((dict.contextId[k]! < 0) !== last.has(k)) expect.fail(`entry ${k}: last-of-surface mark is wrong`);
    }
  }, 300_000);
});

describe('the dictionary fits the compact trie walk', () => {
  it('every surface in IPADIC is well-formed text (no lone surrogates), so walking characters equals walking bytes', () => {
    const pos = gunzipSync(readFileSync(join(kuromojiDictionaryDir(), 'tid_pos.dat.gz')));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(pos.subarray(0, pos.lastIndexOf(0, pos.length - 1)));
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

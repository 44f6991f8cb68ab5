// The compact tokenizer (src/engine/kuromoji-compact.ts) must produce exactly what stock kuromoji 0.1.2
// produces, token for token, on varied text: it changes how the dictionary is held, never the analysis.
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchTexts } from '../../../bench/texts';
import { kuromojiDictionaryDir, loadNodeTokenizer } from '../../../src/engine/node-dictionary';
import { KnownFeatures } from '../../../src/engine/kuromoji-compact';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import type { Token } from '../../../src/engine/types';

let ours: JapaneseTokenizer;
let stock: kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
/** Tokens of the fixed texts taken right after loading, before the features were compacted. */
let beforeCompaction: Token[][];

beforeAll(async () => {
  ours = await loadNodeTokenizer();
  beforeCompaction = FIXED.map((t) => ours.tokenize(t));
  await ours.compacted;
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
  it.each(FIXED.map((t, i) => [i, t] as const))('fixed text %i, before and after compaction', (i, text) => {
    expect(beforeCompaction[i]).toEqual(reference(text));
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

describe('where ArrayBuffer.prototype.transfer exists (Chromium)', () => {
  it('files shrunk in place leave no code reading a detached buffer, and the tokens are the same', async () => {
    const proto = ArrayBuffer.prototype as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
    const had = Object.getOwnPropertyDescriptor(proto, 'transfer');
    let calls = 0;
    // Node 20 has no transfer: this one copies and then detaches the original, as the real one does.
    Object.defineProperty(proto, 'transfer', {
      configurable: true,
      value(this: ArrayBuffer, length: number) {
        calls++;
        const moved = this.slice(0, length);
        structuredClone(this, { transfer: [this] });
        return moved;
      },
    });
    try {
      const inPlace = await loadNodeTokenizer();
      await inPlace.compacted;
      expect(calls).toBeGreaterThanOrEqual(5);
      for (const text of FIXED) expect(inPlace.tokenize(text)).toEqual(reference(text));
    } finally {
      if (had) Object.defineProperty(proto, 'transfer', had);
      else Reflect.deleteProperty(proto, 'transfer');
    }
  });
});

describe('compact features', () => {
  it('give every entry the same fields as the raw strings, in a quarter of the bytes', async () => {
    const read = (name: string) => new Uint8Array(gunzipSync(readFileSync(join(kuromojiDictionaryDir(), name))));
    const tid = read('tid.dat.gz');
    // A pause that never ends keeps this one on the raw strings for good.
    const raw = new KnownFeatures(tid.slice(), read('tid_pos.dat.gz'), () => new Promise(() => undefined));
    const compact = new KnownFeatures(tid.slice(), read('tid_pos.dat.gz'), () => Promise.resolve());
    const rawBytes = raw.byteLength;
    await compact.compacted;
    expect(compact.byteLength).toBeLessThan(rawBytes / 3);
    expect(raw.byteLength).toBe(rawBytes);
    let checked = 0;
    for (let id = 0; id + 10 <= 3921260; id += 10 * 97) {
      const fields = raw.features(id, '');
      // The surface is the matched text (passed in); fields 1–8 come from the dictionary.
      expect(compact.features(id, fields[0]!)).toEqual(fields.slice(0, 9));
      checked++;
    }
    expect(checked).toBeGreaterThan(4000);
  });
});

describe('the dictionary fits the compact trie walk', () => {
  it('every surface in IPADIC is well-formed text (no lone surrogates), so walking characters equals walking bytes', () => {
    const pos = gunzipSync(readFileSync(join(kuromojiDictionaryDir(), 'tid_pos.dat.gz')));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(pos.subarray(0, pos.lastIndexOf(0, pos.length - 1)));
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

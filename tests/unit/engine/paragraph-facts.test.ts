// The refusal rules ask, for a sentence that reads as news, whether its paragraph above names the client's
// request (src/rules/ja/lib/request-context.ts, unsoftened-refusal.ts). Testing the request words on
// ctx.paragraphBefore(s) for every such sentence scanned the paragraph once per sentence: n² in one giant
// paragraph. ctx.paragraphHas(s, pattern) answers the same question from the paragraph's first match, read once per
// parse. Growth is checked by counting the characters the request patterns are run over, never by timing.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JA_THEIR_REQUEST, JA_THEIR_WISH } from '../../../src/engine/analysis/asked';
import { Engine, paragraphBefore, paragraphMatchEnd } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { FieldParser } from '../../../src/engine/parse';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { RULES } from '../../../src/rules';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

const context = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const NEWS = ['来月から製品A{i}の出荷は不可となります。', '旧価格{i}円での販売は継続できません。', '型番K-{i}は今月はご用意できません。', '第{i}工場の操業は停止となります。'];

/** One paragraph of `n` news sentences, one per line, no blank line and no request named. */
const giantParagraph = (n: number) =>
  `佐藤様\n\nいつもお世話になっております。\n\n${Array.from({ length: n }, (_, i) => NEWS[i % NEWS.length]!.replace('{i}', String(i + 1))).join('\n')}\n\nよろしくお願いいたします。`;

/** Characters the request patterns are run over (RegExp test/exec on them), during `run`. */
function scanned(run: () => void): number {
  const { test, exec } = RegExp.prototype;
  let chars = 0;
  const watched = (re: RegExp) => re === JA_THEIR_REQUEST || re === JA_THEIR_WISH;
  RegExp.prototype.test = function (this: RegExp, s: string) {
    if (watched(this)) chars += String(s).length;
    return test.call(this, s);
  };
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (watched(this)) chars += String(s).length;
    return exec.call(this, s);
  };
  try {
    run();
  } finally {
    RegExp.prototype.test = test;
    RegExp.prototype.exec = exec;
  }
  return chars;
}

afterEach(() => {
  expect(RegExp.prototype.test.name).toBe('test');
});

describe('the paragraph above a sentence, read once per parse', () => {
  it('grows linearly in one giant paragraph of news sentences (work counted, not timed)', () => {
    const work = (n: number) => scanned(() => new Engine({ rules: RULES, tokenizer }).analyze({ body: giantParagraph(n), context }));
    const [small, large] = [work(200), work(800)];
    // The paragraph is read at all (the sentences reach the question), and 4 × the sentences is ≤ 5 × the work
    // (scanning the paragraph before every sentence made it ≈ 16 ×).
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(5);
  }, 120_000);

  it('answers as the pattern tested on the paragraph before every sentence would', () => {
    const parser = new FieldParser(tokenizer);
    const texts = [
      giantParagraph(12),
      'ご依頼の件、承知しました。\n社内で検討いたしました。\n\n旧価格での販売は継続できません。\nご要望の色は来月から不可です。',
      '先日の件\n\nご依\n頼の件\n　\nご提案いただいた件、ありがとうございます。ご指定の納期は難しいです。変更したいとのことですが、不可です。',
      '\n\nお問い合わせ\n\n\nお問い合わせの件。続き。',
    ];
    for (const text of texts) {
      const parsed = parser.parse(text);
      const cache = new WeakMap();
      for (const s of parsed.sentences) {
        for (const pattern of [JA_THEIR_REQUEST, JA_THEIR_WISH]) {
          const paragraph = paragraphBefore(parsed, s);
          expect(paragraphMatchEnd(cache, parsed, s.line, pattern) <= s.start, `${pattern.source.slice(0, 12)} before ${s.text}`).toBe(pattern.test(paragraph));
        }
      }
    }
  });

  it('refuses a pattern whose match in a prefix could differ from a match ending inside it', () => {
    const parsed = new FieldParser(tokenizer).parse('ご依頼の件です。');
    for (const pattern of [/ご依頼$/, /\bご依頼/, /ご(?=依頼)/, /ご依頼/g, /(?:)/]) {
      expect(() => paragraphMatchEnd(new WeakMap(), parsed, 0, pattern)).toThrow();
    }
  });
});

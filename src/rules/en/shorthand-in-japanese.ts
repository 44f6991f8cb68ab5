import { defineRule } from '../../engine/rule';
import { shorthandInJapanese } from './lib/register';

/**
 * "届いたらASAPで評価結果を教えてください", "thx & よろしく！": English chat shorthand written into the Japanese
 * half of a mixed mail. The Japanese rules read Japanese words; this rule reads only the Latin tokens of a
 * Japanese sentence (lang 'any', English sentences are left to en.register.casual).
 */
export default defineRule({
  id: 'en.register.shorthand-in-japanese',
  lang: 'any',
  category: 'register',
  severity: 'warning',
  fields: ['subject', 'body'],
  // Shorthand in an English sentence is en.register.casual's: one finding for one word.
  yieldsTo: ['en.register.casual'],
  title: { en: 'English chat shorthand in Japanese text', ja: '和文中の英語略語' },
  rationale: {
    en: 'Shorthand such as “ASAP”, “thx” or “pls” reads as careless or as a demand in any language; in a Japanese sentence to a client it also breaks the polite register the rest of the sentence keeps.',
    ja: '“ASAP”“thx”“pls”などの略語は、どの言語でもぞんざい、あるいは催促のように響きます。お客様への和文の中では、丁寧な文体も崩してしまいます。',
  },
  examples: {
    valid: [
      { text: 'PDFで図面をお送りします。' },
      { text: 'USBメモリでデータをお送りします。' },
      { text: '届いたらASAPで評価結果を教えてください。', context: { recipient: 'internal' } },
      { text: 'Please send the drawings.' },
    ],
    invalid: [
      {
        text: '明日、発送します。届いたらASAPで評価結果を教えてください。',
        flagged: 'ASAPで',
        outputs: ['明日、発送します。届いたらなるべく早く評価結果を教えてください。', '明日、発送します。届いたらお早めに評価結果を教えてください。'],
      },
      { text: 'thx & よろしく！', flagged: 'thx & ', outputs: ['ありがとうございます。よろしく！'] },
      { text: '資料thx！', flagged: 'thx', outputs: ['資料ありがとうございます！'] },
      { text: '図面の確認pls！', flagged: 'pls', outputs: ['図面の確認お願いいたします！'] },
      {
        text: '資料を拝見しました。btw 来週の打ち合わせは10時からでよろしいでしょうか。',
        flagged: 'btw ',
        outputs: ['資料を拝見しました。なお、来週の打ち合わせは10時からでよろしいでしょうか。'],
      },
    ],
  },
  sentence(s, ctx) {
    if (s.lang !== 'ja') return;
    for (const w of shorthandInJapanese(s)) {
      ctx.report({
        start: w.start,
        end: w.end,
        message: `${w.message.en} Write it out in Japanese for a client.`,
        messageJa: `${w.message.ja}お客様へは日本語の丁寧な表現にしましょう。`,
        suggestions: w.suggestions,
      });
    }
  },
});

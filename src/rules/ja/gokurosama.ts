import { defineRule } from '../../engine/rule';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';

/** ご苦労様 is said by a superior to a subordinate; to a client it is a slight. */
export default defineRule({
  id: 'ja.honorific.gokurosama',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'ご苦労様 to a client', ja: 'お客様への「ご苦労様」' },
  rationale: {
    en: 'ご苦労様 is what a superior says to a subordinate for their trouble. Said to a client it puts the writer above the reader; お疲れ様 or a plain thank-you is expected.',
    ja: '「ご苦労様」は目上の人が目下の人をねぎらう言葉です。取引先に使うと見下した印象を与えるため、「お疲れ様です」やお礼の言葉を使います。',
  },
  examples: {
    valid: [{ text: '先日の立ち会い、お疲れ様でした。' }, { text: '「ご苦労様」は目上の方には使いません。' }],
    invalid: [
      {
        text: '先日の立ち会い、ご苦労様でした。',
        flagged: 'ご苦労様でした',
        outputs: ['先日の立ち会い、お疲れ様でした。', '先日の立ち会い、ありがとうございました。'],
      },
      {
        text: '遅くまでご苦労さまです。',
        flagged: 'ご苦労さまです',
        outputs: ['遅くまでお疲れ様です。', '遅くまでありがとうございます。'],
      },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    for (const m of s.text.matchAll(/ご苦労(?:様|さま)(?:でございました|でございます|でした|です)?/g)) {
      if (inQuotes(quotes, m.index, m.index + m[0].length)) continue;
      const past = /でした|ございました/.test(m[0]);
      ctx.report({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: 'ご苦労様 is said to subordinates; to a client write お疲れ様です or thank them.',
        messageJa: '「ご苦労様」は目下へのねぎらいです。お客様には「お疲れ様です」やお礼の言葉を使います。',
        suggestions: [
          suggestion(past ? 'お疲れ様でした' : 'お疲れ様です', 'Use お疲れ様', '「お疲れ様」にする'),
          suggestion(past ? 'ありがとうございました' : 'ありがとうございます', 'Thank them instead', 'お礼の言葉にする'),
        ],
      });
    }
  },
});

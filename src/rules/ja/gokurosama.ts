import { defineRule } from '../../engine/rule';
import { suggestion } from './lib/suggest';
import { japaneseSpans } from './lib/japanese-spans';
import { inQuotes, quotedRanges } from './lib/text';
import { matchAll } from '../../engine/match-all';

/**
 * Greetings a superior gives down (ご苦労様, お世話様): to a client each is a slight. お世話様 is the clipped,
 * familiar form of お世話になっております, said to a peer or a tradesman, never up to a customer.
 */
export default defineRule({
  id: 'ja.honorific.gokurosama',
  // Also the Japanese run inside an English sentence ("ご苦労様です – here is this week's report").
  lang: 'any',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'ご苦労様 / お世話様 to a client', ja: 'お客様への「ご苦労様」「お世話様」' },
  rationale: {
    en: 'ご苦労様 is what a superior says to a subordinate for their trouble, and お世話様 is a familiar clipping of お世話になっております. Said to a client either puts the writer above the reader; お疲れ様 / お世話になっております or a plain thank-you is expected.',
    ja: '「ご苦労様」は目上の人が目下の人をねぎらう言葉で、「お世話様」は「お世話になっております」をくだけて縮めた言葉です。取引先に使うと見下した印象を与えるため、「お疲れ様です」「お世話になっております」やお礼の言葉を使います。',
  },
  examples: {
    valid: [
      { text: '先日の立ち会い、お疲れ様でした。' }, { text: '「ご苦労様」は目上の方には使いません。' },
      { text: 'いつもお世話になっております。' }, { text: '先日は大変お世話になりました。' },
    ],
    invalid: [
      {
        text: '先日の立ち会い、ご苦労様でした。',
        flagged: 'ご苦労様でした',
        outputs: ['先日の立ち会い、お疲れ様でした。', '先日の立ち会い、ありがとうございました。'],
      },
      {
        text: 'Dear Mr. Kudo,\nご苦労様です. Here is the inspection report for this week.',
        flagged: 'ご苦労様です',
        outputs: [
          'Dear Mr. Kudo,\nお疲れ様です. Here is the inspection report for this week.',
          'Dear Mr. Kudo,\nありがとうございます. Here is the inspection report for this week.',
        ],
      },
      {
        text: '遅くまでご苦労さまです。',
        flagged: 'ご苦労さまです',
        outputs: ['遅くまでお疲れ様です。', '遅くまでありがとうございます。'],
      },
      {
        text: 'お世話様です。ABC商事の田中です。',
        flagged: 'お世話様です',
        outputs: ['お世話になっております。ABC商事の田中です。', 'ありがとうございます。ABC商事の田中です。'],
      },
      {
        text: '先日は色々とお世話さまでした。',
        flagged: 'お世話さまでした',
        outputs: ['先日は色々とお世話になりました。', '先日は色々とありがとうございました。'],
      },
    ],
  },
  sentence(s, ctx) {
    for (const span of japaneseSpans(s)) {
      const quotes = quotedRanges(span.text);
      for (const m of matchAll(span.text, /(ご苦労|お世話)(?:様|さま)(?:でございました|でございます|でした|です)?/g)) {
        if (inQuotes(quotes, m.index, m.index + m[0].length)) continue;
        const at = s.start + span.offset + m.index;
        const past = /でした|ございました/.test(m[0]);
        const sewa = m[1] === 'お世話';
        const warm = sewa ? (past ? 'お世話になりました' : 'お世話になっております') : past ? 'お疲れ様でした' : 'お疲れ様です';
        ctx.report({
          start: at,
          end: at + m[0].length,
          message: `${m[1]}様 is said to peers or subordinates; to a client write ${warm} or thank them.`,
          messageJa: `「${m[1]}様」は目上の方には使わない言葉です。お客様には「${warm}」やお礼の言葉を使います。`,
          suggestions: [
            suggestion(warm, `Use ${warm}`, `「${warm}」にする`),
            suggestion(past ? 'ありがとうございました' : 'ありがとうございます', 'Thank them instead', 'お礼の言葉にする'),
          ],
        });
      }
    }
  },
});

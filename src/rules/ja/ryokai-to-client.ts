import { defineRule } from '../../engine/rule';

/** 了解 is said to equals and juniors; to a client it reads as talking down. */
export default defineRule({
  id: 'ja.honorific.ryokai-to-client',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: '了解しました to a client', ja: 'お客様への「了解しました」' },
  rationale: {
    en: '了解 is used with colleagues and juniors. Many Japanese buyers read 了解しました from a supplier as presumptuous; 承知いたしました or かしこまりました is expected.',
    ja: '「了解」は同僚や目下に使う言葉とされ、取引先に対しては失礼な印象を与えかねません。「承知いたしました」「かしこまりました」が適切です。',
  },
  examples: {
    valid: [{ text: 'ご依頼の件、承知いたしました。' }, { text: 'ご依頼の件、了解しました。', context: { recipient: 'internal' } }],
    invalid: [
      {
        text: 'ご説明してほしいとのこと、了解しました。',
        flagged: '了解しました',
        outputs: ['ご説明してほしいとのこと、承知いたしました。', 'ご説明してほしいとのこと、かしこまりました。'],
      },
    ],
  },
  sentence(s, ctx) {
    for (const m of s.text.matchAll(/了解(?:しました|いたしました|致しました)/g)) {
      ctx.report({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: 'To a client, write 承知いたしました rather than 了解しました.',
        messageJa: 'お客様には「了解しました」ではなく「承知いたしました」を使います。',
        suggestions: [
          { text: '承知いたしました', label: 'Use 承知いたしました', labelJa: '「承知いたしました」にする' },
          { text: 'かしこまりました', label: 'Use かしこまりました', labelJa: '「かしこまりました」にする' },
        ],
      });
    }
  },
});

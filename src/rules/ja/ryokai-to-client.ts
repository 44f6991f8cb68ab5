import { defineRule } from '../../engine/rule';
import { japaneseSpans } from './lib/japanese-spans';
import { inQuotes, quotedRanges } from './lib/text';

/**
 * 了解 is said to equals and juniors; to a client it reads as talking down. 了承 is the permission a superior
 * grants, so 了承しました from a supplier talks down the same way (ご了承ください asks the client's, and stays).
 */
export default defineRule({
  id: 'ja.honorific.ryokai-to-client',
  // Also the Japanese run inside an English sentence ("Thanks for the update – 了解しました!").
  lang: 'any',
  category: 'honorific',
  severity: 'warning',
  title: { en: '了解しました to a client', ja: 'お客様への「了解しました」' },
  rationale: {
    en: '了解 is used with colleagues and juniors. Many Japanese buyers read 了解しました from a supplier as presumptuous; 承知いたしました or かしこまりました is expected.',
    ja: '「了解」は同僚や目下に使う言葉とされ、取引先に対しては失礼な印象を与えかねません。「承知いたしました」「かしこまりました」が適切です。',
  },
  examples: {
    valid: [
      { text: 'ご依頼の件、承知いたしました。' },
      { text: 'ご依頼の件、了解しました。', context: { recipient: 'internal' } },
      { text: '事前にご了解をいただいた内容で進めております。' },
      { text: '何卒ご了承くださいますようお願い申し上げます。' },
      { text: '佐藤様にご了承いただきました。' },
      { text: '上長の了承を得ましたので、ご連絡いたします。' },
      { text: 'Hi Mr. Ono,\nThanks for the revised drawings, 承知いたしました! We will update the quote.' },
      { text: '社内では「了解しました」ではなく「承知いたしました」を使うよう指導しています。' },
    ],
    invalid: [
      {
        text: 'Hi Mr. Ono,\nThanks for the revised drawings, 了解しました! We will update the quote.',
        flagged: '了解しました',
        outputs: [
          'Hi Mr. Ono,\nThanks for the revised drawings, 承知いたしました! We will update the quote.',
          'Hi Mr. Ono,\nThanks for the revised drawings, かしこまりました! We will update the quote.',
        ],
      },
      {
        text: 'ご説明してほしいとのこと、了解しました。',
        flagged: '了解しました',
        outputs: ['ご説明してほしいとのこと、承知いたしました。', 'ご説明してほしいとのこと、かしこまりました。'],
      },
      {
        text: '納期変更の件、了解いたしました。',
        flagged: '了解いたしました',
        outputs: ['納期変更の件、承知いたしました。', '納期変更の件、かしこまりました。'],
      },
      {
        text: 'ご依頼の件、了承いたしました。',
        flagged: '了承いたしました',
        outputs: ['ご依頼の件、承知いたしました。', 'ご依頼の件、かしこまりました。'],
      },
    ],
  },
  sentence(s, ctx) {
    for (const span of japaneseSpans(s)) {
      const quotes = quotedRanges(span.text);
      for (const m of span.text.matchAll(/(?<![ご御])(?:了解|了承)(?:しました|いたしました|致しました|しております|いたしております)/g)) {
        if (inQuotes(quotes, m.index, m.index + m[0].length)) continue;
        const at = s.start + span.offset + m.index;
        const ongoing = m[0].endsWith('おります');
        const polite = ongoing ? '承知しております' : '承知いたしました';
        const alternative = ongoing ? '存じております' : 'かしこまりました';
        ctx.report({
          start: at,
          end: at + m[0].length,
          message: `To a client, write ${polite} rather than ${m[0]}.`,
          messageJa: `お客様には「${m[0]}」ではなく「${polite}」を使います。`,
          suggestions: [
            { text: polite, label: `Use ${polite}`, labelJa: `「${polite}」にする` },
            { text: alternative, label: `Use ${alternative}`, labelJa: `「${alternative}」にする` },
          ],
        });
      }
    }
  },
});

import { defineRule, type RuleContext } from '../../engine/rule';
import { japaneseSpans } from './lib/japanese-spans';
import { inQuotes, quotedRanges } from './lib/text';
import { matchAll } from '../../engine/match-all';

/**
 * 了解しました / 了承いたしました, and なるほどです(ね): the polite form of a nod one gives an equal (ja.register's
 * casual-forms keep the bare なるほど).
 */
const ACKNOWLEDGED = /(?<![ご御])(?:了解|了承)(?:しました|いたしました|致しました|しております|いたしております)|(?<![\p{Script=Hiragana}])なるほど(?:です|でございます)(?:ね|よね)?(?=[、，,！!。.？?\s」]|$)/gu;

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
    en: '了解 (and なるほど, the nod that goes with it) is used with colleagues and juniors. Many Japanese buyers read 了解しました from a supplier as presumptuous; 承知いたしました or かしこまりました is expected.',
    ja: '「了解」や「なるほど」は同僚や目下に使う言葉とされ、取引先に対しては失礼な印象を与えかねません。「承知いたしました」「かしこまりました」が適切です。',
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
      { text: 'なるほどと思わされる事例でした。' },
      { text: 'なるほどですね、承知しました。', context: { recipient: 'internal' } },
      { text: '社内では「了解しました」ではなく「承知いたしました」を使うよう指導しています。' },
    ],
    invalid: [
      {
        text: 'Dear Mr. Fujita,\nThank you for the photos. なるほどですね、湿度が原因なのですね。',
        flagged: 'なるほどですね',
        outputs: [
          'Dear Mr. Fujita,\nThank you for the photos. おっしゃるとおりです、湿度が原因なのですね。',
          'Dear Mr. Fujita,\nThank you for the photos. 承知いたしました、湿度が原因なのですね。',
        ],
      },
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
      for (const m of matchAll(span.text, ACKNOWLEDGED)) {
        if (inQuotes(quotes, m.index, m.index + m[0].length)) continue;
        const at = s.start + span.offset + m.index;
        if (m[0].startsWith('な')) {
          reportNaruhodo(ctx, at, m[0]);
          continue;
        }
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

/** なるほどですね: agreeing as an equal would; to a client, おっしゃるとおりです or 承知いたしました. */
function reportNaruhodo(ctx: RuleContext, at: number, written: string): void {
  ctx.report({
    start: at,
    end: at + written.length,
    message: `${written} nods as an equal would; to a client write おっしゃるとおりです or 承知いたしました.`,
    messageJa: `「${written}」は同等以下の相手への相づちです。お客様には「おっしゃるとおりです」「承知いたしました」と書きます。`,
    suggestions: [
      { text: 'おっしゃるとおりです', label: 'Use おっしゃるとおりです', labelJa: '「おっしゃるとおりです」にする' },
      { text: '承知いたしました', label: 'Use 承知いたしました', labelJa: '「承知いたしました」にする' },
    ],
  });
}

import { defineRule } from '../../engine/rule';
import { clientMemberCasual } from './lib/own-member';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';

/**
 * 貴社の佐藤さん / 御社営業部の田中くん: a person of the client's company named with さん in a mail to the
 * client. さん is how colleagues and acquaintances are named; the client's people take 様. Read from the
 * tokens: 貴社/御社 heading a noun phrase that ends in a person's name and さん/くん/ちゃん.
 */
export default defineRule({
  id: 'ja.honorific.client-member-with-san',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  requiresTokens: true,
  title: { en: 'The client’s person with さん', ja: '取引先の方に「さん」' },
  rationale: {
    en: 'In writing to a client, their people are 〇〇様: さん is how colleagues and friends are named, and reads as familiar toward someone whose company you serve.',
    ja: '取引先へのメールでは、先方の方は「〇〇様」と書きます。「さん」は社内や親しい間柄の呼び方で、取引先の方には馴れ馴れしく映ります。',
  },
  examples: {
    valid: [
      { text: '貴社の佐藤様にもよろしくお伝えください。' },
      { text: '弊社の佐藤が伺います。' },
      { text: '貴社の佐藤さんにもよろしくね。', context: { recipient: 'internal' } },
      { text: '先日、A社の佐藤さんからご紹介いただきました。' },
    ],
    invalid: [
      {
        text: '貴社の佐藤さんにもよろしくお伝えください。',
        flagged: '貴社の佐藤さん',
        outputs: ['貴社の佐藤様にもよろしくお伝えください。'],
      },
      {
        text: '貴社営業部の田中くんから伺いました。',
        flagged: '貴社営業部の田中くん',
        outputs: ['貴社営業部の田中様から伺いました。'],
      },
    ],
  },
  sentence(s, ctx) {
    if (!s.tokens) return;
    const quotes = quotedRanges(s.text);
    for (const h of clientMemberCasual(s.tokens)) {
      const start = h.start - s.start;
      const end = h.end - s.start;
      if (inQuotes(quotes, start, end)) continue;
      const fixed = `${s.text.slice(start, h.suffixStart - s.start)}様`;
      ctx.report({
        start: h.start,
        end: h.end,
        message: `Name the client’s people with 様: ${fixed}.`,
        messageJa: `取引先の方には「様」を付けます：「${fixed}」。`,
        suggestions: [suggestion(fixed, `Write ${fixed}`, `「${fixed}」にする`)],
      });
    }
  },
});

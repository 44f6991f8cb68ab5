import { defineRule } from '../../engine/rule';
import { japaneseSpans } from './lib/japanese-spans';
import { inQuotes, quotedRanges } from './lib/text';

/** 御社 is how a client's company is called aloud; in writing it is 貴社. */
export default defineRule({
  id: 'ja.honorific.gosha-in-writing',
  // Also inside an English sentence ("the 御社 logo"): in writing it is 貴社 whatever language surrounds it.
  lang: 'any',
  category: 'honorific',
  severity: 'warning',
  title: { en: '御社 in writing', ja: '書き言葉での「御社」' },
  rationale: {
    en: '御社 is the spoken form; in a letter or mail the client’s company is 貴社. A Japanese buyer reads 御社 in writing as a sign the sender does not know business writing.',
    ja: '「御社」は話し言葉です。文書やメールでは「貴社」と書くのが正式で、取り違えるとビジネス文書に不慣れな印象を与えます。',
  },
  examples: {
    valid: [
      { text: '貴社のご要望を承りました。' },
      { text: '「御社」は話し言葉なので、メールでは使わないようにしています。' },
      { text: '面接では「御社を志望した理由は」と話すのが一般的です。' },
    ],
    invalid: [
      {
        text: 'このたびは御社ラインでの不具合についてご報告いただき、ありがとうございます。',
        flagged: '御社',
        outputs: ['このたびは貴社ラインでの不具合についてご報告いただき、ありがとうございます。'],
      },
      {
        text: 'Dear Ms. Hara,\nWe will print the 御社 logo on the cover.',
        flagged: '御社',
        outputs: ['Dear Ms. Hara,\nWe will print the 貴社 logo on the cover.'],
      },
      {
        text: '来週、御社の工場を見学させていただけますでしょうか。',
        flagged: '御社',
        outputs: ['来週、貴社の工場を見学させていただけますでしょうか。'],
      },
    ],
  },
  sentence(s, ctx) {
    for (const span of japaneseSpans(s)) {
      const quotes = quotedRanges(span.text);
      // 御社様 is double keigo as well; ja.honorific.double-keigo rewrites the whole word.
      for (const m of span.text.matchAll(/御社(?!様)/g)) {
        if (inQuotes(quotes, m.index, m.index + 2)) continue;
        const at = s.start + span.offset + m.index;
        ctx.report({
          start: at,
          end: at + 2,
          message: 'Write 貴社, not 御社: 御社 is the spoken form.',
          messageJa: '「御社」は話し言葉です。メールでは「貴社」と書きます。',
          suggestions: [{ text: '貴社', label: 'Use 貴社 in writing', labelJa: '「貴社」にする' }],
        });
      }
    }
  },
});

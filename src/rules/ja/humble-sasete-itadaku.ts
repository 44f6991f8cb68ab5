import { defineRule } from '../../engine/rule';
import { humbleSaseteItadakuIn } from './lib/keigo-direction';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';

/**
 * A humble verb with させていただく on top, stated as our own act: 伺わせていただきます, お伺いさせていただきます,
 * 拝見させていただきました, 拝読させていただきます. Strict keigo guides call it double keigo, but it is how most
 * business writers now write, and recent blind writers accepted it in 5 of 6 cases across the corpora: it is
 * off by default, for an organisation that wants strict keigo to switch on in its policy
 * (`rules: { "ja.honorific.humble-sasete-itadaku": "warning" }`). Asked as the reader's leave
 * (拝見させていただけますか) it is the accepted form either way; the other double keigo (おっしゃられる,
 * お越しになられる, 貴社様) stays with ja.honorific.double-keigo, on by default.
 */
export default defineRule({
  id: 'ja.honorific.humble-sasete-itadaku',
  lang: 'ja',
  category: 'honorific',
  severity: 'info',
  offByDefault: true,
  title: { en: 'させていただく on a humble verb (strict keigo)', ja: '謙譲語＋させていただく（厳格な敬語）' },
  rationale: {
    en: 'Strict keigo counts a humble verb with させていただく on top (拝見させていただきました, お伺いさせていただきます) as double keigo: the humble verb is polite enough (拝見しました, 伺います). Most business writers now accept the longer form, so this check is off unless your organisation asks for strict keigo.',
    ja: '「拝見させていただきました」「お伺いさせていただきます」は、謙譲語にさらに「させていただく」を重ねた形で、厳格な敬語では二重敬語とされます（「拝見しました」「伺います」で十分です）。現在のビジネス文書では広く使われ許容されているため、厳格な敬語を求める組織のみが有効にするチェックです。',
  },
  examples: {
    valid: [
      { text: '資料を拝見しました。' },
      { text: '明日、貴社に伺います。' },
      // Our act asked as the reader's permission: the accepted business form.
      { text: '当日は、振動データを拝見させていただければ幸いです。' },
      { text: '近日中に、ご説明に伺わせていただけますでしょうか。' },
      // Not a humble verb: させていただく on an ordinary verb is another matter.
      { text: '本日の打ち合わせ内容を確認させていただきます。' },
    ],
    invalid: [
      {
        text: '資料を拝見させていただきました。',
        flagged: '拝見させていただきました',
        outputs: ['資料を拝見しました。', '資料を拝見いたしました。'],
      },
      {
        text: '明日、改めてお伺いさせていただきます。',
        flagged: 'お伺いさせていただきます',
        outputs: ['明日、改めて伺います。'],
      },
      {
        text: '来週火曜日に貴社へ伺わせていただきます。',
        flagged: '伺わせていただきます',
        outputs: ['来週火曜日に貴社へ伺います。'],
      },
      {
        text: 'ご提案書を拝読させていただきます。',
        flagged: '拝読させていただきます',
        outputs: ['ご提案書を拝読します。', 'ご提案書を拝読いたします。'],
      },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    for (const h of humbleSaseteItadakuIn(s.text)) {
      if (inQuotes(quotes, h.start, h.end)) continue;
      ctx.report({
        start: s.start + h.start,
        end: s.start + h.end,
        message: `Strict keigo: ${h.written} puts させていただく on a humble verb; ${h.fixes[0]} is polite enough.`,
        messageJa: `「${h.written}」は謙譲語に「させていただく」を重ねた形です。厳格には「${h.fixes[0]}」で十分です。`,
        suggestions: h.fixes.map((f) => suggestion(f, `Use ${f}`, `「${f}」にする`)),
      });
    }
  },
});

import { defineRule } from '../../engine/rule';
import { japaneseSpans } from './lib/japanese-spans';
import { inQuotes, quotedRanges } from './lib/text';
import { matchAll } from '../../engine/match-all';

/**
 * 御社 is how a client's company is called aloud; in writing it is 貴社. The same holds for every kind of
 * organisation a seller writes to: a bank is 御行 aloud and 貴行 in writing, a shinkin bank 御庫/貴庫, a school
 * 御校/貴校, a hospital 御院/貴院, an association 御会/貴会, a ministry 御省/貴省, an agency 御庁/貴庁, a union
 * 御組合/貴組合, a foundation 御財団/貴財団, an incorporated body 御法人/貴法人. Left out on purpose: 御所 (the
 * imperial palace), 御園 and 御館 (names and old words) — as words they are far commoner than as address.
 */
const WRITTEN: Record<string, string> = {
  御社: '貴社', 御行: '貴行', 御庫: '貴庫', 御校: '貴校', 御院: '貴院', 御会: '貴会', 御省: '貴省', 御庁: '貴庁',
  御組合: '貴組合', 御財団: '貴財団', 御法人: '貴法人', 御協会: '貴協会', 御機構: '貴機構', 御団体: '貴団体',
};
/**
 * 御社 is read wherever it stands (御社ライン, 御社製品). The rarer forms only where an organisation's name stands:
 * before a particle or a word that follows a company's name, never heading a longer kanji word (御会計, 御行儀,
 * 御院号), so that another word written with the same two kanji stays clean.
 */
const ADDRESS = /御(?:組合|財団|法人|協会|機構|団体|社|行|庫|校|院|会|省|庁)(?!様)/g;
const AS_ORGANISATION = /^(?:$|[のにへでからはがとをもより、。，．\s]|内|側|様式|向け|担当|ご担当|御中|主催|宛|所属|全体)/;
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
      { text: '貴行のご担当者様にもよろしくお伝えください。' },
      { text: '本日の御会計は後日まとめてご請求いたします。' },
      { text: '京都御所の見学ツアーをご案内いたします。' },
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
        text: '御行の融資審査部の皆様にご説明の機会をいただき、ありがとうございました。',
        flagged: '御行',
        outputs: ['貴行の融資審査部の皆様にご説明の機会をいただき、ありがとうございました。'],
      },
      {
        text: '御校では来年度から新しい出欠システムを導入されると伺いました。',
        flagged: '御校',
        outputs: ['貴校では来年度から新しい出欠システムを導入されると伺いました。'],
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
      for (const m of matchAll(span.text, ADDRESS)) {
        const spoken = m[0];
        if (spoken !== '御社' && !AS_ORGANISATION.test(span.text.slice(m.index + spoken.length, m.index + spoken.length + 3))) continue;
        if (inQuotes(quotes, m.index, m.index + spoken.length)) continue;
        const written = WRITTEN[spoken]!;
        const at = s.start + span.offset + m.index;
        ctx.report({
          start: at,
          end: at + spoken.length,
          message: `Write ${written}, not ${spoken}: ${spoken} is the spoken form.`,
          messageJa: `「${spoken}」は話し言葉です。メールでは「${written}」と書きます。`,
          suggestions: [{ text: written, label: `Use ${written} in writing`, labelJa: `「${written}」にする` }],
        });
      }
    }
  },
});

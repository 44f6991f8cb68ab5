import { defineRule } from '../../engine/rule';
import type { Token } from '../../engine/types';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';

/**
 * Kanji an IME offers for きしゃ/きし that are not 貴社: 貴司 (IPADIC: a surname), 貴者, 記社, 喜社, 貴舎. As the
 * name of a company (before の/に/へ/で/から/は/が/との/内, or heading a compound) they stand where 貴社 belongs.
 */
const MISCONVERSIONS = new Set(['貴司', '貴者', '記社', '喜社', '貴舎']);
/** After the word, what a company's name is followed by; a person's name takes 様/さん instead. */
const AS_COMPANY = /^(?:の|に|へ|で|から|は|が|と|を|より|内|側|製|向け|担当|ご担当)/;

/**
 * 貴司のサーバーへアップロードいたします / 貴者のご要望: 貴社 mistyped. A buyer reads it as carelessness with their
 * own company's name. 貴司 as a given name (山田貴司様, 貴司さん) is a person and stays clean.
 */
export default defineRule({
  id: 'ja.honorific.kisha-misconverted',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  requiresTokens: true,
  audience: ['client', 'prospect'],
  title: { en: '貴社 mistyped', ja: '「貴社」の変換ミス' },
  rationale: {
    en: 'The client’s company is 貴社. An IME conversion such as 貴司 or 貴者 in its place reads as carelessness with the client’s own name.',
    ja: '相手の会社は「貴社」です。「貴司」「貴者」などの変換ミスは、相手の社名を粗末に扱う印象を与えます。',
  },
  examples: {
    valid: [
      { text: '貴社のサーバーへアップロードいたします。' },
      { text: '営業部の山田貴司様にもよろしくお伝えください。' },
      { text: '貴司さんからご紹介いただきました。' },
    ],
    invalid: [
      {
        text: '今週中に貴司のサーバーへアップロードいたします。',
        flagged: '貴司',
        outputs: ['今週中に貴社のサーバーへアップロードいたします。'],
      },
      { text: '貴者のご要望に沿って対応いたします。', flagged: '貴者', outputs: ['貴社のご要望に沿って対応いたします。'] },
    ],
  },
  sentence(s, ctx) {
    if (!s.tokens) return;
    const quotes = quotedRanges(s.text);
    const tokens = s.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const word = misconverted(tokens, k);
      if (!word) continue;
      const span = word === tokens[k]!.surface ? 1 : 2;
      const after = tokens[k + span];
      const at = tokens[k]!.start;
      const end = at + word.length;
      const rest = s.text.slice(end - s.start);
      // 山田貴司 / 貴司様: a given name after a surname, or a person honoured as such.
      if (isSurname(tokens[k - 1]) || /^(?:様|さま|さん|くん|君|殿|氏)/.test(rest)) continue;
      // 貴司サーバー: heading a compound noun is a company's place too.
      if (!AS_COMPANY.test(rest) && after?.pos !== '名詞') continue;
      if (inQuotes(quotes, at - s.start, end - s.start)) continue;
      ctx.report({
        start: at,
        end,
        message: `${word} is 貴社 mistyped: write 貴社.`,
        messageJa: `「${word}」は「貴社」の変換ミスです。「貴社」と書きます。`,
        suggestions: [suggestion('貴社', 'Write 貴社', '「貴社」にする')],
      });
      k += span - 1;
    }
  },
});

/** The mis-converted word starting at token k: one token (貴司) or two (貴 + 者, as IPADIC splits it). */
function misconverted(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k]!;
  if (MISCONVERSIONS.has(t.surface)) return t.surface;
  const pair = t.surface + (tokens[k + 1]?.surface ?? '');
  return MISCONVERSIONS.has(pair) && tokens[k + 1]!.start === t.end ? pair : undefined;
}

function isSurname(t: Token | undefined): boolean {
  return !!t && t.pos === '名詞' && t.pos1 === '固有名詞' && t.pos2 === '人名';
}

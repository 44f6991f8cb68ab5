import { defineRule } from '../../engine/rule';
import type { Token } from '../../engine/types';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';

/**
 * The second-person pronouns (IPADIC 名詞・代名詞): あなた, 貴方, あなた方, あんた, お前, 君, キミ. Japanese
 * business writing names the reader by their company (貴社, 貴校) or their name with 様, never with a pronoun.
 */
const YOU = new Set(['あなた', '貴方', 'あなたがた', 'あんた', 'お前', 'おまえ', '君', 'きみ', 'キミ']);
/** What the client's organisation is called when the pronoun owns it: あなたの学校 → 貴校, あなたの会社 → 貴社. */
const ORGANISATION: Record<string, string> = { 学校: '貴校', 学院: '貴校', 高校: '貴校', 大学: '貴学', 病院: '貴院', 医院: '貴院', クリニック: '貴院', 会社: '貴社', 御社: '貴社', 貴社: '貴社', 団体: '貴団体', 法人: '貴法人', 組合: '貴組合', 事務所: '貴事務所' };

/**
 * あなたの学校でもきっと効果があります / あなたにぜひご紹介したい: the client called あなた. Read from kuromoji's
 * tokens (a pronoun of the second person), so a word that merely contains the letters (あなたまかせ is not
 * split so) and quoted slogans (「あなたの街の…」) stay clean.
 */
export default defineRule({
  id: 'ja.honorific.second-person-to-client',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  requiresTokens: true,
  audience: ['client', 'prospect'],
  title: { en: 'The client called あなた', ja: '取引先を「あなた」と呼ぶ' },
  rationale: {
    en: 'Japanese business mail never calls the reader あなた: it is distant or even condescending toward someone you serve. Name the company (貴社, 貴校) or the person with 様.',
    ja: 'ビジネスメールで相手を「あなた」と呼ぶことはありません。よそよそしく、見下した印象さえ与えます。「貴社」「貴校」や「〇〇様」と書きます。',
  },
  examples: {
    valid: [
      { text: '貴校でもきっとお役に立てると存じます。', context: { recipient: 'prospect' } },
      { text: 'キャッチコピーは「あなたの街の工務店」です。' },
      { text: 'あなたの意見を聞かせて。', context: { recipient: 'internal' } },
      { text: '資料を添付いたします。\n\n永昇電子 日本支社\n営業部 林 怡君' },
    ],
    invalid: [
      {
        text: 'あなたの学校でもきっと効果があると思います。',
        context: { recipient: 'prospect' },
        flagged: 'あなたの学校',
        outputs: ['貴校でもきっと効果があると思います。'],
      },
      {
        text: 'あなたにぜひご紹介したい製品がございます。',
        context: { recipient: 'prospect' },
        flagged: 'あなた',
        outputs: ['ご担当者様にぜひご紹介したい製品がございます。'],
      },
    ],
  },
  sentence(s, ctx) {
    if (!s.tokens) return;
    const quotes = quotedRanges(s.text);
    const tokens = s.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!isYou(t)) continue;
      // 林 怡君 / 李君: 君 closing a person's name (a given name's last character) is not the pronoun.
      const before = tokens[k - 1];
      if (before && before.end === t.start && before.pos === '名詞') continue;
      let end = t.end;
      let fixed = 'ご担当者様';
      // あなた方 / あなたたち: the plural suffix belongs to the pronoun.
      if (tokens[k + 1]?.pos1 === '接尾' && /^(?:方|たち|達|がた)$/.test(tokens[k + 1]!.surface)) end = tokens[++k]!.end;
      // あなたの学校 → 貴校: the pronoun owning an organisation is that organisation's honorific name.
      const owned = tokens[k + 1]?.surface === 'の' ? tokens[k + 2] : undefined;
      if (owned && ORGANISATION[owned.surface]) {
        end = owned.end;
        fixed = ORGANISATION[owned.surface]!;
      } else if (owned) fixed = '貴社';
      if (inQuotes(quotes, t.start - s.start, end - s.start)) continue;
      ctx.report({
        start: t.start,
        end,
        message: `Do not call the client あなた; write ${fixed}.`,
        messageJa: `取引先を「あなた」とは呼びません。「${fixed}」と書きます。`,
        suggestions: [suggestion(fixed, `Write ${fixed}`, `「${fixed}」にする`)],
      });
    }
  },
});

function isYou(t: Token): boolean {
  return t.pos === '名詞' && t.pos1 === '代名詞' && YOU.has(t.surface);
}

import { defineRule } from '../../engine/rule';
import { finalPredicate } from '../../engine/analysis/ja-predicate';
import { japaneseFacts } from '../../engine/analysis/ja';
import { classicalOrder } from './lib/classical-order';
import { readsAsChatLine } from './lib/chat-line';
import { suggestion } from './lib/suggest';
import { inQuotes, isListOrHeading, listNumberBefore, isParenthetical, quotedRanges } from './lib/text';

/**
 * A mail to a client is written in です/ます. A sentence that ends in だ/である or a plain verb reads as a
 * memo or a report, and next to polite sentences it shows a draft nobody reread. Judged from the
 * sentence-final auxiliary (kuromoji), so 〜だと思います or a quoted 「〜である」 is never counted;
 * headings, list items and asides in parentheses are terse by nature and are left alone.
 */
/** A word of reply opening the line, in English or Japanese, before a comma: "Ok ok, …", "Sure, …", "はい、…". */
// A plain string, not String.raw: the one-byte build refuses non-Latin-1 characters inside raw templates.
const REPLY_WORD = '(?:ok(?:ay)?|yes|yeah|yep|sure|alright|fine|right|got it|noted|はい|うん|ええ|了解)[\\s,，、!！.]+';
const REPLY_LEAD = new RegExp(String.raw`^\s*${REPLY_WORD}(?:${REPLY_WORD})?(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])`, 'iu');

export default defineRule({
  id: 'ja.register.desumasu-dearu-mix',
  lang: 'ja',
  category: 'register',
  sentenceGroup: { group: 'ja.register', rank: 3 },
  severity: 'warning',
  requiresTokens: true,
  title: { en: 'だ/である in a です/ます mail', ja: 'です・ます調とだ・である調の混在' },
  rationale: {
    en: 'Japanese business mail keeps one register, です/ます. A sentence ending in だ/である or a plain verb reads as an internal memo, and mixed with polite sentences it looks careless to a Japanese client.',
    ja: 'ビジネスメールは「です・ます調」で統一するのが基本です。「だ・である調」や常体の文が混じると社内メモのように見え、推敲していない印象を与えます。',
  },
  examples: {
    valid: [
      { text: '新ルートは平均12分短縮できる見込みです。' },
      { text: 'この方法が最適だと考えております。' },
      { text: '仕様書には「本製品は防水である。」と記載されています。' },
      { text: '■ 変更点の概要\n・納期は3営業日短縮する\n・価格は据え置き' },
      { text: '（参考：昨年度の実績は120件である）' },
      { text: '結論から申し上げると、問題ない見込みだ。', context: { recipient: 'internal' } },
      { text: '詳細は添付資料のとおり。' },
      { text: '早速ご対応いただきたく。' },
      // Round 30: a line with no 。 that is a label, a name, a step or a title, not a sentence (lib/chat-line.ts).
      { text: '図面を確認する' },
      { text: '状態：発送した' },
      { text: 'JAくれない\n営農企画課 中島様' },
      { text: '暮らしの道具 あわい\n店主 柴田様' },
      { text: '目的 来期の販売計画を共有する' },
    ],
    invalid: [
      {
        text: 'お世話になっております。\n新ルートの所要時間は、平均12分短縮できる見込みだ。\n詳細は明日お送りいたします。',
        flagged: 'だ',
        outputs: ['お世話になっております。\n新ルートの所要時間は、平均12分短縮できる見込みです。\n詳細は明日お送りいたします。'],
      },
      { text: '本件は弊社の責任である。', flagged: 'である', outputs: ['本件は弊社の責任です。'] },
      { text: '試作品は昨日発送した。', flagged: 'した', outputs: ['試作品は昨日発送しました。'] },
      { text: '現時点で在庫に問題はない。', flagged: 'ない', outputs: ['現時点で在庫に問題はありません。'] },
      { text: '結果は来週わかるだろう。', flagged: 'だろう', outputs: ['結果は来週わかるでしょう。'] },
      { text: '価格は据え置きにすると思う。', flagged: '思う', outputs: ['価格は据え置きにすると思います。'] },
      // Round 23 (mendref): a plain verb after a word of reply answers someone, punctuated or not.
      { text: 'Ok ok, 分かった', flagged: '分かった', outputs: ['Ok ok, 分かりました'] },
      // Round 30: a line of chat with no 。 — a plain predicate that reports, states or thinks, or a verb told with a
      // topic or a word of time — is a sentence (lib/chat-line.ts tells it from a label line).
      { text: '見積書は昨日送った', flagged: '送った', outputs: ['見積書は昨日送りました'] },
      { text: '午後なら空いている', flagged: 'いる', outputs: ['午後なら空いています'] },
    ],
  },
  readsPrevious: true,
  // Round 34: the previous sentence is read only by isListOrHeading.
  previousKey: (s, previous) => (listNumberBefore(s, previous) ? 'n' : ''),
  sentence(s, ctx, previous) {
    if (!s.tokens || isListOrHeading(s, previous) || isParenthetical(s.text)) return;
    const p = finalPredicate(s.tokens);
    if (p.quoted || p.particles.length > 0) return; // 〜だよ / 〜ね are casual forms: ja.register.casual-to-client.
    if (p.style !== 'dearu' && p.style !== 'plain') return;
    // A plain verb without 。 is often a note or a label; only a finished sentence counts.
    // But a plain verb after a word of reply (Ok ok, 分かった / はい、了解した) answers someone: a sentence, not a label.
    // Round 30: so does a line of chat, which ends with a line break (資料、もう送った / 午後なら空いている): its final
    // chunk carries an auxiliary, a state or a told time that a label line (納期：3週間, 暮らしの道具 あわい) never does.
    if (!p.punctuated && (p.style === 'plain' || s.text.length < 8) && !REPLY_LEAD.test(s.text) && !readsAsChatLine(s, p.chain)) return;
    if (p.start === undefined || p.end === undefined || !p.polite) return;
    if (inQuotes(quotedRanges(s.text), p.start - s.start, p.end - s.start)) return;
    // ご了承を乞う / 提出されたい: an order in the style of a notice, ja.register.plain-sentence's with a request as its fix.
    if (classicalOrder(s, ctx.facts.of(japaneseFacts, s))) return;
    const written = s.text.slice(p.start - s.start, p.end - s.start);
    ctx.report({
      start: p.start,
      end: p.end,
      message: `This sentence ends in plain style (${written}); a client mail keeps です/ます throughout: ${p.polite}.`,
      messageJa: `文末が「${written}」で、です・ます調と混在しています。「${p.polite}」にそろえます。`,
      suggestions: [suggestion(p.polite, `Use ${p.polite}`, `「${p.polite}」にする`)],
    });
  },
});

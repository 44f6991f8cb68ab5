import { japaneseFacts } from '../../engine/analysis/ja';
import { defineRule } from '../../engine/rule';
import { decisionPressureIn } from './lib/decision-pressure';
import { PRESSURE } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { bodyEnd, clauseStart, containsAny, isListOrHeading } from './lib/text';

const PROSPECT = { recipient: 'prospect' } as const;

/**
 * Pressure on a prospect's decision that ja.pressure.early-pressure's wordings miss, read over the
 * sentence's structure (lib/decision-pressure.ts): what is left counted (残り10台のみ), a price back to list
 * after a date, a loss when their decision comes later, a promotion's cut-off, a decision asked before a
 * change or rewarded for coming by a date, silence taken as a decision, advice that waiting costs, peers said to
 * have decided, a decision asked again or impatiently, an offer called the last one. A Japanese buyer decides
 * by consensus (稟議); each of these tells them to decide on the seller's clock instead.
 */
export default defineRule({
  id: 'ja.pressure.decision-pressure',
  lang: 'ja',
  category: 'pressure',
  severity: 'warning',
  title: { en: 'Pressure on a prospect’s decision', ja: '見込み客の判断を急かす表現' },
  rationale: {
    en: 'Japanese companies decide by consensus (根回し, 稟議), which takes time. Scarcity counts, lapsing prices, cut-offs, silence taken as consent and “your competitors already signed” all tell a prospect to decide on the seller’s clock, and make the buyer wary.',
    ja: '日本企業の意思決定は根回しや稟議を経るため時間がかかります。残数の強調、期限付きの価格、締め切り、返信がなければ契約とみなす進め方、「他社様は導入済み」といった表現は、売り手の都合で決断を迫る印象を与え、警戒される原因になります。',
  },
  audience: ['client', 'prospect'],
  // The same phrase read by the older wordings (early-pressure) or inside a chase of an unanswered pitch
  // (pushy-follow-up) is theirs: one finding for one stretch of text.
  yieldsTo: ['ja.pressure.early-pressure', 'ja.cold-outreach.pushy-follow-up'],
  examples: {
    valid: [
      { text: '在庫は十分にございますので、ご安心ください。', context: PROSPECT },
      { text: 'キャンペーンは先月で終了いたしました。', context: PROSPECT },
      { text: '特にご連絡がなければ、当日は10時に受付でお待ちしております。', context: { recipient: 'client', firstContact: false } },
      { text: '他社様の導入事例を添付いたします。', context: PROSPECT },
      { text: 'ご判断はお急ぎいただかなくて大丈夫です。', context: PROSPECT },
      { text: '年末年始の出荷締切は12月26日となっておりますので、ご承知おきください。', context: PROSPECT },
      { text: '今期の導入枠は、あと2社分しか空いておりません。', context: { recipient: 'client', firstContact: false } },
    ],
    invalid: [
      {
        text: '今期の導入枠は、あと2社分しか空いておりません。',
        context: PROSPECT,
        flagged: 'あと2社分しか空いておりません',
        outputs: [
          '今期の導入枠は、ご用意できる数には限りがございますが、ご都合のよいときにご検討いただけますと幸いです。',
          '今期の導入枠は、ご検討のご参考になれば幸いです。',
        ],
      },
      {
        text: '他社様はすでに導入済みです。',
        context: PROSPECT,
        flagged: '他社様はすでに導入済みです',
        outputs: ['ご検討のご参考になれば幸いです。', 'ご関心がございましたら、導入事例をご紹介いたします。'],
      },
      {
        text: '異論がなければ、来週月曜日に契約書をお送りして正式にご契約とさせていただきます。',
        context: PROSPECT,
        flagged: '異論がなければ、来週月曜日に契約書をお送りして正式にご契約とさせていただきます',
        outputs: [
          '内容をご確認いただき、ご了承いただけましたらお知らせいただけますと幸いです。',
          'ご検討のうえ、ご意向をお聞かせいただけますと幸いです。',
        ],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) return;
    if (!s.tokens?.length || containsAny(s.text, PRESSURE.clientSchedule)) return;
    const facts = ctx.facts.of(japaneseFacts, s);
    const hits = decisionPressureIn(s, facts);
    if (!hits.length) return;
    const { entry, at } = hits.reduce((a, b) => (b.at < a.at ? b : a));
    // A list item or heading names a topic (最後のご提案 as a title still presses; other readings are prose).
    if (entry.id !== 'last-offer' && isListOrHeading(s, previous)) return;
    const start = at === 0 ? 0 : clauseStart(s.text, at);
    ctx.report({
      start: s.start + start,
      end: s.start + Math.max(start + 1, bodyEnd(s.text)),
      message: entry.message.en,
      messageJa: entry.message.ja,
      suggestions: entry.suggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
    });
  },
});

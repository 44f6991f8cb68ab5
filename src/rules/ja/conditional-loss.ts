import { japaneseFacts } from '../../engine/analysis/ja';
import { defineRule, divertedTo } from '../../engine/rule';
import { CONDITIONAL_LOSS, conditionalLossIn, limitThenLossIn } from './lib/conditional-loss';
import { suggestion } from './lib/suggest';
import { bodyEnd, inQuotes, isListOrHeading, quotedRanges } from './lib/text';

const PROSPECT = { recipient: 'prospect' } as const;

/**
 * A condition on the prospect's decision with a loss for them after it (今月中に決めないと、貴社だけ遅れてしまう /
 * 7月の理事会までお待ちしていると、お見積り価格は維持できなくなります / 発注書をいただけない場合、ラインの枠も
 * 他社様に回すことになります / この日を過ぎると、次の募集は来年になります), and a benefit held only for those who
 * act by a date (…までにお返事をいただいた会社様のみ確保いたします). Read over the sentence's grammar
 * (lib/conditional-loss.ts), whatever the verbs: the shapes early-pressure's and decision-pressure's readings miss.
 */
export default defineRule({
  id: 'ja.pressure.conditional-loss',
  lang: 'ja',
  category: 'pressure',
  severity: 'warning',
  title: { en: 'A loss made to hang on the prospect’s decision', ja: '判断の遅れを損失と結びつける表現' },
  rationale: {
    en: 'Japanese companies decide by consensus (根回し, 稟議), which takes time. “If you don’t decide by Friday you lose the slot” or “only companies that reply by the 11th” tells a prospect to decide on the seller’s clock, and makes the buyer wary.',
    ja: '日本企業の意思決定は根回しや稟議を経るため時間がかかります。「期限までに決めないと不利になる」「期限までにお返事をいただいた会社様のみ」といった伝え方は、売り手の都合で決断を迫る印象を与えます。',
  },
  audience: ['client', 'prospect'],
  // One finding for one stretch of text: the older readings of pressure and a chase of an unanswered pitch keep theirs.
  yieldsTo: ['ja.pressure.early-pressure', 'ja.pressure.decision-pressure', 'ja.cold-outreach.pushy-follow-up'],
  requiresTokens: true,
  examples: {
    valid: [
      { text: 'ご指定の3月末納期に間に合わせるため、2月10日までにご発注いただけますと幸いです。', context: PROSPECT },
      { text: '雨天の場合は延期いたします。', context: PROSPECT },
      { text: '万が一部品の入荷が遅れた場合は、速やかにご連絡いたします。', context: PROSPECT },
      { text: 'ご都合が合わない場合は、別の日程をご提案いたします。', context: PROSPECT },
      { text: 'ご検討に時間がかかる場合でも、価格は据え置きいたしますのでご安心ください。', context: PROSPECT },
      { text: '3月末までにご発注いただいた分は、現行価格でお届けいたします。', context: PROSPECT },
      { text: '今月中に決めないと、貴社だけ遅れてしまうと思います。', context: { recipient: 'client', firstContact: false } },
      { text: 'お見積りの有効期限を過ぎた場合は、改めてお見積りをお送りいたします。', context: PROSPECT },
      // Round 24: a holiday notice (それ以降は with no loss), our delay, a gain that comes sooner.
      { text: '年末年始は休業いたします。それ以降は通常どおり営業いたします。', context: PROSPECT },
      { text: '弊社の手配が遅れるほど、ご迷惑をおかけしかねません。', context: PROSPECT },
      { text: '導入が早いほど効果が大きくなります。', context: PROSPECT },
      // Round 25: a date's 以降は with no limit set before it, or with no loss after it, is a schedule.
      { text: '4月以降は新しいオフィスでお迎えいたします。', context: PROSPECT },
      { text: 'お見積りは明日17時までにお送りいたします。17時以降はお電話でも対応いたします。', context: PROSPECT },
    ],
    invalid: [
      {
        // Round 25 (AB's ab-b-044): the time after the limit said back by its own hour, a loss after it.
        text: '見積有効期限：本日17時まで。17時以降は部材を他案件に回します。',
        context: PROSPECT,
        flagged: '17時以降は部材を他案件に回します',
        outputs: [
          '見積有効期限：本日17時まで。ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          '見積有効期限：本日17時まで。ご検討のご参考になれば幸いです。',
        ],
      },
      {
        // Round 25 (AB's ab-a-040): a mixed sentence after a mixed English one is no restatement to hand over.
        text: 'I strongly recommend to 決裁 within March. 来年度予算を待つと、約15%高くなってしまいます。',
        context: PROSPECT,
        flagged: '来年度予算を待つと、約15%高くなってしまいます',
        outputs: [
          'I strongly recommend to 決裁 within March. ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          'I strongly recommend to 決裁 within March. ご検討のご参考になれば幸いです。',
        ],
      },
      {
        // Round 24: what was theirs sent on to another party; the time after a limit as a topic; the longer, the worse.
        text: '本日18時を過ぎますと、キャンセル待ちのお客様へご案内いたします。',
        context: PROSPECT,
        flagged: '本日18時を過ぎますと、キャンセル待ちのお客様へご案内いたします',
        outputs: [
          'ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          'ご検討のご参考になれば幸いです。',
        ],
      },
      {
        text: '・ご発注期限：11月20日（金）まで ※それ以降は、設置チームを他のお客様の案件に振り替えます。',
        context: PROSPECT,
        flagged: '・ご発注期限：11月20日（金）まで ※それ以降は、設置チームを他のお客様の案件に振り替えます',
        outputs: [
          'ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          'ご検討のご参考になれば幸いです。',
        ],
      },
      {
        text: '導入が遅れるほど、貴社だけが取り残される形になりかねません。',
        context: PROSPECT,
        flagged: '導入が遅れるほど、貴社だけが取り残される形になりかねません',
        outputs: [
          'ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          'ご検討のご参考になれば幸いです。',
        ],
      },
      {
        text: '今月中に決めないと、貴社だけ遅れてしまうと思います。',
        context: PROSPECT,
        flagged: '今月中に決めないと、貴社だけ遅れてしまうと思います',
        outputs: [
          'ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          'ご検討のご参考になれば幸いです。',
        ],
      },
      {
        text: '役員会の承認を待っていては、キャンペーン価格は適用できなくなります。',
        context: PROSPECT,
        flagged: '役員会の承認を待っていては、キャンペーン価格は適用できなくなります',
        outputs: [
          'ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          'ご検討のご参考になれば幸いです。',
        ],
      },
      {
        text: '優先枠は、11月30日までにお申し込みいただいた企業様のみご用意いたします。',
        context: PROSPECT,
        flagged: '優先枠は、11月30日までにお申し込みいただいた企業様のみご用意いたします',
        outputs: [
          'ご検討の目安として、スケジュールや条件は改めてご相談させていただければ幸いです。',
          'ご検討のご参考になれば幸いです。',
        ],
      },
    ],
  },
  sentence(s, ctx) {
    // Pressure on a client of long standing is not this rule's (the guard ledger records what it would have flagged).
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) {
      const diverted = divertedTo(ctx, 'existing-client');
      if (!diverted) return;
      ctx = diverted;
    }
    if (!s.tokens?.length) return;
    // A list item names a topic, unless it says a whole sentence (・ご回答期限：9月10日 ※期限を過ぎた場合、…できかねます。)
    // or the time after the limit with a loss in it (round 25: | 有効期限 | 本日17時まで（以降は他案件に充当） |).
    const listed = isListOrHeading(s, undefined) && !/(?:ます|ません|です)[。.]?\s*$/.test(s.text);
    const facts = ctx.facts.of(japaneseFacts, s);
    const at = listed ? limitThenLossIn(s, facts, ctx.paragraphBefore(s)) : conditionalLossIn(s, facts, ctx.paragraphBefore(s));
    if (at === undefined) return;
    // This offer expires this Friday. 金曜日を過ぎると、…消滅します。: a restatement of the English sentence before it on
    // its line, one move with it, which the English reading owns.
    if (restatesEnglish(ctx.paragraphBefore(s), s.text)) return ctx.suppressed('restates-english', s.start + at, s.start + bodyEnd(s.text));
    if (inQuotes(quotedRanges(s.text), at, at + 1)) return ctx.suppressed('quoted-words', s.start + at, s.start + bodyEnd(s.text));
    ctx.report({
      start: s.start + at,
      end: s.start + Math.max(at + 1, bodyEnd(s.text)),
      message: CONDITIONAL_LOSS.message.en,
      messageJa: CONDITIONAL_LOSS.message.ja,
      suggestions: CONDITIONAL_LOSS.suggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
    });
  },
});

/**
 * The text before the sentence on its line is an English sentence (Latin words, ended by . ! or ?) that this one
 * restates. A restatement is two monolingual halves; a writer who mixes the languages inside the sentences
 * (I strongly recommend to 決裁 within March. 4月から price table が変わるので…, round 25: AB's ab-a-040) says one
 * thing after another, and the English reading does not own the Japanese sentence's loss.
 */
function restatesEnglish(paragraphBefore: string, text: string): boolean {
  const line = paragraphBefore.slice(paragraphBefore.lastIndexOf('\n') + 1).trimEnd();
  const english = line.slice(line.lastIndexOf('。') + 1);
  return /[.!?]$/.test(line) && /[A-Za-z]{3}/.test(line) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(english) &&
    !/[A-Za-z]{3}/.test(text);
}

import { defineRule } from '../../engine/rule';
import { japaneseFacts, type JaSentenceFacts } from '../../engine/analysis/ja';
import type { Sentence } from '../../engine/types';
import { COLD_OUTREACH } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { alternation, bodyEnd, containsAny } from './lib/text';

/** お問い合わせいただき、/ ご連絡いただいた: the prospect came to us first. Not a request (いただけますと). */
const THEY_CAME_FIRST = new RegExp(
  `(?:${alternation(COLD_OUTREACH.priorContactActions)})(?:を)?(?:いただき(?:、|まして|ありがとう|誠に|大変)|いただいた|頂き(?:、|まして|ありがとう|誠に)|頂いた|くださり|くださった)`,
);

/**
 * A first mail to a prospect that pitches and asks for a meeting with no introduction and no earlier
 * encounter (突然のご連絡失礼いたします → 弊社は… → ご訪問の日程を…). In Japan a first meeting is arranged
 * through someone both sides know; a stranger's meeting request is easy to ignore and hard to recover from.
 * The finding sits on the meeting request (or the sales ask), with advice for the whole pitch.
 */
export default defineRule({
  id: 'ja.cold-outreach.unintroduced-pitch',
  lang: 'ja',
  category: 'cold-outreach',
  severity: 'warning',
  title: { en: 'Cold pitch with a meeting request', ja: '紹介のない売り込みと面談依頼' },
  rationale: {
    en: 'Japanese buyers meet new suppliers through introductions (紹介) — a shared customer, a partner, an event. A stranger who pitches and asks for a meeting in the first mail skips that step; asking a shared contact for an introduction, or sending a short self-introduction that only offers material, opens far more doors.',
    ja: '日本では、新しい取引先とは共通の取引先や展示会などの紹介を通じて出会うのが一般的です。面識のない相手にいきなり売り込み、面談を求めると警戒されます。共通のお取引先に紹介を依頼するか、簡単な自己紹介と資料送付の可否だけを伺う方が、関係の入口になります。',
  },
  audience: ['prospect'],
  examples: {
    valid: [
      {
        text: '突然のご連絡失礼いたします。\n株式会社ABCの山田と申します。\n弊社は物流向けのロボットを提供しております。\nご関心がございましたら、資料をお送りいたしますので、お知らせいただけますと幸いです。',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        text: '初めてご連絡を差し上げます。\n株式会社ヒビキ化成の三宅様よりご紹介をいただきました。\n一度お打ち合わせのお時間をいただけますでしょうか。',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        text: '先日は展示会にて名刺交換の機会をいただき、ありがとうございました。\n一度ご訪問させていただければ幸いです。',
        context: { recipient: 'prospect', firstContact: true },
      },
      {
        text: '突然のご連絡失礼いたします。\n弊社は物流向けのロボットを提供しております。\nご訪問の日程をご相談できれば幸いです。',
        context: { recipient: 'client', firstContact: false },
      },
      {
        text: 'このたびは弊社サービスについてお問い合わせいただき、誠にありがとうございます。\n詳しくご説明したく、30分ほどお打ち合わせのお時間をいただけますでしょうか。',
        context: { recipient: 'prospect', firstContact: true },
      },
    ],
    invalid: [
      {
        text: '突然のメールにて失礼いたします。\nカーゴリフト株式会社の南と申します。\n弊社は自律走行型の搬送ロボットを提供しております。\nぜひ一度、ご訪問の日程をご相談できれば幸いです。',
        context: { recipient: 'prospect', firstContact: true },
        flagged: 'ぜひ一度、ご訪問の日程をご相談できれば幸いです',
        outputs: [
          '突然のメールにて失礼いたします。\nカーゴリフト株式会社の南と申します。\n弊社は自律走行型の搬送ロボットを提供しております。\nご関心がございましたら、まずは簡単な資料をお送りしたく存じますので、ご一報いただけますと幸いです。',
          '突然のメールにて失礼いたします。\nカーゴリフト株式会社の南と申します。\n弊社は自律走行型の搬送ロボットを提供しております。\nもしよろしければ、導入事例をまとめた資料をお送りしてもよろしいでしょうか。',
        ],
      },
      {
        text: '突然のご連絡失礼いたします。\n弊社サービスのご紹介でご連絡いたしました。\n一度お電話でご説明させていただけないでしょうか。\nご連絡いただけますと幸いです。',
        context: { recipient: 'prospect', firstContact: true },
        flagged: '一度お電話でご説明させていただけないでしょうか',
        outputs: [
          '突然のご連絡失礼いたします。\n弊社サービスのご紹介でご連絡いたしました。\nご関心がございましたら、まずは簡単な資料をお送りしたく存じますので、ご一報いただけますと幸いです。\nご連絡いただけますと幸いです。',
          '突然のご連絡失礼いたします。\n弊社サービスのご紹介でご連絡いたしました。\nもしよろしければ、導入事例をまとめた資料をお送りしてもよろしいでしょうか。\nご連絡いただけますと幸いです。',
        ],
      },
    ],
  },
  document(ctx) {
    // 突然のご連絡失礼いたします to a prospect says it is a first contact, whatever the context was told.
    const opened = ctx.recipient === 'prospect' && containsAny(ctx.own, COLD_OUTREACH.openers);
    if (!ctx.firstContact && !opened) return;
    const text = ctx.own;
    if (containsAny(text, COLD_OUTREACH.introductions) || containsAny(text, COLD_OUTREACH.priorContact)) return;
    if (THEY_CAME_FIRST.test(text)) return;
    const japanese = ctx.sentences.filter((s) => s.lang === 'ja');
    const ask =
      japanese.find((s) => containsAny(s.text, COLD_OUTREACH.meetingRequests)) ??
      japanese.find((s) => asksForMeeting(s, ctx.facts.of(japaneseFacts, s))) ??
      japanese.find((s) => containsAny(s.text, COLD_OUTREACH.salesAsks));
    if (!ask) return;
    report(ask);

    function report(s: Sentence): void {
      ctx.report({
        start: s.start,
        end: s.start + bodyEnd(s.text),
        message:
          'A first mail to a stranger that pitches and asks for a meeting, with no introduction. Ask a shared customer to introduce you, or send a short self-introduction that only offers material.',
        messageJa:
          '紹介のない初めての相手に、売り込みと面談依頼をしています。共通のお取引先に紹介を依頼するか、簡単な自己紹介と資料送付の可否だけを伺いましょう。',
        suggestions: COLD_OUTREACH.pitchSuggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
      });
    }
  },
});

/**
 * Ends that ask (〜いただけませんか, 〜でしょうか, 〜と存じます, 〜たく): IPADIC splits some of them so that the
 * facts miss the request (ヒアリングさせていただけませんか reads いた + だけ).
 */
const ASK_END = /(?:ませんか|ないでしょうか|ますでしょうか|いかがでしょうか|ください|幸いです|存じます|たく|できればと[^。]{0,8})[。？?！!]?\s*$/;

/**
 * A request or proposal whose object is a meeting or a call, in any wording: お時間ください, 折り返しお電話
 * ください, 御社に伺いたく存じます. An invitation left to the reader (ご不明な点がございましたらお電話ください)
 * is not an ask.
 */
function asksForMeeting(s: Sentence, f: JaSentenceFacts): boolean {
  const asks = f.acts.includes('request') || f.acts.includes('proposal') || f.predicates.some((p) => p.desire || p.request) || ASK_END.test(s.text);
  const tokens = s.tokens;
  if (!asks || !tokens || containsAny(s.text, COLD_OUTREACH.softConditions)) return false;
  return tokens.some((t, k) => {
    if (t.pos === '動詞') return COLD_OUTREACH.meetingVerbs.includes(t.base);
    // 情報交換 / 事例紹介: IPADIC splits the compound; the pair is the meeting noun.
    if (k > 0 && COLD_OUTREACH.meetingNouns.includes(tokens[k - 1]!.surface + t.surface)) return true;
    // 時間がかかっていませんか: the noun as the subject of another predicate is not what is asked for.
    const next = tokens[k + 1];
    return t.pos === '名詞' && COLD_OUTREACH.meetingNouns.includes(t.surface) && !(next && next.pos === '助詞' && /^(?:が|は|も)$/.test(next.surface));
  });
}

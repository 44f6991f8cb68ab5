import { defineRule } from '../../engine/rule';
import { japaneseFacts, type JaSentenceFacts } from '../../engine/analysis/ja';
import type { Sentence } from '../../engine/types';
import { COLD_OUTREACH } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { alternation, bodyEnd, containsAny } from './lib/text';
import { advisesPurchase, announcesContact, asks, asksForMeeting, booksMeeting, optsOut, asksToConsider, claimsOutcome, promisesToReader, asksForReaction, asksForSale, asksForTheirCall, awaitsReply, pitchStart, problemQuestion, thanksForEncounter } from './lib/cold-outreach';
import { layoutOf } from '../../engine/analysis/layout';
import { OUTREACH } from '../en/lib/outreach';

/** お問い合わせいただき、/ ご連絡いただいた: the prospect came to us first. Not a request (いただけますと). */
const THEY_CAME_FIRST = new RegExp(
  `(?:${alternation(COLD_OUTREACH.priorContactActions)})(?:を)?(?:いただき(?:、|まして|ありがとう|誠に|大変)|いただいた|頂き(?:、|まして|ありがとう|誠に)|頂いた|くださり|くださった)`,
);

/**
 * A first mail to a prospect that pitches and asks for a meeting with no introduction and no earlier
 * encounter (突然のご連絡失礼いたします → 弊社は… → ご訪問の日程を…). In Japan a first meeting is arranged
 * through someone both sides know; a stranger's meeting request is easy to ignore and hard to recover from.
 * The finding covers the pitch, from after the greeting and self-introduction to the meeting request (or the
 * sales ask); the suggestion rewrites the ask only. With no ask, a pitch that opens on the reader's problem as a
 * question (お悩みではないでしょうか) is the finding, and a plain self-introduction replaces the question.
 */
/**
 * The sentence recalls an earlier contact (先日は, 名刺交換, ご面談の機会をいただき…ありがとうございました).
 * A contact phrase that asks for it to happen (ご面談の機会をいただき、…させていただけないでしょうか) is the
 * pitch's ask, not a memory: a て-form いただき in a sentence that asks, with no thanks and nothing past.
 */
function recallsContact(s: Sentence, f: JaSentenceFacts): boolean {
  const phrase = COLD_OUTREACH.priorContact.find((p) => s.text.includes(p));
  if (!phrase) return false;
  const asked = /いただき$/.test(phrase) && asks(s, f) && !f.acts.includes('thanks') && !f.predicates.some((p) => p.past);
  return !asked;
}

/**
 * A person (様, さん, 氏, or a title that honours by itself: 宮内教授, 山本先生, 佐藤社長) as the source of what we
 * heard or were given: 〜様より、…と伺い / 〜さんからご連絡先を / 東都工業大学の宮内教授から、…とお聞きし.
 */
const LEARNED_FROM = /(?:様|さん|氏|先生|教授|准教授|博士|社長|会長|部長|課長|所長|理事長|院長)(?:より|から)/g;
/** Our own side right before the source's title: 弊社部長, 当社の社長. */
const OWN_SIDE_BEFORE = /(?:弊社|当社|私ども|弊社の|当社の)[^\s、。]{0,6}$/;
const HEARD = /伺い|伺っ|お聞きし|お教えいただ|お教え頂|教えていただ|ご連絡先/;

/** Verbs of receiving: 紹介 received (ご紹介をいただいて, ご紹介を受けまして, ご紹介くださった) is an introduction. */
const RECEIVING = new Set(['いただく', '頂く', '受ける', '賜る', 'もらう', 'くださる', '下さる', 'あずかる', '預かる']);

/**
 * The mail says someone introduced us, in any conjugation: the noun 紹介 (with or without ご) followed, across を,
 * by a verb of receiving; or 紹介 marked as the means (山根様のご紹介で).
 */
function introduced(s: Sentence): boolean {
  // 福本様より、…と伺い、ご連絡先をお教えいただきました: a named person as where we learned of them.
  for (const m of s.text.matchAll(LEARNED_FROM)) {
    // 弊社部長より伺い: our own colleague is no introducer.
    if (OWN_SIDE_BEFORE.test(s.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + 42);
    if (HEARD.test(rest.split('。')[0]!)) return true;
  }
  const t = s.tokens ?? [];
  return t.some((x, k) => {
    if (x.pos !== '名詞' || !/^(?:ご)?紹介$/.test(x.surface)) return false;
    const next = t[k + 1]?.surface === 'を' ? t[k + 2] : t[k + 1];
    if (next && next.pos === '動詞' && RECEIVING.has(next.base)) return true;
    // 様のご紹介で / さんからのご紹介により: a person's introduction as the way we came.
    return /(?:様|さん|氏)(?:から|より)?の$/.test(s.text.slice(Math.max(0, x.start - s.start - 6), x.start - s.start).replace(/ご$/, '')) &&
      /^(?:で|により|にて)/.test(s.text.slice(x.end - s.start));
  });
}

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
      // A named contact (a professor, a president) as where we heard of them: an introduction.
      {
        text: 'はじめてご連絡を差し上げます。\n東都大学の宮内教授から、貴社で研修のデジタル化をご検討中とお聞きし、ご連絡いたしました。\nご迷惑でなければ、一度ご挨拶の機会をいただけないでしょうか。',
        context: { recipient: 'prospect', firstContact: true },
      },
    ],
    invalid: [
      {
        text: 'はじめまして。\nネクサス物流の田島と申します。\n弊社は倉庫の在庫をクラウドで管理するサービスを提供しています。\n来週、いつが空いていますか。',
        context: { recipient: 'prospect', firstContact: true },
        flagged: '弊社は倉庫の在庫をクラウドで管理するサービスを提供しています。\n来週、いつが空いていますか',
        outputs: [
          'はじめまして。\nネクサス物流の田島と申します。\n弊社は倉庫の在庫をクラウドで管理するサービスを提供しています。\nご関心がございましたら、まずは簡単な資料をお送りしたく存じますので、ご一報いただけますと幸いです。',
          'はじめまして。\nネクサス物流の田島と申します。\n弊社は倉庫の在庫をクラウドで管理するサービスを提供しています。\nもしよろしければ、導入事例をまとめた資料をお送りしてもよろしいでしょうか。',
        ],
      },
      {
        text: '突然のメールにて失礼いたします。\nカーゴリフト株式会社の南と申します。\n弊社は自律走行型の搬送ロボットを提供しております。\nぜひ一度、ご訪問の日程をご相談できれば幸いです。',
        context: { recipient: 'prospect', firstContact: true },
        flagged: '弊社は自律走行型の搬送ロボットを提供しております。\nぜひ一度、ご訪問の日程をご相談できれば幸いです',
        outputs: [
          '突然のメールにて失礼いたします。\nカーゴリフト株式会社の南と申します。\n弊社は自律走行型の搬送ロボットを提供しております。\nご関心がございましたら、まずは簡単な資料をお送りしたく存じますので、ご一報いただけますと幸いです。',
          '突然のメールにて失礼いたします。\nカーゴリフト株式会社の南と申します。\n弊社は自律走行型の搬送ロボットを提供しております。\nもしよろしければ、導入事例をまとめた資料をお送りしてもよろしいでしょうか。',
        ],
      },
      {
        text: '突然のご連絡失礼いたします。\n弊社サービスのご紹介でご連絡いたしました。\n一度お電話でご説明させていただけないでしょうか。\nご連絡いただけますと幸いです。',
        context: { recipient: 'prospect', firstContact: true },
        flagged: '弊社サービスのご紹介でご連絡いたしました。\n一度お電話でご説明させていただけないでしょうか',
        outputs: [
          '突然のご連絡失礼いたします。\n弊社サービスのご紹介でご連絡いたしました。\nご関心がございましたら、まずは簡単な資料をお送りしたく存じますので、ご一報いただけますと幸いです。\nご連絡いただけますと幸いです。',
          '突然のご連絡失礼いたします。\n弊社サービスのご紹介でご連絡いたしました。\nもしよろしければ、導入事例をまとめた資料をお送りしてもよろしいでしょうか。\nご連絡いただけますと幸いです。',
        ],
      },
      {
        text: '突然のご連絡失礼いたします。\n弊社サービスをご紹介するお時間を上記日時で確保いたしました。\nご都合が悪い場合のみ、ご返信ください。',
        context: { recipient: 'prospect', firstContact: true },
        flagged: '弊社サービスをご紹介するお時間を上記日時で確保いたしました。\nご都合が悪い場合のみ、ご返信ください',
        outputs: [
          '突然のご連絡失礼いたします。\nご関心がございましたら、まずは簡単な資料をお送りしたく存じますので、ご一報いただけますと幸いです。',
          '突然のご連絡失礼いたします。\nもしよろしければ、導入事例をまとめた資料をお送りしてもよろしいでしょうか。',
        ],
      },
      {
        text: 'はじめまして。\nグロース研修の佐藤と申します。\n若手社員の定着にお悩みではないでしょうか。\n弊社の新人研修は、導入企業の離職率を半分にしております。',
        context: { recipient: 'prospect', firstContact: true },
        flagged: '若手社員の定着にお悩みではないでしょうか。\n弊社の新人研修は、導入企業の離職率を半分にしております',
        outputs: [
          'はじめまして。\nグロース研修の佐藤と申します。\n弊社の取り組みを簡単にご紹介させていただきます。\n弊社の新人研修は、導入企業の離職率を半分にしております。',
        ],
      },
    ],
  },
  document(ctx) {
    // 突然のご連絡失礼いたします to a prospect says it is a first contact, whatever the context was told.
    const opened = ctx.recipient === 'prospect' && containsAny(ctx.own, COLD_OUTREACH.openers);
    if (!ctx.firstContact && !opened) return;
    const text = ctx.own;
    if (containsAny(text, COLD_OUTREACH.introductions)) return;
    if (ctx.sentences.some((s) => s.lang === 'ja' && introduced(s))) return;
    // A bilingual mail may say who introduced us in its English half ("Mr. Morikawa kindly introduced us").
    if (ctx.sentences.some((s) => s.lang !== 'ja' && OUTREACH.introductions.test(s.text))) return;
    if (THEY_CAME_FIRST.test(text)) return;
    const japanese = ctx.sentences.filter((s) => s.lang === 'ja');
    const facts = (s: Sentence) => ctx.facts.of(japaneseFacts, s);
    if (japanese.some((s) => recallsContact(s, facts(s)))) return;
    if (japanese.some((s) => thanksForEncounter(s, facts(s)))) return;
    const ask =
      japanese.find((s) => containsAny(s.text, COLD_OUTREACH.meetingRequests)) ??
      japanese.find((s) => asksForMeeting(s, facts(s))) ??
      // …お時間を上記日時で確保いたしました。ご都合が悪い場合のみ、ご返信ください: the meeting booked for them, their
      // yes presumed — the ask in its most presuming form.
      japanese.find((s) => booksMeeting(s, facts(s)) || optsOut(s)) ??
      japanese.find((s) => asksForSale(s, facts(s))) ??
      // 来週改めてお電話させていただきます / ご連絡をお待ちしております: our call announced, their answer awaited.
      japanese.find((s) => announcesContact(s, facts(s)) || awaitsReply(s, facts(s))) ??
      // ご興味がございましたら、お電話をお待ちしております / ご覧になった後でご感想をお聞かせください: a stranger
      // asked to call us, or for their reaction to what we sent.
      japanese.find((s) => asksForTheirCall(s, facts(s)) || asksForReaction(s, facts(s)));
    // With no ask, a pitch that opens on the reader's problem (お困りではありませんか) still presses a stranger.
    const question = japanese.find((s) => (!ask || s.start < ask.start) && problemQuestion(s, facts(s)));
    const opening = ask ? undefined : question;
    // 同業他社様では年間1,200万円のコスト削減を実現しました。…ぜひご検討ください / 今週中にご契約いただくのが安全です:
    // results claimed in figures (or promised to the reader) and a stranger asked to weigh them, or advised to buy.
    const claim = ask || opening ? undefined : japanese.find((s) => claimsOutcome(s, facts(s)));
    const weigh = claim ? japanese.find((s) => s.start >= claim.start && (asksToConsider(s, facts(s)) || advisesPurchase(s) || promisesToReader(s, facts(s)))) : undefined;
    const advice = ask || opening ? undefined : japanese.find((s) => advisesPurchase(s));
    const target = ask ?? opening ?? weigh ?? advice;
    if (!target) return;
    // The whole pitch is the finding, from after the greeting and self-introduction to the ask; the
    // suggestion rewrites only the ask (or the problem question), so the seller's description stays.
    const layout = layoutOf(ctx);
    const from = pitchStart(ctx.sentences, target, layout.bodyStart);
    // 上記日時で確保いたしました。ご都合が悪い場合のみ、ご返信ください: the opt-out after a booked meeting is the
    // same presumption; the finding and the rewrite take it with the booking.
    const after = ask ? japanese[japanese.indexOf(target) + 1] : undefined;
    const end = after && !optsOut(target) && optsOut(after) ? after.start + bodyEnd(after.text) : target.start + bodyEnd(target.text);
    // With no ask, the pitch runs on from the problem question through the claims about us right after it
    // (弊社は…を保有しており、最短2週間で…が可能です): the finding covers them; the suggestion still edits the question.
    let pitchEnd = end;
    if (!ask) {
      for (const s of japanese.filter((x) => x.start > target.start)) {
        const f = facts(s);
        if (!(f.agent === 'ours' || f.subjects.some((x) => x.side === 'ours')) || asks(s, f) || f.question) break;
        pitchEnd = s.start + bodyEnd(s.text);
      }
    }
    const replacements = ask ? COLD_OUTREACH.pitchSuggestions : COLD_OUTREACH.openingSuggestions;
    ctx.report({
      start: from.start,
      end: pitchEnd,
      message:
        'A first mail to a stranger that pitches and asks for a meeting, with no introduction. Ask a shared customer to introduce you, or send a short self-introduction that only offers material.',
      messageJa:
        '紹介のない初めての相手に、売り込みと面談依頼をしています。共通のお取引先に紹介を依頼するか、簡単な自己紹介と資料送付の可否だけを伺いましょう。',
      // A problem question before the ask goes too, or the corrected mail would still open on it.
      suggestions: replacements.map((x) => ({
        ...suggestion(x.text, x.label, x.labelJa),
        edits: [
          ...(ask && question ? [{ start: question.start, end: question.start + bodyEnd(question.text), text: COLD_OUTREACH.openingSuggestions[0]!.text }] : []),
          { start: target.start, end, text: x.text },
        ],
      })),
    });
  },
});

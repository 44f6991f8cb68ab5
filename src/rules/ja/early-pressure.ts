import { japaneseFacts, type JaSentenceFacts } from '../../engine/analysis/ja';
import { defineRule, divertedTo, tracing, type RuleContext } from '../../engine/rule';
import { textFact } from '../../engine/analysis/facts';
import type { Sentence, Token } from '../../engine/types';
import { PRESSURE } from './lib/dictionaries';
import {
  advisedCommitment, approvalRushed, commitmentByDate, compileEntry, delayDiscouraged, entryMatches, lossIfWaiting, nowOrNever, offerLimitedToDecision, offerPeriodEnds, othersDeciding, othersInterested, rewardForDeciding, scarcityHurry, withdrawalOnDelay,
} from './lib/pressure';
import { capacityRunsOut, closingHurry, dateIsLast, decisionOnTheSpot, firstDecidersServed, rivalInterest, yesBeforeProcess } from './lib/pressure-scarce';
import { suggestion } from './lib/suggest';
import { bodyEnd, clauseStart, containsAny, firstIndexOfAny, inQuotes, isListOrHeading, quotedRanges } from './lib/text';

const ENTRIES = PRESSURE.entries.flatMap((e) => (e.pattern ? [{ ...e, compiled: compileEntry({ ...e, pattern: e.pattern }) }] : []));

/**
 * Ultimatums, time pressure and scarcity (本日中にご回答ください, 至急, 〜までにご契約いただけない場合は…,
 * 残り2社のみ, 最終のご案内) early in a relationship — to a prospect, or on a first contact. A Japanese buyer decides by internal
 * consensus (稟議); pressure reads as disrespect for that process and often ends the conversation.
 * A deadline tied to the client's own schedule, or a quote's validity period, is information, not pressure.
 */
export default defineRule({
  id: 'ja.pressure.early-pressure',
  lang: 'ja',
  category: 'pressure',
  severity: 'warning',
  title: { en: 'Pressure early in a relationship', ja: '関係の初期での催促・期限の押し付け' },
  rationale: {
    en: 'Japanese companies decide by consensus (根回し, 稟議), which takes time. Deadlines, ultimatums and “final notices” sent to a prospect read as disrespect for that process and make the buyer wary of the seller.',
    ja: '日本企業の意思決定は根回しや稟議を経るため時間がかかります。関係の浅いお客様に期限や条件を突き付けると、その過程を軽んじていると受け取られ、警戒される原因になります。',
  },
  audience: ['client', 'prospect'],
  // A push for a reply inside a chase of an unanswered pitch (ご返答がない場合は改めてお電話いたします) is the
  // chase's: the prospect has not engaged yet, so it is cold outreach, not pressure on a decision in progress.
  // Round 25: a hurry whose reason is a scarcity (今月の導入枠はあと2社のみですので、早めにご連絡ください) presses the
  // decision with a scarce thing as well: a second act beside the chase, reported as its own (Report.ownAct).
  yieldsTo: ['ja.cold-outreach.pushy-follow-up'],
  examples: {
    valid: [
      // Round 25: a chase with a bare count that is no scarcity (the chase is cold outreach's).
      { text: '先週お送りしたご提案書、ご覧いただけましたでしょうか。\n担当が2名おりますので、ご都合のよいときにご連絡ください。', context: { recipient: 'prospect' } },
      // Round 25: the scarcity with the time given back; a decision as the object with no time limit.
      { text: '残り3枠となっておりますが、ご検討はどうぞごゆっくりお進めください。', context: { recipient: 'prospect' } },
      { text: '内示をいただければ、すぐに手配いたします。', context: { recipient: 'prospect' } },
      { text: 'お見積りの有効期限は30日間ですので、ご都合のよいときにご検討ください。', context: { recipient: 'prospect' } },
      { text: 'ご希望の納期に間に合わせるため、5月20日までにご発注いただけますと幸いです。', context: { recipient: 'prospect' } },
      { text: '本見積の有効期限は発行日より30日間とさせていただきます。', context: { recipient: 'prospect' } },
      { text: '本日中にお見積りをお送りいたします。', context: { recipient: 'prospect' } },
      { text: '至急確認いたします。', context: { recipient: 'prospect' } },
      { text: '至急手配いたしますので、ご安心ください。', context: { recipient: 'prospect' } },
      { text: '本日中にご回答ください。', context: { recipient: 'client', firstContact: false } },
      { text: '至急確認のうえ、ご連絡いたします。', context: { recipient: 'prospect' } },
      { text: '残りの作業は今週中に完了いたします。', context: { recipient: 'prospect' } },
      { text: '作業も残りわずかとなりました。', context: { recipient: 'prospect' } },
      { text: 'お早めにご連絡いただければ、ご希望の日程で調整いたします。', context: { recipient: 'prospect' } },
      { text: '3月末までにご発注いただいた分は、現行価格でお届けいたします。', context: { recipient: 'prospect' } },
      { text: '来週までにご回答いただく必要はございませんので、ごゆっくりご検討ください。', context: { recipient: 'prospect' } },
      { text: 'お申し込みの期限は特にございませんので、ご都合のよい時期にお試しください。', context: { recipient: 'prospect' } },
      { text: 'ご発注の期限はございません。', context: { recipient: 'prospect' } },
      { text: '在庫には限りがございますが、追加生産も可能ですので、どうぞお急ぎにならず、社内でご検討ください。', context: { recipient: 'prospect' } },
      { text: '本品は数量限定となっておりますが、貴社の試作に必要な量は確保しておりますので、ご安心ください。', context: { recipient: 'prospect' } },
      { text: '本日中のご返答でなくても問題ございませんので、社内でご確認のうえご連絡ください。', context: { recipient: 'prospect' } },
      { text: '今すぐにご契約をお決めいただかなくても、まずはお試しいただければと存じます。', context: { recipient: 'prospect' } },
      { text: '他社様の導入事例をご紹介いたします。', context: { recipient: 'prospect' } },
      { text: 'キャンペーンの詳細は添付資料をご覧ください。', context: { recipient: 'prospect' } },
      { text: '今月中のご契約で、初期費用を無料にいたします。', context: { recipient: 'client', firstContact: false } },
      { text: '初期費用0円のプランもございます。', context: { recipient: 'prospect' } },
      { text: '4月1日より単価が1,200円から1,300円となります。', context: { recipient: 'prospect' } },
      // Round 22: advice with no commitment in it; a limited edition announced (the count names the product).
      { text: 'まずは資料をご覧いただくことをおすすめします。', context: { recipient: 'prospect' } },
      { text: 'この度、日本市場向けに限定300本のカスクストレングスをご用意しました。', context: { recipient: 'prospect' } },
      // Round 23: a head count, not a time, before までしか; capacity told with an offer to plan together; a case study.
      { text: '2月開始の場合、現時点では2名までしかご用意できない状況です。', context: { recipient: 'prospect' } },
      { text: '6月以降はエンジニアの手配が混み合う見込みですが、ご希望の時期に合わせて体制を調整いたしますので、ご相談させてください。', context: { recipient: 'prospect' } },
      { text: '他のお客様の導入事例を添付いたしますので、ご参考になれば幸いです。', context: { recipient: 'prospect' } },
      { text: '夏季休業のため、8月10日から16日まではご対応ができなくなります。', context: { recipient: 'prospect' } },
      // Round 24: our own act by a bracketed date; other companies' use received with thanks (a reference).
      { text: 'お見積りは12月4日（金）までにお送りいたします。', context: { recipient: 'prospect' } },
      { text: '他社様でも導入いただいております。', context: { recipient: 'prospect' } },
    ],
    invalid: [
      {
        // Round 25: a quote's validity given as the reason for a hurried decision is the seller's clock.
        text: '有効期限が明日までとなっておりますので、至急ご判断をお願いいたします。',
        context: { recipient: 'prospect' },
        flagged: '有効期限が明日までとなっておりますので、至急',
        outputs: ['有効期限が明日までとなっておりますので、お手すきの際にご判断をお願いいたします。', '有効期限が明日までとなっておりますので、お手数ですが、ご判断をお願いいたします。'],
      },
      {
        // Round 25 (zja-b-003): the decision as the object before the time limit.
        text: 'ご発注を今日中にいただけますか。',
        context: { recipient: 'prospect' },
        flagged: '今日中に',
        outputs: ['ご発注をご都合のよいときにいただけますか。', 'ご発注をお手すきの際にいただけますか。'],
      },
      {
        // Round 25 (dp-037): the price held only for their act by a near date.
        text: 'まずは内示だけでも今週中に頂戴できれば、価格は確保いたします。',
        context: { recipient: 'prospect' },
        flagged: 'まずは内示だけでも今週中に頂戴できれば、価格は確保いたします',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', 'ご検討のご参考になれば幸いです。'],
      },
      {
        // Round 23: another buyer after the same thing, stated.
        text: '実は、同じチームについて他社様からもお問い合わせをいただいております。',
        context: { recipient: 'prospect' },
        flagged: '実は、同じチームについて他社様からもお問い合わせをいただいております',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', 'ご検討のご参考になれば幸いです。'],
      },
      {
        // Round 23: our capacity gone from a near time.
        text: '6月以降はエンジニアの空きがなくなり、ご提案できる体制が組めなくなります。',
        context: { recipient: 'prospect' },
        flagged: '6月以降はエンジニアの空きがなくなり、ご提案できる体制が組めなくなります',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', '確保できる期間には限りがございますが、ご都合のよいときにご検討いただけますと幸いです。'],
      },
      {
        // Round 23: advice to hold a slot by a date.
        text: '今のうちにラインを押さえておくことを強くおすすめします。',
        context: { recipient: 'prospect' },
        flagged: '今のうちにラインを押さえておくことを強くおすすめします',
        outputs: ['ご検討のご参考になれば幸いです。', 'ご都合のよい時期にご検討いただけますと幸いです。'],
      },
      {
        // Round 22: advice whose content is a commitment brought ahead of their approval.
        text: '社内のご稟議が間に合わないようでしたら、まずは仮契約だけでも先に進めることをおすすめします。',
        context: { recipient: 'prospect' },
        flagged: '社内のご稟議が間に合わないようでしたら、まずは仮契約だけでも先に進めることをおすすめします',
        outputs: ['ご稟議に必要な資料がございましたら、お気軽にお申し付けください。', '社内でのご検討のご参考になれば幸いです。'],
      },
      {
        // Round 22: the same advice under a time limit, no approval named.
        text: 'まずは仮予約だけでも今週中に入れておかれることをおすすめいたします。',
        context: { recipient: 'prospect' },
        flagged: 'まずは仮予約だけでも今週中に入れておかれることをおすすめいたします',
        outputs: ['ご検討のご参考になれば幸いです。', 'ご都合のよい時期にご検討いただけますと幸いです。'],
      },
      {
        text: '講師の予定が埋まりつつあるため、明後日までにご決定いただけない場合はお約束いたしかねます。',
        context: { recipient: 'prospect' },
        flagged: '明後日までにご決定いただけない場合はお約束いたしかねます',
        outputs: [
          '講師の予定が埋まりつつあるため、お早めにご検討いただけますと幸いです。',
          '講師の予定が埋まりつつあるため、ご検討のほど、よろしくお願いいたします。',
        ],
      },
      {
        text: '本日中にご回答ください。',
        context: { recipient: 'prospect' },
        flagged: '本日中に',
        outputs: ['ご都合のよいときにご回答ください。', 'お手すきの際にご回答ください。'],
      },
      {
        text: '至急ご返信をお願いいたします。',
        context: { recipient: 'client', firstContact: true },
        flagged: '至急',
        outputs: ['お手すきの際にご返信をお願いいたします。', 'お手数ですが、ご返信をお願いいたします。'],
      },
      {
        text: 'モニター枠は残り3社となっておりますので、お早めにお申し込みください。',
        context: { recipient: 'prospect' },
        flagged: 'モニター枠は残り3社となっておりますので、お早めにお申し込みください',
        outputs: [
          'ご関心がございましたら、お気軽にお知らせください。',
          'ご用意できる枠には限りがございますが、ご都合のよいときにご検討いただけますと幸いです。',
        ],
      },
      {
        text: '至急ご検討のうえ、ご返答をお願いいたします。',
        context: { recipient: 'prospect' },
        flagged: '至急',
        outputs: ['お手すきの際にご検討のうえ、ご返答をお願いいたします。', 'お手数ですが、ご検討のうえ、ご返答をお願いいたします。'],
      },
      {
        text: '至急、ご契約書にご署名のうえご返送ください。',
        context: { recipient: 'prospect' },
        flagged: '至急',
        outputs: ['お手すきの際に、ご契約書にご署名のうえご返送ください。', 'お手数ですが、ご契約書にご署名のうえご返送ください。'],
      },
      {
        text: 'このお値段は今月限りですので、お早めにご決断ください。',
        context: { recipient: 'prospect' },
        // Round 23: the reason clause before the hurry is part of the push; the suggestion keeps it.
        flagged: 'このお値段は今月限りですので、お早めに',
        outputs: ['このお値段は今月限りですので、ご都合のよいときにご決断ください。', 'このお値段は今月限りですので、ご検討のうえ、ご決断ください。'],
      },
      {
        text: '12月20日までにご発注いただければ、10%お値引きいたします。',
        context: { recipient: 'prospect' },
        flagged: '12月20日までにご発注いただければ、10%お値引きいたします',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', 'ご検討のご参考になれば幸いです。'],
      },
      {
        text: '本日中にご発注いただけましたら、初期費用150,000円を0円にいたします。',
        context: { recipient: 'prospect' },
        flagged: '本日中にご発注いただけましたら、初期費用150,000円を0円にいたします',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', 'ご検討のご参考になれば幸いです。'],
      },
      {
        text: 'キャンペーン期間は今月末までとなっております。',
        context: { recipient: 'prospect' },
        flagged: 'キャンペーン期間は今月末までとなっております',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', 'ご検討のご参考になれば幸いです。'],
      },
      {
        text: '同業他社様も続々と導入を決められています。',
        context: { recipient: 'prospect' },
        flagged: '同業他社様も続々と導入を決められています',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', 'ご検討のご参考になれば幸いです。'],
      },
      {
        text: '今を逃すと、次回の募集は未定です。',
        context: { recipient: 'prospect' },
        flagged: '今を逃すと、次回の募集は未定です',
        outputs: ['ご関心がございましたら、お気軽にお知らせください。', 'ご検討のご参考になれば幸いです。'],
      },
      {
        text: '【最終のご案内】導入キャンペーンについて',
        context: { recipient: 'prospect' },
        flagged: '最終のご案内',
        outputs: ['【改めてのご案内】導入キャンペーンについて'],
      },
    ],
  },
  readsPrevious: true,
  /**
   * The statements the sentence hook leaves (a count left, an offer's end, nothing asked in their sentence),
   * reported with a sentence beside them in the paragraph that makes a demand of its own (今月中にお申し込みいただけ
   * なければ…, 2月5日までにお申し込みがない場合は…) as one finding: the statement is the demand's reason, and
   * writers mark the push on either (round 20: five drafts of set T marked the demand alone).
   */
  document(ctx) {
    // Pressure on a client of long standing is not this rule's (the guard ledger records what it would have flagged).
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) {
      const diverted = divertedTo(ctx, 'existing-client');
      if (!diverted) return;
      ctx = diverted;
    }
    const japanese = ctx.sentences.filter((x) => x.lang === 'ja' && x.tokens);
    japanese.forEach((s, k) => {
      if (!ctx.facts.of(STATEMENT_CUE, s)) return;
      const previous = japanese[k - 1];
      const span = statementIn(s, ctx.facts.of(japaneseFacts, s), previous);
      if (!span) return;
      const next = japanese[k + 1];
      const demands = (n: Sentence | undefined, a: Sentence, b: Sentence) =>
        !!n && !/\n[ \t\u3000]*\n/.test(ctx.text.slice(a.end, b.start)) && demandIn(n, ctx.facts.of(japaneseFacts, n));
      // Beside a demand, one finding over both: the statement keeps its underline and the push is read whole,
      // whichever of the two a reader takes for the pressure.
      // A rival's interest or our capacity gone joins the demand beside it even when stressed (デモ機は1台のみで、…).
      const calm = !EMPHATIC.test(s.text) || !!span.joins;
      const start = calm && previous && demands(previous, previous, s) ? previous.start : s.start + span.start;
      const end = calm && next && demands(next, s, next) ? next.start + bodyEnd(next.text) : s.start + span.end;
      const e = PRESSURE.entries.find((x) => x.id === span.id)!;
      ctx.report({
        start,
        end,
        message: e.message.en,
        messageJa: e.message.ja,
        suggestions: e.suggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
      });
    });
  },
  sentence(s, ctx, previous) {
    // Pressure on a client of long standing is not this rule's (the guard ledger records what it would have flagged).
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) {
      const diverted = divertedTo(ctx, 'existing-client');
      if (!diverted) return;
      ctx = diverted;
    }
    const quotes = quotedRanges(s.text);
    const drop = (guard: string, at: number, end: number) => ctx.suppressed(guard, s.start + at, s.start + end);
    if ((containsAny(s.text, PRESSURE.clientSchedule) || CLIENT_PURPOSE.test(s.text)) && !validityAsReason(s.text)) {
      if (tracing(ctx)) for (const e of ENTRIES) for (const [at, end] of entryMatches(e.compiled, s.text)) drop('client-schedule', at, end);
      // 年内発売に間に合う生産枠は6月末で締め切りますので、お早めにどうぞ: their launch named, but the push is our slot
      // closing on our date, given as the reason for a hurry.
      const closing = s.tokens && !isListOrHeading(s, previous) ? closingHurry(s, s.tokens) : undefined;
      if (closing && !inQuotes(quotes, closing[0], closing[1])) reportEntry(ctx, s, 'scarcity-hurry', closing);
      return;
    }
    const reported: Array<[number, number]> = [];
    // 見学枠は残り2名分となっております / 割引は3月末で終了いたします: a statement of what is left or when an offer
    // ends, with nothing in its sentence that asks. It is judged with its neighbours (the document hook): next to a
    // demand of its own (…までにお申し込みがない場合は…), the demand is the push and the statement its reason.
    const facts0 = s.tokens ? ctx.facts.of(japaneseFacts, s) : undefined;
    const asksHere = !facts0 || asksInSentence(s, facts0);
    let deferred = false;
    for (const e of ENTRIES) {
      if (!asksHere && STATEMENT_ENTRIES.has(e.id) && entryMatches(e.compiled, s.text).length) {
        deferred = true;
        continue;
      }
      for (const [at, end] of entryMatches(e.compiled, s.text)) {
        if (waivedAfter(s.text, end)) {
          drop('waived-after', at, end);
          continue;
        }
        // 2月開始の場合、現時点では2名までしかご用意できない状況です: a head count before までしか, not a time.
        if (e.id === 'only-until' && /[0-9０-９一二三四五六七八九十][名人台個件社本枚部点組]$/.test(s.text.slice(0, at))) continue;
        // 数量限定となっておりますが、…必要な量は確保しておりますので、ご心配には及びません: the scarcity lifted for them.
        if (e.id.startsWith('scarcity') && REASSURED.test(s.text.slice(end))) {
          drop('reassured-after', at, end);
          continue;
        }
        // Headings are fine to flag for 最終のご案内; other pressure lives in sentences.
        if (e.scope === 'clause' && isListOrHeading(s, previous)) {
          drop('list-or-heading', at, end);
          continue;
        }
        const start = e.scope === 'clause' ? clauseStart(s.text, at) : at;
        const stop = e.scope === 'clause' ? Math.max(end, bodyEnd(s.text)) : end;
        // One finding per stretch of text: an ultimatum may match twice (〜ない場合は…みなします).
        if (reported.some(([a, b]) => start < b && stop > a)) continue;
        reported.push([start, stop]);
        // …ので、お急ぎください: the reason before a hurry is part of the push (widened, the suggestion keeps it).
        const from = e.scope === 'clause' || e.id === 'final-notice' ? start : withReason(s.text, start);
        ctx.report({
          start: s.start + from,
          end: s.start + stop,
          ...(STATEMENT_ENTRIES.has(e.id) || (from < start && scarceReason(s.text.slice(from, start))) ? { ownAct: true } : {}),
          message: e.message.en,
          messageJa: e.message.ja,
          // 至急、… → お手数ですが、… : a suggestion that brings its own 、 drops the one already there.
          suggestions: e.suggestions.map((x) =>
            suggestion(s.text.slice(from, start) + (/^[、，]/.test(s.text.slice(stop)) ? x.text.replace(/[、，]$/, '') : x.text), x.label, x.labelJa),
          ),
        });
      }
    }
    if (reported.length || deferred || !s.tokens) return;
    const facts = ctx.facts.of(japaneseFacts, s);
    // 4月以降はこの条件をお約束できかねますので、今月中にご決定いただくのが賢明かと存じます: a loss later given as the
    // reason for the hurried decision is one push over the whole sentence — the time limit alone would leave its
    // negated promise to read as a refusal.
    const loss = lossIfWaiting(s, facts);
    if (loss && LOSS_AS_REASON.test(s.text) && !inQuotes(quotes, loss[0], loss[1]) && !isListOrHeading(s, previous) && !waivedAfter(s.text, 0)) {
      const e = PRESSURE.entries.find((x) => x.id === 'loss-if-waiting')!;
      ctx.report({
        start: s.start + loss[0],
        end: s.start + Math.max(loss[0] + 1, bodyEnd(s.text)),
        message: e.message.en,
        messageJa: e.message.ja,
        suggestions: e.suggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
      });
      return;
    }
    const limit = decisionUnderDeadline(s, s.tokens, facts);
    if (limit && !inQuotes(quotes, limit[0], limit[1]) && !waivedAfter(s.text, limit[1])) {
      const e = ENTRY_OF.sameDay;
      const from = withReason(s.text, limit[0]);
      ctx.report({
        start: s.start + from,
        end: s.start + limit[1],
        ...(from < limit[0] && scarceReason(s.text.slice(from, limit[0])) ? { ownAct: true } : {}),
        message: e.message.en,
        messageJa: e.message.ja,
        suggestions: e.suggestions.map((x) => suggestion(s.text.slice(from, limit[0]) + x.text, x.label, x.labelJa)),
      });
      return;
    }
    // ほかに2社様からもお問い合わせが…。確保をご希望でしたら、明後日までに手付金を…: a rival's interest and a
    // near time limit on their commitment, in one sentence or two adjacent ones — a race set by the seller.
    const race = rivalRace(s, previous);
    if (race && !inQuotes(quotes, race[0], race[1]) && !isListOrHeading(s, previous)) {
      const e = ENTRY_OF.race;
      ctx.report({
        start: s.start + clauseStart(s.text, race[0]),
        end: s.start + Math.max(race[1], bodyEnd(s.text)),
        message: e.message.en,
        messageJa: e.message.ja,
        suggestions: e.suggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
      });
      return;
    }
    // A benefit for deciding by a date, an offer period's end, other companies deciding: read from the tokens.
    for (const [id, read] of STRUCTURAL) {
      const span = read(s, s.tokens, facts);
      if (!span) continue;
      if (inQuotes(quotes, span[0], span[1]) || isListOrHeading(s, previous)) {
        drop(inQuotes(quotes, span[0], span[1]) ? 'quoted-words' : 'list-or-heading', span[0], span[1]);
        continue;
      }
      if (STATED.has(read) && !asksHere) return;
      reportEntry(ctx, s, id, span);
      return;
    }
    const lapse = offerLapses(s.text, facts);
    if (lapse >= 0 && !inQuotes(quotes, lapse, lapse + 1) && !isListOrHeading(s, previous)) {
      const e = ENTRY_OF.onlyUntil;
      const start = clauseStart(s.text, lapse);
      ctx.report({
        start: s.start + start,
        end: s.start + bodyEnd(s.text),
        message: e.message.en,
        messageJa: e.message.ja,
        suggestions: e.suggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
      });
    }
  },
});

/**
 * 他のお客様からも同じ製作枠の引き合いが来ておりますので、お早めのご判断を…: where a hurry at `at` is pressed by a reason
 * clause before it in the sentence (ので / ため / から + 、), the reason's start (writers mark either); else `at`.
 */
function withReason(text: string, at: number): number {
  const before = text.slice(0, at);
  const reasons = [...before.matchAll(/(?:ので|ため|から)[、，]/g)];
  const last = reasons[reasons.length - 1];
  if (!last || last.index + last[0].length < before.trimEnd().length - 1) return at;
  // The reason clause only: from after the 、 or 。 before it (今月末までのご契約で…無料となり、| 来月以降は…ので、今週中に).
  const stop = Math.max(before.lastIndexOf('、', last.index), before.lastIndexOf('，', last.index), before.lastIndexOf('。', last.index));
  const from = stop + 1;
  return from + (text.slice(from).length - text.slice(from).trimStart().length);
}

/** Readings whose push is a lever on the decision (a scarce thing, a rival, an offer closing), not a bare hurry. */
const LEVERS = new Set(['scarcity-hurry', 'others-deciding', 'loss-if-waiting', 'first-come', 'offer-period', 'offer-limited']);

/** A count of what is left (あと2社, 残り3枠) or a count that is all there is (2社のみ, 5台限り). */
const LEFT_COUNT = /(?:残り|あと)[0-9０-９一二三四五六七八九十]{1,4}(?:[社名枠席組台個件本部]|区画|セット)|[0-9０-９一二三四五六七八九十]{1,4}(?:[社名枠席組台個件本部]|区画|セット)様?分?(?:のみ|だけ|限り|限定)/;

/** The reason clause before a hurry states what is left (あと2社のみ, 残り1枠, 先着10社): a scarce thing of its own. */
function scarceReason(reason: string): boolean {
  return LEFT_COUNT.test(reason) || ENTRIES.some((e) => STATEMENT_ENTRIES.has(e.id) && entryMatches(e.compiled, reason).length > 0);
}

/** Reports entry `id` of pressure.json over `span` of the sentence (relative), to the end of its body. */
function reportEntry(ctx: RuleContext, s: Sentence, id: string, span: [number, number]): void {
  const e = PRESSURE.entries.find((x) => x.id === id)!;
  ctx.report({
    start: s.start + clauseStart(s.text, span[0]),
    end: s.start + Math.max(span[0] + 1, bodyEnd(s.text)),
    // A scarce thing, a rival or a closing offer presses the decision: an act beside any chase in the sentence.
    ...(LEVERS.has(id) ? { ownAct: true } : {}),
    message: e.message.en,
    messageJa: e.message.ja,
    suggestions: e.suggestions.map((x) => suggestion(x.text, x.label, x.labelJa)),
  });
}

/** Entries that state what is left (残り2社, 残席わずか, 先着10社, 限定5台) rather than ask anything. */
const STATEMENT_ENTRIES = new Set(['scarcity', 'scarcity-seats', 'scarcity-stock', 'scarcity-first', 'scarcity-limited-count']);
/** Cheap gate for the document hook: words any statement reading needs. */
const STATEMENT_CUE = textFact('ja.pressure.early-pressure/statement-cue', (text) => /残|限定|先着|限り|終了|締|まで|期間|期限|埋ま|在庫|枠|他|別|ほか|競合|同業|以降|以後|後|から|明け|過ぎ|入り|入る/.test(text) || containsAny(text, PRESSURE.offerNouns));
/** A statement stressed as running out (しか, のみ, わずか): a push of its own, underlined even beside a demand. */
const EMPHATIC = /しか|のみ|だけ|わずか|僅か|もう|つつ|どんどん|急速|続々|[!！]/;
/** A condition on their not deciding: 〜ない場合 / 〜なければ / 〜なかったら. */
const NOT_DECIDED = /(?:ない|なかった)(?:場合|とき|ようで)|なければ|なかったら|ないと[、，]/;

/** The sentence asks something of the reader itself: a request, a hurry word, a condition, or a push of its own. */
function asksInSentence(s: Sentence, f: JaSentenceFacts): boolean {
  if (f.acts.includes('request') || f.question || NOT_DECIDED.test(s.text) || /至急/.test(s.text)) return true;
  if (PRESSURE.hurryWords.some((h) => s.text.includes(h))) return true;
  return ENTRIES.some((e) => !STATEMENT_ENTRIES.has(e.id) && entryMatches(e.compiled, s.text).length > 0);
}

/** A demand on their decision in the sentence: an ultimatum, a time limit on their decision, a withdrawal threatened. */
function demandIn(s: Sentence, f: JaSentenceFacts): boolean {
  if (containsAny(s.text, PRESSURE.clientSchedule)) return false;
  if (ENTRIES.some((e) => !STATEMENT_ENTRIES.has(e.id) && e.id !== 'final-notice' && entryMatches(e.compiled, s.text).some(([, end]) => !waivedAfter(s.text, end)))) return true;
  if (!s.tokens) return false;
  return !!decisionUnderDeadline(s, s.tokens, f) || !!withdrawalOnDelay(s, s.tokens, f) || !!rewardForDeciding(s, s.tokens) || !!offerLimitedToDecision(s, s.tokens);
}

/**
 * The statement the sentence hook deferred, as it would have reported it: a statement entry's clause, or an offer
 * period's end when no other reading comes first. Relative to the sentence.
 */
function statementIn(s: Sentence, f: JaSentenceFacts, previous: Sentence | undefined): { id: string; start: number; end: number; joins?: boolean } | undefined {
  if (!s.tokens || containsAny(s.text, PRESSURE.clientSchedule) || CLIENT_PURPOSE.test(s.text) || asksInSentence(s, f)) return undefined;
  if (isListOrHeading(s, previous)) return undefined;
  for (const e of ENTRIES) {
    if (!STATEMENT_ENTRIES.has(e.id)) continue;
    for (const [at, end] of entryMatches(e.compiled, s.text)) {
      if (waivedAfter(s.text, end) || REASSURED.test(s.text.slice(end))) continue;
      return { id: e.id, start: clauseStart(s.text, at), end: Math.max(end, bodyEnd(s.text)) };
    }
  }
  // The sentence hook's readings before the offer period, in its order: any of them is reported there instead.
  const quotes = quotedRanges(s.text);
  if (lossIfWaiting(s, f) || decisionUnderDeadline(s, s.tokens, f) || rivalRace(s, previous)) return undefined;
  for (const [id, read] of STRUCTURAL) {
    const span = read(s, s.tokens, f);
    if (!span || inQuotes(quotes, span[0], span[1])) continue;
    if (!STATED.has(read)) return undefined;
    return { id, start: clauseStart(s.text, span[0]), end: Math.max(span[0] + 1, bodyEnd(s.text)), joins: read !== offerPeriodEnds };
  }
  return undefined;
}

type Reading = (s: Sentence, tokens: readonly Token[], f: JaSentenceFacts) => [number, number] | undefined;
const rivalRead: Reading = (s) => rivalInterest(s);
const capacityRead: Reading = (s, _t, f) => capacityRunsOut(s, f);
/**
 * Readings that state (an offer's end, another buyer's interest, our capacity gone from a date) rather than ask: with
 * nothing asked in their sentence they are judged with their neighbours (the document hook), one finding with a
 * demand beside them — writers mark either (round 23: the rival's interest stated, the ultimatum after it labelled).
 */
const STATED: ReadonlySet<Reading> = new Set([offerPeriodEnds, rivalRead, capacityRead]);

const STRUCTURAL: Array<[string, (s: Sentence, tokens: readonly Token[], f: JaSentenceFacts) => [number, number] | undefined]> = [
  ['withdrawal-threat', withdrawalOnDelay],
  ['reward-for-deciding', rewardForDeciding],
  ['offer-limited', offerLimitedToDecision],
  ['offer-period', offerPeriodEnds],
  ['others-deciding', (s) => othersDeciding(s)],
  // Round 23: another buyer after the same thing, our capacity gone from a near time, a slot closing as the reason
  // for a hurry, the first to decide served first, a decision asked at the meeting itself (lib/pressure-scarce.ts).
  ['others-deciding', rivalRead],
  ['loss-if-waiting', capacityRead],
  ['scarcity-hurry', closingHurry],
  ['first-come', (s) => firstDecidersServed(s)],
  ['now-or-never', (s) => decisionOnTheSpot(s)],
  ['approval-rushed', (s) => yesBeforeProcess(s)],
  ['deadline-demand', dateIsLast],
  ['scarcity-hurry', (s, _t, f) => scarcityHurry(s, f)],
  ['loss-if-waiting', (s, _t, f) => lossIfWaiting(s, f)],
  ['now-or-never', nowOrNever],
  ['approval-rushed', approvalRushed],
  ['advised-commitment', advisedCommitment],
  ['delay-discouraged', (s, _t, f) => delayDiscouraged(s, f)],
];

/** A negated promise or offer of ours as the loss (お約束できかねます, 保証はございません, ご提供できなくなります). */
const LOSS_AS_REASON = /(?:お約束|保証|ご提供|ご提示|ご用意)[^。、]{0,6}?(?:でき|いたし)?(?:かね|ませ|なくな)|保証は(?:ござい|あり)ません/;

const ENTRY_OF = {
  sameDay: PRESSURE.entries.find((e) => e.id === 'same-day-answer')!,
  onlyUntil: PRESSURE.entries.find((e) => e.id === 'only-until')!,
  race: PRESSURE.entries.find((e) => e.id === 'others-and-deadline')!,
};

/**
 * Other buyers' interest and a time limit on the prospect's commitment, in this sentence or with the previous one
 * (either order). Returns the span to flag in this sentence: the time limit, or the rivals when they come second.
 */
function rivalRace(s: Sentence, previous: Sentence | undefined): [number, number] | undefined {
  if (!s.tokens) return undefined;
  const limit = commitmentByDate(s, s.tokens);
  const rivals = othersInterested(s.text);
  if (limit && (rivals >= 0 || (previous && othersInterested(previous.text) >= 0))) return limit;
  if (rivals >= 0 && previous?.tokens && commitmentByDate(previous, previous.tokens)) return [rivals, rivals + 1];
  return undefined;
}

/** A period and its 内 as one IPADIC noun: 年内, 年度内, 月内, 週内, 期内. */
const WITHIN_ONE_WORD = /^(?:年|年度|月|週|期)内$/;

/**
 * A time word waived in its own clause (今すぐでなくても構いません, 本日中のご返答でなくても問題ございません, 今すぐ
 * ご導入をお決めいただかなくても、…, 今すぐのご判断は不要です): the opposite of pressure. Read up to the
 * sentence's end or a contrast (が、 / けれど、), so a limit set after a waiver (今すぐでなくても構いませんが、
 * …本日中にご返答ください) still presses.
 */
// どうぞお急ぎにならず、じっくりご検討ください: the hurry word itself negated, the timing left to them.
// お申し込みの期限は特にございません / 締切は設けておりません: the limit itself denied, right after the word that named it.
const WAIVER = /^(?:特に|とくに|一切|まったく|全く)?(?:ござい|あり)ません|^(?:特に)?設けて(?:おり|い)ません|(?:なく|ず)ても|必要は(?:まったく|全く|特に)?(?:ござい|あり)ません|必要もござ|不要|には及びません|急ぎません|^に?(?:なら|なさら)(?:ず|ないで)|ご都合に合わせ|ごゆっくり|じっくり/;
function waivedAfter(text: string, end: number): boolean {
  const rest = text.slice(end);
  const stop = rest.search(/。|(?:が|けれど|けど|ものの)[、，]/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  // 今月中に日程が決まらない場合でも、…確保しておりますのでご安心ください: the limit missed, and nothing lost.
  return WAIVER.test(clause) || (clause.includes('場合でも') && clause.includes('ご安心'));
}

/** Their share kept or their worry lifted: 確保しております, お取り置きいたします, ご安心ください, ご心配には及びません. */
// Round 25: or the time given back (残り3枠となっておりますが、ご検討はどうぞごゆっくり…).
const REASSURED = /(?:確保|お取り置き)(?:して|いたして|済み|でき|いたし)|ご安心|ご心配(?:には及び|なく|は(?:ござい|いり|要り))|ごゆっくり|お時間をかけて/;

/** A time limit lifted (〜いただく必要はございません), not set. */
const NO_NEED = /必要は(?:ござい|あり)ません|には及びません|急ぎません|急ぎでは/;

/**
 * 来週月曜までにご回答をお願いします / 今週中にご発注ください / 早めにご決断ください: a request for the
 * prospect's decision under a time limit, whatever the date's wording. Returns the time limit's span.
 * A condition (お早めにご連絡いただければ、…調整いたします) offers, it does not press.
 */
function decisionUnderDeadline(s: Sentence, tokens: readonly Token[], f: JaSentenceFacts): [number, number] | undefined {
  // The time limit nearest the decision asked for is the one that presses: in 11月末までのご契約で割引となり、
  // …今月中にご判断いただければ it is 今月中, not the offer's date before it.
  let found: [number, number] | undefined;
  // お早めにご連絡いただければ、…調整いたします: a time limit inside a condition offers; one after it
  // (ご購入をご希望でしたら、明日中にご連絡ください) still sets the date.
  const condition = /(?:れば|たら|ましたら|なら)、/.exec(s.text);
  const conditionEnd = condition ? condition.index + condition[0].length : -1;
  // 今月中にご契約いただく必要はございません: the time limit is lifted, not set.
  if (NO_NEED.test(s.text)) return undefined;
  const rel = (t: Token) => t.start - s.start;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let from = -1;
    if (rel(t) < conditionEnd) continue;
    if ((t.surface === 'まで' && t.pos === '助詞') || (t.surface === '中' && t.pos1 === '接尾') || (t.surface === '内' && t.pos1 === '接尾')) {
      // Back over the date: 来週 月曜, 12 月 15 日, 今週.
      let b = k;
      while (b > 0 && k - b < 9) {
        const p = tokens[b - 1]!;
        if ((p.pos === '名詞' || p.pos === '接頭詞') && p.pos1 !== '代名詞') b--;
        // 12月4日（金）までに / 9月10日（金）正午まで: the weekday in brackets belongs to the date.
        else if (weekdayBracketStart(tokens, b) >= 0) b = weekdayBracketStart(tokens, b);
        else break;
      }
      const date = tokens.slice(b, k);
      if (!date.length || !date.some((d) => d.pos1 === '副詞可能' || d.pos1 === '数' || /[日月週曜時末朝夕晩]$/.test(d.surface))) continue;
      from = b;
    } else if (WITHIN_ONE_WORD.test(t.surface) && t.pos === '名詞') {
      // 年度内に / 月内に: IPADIC keeps the period and its 内 as one noun.
      from = k;
    } else if (t.surface === 'うち' && tokens[k - 1]?.surface === 'の' && tokens[k - 2]?.surface === '今') {
      // 今のうちにご発注を: "while it is still now", a time limit with no date.
      from = k - 2;
    } else if (PRESSURE.hurryWords.includes(t.surface) && t.pos !== '動詞' && !/幸い/.test(s.text) && !(/存じ/.test(s.text) && !ADVICE.test(s.text))) {
      // お早めにご検討いただけますと幸いです leaves the timing a wish; 早めにご決断ください does not.
      from = isPrefixToken(tokens[k - 1]) ? k - 1 : k;
      // 一日でも早い / 一刻も早く / 少しでも早く: the whole intensified phrase is the hurry.
      while (from > 0 && k - from < 4 && INTENSIFIER.has(tokens[from - 1]!.surface)) from--;
    } else continue;
    let to = k + 1;
    if (tokens[to]?.surface === 'に') to++;
    const end = tokens[to - 1]!.end - s.start;
    const rest = s.text.slice(end);
    // The time limit governs a decision asked of them, not our own act (本日中にお見積りをお送りいたします).
    if (!asksFor(rest, f) && !replyOnPurchase(s.text, rest) && !decisionAsTopic(s.text.slice(0, rel(tokens[from]!)), rest)) continue;
    // 7月末までに最終のお見積りと導入スケジュール案をお送りいたします: the date governs our own humble act, a
    // promise, whatever decision words its object holds.
    const governed = f.predicates.find((p) => p.start >= end);
    if (governed && ourPromise(governed)) continue;
    found = [rel(tokens[from]!), end];
    k = to - 1;
  }
  return found;
}

/** Where a bracketed weekday ending just before `b` opens (（金）, (Fri)), or -1. */
function weekdayBracketStart(tokens: readonly Token[], b: number): number {
  if (!/^[）)]$/.test(tokens[b - 1]?.surface ?? '')) return -1;
  for (let j = b - 2; j >= Math.max(0, b - 5); j--) {
    if (!/^[（(]$/.test(tokens[j]!.surface)) continue;
    const inner = tokens.slice(j + 1, b - 1).map((t) => t.surface).join('');
    return /^[月火水木金土日](?:曜日?)?$|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?$/i.test(inner) ? j : -1;
  }
  return -1;
}

/** Our own act offered in humble form (お送りいたします, ご報告します, お届けいたします), not a request of theirs. */
function ourPromise(p: JaSentenceFacts['predicates'][number]): boolean {
  if (!p.politeness.includes('humble') || p.request || p.negated || p.quoted || p.past) return false;
  const act = (p.noun ?? p.head).replace(/^[おご御]/, '');
  if (/^(?:いただ|頂|願|賜|待)/.test(p.text) || /^(?:願い|願う|いただく|いただける|頂く|待ち|待つ)$/.test(act)) return false;
  // お早めのご決定をおすすめいたします: advice on their decision, humble in form.
  if (/勧め|すすめ|薦め|提案/.test(act)) return false;
  return !PRESSURE.decisionNouns.some((n) => act.startsWith(n.replace(/^[おご]/, '')));
}

/** A decision of theirs asked for: ご回答ください, ご決断いただくことをお勧め, ご発注をお願い, ご契約いただけますか. */
function asksFor(rest: string, f: JaSentenceFacts): boolean {
  for (const n of PRESSURE.decisionNouns) {
    for (let i = rest.indexOf(n); i >= 0; i = rest.indexOf(n, i + n.length)) {
      const after = rest.slice(i + n.length).replace(/^を/, '');
      // ぜひ今週中にご決断を。: the request with its verb left unsaid.
      if (rest.startsWith('を', i + n.length) && /^[。！!]?\s*$/.test(after)) return true;
      // 早くご決断いただいたほうが: advice to decide, though its verb is in the past.
      if (ADVICE.test(after.slice(0, 10))) return true;
      // ご発注いただいた分は: a decision already made, described, not one asked for.
      if (/^(?:いただい|頂い)[たて]/.test(after)) continue;
      // ご発注を決めていただけますか: a verb of deciding asks through its て form.
      if (ASKING.some((a) => after.startsWith(a) || after.startsWith('て' + a))) return true;
    }
  }
  return f.acts.includes('request') && PRESSURE.decisionNouns.some((n) => rest.includes(n));
}
/**
 * Round 25: 見積有効期限は本日17時までですので、本日中にご発注ください / 有効期限が明日までとなっておりますので、至急ご判断を: a
 * quote's validity is the client's to use only while it is stated; given as the reason (ので, ため, から) for a hurried
 * decision, it is the seller's clock and exempts nothing after it.
 */
function validityAsReason(text: string): boolean {
  const at = firstIndexOfAny(text, VALIDITY_WORDS);
  if (at < 0) return false;
  // Anchored at the validity word: the reason's connective within the same clause.
  const m = VALIDITY_REASON.exec(text.slice(at));
  if (!m) return false;
  const rest = text.slice(at + m[0].length);
  return !containsAny(rest, PRESSURE.clientSchedule) && !CLIENT_PURPOSE.test(text) && HURRIED.test(rest);
}
const VALIDITY_WORDS = ['有効期限', '有効期間', '見積有効', 'お見積りの有効'];
const VALIDITY_REASON = /^[^。、]{0,36}?(?:ので|ため|から)[、，]?/;
const HURRIED = /本日中|今日中|明日中|今週中|至急|早急|急ぎ|早めに|までに/;

/** ご希望の3月納品のためには / 貴社の稼働に合わせ: a date that serves the client's own plan is information. */
// Within one clause: in 枠の確保をご希望でしたら、遅くとも今週中には内金を… the には is the time limit's, not a purpose's.
const CLIENT_PURPOSE = /(?:ご希望|ご要望|ご予定|ご指定|(?:貴社|御社)の[^。、]{0,12}?(?:稼働|納品|導入|計画|スケジュール|開始))[^。、]{0,20}?(?:のため(?:に)?(?:は)?|には|に合わせ)/;
/** The words of 一日でも / 一刻も / 少しでも before 早く. */
const INTENSIFIER = new Set(['一', '日', '一日', 'でも', 'も', '一刻', '少し']);
/** 〜いただいたほうが（よろしいかと存じます）: advice, which presses as a request does. */
const ADVICE = /(?:ほう|方)が|おすすめ|お勧め|お薦め|のがベスト|のが一番|のがいちばん|のが望まし|のが賢明|のが得策/;
const ASKING = ['いただ', '頂', 'くださ', '下さ', 'お願い', '願い'];

/**
 * ご決断はお早めにお願いいたします / ご回答は今週中にいただけますか: their decision named first as the
 * topic, the time limit and the request after it.
 */
function decisionAsTopic(before: string, rest: string): boolean {
  // Round 25 (zja-b-003, dp-037): the decision as the object before the limit too — ご発注を今日中にいただけますか,
  // 内示だけでも今週中に頂戴できますか: the same request with the time limit in the middle.
  const topic = /(?:の(?:ほど|程))?(?:は|も|を|だけでも|だけは|だけ)[、，]?(?:なるべく|できるだけ|できる限り|なるだけ)?$/.exec(before);
  if (!topic) return false;
  // 発注書だけでも / 契約書を: the paper of the decision stands for it.
  const noun = before.slice(0, topic.index).replace(/(?:書類|書面|書)$/, '');
  // ご判断はお早めに、というより今週中にお願いします: the hurry sharpened into a limit before the request.
  const ask = rest.replace(SHARPENED, '');
  return PRESSURE.decisionNouns.some((n) => noun.endsWith(n)) && ASKING.some((a) => ask.startsWith(a) || ask.startsWith('お' + a));
}

/** 、というより今週中に / 、むしろ明日までには: a hurry restated as a nearer limit. */
const SHARPENED = /^[、，]?(?:というより(?:も)?|と言うより(?:も)?|いえ|むしろ|遅くとも)[、，]?[^。、]{1,10}?(?:中|まで|以内)に(?:は)?/;

/** ご購入の意思がおありでしたら明日中にご連絡ください: a reply asked by a date about their purchase is their decision. */
function replyOnPurchase(text: string, rest: string): boolean {
  const reply = /^(?:ご|お)?(?:連絡|一報|知らせ|返事|返信)/.exec(rest);
  if (!reply) return false;
  const after = rest.slice(reply[0].length).replace(/^を/, '');
  return ASKING.some((a) => after.startsWith(a)) && /購入|契約|発注|注文|導入|申し込|申込|成約/.test(text);
}

function isPrefixToken(t: Token | undefined): boolean {
  return !!t && t.pos === '接頭詞' && (t.surface === 'お' || t.surface === 'ご');
}

/**
 * それ以降は本条件でのご提供はできません / 今月末を過ぎますと、この価格ではご提供できなくなります / この価格は
 * 今だけです: an offer that lapses, a push to decide before it does. Returns where the lapse is said, or -1.
 */
const NEAR_TIME_FROM = /(?:明日|明後日|週明け|来週|来月|[0-9０-９]{1,2}日)(?:以降)?(?:には|からは|になると)/;
function offerLapses(text: string, f: JaSentenceFacts): number {
  // 週明けにはこの条件は出せなくなります: a near time from which the offer is no longer made.
  const soon = NEAR_TIME_FROM.exec(text);
  const at = Math.min(...PRESSURE.lapseMarkers.map((m) => text.indexOf(m)).filter((i) => i >= 0), soon && /(?:でき|出せ)なくな/.test(text) ? soon.index : Infinity);
  if (!Number.isFinite(at) || !PRESSURE.offerNouns.some((n) => text.includes(n))) return -1;
  const after = f.predicates.filter((p) => p.end > at);
  const ends = after.some((p) => p.negated || /^(?:なくなる|終了|終わる|戻る|変わる|値上げ)$/.test(p.head)) || /今だけ|今なら|限りです|限りとなり|期間限定/.test(text);
  return ends ? at : -1;
}

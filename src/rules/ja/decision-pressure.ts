import { japaneseFacts, type JaSentenceFacts } from '../../engine/analysis/ja';
import { defineRule, divertedTo, tracing, type RuleContext } from '../../engine/rule';
import { textFact } from '../../engine/analysis/facts';
import type { Sentence } from '../../engine/types';
import { scarcityRuns } from '../any/lib/availability-runs';
import { DECISION_PRESSURE, decisionPressureIn } from './lib/decision-pressure';
import { PRESSURE } from './lib/dictionaries';
import { jaAvailabilityOf, timeLimits } from './lib/pressure';
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
  // (pushy-follow-up) is theirs: one finding for one stretch of text — but a scarce count or a closing offer beside
  // the chase is an act of its own (reported as ownAct).
  yieldsTo: ['ja.pressure.early-pressure', 'ja.cold-outreach.pushy-follow-up'],
  examples: {
    valid: [
      { text: '今期の導入支援は残り2社分となっておりますが、ご検討はどうぞ貴社のご都合に合わせてお進めください。', context: PROSPECT },
      { text: '在庫は十分にございますので、ご安心ください。', context: PROSPECT },
      { text: 'キャンペーンは先月で終了いたしました。', context: PROSPECT },
      { text: '特にご連絡がなければ、当日は10時に受付でお待ちしております。', context: { recipient: 'client', firstContact: false } },
      { text: '他社様の導入事例を添付いたします。', context: PROSPECT },
      // Round 32: our sending of the finished proposal promised by a date is no last offer.
      { text: '11月20日までに最終のご提案をお送りいたします。', context: PROSPECT },
      { text: 'ご判断はお急ぎいただかなくて大丈夫です。', context: PROSPECT },
      { text: '年末年始の出荷締切は12月26日となっておりますので、ご承知おきください。', context: PROSPECT },
      { text: '今期の導入枠は、あと2社分しか空いておりません。', context: { recipient: 'client', firstContact: false } },
      // The trial period they are using ends: information they need, not a cut-off of an offer.
      { text: 'トライアル期間は4月15日で終了となります。', context: PROSPECT },
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
  /**
   * Sentence by sentence, over cached facts; a document hook because one push is often a statement and a
   * demand side by side (在庫は残り2台です。明日中にご発注ください。): a statement that presses (a count left, a
   * cut-off, peers decided) next to a sentence that asks for the decision, in the same paragraph, is reported
   * with it as one finding — and gives way to early-pressure's finding on the demand when it has one.
   */
  document(ctx) {
    // Pressure on a client of long standing is not this rule's (the guard ledger records what it would have flagged).
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) {
      const diverted = divertedTo(ctx, 'existing-client');
      if (!diverted) return;
      ctx = diverted;
    }
    const japanese = ctx.sentences.filter((s) => s.lang === 'ja');
    availabilityTables(ctx, japanese);
    // The end of the last finding: a demand already reported with the statement before it is not reported again.
    let reportedUntil = -1;
    japanese.forEach((s, k) => {
      if (s.start < reportedUntil) return;
      if (!s.tokens?.length) return;
      const clientSchedule = containsAny(s.text, PRESSURE.clientSchedule);
      if (clientSchedule && !tracing(ctx)) return;
      const following = japanese[k + 1];
      const hits = decisionPressureIn(s, ctx.facts.of(japaneseFacts, s), following && sameParagraph(ctx.text, s, following) ? following.text : undefined);
      if (!hits.length) return;
      const { entry, at } = hits.reduce((a, b) => (b.at < a.at ? b : a));
      const drop = (guard: string) => ctx.suppressed(guard, s.start + at, s.start + bodyEnd(s.text));
      if (clientSchedule) return drop('client-schedule');
      const previous = japanese[k - 1];
      // A list item or heading names a topic (最後のご提案 as a title still presses; other readings are prose).
      if (entry.id !== 'last-offer' && isListOrHeading(s, previous)) return drop('list-or-heading');
      let start = s.start + (at === 0 ? 0 : clauseStart(s.text, at));
      let end = s.start + Math.max(start - s.start + 1, bodyEnd(s.text));
      // モニター価格での導入は今週金曜日で締め切りとなりますので、それまでにご連絡ください: the statement is the
      // reason clause, and the request after it (in a chase, pushy-follow-up's) a push of its own — the finding
      // ends with the reason, so that neither gives way to the other.
      let reasonEnd = STATEMENTS.has(entry.id) ? reasonClauseEnd(s.text, at) : -1;
      // …ので、お早めにご判断ください: a request that presses on its own is early-pressure's, and one finding with it.
      if (reasonEnd > 0 && requestPresses(s, reasonEnd)) reasonEnd = -1;
      // The suggestion still rewrites the whole push, request included (one undo step).
      const whole = reasonEnd > 0 ? { start, end } : undefined;
      if (reasonEnd > 0) end = s.start + reasonEnd;
      if (STATEMENTS.has(entry.id)) {
        const next = japanese[k + 1];
        // 導入支援は残り2社分となっておりますが、ご検討はどうぞ貴社のご都合に合わせてお進めください: a count given as
        // information, the timing left to them in its sentence or the next — no push.
        if (TIMING_LEFT_TO_THEM.test(s.text.slice(at)) || (next && sameParagraph(ctx.text, s, next) && TIMING_LEFT_TO_THEM.test(next.text))) return drop('timing-left-to-them');
      }
      // Round 29: クリスマス用の在庫はもうほとんど残ってないよ。 — a count left said as a casual remark (a plain form closed by
      // a final particle of talk), with no decision asked in it or beside it: what a reader of the mail notices first is its
      // register (ja.register.casual-to-client), and writers label it so; a push beside it is still read on its own.
      // Only for what is left (a count or a sell-out): 周りの物流会社さんはもう動き始めてますよ — peers said to have moved — presses
      // in any register, and writers label it pressure as well as register (r10's cx-J1-05).
      if (LEFT_COUNTED.has(entry.id) && !whole && ctx.facts.of(japaneseFacts, s).casualParticle && !besideAsk(japanese, k, ctx)) return drop('casual-remark');
      if (STATEMENTS.has(entry.id) && !whole) {
        const next = japanese[k + 1];
        // A demand that presses on its own (早めのご決断を, 今週中にご注文を) is early-pressure's finding, which this
        // one gives way to: joined to it, the statement (残りあと1社分しか) would lose its underline.
        if (next && sameParagraph(ctx.text, s, next) && asksForDecision(next, ctx.facts.of(japaneseFacts, next)) && !pressesOnItsOwn(next)) {
          end = next.start + bodyEnd(next.text);
        } else if (previous && previous.start >= reportedUntil && sameParagraph(ctx.text, previous, s) &&
          asksForDecision(previous, ctx.facts.of(japaneseFacts, previous)) && !pressesOnItsOwn(previous)) {
          start = previous.start;
        }
      }
      reportedUntil = end;
      ctx.report({
        start,
        end,
        // Round 25: a count left or an offer closing presses the decision whatever request follows it (in a chase,
        // pushy-follow-up's too): an act of its own beside the chase (Report.ownAct), one finding with early-pressure's.
        ...(STATEMENTS.has(entry.id) ? { ownAct: true } : {}),
        message: entry.message.en,
        messageJa: entry.message.ja,
        suggestions: entry.suggestions.map((x) => {
          const g = suggestion(x.text, x.label, x.labelJa);
          return whole ? { ...g, edits: [{ start: whole.start, end: whole.end, text: x.text }] } : g;
        }),
      });
    });
  },
});

/** A decision asked in the sentence before or after s, in its paragraph. */
function besideAsk(japanese: readonly Sentence[], k: number, ctx: RuleContext): boolean {
  const s = japanese[k]!;
  return [japanese[k - 1], japanese[k + 1]].some((x) => !!x && sameParagraph(ctx.text, x.start < s.start ? x : s, x.start < s.start ? s : x) &&
    asksForDecision(x, ctx.facts.of(japaneseFacts, x)));
}

/**
 * 「・7月：満席／・8月：満席／・9月：残り1枠」: consecutive lines of an availability table, a period full and one
 * scarce beside it — scarcity set out as a layout (round 16, P3). Given at their request (ご依頼・お問い合わせの
 * 空き状況) it informs.
 */
function availabilityTables(ctx: RuleContext, japanese: Sentence[]): void {
  if (japanese.some((x) => ctx.facts.of(ASKED_FOR, x))) return;
  for (const [first, last] of scarcityRuns(japanese, (x) => ctx.facts.of(AVAILABILITY, x), (a, b) => sameParagraph(ctx.text, a, b))) {
    const e = DECISION_PRESSURE.entries.find((x) => x.id === 'scarce-count') ?? DECISION_PRESSURE.entries[0]!;
    const text = ctx.text.slice(first.start, last.end);
    ctx.report({
      start: first.start,
      end: last.end,
      message: e.message.en,
      messageJa: e.message.ja,
      suggestions: [suggestion(`${text}\nご検討はどうぞ貴社のご都合に合わせてお進めください。日程はご相談のうえ調整いたします。`, 'Leave the timing to them', '時期はお客様に委ねる')],
    });
  }
}
const AVAILABILITY = textFact('ja.pressure.decision-pressure/availability', jaAvailabilityOf);
const ASKED_FOR = textFact('ja.pressure.decision-pressure/asked-for', (text) => /ご依頼(?:いただ|の)|お問い合わせ(?:いただ|の)|ご要望の|ご質問の|お尋ねの/.test(text) && /空き|日程|状況|枠/.test(text));

/** Their own pace offered (ご都合に合わせて, ごゆっくり, じっくり, お急ぎにならず, 貴社のペースで) or their worry lifted (ご安心ください). */
const TIMING_LEFT_TO_THEM = /ご都合に合わせ|ご都合の(?:よい|良い)(?:とき|時|時期|タイミング)|ごゆっくり|じっくり|お急ぎにならず|お急ぎいただかなくて|急がなくて|急ぎません|ご無理のない|(?:貴社|御社)のペース|ご安心|ご心配(?:には及び|なく)/;

/** Readings that state what presses (a count left, a cut-off, peers decided) rather than ask for the decision. */
/** Statements of what is left to have: a count, a sell-out warned of. */
const LEFT_COUNTED = new Set(['scarce-count', 'sell-out-warned']);
const STATEMENTS = new Set([
  'scarce-count', 'back-to-list-price', 'promotion-ends', 'peers-already', 'peers-moved', 'sell-out-warned', 'offer-ends-then',
  'now-is-the-time', 'no-time-left', 'last-offer', 'loss-on-delay', 'offer-gone-after', 'terms-worse-if-late',
]);

/**
 * Where a statement given as the reason for a request ends (…締め切りとなりますので、それまでにご連絡ください):
 * just after its ので/ため/から, when the rest of the sentence asks something; -1 otherwise.
 */
function reasonClauseEnd(text: string, at: number): number {
  const m = /(?:ので|ため|から)[、，,]/.exec(text.slice(at));
  if (!m) return -1;
  const end = at + m.index + m[0].length - 1;
  return /ください|下さい|お願い/.test(text.slice(end)) ? end : -1;
}

/** The request after `from` (relative) carries its own time limit or hurry word. */
function requestPresses(s: Sentence, from: number): boolean {
  const rest = s.text.slice(from);
  const limited = !!s.tokens && timeLimits(s.tokens).some(([k]) => s.tokens![k]!.start - s.start >= from);
  return limited || PRESSURE.hurryWords.some((h) => rest.includes(h)) || /至急/.test(rest);
}

/** A demand with its own time limit or hurry word (今週中に, お早めに, 至急): early-pressure reports it. */
function pressesOnItsOwn(s: Sentence): boolean {
  return (!!s.tokens && timeLimits(s.tokens).length > 0) || PRESSURE.hurryWords.some((h) => s.text.includes(h)) || /至急/.test(s.text);
}

/** No blank line between two sentences: the same paragraph. */
function sameParagraph(text: string, a: Sentence, b: Sentence): boolean {
  return !/\n[ \t\u3000]*\n/.test(text.slice(a.end, b.start));
}

/**
 * 今週中にご決断ください / すぐにお返事をください: a sentence that asks for their decision; or one that puts a time
 * limit on it (本日18時までにご発注いただいた場合に限ります, 今週中にPOを発行いただけない場合…ご承知おきください).
 */
function asksForDecision(s: Sentence, f: JaSentenceFacts): boolean {
  if (f.question && !f.acts.includes('request')) return false;
  const asked = f.acts.includes('request') || /ください|下さい|お願い/.test(s.text);
  const decision = containsAny(s.text, DECISION_PRESSURE.decisions);
  if (asked && decision) return true;
  return !!s.tokens && timeLimits(s.tokens).length > 0 && (decision || asked) && /いただ|頂/.test(s.text);
}

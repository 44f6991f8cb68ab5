import { japaneseFacts, type JaPredicate } from '../../engine/analysis/ja';
import { defineRule } from '../../engine/rule';
import { jaWishNamed } from '../../engine/analysis/asked';
import type { Sentence } from '../../engine/types';
import { NOT_ACTS, nounStart, softened } from './lib/decline-form';
import { REFUSALS, TOPIC_OF_PHRASE } from './lib/dictionaries';
import { hasCushion } from './lib/cushion';
import { BY_DESIGN, CLOSURE_SCOPE, colleagueAbility, thingTopic } from './lib/flat-refusal';
import { JA_THEIR_REQUEST, JA_THEIR_WISH, jaAskNamed } from '../../engine/analysis/asked';
import { askLeads, isNewsNotAnswer, replyOnTopic, shortageNotAsked } from './lib/request-context';
import { conjugate } from '../../engine/analysis/ja-conjugate';
import { suggestion } from './lib/suggest';
import { isListOrHeading, leadingConjunctionLength } from './lib/text';
import { threadAsks } from './lib/verdict-line';
import { japaneseRemedy, remedyIn } from '../any/lib/remedy';
import { carriesTokens } from '../../engine/parse';
import type { Annotator } from '../../engine/analysis/facts';
import type { RuleContext } from '../../engine/rule';

/** A decision reported as taken: 採用しないことにしました / 見合わせることといたしました. */
const DECIDED = /^こと(?:に|と)(?:いたし|致し|し|なり)ました/;
/**
 * Round 35 (refja35): a decision of ours reported on the negated act — 返品は受け付けられないとの判断になりました / 認められないという
 * 結論です / 値引きはできないと判断しました / 値引きはしないことに決まりました: the no, told as the outcome of our deliberation.
 */
const REPORTED_DECISION = /^(?:と|との|という)(?:判断|結論|決定)(?:に(?:なり|至り)|と(?:なり|いたし|致し))ました/;
const REPORTED_VERDICT = /^(?:との|という)(?:判断|結論|決定)(?:です|でございます)|^と(?:判断|決定)(?:いたし|致し|し)ました/;
const DECIDED_FOR_US = /^こと(?:に|が)(?:決(?:まり|定(?:いたし|し)?)ました|決(?:まって|定(?:いたし|し)て)(?:おり|い)ます)/;
/**
 * Round 36 (refja36): a verb of declining or withdrawing (見送る, 見合わせる, 取りやめる, 断る, 辞退する, 控える), affirmative,
 * reported as decided — 開放は見送られることとなりました / 無償貸出は取りやめることが決定しております: the no to what they asked, told
 * as an outcome, read like a negated act once the thread names their ask or the thing (the reported gate in judge).
 */
const DECLINING = /^(?:見送る|見合わせる|取りやめる|取り止める|取止める|断る|お断り|断り|辞退|控える|差し控える|中止|打ち切る)$/;
const REPORTED_AS_OURS = /^というのが(?:弊社|当社|社内)?の?(?:結論|判断|方針)(?:です|でございます)/;
/** 難しい / 厳しい / 困難 / 無理 / 不可: the difficulty that says no, reported as our decision (難しいとの結論に至りました). */
const DIFFICULT = /^(?:難しい|厳しい|困難|無理|不可|不可能)$/;
/** The reported decision after a clause that ends quoting (と / との / という). */
function reportedAfter(after: string): RegExpExecArray | null {
  return REPORTED_DECISION.exec(after) ?? REPORTED_VERDICT.exec(after) ?? REPORTED_AS_OURS.exec(after);
}
/**
 * A no stated as our standing rule: 値引きには応じない方針です / 返品はお受けしないことになっております /
 * 個別見積もりはお出ししない決まりです — the policy noun after the negated act, then a copula or なる/する.
 */
const POLICY = /^(?:(?:方針|決まり|きまり|規定|規則|ルール|取り決め|定め)(?:です|でございます|だ|[とに](?:なって|して)(?:おり|い)ます)|こと(?:と|に)(?:なって|して|させていただいて|いたして)(?:おり|い)ます)/;
/** 値上げはしません / 費用の追加はいたしません: what is denied is a cost or a trouble, good news for the client. */
const BURDEN = new RegExp(`(?:${REFUSALS.burdenTopics.join('|')})${TOPIC_OF_PHRASE}(?:は|も|を)`);
const REASSURING = new RegExp(`(?:${REFUSALS.reassuringTopics.join('|')})${TOPIC_OF_PHRASE}(?:は|も|が|を)`);
/**
 * 保管料は半年間いただきません / 出張費は請求いたしません: a charge (a noun of money: …料, …費, …代, …賃) we do not
 * take is good news, whatever the charge is called; the verb must be one of taking money (`chargeVerbs`).
 */
const CHARGE_TOPIC = /(?:料|費|代|賃|代金|料金)(?:は|も|を)[^、。]{0,12}$/;
const CHARGE_VERBS = new Set(REFUSALS.chargeVerbs);
/**
 * A no in any verb: our own side's negated act — やりません, 取引しません, お受けしません, 送れません,
 * 採用しないことにしました — read from the sentence's analysis (the main predicate, negated, potential or
 * volitional, whose subject is us or unstated) with no cushion in the sentence or the one before. A
 * product's specification (本機は…対応しておりません) and a state (在庫がありません) are not refusals.
 * The suggestion keeps the verb and its object and turns it into …いたしかねます after a cushion.
 */
export default defineRule({
  id: 'ja.blunt-refusal.negated-act',
  lang: 'ja',
  category: 'blunt-refusal',
  severity: 'warning',
  requiresTokens: true,
  // Bad news that answers no request of the client's is the bad-news rule's (lib/request-context.ts isNewsNotAnswer); where
  // both read the same stretch (news that also answers an ask), its finding says more than "add a cushion" (round 32: a
  // declared precedence, as ja.blunt-refusal.unsoftened-refusal's, not a hand-off in code).
  yieldsTo: ['ja.blunt-refusal.unsoftened-refusal', 'ja.pressure.early-pressure', 'ja.pressure.decision-pressure', 'ja.bad-news.blunt-bad-news'],
  title: { en: 'A flat no in any verb', ja: '動詞を問わない断定的な断り' },
  rationale: {
    en: 'Whatever the verb, a supplier that writes "we do not / cannot / will not do it" closes the door on a Japanese buyer. The same content with a cushion (申し訳ございませんが) and …いたしかねます keeps the relationship while still saying no.',
    ja: 'どの動詞でも「〜しません」「〜できません」と言い切る断りは、お客様に門前払いの印象を与えます。「申し訳ございませんが」などのクッション言葉と「〜いたしかねます」で同じ内容を伝えれば、関係を保ちながらお断りできます。',
  },
  examples: {
    valid: [
      // Round 37: a charge we have not made is no act of ours denied to them (ご請求: good news).
      { subject: 'Re: ご請求について', text: 'ご連絡ありがとうございます。\n今月分のご請求はしておりません。' },
      // Round 35: a judgement on a fact reported as our decision, and a colleague's ability, refuse nothing.
      { text: 'ご指摘の件、調査いたしました。今回の不具合は納期には影響しないと判断しました。' },
      { text: '打合せの件です。張は日本語が話せません。' },
      // Round 22: かもしれません is a guess (maybe), not a no.
      { text: 'サンプルは来月なら出せるかもしれません。' },
      { text: '申し訳ございませんが、そのようなカスタマイズはいたしかねます。' },
      { text: '本機は屋外ではご使用になれません。' },
      { text: '長年のお取引に感謝し、来年度の値上げは行わないことといたしました。' },
      { text: '現在、在庫はございません。' },
      { text: '追加料金は発生しません。' },
      { text: 'まだ確認できておりません。' },
      { text: '佐藤様は明日いらっしゃらないとのことです。' },
      { text: '大変恐縮ですが、当社は個人のお客様とは取引しておりません。' },
      { text: '何か問題はありませんか？' },
      { text: 'ご心配には及びません。' },
      { text: '明日は休みなので、出社しません。' },
      { text: '費用はかかりません。' },
      { text: '資料の共有はできかねます。' },
      { text: '日程の変更は差し支えございません。' },
      { text: 'そのようなカスタマイズはやりません。', context: { recipient: 'internal' } },
      // Negatives that strengthen a feeling (F4): not a no.
      { text: '皆様のご支援に、感謝の念に堪えません。' },
      { text: '貴社のますますのご発展を祈念してやみません。' },
      { text: '驚きを禁じ得ません。' },
      { text: '皆様には感謝してもしきれません。' },
      // A passive サ変 act: what will not happen, the consequence of news, not our no (round 21).
      { text: '2026年9月30日をもってサポートを終了します。以降はセキュリティパッチも提供されません。' },
      // Round 34 (post34ja): an opinion (…とは考えておりません) and a promise about their things (外部に提供しておりません) stay clean.
      { text: 'ご指摘の件、確認いたしました。現時点では大きな問題とは考えておりません。' },
      { text: '図面の取り扱いについてのご質問の件です。お預かりした図面は外部に提供しておりません。' },
    ],
    invalid: [
      {
        // Round 37 (refja37): our humble act for them as the topic of our habitual する denied, in a reply.
        subject: 'Re: 研修の録画について',
        text: '先日の研修ではありがとうございました。\n録画データのお渡しはしておりません。',
        flagged: 'しておりません',
        outputs: ['先日の研修ではありがとうございました。\n申し訳ございませんが、録画データのお渡しはいたしかねます。'],
      },
      {
        // Round 35: our no reported as the decision we reached, on the act they asked for.
        text: '返品のご依頼の件です。社内で検討した結果、返品は認められないという結論です。',
        flagged: '認められない',
        outputs: ['返品のご依頼の件です。申し訳ございませんが、社内で検討した結果、返品は認めかねます。'],
      },
      {
        // Round 35: the change they asked for, named with their own (貴社様式), after a clause whose topic IPADIC reads as an organisation.
        text: 'COAを貴社指定の様式で発行してほしいとのご依頼を拝受しました。COAは全世界共通の様式で発行しており、貴社様式への変更はいたしません。',
        flagged: 'いたしません',
        outputs: ['COAを貴社指定の様式で発行してほしいとのご依頼を拝受しました。申し訳ございませんが、COAは全世界共通の様式で発行しており、貴社様式への変更はいたしかねます。'],
      },
      {
        text: 'そのようなカスタマイズはやりません。',
        flagged: 'やりません',
        outputs: ['申し訳ございませんが、そのようなカスタマイズはいたしかねます。'],
      },
      {
        text: '当社は個人のお客様とは取引しません。',
        flagged: '取引しません',
        outputs: ['申し訳ございませんが、当社は個人のお客様とはお取引いたしかねます。'],
      },
      {
        text: 'なお、見積書は郵送しません。',
        flagged: '郵送しません',
        outputs: ['なお、申し訳ございませんが、見積書はご郵送いたしかねます。'],
      },
      {
        text: 'この条件では署名しないことにしました。',
        flagged: '署名しない',
        outputs: ['申し訳ございませんが、この条件ではご署名いたしかねます。'],
      },
      {
        text: '弊社では中古品は買い取りません。',
        flagged: '買い取りません',
        outputs: ['申し訳ございませんが、弊社では中古品は買い取りいたしかねます。'],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    if (!s.tokens || isListOrHeading(s, previous)) return;
    if (hasCushion(previous?.text)) return;
    const found = judge(s, ctx, previous, false);
    if (found) reportNo(ctx, s, found);
  },
  // Round 31: the same no in the shapes the sentence path leaves alone because the sentence alone cannot tell a no from a
  // report — a habitual negation (手がけておりません, 刷っていません: what we do not do, or what has not happened yet) and a
  // list item or key–value line (・穴あけ加工は、弊社ではやりません。) — read as a no when the thread asks (a reply, their
  // ask named above it, an answer sheet: lib/verdict-line.ts threadAsks), with no cushion before it and no remedy after it
  // (any/lib/remedy.ts: an alternative, a promise to consult, a softened restatement; an apology alone is none).
  document(ctx) {
    const { sentences } = ctx;
    const { values, kept } = ctx.facts.ofSentences(candidatesOf(ctx), ctx.field, sentences, (c) => c !== 0);
    for (let n = 0; n < kept.length; n++) {
      const i = kept[n]!;
      const s = sentences[i]!;
      const previous = sentences[i - 1];
      const item = isListOrHeading(s, previous);
      // Round 32: the answer half of a Q&A (A. 貸し出しておりません。) under their question (Q. …お借りできますか？): the question
      // is the ask it answers, whatever the thread.
      const qa = answersQuestionAbove(ctx, s);
      // The sentence path reads a whole sentence's plain no; this one its habitual no, a list item's and a Q&A answer's.
      if (!item && !qa && values[i] !== HABITUAL) continue;
      if (item && !WHOLE_ITEM.test(s.text)) continue;
      // (Round 37: or the sentence opens on their ask, a question too — ご質問の件ですが、私たちは…やっていません.)
      if (!carriesTokens(s) || (!qa && !threadAsks(ctx, s) && !askLeads(s.text))) continue;
      if (hasCushion(previous?.text) || (item && listCushioned(ctx, i))) continue;
      // A habitual no in the body of a reply is ours to the ask only when it names our side (弊社では, うちでは) or the
      // ask (ご依頼の…, the quoted ask just above): else it tells our practice (弊社の工場では有機溶剤を使用しておりません).
      // なお、弊社では本番データを国外に持ち出すことはしておりません: a note beside the answer, our practice told (D5 d5-23).
      if (!item && ASIDE.test(s.text)) continue;
      if (!item && !qa && !OUR_SIDE_NAMED.test(s.text) && !(HUMBLE_ACT_DONE.test(s.text) && !TOLD_NOT_DONE.test(s.text)) && !jaAskNamed(s.text) && !jaAskNamed(previous?.text ?? '') && !QUOTED_ASK.test(ctx.lines[s.line - 1]?.text ?? '')) continue;
      const found = judge(s, ctx, previous, true, qa);
      if (!found) continue;
      if (japaneseRemedy(s.text.slice(found.end)) !== undefined || remedyAfter(ctx, s, nextOwn(sentences, i), item)) {
        ctx.suppressed('remedy-after', s.start + found.start, s.start + found.end);
        continue;
      }
      reportNo(ctx, s, found);
    }
  },
});

/** A candidate's shape, read from the sentence alone: 0 none, a habitual no (〜ておりません), a plain no. */
const HABITUAL = 1;
const PLAIN = 2;
/** A list item written as a whole polite sentence (・穴あけ加工は、弊社ではやりません。). */
const WHOLE_ITEM = /(?:ます|ません|ない|です)[。．]?\s*$/;
/** …には対応しておりません / …に適合しておりません: what a thing is compatible with, its specification. */
const COMPAT_BEFORE = /に(?:は|も)?[、，]?$/;
/** なお / ちなみに / 念のため: a sentence that adds a note beside the answer. */
const ASIDE = /^(?:なお|尚|ちなみに|念のため|参考までに)/;
/** Our side named as the topic of the act: 弊社では, 当社は, うちでは, 私どもでは. */
const OUR_SIDE_NAMED = /(?:弊社|当社|小社|弊店|当店|当組合|弊組合|当工場|うち|私ども|私共|わたくしども)(?:で|として)?(?:は|も)/;
/**
 * Round 37 (refja37): our humble act for the client (お渡し, ご提供, お預かり) as the topic of our habitual する denied — 録画データの
 * お渡しはしておりません: the act names our side as the one who would do it, as 弊社では does. Not a charge or a notice told (ご請求,
 * ご連絡, ご案内: good news or a report).
 */
const HUMBLE_ACT_DONE = /[おご]\p{Script=Han}[\p{Script=Han}ぁ-ん]{0,3}(?:は|も)[、，]?(?:いた|致)?して(?:おり|い)ません/u;
const TOLD_NOT_DONE = /ご(?:請求|連絡|案内|報告)(?:は|も)[、，]?(?:いた|致)?して(?:おり|い)ません/;
/** An act noun as the topic of 考えておりません (据え置きは, 値下げも), never a quoted opinion (問題とは, そのようには). */
const CONSIDERED_TOPIC = /[^とにでうくへ\s、，。](?:は|も)[、，]?$/;
/** Our act offered to the client, named as what there is not: ご用意は / ご提供も / お取り扱いが (+ ありません). */
const OUR_ACT_NONE = /(?:ご用意|ご準備|ご提供|お取り扱い|お取扱い)(?:は|も|が)[、，]?$/;
/** The client's own named in the clause before the verb (貴社様式への変更は, ご指定の形式での変更は): their ask. */
const THEIRS_IN_TOPIC = /(?:貴社|御社|ご指定|ご希望|ご要望|ご依頼)[^、。]{0,12}(?:は|も)[、，]?$/;
/** A change as the topic of the negated act (レシピの変更は, お客様ごとの変更も). */
const CHANGE_TOPIC = /変更(?:は|も)[、，]?$/;
/** A question of whether: 有無, かどうか. */
const WHETHER = /有無|かどうか/;
/** The verbs of doing an act by choice: する, いたす, 行う. */
const CHOSEN_ACT = /^(?:する|いたす|致す|行う)$/;
/** Verbs of accepting what the other side asks or brings: お受けする, 受け付ける, 受け入れる, 承る, 応じる. */
const ACCEPTING = /受け|受付|承|応じ/;
/** Round 36: the act of accepting named as the topic of する (外部の方の受け入れはしておりません). */
const ACCEPTING_TOPIC = /(?:受け入れ|受入れ|受入|受付|受け付け|お受け|引き受け|引受)(?:は|も)[、，]?$/;
/**
 * Our side, or a place of ours, named as where the act is (not) done: 弊社では, 当組合の充填ラインでは, 当工場でも. Never
 * 当社の製品は (a thing of ours as the topic: its specification).
 */
const OUR_PLACE = /(?:弊|当|小)(?:社|組合|店|工場|行|館|院|事務所)(?:の[^、。はがをも]{1,10})?(?:で|として)(?:は|も)/;
/** A quoted line of theirs asking (> …いただけますか): the ask the next line answers. */
const QUOTED_ASK = /^[>＞].*(?:ますか|ませんか|でしょうか|可能|たい|ください)/;
/** まだ / 未だ / 一度も / これまで: what has not happened (yet), a report, never a no. */
const NOT_YET = /まだ|未だ|いまだ|一度も|これまで|今まで|現在まで/;

/** The answer half of a Q&A: A. / A1： / Ａ． at the line's start. */
const ANSWER_MARK = /^\s*[AaＡ][0-9０-９]{0,2}\s*[.．:：)）]/;
/** Their question, asking us to act: Q. / Q1： / 問1 at the line's start, ending as a question (？, ますか, でしょうか). */
const QUESTION_MARK = /^\s*(?:[QqＱ][0-9０-９]{0,2}\s*[.．:：)）]|問[0-9０-９]+)/;

const ASKS_US = /(?:いただけ|頂け|もらえ|でき|出来|可能で)(?:ます|ません|でしょう)?か|お願いでき/;

/** Round 32: the sentence opens an answer line (A. …) right under a question line (Q. …ますか？). */
function answersQuestionAbove(ctx: RuleContext, s: Sentence): boolean {
  const line = ctx.lines[s.line]?.text ?? '';
  if (!ANSWER_MARK.test(line) || !line.includes(s.text.trim().slice(0, 6))) return false;
  const above = ctx.lines[s.line - 1]?.text ?? '';
  // (付属しますか？ asks about a thing, not for an act of ours: the question asks whether we can or will — いただけますか, できますか,
  // 可能ですか.)
  return QUESTION_MARK.test(above) && ASKS_US.test(above);
}

/** The candidate annotator, kept in the engine's FactStore (it reads the sentence facts through the store, so they are read once). */
function candidatesOf(ctx: RuleContext): Annotator<number> {
  const facts = ctx.facts;
  return facts.scratch<Annotator<number>>('ja.blunt-refusal.negated-act/candidates', () => ({
    id: 'ja.blunt-refusal.negated-act/candidates',
    analyze: (s) => {
      if (s.lang !== 'ja' || !carriesTokens(s) || !/ません|ない|ねえ|ねぇ/.test(s.text)) return 0;
      const f = facts.of(japaneseFacts, s);
      const m = f.main;
      if (!m || !m.negated || m.kind !== 'verb') return 0;
      return m.progressive ? HABITUAL : PLAIN;
    },
  }));
}

/** The next sentence of the writer's own after the i-th, skipping none (the remedy must follow the no). */
function nextOwn(sentences: readonly Sentence[], i: number): Sentence | undefined {
  const s = sentences[i + 1];
  return s && s.start < (sentences[i]!.start + sentences[i]!.text.length + 400) ? s : undefined;
}

/**
 * Round 34: the remedy the next sentence brings to a no. A promise to consult or come back answers the no itself; an
 * alternative alone, with no cushion, leaves the no blunt (findings.md: 「色見本の追加作成はしていません。既存の6色でしたら…」,
 * r33 eb-006). A list item's next item answers another item of theirs (2. …：うちではやってません。 3. …：対応いたします): no
 * remedy to this one.
 */
function remedyAfter(ctx: RuleContext, s: Sentence, next: Sentence | undefined, item: boolean): boolean {
  if (!next) return false;
  if (item && next.line !== s.line && isListOrHeading(next, s)) return false;
  const r = remedyIn(ctx, next);
  return r === 'consult' || r === 'softened-restatement';
}

/** The antecedent of "must": a negative in its conditional form (なければ, なけりゃ, なきゃ, ないと, なくては, なくちゃ, ねば). */
const OBLIGATION_LEAD = /(?:なければ|なけりゃ|なきゃ|ないと|なくては|なくちゃ|ねば|んと)\s*$/;
const OBLIGATION_IN = /(?:なければ|なけりゃ|なきゃ|ないと|なくては|なくちゃ|ねば)(?:いけ|なら|なり)/;

/** The lead of the list a line belongs to (the lines above it, up to a blank line) cushions its no. */
function listCushioned(ctx: RuleContext, i: number): boolean {
  const { sentences } = ctx;
  for (let j = i - 1; j >= 0 && i - j <= 10 && sentences[j + 1]!.line - sentences[j]!.line <= 1; j--) {
    const x = sentences[j]!;
    if (hasCushion(x.text) || (x.lang === 'ja' && carriesTokens(x) && ctx.facts.of(japaneseFacts, x).acts.includes('apology'))) return true;
  }
  return false;
}

interface Found {
  start: number;
  end: number;
  tailEnd: number;
  polite: string;
  /** Round 36: a verb of declining reported as decided — an act of its own beside the bad-news reading of the same words. */
  decision?: boolean;
  /** Round 36: the act denied serves the client (実施, お受けする, 返金). */
  serves?: boolean;
}

/**
 * Whether the sentence says a flat no of ours, and where: the guards every path shares. `thread`: the caller has read
 * that the thread asks (a habitual no or a list item is judged only then).
 */
function judge(s: Sentence, ctx: RuleContext, previous: Sentence | undefined, thread: boolean, qa = false): Found | undefined {
  const f = ctx.facts.of(japaneseFacts, s);
  if (f.question || f.acts.includes('apology')) return undefined;
  if (hasCushion(s.text)) return undefined;
  // (A Q&A answer's topic is often the thing asked for, our act's object: A. 旧型部品は扱いません.)
  // Round 34 (post34ja): 250mlボトルでのPB生産は、当組合の充填ラインでは受けておりません — the act asked for as the topic (read as
  // a thing) and our side or our own plant named as where it is not done: our no, in a thread that asks.
  if (f.agent && f.agent !== 'ours' && !(qa && f.agent === 'thing') && !(thread && f.agent === 'thing' && OUR_PLACE.test(s.text))) return undefined;
  const target = refusal(s, f.predicates, thread);
  // (News is asked after the negated act is found: the sentence's `news` fact is read only when asked, ja.ts.)
  // (Round 36: a verb of declining reported as decided is read only where the thread names their ask or the thing — the
  // reported gate below — so a withdrawal told as news (取りやめることとなりました) is the bad-news rule's only when nobody asked.)
  if (!target || (!(target.reported && target.polite && !target.p.negated) && isNewsNotAnswer(ctx, s, previous))) return undefined;
  const { p, end, decided, reported, polite: given } = target;
  // Round 48: 送らなければいけません, 確認しないといけません, 払わなきゃいけない — a negative in its conditional form before
  // いけない / ならない says "must": an obligation, not an act of ours denied.
  if (((p.head === 'いける' || p.head === 'なる' || /^(?:いけ|なり|なら)/.test(p.text)) && OBLIGATION_LEAD.test(s.text.slice(0, p.start))) ||
    OBLIGATION_IN.test(p.text)) return undefined;
  // Round 35: 張は日本語が話せません — a colleague's ability (flat-refusal.ts colleagueAbility), no no to the client.
  if (p.potential && colleagueAbility(s, s.text.slice(0, p.start))) return undefined;
  // Round 35: a reported decision (…ないとの判断になりました) is a no only on what they asked for: 影響はしないと判断しました judges a fact.
  // Round 36 (refja36): a verb of declining, also where the reply's subject names the thing (Re: 施設開放 → 今回の開放は見送られる
  // こととなりました); a negated act reported (本社は会議を延期しないことに決まりました) still needs their ask named.
  if (reported && !jaAskNamed(s.text) && !jaAskNamed(previous?.text ?? '') && !ctx.paragraphHas(s, JA_THEIR_REQUEST) && !(given && !p.negated && replyOnTopic(ctx, s.text.slice(0, p.start)))) return undefined;
  // 以降はセキュリティパッチも提供されません: a サ変 act in the passive (され, never a potential) with nobody acting tells what
  // will not happen — the consequence of news, a state — not our no, unless it answers a wish the reader named.
  if (p.noun && /^され/.test(p.text) && !jaWishNamed(s.text) && !jaWishNamed(previous?.text ?? '')) return undefined;
  // 停止時間中は、ログインができません: a no scoped to a closure is ja.blunt-refusal.unsoftened-refusal's to judge
  // against the notice around it.
  // Round 26: 設計上、リアルタイムでの配信はできません: the thing's make as the reason describes it; a no only to a wish named.
  // (Round 32: a Q&A answer's question above it is the wish: Q. …手配していただけますか → A. 旧型部品は扱いません.)
  const wished = qa || jaWishNamed(s.text) || jaWishNamed(previous?.text ?? '');
  if (BY_DESIGN.test(s.text.slice(0, p.start)) && !wished) return undefined;
  const scope = CLOSURE_SCOPE.exec(s.text);
  if (scope && scope.index < p.start) return undefined;
  // Round 31: この生地は洗濯機で洗えません — a thing pointed at as the topic: its specification, a no only to a wish named.
  if (thingTopic(s, s.text.slice(0, p.start), p.text) && !wished && !ctx.paragraphHas(s, JA_THEIR_WISH)) return undefined;
  // 値上げはしません is good news; 変更は引き受けません still declines (a verb of accepting).
  // お預かりした図面は外部に開示しません: the client's things kept from outsiders is a promise.
  // Round 34 (post34ja): 外部の方の立ち入りはお受けしておりません — a verb of accepting from them (お受けする, 受け付ける, 応じる) is
  // no promise about their things given out: the outsiders are the ones asking, and the no is to the client.
  const accepting = ACCEPTING.test(s.text.slice(Math.max(0, p.start - 4), p.end)) || ACCEPTING_TOPIC.test(s.text.slice(0, p.start));
  if (!p.potential && !accepting && REFUSALS.assuranceMarkers.some((w) => s.text.slice(0, p.start).includes(w))) return undefined;
  // Round 36 (refja36): 保守料は返金しない定めです / 代金は返金いたしません — the act itself gives the client relief (返金, 値引き, 免除,
  // 延長: REFUSALS.reliefNouns, concessionNouns): denied, it is a no whatever cost is its topic.
  const relief = !p.potential && [p.head, p.noun ?? ''].some((w) => RELIEF.has(w.replace(/^[ごお]/, '')));
  if (relief) return finish(s, ctx, previous, p, end, decided, given);
  // 変更はできません refuses the change asked for: only a chosen no (変更はいたしません) reassures.
  // Round 35: 貴社様式への変更はいたしません — the change named with the client's own (貴社…, ご指定の…) is the change they asked for.
  // Round 46 (uf-058): ご質問の「…」ですが、レシピの変更はしません — a change we choose not to make (する, いたす, 行う), in a thread
  // that asks, turns their ask down: every such sentence of the labelled corpora (11) is a refusal. Where their wish is named
  // beside it, ja.blunt-refusal.stated-limit reads the terms kept (and words the cushion after their wish); a question of
  // whether (仕様変更の有無, 〜かどうか) is answered, not refused.
  const around = s.text.slice(0, p.start) + (previous?.text ?? '');
  const changeDeclined = CHANGE_TOPIC.test(s.text.slice(0, p.start)) && CHOSEN_ACT.test(p.head) && !JA_THEIR_WISH.test(around) &&
    !WHETHER.test(around) && threadAsks(ctx, s);
  if (REASSURING.test(s.text.slice(0, p.start)) && !p.potential && !REFUSALS.acceptanceVerbs.includes(p.head) && !THEIRS_IN_TOPIC.test(s.text.slice(0, p.start)) && !changeDeclined) return undefined;
  // 値上げは行わないことといたしました: a burden only we impose, declined by choice, is good news whatever
  // the verb — no client asks us to accept a price rise, so 行う here is not a verb of accepting their request.
  if (BURDEN.test(s.text.slice(0, p.start)) && !p.potential) return undefined;
  if (!p.potential && (CHARGE_VERBS.has(p.head) || CHARGE_VERBS.has(p.noun ?? '')) && CHARGE_TOPIC.test(s.text.slice(0, p.start))) return undefined;
  return finish(s, ctx, previous, p, end, decided, given);
}

/** A causative act before こと (煩わせる, お待たせする, ご負担をおかけする): a trouble to them, which a negation spares. */
/** …ので、ご安心ください / ご心配には及びません after the no: told to reassure them, a promise. */
const REASSURED = /ご安心|ご心配(?:なく|には及び|はいり|は無用)/;
const SPARED = /(?:せる|させる|せする|かけする)ことは[、，]?$/;
const RELIEF = new Set([...REFUSALS.reliefNouns, ...REFUSALS.concessionNouns]);
const SERVES = new Set([...RELIEF, ...REFUSALS.actionNouns, ...REFUSALS.acceptanceVerbs]);

/** The span and the softened form of a no judge() has read. */
function finish(s: Sentence, ctx: RuleContext, previous: Sentence | undefined, p: JaPredicate, end: number, decided: number | undefined, given: string | undefined): Found | undefined {
  // Round 36: お手を煩わせることはいたしません / お待たせすることはありません — what we spare them (a causative on the client), a promise.
  if (SPARED.test(s.text.slice(0, p.start)) || REASSURED.test(s.text.slice(p.end))) return undefined;
  // Round 31: 弊社ではやりません — IPADIC reads では + はやる (to be in fashion): the は is the topic's, the verb やる.
  const from = hayaruSplit(s, p) ? p.start + 1 : p.start;
  const start = from === p.start ? nounStart(s, p) : from;
  if (shortageNotAsked(ctx, s, previous, s.text.slice(0, end))) return undefined;
  // (考えておりません: the act weighed is the topic; the no itself is いたしかねます — 価格の据え置きは、いたしかねます.)
  const polite = given ? given : p.head === 'ある' ? 'ございません' : from === p.start && p.head !== '考える' ? softened(s, p, start) : 'いたしかねます';
  if (!polite) return undefined;
  const serves = [p.head, p.noun ?? ''].some((w) => SERVES.has(w) || SERVES.has(w.replace(/^[ごお]/, '')));
  return { start, end, tailEnd: decided ? decided : end, polite, decision: given !== undefined && !p.negated, serves };
}

/** 弊社ではやりません: a predicate IPADIC read as はやる after the particle で. */
function hayaruSplit(s: Sentence, p: JaPredicate): boolean {
  const t = s.tokens![p.from];
  const before = s.tokens![p.from - 1];
  // Round 37 (refja37): 少量販売（60kg未満）はやっていません — after a bracket or a noun, too (nothing is "in fashion" with no particle).
  return !!t && !!before && (t.base === 'はやる' || t.base === '流行る') && t.surface.startsWith('はや') &&
    (before.surface === 'で' || before.pos === '名詞' || /^[）)」』】]$/.test(before.surface));
}

function reportNo(ctx: RuleContext, s: Sentence, found: Found): void {
  const { start, end, tailEnd, polite } = found;
  const lead = leadingConjunctionLength(s.text) + (isListOrHeading(s, undefined) ? itemMarkLength(s.text) : 0);
  const cushion = '申し訳ございませんが、';
  ctx.report({
    // Round 36 (refja36): a verb of declining reported as decided that also reads as news (無償貸出は取りやめることが決定して
    // おります, in answer to their ask): the refusal is an act of its own, standing beside the bad-news reading.
    // (Round 36: so is our negated act that serves the client — 実施, お受け, 返金: REFUSALS.actionNouns, acceptanceVerbs, RELIEF —
    // where the sentence also reads as news in answer to their ask: 土日の現地調査は実施しないことになっております.)
    ...(found.decision || (found.serves && ctx.facts.of(japaneseFacts, s).news) ? { ownAct: true } : {}),
    start: s.start + start,
    end: s.start + end,
    message: `${s.text.slice(start, end)} says no flatly; decline with a cushion and …いたしかねます.`,
    messageJa: `「${s.text.slice(start, end)}」は断定的な断りです。クッション言葉と「〜いたしかねます」でお断りします。`,
    suggestions: [
      {
        ...suggestion(`${cushion}…${polite}`, `Decline softly: ${polite}`, `「${polite}」とやわらかく断る`),
        edits: [
          { start: s.start + lead, end: s.start + lead, text: cushion },
          { start: s.start + start, end: s.start + tailEnd, text: polite },
        ],
      },
    ],
  });
}

/** The bullet or number a list item opens with (・ / ■ / 1.), kept before the cushion. */
function itemMarkLength(text: string): number {
  return /^[\s・●○◎■□◆◇\-*＊※]*(?:[0-9０-９]{1,2}[.．)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)?/u.exec(text)![0].length;
}

/** Our negated act: the main predicate, or a negated clause before ことにしました. */
function refusal(s: Sentence, predicates: JaPredicate[], thread: boolean): { p: JaPredicate; end: number; decided?: number; reported?: boolean; polite?: string } | undefined {
  for (const p of predicates) {
    // Round 35: 値引きは難しいとの結論に至りました / 保証期間の延長には応じかねるとの判断です — a difficulty or our softened no, reported
    // as the decision we reached: the no itself, with nothing to soften it (the ask is checked by judge).
    // (Round 37, refja37: 承認しかねるという結論です — IPADIC reads the clause before という as attributive; the report is the same.)
    if (!p.quoted && !p.past && (p.ending === 'quotative' || p.ending === 'attributive') && (DIFFICULT.test(p.head) || (p.negated && p.text.includes('かね')))) {
      const m = reportedAfter(s.text.slice(p.end));
      if (m) return { p, end: p.end, decided: p.end + m[0].length, reported: true, polite: p.negated ? p.text.replace(/る$/, 'ます') : 'お受けいたしかねます' };
    }
    // Round 36 (refja36): 見送られることとなりました / 取りやめることが決定しております — a verb of declining reported as decided.
    if (!p.quoted && !p.negated && !p.past && !p.request && !p.desire && p.ending === 'attributive' && (DECLINING.test(p.head) || DECLINING.test(p.noun ?? ''))) {
      const m = DECIDED.exec(s.text.slice(p.end)) ?? DECIDED_FOR_US.exec(s.text.slice(p.end));
      const humble = m && humbleDeclining(s, p);
      if (m && humble) return { p, end: p.end, decided: p.end + m[0].length, reported: true, polite: `${humble}こととなりました` };
    }
    if (p.quoted || !p.negated || p.past || p.request || p.desire || p.emotive) continue;
    // Round 31: 〜ておりません says what we do not do (手がけておりません) or what has not happened (まだ届いておりません):
    // a no only in a thread that asks, and never after まだ / 一度も.
    if (p.progressive && (!thread || NOT_YET.test(s.text.slice(0, p.start)) || COMPAT_BEFORE.test(s.text.slice(0, nounStart(s, p))))) continue;
    // Round 34 (post34ja): 現時点では価格の据え置きは考えておりません — our volition denied on an act named as the topic (Xは, not
    // …とは / …ようには: an opinion), in a thread that asks: a no to it, like 見送ります.
    const weighed = thread && p.head === '考える' && CONSIDERED_TOPIC.test(s.text.slice(0, p.start));
    // Round 34 (post34ja): ・日本語の取扱説明書：ご用意はありません — our humble act noun (ご用意, ご提供) as what there is not,
    // answering an item they asked for: our no, not a state (在庫はございません stays a state).
    const notOffered = thread && p.head === 'ある' && !p.progressive && OUR_ACT_NONE.test(s.text.slice(0, p.start));
    if (notOffered) return { p, end: p.end };
    if (!weighed && (NOT_ACTS.has(p.head) || (p.noun && NOT_ACTS.has(p.noun)))) continue;
    // ログインできません / 確認できません: what the system or the facts allow, not a no to the client.
    // (Round 44: 今も忘れることができません — the entry before its particle, as flat-refusal reads it.)
    const before = s.text.slice(0, p.start).replace(/[がはも]$/, '');
    if (REFUSALS.notRefusalBefore.some((w) => p.head.endsWith(w) || before.endsWith(w))) continue;
    if (p.politeness.includes('respectful') || p.text.includes('かね')) continue;
    // 差し支えございません / 間違いございません: ござる says what there is or is not, never an act of ours.
    if (p.politeness.includes('gozaimasu')) continue;
    if (p.kind !== 'verb') continue;
    if (p.main && p.ending === 'final') return { p, end: p.end };
    if (p.ending === 'attributive' || p.ending === 'quotative') {
      const after = s.text.slice(p.end);
      const m = p.ending === 'quotative'
        ? reportedAfter(after)
        : DECIDED.exec(after) ?? POLICY.exec(after) ?? reportedAfter(after) ?? DECIDED_FOR_US.exec(after);
      // …しない方針ですが、数量に応じた特別価格をご提案できます: the no leads into what we can do instead.
      const rest = m ? s.text.slice(p.end + m[0].length) : '';
      if (m && /^が/.test(rest) && REFUSALS.effortAfterBut.some((w) => rest.includes(w))) continue;
      if (m) return { p, end: p.end, decided: p.end + m[0].length, reported: p.ending === 'quotative' || !(DECIDED.test(after) || POLICY.test(after)) };
    }
  }
  return undefined;
}


/** 見送る → 見送らせていただく, 取りやめる → 取りやめさせていただく, 辞退する → 辞退させていただく: our verb of declining, humbly. */
function humbleDeclining(s: Sentence, p: JaPredicate): string | undefined {
  if (p.noun) return `${p.noun}させていただく`;
  const t = s.tokens![p.from];
  if (!t || t.pos !== '動詞') return undefined;
  if (t.cType.startsWith('一段')) return `${t.base.slice(0, -1)}させていただく`;
  const a = conjugate(t.base, t.cType, '未然形');
  return a ? `${a}せていただく` : undefined;
}

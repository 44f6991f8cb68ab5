// Structural readings of pressure on a prospect's decision, over kuromoji tokens: a time limit however the
// date is written, a benefit tied to deciding within it, an offer period with an end, and other companies
// said to be deciding. Each returns the span (relative to the sentence) to underline, or undefined.
import type { JaSentenceFacts } from '../../../engine/analysis/ja';
import type { Sentence, Token } from '../../../engine/types';
import { PRESSURE } from './dictionaries';
import { inQuotes, quotedRanges } from './text';
import { matchAll } from '../../../engine/match-all';

/** A pressure.json entry with a pattern, compiled once: what the rule and the example harness both run. */
export interface PatternEntry {
  id: string;
  re: RegExp;
  requiresRe?: RegExp;
  excludesRe?: RegExp;
  inOffer: boolean;
}

/** An entry as stored (only the keys that recognise). */
interface StoredEntry {
  id: string;
  pattern?: string;
  requires?: string;
  excludes?: string;
  inOffer?: boolean;
}

export function compileEntry(e: StoredEntry & { pattern: string }): PatternEntry {
  return {
    id: e.id,
    re: new RegExp(e.pattern, 'g'),
    requiresRe: e.requires ? new RegExp(e.requires) : undefined,
    excludesRe: e.excludes ? new RegExp(e.excludes) : undefined,
    inOffer: !!e.inOffer,
  };
}

/**
 * Where a pattern entry recognises pressure in a sentence: each match outside quotes whose clause has what it
 * `requires` (至急 + ください), nothing it `excludes` after it, and an offer in view when it needs one.
 */
export function entryMatches(e: PatternEntry, text: string): Array<[number, number]> {
  const quotes = quotedRanges(text);
  const out: Array<[number, number]> = [];
  if (e.inOffer && !PRESSURE.offerInView.some((w) => text.includes(w))) return out;
  for (const m of matchAll(text, e.re)) {
    const end = m.index + m[0].length;
    if (inQuotes(quotes, m.index, end)) continue;
    if (e.requiresRe && !e.requiresRe.test(restOfClause(text, end))) continue;
    if (e.excludesRe && e.excludesRe.test(text.slice(end))) continue;
    out.push([m.index, end]);
  }
  return out;
}

/** For the example harness: does a stored entry recognise the text? */
export function storedEntryMatches(e: StoredEntry, text: string): boolean {
  return !!e.pattern && entryMatches(compileEntry({ ...e, pattern: e.pattern }), text).length > 0;
}

/** A clause that hands its action on to the next one: ご検討のうえ、 / ご確認いただき、 / ご記入の上、. */
const CHAINED = /(?:のうえ|の上|うえ|上で|いただき|頂き|くださり|のうえで)$/;

/**
 * The text after `from` up to the next 、 or 。: what the matched phrase governs. A clause that only
 * chains the action on (至急ご検討のうえ、ご返答をお願いいたします) reads on into the next one.
 */
export function restOfClause(text: string, from: number): string {
  let end = from;
  for (;;) {
    const rest = text.slice(end);
    const stop = rest.search(/[、，。]/);
    if (stop < 0) return text.slice(from);
    const clause = text.slice(from, end + stop);
    // 至急、ご署名のうえ…: a comma right after the phrase does not end what it governs.
    if (rest[stop] === '。' || (clause.trim() !== '' && !CHAINED.test(clause))) return clause;
    end += stop + 1;
  }
}

/** Token words that stand for "now" as a time limit on a decision: 今ご決断いただければ, その場でご契約. */
const NOW_WORDS = ['今', '本日', '今日', 'その場', '即日', '即決', '当日'];
/** Periods IPADIC keeps as one noun: 年内にご契約, 月内のお申し込み. */
const WITHIN_WORDS = /^(?:年|月|週|期間|年度|期限|期日)内$/;

/**
 * Where a time limit is written: a date or period followed by まで / 中 / 内 / 限り (来週月曜までに,
 * 今月中の, 12月20日までの, 今週末まで), or a word for "now". Returns token index ranges [from, to).
 */
export function timeLimits(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // IPADIC reads 今 before ご決断 as a prefix, and その場 as two tokens.
    if ((NOW_WORDS.includes(t.surface) || WITHIN_WORDS.test(t.surface)) && (t.pos === '名詞' || t.pos === '接頭詞')) {
      out.push([k, k + 1]);
      continue;
    }
    if (t.surface === 'その' && tokens[k + 1]?.surface === '場') {
      out.push([k, k + 2]);
      continue;
    }
    // 48時間以内に / 3日以内の: 以内 is one noun in IPADIC.
    const limit = (t.surface === 'まで' && t.pos === '助詞') || ((t.surface === '中' || t.surface === '内') && t.pos1 === '接尾') || (t.surface === '以内' && t.pos === '名詞');
    if (!limit) continue;
    let b = k;
    while (b > 0 && k - b < 6 && (tokens[b - 1]!.pos === '名詞' || tokens[b - 1]!.pos === '接頭詞') && tokens[b - 1]!.pos1 !== '代名詞') b--;
    const date = tokens.slice(b, k);
    // 今期中 / 今年度内: a business period is a date too.
    if (!date.length || !date.some((d) => d.pos1 === '副詞可能' || d.pos1 === '数' || /[日月週曜時末朝夕晩間期]$|年度$/.test(d.surface))) continue;
    out.push([b, k + 1]);
  }
  return out;
}

/**
 * 今月中のご契約で初期費用を無料に / 12月20日までにご発注いただければ10%お値引き / 今週末までにお申し込みの方に
 * 限り無償: a decision of theirs (`decisionNouns`) under a time limit, then a benefit (`benefitWords`) that
 * depends on it. The span runs from the time limit to the end of the benefit's clause.
 */
export function rewardForDeciding(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  if (excused(s.text)) return undefined;
  const windows = [...timeLimits(tokens).map(([from]) => ({ from, bare: false })), ...currentPeriods(tokens).map((from) => ({ from, bare: true }))];
  for (const { from, bare } of windows) {
    // From the limit itself: 即決いただければ is both the time and the decision.
    const at = tokens[from]!.start - s.start;
    const rest = s.text.slice(at);
    // 今月中にお打ち合わせいただいた企業様に限り無料: a meeting by a date is the condition as much as an order.
    let decision = firstOf(rest, [...PRESSURE.decisionNouns, ...PRESSURE.engagementNouns]);
    // Round 25 (dp-037): 内示だけでも今週中に頂戴できれば、価格は確保いたします — the decision named as the object just
    // before the limit, the condition after it.
    if ((decision < 0 || decision > (bare ? 8 : 22)) && !bare && DECISION_BEFORE_LIMIT.test(s.text.slice(Math.max(0, at - 14), at)) &&
      CONDITION_ON_DECISION.test(rest)) decision = 0;
    if (decision < 0 || decision > (bare ? 8 : 22)) continue;
    const after = rest.slice(decision);
    // 今月契約いただいた企業様に限り / 今週契約してくれたら: a bare period (今月, 今週) sets a limit only when the
    // decision in it is the condition of what follows; 今月ご注文いただいた商品は describes an order.
    const cond = bare ? CONDITION_ON_DECISION.exec(after) : null;
    if (bare && !cond) continue;
    if (benefitIn(cond ? after.slice(cond.index) : after) < 0) continue;
    return [at, s.text.length];
  }
  return undefined;
}

/** A decision noun closed as the object or a minimum (を, だけでも, だけ) right before a time limit. */
const DECISION_BEFORE_LIMIT = new RegExp(`(?:${PRESSURE.decisionNouns.join('|')})(?:を|だけでも|だけは|だけ)[、，]?$`);

/** A period named as the current one with no まで / 中 / 内: 今月, 今週, 今期, 今年度, 本年度. */
const CURRENT_PERIOD = /^(?:今|本)(?:月|週|期|年|年度|月末|週末)$/;
function currentPeriods(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, k) => {
    if (t.pos === '名詞' && CURRENT_PERIOD.test(t.surface) && !/^(?:中|内|末|まで)$/.test(tokens[k + 1]?.surface ?? '')) out.push(k);
  });
  return out;
}
/** The decision made the condition: 〜いただければ、 / 〜してくれたら / 〜なら / 〜の場合 / 〜企業様に限り / 〜の方限定で. */
const CONDITION_ON_DECISION = /^[^。、]{0,16}?(?:れば|たら|なら|場合|に限り|に限って|限定|(?:方|企業様|お客様|会社様)(?:に|には|へ|は|だけ|のみ))/;

/**
 * What is given for deciding in time: a benefit word (無料, 値引, 特典), a rate or an amount off
 * (10%引き, 2割引, 30％から20％に), the price held (この値段で, 現行の単価のまま, 据え置き), or a cost we bear
 * (設置費はこちらで持ちます, 送料を弊社で負担). Returns where it is said, or -1.
 */
export function benefitIn(text: string): number {
  const word = firstOf(text, PRESSURE.benefitWords);
  const shape = BENEFIT_SHAPES.map((re) => text.search(re)).filter((i) => i >= 0);
  const all = [...(word >= 0 ? [word] : []), ...shape];
  return all.length ? Math.min(...all) : -1;
}
const BENEFIT_SHAPES = [
  /[0-9０-９]{1,3}(?:%|％|割)(?:引|オフ|OFF|off|の値引|の割引)/,
  /[0-9０-９]{1,3}(?:%|％|割)から[0-9０-９]{1,3}(?:%|％|割)に/,
  /(?:この|その|今の|現在の|現行の?)(?:お?値段|価格|単価|金額|料金|条件|レート)(?:で|のまま)/,
  /据え置/,
  // 価格は確保いたします / この条件は維持いたします: the price or the terms held for them (round 25, dp-037).
  /(?:価格|単価|お値段|条件|金額)(?:は|を|も)?[^。、]{0,4}?(?:確保|維持|お約束|キープ)(?:いた|し|させ|でき)/,
  /(?:費|料|代|代金|送料)(?:用)?(?:は|を|も)?[^。、]{0,4}?(?:こちら|弊社|当社|私ども)(?:で|が)(?:持ち|持た|負担)/,
  // 初期費用150,000円を0円に / 月額3万円から2万5千円に: a price of ours brought down to another amount.
  /円(?:を|から)[^。、]{0,12}?円(?:に|へ|と)/,
  // 導入費は0円です: nothing to pay, said as an amount (not 10円 or 150,000円).
  /(?:^|[^0-9０-９,，.．])[0０]円/,
];

/**
 * キャンペーン期間は今月末までとなっております / 特典の適用は12月20日のご契約分まで: an offer's period
 * (`offerNouns` + 期間 / 期限 / 適用) given an end. A quote's validity is the client's to use (clientSchedule).
 */
export function offerPeriodEnds(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  if (excused(s.text)) return undefined;
  const offer = PRESSURE.offerNouns.map((n) => s.text.indexOf(n)).filter((i) => i >= 0);
  if (!offer.length) return undefined;
  const start = Math.min(...offer);
  const period = s.text.slice(start).search(/期間|期限|締め?切|適用|受付/);
  if (period < 0) return campaignEnds(s, tokens);
  // A date after the period word, before a まで: 12月25日まで, 今月末のご発注分まで.
  const from = start + period;
  const until = tokens.findIndex((t) => t.surface === 'まで' && t.pos === '助詞' && t.start - s.start > from);
  if (until < 0) return undefined;
  const dated = tokens.slice(0, until).some((t) => t.start - s.start > from && (t.pos1 === '数' || t.pos1 === '副詞可能' || /[日月週末]$/.test(t.surface)));
  if (!dated) return undefined;
  return [start, s.text.length];
}

/**
 * この価格は今月末までとなります / 本条件は3月15日までです: what is offered, as the topic, held only until a
 * date. A quote's validity (有効期限) is excused before this is read.
 */
function offerUntil(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  // この割引、明日までしか使えない: the offer as a topic set off by a comma, too.
  const topic = /(?:価格|条件|特典|料金|特価|単価|値引き?|お値段|ご提案内容|金額|割引|クーポン)(?:は|も|、)/.exec(s.text);
  if (!topic) return undefined;
  const from = topic.index + topic[0].length;
  // この金額は明日までしか出せません / 今週いっぱいしかご利用いただけません: only until the date, said with
  // しか and a negated predicate; 今週限りとなっております / 月末いっぱいとなります: the end itself.
  const until = /^[^。、]{1,14}?(?:まで|限り|いっぱい)(?:となり|となっ|です|でござい|とさせていただ|の(?:ご提供|お取り扱い|ご案内)|有効|しか[^。、]{1,10}?(?:ない|ません|ず))/.exec(s.text.slice(from));
  if (!until) return undefined;
  const end = from + until[0].length;
  const dated = tokens.some((t) => t.start - s.start >= from && t.start - s.start < end && (t.pos1 === '数' || t.pos1 === '副詞可能' || /[日月週末]$/.test(t.surface)));
  return dated ? [topic.index, s.text.length] : undefined;
}

/**
 * セールは明日で終了となります / キャンペーンは今月末をもって終了いたします: a campaign's end ahead, with a
 * date. An end already past (先月で終了いたしました) is news of what was.
 */
function campaignEnds(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  const campaign = /キャンペーン|セール|特典|割引|特別価格|特価|優待/.exec(s.text);
  if (!campaign) return offerUntil(s, tokens);
  const end = /(?:で|をもって|をもちまして|にて)(?:終了|締め切|打ち切)/.exec(s.text.slice(campaign.index));
  if (/(?:終了|締め切|打ち切)[^。]{0,6}(?:ました|た。)/.test(s.text)) return undefined;
  if (!end) return offerUntil(s, tokens);
  const until = campaign.index + end.index;
  const dated = tokens.some((t) => t.start - s.start > campaign.index && t.start - s.start < until && (t.pos1 === '数' || t.pos1 === '副詞可能' || /[日月週末]$/.test(t.surface)));
  return dated ? [campaign.index, s.text.length] : undefined;
}

/**
 * 同業他社様も続々とご導入を決められています / 他社様からのお申し込みが相次いでおります: other companies
 * said to be deciding, a push to follow them. A case study (他社様の導入事例) only informs.
 */
export function othersDeciding(s: Sentence): [number, number] | undefined {
  // ほかにも同じ機械をご検討中の企業様がいらっしゃいます: other buyers said to be after the same thing.
  const others = OTHER_BUYERS.exec(s.text);
  if (others && !/[？?]|場合|でしたら|ましたら/.test(s.text) && (/検討中|ご検討|引き合い|お問い合わせ|お申し込み|ご興味/.test(s.text))) {
    return [others.index, s.text.length];
  }
  const at = firstOf(s.text, PRESSURE.otherCompanies);
  if (at < 0) return undefined;
  const rest = s.text.slice(at);
  if (/事例|実績|比較/.test(rest)) return undefined;
  const rush = /続々|次々|相次|殺到|早い者勝ち|急増|引き合い/.test(rest);
  const also = /^[^、。]{0,8}?も/.test(rest.slice(0, 12)) && (firstOf(rest, PRESSURE.decisionNouns) >= 0 || /決め|採用|乗り換え|切り替え|狙|ご検討中/.test(rest));
  // 他社様でも導入いただいております: their use received with thanks, ongoing — a reference, not a move to follow.
  const reference = /(?:導入|採用|ご?利用|お使い|ご愛用)(?:を)?(?:いただ|頂)い(?:て(?:おり|い)|ており)/.test(rest) && !/すでに|既に|最近|今月|先月|今年/.test(s.text);
  return rush || (also && !reference) ? [at, s.text.length] : undefined;
}

/** ほかにも…企業様 / 他にも…お客様: other buyers, named after ほかにも within the clause. */
const OTHER_BUYERS = /(?:ほか|他)にも[^。、]{0,20}?(?:企業|会社|お客|業者|社様|事業者)/;

/**
 * この条件は今週金曜日までのお申し込みに限らせていただきます / 特別価格は12月20日までのご契約に限ります: an
 * offer (`offerNouns`) held only for a decision of theirs made within a time limit.
 */
export function offerLimitedToDecision(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  if (excused(s.text)) return undefined;
  // この運賃は / 本プランは: whatever the topic, terms kept only for a decision in time (ONLY_IN_TIME) are the offer.
  const topic = /^[^。、]{1,16}?は[、，]?/.exec(s.text);
  const named = firstOf(s.text, PRESSURE.offerNouns);
  const offer = named >= 0 ? named : topic && timeLimits(tokens).some(([, to]) => ONLY_IN_TIME.test(restAfterDecision(s, tokens, to))) ? 0 : -1;
  if (offer < 0) return undefined;
  for (const [from, to] of timeLimits(tokens)) {
    const at = tokens[from]!.start - s.start;
    const limitEnd = tokens[to - 1]!.end - s.start;
    // 今月15日までにお見積りをご依頼いただいた企業様に限り、保険料を10%割り引いております: a benefit kept for
    // those who act before the date, whatever they are asked to do.
    if (BENEFIT_FOR_EARLY.test(s.text.slice(limitEnd))) return [at, s.text.length];
    if (at < offer) continue;
    const rest = s.text.slice(limitEnd);
    // この価格でご提供できるのは今月中だけです: the offer itself ends with the time limit.
    if (/^(?:の)?(?:だけ|のみ|限り)(?:です|でござい|となり|とさせ)/.test(rest)) return [offer, s.text.length];
    const decision = firstOf(rest, PRESSURE.decisionNouns);
    if (decision < 0 || decision > 6) continue;
    // …のお申し込みに限らせていただきます / 限ります / 限定とさせていただきます / のみ有効です.
    // …ご契約いただいた企業様のみです / お客様だけが対象です: the offer kept for those who decided in time.
    const after = rest.slice(decision);
    if (!/^[^。、]{0,12}?(?:に限ら|に限り(?:ます|とさせ)|に限定|限定と|のみ(?:有効|適用|とさせ|となり))/.test(after) && !DECIDERS_ONLY.test(after) && !ONLY_IN_TIME.test(after)) continue;
    return [offer, s.text.length];
  }
  return undefined;
}

/**
 * ご発注いただいた場合に限り適用となります / ご契約の場合のみ有効です / お申し込み分に限り対象となります: the terms
 * applied only when their decision comes within the time limit.
 */
const ONLY_IN_TIME = /^[^。、]{0,16}?(?:場合|とき|時|際|分|もの)(?:に限り|に限って|のみ)[、，]?(?:適用|有効|対象|ご提供|ご用意|お受け|承り)/;
/** The text after the first decision word following a time limit (token `to`), or '' when none comes within six characters. */
function restAfterDecision(s: Sentence, tokens: readonly Token[], to: number): string {
  const rest = s.text.slice(tokens[to - 1]!.end - s.start);
  const d = firstOf(rest, PRESSURE.decisionNouns);
  return d < 0 || d > 6 ? '' : rest.slice(d);
}
/** Those who act in time, the only ones a benefit is for: …いただいた企業様に限り、…割り引いております. */
const BENEFIT_FOR_EARLY = /^に[^。]{1,24}?(?:企業|会社|お客|方|法人|事業者|店舗)(?:様|さま)?(?:に限り|のみ|だけ|限定で)[、，]?[^。]{0,24}?(?:割引|割り引|値引|無料|無償|特典|優待|オフ|OFF)/;
/** The deciders named as the only ones the offer is for: 企業様のみ / お客様だけ / 方に限り. */
const DECIDERS_ONLY = /^[^。、]{0,10}?(?:企業|会社|お客|方|法人|事業者|店舗)(?:様|さま)?(?:のみ|だけ|限定|に限)/;

/**
 * 導入をお考えなら今しかありません / 今ご契約いただかないと、この条件はご用意できません: "now" as the only
 * time, or a decision not made now as the condition for a loss. A plain 今 (今お電話してもよろしいですか)
 * sets no limit.
 */
export function nowOrNever(s: Sentence, tokens: readonly Token[], f: JaSentenceFacts): [number, number] | undefined {
  if (f.question) return undefined;
  for (const t of tokens) {
    if (!NOW_WORDS.includes(t.surface) || (t.pos !== '名詞' && t.pos !== '接頭詞')) continue;
    const at = t.start - s.start;
    const rest = s.text.slice(t.end - s.start);
    if (ONLY_THEN.test(rest)) return [at, s.text.length];
    // 今決めないと / 今ご決断いただかなければ: the clause up to its first 、 or 。 holds a decision and its negated condition.
    const clause = /^[^。、]{0,24}/.exec(rest)![0];
    const decided = firstOf(clause, PRESSURE.decisionNouns);
    if (decided >= 0 && NOT_DONE.test(clause.slice(decided))) return [at, s.text.length];
  }
  return undefined;
}
/** 今しかありません / 今しかございません / 今しかない / 今しかチャンスはありません. */
const ONLY_THEN = /^しか(?:ない|ありません|ございません|(?:チャンス|機会)(?:は|が)?(?:ない|ありません|ございません))/;
/** A condition on a decision not made: 〜ないと / 〜なければ / 〜なかったら. */
const NOT_DONE = /(?:ないと|なければ|なかったら|ないなら|ないのは)/;

/**
 * 社内稟議はそれまでに必ず通してください / ご稟議は後からで構いませんので、まずは仮発注を: a request that
 * rushes or skips the buyer's own approval (稟議, 決裁, 社内のご承認). Help with it (稟議用の資料をお送りします)
 * or a request that waits for it (稟議が通りましたらご連絡ください) leaves their process alone.
 */
export function approvalRushed(s: Sentence, tokens: readonly Token[], f: JaSentenceFacts): [number, number] | undefined {
  const approval = APPROVAL.exec(s.text);
  // ご稟議を急いで回していただけますか: a request put as a question rushes it all the same.
  if (!approval) return undefined;
  // 社長決裁を待たずに…先行発注いただくことは可能でしょうか: a question that asks their act requests it too.
  const requested = f.acts.includes('request') || /ください|下さい|お願い|(?:いただ|頂)け(?:ます|ません)か|可能でしょうか|ご検討いただけ/.test(s.text);
  // Round 22: 社内のご稟議が間に合わないようでしたら、まずは仮契約だけでも先に進めることをおすすめします — advice
  // (お勧めします, 得策かと存じます, よろしいかと存じます) presses like a request when what it advises is a commitment.
  if (!requested && !advised(s.text.slice(approval.index))) return undefined;
  const rest = s.text.slice(approval.index);
  if (/(?:通り|下り|済み|終わり)(?:ましたら|次第|ました後)|資料|ご用意|お手伝い|サポート|ご都合|ごゆっくり/.test(rest)) return undefined;
  const timed = timeLimits(tokens).length > 0 || /それまでに|その前に|必ず|急い|至急|早急|早め|すぐ/.test(rest);
  const skipped = /後から|後回し|後ほどで|後で構|抜きで|省略|飛ばし|なしで|待たずに|前に(?:仮)?(?:発注|契約|注文)/.test(rest) ||
    commitmentAhead(s, tokens, approval.index);
  if (!requested && !skipped) return undefined;
  // ご決裁をお急ぎいただけますと幸いです / 助かります: a hurry put as our wish leaves it theirs, as お早めに…幸いです
  // does for a decision (early-pressure's deadline reader); skipping their process is never a wish.
  if (!skipped && /幸い|助かり/.test(rest)) return undefined;
  return timed || skipped ? [approval.index, s.text.length] : undefined;
}
/** お勧めします / おすすめいたします / 推奨いたします / 得策かと / よろしいかと存じます, not negated (お勧めしません). */
function advised(text: string): boolean {
  return /(?:お勧め|おすすめ|お薦め|推奨)(?:いた)?し(?:ます|たい)|得策|よろしいかと|良いかと|よいかと|確実かと|安心かと/.test(text) && !/(?:お勧め|おすすめ|お薦め|推奨)(?:いた)?しません/.test(text);
}

/**
 * A commitment brought forward, ahead of their approval: a binding decision noun (契約, 発注, 申込, 署名 — the
 * `decisionNouns` less replies and consideration) or any サ変 noun made provisional by the prefix 仮 (仮契約, 仮発注,
 * 仮予約, read off kuromoji's 接頭詞 + 名詞-サ変接続), with a word that puts it first (先に, まずは, ひとまず, だけでも,
 * とりあえず). まずは資料だけでもご覧ください commits them to nothing.
 */
function commitmentAhead(s: Sentence, tokens: readonly Token[], from: number): boolean {
  const rest = s.text.slice(from);
  if (!/先に|まずは|ひとまず|だけでも|とりあえず|先行して/.test(rest)) return false;
  return provisionalIn(s, tokens, from, s.text.length) || BINDING.some((w) => rest.includes(w));
}
/** 仮契約, 仮発注, 仮予約: kuromoji's 接頭詞 仮 before a noun, between the offsets `from` and `to` of the sentence. */
function provisionalIn(s: Sentence, tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.some((t, i) => t.start - s.start >= from && t.start - s.start < to && t.pos === '接頭詞' && t.surface === '仮' &&
    tokens[i + 1]?.pos === '名詞' && (tokens[i + 1]!.pos1 === 'サ変接続' || tokens[i + 1]!.pos1 === '一般'));
}
/** Decisions that bind: the decision nouns less a reply or a consideration (回答, 返信, 検討, 判断). */
// Round 23: holding the thing ahead of the decision binds too (12月中に体制を押さえておくことを強くおすすめします).
const BINDING = PRESSURE.decisionNouns.filter((w) => !/回答|返答|返信|返事|検討|判断|決裁|決め|意向/.test(w)).concat(['内示', '内定', '押さえ', '抑え', '確保', '予約', 'キープ', '取り置き']);

/**
 * まずは仮予約だけでも今週中に入れておかれることをおすすめいたします / 年内にご契約いただくのが得策かと存じます: advice
 * (not advice against) whose content is a commitment — a binding decision noun, or a サ変 noun made provisional by 仮 —
 * under a time limit of the sentence. Advice with no commitment (今週中に資料をご覧いただくことをおすすめします), the time
 * left to them, or their own schedule is not pressure.
 */
export function advisedCommitment(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  if (!advised(s.text) || !timeLimits(tokens).length) return undefined;
  if (/必要は(?:ござい|あり)ません|には及びません|急ぎません|ごゆっくり|ご都合(?:の|に)|ご無理のない/.test(s.text)) return undefined;
  if (PRESSURE.clientSchedule.some((w) => s.text.includes(w))) return undefined;
  return provisionalIn(s, tokens, 0, s.text.length) || BINDING.some((w) => s.text.includes(w)) ? [0, s.text.length] : undefined;
}

/** The buyer's approval process, named: 稟議 / 決裁 / 社内のご承認 / 社内手続き. */
const APPROVAL = /(?:ご)?稟議|(?:ご)?決裁|社内(?:の)?(?:ご)?(?:承認|手続き|調整|決裁)/;

/** ようでしたら / 場合は / なら / と: the condition a threat hangs on. */
const CONDITION = /(?:ようでしたら|ようであれば|ようなら|場合は|場合には|場合、|のでしたら|なら、|ければ、|ないと、|たら、)/;

/**
 * ご決裁に年明けまでかかるようでしたら、今回のお話はなかったことにさせていただきます / 今週中にお返事を
 * いただけない場合は、他社様にご案内いたします: a condition about their decision or its timing, and our
 * withdrawing the offer (`withdrawals`) as what follows. Returns where the condition's clause starts.
 */
export function withdrawalOnDelay(s: Sentence, tokens: readonly Token[], f: JaSentenceFacts): [number, number] | undefined {
  const cond = CONDITION.exec(s.text);
  if (!cond || f.question) return undefined;
  const before = s.text.slice(0, cond.index);
  const after = s.text.slice(cond.index + cond[0].length);
  // 今月中に日程が決まらない場合 / 本日中にご連絡がない場合: a thing of theirs not done within the time limit is their
  // decision not made in time, whatever its noun.
  const notInTime = /(?:ない|なかった|いただけない|頂けない|ません)(?:よう)?$/.test(before) && timeLimits(tokens).length > 0;
  const aboutTheirDecision = notInTime || firstOf(before, PRESSURE.decisionNouns) >= 0 || /ご決裁|ご稟議|ご判断|お時間が|かかる|遅れ|過ぎ/.test(before);
  const timed = timeLimits(tokens).some(([from]) => tokens[from]!.start - s.start < cond.index) || /かかる|遅れ|過ぎ|長引|以降|以後|先に|延び/.test(before);
  if (!aboutTheirDecision || !timed) return undefined;
  const w = firstOf(after, PRESSURE.withdrawals);
  if (w < 0) return undefined;
  return [0, s.text.length];
}

/**
 * 枠には限りがございますので、お早めに面談の日程をお知らせください: a limit on what is offered (`limits`)
 * given as the reason (ので / ため / から) for a request to hurry. The same limit with the timing left to
 * them (限りがございますが、ご都合のよいときに) informs.
 */
export function scarcityHurry(s: Sentence, f: JaSentenceFacts): [number, number] | undefined {
  const limit = firstOf(s.text, PRESSURE.limits);
  const at = limit >= 0 ? limit : COUNT_LEFT.exec(s.text)?.index ?? -1;
  if (at < 0 || !f.acts.includes('request')) return undefined;
  const rest = s.text.slice(at);
  const reason = /^[^。]{0,16}?(?:ので|ため|から)[、，]?/.exec(rest);
  if (!reason) return undefined;
  const ask = rest.slice(reason[0].length);
  if (!PRESSURE.hurryWords.some((h) => ask.includes(h)) && !/今週中|本日中|明日中|今月中|至急|急ぎ/.test(ask)) return undefined;
  return [at, s.text.length];
}

/**
 * Round 25 (AB's ab-a-028): a count of what is left, as the limit — 導入枠はあと2社のみ, 残り3枠だけ, あと1名様となって:
 * 残り / あと, a figure, then a word that closes the count (のみ, だけ, しか, となって, です).
 */
const COUNT_LEFT = /(?:残り|あと)[\s　]?[0-9０-９一二三四五六七八九十数わ僅][^。、]{0,6}?(?:のみ|だけ|しか|限り|となって|となり|です|でござい)/;

/** A time passing as the condition: 来週になると / 月末を過ぎますと / 4月以降は / 来月からは. */
const LATER = /(?:になると|になりますと|を過ぎると|を過ぎますと|を過ぎたら|以降になると|以降は|以降も|になったら|(?:月|週|年|期|日)からは|明けには|明けから)/;
/** What the prospect loses then: the goods go to others, the slot fills, the price goes up. */
const LOSS = /他の|他社|ほかの|回っ|回り|回さ|回して|なくな|埋ま|上が|値上|売り切|完売|確保でき(?:な|ませ|かね)|押さえられな|押さえ(?:ること|ら)が?でき|保証は(?:ござい|あり)ません|保証(?:いたし|でき)かね|お約束(?:でき|いたし)かね|お約束できませ/;
/** Advice on their timing, which asks as a request does: 〜のが得策です, 早めのご判断が賢明かと存じます. */
const ADVISED = /得策|賢明|(?:ほう|方|の)が(?:よろし|よい|良い|いい|確実|安心)|おすすめ|お勧め|お薦め/;
/** A time limit written into the ask itself: 年内に押さえて, 今月中のご判断, 今のうちに. */
const LIMITED_ASK = /年内|年度内|月内|期内|今月中|今週中|今期中|本日中|明日中|今のうち|までに|以内に/;
/** Heads of predicates that say the offer is gone once the time has passed (難しくなります, 通常料金に戻ります). */
const LOST_HEADS = /^(?:難しい|厳しい|戻る|上がる|終了|終わる|なくなる|値上げ)$/;
/** What is offered is said to be scarce in the same sentence: 残り3件のみ, 限りがございます, 先着. */
const SCARCE = /残り[0-9０-９一二三四五六七八九十わ僅]|のみ[でと、，]|限りが|先着|わずか|僅か/;
/** お早めに！ / お早めに。: a hurry with its request left unsaid. */
const BARE_HURRY = /(?:お)?早めに[！!。]*\s*$/;

/**
 * 来週になると生地が他のブランドさんに回っちゃうんで、早めに決めてもらえると助かります / 月末を過ぎますと
 * 枠が埋まってしまいますので、お早めにご発注ください / この条件、来月からは出せないのでお早めに！: a loss once
 * time passes, given as the reason for a request to hurry the decision. Told beside the offer's scarcity
 * (施工枠は残り3件のみで、来週を過ぎますとお引き受けは難しくなります) it presses with no request at all. The
 * same loss told with the timing left to them (ご検討の目安として…) informs.
 */
export function lossIfWaiting(s: Sentence, f: JaSentenceFacts): [number, number] | undefined {
  const later = LATER.exec(s.text);
  if (!later || f.question) return undefined;
  const rest = s.text.slice(later.index);
  const reason = /(?:ので|ため|から(?!は)|んで)[、，]?/.exec(rest);
  const lossBy = reason ? later.index + reason.index : s.text.length;
  // The loss is a word of it (埋まる, 他社に回る) or a predicate after the time: our offer no longer possible
  // (出せない, ご用意できません) or gone (難しくなる, 戻る).
  const lost = LOSS.test(s.text.slice(later.index, lossBy)) || f.predicates.some((p) =>
    p.start >= later.index && p.end <= lossBy && !p.quoted && ((p.negated && p.potential) || LOST_HEADS.test(p.head)));
  if (!lost) return undefined;
  if (!reason) return SCARCE.test(s.text) ? [0, s.text.length] : undefined;
  const ask = rest.slice(reason.index + reason[0].length);
  if (BARE_HURRY.test(ask)) return [0, s.text.length];
  // 年内に押さえておかれるのが得策です: advice to commit within a time limit hurries as お早めに does.
  const limitedAdvice = LIMITED_ASK.test(ask) && ADVISED.test(ask);
  if (!PRESSURE.hurryWords.some((h) => ask.includes(h)) && !limitedAdvice) return SCARCE.test(s.text) ? [0, s.text.length] : undefined;
  if (!f.acts.includes('request') && !/助かり|幸い|お願い|ください|ほしい/.test(ask) && !ADVISED.test(ask)) return undefined;
  return [0, s.text.length];
}

/** An apology or the client's own schedule makes a date information (価格改定のお知らせ with 申し訳). */
function excused(text: string): boolean {
  return PRESSURE.clientSchedule.some((p) => text.includes(p)) || /申し訳|恐縮|ご理解|現行価格|改定前/.test(text);
}

function firstOf(text: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const i = text.indexOf(w);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/**
 * ほかに2社様からもお問い合わせをいただいております / 他のお客様からも引き合いがございます / ほかにも購入希望の
 * 方がいらっしゃいます: other buyers said to be after the same thing. Returns where they are named, or -1. A
 * case study (他社様の導入事例) or a condition (他社様とご比較の場合は) names no rival.
 */
const OTHER_PARTY_INTEREST =
  /(?:ほか|他|別)(?:に(?:も)?|の)?[^。、]{0,12}?(?:様|さま|方|企業|会社|業者)(?:から)?(?:も|が)[^。]{0,14}?(?:問い合わせ|引き合い|検討|相談|申し込み|申込|商談|興味|関心|打診|購入|[Ii]nquir|[Ee]nquir|[Ii]nterest|RFQ)|(?:ほか|他)に(?:も)?[^。、]{0,8}?(?:購入|検討|申し込み|申込)(?:希望|中)?の(?:方|企業|会社|お客)/;
export function othersInterested(text: string): number {
  const m = OTHER_PARTY_INTEREST.exec(text);
  if (!m || /[？?]|場合|でしたら|ましたら|事例|実績/.test(text)) return -1;
  return m.index;
}

/** A commitment of the prospect: a decision word, or money or a hold put down for the thing (手付金, 内金, 確保). */
const COMMITMENT = new RegExp(`${PRESSURE.decisionNouns.join('|')}|手付|内金|前金|頭金|振り?込|支払|確保|押さえ|取り置き`);

/**
 * 明後日までに手付金をお振り込みいただくのが確実です / 今週金曜までにお申し込みください / 3日以内にご発注いただければ:
 * a time limit with a commitment of the prospect after it in the sentence, not lifted (急ぎません, 必要はございません)
 * and not the client's own schedule. Returns the time limit's span.
 */
export function commitmentByDate(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  if (/必要は(?:ござい|あり)ません|には及びません|急ぎません|不要|ごゆっくり|ご都合(?:の|に)/.test(s.text)) return undefined;
  if (PRESSURE.clientSchedule.some((w) => s.text.includes(w))) return undefined;
  for (const [from, to] of timeLimits(tokens)) {
    const start = tokens[from]!.start - s.start;
    const end = tokens[to - 1]!.end - s.start;
    const rest = s.text.slice(end).split('。')[0]!;
    // 本日中にお見積りをお送りいたします: the date governs our own act, not a commitment of theirs.
    if (!COMMITMENT.test(rest) || /^[^、]{0,30}?(?:お送り|ご送付|ご連絡|お届け|ご報告)(?:いた|し|申し上げ)/.test(rest)) continue;
    return [start, end];
  }
  return undefined;
}

/** Ways of putting their decision off: 先延ばし, 後回し, 様子見, 見送り, お待ちになる, 遅らせる, 延期. */
const PUT_OFF = /先延ばし|先送り|後回し|様子見|様子を見|見送|お待ちにな|待たれ|遅らせ|延期|保留/;
/** Advice against it, in a negated or warning form: おすすめいたしかねます / お勧めしません / おすすめできません / 得策ではありません / 賢明ではない. */
const ADVISED_AGAINST = /(?:おすすめ|お勧め|お薦め|勧め|すすめ)(?:いたし|し|でき)?(?:かね|ませ|ない)|(?:得策|賢明)(?:では|とは)(?:ござい|あり|な)|もったいな|損(?:を)?(?:なさ|され|する|です)/;

/**
 * 正直に申し上げますと、これ以上ご検討を先延ばしになさるのはおすすめいたしかねます / 様子見はお勧めしません /
 * 導入を見送られるのは得策ではございません: advice against putting their decision off — pressure worded as
 * counsel. Our own delay (納品を延期いたします) or a delay of theirs we accept (保留いただいて構いません) is not.
 */
export function delayDiscouraged(s: Sentence, f: JaSentenceFacts): [number, number] | undefined {
  if (f.question) return undefined;
  const off = PUT_OFF.exec(s.text);
  if (!off) return undefined;
  const rest = s.text.slice(off.index);
  const against = ADVISED_AGAINST.exec(rest);
  if (!against || /構いません|差し支えございません|問題ございません|いただいても/.test(rest.slice(0, against.index))) return undefined;
  // Advice is given to the reader, so the delay is theirs — unless our side is named as the one delaying.
  if (/弊社|当社|私ども|こちら/.test(s.text.slice(0, off.index))) return undefined;
  return [0, s.text.length];
}

/** One line of an availability table: 「・7月：満席」「8月　残り1枠」「第3期：受付中」. */
export type JaAvailability = 'full' | 'scarce' | 'open';
const JA_PERIOD = /[0-9０-９一二三四五六七八九十]{1,3}月|[0-9０-９]{1,2}日|週|期|上旬|中旬|下旬|[QＱ][1-4１-４]|第[0-9０-９一二三四五六七八九十]{1,3}(?:回|期|弾)|四半期|年度/;
const JA_FULL = /満席|満枠|満員|受付終了|完売|売り切れ|売切|埋まっ|空きなし|空き無し|予約済|締め?切り?(?:済|ました)?$|受付停止/;
const JA_SCARCE = /残り(?:[0-9０-９一二三]|わずか|僅か)|あと[0-9０-９一二三](?:枠|社|名|席|台|件)|最後の[0-9０-９一]?(?:枠|席|1社)|若干|わずか|僅少|(?:[0-9０-９一二]|1)(?:枠|社|席|名)(?:分)?のみ|残席僅少/;
const JA_OPEN = /空きあり|空き有り|受付中|余裕|ご用意可能|可$/;

/**
 * A line of an availability table (round 16, P3): a period as its label and what is left of it. A run of them
 * with a period full and one scarce beside it is scarcity set out as a table (ja.pressure.decision-pressure).
 */
export function jaAvailabilityOf(text: string): JaAvailability | null {
  const line = text.trim();
  const at = line.search(/[：:]/);
  if (at < 1 || line.includes('\n')) return null;
  const label = line.slice(0, at).replace(/^[\s　・\-－*＊●■◆]*(?:[0-9０-９]{1,2}[.)．）])?/, '').trim();
  const status = line.slice(at + 1).trim().replace(/[。．]$/, '');
  if (!label || label.length > 20 || !status || status.length > 30 || !JA_PERIOD.test(label)) return null;
  if (JA_SCARCE.test(status)) return 'scarce';
  if (JA_FULL.test(status)) return 'full';
  return JA_OPEN.test(status) ? 'open' : null;
}

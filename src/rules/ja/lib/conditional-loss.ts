// Pressure on a prospect's decision read as what the sentence makes depend on it (ja.pressure.conditional-loss):
//  - a condition on their decision not coming, or on waiting (今月中に決めないと / 発注書をいただけない場合 /
//    理事会までお待ちしていると / この日を過ぎると / ご判断が来月になったら), with a loss for them after it
//    (できなくなります, 間に合いません, 他社様に回すことになります, 遅れてしまう, 来年になります, 定価でのご案内);
//  - a benefit held only for those who act by a date (…までにお返事をいただいた会社様のみ確保いたします).
// The condition is grammar (analysis/ja-condition.ts), the loss is read off the consequent's predicates (negated
// potential, なくなる, てしまう, かねる, a loss verb, a later time or other customers); the word classes are
// dictionaries/ja/conditional-loss.json.
import { z } from 'zod';
import data from '../../../../dictionaries/ja/conditional-loss.json';
import { conditionsOf, type Condition } from '../../../engine/analysis/ja-condition';
import type { JaPredicate, JaSentenceFacts } from '../../../engine/analysis/ja';
import type { Sentence, Token } from '../../../engine/types';
import { bundled, onDemand } from '../../bundled';
import { WordClassSchema, wordLists } from '../../word-class';
import { SuggestionDataSchema } from './dictionaries';
import { clauseStart } from './text';

const words = onDemand(() => z.array(z.string().min(1)).min(1));
const ConditionalLossSchema = onDemand(() => z.object({
  description: z.string(),
  decisions: WordClassSchema(),
  waiting: WordClassSchema(),
  losses: WordClassSchema(),
  others: WordClassSchema(),
  later: WordClassSchema(),
  backToList: WordClassSchema(),
  ownSchedule: WordClassSchema(),
  scheduleNouns: WordClassSchema(),
  reassured: WordClassSchema(),
  restrictions: WordClassSchema(),
  closings: WordClassSchema(),
  attendance: WordClassSchema(),
  message: z.object({ en: z.string().min(4), ja: z.string().min(2) }),
  suggestions: z.array(SuggestionDataSchema()).min(1),
}));
/** Its word lists are word classes with their own examples (round 31); the reader gets the plain lists. */
export const CONDITIONAL_LOSS = wordLists(bundled('ja/conditional-loss', ConditionalLossSchema, data));

const D = CONDITIONAL_LOSS;
const has = (text: string, list: readonly string[]) => list.some((w) => text.includes(w));
const WAITING = new Set(D.waiting);
const LOSSES = new Set(D.losses);
/** The losses written in kanji alone (無効, 撤回, 対象外): nouns, found with と/に なる as well as with する. */
const LOSS_NOUNS = D.losses.filter((w) => /^\p{Script=Han}+$/u.test(w) && w.length > 1);
/** The verbs and auxiliaries by which the reader is the one acting (ご発注いただけない, お決めくださらない). */
const READER_ACT = /^(?:いただく|頂く|いただける|頂ける|頂戴|くださる|下さる|もらう|もらえる|なさる)$/;
/** Our side named as the one who acts: the condition is ours, not their decision. */
const OURS = /弊社|当社|私ども|わたくしども|弊行|当方|私たち|我々/;

/** Where the pressure is (relative to the sentence text), or undefined. */
/**
 * Round 25: a list line, a table row or a heading states, but the time after the seller's limit with a loss in it
 * (・期限以降：部材は他案件に回します, | 有効期限 | 本日17時まで（以降は他案件に充当） |) is the condition whatever the layout.
 */
export function limitThenLossIn(s: Sentence, f: JaSentenceFacts, before = ''): number | undefined {
  return afterTheLimit(s.text, f) ?? afterTheTime(s.text, f, before);
}

export function conditionalLossIn(s: Sentence, f: JaSentenceFacts, before = ''): number | undefined {
  const tokens = s.tokens;
  if (!tokens?.length || has(s.text, D.reassured)) return undefined;
  const rel = (t: Token) => t.start - s.start;
  for (const c of conditionsOf(tokens)) {
    if (c.concessive || !readerCondition(tokens, c, s.text, rel)) continue;
    const from = rel(tokens[c.after - 1]!) + tokens[c.after - 1]!.surface.length;
    if (!lossAfter(s.text, from, f.predicates)) continue;
    // The clause starts at its first word: not at the 、 left by the clause before it.
    let k = c.from;
    while (k < c.junction && (tokens[k]!.pos === '記号' || /^\s+$/.test(tokens[k]!.surface))) k++;
    return rel(tokens[k]!);
  }
  return exclusiveWindow(s, tokens, rel) ?? closingThenLater(s.text, f) ?? afterTheLimit(s.text, f) ?? afterTheTime(s.text, f, before) ??
    proportionalDelay(s, tokens, f, rel);
}

/**
 * 導入が遅れるほど御社だけが取り残される形になりかねません / ご判断を先延ばしにすればするほど、枠は埋まっていきます: the
 * longer their decision waits, the more they lose — a waiting verb before ほど, their decision (or a mark of theirs) in
 * its clause, a loss after it. Not our side's act, and not a gain (導入が早いほど効果が大きくなります).
 */
function proportionalDelay(s: Sentence, tokens: readonly Token[], f: JaSentenceFacts, rel: (t: Token) => number): number | undefined {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const v = tokens[k - 1]!;
    if (t.surface !== 'ほど' || !/^(?:助詞|名詞)$/.test(t.pos) || !/^(?:動詞|形容詞|助動詞)$/.test(v.pos)) continue;
    // 遅れるほど / 先延ばしにされるほど / お待ちになるほど: a waiting word within the verb group before ほど.
    if (!tokens.slice(Math.max(0, k - 4), k).some((x) => WAITING.has(x.base) || WAITING.has(x.surface))) continue;
    let j = k - 1;
    while (j > 0 && !/^[、，。]$/.test(tokens[j - 1]!.surface)) j--;
    const part = tokens.slice(j, k);
    const clause = part.map((x) => x.surface).join('');
    if (OURS.test(clause)) continue;
    const readerMarked = part.some((x) => READER_ACT.test(x.base) || (x.pos === '接頭詞' && /^[おご]$/.test(x.surface)));
    if (!has(clause, D.decisions) && !readerMarked) continue;
    if (!lossAfter(s.text, rel(t) + t.surface.length, f.predicates) && !/かね(?:ません|ない)/.test(s.text.slice(rel(t)))) continue;
    return rel(tokens[j]!);
  }
  return undefined;
}

/**
 * 1月29日（金）まで ※それ以降はチームを他案件にassignします / 期限以降は在庫の確保はできかねます: the time after a limit
 * as the topic (それ以降は, 期限を過ぎましたら), a loss for them as its comment — a condition on their act by the
 * limit, with no conditional form. Said back to a limit (それ/期限/同日) or after one set in the sentence (…まで).
 */
const AFTER_LIMIT = /(?:それ|これ|その日|同日|期限|期日|締切|締め切り)(?:日)?(?:以降|以後|を?過ぎ(?:まし)?たら|を過ぎますと)(?:は|に)?[、，]?/;
/** 本日17時まで（以降は他案件に充当）: 以降 with no head, right after the limit's まで (a table cell, a bracketed note). */
const BARE_AFTER_LIMIT = /まで[）)]?[（(、，\s※]{0,3}(?:以降|以後)(?:は|に|も)[、，]?/;
function afterTheLimit(text: string, f: JaSentenceFacts): number | undefined {
  const m = AFTER_LIMIT.exec(text) ?? BARE_AFTER_LIMIT.exec(text);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  if (!lossAfter(text, from, f.predicates, true)) return undefined;
  // The limit set before it, in this sentence (…まで ※それ以降は) or said back to (それ以降は) one before.
  return /^(?:それ|これ|その日|同日)/.test(m[0]) && !/まで|期限|期日|締/.test(text.slice(0, m.index)) ? m.index : clauseStart(text, m.index);
}

/**
 * 見積有効期限：本日17時まで。17時以降は部材を他案件に回します / …3月13日までに仮発注を…。4月以降は約8％の値上がりが確実で
 * ございます: the time after a limit named by its own date or hour rather than by それ (round 25: AB's ab-b-044, the
 * development set's dp-070) — a limit set before it, in this sentence or earlier in its paragraph (まで, 期限, 締切, 有効),
 * and a loss for them as its comment. With no limit set, a date's 以降は is a schedule (4月以降は新オフィスで営業いたします).
 */
const LIMIT_DAY = '(?:本日|明日|明後日|今週末?|来週|週明け|来月|月末|年明け|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[0-9０-９]{1,2}日|[0-9０-９]{1,2}[/／][0-9０-９]{1,2})';
const LIMIT_CLOCK = '(?:正午|夕方|(?:午前|午後)?[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時(?:[0-9０-９]{1,2}分)?))';
const AFTER_TIME = new RegExp(`(?:${LIMIT_DAY}(?:[（(][^）)]{1,8}[）)])?${LIMIT_CLOCK}?|${LIMIT_CLOCK})(?:(?:以降|以後)(?:は|に|も)|を?過ぎ(?:まし)?たら|を過ぎますと)[、，]?`);
const LIMIT_SET = /まで|期限|期日|締切|締め切り|有効/;
function afterTheTime(text: string, f: JaSentenceFacts, before: string): number | undefined {
  const m = AFTER_TIME.exec(text);
  if (!m || !LIMIT_SET.test(before + text.slice(0, m.index))) return undefined;
  return lossAfter(text, m.index + m[0].length, f.predicates, true) ? clauseStart(text, m.index) : undefined;
}

/**
 * The antecedent is their decision not coming (決めないと, お返事がなければ, 発注書をいただけない場合) or their
 * waiting / time passing on it (お待ちしていると, 検討が長引くと, この日を過ぎると, ご判断が来月になりますと) — not
 * our act (弊社の手配が遅れた場合) and not a thing's (部品の入荷が遅れた場合, 雨天の場合).
 */
function readerCondition(tokens: readonly Token[], c: Condition, text: string, rel: (t: Token) => number): boolean {
  const part = tokens.slice(c.from, c.junction);
  if (!part.length) return false;
  const clause = text.slice(rel(part[0]!), rel(tokens[c.junction]!));
  if (OURS.test(clause)) return false;
  const readerMarked = part.some((t) => READER_ACT.test(t.base) || (t.pos === '接頭詞' && /^[おご御]$/.test(t.surface)));
  const decision = has(clause, D.decisions);
  if (c.negated) return decision || readerMarked;
  const waits = part.some((t) => (t.pos === '動詞' || t.pos === '形容詞') && t.pos1 === '自立' && WAITING.has(t.base)) ||
    part.some((t) => t.pos === '名詞' && WAITING.has(t.surface.replace(/^[おご]/, '')));
  // ご判断が来月になりますと / ご契約が年明けになったら: their decision moved to a later time.
  // 来週以降ですと / 来月になりますと: the time itself as the condition, a later one than now.
  const later = (decision || !subjectOf(part)) && part.some((t) => t.base === 'なる' || t.base === 'です' || t.base === 'だ') && has(clause, D.later);
  if (!waits && !later) return false;
  // 部品の入荷が遅れた場合: a thing that is late, named as the subject without a mark of theirs.
  const subject = subjectOf(part);
  if (subject && !readerMarked && !has(subject, D.decisions) && !/時間|日数|期間/.test(subject)) return false;
  return true;
}

/** The noun before が (or は) in the antecedent, when there is one. */
function subjectOf(part: readonly Token[]): string | undefined {
  const k = part.findIndex((t) => t.pos === '助詞' && t.pos1 === '格助詞' && t.surface === 'が');
  if (k <= 0) return undefined;
  let s = k;
  while (s > 0 && (part[s - 1]!.pos === '名詞' || part[s - 1]!.pos === '接頭詞')) s--;
  return part.slice(s, k).map((t) => t.surface).join('') || undefined;
}

/**
 * The consequent (from `from` to the end) is a loss for them: a negated potential or なくなる (維持できなくなります,
 * 間に合いません, ご用意できません), a refusal (いたしかねます), a loss verb (失う, 埋まる, 撤回, 値上がり), てしまう,
 * their slot going to others (他社様に回す), a later time (来年になります) or a price back to list (定価でのご案内).
 * Not when it is their own schedule (ご希望の納期に間に合いません) or a past (…なければ実現できませんでした).
 */
function lossAfter(text: string, from: number, predicates: readonly JaPredicate[], plainOnly = false): boolean {
  const rest = text.slice(from);
  const after = predicates.filter((p) => p.start >= from && !p.quoted);
  // （以降は他案件に充当）: a note with no predicate, what was theirs sent to another party as a noun.
  if (!after.length) return plainOnly && OTHER_PARTY_AS_DESTINATION.test(rest) && !has(rest, D.attendance);
  if (after.every((p) => p.past)) return false;
  // 事前登録をいただけない場合、ご入場いただけません: an event's registration rule, information for a guest.
  if (has(rest, D.attendance)) return false;
  const others = othersNamed(rest) || OTHER_PARTY_AS_DESTINATION.test(rest);
  if (ownSchedule(rest) && !others) return false;
  const negatedPotential = after.some((p) => p.negated && (p.potential || /^(?:間に合う|できる|出来る|出せる)$/.test(p.head)));
  // なかったものとさせていただきます: the offer taken back as never made.
  const gone = /なくな|無くな|かね(?:ます|る)|てしま|でしま|ちゃ|じゃ[いうっ]|なかった(?:もの|こと)と/.test(rest);
  const lossVerb = after.some((p) => LOSSES.has(p.head) || LOSSES.has((p.noun ?? '').replace(/^[おご]/, ''))) || has(rest, LOSS_NOUNS);
  const lastHead = after[after.length - 1]!.head;
  const later = has(rest, D.later) && /^(?:なる|だ|です|ござる|ずれ込む|延びる)$/.test(lastHead);
  // A topic with no condition in its form (それ以降は): 通常どおり or a later time there is a schedule, not a loss;
  // nor is a cost told after the act is granted (それ以降のご発注でも対応は可能ですが、納期が1週間ほど延びる見込みです):
  // their order still served, the lead time given as information.
  if (plainOnly && STILL_GRANTED.test(rest)) return false;
  // 約8％の値上がりが確実でございます: the rise named as a noun, with a word of certainty as the predicate (round 25, dp-070).
  if (plainOnly) return negatedPotential || gone || lossVerb || others || PRICE_RISE.test(rest);
  return negatedPotential || gone || lossVerb || others || later || has(rest, D.backToList);
}

/**
 * キャンセル待ちのお客様へご案内いたします / 次のclient様にinventoryをreleaseさせていただきます / チームを他案件に
 * assignします: what was theirs sent on to another party — a party (様, 社, お客, 案件, client) marked as other, next
 * or waiting, as the destination (に／へ) of our act.
 */
const OTHER_PARTY_AS_DESTINATION =
  /(?:他|別|ほか|次|キャンセル待ち|順番待ち|お待ちの|待っている)[^。、]{0,8}?(?:様|さま|社|企業|会社|お客|顧客|案件|プロジェクト|[Cc]lient|[Cc]ustomer)[^。、]{0,3}?(?:に|へ)/;

/**
 * Another customer or company named (他社, 他のお客様, 別の会社): what they lose goes to someone else. Round 29: 他の / ほかの
 * count only before a party — ご都合が合わない場合は、ほかの候補日をお送りいたします offers other dates, an alternative for
 * them, not their slot given to another customer (round 28 aq-014; calendar29 and nearmiss29 fixed it alike, one kept).
 */
function othersNamed(rest: string): boolean {
  for (const w of D.others) {
    for (let i = rest.indexOf(w); i >= 0; i = rest.indexOf(w, i + 1)) {
      if (!w.endsWith('の') || PARTY_AFTER.test(rest.slice(i + w.length, i + w.length + 12))) return true;
    }
  }
  return false;
}
/** A party right after 他の / ほかの (a word or two may stand between: 他の一般のお客様). */
const PARTY_AFTER = /^[^。、]{0,5}?(?:お客|顧客|会社|他社|社(?![内員長])|企業|案件|方(?![法針向式面策])|皆様|取引先|ユーザー|利用者|プロジェクト|メーカー|業者|様(?![子式々])|さま|[Cc]lient|[Cc]ustomer)/;

/** A price rise as a noun: 値上がり, 値上げ, 価格改定, 割高. */
const PRICE_RISE = /値上が?り|値上げ|価格改定|割高/;

/** The act still granted, then a but: 対応は可能ですが, お受けいたしますが, 承りますが, できますが. */
const STILL_GRANTED = /(?:可能|対応(?:いたし|し)|お受け(?:いたし|し)|承り|でき)(?:ます|です|でございます)が/;

/** ご希望の納期に間に合いません / 貴社の稼働開始に間に合わなくなります: their own date, given as information. */
function ownSchedule(rest: string): boolean {
  for (const w of D.ownSchedule) {
    for (let i = rest.indexOf(w); i >= 0; i = rest.indexOf(w, i + 1)) {
      const near = rest.slice(i + w.length, i + w.length + 10).split(/[、，。]/)[0]!;
      if (has(near, D.scheduleNouns)) return true;
    }
  }
  return false;
}

/**
 * 受付は3月31日をもって終了し、以降のお申し込みは次年度の扱いとなります: a closing, then what comes after it — a later
 * round or a price back to list — in the same sentence.
 */
function closingThenLater(text: string, f: JaSentenceFacts): number | undefined {
  const close = Math.min(...D.closings.map((w) => text.indexOf(w)).filter((i) => i >= 0));
  if (!Number.isFinite(close)) return undefined;
  const m = /以降|以後|過ぎ/.exec(text.slice(close));
  if (!m) return undefined;
  const from = close + m.index + m[0].length;
  const rest = text.slice(from);
  const last = f.predicates.filter((p) => p.start >= from && !p.quoted).pop();
  if (!last || last.past) return undefined;
  return has(rest, D.later) || has(rest, D.backToList) ? clauseStart(text, close) : undefined;
}

/**
 * この枠は12月11日までにお返事をいただいた会社様のみ確保いたします / 年内納品をお約束できるのは、今月20日までに
 * ご発注いただいた分だけです: a time limit, their act after it, and a restriction (のみ, だけ, に限り) on who gets it.
 */
function exclusiveWindow(s: Sentence, tokens: readonly Token[], rel: (t: Token) => number): number | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(t.surface === 'まで' || (t.surface === '中' && t.pos1 === '接尾') || t.surface === '以内')) continue;
    if (!timeBefore(tokens, k)) continue;
    // Their act, in the clause after the limit, before the restriction.
    const rest = s.text.slice(rel(t));
    const restricted = /^(?:まで(?:に)?[、，]?)?[^。]{0,30}?(?:いただ[いけ]|頂[いけ]|頂戴し|くださっ|下さっ)た(?:[^。、]{0,8}?)(?:のみ|だけ|に限り|に限って|に限ら|限定)/.exec(rest) ??
      // 12月10日までのご発注に限り: their act as a noun.
      /^(?:まで|中)の[おご][^。、]{1,8}?(?:のみ|だけ|に限り|に限って|に限ら|限定)/.exec(rest);
    // 20日までにお申し込みいただいた方のみご参加いただけます: who may attend an event, not a slot held.
    if (!restricted || has(rest, D.attendance)) continue;
    if (!has(restricted[0], D.decisions) && !/[おご]/.test(restricted[0])) continue;
    // The whole sentence: the slot named as its topic (この枠は、…のみ確保いたします) is the push's object.
    return 0;
  }
  return undefined;
}

/** The limit is a time: a date, a weekday, a period (今週中, 12月11日（金）17時までに, 会期中). */
function timeBefore(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  if (!p) return false;
  return p.pos1 === '数' || p.pos1 === '副詞可能' || p.pos1 === '助数詞' || /[日月週時期末内間]$|）$|\)$/.test(p.surface);
}

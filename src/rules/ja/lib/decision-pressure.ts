// Readings of pressure on a prospect's decision over a sentence's structure, one reader a sub-class: a count
// of what is left, a price going back to list after a date, a loss when their decision comes later, a
// promotion's cut-off, a decision asked before a change, a reward for deciding by a date, silence taken as a
// decision, advice that waiting costs, peers said to have decided already, a decision asked again or
// impatiently, an offer called the last one, an offer held only until a date. Each reader fills its open slot
// with its entry's `words` (dictionaries/ja/decision-pressure.json) and returns where the pressure starts
// (relative to the sentence), or -1.
import { z } from 'zod';
import data from '../../../../dictionaries/ja/decision-pressure.json';
import type { JaSentenceFacts } from '../../../engine/analysis/ja';
import type { Sentence, Token } from '../../../engine/types';
import { timeLimits } from './pressure';
import { PRESSURE } from './dictionaries';
import { SuggestionDataSchema } from './dictionaries';
import { inQuotes, quotedRanges } from './text';
import { bundled, onDemand } from '../../bundled';
import { WordClassSchema, wordLists } from '../../word-class';

const EntrySchema = onDemand(() => z.object({
  id: z.string(),
  words: z.array(z.string().min(1)).min(1),
  has: z.array(z.string()).min(1),
  hasNot: z.array(z.string()).min(1),
  message: z.object({ en: z.string().min(4), ja: z.string().min(2) }),
  suggestions: z.array(SuggestionDataSchema()).min(1),
}));
const DecisionPressureSchema = onDemand(() => z.object({
  description: z.string(),
  decisions: WordClassSchema(),
  asks: WordClassSchema(),
  entries: z.array(EntrySchema()),
}));
/** Its two word lists are word classes with their own examples (round 31); the readers get the plain lists. */
export const DECISION_PRESSURE = wordLists(bundled('ja/decision-pressure', DecisionPressureSchema, data));
export type DecisionPressureEntry = z.infer<ReturnType<typeof EntrySchema>>;

interface Reading {
  text: string;
  tokens: readonly Token[];
  facts: JaSentenceFacts;
  /** Offset of the sentence: token offsets minus this are relative to `text`. */
  offset: number;
  /** The next sentence's text when it is in the same paragraph (a statement and the request after it). */
  next?: string;
}
type Reader = (r: Reading, words: readonly string[]) => number;

export interface DecisionPressureHit {
  entry: DecisionPressureEntry;
  /** Where the pressure is said, relative to the sentence. */
  at: number;
}

/** Every entry whose reading the sentence shows, outside quotes. */
export function decisionPressureIn(s: Sentence, facts: JaSentenceFacts, next?: string): DecisionPressureHit[] {
  if (!s.tokens?.length) return [];
  const r: Reading = { text: s.text, tokens: s.tokens, facts, offset: s.start, next };
  const quotes = [...quotedRanges(s.text), ...facts.quotes];
  const out: DecisionPressureHit[] = [];
  for (const entry of DECISION_PRESSURE.entries) {
    const read = READERS[entry.id];
    if (!read) throw new Error(`decision-pressure: no reader for ${entry.id}`);
    const at = read(r, entry.words);
    if (at >= 0 && !inQuotes(quotes, at, at + 1)) out.push({ entry, at });
  }
  return out;
}

const DECISIONS = DECISION_PRESSURE.decisions;
/** A trial or free period the reader is using: トライアル期間, お試し期間, 無料期間, 無償期間, ご利用期間. */
const USAGE_PERIOD = /^(?:無料|無償)?(?:トライアル|お試し|無料|無償|評価|ご?利用)(?:の)?(?:ご利用)?期間/;
/** A request for something of theirs: ください, お願い, いただけますか, いただければと存じます, お聞かせ. */
const asks = (text: string) => DECISION_PRESSURE.asks.some((a) => text.includes(a));

/** The earliest index of any of `words` in `text` at or after `from`, or -1. */
function firstOf(text: string, words: readonly string[], from = 0): number {
  let best = -1;
  for (const w of words) {
    const i = text.indexOf(w, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** A token that dates something: a number, a time noun (来週, 月末, 本日), a weekday or a day. */
const isDate = (t: Token) => t.pos1 === '数' || t.pos1 === '副詞可能' || /(?:[日月週曜末朝夕晩期]|明け)$/.test(t.surface);
/** Is some token starting in [from, to) (relative) a date? */
function datedBetween(r: Reading, from: number, to: number): boolean {
  return r.tokens.some((t) => t.start - r.offset >= from && t.start - r.offset < to && isDate(t));
}

/** A company the predicate describes, as the topic: 〜ない企業は / 〜ている会社さんほど / 〜ないところは. */
const LAGGARD_HOLDER = /^(?:会社|企業|ところ|所|事業者|お客|法人|店舗)(?:様|さん|さま)?(?:は|ほど|も|が|では)/;
/** Running out as we speak: 埋まりつつ, 減ってきて, 少なくなってきています, みるみる, 日に日に. */
const FILLING_NOW = /つつあ|てきて|てきてい|てまいり|ていって|急速に|どんどん|みるみる|日に日に|ペースで/;
/** What is offered, before the word that says it runs out: 枠, 席, 在庫, 空き. */
const SLOT = /枠|席|在庫|空き|予約|台数|数量/;
/** Capacity of ours that bookings fill: slots, seats, our crews' or the line's calendar, work dates. */
const CAPACITY = /枠|席|在庫|空き|予約|スケジュール|日程|工期|ライン|生産|施工|職人|作業員|技術者|エンジニア|便/;
/** Taken already, or mostly: すでに, 既に, 大半, ほとんど, 半分以上, 8割. */
const TAKEN_BY_OTHERS = /すでに|既に|もう|次々|続々|大半|ほとんど|ほぼ|半分|半数|過半|[0-9０-９一二三四五六七八九]割/;
/** An offer whose window can run out, as the topic before a count of days: 特典, キャンペーン, 割引, 特価の受付. */
const OFFER_WINDOW = /(?:特典|キャンペーン|割引|特価|優待|記念価格|導入価格)[^。]{0,8}(?:は|の)[、，]?[^。]{0,4}$/;
const OFFER_WINDOW_WORD = /特典|キャンペーン|割引|特価|優待|記念価格|導入価格/;
/** What may happen before they decide: filled, sold out, gone, up in price, over. */
const LOSS_AHEAD = /^(?:埋まる|なくなる|無くなる|売り切れる|売り切れ|完売|品切れ|値上がり|値上がる|値上げ|上がる|終わる|終了|締め切る|切れる|回る)$/;
/** Hearsay after a predicate that describes nothing: 決めてるみたい, 導入したらしい, 契約したそうです. */
const HEARSAY = /^(?:みたい|よう|らしい|そう|って|とのこと|と聞)/;
/** Done already or under way: すでに, もう, 続々, 軒並み. */
const ALREADY = /すでに|既に|もう|続々|次々|軒並み|どんどん|相次いで|早々|いち早く/;
/** Heads of verbs of deciding or adopting (a サ変 noun or a verb), and the verbs that finish a decision noun. */
const ADOPT_HEADS = /^(?:決める|決まる|決定|導入|契約|採用|切り替える|切り替え|切替|乗り換える|乗り換え|移行|申し込む|申し込み|申込|発注|注文|購入|成約|締結|使う|使い始める|動く|動き出す|踏み切る|決断|入れる)$/;
const FINISHING = /^(?:終える|済ませる|済ます|済み|始める|終わる|完了)$/;
function adopts(head: string, verb: string, clause: string): boolean {
  if (ADOPT_HEADS.test(head) || ADOPT_HEADS.test(verb)) return true;
  // 切り替えを終えて / ご発注を済ませて / 移行済み: the decision noun just before a verb that finishes it.
  return (FINISHING.test(head) || FINISHING.test(verb)) && /(?:導入|契約|切り替え|切替|乗り換え|移行|発注|注文|申し込み|申込|購入|採用)(?:を|は|も)?$/.test(clause.replace(/済み$/, ''));
}
/** Where the peers are named as the subject of the clause (a peer word or N社), or -1. */
function peerSubject(clause: string, words: readonly string[]): number {
  // Our own side as the topic decides for itself: 弊社ではすでに導入を決めており.
  if (/(?:弊社|当社|私ども|私共|わたくしども)(?:で)?(?:は|が|も)/.test(clause)) return -1;
  const marked = /(?:が|は|も|では)[、，]?/g;
  let best = -1;
  for (const w of [...words, 'N社']) {
    const at = w === 'N社' ? clause.search(/[0-9０-９一二三四五六七八九十数]{1,4}社(?!長|員|内|外)/) : clause.indexOf(w);
    if (at < 0) continue;
    marked.lastIndex = at;
    const m = marked.exec(clause);
    // The phrase runs from the peer word to its particle, with no clause break or object in between.
    if (!m || /[、。をに]/.test(clause.slice(at, m.index).replace(/の/g, ''))) continue;
    if (best < 0 || at < best) best = at;
  }
  return best;
}

/** What has already happened, told as news: 終了いたしました, 締め切りました. */
const PAST_END = /^[^。、]{0,8}?(?:ました|でした|た。|た$)/;
/** The end of an offer: 終了, 締め切る, 打ち切り, 終わる, 満了. */
const END_WORDS = ['終了', '締め切', '締切', '打ち切', '打切', '終わ', '満了'];
/** A date before a time marker ending the offer: で / をもって / にて / まで / 限り. */
const END_BY = /(?:で|をもって|をもちまして|にて|まで|限り)[、，]?$/;

/** A condition ending a clause: 〜と、 〜ば、 〜たら、 〜場合は、 〜ですと、 〜ようでしたら、. */
const CONDITION = /(?:ますと|ると|れば|えば|けば|せば|ては|たら|なら|場合(?:は|には|でも)?|ですと|ようでしたら|ようであれば|でしたら|ましたら)[、，]/;
/** A loss on our side of the offer: cannot any more, becomes hard, goes to others. */
const LOSS = /難しく(?:なり|なる)|できなく|出来なく|できかね|いたしかね|致しかね|なくなり|なくなる|埋まって|ほかのお客様|他のお客様|他社様/;

/** An offered thing marked as the topic just before: 実施枠は / 在庫が (words of the entry, compiled once). */
const SLOT_TOPIC = new WeakMap<readonly string[], RegExp>();
function slotTopicRe(words: readonly string[]): RegExp {
  let re = SLOT_TOPIC.get(words);
  if (!re) SLOT_TOPIC.set(words, (re = new RegExp(`(?:${words.join('|')})(?:は|が|も)[、，]?$`)));
  return re;
}

/**
 * Where the prospect's lateness turns the terms (relative to the sentence), or -1: their decision not made by a
 * date (9月10日までにサインしない場合は / 今週中にお申し込みいただけなければ) or the date itself passing (今月31日を
 * 過ぎると / 8月以降は / 来月からは). Returns the start of the clause that holds the date.
 */
function lateTurn(r: Reading): number {
  const undecided = /(?:ない|なかった|ません)(?:場合(?:は|には)?|と|なら|ようでしたら|ようであれば)[、，]|(?:なければ|なかったら)[、，]?/.exec(r.text);
  if (undecided && timeLimits(r.tokens).some(([from]) => r.tokens[from]!.start - r.offset < undecided.index)) {
    return clauseOf(r.text, timeLimits(r.tokens)[0]!, r);
  }
  // 11月以降のお申し込みは: the date passing may qualify their decision noun before the topic marker.
  const passing = /(?:以降|以後)(?:の[^。、]{1,10}?)?(?:は|に(?:なると|なりますと)|ですと)|を(?:過ぎ|超え)(?:ると|ますと|たら|た場合|ました場合)|からは|(?:から|になると|になりますと)[、，]/.exec(r.text);
  if (passing && datedBetween(r, Math.max(0, passing.index - 10), passing.index)) return Math.max(0, r.text.lastIndexOf('、', passing.index) + 1);
  return -1;
}
function clauseOf(text: string, [from]: [number, number], r: Reading): number {
  return Math.max(0, text.lastIndexOf('、', r.tokens[from]!.start - r.offset) + 1);
}
/** Back to the usual terms: 通常の780円になります / 定価に戻ります / 正規料金でのご提供となります. */
const BACK_TO_USUAL = /(?:通常|定価|正規|元の|標準|本来)[^。、]{0,10}?(?:に(?:なり|なる|戻)|へ戻|と(?:なり|させ)|での(?:ご提供|ご案内|ご請求))/;
/** Up from now: 上がります / 値上がりします / 高くなります / 値上げとなります. */
const RISING = /^(?:上がる|値上がる|値上がり|値上げ|高い|高くなる|アップ)$/;
/** Terms no longer usable, said of the offer: 使えません / ご利用いただけません / 対象外 / 無効 / 適用されません. */
const UNUSABLE = /対象外|適用外|無効|失効|使え(?:ない|ません|なく)|ご?利用(?:いただけ|でき)(?:ない|ません|なく)|適用(?:され|でき|いたしかね)(?:ない|ません|なく|ます)?|(?:ご提供|ご用意|お出し)(?:が|は)?(?:でき(?:ない|ません|なく)|いたしかね)|に戻(?:り|る)/;

const READERS: Record<string, Reader> = {
  /**
   * 9月10日までにサインしない場合は、通常の780円になります / 今月31日を過ぎるとこのオファーは使えません / 8月以降は
   * 上がります。ご検討されるなら早めに…: the prospect's lateness (lateTurn) turning the terms worse — back to the usual
   * price, an offer (an entry word) no longer usable, or a rise the prospect is told to beat with a hurry (in the
   * sentence or the next). A rise told with no hurry is a price notice, not a push.
   */
  'terms-worse-if-late': (r, words) => {
    if (r.facts.question) return -1;
    const turn = lateTurn(r);
    if (turn < 0) return -1;
    const after = r.text.slice(turn);
    // The terms must be in view: an offer word or an amount (通常業務に戻ります is no price).
    const terms = firstOf(r.text, words) >= 0 || /[0-9０-９万千億](?:円|ドル|ユーロ)|[$€¥￥][0-9]/.test(after);
    if (terms && (BACK_TO_USUAL.test(after) || UNUSABLE.test(after))) return turn;
    const rises = r.facts.predicates.some((p) => p.start >= turn && !p.negated && !p.quoted && (RISING.test(p.head) || RISING.test(p.noun ?? '')));
    if (!rises) return -1;
    const hurried = (t: string) => PRESSURE.hurryWords.some((h) => t.includes(h)) && (asks(t) || firstOf(t, DECISIONS) >= 0);
    return hurried(after) || (r.next !== undefined && hurried(r.next)) ? turn : -1;
  },

  /**
   * 残り10台のみ / あと2社分しか空いておりません / 残すところ数席: a remaining marker, a count right after it, and
   * something offered (an entry word: 枠, 席, 在庫, 台) in the sentence. 作業も残りわずか counts no offer.
   */
  'scarce-count': (r, words) => {
    if (r.facts.question || /十分|余裕/.test(r.text)) return -1;
    if (!words.some((w) => r.text.includes(w)) && !OFFER_WINDOW_WORD.test(r.text)) return -1;
    // 枠がほとんど残っておりません / 在庫ももうあまり残っていません: what is offered, nearly gone, with no count.
    for (const p of r.facts.predicates) {
      if (p.head !== '残る' || !p.negated || p.quoted) continue;
      const before = r.text.slice(0, p.start);
      const slot = words.map((w) => before.lastIndexOf(w)).filter((i) => i >= 0);
      if (slot.length && /(?:ほとんど|あまり|もう|わずかしか|僅かしか)[^。、]{0,4}$/.test(before)) return Math.max(0, before.lastIndexOf('、', Math.max(...slot)) + 1);
    }
    const ts = r.tokens;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      const remaining = t.surface === '残り' || t.surface === 'あと' || t.surface === '残' || (t.surface === '残す' && ts[k + 1]?.surface === 'ところ');
      if (!remaining) continue;
      const next = ts.slice(k + 1, k + 4);
      const counted = next.some((n) => n.pos1 === '数' || /^(?:わずか|僅か|数|少し|少数)$/.test(n.surface));
      if (!counted) continue;
      // あと2日ほどで納品: a count of days is our schedule, not what is left to buy — unless what is offered is
      // the topic the count is of (6月の実施枠は残り1日となっております).
      const after = r.text.slice(t.end - r.offset, t.end - r.offset + 14);
      // 早期申込特典のお受付は残り3日となりました: days left of an offer's window are the offer running out.
      const slotTopic = slotTopicRe(words).test(r.text.slice(0, t.start - r.offset)) || OFFER_WINDOW.test(r.text.slice(0, t.start - r.offset));
      if (!slotTopic && /^[^。、]{0,4}?(?:日|時間|週間|か月|ヶ月|分で)/.test(after)) continue;
      // 残り2件の作業は、明日完了予定です: the count describes our work; what is left must be the clause's point.
      const clause = /^[^。、]*/.exec(r.text.slice(t.end - r.offset))![0];
      if (!/のみ|しか|だけ|となって|となり|でござい|です|切って|限り|で締め|で終了/.test(clause)) continue;
      return t.start - r.offset;
    }
    return -1;
  },

  /** 4月1日以降は定価でのご提供となります / 来月からは通常料金に戻ります: a dated change back to list price. */
  'back-to-list-price': (r, words) => {
    for (const w of words) {
      const at = r.text.indexOf(w);
      if (at < 0) continue;
      const before = r.text.slice(0, at);
      const turn = /(?:以降|以後|から|過ぎ(?:ますと|ると|たら))(?:は|も)?[、，]?[^。、]{0,6}$/.exec(before);
      if (!turn || !datedBetween(r, 0, turn.index)) continue;
      const after = r.text.slice(at + w.length);
      if (!/^(?:で(?:の)?(?:ご提供|ご案内|販売|お取り扱い|のご契約)|に戻|へ戻|と(?:なり|させ)|になり)/.test(after)) continue;
      if (PAST_END.test(after)) continue;
      return Math.max(0, before.lastIndexOf('、', turn.index) + 1);
    }
    return -1;
  },

  /**
   * ご決定が来月にずれ込みますと、納期のお約束ができなくなります / 来週以降のご発注ですと、この単価は維持
   * できません: a condition that their decision comes later (a decision noun with a delay, or a dated 以降),
   * and a loss on the offer after it.
   */
  'loss-on-delay': (r, words) => {
    const cond = CONDITION.exec(r.text);
    if (!cond || r.facts.question) return -1;
    const before = r.text.slice(0, cond.index + cond[0].length);
    if (firstOf(before, DECISIONS) < 0) return -1;
    const delayed = r.facts.predicates.some((p) => p.end <= cond.index + cond[0].length && words.includes(p.head)) ||
      ((/以降|以後|になると|になりますと|ですと/.test(before) || words.some((w) => before.includes(w) && !/^[ぁ-ん]/.test(w))) && datedBetween(r, 0, cond.index + cond[0].length));
    if (!delayed) return -1;
    const after = r.text.slice(cond.index + cond[0].length);
    const lost = LOSS.test(after) || r.facts.predicates.some((p) => p.start >= cond.index + cond[0].length && p.negated && p.potential);
    return lost ? 0 : -1;
  },

  /**
   * キャンペーンは今週金曜日で締め切らせていただきます / 無料トライアルのご提供は6月末で打ち切りとなります: a
   * promotion, a date after it, and its end ahead. An end already past is news of what was.
   */
  'promotion-ends': (r, words) => {
    const promo = firstOf(r.text, words);
    if (promo < 0 || r.facts.question) return -1;
    const end = firstOf(r.text, END_WORDS, promo);
    if (end < 0) return -1;
    if (PAST_END.test(r.text.slice(end))) return -1;
    const between = r.text.slice(promo, end);
    if (!END_BY.test(between) || !datedBetween(r, promo, end)) return -1;
    // トライアル期間は4月15日で終了となります / 無料期間は今月末で満了します: the period they are using runs out —
    // information they need. Withdrawing the offer itself (トライアルのご提供は6月末で打ち切り) still presses.
    if (USAGE_PERIOD.test(r.text.slice(promo, end)) && !/提供|受付|募集|申し?込/.test(between)) return -1;
    return promo;
  },

  /** 値上げ前にご発注をお願いいたします / それまでにご決断いただければと存じます: a decision asked before a change. */
  'before-it-changes': (r, words) => {
    // 他社様に先を越される前に / 在庫がなくなってしまう前に / 値上がりする前に: a loss ahead, as the time to beat.
    for (const p of r.facts.predicates) {
      if (p.quoted || !r.text.startsWith('前に', p.end)) continue;
      const loss = p.passive || LOSS_AHEAD.test(p.noun ?? p.head) || LOSS_AHEAD.test(p.head) || /なくな|埋ま|切れ/.test(p.text);
      if (!loss) continue;
      const clause = /^[^。]*/.exec(r.text.slice(p.end + 2))![0];
      const d = firstOf(clause, DECISIONS);
      if (d >= 0 && d <= 14 && asks(clause.slice(d))) return Math.max(0, r.text.lastIndexOf('、', p.start) + 1);
    }
    for (const w of words) {
      for (let at = r.text.indexOf(w); at >= 0; at = r.text.indexOf(w, at + 1)) {
        const rest = r.text.slice(at + w.length);
        if (!/^(?:に|の)/.test(rest)) continue;
        const clause = /^[^。]*/.exec(rest)![0];
        const d = firstOf(clause, DECISIONS);
        if (d < 0 || d > 14 || !asks(clause.slice(d))) continue;
        return at;
      }
    }
    return -1;
  },

  /**
   * 本日ご成約いただければ、特別に10%お引きいたします: a decision within a time limit as the condition, and a
   * benefit (an entry word) after it.
   */
  'reward-for-now': (r, words) => {
    const cond = /(?:れば|ましたら|たら|なら|場合(?:は|には)?)[、，]/.exec(r.text);
    if (!cond) return -1;
    const condEnd = cond.index + cond[0].length;
    const limits = timeLimits(r.tokens).filter(([from]) => r.tokens[from]!.start - r.offset < cond.index);
    if (!limits.length || firstOf(r.text.slice(0, condEnd), DECISIONS) < 0) return -1;
    if (firstOf(r.text.slice(condEnd), words) < 0) return -1;
    return r.tokens[limits[0]![0]]!.start - r.offset;
  },

  /**
   * 異論がなければ、…正式にご契約とさせていただきます: the absence of an objection or a reply as the condition,
   * and their decision taken as made after it.
   */
  'booked-by-default': (r, words) => {
    const cond = /(?:が|も)?(?:なければ|無ければ|ない場合(?:は|には)?|ございませんでしたら|ないようでしたら)[、，]/.exec(r.text);
    if (!cond) return -1;
    const before = r.text.slice(0, cond.index);
    if (!words.some((w) => before.endsWith(w) || before.endsWith(w + '等') || before.endsWith(w + 'など'))) return -1;
    const after = r.text.slice(cond.index + cond[0].length);
    const d = firstOf(after, ['契約', '発注', '注文', '申し込', '申込', '成約', '購入', 'ご決定']);
    if (d < 0) return -1;
    return /とさせていただ|とみなし|ものと|として|進め/.test(after.slice(d)) ? 0 : -1;
  },

  /**
   * 導入を先延ばしにされるのは得策ではございません / ご導入は早ければ早いほどよいかと存じます: advice that
   * waiting costs them. The same delay offered as their choice (先延ばしにされる場合も、ご相談ください) is not.
   */
  'waiting-costs': (r, words) => {
    const at = firstOf(r.text, words);
    if (at < 0) return -1;
    const rest = r.text.slice(at);
    const decided = firstOf(r.text, DECISIONS) >= 0;
    // ご導入は早ければ早いほど / 一日でも早いご決断が…つながります: the sooner the better, said of their decision.
    if (/^(?:早ければ早いほど|早いに越した|一日でも早い|一刻も早い|少しでも早い)/.test(rest)) {
      // 納品は早ければ早いほど助かると伺っております: their own wish, reported.
      if (r.facts.quotes.length || /伺って|とのこと|承知/.test(rest)) return -1;
      return decided ? 0 : -1;
    }
    // ご決断が遅れるほど、導入効果も薄れてしまいます: the later their decision, the more they lose.
    if (/^(?:遅れるほど|遅くなるほど)/.test(rest)) {
      return decided && /薄れ|減|失|損|難しく|高く|上が|広が|遠の/.test(rest) ? 0 : -1;
    }
    const cost = /得策では(?:な|ござ|あり)|得策とは|もったいな|損を|損です|損失|リスクが|差(?:が|は)?広が|遅れを取|後れを取|取り残さ|賢明では(?:な|ござ|あり)|(?:お勧め|おすすめ|お薦め)(?:いた)?(?:しません|できません)|不利|増え続け|失って|逃して/;
    return cost.test(rest) ? 0 : -1;
  },

  /**
   * 他社様はすでに導入済みです / 同業各社様は既に切り替えを終えられています / 導入されていないのは貴社くらい:
   * peers said to have decided already, or the prospect the only one left. A case study only informs.
   */
  'peers-already': (r, words) => {
    const alone = /(?:貴社|御社)(?:様)?(?:だけ|くらい|ぐらい|のみ)/.exec(r.text);
    if (alone && /導入|採用|契約|切り替|ご利用/.test(r.text) && r.facts.predicates.some((p) => p.negated && p.start < alone.index)) return 0;
    const peer = firstOf(r.text, words);
    if (peer < 0) return -1;
    const rest = r.text.slice(peer);
    if (/事例|実績|比較|との違い|ご紹介/.test(rest)) return -1;
    const already = /(?:すでに|既に|もう|軒並み|続々|次々|ほとんど|大半)/.exec(rest);
    if (!already || already.index > 24) return -1;
    return /導入|契約|切り替|切替|乗り換|採用|移行|済み/.test(rest.slice(already.index)) ? peer : -1;
  },

  /**
   * 近隣の工場さんはもうほとんど契約を決めちゃいました / 業界大手の3社がすでに申し込んでいます / 他の物流会社さんは
   * もうだいたい決めてるみたい: other buyers (a peer word, or a count of companies) as the subject of a verb of
   * deciding or adopting that is done or under way — in the past, in progress, or after すでに / もう / 続々.
   * A case study, a track record we received (多くの企業様にご利用いただいて), our own decision, a predicate
   * that describes a noun (導入が決まった際の流れ) or a question is not a push to follow.
   */
  'peers-moved': (r, words) => {
    if (r.facts.question || /事例|実績|比較|紹介|ご参考|ご存じ|ご存知/.test(r.text)) return -1;
    for (const p of r.facts.predicates) {
      if (p.negated || p.quoted || /^(?:いただ|頂)/.test(p.text)) continue;
      const after = r.text.slice(p.end);
      if (p.ending === 'attributive' && !HEARSAY.test(after)) continue;
      const before = r.text.slice(0, p.start);
      const clause = before.slice(Math.max(before.lastIndexOf('。') + 1, 0));
      // 皆さんもう更新を済ませていて: with すでに / もう, finishing anything is having moved.
      const finishedAlready = ALREADY.test(clause) && (FINISHING.test(p.noun ?? p.head) || FINISHING.test(p.head));
      if (!adopts(p.noun ?? p.head, p.head, clause) && !finishedAlready) continue;
      const moved = p.past || p.progressive || ALREADY.test(clause) || /済み$/.test(p.noun ?? '');
      if (!moved) continue;
      // The peers as the subject: a peer word or a count of companies, its phrase marked by が / は / も.
      const peer = peerSubject(clause, words);
      if (peer < 0) continue;
      return peer;
    }
    return -1;
  },

  /**
   * クラウド化に踏み切らない企業は取り残されつつあります / まだ導入していない会社は差をつけられています: those who
   * have not adopted (a negated or postponing predicate describing a company) said to lose (an entry word).
   * A company named as an audience (未導入の企業様向けに) or a risk described as information is not.
   */
  'laggards-lose': (r, words) => {
    if (r.facts.question) return -1;
    for (const p of r.facts.predicates) {
      if (p.quoted) continue;
      const after = r.text.slice(p.end);
      const holder = LAGGARD_HOLDER.exec(after);
      if (!holder) continue;
      const lagging = (p.negated && !p.potential) || /先送|見送|後回し|様子見|放置/.test(r.text.slice(Math.max(0, p.start - 8), p.end));
      if (!lagging || firstOf(after.slice(holder[0].length), words) < 0) continue;
      return Math.max(0, r.text.lastIndexOf('、', p.start) + 1);
    }
    return -1;
  },

  /**
   * 再三のお願いで恐縮ですが、ご決断をお願いいたします / そろそろご決断いただけませんでしょうか / 決定を急いで
   * ください: a decision asked for again or impatiently. Their own hurry (お急ぎの場合) or a hurry lifted is not.
   */
  'pressed-again': (r, words) => {
    for (const w of words) {
      const at = r.text.indexOf(w);
      if (at < 0) continue;
      const rest = r.text.slice(at + w.length);
      if (/^(?:の場合|でなければ|でしたら|ではない|いただかなく|にならなく|になられ)/.test(rest) || /なくて(?:も)?(?:大丈夫|結構|構いません|問題)/.test(rest)) continue;
      const d = firstOf(r.text, DECISIONS);
      if (d < 0) continue;
      // 決定を急いでください: the decision may come before the hurry.
      if (!asks(r.text.slice(Math.min(d, at))) && !r.facts.acts.includes('request')) continue;
      return Math.min(d, at);
    }
    return -1;
  },

  /** これが最後のご提案となります / こちらが弊社としての最終提案です: an offer named the last one, as a statement. */
  'last-offer': (r, words) => {
    for (const w of words) {
      const at = r.text.indexOf(w);
      if (at < 0) continue;
      const after = r.text.slice(at + w.length);
      // Round 32: 11月20日までに最終のご提案をお送りいたします — our sending promised by a date is the finished version on
      // its way, not the last offer: a までに before it dates our own act.
      const sent = /^を(?:お送り|ご提示|お持ち)/.test(after);
      const promised = sent && /までに/.test(r.text.slice(0, at));
      const asserted = (!promised && sent) || /^(?:と(?:なり|させ)|に(?:なり)|です|でござい|として)/.test(after) || /^(?:これ|こちら|今回|本メール|本件|本日のご提案)が/.test(r.text.slice(0, at).replace(/^.*[、，]/, ''));
      if (asserted || /最後の(?:機会|チャンス)/.test(w)) return at;
    }
    return -1;
  },

  /**
   * すぐに売り切れてしまう可能性がございます / 完売が予想されます / 例年この時期は枠が埋まってしまう: what is
   * offered forecast to run out. A shortage already there (品切れとなっております) is news, not a forecast.
   */
  'sell-out-warned': (r, words) => {
    const at = firstOf(r.text, words);
    if (at < 0 || r.facts.question) return -1;
    const rest = r.text.slice(at);
    if (/心配は|恐れはござい|ことはござい|ことはありません/.test(rest)) return -1;
    // 減って / 少なくなって say nothing of a sell-out unless what is offered is what shrinks (空き枠が減って).
    if (/^(?:減って|少なくなって)/.test(rest) && !SLOT.test(r.text.slice(0, at))) return -1;
    const forecast = /可能性|予想|見込|必至|恐れ|おそれ|かもしれ|そうです|しまいそう|次第|ことが多|前に|しまう/;
    if (forecast.test(rest)) return Math.max(0, r.text.lastIndexOf('、', at) + 1);
    // 春の施工枠はすでに半分以上埋まっております / 10月まで職人のスケジュールは既に埋まっております: capacity
    // already mostly taken by others. Not a meeting date declined (予定が埋まっておりますので、別の日はいかがでしょうか),
    // not their own calendar (貴社のご予定), not negated (まだ埋まっておりません).
    if (/^埋ま(?:って|り)/.test(rest) && !/埋まって(?:い|お)(?:ません|ない)/.test(rest) && TAKEN_BY_OTHERS.test(r.text.slice(0, at + 8)) &&
      CAPACITY.test(r.text.slice(0, at)) && !/貴社|御社|お客様の|ご予定|いかが|ご都合|別の日|別日|代わりに/.test(r.text)) return Math.max(0, r.text.lastIndexOf('、', at) + 1);
    // 枠は急速に埋まりつつあります / 空き枠がどんどん減ってきております: what is offered running out now.
    return FILLING_NOW.test(r.text) && SLOT.test(r.text.slice(0, at)) ? Math.max(0, r.text.lastIndexOf('、', at) + 1) : -1;
  },

  /** 今が導入のベストタイミングです / 決めるなら今です: now named as the time to decide. */
  'now-is-the-time': (r, words) => {
    const ts = r.tokens;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      if (t.surface !== '今' || t.pos !== '名詞') continue;
      const at = t.start - r.offset;
      const rest = r.text.slice(t.end - r.offset);
      // 今が…買い時です: the time itself praised.
      if (/^が/.test(rest) && words.some((w) => /^[^。、]{0,12}$/.test(rest.slice(1, Math.max(1, rest.indexOf(w)))) && rest.includes(w))) return at;
      // 決めるなら今です / 導入するなら今しか: a decision conditional on now.
      if (/^(?:です|でござい|しか|だけ)/.test(rest) && /なら$|ならば$/.test(r.text.slice(0, at)) && firstOf(r.text.slice(0, at), DECISIONS) >= 0) return 0;
    }
    return -1;
  },

  /**
   * 明日の朝までにご返答をお待ちしております / ご契約はお早めに。: a decision awaited by a date, or asked for
   * soon with its verb left unsaid.
   */
  'deadline-awaited': (r, words) => {
    const d = firstOf(r.text, DECISIONS);
    if (d < 0 || r.facts.question) return -1;
    const limits = timeLimits(r.tokens).map(([from]) => r.tokens[from]!.start - r.offset).filter((i) => i < d + 12);
    const awaited = /お待ち(?:して|申し上げ)/.exec(r.text);
    if (awaited && awaited.index > d && limits.some((i) => i < awaited.index)) return Math.min(d, ...limits);
    // ご契約はお早めに。 / ご決断はお早めに！: the hurry closes the sentence.
    const hurry = words.filter((w) => !w.startsWith('お待ち')).map((w) => r.text.indexOf(w)).filter((i) => i > d);
    for (const h of hurry) {
      const w = words.find((x) => r.text.startsWith(x, h))!;
      if (/^[。！!\s]*$/.test(r.text.slice(h + w.length))) return d;
    }
    return -1;
  },

  /** ご検討の時間はあまりございません: little time left for them to weigh it. */
  'no-time-left': (r, words) => {
    const m = /(?:の)?(?:お)?(?:時間|猶予|余裕|期間)(?:は|が|も)(?:もう|あまり|ほとんど|それほど|残り)?[^。、]{0,4}?(?:ございません|ありません|ない|限られ|わずか|僅か|少な)/.exec(r.text);
    if (!m) return -1;
    const before = r.text.slice(Math.max(0, m.index - 6), m.index);
    return words.some((w) => before.includes(w)) ? Math.max(0, m.index - 6) : -1;
  },

  /**
   * この条件、来月からは出せない / この単価は4月以降ご提供できなくなります: terms (an entry word) that cannot be
   * offered once a date has passed. A change that keeps them (来月からも変わりません) is not a lapse.
   */
  'offer-gone-after': (r, words) => {
    const offer = firstOf(r.text, words);
    if (offer < 0 || r.facts.question) return -1;
    // このお値段は5月にはもうご提示できない: "by then, no more" (には + もう) is a turn too.
    const turn = /(?:から|以降|以後|を過ぎ(?:ますと|ると|たら))(?:は)?|には[、，]?(?=もう)/.exec(r.text.slice(offer));
    if (!turn) return -1;
    const turnAt = offer + turn.index;
    if (!datedBetween(r, offer, turnAt)) return -1;
    const gone = r.facts.predicates.some((p) => p.start >= turnAt && ((p.negated && (p.potential || /^(?:出せる|できる|出来る)$/.test(p.head) || /でき(?:ない|ません)/.test(p.text))) || /できなく|出来なく|かね/.test(p.text)));
    return gone ? Math.max(0, r.text.lastIndexOf('、', offer) + 1) : -1;
  },

  /**
   * 例年3月にはお申し込みをお断りしている状況です / 昨年は途中で受付を締め切らざるを得ませんでした: other buyers turned
   * away in a past or usual season, told as what awaits a late decision. Not a refusal of this reader's own request
   * (ご依頼の件はお断り), not a rule about what we never accept (返品はお断りしております: no season).
   */
  'turned-away': (r, words) => {
    if (r.facts.question) return -1;
    const season = /例年|毎年|昨年|去年|前回|昨シーズン|昨期|いつも/.exec(r.text);
    if (!season) return -1;
    const at = firstOf(r.text, words, season.index);
    if (at < 0 || /ご依頼|ご要望|ご希望の件|お問い合わせの件/.test(r.text)) return -1;
    // 受付を締め切って / 締め切らざるを得ず: only with what was taken (お申し込み, 受付, ご注文, 枠) before it.
    if (!/申し込み|申込|受付|注文|ご依頼|枠|お客様|企業様|会社様/.test(r.text.slice(0, at))) return -1;
    return season.index;
  },

  /**
   * 上司からも今週で決めてもらうよう言われています / 今月でご判断いただけますと: their decision asked within the
   * current period (今週で, 今月で, 本日で), whoever asks it. 今月で終了 or 今週で納品 is not a decision of theirs.
   */
  'decide-within-period': (r, words) => {
    const m = /(?:今週|今月|本日|今日|今期|週内|月内|明日)(?:中)?で[、，]?/.exec(r.text);
    // 今週でご決断いただけますでしょうか: a question that asks is a request.
    if (!m || (r.facts.question && !r.facts.acts.includes('request') && !/いただけ|頂け|もらえ/.test(r.text))) return -1;
    const rest = r.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!words.some((w) => rest.startsWith(w))) return -1;
    // 今月で決めていただく必要はございません: the limit lifted.
    if (/必要は(?:ござい|あり)ません|必要はない|なくても|なくて(?:結構|大丈夫)|ご安心/.test(r.text.slice(m.index))) return -1;
    // Asked of them: もらう / いただく / ください / ほしい / よう (言われて, お願い).
    return /もら|いただ|頂|くださ|下さ|ほし|欲し|よう|お願い/.test(r.text.slice(m.index)) ? Math.max(0, r.text.lastIndexOf('、', m.index) + 1) : -1;
  },

  /** この価格でご提供できるのは今週いっぱいです: what can be offered, as the topic, held only until a date. */
  'offer-ends-then': (r, words) => {
    const topic = /(?:ご提供|ご用意|ご案内|お出し|お受け|お値引き)(?:でき|いたせ|可能な)[るの]*のは[、，]?/.exec(r.text);
    if (!topic) return -1;
    const from = topic.index + topic[0].length;
    const rest = r.text.slice(from);
    const until = /^[^。、]{1,12}?(?:いっぱい|まで|限り|中|のみ|だけ)(?:です|となり|でござい|とさせ)/.exec(rest);
    if (!until) return -1;
    const w = words.find((x) => until[0].includes(x));
    // ご提供できるのは平日の日中のみです: a recurring time is a service's hours, not an offer lapsing.
    if (!w || !/今|本日|明日|明後日|来週|来月|末|まで|限り|[0-9０-９]/.test(until[0])) return -1;
    return Math.max(0, r.text.lastIndexOf('、', topic.index) + 1);
  },
};

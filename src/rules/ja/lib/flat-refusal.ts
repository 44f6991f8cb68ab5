// The flat refusals of a sentence as ja.blunt-refusal.unsoftened-refusal judges them: a predicate of
// dictionaries/ja/refusals.json (each entry with its own examples) or a negated predicate read from the tokens,
// at the end of its clause, that refuses the client — not a fact (確認できません), good news (値上げは行って
// おりません), a specification (本機は…対応しておりません), the client's own no, a time limit or an ultimatum.
// Cushions are the rule's call: this function says what would be blunt without one.
import { ListPrefixes, SearchedText } from '../../../engine/regex-prefixes';
import type { Annotator } from '../../../engine/analysis/facts';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { KEIGO, REFUSALS, TOPIC_OF_PHRASE } from './dictionaries';
import { negatedRefusals } from './refusal';
import { decidedAgainst, doubleNegativeKaneru, exceptionsDenied, notInPlan, plansDenied, saysNoPredicates } from './refusal-verbs';
import { masuStem } from '../../../engine/analysis/ja-conjugate';
import { alternation, atSentenceEnd, clauseStart, containsAny, inQuotes, quotedRanges } from './text';
import { matchAll } from '../../../engine/match-all';
import { jaWishNamed } from '../../../engine/analysis/asked';
import { analyzeJapanese } from '../../../engine/analysis/ja';
import { japaneseRemedy } from '../../any/lib/remedy';

const ACTION = alternation(REFUSALS.actionNouns);
const ENTRIES = REFUSALS.entries.map((e) => ({
  ...e,
  re: new RegExp(e.predicate, 'g'),
  beforeRe: e.before ? new RegExp(e.before.replace('{ACTION}', ACTION)) : undefined,
  notBeforeRe: e.notBefore ? new RegExp(e.notBefore) : undefined,
}));
/** The entries' prefixes (regex-prefixes.ts), read on the first search. */
let entryPrefixes: ListPrefixes | undefined;
/** 確認できません / 確定できませんが: a statement of fact, not a no to the client. */
const NOT_A_REFUSAL = new RegExp(`(?:${alternation(REFUSALS.notRefusalBefore)})(?:は|が|も)?$`);
/** ご利用できません: a restriction on the client's own action (and a keigo slip: ja.honorific.kenjogo-for-client). */
const CLIENT_ACTION = new RegExp(`[ごお](?:${alternation(KEIGO.clientActionNouns)})$`);
/** A clause that goes on after the refusal: the refusal is its reason or its first half. */
// (Round 32: 難しいのですが、 is a concession, not the reason clause ので: its が follows のです.)
const FOLLOWER = /^(?:ので(?!す)|のため|ため|から|(?:のです|んです)?が[、，])/;
const NOT_YET = /まだ|未だ|いまだ/;
/** Our regret right after a ず clause: 心苦しく, 申し訳なく, 残念, 恐縮, お詫び. */
const REGRET_AFTER = /心苦し|申し訳|残念|恐縮|お詫び|遺憾/;
/** The follower of a clause ended by the negation's ず and a comma (しておらず、). */
export const ZU_FOLLOWER = 'ず、';
/**
 * 弊社では / 当社としては / 当社の方針で / 規定上: our side named as the topic, or its rule given as the ground,
 * which makes a standing "we do not" a policy.
 */
const OWN_TOPIC = /(?:弊社|当社|小社|弊店|当店|弊所|当方|私ども|私共|わたくしども|うち)(?:で|として|に(?:おきまして|おいて))?(?:は|も)|(?:方針|規定|規程|規則|規約|ルール|社内規定)(?:で|により|によって|上|として)/;
const OWN_TOPIC_AT_END = /[、，]?(?:弊社|当社|小社|弊店|当店|弊所|当方|私ども|私共|わたくしども)(?:で|として)?(?:は|も)[、，]?$/;
/** We cannot (できません, 応じられません, 承れません), as against we do not: no cost or change is reassured. */
// …かねます says "we cannot" too: 変更はいたしかねます refuses a change, never reassures as 変更はいたしません does.
const POTENTIAL_WRITTEN = /(?:でき|出来|られ|れ|え)(?:ません|ない)$|かね(?:ます|る)/;
/** その日程は、ちょっと難しいと思います: a degree adverb before the no does not change what is refused. */
const DEGREE_ADVERB = /[、，]?(?:ちょっと|少々|少し|やや|なかなか|かなり|非常に|大変|正直(?:なところ|に申し上げて)?|さすがに)[、，]?$/;
/** 一切 / 全く / 決して: adverbs that only strengthen a negation. */
const NEGATION_ADVERB = /[、，]?(?:一切|全く|まったく|決して|絶対に)[、，]?$/;
/** 無理ですね / 難しいですよ: a final particle after the no leaves it the sentence's end. */
const FINAL_PARTICLE = /^(?:ね|よ|よね|ねえ)?[。．.！!？?\s」』）)]*$/;
/** この価格は金曜までしか維持できません: a time limit, read by ja.pressure.early-pressure. */
const TIME_LIMIT = /(?:まで|限り)しか/;
/** 〜いただけない場合は…できません: the consequence of an ultimatum, read by ja.pressure.early-pressure. */
const ULTIMATUM = /(?:ない|なかった)(?:場合|とき|ようでしたら|ようであれば|と[、，]?)|なければ|なかったら/;
/**
 * 値上げは一度も行っておりません / ご迷惑はおかけしません: a no that is good news for the client. The topic may
 * head a の-phrase and still be what is denied (費用の追加はしません).
 */
const REASSURING = new RegExp(
  `(?:${alternation(REFUSALS.reassuringTopics)})${TOPIC_OF_PHRASE}(?:は|も|を|が)?(?:一切|一度も|特に|決して|全く|まったく|何ら|なんら)?[^、。はもをが]{0,8}$`,
);
/**
 * ご要望の仕様変更はできません: what the client asked for, refused — a change they requested is not the good
 * news 変更はいたしません would be.
 */
const CLIENT_REQUEST = /ご(?:要望|依頼|希望|提案|相談|指定|用命)の|お(?:申し出|求め|問い合わせ)の/;
/**
 * 変更は受けられません / 承れません / 変更は対応していません: declining to accept or handle what was asked,
 * whatever the topic (not 受け取る). 対応 is a service we give; a change we do not handle is refused, never
 * the reassurance 変更はいたしません is.
 */
const ACCEPTS_REQUEST = /受け(?!取)|承|応じ|認め|対応/;
/** お断りしております / 辞退します: a verb whose meaning is "no" is never the promise 外部に提供しておりません is. */
const SAYS_NO = /断り|断っ|辞退|却下|見送|ご遠慮/;
/**
 * pHの測定には対応しておりません / ポンプ容器には対応しておりません: what something supports, with its に-complement (group 1:
 * the words before に) — a capability, unless the complement is a service act of ours (土曜日の搬入には対応しておりません).
 */
const COMPATIBILITY = /([^、，。\s]{1,12})に(?:は|も)?[、，]?(?:対応|サポート|準拠|適合)(?:は|も)?$/;
/** 本機は単相100Vには対応しておりません / 精度が保証できません: what the product does, not what we refuse. */
// Round 26: or the document's deixis before a name in katakana or Latin letters (本ドローン, 当アプリ, 同ユニット): the product
// the mail is about, whatever it is called (ja.ts sideOf reads the same as a thing).
const PRODUCT_SUBJECT = new RegExp(`(?:${alternation(REFUSALS.productSubjects)}|[本当同][\\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ][\\p{Script=Katakana}ー・A-Za-zＡ-Ｚａ-ｚ0-9０-９\\-]+)(?:は|が|では|も)`, 'u');
/** 佐藤様は出席できない: the client's own no, reported; unless our side is named after it. */
// Round 29: not the 様 of a word (標準仕様では, 同様に, 模様は): 仕様では is the product's scope, no client (ar-013).
const CLIENT_SUBJECT = /(?:(?<![仕模同多異態有])様|さま|さん|貴社|御社)(?:が|は|も|では|には)(?![^。]*(?:弊社|当社|私ども|わたくしども|私共|当方))/;
/** …に(は)対応しておりません: a verb of compatibility with its に-complement, just before the negation. */
const SUPPORTS_WITH = /に(?:は|も)?[、，]?(?:対応|サポート|準拠|適合)(?:は|も)?$/;
/**
 * 標準では対応しておりません / 初期設定では二段階認証に対応しておりません: what the product does as built — the
 * scope "as standard" names the product's specification, not a request we turn down. Not 仕様上 (システムの仕様上、
 * 貴社指定の書式には対応していません is the classic excuse for refusing what the client asked), and not when the
 * complement is the client's own (貴社指定の…, ご要望の…). (Round 26: 設計上 / 構造上 are read by BY_DESIGN below.)
 * Round 29: nor when the complement is a change (標準仕様ではその仕様変更は対応していません, ar-013) or points back to
 * their ask with その / 当該: a product is built with features; a change is what somebody asked us to make.
 */
const STANDARD_SCOPE = /(?:標準|標準仕様|標準機能|標準構成|現行仕様|現行の仕様|初期設定|デフォルト)(?:で|では|でも|として(?:は)?)[、，]?(?:(?![^、。]{0,20}(?:貴社|御社|貴店|御中|様|ご指定|ご依頼|ご要望|ご希望|その|当該|変更|追加|延長|前倒し|短縮|改造|カスタマイズ))[^、。]{1,20}(?:に|を|は))?(?:は|も)?(?:対応|サポート|搭載|装備|実装)(?:は|も)?$/;
/**
 * Round 29: 標準仕様ではその仕様変更は対応していません (ar-013): the thing denied, just before the predicate, is a change (変更,
 * 追加, 延長, 前倒し…) or points back with その / 当該 to what was asked — a change is what somebody asked us to make, never
 * what a product is built with, whatever scope (標準仕様では) stands before it.
 */
const CHANGE_DENIED = /(?:(?:その|当該)[^、。はもをに]{0,12}|(?:変更|追加|延長|前倒し|短縮|改造|カスタマイズ|特注))(?:に|を)?(?:は|も)[、，]?(?:対応|サポート)?$/;
/** 設計上 / 構造上 opening the sentence or a clause: the thing's make as the reason (the English "by design"). */
export const BY_DESIGN = /(?:^|[、。])(?:設計上|構造上|(?:製品|機器|装置|本体|システム)の(?:設計|構造)上)[、，]/;
/** Who or what a topic names when it is not a thing: our side, a person, a time, a place of ours. */
const NOT_A_THING = /(?:弊社|当社|小社|弊店|当店|弊所|当方|私ども|私共|わたくしども|うち|私|わたくし|様|さま|さん|担当|担当者|スタッフ|技術者|営業|部|課|工場|倉庫|窓口|センター)$/;

/**
 * A thing's specification (この機種はWindows 7には対応していません, スマートフォン版はオフラインでの利用に
 * 対応していません): a compatibility verb with its に-complement, and a topic before it that names a thing —
 * not our side (弊社は), a person, a time (土曜日は) or an act (納品は…に対応しておりません is a policy).
 */
function isSpecification(s: Pick<Sentence, 'text' | 'tokens' | 'start'>, before: string): boolean {
  if (STANDARD_SCOPE.test(before)) return true;
  if (!s.tokens || !SUPPORTS_WITH.test(before)) return false;
  const to = s.start + before.length;
  const topicIn = (from: number) => {
    const tokens = s.tokens!.filter((t) => t.start >= from && t.end <= to);
    return { tokens, topic: tokens.findIndex((t) => t.pos === '助詞' && (t.surface === 'は' || t.surface === 'が') && tokens[tokens.indexOf(t) - 1]?.surface !== 'に') };
  };
  let from = s.start + clauseStart(before, before.length);
  let { tokens, topic } = topicIn(from);
  // 標準品の使用温度範囲は−20〜85℃で、105℃環境には対応しておりません: a clause with no topic of its own carries the
  // topic of the clause it continues (a て/で chain), which names the thing.
  if (topic < 1 && /[でて]、$/.test(before.slice(0, from - s.start))) {
    from = s.start;
    ({ tokens, topic } = topicIn(from));
  }
  // The topic must come before the に-complement, not be the は of 「Yには」.
  if (topic < 1 || tokens[topic - 1]!.surface === 'に') return false;
  const head = tokens[topic - 1]!.surface === 'で' ? tokens[topic - 2] : tokens[topic - 1];
  if (!head || head.pos !== '名詞') return false;
  if (head.pos1 === '副詞可能' || head.pos1 === '代名詞' || head.pos2 === '人名') return false;
  if (head.pos1 === 'サ変接続' && !/^[A-Za-zＡ-Ｚａ-ｚ0-9０-９\-‐]/.test(head.surface)) return false;
  const topicText = s.text.slice(from - s.start, head.end - s.start);
  if (NOT_A_THING.test(topicText) || REFUSALS.actionNouns.some((n) => topicText.endsWith(n))) return false;
  return true;
}

/** A negated potential: what a thing allows (洗えません, 使用できません, 保管できない). */
const THING_ALLOWS = /(?:でき|出来|られ|れ|え)(?:ません|ない)$/;
/**
 * Round 31: この生地は洗濯機で洗えません / このケースは電子レンジでは使用できません — a thing pointed at (この, その, こちらの before a
 * noun that is no act and no one of ours) as the topic of the clause that says no: what the thing allows, its specification,
 * not a no to the client. Read from the tokens: a determiner, then nouns up to the topic particle.
 */
export function thingTopic(s: Pick<Sentence, 'text' | 'tokens' | 'start'>, before: string, written: string): boolean {
  // What the thing allows is a potential (洗えません, 使用できません); a verb of accepting refuses whatever its topic.
  if (!s.tokens || !(THING_ALLOWS.test(written) || usageBarred(s, before, written)) || ACCEPTS_REQUEST.test(written)) return false;
  const from = s.start + clauseStart(before, before.length);
  const to = s.start + before.length;
  const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to);
  let k = 0;
  // この / こちらの point at the thing in hand; その points back, often at what they asked (その条件はお受けできません).
  if (tokens[k]?.surface === 'こちら' && tokens[k + 1]?.surface === 'の') k += 2;
  else if (tokens[k]?.pos === '連体詞' && tokens[k]!.surface === 'この') k += 1;
  else return false;
  const first = k;
  while (k < tokens.length && tokens[k]!.pos === '名詞') k++;
  if (k === first || tokens[k]?.surface !== 'は' && tokens[k]?.surface !== 'も') return false;
  const head = tokens[k - 1]!;
  const topic = s.text.slice(tokens[first]!.start - s.start, head.end - s.start);
  if (head.pos1 === 'サ変接続' || head.pos1 === '代名詞' || NOT_A_THING.test(topic)) return false;
  return !REFUSALS.actionNouns.some((n) => topic.endsWith(n));
}

/**
 * Round 34: この容器は電子レンジ不可ですので… — 不可 right after a noun of use (電子レンジ, 食洗機, 水洗い): a label's "not for", what
 * the thing allows, as a potential denied is; not after an act of ours (対応不可, 返品不可), which turns an ask down.
 */
function usageBarred(s: Pick<Sentence, 'text' | 'tokens' | 'start'>, before: string, written: string): boolean {
  if (!written.startsWith('不可') || written.startsWith('不可能')) return false;
  const last = s.tokens!.filter((t) => t.end <= s.start + before.length).at(-1);
  return !!last && last.end === s.start + before.length && last.pos === '名詞' && !REFUSALS.actionNouns.some((n) => before.endsWith(n));
}

/** Candidates that deny an intention of ours (a plan, a thought): what we mean to do, never what a product is. */
const INTENTION = new Set(['yotei-nashi', 'yotei-nashi-make', 'yotei-shite-orimasen', 'kangaete-orimasen', 'no-plan']);
/**
 * お客様ごとの / 個別の / 個別に / 例外的な / 特例として: the act framed as an exception made for one client — a standing "we do
 * not" over it is a policy, whoever is named as the topic.
 */
/**
 * DDP条件での見積もりは / 現金による支払いは / 10個未満の出荷は: an act narrowed to a kind (by a condition, a means, a
 * bound) as the topic of a standing "we do not" — a practice of ours, as 弊社では… is. A status report names the act
 * bare or by its target (先方への連絡はしておりません), never a kind of it.
 */
const SCOPED_ACT_TOPIC = /(?:での|による|未満の|以下の|以外の|向けの|のみの)[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,6}(?:は|も)[、，]?(?:一切)?$/u;

const PER_CLIENT = /(?:お客様|お客さま|顧客|個社|各社|取引先|案件)(?:ごと|毎|別)|個別(?:の|に|で)?|例外(?:的な?|として)?|特例(?:として|で)?/;

/**
 * 個別の変更は / 例外的な値引きも / お客様ごとの調整は: the act itself, right before its verb, framed as made for one client (not
 * 個別の変更による追加費用は, where the topic is a charge).
 */
const PER_CLIENT_TOPIC = /(?:(?:お客様|お客さま|顧客|取引先|お取引先様?)(?:ごと|毎|別)|個別|例外的|特例的)(?:の|な|に)?[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:は|も|を)[、，]?(?:一切)?$/u;

/** The text of the clause that ends at the end of `before` (after its last 、 or 。). */
function clauseOf(before: string): string {
  return before.slice(clauseStart(before, before.length));
}

/**
 * 休業期間中は / 上記期間中は / 年末年始は…中につき / 停止時間中は / メンテナンス時間中は: a no scoped to a closure
 * period, not to what the client asked (whether a closure notice frames it is ja.blunt-refusal.unsoftened-refusal's
 * document hook to judge).
 */
export const CLOSURE_SCOPE = /(?:休業|休暇|休止|停止|閉鎖|連休|年末年始|お盆|期間|メンテナンス|保守|点検|作業|工事)(?:時間|期間)?中(?:は|も|につき|の)|休業日(?:は|には|の)/;

/** What the client would ask us for — a price cut, a free replacement, more time — declined, answers them. */
const CONCESSION = new RegExp(alternation(REFUSALS.concessionNouns));

/**
 * 潤滑不足が原因と判断しており、保証対象外のため無償交換は対応不可です / 限界まで下げておりますので、これ以上の
 * 値引きは無理です: a no on a concession the client would ask for, whose sentence reads news only in a clause
 * before it (the reason). The concession says someone asked; the news word explains the no, it is not the news.
 */
export function refusesConcessionAfter(c: FlatRefusal, text: string, newsEnd: number): boolean {
  return newsEnd <= c.clauseStart && CONCESSION.test(text.slice(c.clauseStart, c.start)) && !CHANGE_FROM.test(text);
}
/** 来月から / 4月納品分より / 次回以降: a change announced from a date on is news, whatever it withdraws. */
const CHANGE_FROM = /(?:月|年|年度|日|週|期|次回|分)[^、。]{0,6}(?:から|より|以降|以後)/;

export interface FlatRefusal extends Candidate {
  /** Where the refusing clause starts (relative), and its text up to the predicate. */
  clauseStart: number;
  clause: string;
  /** True when the predicate ends the sentence; else the conjunction that follows it (ので, ため, が、). */
  final: boolean;
  follower?: string;
  /** A product's specification (本機は…対応しておりません): a no only to a request the reader made (`keepSpecs`). */
  spec?: boolean;
  /**
   * A capability denied with no product named as the topic (pHの測定には対応しておりません): an answer to a question when
   * only a question was asked and something else is offered after it (the rule's call, which sees the mail).
   */
  compat?: boolean;
}

/**
 * flatRefusals(s) of a sentence of the field, through the engine's cache of sentence facts (ctx.facts, by text): the
 * document hooks that read it for every sentence of news and its neighbours (ja.bad-news.blunt-bad-news, and the
 * request and cost readers it calls) pay one look-up per keystroke for an unchanged sentence, not the refusal readers
 * again — nor the copy of a moved sentence's tokens that reading them makes (round 33: ~half of that hook's time on
 * unchanged text). The value depends on the text alone (its tokens are the text's); callers only read it.
 */
export function flatRefusalsOf(ctx: Pick<RuleContext, 'facts'>, s: Sentence): readonly FlatRefusal[] {
  return ctx.facts.of(FLAT_REFUSALS, s);
}
const FLAT_REFUSALS: Annotator<FlatRefusal[]> = { id: 'ja/flat-refusals', analyze: (s) => flatRefusals(s) };

/** Every flat refusal of the sentence, the first entry to claim a predicate winning. */
export function flatRefusals(s: Pick<Sentence, 'text' | 'tokens' | 'start'>, options: { keepSpecs?: boolean } = {}): FlatRefusal[] {
  const out: FlatRefusal[] = [];
    const quotes = quotedRanges(s.text);
    const claimed = new Set<number>();
    for (const c of candidates(s)) {
      if (claimed.has(c.end) || inQuotes(quotes, c.start, c.end)) continue;
      const rest = s.text.slice(c.end);
      const final = atSentenceEnd(s.text, c.end) || FINAL_PARTICLE.test(rest);
      // Round 35: 当社では小分け包装はしておらず、1kg袋でのお届けとなります — the negation's own 連用 form (ず、) ends a clause that
      // goes on to what we do instead: the no as its first half, like …ので.
      const follower = final ? undefined : FOLLOWER.exec(rest)?.[0] ?? (/ず$/.test(c.written) && /^[、，]/.test(rest) ? ZU_FOLLOWER : undefined);
      if (!final && !follower) continue;
      const before = s.text.slice(0, c.start);
      // Round 41: これ以上の値引きは一切考えておりません — an adverb that strengthens the negation stands between the topic and it.
      const bare = before.replace(DEGREE_ADVERB, '').replace(NEGATION_ADVERB, '');
      if (c.beforeRe && !c.beforeRe.test(before) && !c.beforeRe.test(bare)) continue;
      if (c.notBeforeRe?.test(before)) continue;
      // 接続はできません states a fact; 接続はお断りしています refuses it: a verb that means no is never a fact.
      if ((NOT_A_REFUSAL.test(before) && !SAYS_NO.test(c.written)) || (c.id === 'dekimasen' && CLIENT_ACTION.test(before))) continue;
      // 変更はいたしません reassures; 変更はできません refuses the change they asked for.
      // (変更は対応していません: the service noun stands right before its する.)
      const verb = s.text.slice(Math.max(0, c.start - 2), c.end);
      // 値上げは、弊社ではしておりません: our side named as the topic leaves the reassuring topic before it.
      // Round 43 (tf-057): 1kg袋入りへの変更は不可です — 不可 / 不可能 say "cannot" as できません does: the change refused, never the
      // reassurance 変更はいたしません.
      const cannot = c.potential || /^不可/.test(c.written);
      const reassuring = (REASSURING.test(before) || REASSURING.test(before.replace(OWN_TOPIC_AT_END, ''))) && !cannot && !ACCEPTS_REQUEST.test(verb) && !CLIENT_REQUEST.test(before);
      // お客様にはサンプルをお出ししていません: with a verb of giving, the client marked by に is who receives, not who acts.
      const clientSide = c.id === 'not-our-practice' ? before.replace(/に(?=は|も)/g, 'へ') : before;
      // 個別の変更は行っておりません: a change made for one client, denied as practice, is a policy that turns their ask
      // down, not the reassurance 変更は行っておりません is — when an ask is in sight (`needsAsk`, the rule's call).
      const perClient = reassuring && PER_CLIENT_TOPIC.test(before);
      // 送料は御社のご負担となります: the client is named as who pays, by design of the entry — not their own no, and a
      // cost topic is what is put on them, no reassurance.
      const costOnClient = c.id === 'cost-on-client';
      // 確定価格ですので、変更はありません: the "no change" that reassures is here concluded from a closed fact (needsAsk).
      if (!costOnClient && !STATED_RULE.has(c.id) && ((reassuring && !perClient) || CLIENT_SUBJECT.test(clientSide))) continue;
      if (perClient) c.needsAsk = true;
      // Round 35: 張は日本語が話せません / 弊社の山田は車の運転ができません — a colleague named as the topic and what they can do
      // marked by が: a person's ability, told so the client can plan, not a no to them.
      if (c.potential && colleagueAbility(s, before)) continue;
      // Round 35: 運送会社が日曜日の配達を受け付けていません — another party (a trade: ja.ts sideOf) as the subject of the clause
      // that says no: their practice, reported, not our no to the client.
      if (thirdPartySubject(s, c.start)) continue;
      // お客様ごとの個別継続はしていません: an act scoped to one client as an exception is a policy of ours, as 弊社では is.
      // 現在の製品ではSAMLはサポートしていません: with a product as the topic instead of our side, the standing "we do not" is
      // the product's specification — a no only to a wish the reader named (`spec` below).
      const productPractice = c.needsOwnTopic && PRODUCT_SUBJECT.test(before);
      const scopedAct = c.needsOwnTopic && SCOPED_ACT_TOPIC.test(before);
      if (c.needsOwnTopic && !OWN_TOPIC.test(before) && !PER_CLIENT.test(before) && !CLIENT_REQUEST.test(before) && !productPractice && !scopedAct) continue;
      // 延長はいたしません: a plain "we will not" is a no only to what the client asked for (ご相談のあった…).
      // 個別の変更はしません: a chosen "we will not" over a change made for one client is a policy, when an ask is in sight.
      if (c.needsRequest && !CLIENT_REQUEST.test(before)) {
        if (!PER_CLIENT_TOPIC.test(before)) continue;
        c.needsAsk = true;
      }
      // お客様のデータを第三者に提供しておりません: their things kept from outsiders, as our practice, is a
      // promise; 社外に送れません / 持ち出しは認められません still refuses what they asked.
      const practice = !c.potential && !ACCEPTS_REQUEST.test(c.written) && !SAYS_NO.test(c.written);
      if (practice && containsAny(clauseOf(before), REFUSALS.assuranceMarkers)) continue;
      // 本機は…対応しておりません is a specification; 本製品は保証の対象外です still turns the client's claim down.
      // ご要望の機能は、現行バージョンでは実装できません: what they asked for, refused, whatever holds it.
      // 並び替え機能は、今後も追加の予定はありません: a product has no plans; a plan denied is our intention, never its spec.
      // KX-200はWindows 11には対応しておりません: a thing's compatibility, whatever the thing is called.
      // 日本語化のご要望ですが、現在のバージョンでは対応しません: a specification that turns down what the reader asked
      // for (named in the sentence) is a no; named in the sentences before, the caller that sees them judges (`spec`).
      // (A cost put on the client is never a product's specification, whatever word of one its topic holds: 仕様変更の費用は.)
      // Round 26: 設計上、リアルタイムでの配信はできません: the thing's make (設計上, 構造上) given as the reason, whatever the verb.
      const spec = !costOnClient && ((c.id !== 'out-of-scope' && !INTENTION.has(c.id) && (PRODUCT_SUBJECT.test(before) || BY_DESIGN.test(before))) || isSpecification(s, before) || thingTopic(s, before, c.written)) &&
        !CLIENT_REQUEST.test(before) && !jaWishNamed(before) && !CHANGE_DENIED.test(before);
      if (productPractice && !OWN_TOPIC.test(before) && !PER_CLIENT.test(before) && !CLIENT_REQUEST.test(before) && !spec && !jaWishNamed(before)) continue;
      if (spec && !options.keepSpecs) continue;
      const cs = clauseStart(s.text, c.start);
      const clause = s.text.slice(cs, c.start);
      if (NOT_YET.test(clause) || TIME_LIMIT.test(clause) || ULTIMATUM.test(before)) continue;
      if (follower?.includes('が') && containsAny(rest, REFUSALS.effortAfterBut)) continue;
      if (follower?.includes('が') && DIFFICULTY_ID.test(c.id) && doneAnyway(s, rest.slice(follower.length))) continue;
      const compat = !spec && !c.potential && COMPATIBILITY.test(before) && !REFUSALS.actionNouns.some((n) => COMPATIBILITY.exec(before)![1]!.endsWith(n));
      // A ず、 clause is a no only to what they asked (症状を再現できず、調査中です reports), never a capability (大阪リージョンには
      // 対応しておらず、… answers a question) nor the first half of our regret (お届けできず、大変心苦しく思っております).
      if (follower === ZU_FOLLOWER) {
        if (compat || REGRET_AFTER.test(rest.slice(0, 24))) continue;
        c.needsAsk = true;
      }
      claimed.add(c.end);
      out.push({ ...c, clauseStart: cs, clause, final, follower, ...(spec ? { spec: true } : {}), ...(compat ? { compat: true } : {}) });
    }
  return out;
}

/**
 * Round 35 (refja35): a person's ability — the clause's topic a person's name (IPADIC 人名, bare: one of ours) with は / も,
 * and the skill or act they lack marked by が right before the negated potential (日本語が話せません, 運転ができません).
 */
export function colleagueAbility(s: Pick<Sentence, 'text' | 'tokens' | 'start'>, before: string): boolean {
  if (!s.tokens || !/が[、，]?$/.test(before)) return false;
  const from = s.start + clauseStart(before, before.length);
  const to = s.start + before.length;
  const tokens = s.tokens.filter((t) => t.start >= from && t.end <= to);
  return tokens.some((t, k) => t.pos2 === '人名' && (tokens[k + 1]?.surface === 'は' || tokens[k + 1]?.surface === 'も'));
}

/** The last subject or topic before `at` in its clause names another party (運送会社が, 銀行では), with no side of ours after it. */
function thirdPartySubject(s: Pick<Sentence, 'text' | 'tokens' | 'start'>, at: number): boolean {
  if (!s.tokens) return false;
  const from = clauseStart(s.text.slice(0, at), at);
  const subjects = analyzeJapanese(s.text, s.tokens, s.start).subjects.filter((x) => x.start >= from && x.end <= at);
  const last = subjects[subjects.length - 1];
  // (A word in Latin letters is an organisation only by IPADIC's unknown-word guess: Rush orderは受けません is our no.)
  return !!last && last.side === 'third' && !/^[A-Za-zＡ-Ｚａ-ｚ\s]+$/.test(last.text);
}

/** The entries that say "it is difficult" (難しい, 厳しい, 困難, 無理) rather than a verb of refusing. */
const DIFFICULTY_ID = /^(?:difficult|konnan|muri)/;
/** What we can do on a condition (であれば, でしたら) or instead (代わりに): an alternative, which leaves the no standing (findings.md). */
const ON_CONDITION_OR_INSTEAD = /であれば|でしたら|ならば|場合(?:に)?は|よろしければ|代わり|代替|代案/;

/**
 * Round 32: 「スケジュールが少し厳しいですが、予定どおり出荷いたします」「ご依頼の値引きは難しいのですが、社内で再度検討してご連絡
 * いたします」 — a difficulty conceded (…ですが、), then the sentence's main predicate an act of ours, done or promised (not
 * negated, no request, no question), or a promise to consult: the door stays open, nothing is refused. An alternative on a
 * condition or instead (平日でしたら伺えます, 代わりに…) is the no with an alternative, still a refusal without its cushion.
 */
function doneAnyway(s: Pick<Sentence, 'text' | 'tokens' | 'start'>, after: string): boolean {
  if (!s.tokens || ON_CONDITION_OR_INSTEAD.test(after)) return false;
  if (japaneseRemedy(after) === 'consult') return true;
  const f = analyzeJapanese(s.text, s.tokens, s.start);
  const m = f.main;
  return !!m && m.kind === 'verb' && !m.negated && !m.request && !m.desire && !m.imperative && !m.quoted && !f.question &&
    f.agent !== 'client' && !f.acts.includes('request');
}

/**
 * A state that leaves nothing to move (確定, 固定, 決定済み, 最終, 据え置き, 規定, 一律) as the reason (ので / ため / につき),
 * then a topic (は / も) and "there is none" at the end of the clause. Linear: bounded gaps without the clause's ends.
 */
const CLOSED_FACT = /(?:確定|固定|決定済み?|最終|据え?置き?|規定|一律)/;
const BECAUSE = /^(?:ので|ため|につき|から)/;
const NONE_AFTER_TOPIC = /^(?:は|も)[、，]?((?:一切)?(?:ありません|ございません|ないです|いたしません|しません))/;
/** What ends a clause: the state and the no must stand within one reason and its conclusion. */
const CLAUSE_END = /[、。！？]/;

/**
 * The first "no" concluded from a closed fact, as offsets: read by index (each reason marker looks back and forward a
 * bounded stretch), not one regular expression — two lazy gaps around the marker would be polynomial.
 */
function closedByFact(text: string): { start: number; end: number } | undefined {
  for (let i = 1; i < text.length; i++) {
    // BECAUSE's first characters, tested before slicing at every position of the sentence.
    const first = text[i];
    if (first !== 'の' && first !== 'た' && first !== 'に' && first !== 'か') continue;
    if (!BECAUSE.test(text.slice(i, i + 3))) continue;
    const back = text.slice(Math.max(0, i - 20), i);
    const cut = Math.max(back.lastIndexOf('、'), back.lastIndexOf('。'));
    if (!CLOSED_FACT.test(back.slice(cut + 1))) continue;
    let j = i + (text.startsWith('につき', i) ? 3 : 2);
    if (text[j] === '、' || text[j] === '，') j++;
    for (let k = j; k < text.length && k <= j + 16 && !CLAUSE_END.test(text[k]!); k++) {
      const m = NONE_AFTER_TOPIC.exec(text.slice(k, k + 14));
      if (m) return { start: k + m[0].length - m[1]!.length, end: k + m[0].length };
    }
  }
  return undefined;
}

/** A topic (は / も), then 有償 / 有料 or a final, fixed or decided price or term, and a copula ending the sentence (…ですので
 * gives the reason of a no after it, read by closedByFact). */
const CHARGED_OR_FINAL = /(?:は|も)[、，]?[^、。！？]{0,12}?((?:有償|有料|(?:最終|確定|固定)(?:価格|金額|単価|条件))(?:と|に)?(?:なります|なっております|です|でございます|させていただきます|させていただいております))(?=[。．！]|$)/;

/** Candidates that state a rule or a fact that closes the ask, not a verb of ours negated: no topic of theirs makes them their own no. */
// (Round 37, refja37: and the rules of ours told as the answer — 変更は前日で締め切らせていただきました closes the change they asked
// for; a topic that reassures elsewhere (変更は) does not make it good news.)
const STATED_RULE = new Set(['closed-by-fact', 'charged-or-final', 'same-for-all', 'stance-kept', 'kinshi-rule', 'limit-is', 'once-only', 'no-option', 'closed-for-ask']);

/** Every client, as a class: 全てのお客様, すべてのお取引先様, どのお客様, 各顧客. */
export const ALL_CLIENTS = /(?:全て|すべて|全|どの|いずれの|各)の?(?:お客様|お客さま|顧客|お取引先様?|取引先|ユーザー様?)/;
/** The same for all: 共通, 同じ, 同一, 統一, 一律, 一様, 等しく. */
const SAME = /共通|同じ|同一|統一|一律|一様|等しく/;
/** The predicate that ends a sentence stating a rule: お願いしております, 統一しております, となっております, です. */
const RULE_END = /(?:お願い|統一|適用|設定|運用|実施|対応)?(?:して(?:おり|い)ます|させていただいて(?:おり|い)ます|となって(?:おり|い)ます|となります|でございます|です)(?=[。．！]?\s*$)/;

/**
 * Round 25: お支払い条件は、全てのお客様共通で出荷前の送金です / 全てのお客様に同じ条件でお願いしております — a term declared the same
 * for every client: a rule, and the no to their ask when one is in sight (needsAsk; told of its own accord, it informs).
 */
function sameForAll(text: string): { start: number; end: number } | undefined {
  const all = ALL_CLIENTS.exec(text);
  if (!all) return undefined;
  const end = RULE_END.exec(text);
  if (!end || end.index < all.index) return undefined;
  const span = text.slice(all.index, end.index + end[0].length);
  // What is the same must be a term of business, or the verb must impose one: 全てのお客様に同じご案内をお送りしております (the
  // same notice sent to every client) tells, it does not refuse.
  if (!SAME.test(span) || !(TERMS.test(span) || IMPOSED.test(end[0]))) return undefined;
  return { start: end.index, end: end.index + end[0].length };
}
/** A term of business the same for all: conditions, prices, payment, delivery, warranty, rules. */
const TERMS = /条件|価格|単価|料金|費用|金額|値引|割引|送金|支払|前払|締め|サイト|納期|保証|規定|規約|ルール|契約|取引|対応|運用|方針|仕様/;
/** A verb that imposes a term: お願いしております, 統一しております, 適用しております. */
const IMPOSED = /^(?:お願い|統一|適用|設定|運用)/;

/**
 * Round 25: 弊社の方針は変わりません / 前回の回答に変更はございません / 結論は変わりありません — a stance of ours (方針, 回答, 判断, 結論) kept:
 * said only to someone who asked us to reconsider (needsAsk).
 */
const STANCE_KEPT = /(?:方針|回答|判断|結論|見解|立場|決定|考え)(?:に|は|も|について(?:は|も)?)[、，]?((?:変わり|変更)(?:は|が)?(?:ございません|ありません)|変わりません|変更(?:いたし|し)ません)(?=[。．！]?\s*$)/;

export interface Candidate {
  id: string;
  /** Offsets relative to the sentence: the flat predicate. */
  start: number;
  end: number;
  written: string;
  polite: string;
  plain: string;
  beforeRe?: RegExp;
  notBeforeRe?: RegExp;
  /** We cannot (rather than we do not). */
  potential: boolean;
  /** A no only when our side is the topic (弊社では…製造はしておりません). */
  needsOwnTopic?: boolean;
  /** A no only when it answers what the client asked for (ご相談のあった延長は、いたしません). */
  needsRequest?: boolean;
  /**
   * A no only in a reply to something the client asked (named in the sentence, the one before or the paragraph), or
   * stated as standing (今後も, 当面): 来月は出張の予定はありません is our diary. The rule, which sees the paragraph, judges.
   */
  needsAsk?: boolean;
  /** Round 37: with needsAsk, a reply whose subject names the sentence's thing is the ask (dictionaries.ts askedByReply). */
  askedByReply?: boolean;
  /** Blunt even after a cushion word (申し訳ないけど無理です). */
  evenCushioned?: boolean;
}

/**
 * The flat predicates of a sentence: phrase matches first (they also work while the dictionary loads), then
 * negated predicates read from the tokens, which catch wordings no list holds (伺えません, 請け負っておりません).
 */
function candidates(s: Pick<Sentence, 'text' | 'tokens' | 'start'>): Candidate[] {
  const out: Candidate[] = [];
  // Indexed loops: run once per new sentence, seldom optimised by V8, a for…of here allocated an iterator and a result
  // object for each of the entries.
  // Round 43: an entry whose every match starts with text the sentence lacks is not run (regex-prefixes.ts, as casual.ts
  // does): none would match, so the candidates are the same (62 of the 66 entries have a prefix read from their source).
  const may = (entryPrefixes ??= new ListPrefixes(ENTRIES.map((e) => e.re))).marks(new SearchedText(s.text), false);
  for (let i = 0; i < ENTRIES.length; i++) {
    if (may[i] === 0) continue;
    const e = ENTRIES[i]!;
    const matches = matchAll(s.text, e.re);
    for (let j = 0; j < matches.length; j++) {
      const m = matches[j]!;
      const fill = (x: string) => x.replace(/\$1/g, m[1] ?? '');
      out.push({
        id: e.id, start: m.index, end: m.index + m[0].length, written: m[0],
        polite: fill(e.polite), plain: fill(e.plain), beforeRe: e.beforeRe, notBeforeRe: e.notBeforeRe,
        potential: POTENTIAL_WRITTEN.test(m[0]), ...(e.evenCushioned ? { evenCushioned: true } : {}),
        ...(e.needsAsk ? { needsAsk: true } : {}), ...(e.askedByReply ? { askedByReply: true } : {}),
      });
    }
  }
  // Round 24: 本見積の単価は確定価格ですので、変更はありません — a fact that closes the ask (the price is fixed, final,
  // decided) given as the reason, then "there is no X": a no to the change asked for (needsAsk: told of its own accord,
  // the same words reassure).
  // サンプルは有償です / 今回の見積りは最終価格です: the thing asked for put at their cost, or the price declared final, as the
  // whole predicate — the same no as a closed fact, when an ask is in sight.
  const closed = closedByFact(s.text);
  if (closed) out.push({ id: 'closed-by-fact', ...closed, written: s.text.slice(closed.start, closed.end), polite: 'お受けいたしかねます', plain: 'お受けいたしかねる', potential: false, needsAsk: true });
  const same = sameForAll(s.text);
  if (same) out.push({ id: 'same-for-all', ...same, written: s.text.slice(same.start, same.end), polite: s.text.slice(same.start, same.end), plain: s.text.slice(same.start, same.end), potential: false, needsAsk: true });
  const stance = STANCE_KEPT.exec(s.text);
  if (stance) {
    const end = stance.index + stance[0].length;
    const start = end - stance[1]!.length;
    out.push({ id: 'stance-kept', start, end, written: stance[1]!, polite: stance[1]!, plain: stance[1]!, potential: false, needsAsk: true });
  }
  const charged = CHARGED_OR_FINAL.exec(s.text);
  if (charged) {
    const end = charged.index + charged[0].length;
    const start = end - charged[1]!.length;
    out.push({ id: 'charged-or-final', start, end, written: charged[1]!, polite: 'お受けいたしかねます', plain: 'お受けいたしかねる', potential: false, needsAsk: true });
  }
  if (s.tokens) {
    // お断りしています / お断りさせていただいております / ご遠慮いただいております: a verb that means no, in any form.
    for (const n of saysNoPredicates(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      out.push({
        id: 'says-no', start, end, written: s.text.slice(start, end), polite: n.softened?.polite ?? 'お受けいたしかねます',
        plain: n.softened?.plain ?? 'お受けいたしかねる', potential: false, ...(n.needsAsk ? { needsAsk: true } : {}),
      });
    }
    // 翻訳は出来かねません: …かねます negated by mistake, meant as the refusal; its softened form is the …かねます meant.
    for (const n of doubleNegativeKaneru(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      const written = s.text.slice(start, end);
      const meant = written.replace(/かね(?:ません|まない|まぬ)$/, 'かね');
      out.push({ id: 'kaneru-negated', start, end, written, polite: `${meant}ます`, plain: `${meant}る`, potential: true });
    }
    // このリクエストは却下されました / 不採用となりました / 承認されませんでした: a decision against it, reported.
    for (const n of decidedAgainst(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      out.push({ id: 'decided-no', start, end, written: s.text.slice(start, end), polite: n.softened?.polite ?? 'お受けいたしかねることとなりました', plain: n.softened?.plain ?? 'お受けいたしかねることとなった', potential: false, needsAsk: true });
    }
    for (const n of plansDenied(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      out.push({ id: 'no-plan', start, end, written: s.text.slice(start, end), polite: '予定が立っておりません', plain: '予定が立っていない', potential: false, needsAsk: true });
    }
    // 今期の計画にはございません / ロードマップには含まれておりません: what was asked for left out of our plan (needsAsk).
    for (const n of notInPlan(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      out.push({ id: 'not-in-plan', start, end, written: s.text.slice(start, end), polite: `${n.plan}には含まれておりません`, plain: `${n.plan}には含まれていない`, potential: false, needsAsk: true });
    }
    // 例外は設けておりません / 特例は認めていません: a standing no to exceptions, a no to the one asked for (needsAsk).
    for (const n of exceptionsDenied(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      const stem = masuStem(n.verb.base, n.verb.cType) ?? '';
      if (!stem) continue;
      out.push({ id: 'no-exception', start, end, written: s.text.slice(start, end), polite: `${stem}かねます`, plain: `${stem}かねる`, potential: false, needsAsk: true });
    }
    for (const n of negatedRefusals(s.tokens)) {
      const start = n.start - s.start;
      const end = n.end - s.start;
      out.push({
        id: 'negated', start, end, written: s.text.slice(start, end), polite: n.polite, plain: n.plain, potential: n.potential,
        ...(n.needsOwnTopic ? { needsOwnTopic: true } : {}), ...(n.needsRequest ? { needsRequest: true } : {}),
      });
    }
  }
  return out;
}


// Bad news in a sentence, read from its tokens and predicates: a price that goes up (by a word or by two
// figures, 120万円から168万円), a delivery that slips, a supply cut short (しか…ない, 6割のみ, ご発注量の6割),
// a product or service that ends, a quality problem, a new person in charge. The cue words are data
// (dictionaries/ja/news.json, each entry with its own examples); the grammar around a cue decides whether the
// sentence announces the event: not asked, requested, negated, conditional, merely mentioned (値上げの件) or
// the client's own request confirmed back.
import newsJson from '../../../dictionaries/ja/news.json';
import type { Token } from '../types';
import type { JaPredicate, Span, Subject } from './ja';
import { belowReference, restBecomesLater, portionOfWhole } from './ja-news-portion';
import { inQuotes, quotedRanges } from './ja-quotes';
import { matchAll } from '../match-all';
import { activeStore } from './facts';
import { pairOnLine, roleOfLabel, tableLineCells, valueAt, valueBesideOld, worsePair, type PairRole } from './value-pair';
import { failedTest, newDayNamed, onlyPartOfAct, partOfWhole, targetMissed, teamReduced } from './ja-news-results';
import { termNewValue } from './ja-news-terms';
import { toldDateReplaced } from './ja-news-told';
import { specMissed } from './spec-deviation';
import { statusCell } from './status-cell';
import { amountReplaced, chargePerUnit, earlierInstead, figureTopicDown, laterInstead, lessThanOrdered, noLongerCarried, noneComing, outsideTerms, paymentSooner, periodDelivery, plannedThenLater, priceHigherBy, soldSeparately } from './ja-news-moves';
import { allottedBelowAsk, contactFromPoint, dealingsWorse, sentWrong } from './ja-news-mishaps';
import { amountAdded, capImposed, channelDowngraded, freeNowCharged, latinPredicate, minimumSet, serviceReduced } from './ja-news-service';
import { asciiDigits, figureValue } from './figures';

export type NewsKind = 'price' | 'delay' | 'shortage' | 'discontinued' | 'quality' | 'staff';

export interface NewsEntry {
  id: string;
  kind: NewsKind;
  phrases?: string[];
  verbs?: string[];
  with?: string[];
  negated?: boolean;
  /** The cue counts in a request too, when the request is its own predicate (使用を中止してください: a recall). */
  asked?: boolean;
  /**
   * A decision of ours on one act (an event called off: …見学会は中止します). When the client asked for that act, the
   * decision answers them — a refusal, not news — though its kind is an end (request-context.ts answersWithDecision).
   */
  decision?: boolean;
  /** The cue is an act of ours announced (自主回収いたします, 交換対応となります): news before it has happened. */
  act?: boolean;
  /** Words the cue may not follow (代金の回収, 容器を回収): another thing of the same name. */
  notAfter?: string[];
  /** Round 48: words that make the cue no news where the sentence holds one (a charge lowered: 引き下げ, 減額). */
  notWith?: string[];
  /** One of `with` must be the cue's object or topic, before it in its clause (生産を終えます, 窓口は本社に移管). */
  objectBefore?: boolean;
  has: string[];
  hasNot: string[];
}

export interface NewsData {
  entries: NewsEntry[];
  supplyNouns: string[];
  scheduleNouns: string[];
  orderNouns: string[];
  mentionsAfter: string[];
  clientAsked: string[];
  mentionVerbs: string[];
  /** Verbs of supplying a service: not doing them any more is news (配送は行わないこととなりました). */
  provisionVerbs: string[];
  conditions: string[];
  /** 在庫 / ストック: as the subject of a negated ある/ござる, a stock-out. */
  stockNouns: string[];
  /** What a price is charged for (単価, 送料, 利用料): with a new amount from a date, a new price. */
  priceNouns: string[];
  /** Our goods already out (出荷分, ロット, 納品した): something found in them is a quality problem. */
  deliveredNouns: string[];
  /** Predicates that report a finding (見つかる, 判明, 検出, 発生): past and not negated, it happened. */
  foundVerbs: string[];
  /** What a finding may be that is no problem (原因が判明しました, 記録が見つかりました). */
  neutralFindings: string[];
  /** A client's procedures (発注, 問い合わせ, 支払い, 見積依頼): changed by us from a date, a new way of working. */
  procedureNouns: string[];
  /** Services whose coverage may end (サポート, 保守, 保証, 修理): 対象外 from a date is an end of support. */
  coveredServices: string[];
  /** Endings of a noun naming a person (ドライバー, 担当者, 作業員): their arrival or lateness is no slipped delivery. */
  personHeads: string[];
  /** The topic of the client's own request: a refusal of it is a refusal, not an announcement. */
  requestTopics: string[];
  /** Verbs and サ変 nouns of supplying (base, or surface without お/ご): a quantity held to only so much of one is a partial fulfilment. */
  supplyActs: string[];
  /** Round 39: words of a routine stop (年末年始, メンテナンス, 点検): a planned stop with one is no news. */
  routineStops: { phrases: string[] };
  /** Round 41 (ja-news-mishaps.ts): the word classes of the mishap, contact and dealings readers. */
  contactHeads: { phrases: string[] };
  takeOverMarks: { phrases: string[] };
  sentActs: { phrases: string[] };
  mistakeMarks: { phrases: string[] };
  worseTerms: { phrases: string[] };
  sameAsBefore: { phrases: string[] };
  allotNouns: { phrases: string[] };
  askNouns: { phrases: string[] };
}

export const NEWS_DATA = newsJson as unknown as NewsData;

/** What the sentence announces: the kind, the cue (relative span) and which entry or structure found it. */
export interface JaNews extends Span {
  kind: NewsKind;
  /** A news.json entry id, or a structure: price-figures, partial-supply, schedule-shift. */
  source: string;
  /** The entry declares a decision on one act (NewsEntry.decision). */
  decision?: true;
}

interface Cue extends Span {
  kind: NewsKind;
  source: string;
  negated?: boolean;
  asked?: boolean;
  decision?: true;
  act?: true;
}

/** A person of the client's as the subject right before a cue (佐藤様が, 部長様は). */
const CLIENT_PERSON_SUBJECT = /(?:様|さま)[がはも][、，]?[^、。]{0,8}$/;
/** A person (ドライバーの, 担当者が, 田中さんは) right before a cue: what is late is someone, not a delivery. */
const personBefore = (before: string) => NEWS_DATA.personHeads.some((h) => new RegExp(`${h}(?:の|が|は)$`).test(before));

/** The client's own request or question (ご依頼いただいた…, ご要望の…, お問い合わせの…). */
const CLIENT_REQUEST = /ご依頼|ご要望|ご希望|お問い合わせ|お問合せ|ご相談|ご照会/;
/** The cue's own clause denies it and goes on: はなく、 / もなく / がなく / はございませんで、 / はなし. */
const DENIED_IN_CLAUSE = /^(?:[はもが])(?:一切|特に|全く|まったく)?(?:なく|無く|なし|無し|ございませんで|ありませんで)(?:[、，]|て)/;
/** A clause of cause: …ので / …んで / …から / …ため. */
const CAUSAL = /^(?:ので|んで|から|ため)/;

/** Cues that state a change by figures alone, with no predicate (a line of a rate table). */
export const FIGURE_LINE = new Set(['arrow-rise', 'arrow-later', 'new-beside-old', 'label-value', 'arrow-less', 'arrow-charged', 'table-row', 'value-pair', 'line-pair', 'part-of-whole-line', 'target-missed', 'term-beside-old', 'status-cell', 'spec-missed']);

/** Round 37: a report heard of, after the cue (との情報, との報道, との噂, と聞いて). */
const HEARSAY = /^[^、。]{0,4}?と(?:の(?:情報|報道|噂|うわさ|話|ニュース)|(?:聞い|伺っ))/;
/** Round 37: this time only so much (今回は30ケースのみ): an occasion right before a partial supply. */
const ONLY_THIS_TIME = /(?:今回|今月|今週|本日|当面)[はも]?[、，]?[^、。]{0,12}$/;
/** Round 44: 4コンテナのご注文のうち2コンテナだけ出荷できます — only a part of a whole named (…のうち), not an option. */
const OF_THE_WHOLE = /のうち[、，]?[^、。]{0,12}$/;
/** …だけ先に出荷することもできます: a part sent ahead, or one way among others (ことも), is an option offered. */
const OFFERED_AHEAD = /先に|先行|ことも/;
const DECIDED = /^こと(?:と|に)(?:なり|なっ|いたし|致し|し|させ)/;
/** Verbs of making goods besides the provision verbs: 作る, 生産, 栽培, 加工, 輸入. */
const MAKING = /^(?:作る|つくる|造る|生産|製造|栽培|加工|輸入|輸出|仕入れる|入荷|焙煎)$/;
/** A point in time to come from which it stops: 来年から, 4月以降, 来月より, 次回出荷分から, 今後は (a day's topic, 8月5日は, is one day). */
const STOPS_FROM_POINT = /(?:来年度?|来期|来月|翌月|次回|今後|[0-9０-９]{1,2}月|年度)[^、。]{0,8}?(?:から|より|以[降後])/;
const STOPS_FROM_TOPIC = /(?:今後|来年度?|来期)は/;
/** Their request or enquiry named in the sentence: then a stop is the answer to it (a refusal's to judge), not news. */
const THEIR_ASK = /ご(?:依頼|要望|希望)|お問い?合わせ/;
const stopsFrom = (text: string) => STOPS_FROM_POINT.test(text) || STOPS_FROM_TOPIC.test(text);
/** A period named instead of a day: a date pushed out to it reads as a slip (来月, 年明け, 2月中旬, 月末頃). */
const LATER_PERIOD = /(?:来月|翌月|再来月|年明け|来年|来期|翌週以降|上旬|中旬|下旬|月末|頃|ごろ)(?:[のにへと]|以降に)?$/;
const RATIO = /^(?:割|%|％|パーセント|半分|半数|一部)$/;
/** Round 39: goods better than the sample (向上, 改善, 良く): no quality problem. */
const BETTER_THAN_SAMPLE = /向上|改善|改良|良く|良好|優れ/;
/** Round 39: a day of the year-end closure (12月25日–31日): a stop then is the holiday's. */
const YEAR_END = /12月\s*(?:2[5-9]|3[01])日/;
/** A stretch of time with both ends (…日から…日まで), or a pause: the closure or stop is temporary. */
const TEMPORARY = /一時|期間中|休業|日(?:（[^）]{1,3}）)?(?:から|より|〜|～).{1,16}(?:まで|の間)/;
/** The client's request named as what the sentence answers: ご要望ですが, ご依頼の, ご相談につきまして. */
const REQUEST_NAMED = /ご(?:要望|依頼|希望|相談)(?:の|です|につ|について|に関し|は)/;
/** Cues that are a no to keeping a price or a date: a refusal when the client asked to keep it. */
const KEPT_NOT = new Set(['price-not-kept', 'schedule-not-kept']);
/** A quantity condition before a noun (100個未満の, 3,000袋以下の, 50脚を超える): the scope of a practice. */
const QUANTITY_CONDITION = /\d[^。、]{0,6}(?:未満|以下|以上|を超える|超)の/;
/** A predicate that turns something down: our negated potential (お受けできません) or 不可 / かねる. */
const refuses = (p: JaPredicate, text: string) => (p.negated && p.potential) || /不可|かね/.test(text.slice(Math.max(0, p.start - 3), p.end));

/** A weather or natural contingency as the condition (雨天の場合は, 荒天時は, 悪天候の際には, 台風の場合). */
const WEATHER_CONTINGENCY = /(?:雨天|荒天|悪天候|天候不良|降雨|台風|強風|降雪|大雪|積雪)(?:の|による)?(?:場合|際|時|とき)(?!でも)/;

/**
 * Round 31 (clean31): a cause that is the client's own — 貴社のご都合により, 御社のご判断で, お客様のご事情に伴い: their
 * possessive and an honorific noun (ご / お) heading the cause. The change is theirs, confirmed back, not news of ours.
 */
const CLIENT_CAUSE = /(?:貴社|御社|お客様|先方)(?:側)?の\s?[ごお][^、。]{1,6}?(?:により|によって|のため|に伴い|で)/;

/** Round 45: the adjective ない (無い) ending its clause — "there is none", a negation as much as ありません. */
const plainNone = (p: JaPredicate) => !p.negated && p.kind === 'adjective' && (p.head === 'ない' || p.head === '無い') && p.ending !== 'attributive';

export function newsIn(
  text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[], subjects: readonly Subject[],
  question: boolean,
): JaNews | undefined {
  if (question || NEWS_DATA.clientAsked.some((p) => text.includes(p)) || CLIENT_CAUSE.test(text)) return undefined;
  // Round 26: 荒天時は5月16日（土）に順延とさせていただきます: the fallback of a plan under a weather contingency, not news.
  if (WEATHER_CONTINGENCY.test(text)) return undefined;
  let all = [...entryCues(text, tokens, offset), ...structuralCues(text, tokens, offset, predicates)];
  // A sentence that ends on its noun is read with the copula it leaves out, unless its figures already state the change
  // (■納期：6/10 → 7/24 に変更: the arrow is the news, a line of figures).
  const nominal = withNominalEnd(text, tokens, offset, predicates);
  if (nominal !== predicates && !all.some((c) => FIGURE_LINE.has(c.source))) {
    predicates = nominal;
    all = [...entryCues(text, tokens, offset), ...structuralCues(text, tokens, offset, predicates)];
  }
  // 最低発注数量を500個から200個に変更いたします: the figures say the change favours the client, so the words
  // that name a change of terms (最低発注, 変更) announce no bad news in that clause.
  const favourable = all.find((c) => c.source === 'figure-favourable');
  const cues = all.filter((c) => c.source !== 'figure-favourable' && !(favourable && c.start < favourable.end && c.end > favourable.start - 16))
    .sort((a, b) => a.start - b.start);
  const quotes = quotedRanges(text);
  for (const cue of cues) {
    // 「退職」に設定された: a word quoted is named, not announced. Round 41: a cue that only spans a quote (強力粉「ステップゴールド」の
    // 単価は…4,980円となります: a product's name in brackets) starts before it and is read.
    if (inQuotes(quotes, cue.start, cue.start + 1)) continue;
    // Round 37: 品薄との情報もあるようですが、貴社へのご供給に影響はございません — news heard of (との情報, との報道) is
    // named as a rumour, not announced.
    if (HEARSAY.test(text.slice(cue.end, cue.end + 12))) continue;
    // 異物混入対策の現状 / 価格改定後: the cue inside a compound whose head is a mention.
    if (compoundEnds(tokens, offset, cue).some((at) => NEWS_DATA.mentionsAfter.some((m) => text.startsWith(m, at)))) continue;
    // ・A：380円 → 452円 / SUS304：68円/kg（3月度 41円/kg）: a figure line has no predicate; the arrow or the
    // old figure beside the new states the change.
    if (FIGURE_LINE.has(cue.source)) return { start: cue.start, end: cue.end, kind: cue.kind, source: cue.source };
    // 35本でラベルの剥がれが見られました: a count found has read its own predicate (the first one after the cue
    // may be the defect's verb stem used as a noun).
    if (cue.source === 'count-found') return { start: cue.start, end: cue.end, kind: cue.kind, source: cue.source };
    const p = governing(predicates, cue, text);
    if (!p || p.quoted || p.imperative || p.volitional || p.desire) continue;
    // Round 37: 12月中旬ではなく9月中旬に早まりました — brought forward is good news, whatever else the clause names.
    if (p.head === '早まる' && cue.kind !== 'quality') continue;
    // Round 29: 第1便を航空便に切り替える案もございます / 分納案 / 一部を先行して出荷する方法もございます: the cue's clause
    // names an option put to the client (a noun of choice it modifies), not a change made.
    if (optionNamed(text, predicates, cue)) continue;
    // Round 44 (od-005): 議題：2027年の数量、…、価格の見直し — a line of agenda names what the meeting will talk about.
    if (AGENDA_LINE.test(text.slice(0, cue.start))) continue;
    // Round 29 (D1's d1-011): ボトルの形状変更は、弊社の充填ラインでは不可能です — a change said to be impossible is a change
    // that will not happen (their proposal turned down: the refusal rule's), not one announced.
    if (cue.negated === undefined && CHANGE_CUE.test(text.slice(cue.start, cue.end)) && IMPOSSIBLE.test(p.noun ?? p.head)) continue;
    if (NOMINAL.has(p) && CLAUSE_BREAK.test(text.slice(cue.end, p.start))) continue;
    // 遅れはなく、予定どおり出荷いたしました / 積み残しもなく: a cue noun denied by its own clause (…はなく、) before the
    // sentence goes on — the main predicate after it tells what happened instead (round 24).
    if (!cue.negated && DENIED_IN_CLAUSE.test(text.slice(cue.end, cue.end + 12))) continue;
    // Round 32: 色むらのない仕上がり / 液漏れがない構造: a fault denied where it is named is a property, not a problem found.
    if (cue.kind === 'quality' && !cue.negated && /^[のが]?(?:ない|無い)/.test(text.slice(cue.end, cue.end + 4))) continue;
    // 単価を維持できないか、社内で検討しております: a question embedded in the sentence, not a change announced.
    if (/^か(?:[、，]|どうか)/.test(text.slice(p.end))) continue;
    // 変更したいとのご依頼の件、…は不可となります: the client's request turned down is a refusal (its rules'
    // business), not news we announce.
    // 価格据え置きのご要望ですが、現行価格の維持はできません: their request named before the no, however worded.
    if (refuses(p, text) && (NEWS_DATA.requestTopics.some((t) => text.includes(t)) || (KEPT_NOT.has(cue.source) && REQUEST_NAMED.test(text.slice(0, cue.start))))) continue;
    // ご依頼いただいた航空券の日程変更ですが、…: the client's request named as the topic (the cue is the noun of
    // a copula left hanging on が); what follows answers it, which is a refusal or a confirmation, not our news.
    if (p.kind === 'copula' && p.ending === 'conjunctive' && p.start - cue.end <= 1 && CLIENT_REQUEST.test(text.slice(0, cue.start))) continue;
    // 紙代が上がってるんで、来月からは単価も変わるかもです / 入荷が遅れておりますので、出荷日が変わります: the cue
    // is the cause of a change the sentence goes on to state — the sentence gives its reason.
    if (p.ending === 'conjunctive' && CAUSAL.test(text.slice(p.end, p.end + 3)) &&
      predicates.some((x) => x.start > p.end && CHANGE_HEADS.test(x.noun?.replace(/^[おご御]/, '') ?? x.head))) continue;
    // Round 32: ロット7に色ムラが見つかったため出荷を見送り、ロット8に差し替えました — a problem found, as the reason of what we
    // did about it: the act that follows is what the sentence tells (news of its own, such as a delay, has its own cue).
    if (cue.kind === 'quality' && p.ending === 'conjunctive' && CAUSAL.test(text.slice(p.end, p.end + 3)) && predicates.some((x) => x.start > p.end && x.past)) continue;
    // 値上げは中止いたします / 減産計画は取りやめとなりました: news called off by its own predicate is good news.
    // (値上げは見送りとなりました: put off, round 24, is called off too.)
    if (cue.source !== 'called-off' && GOOD_IF_CALLED_OFF.test((p.noun ?? (p.head === 'なる' ? text.slice(cue.end, p.start).replace(/^[^、。]*?[はをも][、，]?/, '').replace(/[とに]$/, '') : p.head))) &&
      /^[^、。]{0,4}[はをも][、，]?/.test(text.slice(cue.end, p.start))) continue;
    // Round 34: 燃料サーチャージ（1ケースあたり80円）を廃止いたします / 小口手数料は撤廃します: a charge ended is good news.
    if (cue.kind === 'discontinued' && /^(?:廃止|撤廃|打ち切り|打切り|終了)/.test(text.slice(cue.start, cue.end)) && CHARGE_ENDED.test(text.slice(Math.max(0, cue.start - 40), cue.start))) continue;
    if (cue.kind === 'price' && CHARGE_END_VERB.test((p.noun ?? p.head).replace(/^[ごお]/, '')) && /^(?:[（(][^）)]{0,24}[）)])?[をはも][、，]?$/.test(text.slice(cue.end, p.start).replace(p.noun ?? '', ''))) continue;
    // 社会保険料率改定に合わせ、マニュアルを更新いたしました / 法改正を受けて: the cue frames our act (in line with it,
    // following it), it is not what the sentence announces; a change of ours told after it is its own cue.
    if (p.ending === 'conjunctive' && FRAMING.test(p.head) && p.start - cue.end <= 3 && /^(?:に|を)/.test(text.slice(cue.end, p.start))) continue;
    // Round 39: 表面実装ラインを全面停止します / 直送を一時休止いたします — a line or service of ours stopped for a stretch is
    // news; a routine stop is not (年末年始は…受注を停止, メンテナンスのため…停止, 点検: news.json routineStops), nor one in
    // the year-end closure (12月29日から…).
    if (cue.source === 'planned-stop' && (NEWS_DATA.routineStops.phrases.some((w) => text.includes(w)) || YEAR_END.test(text))) continue;
    // 12月29日から1月3日まで事務所を閉鎖いたします: a closure for a period is a holiday notice, not an end.
    if (cue.kind === 'discontinued' && TEMPORARY.test(text)) continue;
    // Round 35 (integration): 100個未満の生産は行っておりません — making negated under a quantity condition is a practice of
    // ours (a refusal for the refusal rules), not a product's end; 来季から日本仕様の生産は行いません stays news.
    if (cue.source === 'production-negated' && QUANTITY_CONDITION.test(text.slice(Math.max(0, cue.start - 16), cue.start))) continue;
    // A request is no announcement, except a cue asked of the client by its own predicate (使用を中止してください).
    if (p.request && !(cue.asked && p.start - cue.end <= 1)) continue;
    // 途中で変更が可能です / 変更できます: a possibility offered, not a change made.
    // (Round 37: 今回は30ケースのみ出荷できます — only so much can go: a part of the order, not an option.)
    if ((p.head === '可能' || (p.potential && !p.negated)) && cue.negated === undefined && !p.past &&
      !(cue.source === 'partial-supply' && (ONLY_THIS_TIME.test(text.slice(0, cue.start)) || (OF_THE_WHOLE.test(text.slice(0, cue.start)) && !OFFERED_AHEAD.test(text.slice(cue.end, p.end)))))) continue;
    // 廃番品のリストをお送りします: the news is the object of another act, a mention.
    // 異物混入が確認されました: the passive reports a finding, not an act on the news.
    // (今週は30台をお送りします: a part of the order sent is the goods handed over, not a mention.)
    // 値上げをご心配いただいておりましたが / 納期の遅れについてお問い合わせくださった: the cue is the object of the
    // client's own act (an お・ご〜 noun they did, received by いただく / くださる), what they worried or asked about.
    if (p.start > cue.end && /^(?:いただく|頂く|くださる|下さる)$/.test(p.head) && /^[おご御]/.test(p.noun ?? '') &&
      /^(?:を|について|に関して|につき)/.test(text.slice(cue.end, p.start))) continue;
    // Round 39: 粘度が規格上限を超えていることを確認しました — a finding of ours confirmed (a こと clause before a past
    // 確認 / 判明) reports the problem; 不良品リストを確認します mentions it.
    const confirmedFinding = /^(?:確認|判明)/.test(p.head.replace(/^[おご御]/, '') + (p.noun ?? '')) && p.past && /こと(?:を|が)[、，]?$/.test(text.slice(0, p.start).replace(/(?:確認|判明)$/, ''));
    if (NEWS_DATA.mentionVerbs.includes(p.head.replace(/^[おご御]/, '')) && p.start > cue.end && !p.passive && !confirmedFinding &&
      !((cue.source === 'partial-supply' && /^[をはも][^、。]{0,5}$/.test(text.slice(cue.end, p.start))) || cue.source === 'share-of-order')) continue;
    const inner = predicates.find((x) => x.start <= cue.start && cue.start < x.end);
    // 値上げは行わないことといたしました: the negation sits in a こと clause before the main predicate.
    // 維持ができなくなりました / 守ることができなくなりました: できなく + なる, two predicates to the tokens, one "no longer".
    const noLonger = predicates.some((x) => x.end === p.start && x.negated && /なく$/.test(x.text)) && /^な[りっるれ]/.test(p.text);
    // 今月末でなくなります: kuromoji reads 末で|なく|なり as a copula denied; after a time it is 「…で」 + なくなる.
    const goneBy = cue.source === 'service-gone' && GONE_BY.test(text.slice(0, cue.start));
    // 半分しかご用意できない見込みです: the no sits in the clause a modal noun heads (見込み, 見通し, 予定).
    // (The cue must hold the no itself: 間に合う見込みです is in time, a verb cue whose negation would follow it.)
    const modalNo = !!cue.negated && /(?:ない|ず|ぬ)$/.test(text.slice(cue.start, cue.end)) && /^(?:見込み|見通し|予定|可能性|恐れ|おそれ|状況)/.test(text.slice(cue.end));
    const negated = modalNo || !goneBy && (p.negated || plainNone(p) || noLonger || (!!inner && inner !== p && inner.negated) || /(?:ない|ず)こと/.test(text.slice(cue.end, p.end)));
    if (cue.negated !== undefined ? negated !== cue.negated : negated) continue;
    // ご用意できなくなることはございません: a "no longer" itself denied is a reassurance, not news (round 18).
    if (cue.negated && NO_LONGER_DENIED.test(text.slice(cue.end))) continue;
    // 〜場合 / 〜たら / 万一: a condition, not an announcement (a threat on a decision is pressure's business).
    const upTo = text.slice(0, Math.min(text.length, p.end + 4));
    if (NEWS_DATA.conditions.some((c) => upTo.includes(c))) continue;
    // A quality problem is news once it has happened (不良が見つかりました, 破損がございました, 不具合が発生して
    // おります); 破損は保証の対象外です states a policy. A recall asked of the client (使用を中止してください)
    // says it has.
    // A recall or an exchange is an act of ours announced (自主回収いたします, 交換対応となります): news as soon as
    // it is decided, when the predicate states it (right after it, or 〜を実施 / 開始 / 行う).
    if (cue.act && !ACT_TO_PREDICATE.test(text.slice(cue.end, p.start))) continue;
    // 検査の結果、ロットB-12は不合格です: a test's result is reported once it is known, present or past.
    // Round 27: 20袋のうち3袋に水濡れがあります — damage found ON our goods (a place marked by に before it) exists now: as
    // much a report as 見つかりました, where 破損は保証の対象外です (no place, no existence) states a policy.
    // Round 39: 再起動後に保護機能が無効になる不具合があります — the problem itself as what exists (が / の before ある /
    // ござる, right after the cue): a known fault of our goods told now, where 破損は保証の対象外です states a policy.
    const foundOn = /^(?:ある|ござる)$/.test(p.head) && (/に(?:は|も)?[、，]?$/.test(text.slice(0, cue.start)) || /^(?:が|も)[、，]?$/.test(text.slice(cue.end, p.start)));
    // Round 35: a lot described against the one before (lot-worse) is told as it is, in the present. Round 41: a mishap
    // (sent-wrong) is read as past by its own pattern (…したものです).
    if (cue.kind === 'quality' && !cue.asked && !cue.act && cue.source !== 'failed-test' && cue.source !== 'lot-worse' && cue.source !== 'outside-terms' && cue.source !== 'unlike-sample' &&
      cue.source !== 'sent-wrong' && !foundOn && !(p.past || p.progressive || /発生|判明|見つか|確認され/.test(p.text + (p.noun ?? '')))) continue;
    // Round 39: 承認サンプルより黄味が強くなっています — goods unlike the sample, unless better (向上, 改善).
    if (cue.source === 'unlike-sample' && BETTER_THAN_SAMPLE.test(text.slice(cue.end, p.end))) continue;
    // 不良ゼロを達成 / 不具合0件: a count of none is a record, not a problem.
    if (cue.kind === 'quality' && /^(?:品|件数|率)?(?:ゼロ|０件|0件|なし|無し)/.test(text.slice(cue.end))) continue;
    // Round 37: 不良品の発生件数がゼロになりました — a count of the problem at zero, its noun a few words on.
    if (cue.kind === 'quality' && /^[^、。]{0,8}(?:件数|数|率)(?:が|は)[、，]?(?:ゼロ|０|0)(?![0-9０-９.,，])/.test(text.slice(cue.end))) continue;
    // 2019年に実施した自主回収は、すでに完了しております: a problem told as resolved is history, not news.
    if (cue.kind === 'quality' && RESOLVED.test(p.noun ?? p.head)) continue;
    // 他社がこの分野から撤退する中 / 他社製品でリコールが相次ぐ中: another company's news, in a pitch.
    if (THIRD_PARTY.test(text.slice(0, cue.start))) continue;
    // 標準構成は300mmウェハーのみの対応となっており: "only X" as a standing state, with no start or time named, is what the
    // product or service is (a specification), not a narrowing announced (今後はメールのみでの受付となります) (round 18).
    if (cue.source === 'only-channel' && p.progressive && !restrictionStarts(text.slice(0, p.start))) continue;
    // グリースはNSF H1規格品のみの対応となります / 本機種は単相200Vのみの対応です: "only X" of a standard, a grade or a
    // model, with no start or time named, states what the product takes — a specification, not a service narrowed.
    if (cue.source === 'only-channel' && SPEC_OF_PRODUCT.test(text.slice(0, cue.end)) && !restrictionStarts(text.slice(0, p.start))) continue;
    // 請求は出荷数量に合わせて分けてお送りします: paperwork split, not the goods.
    if (cue.source === 'split-delivery' && PAPERWORK_TOPIC.test(text.slice(0, cue.start))) continue;
    // 11月19日出荷予定の部材は、11月5日出荷に変更: a day brought forward is no slip.
    // 発売日は、3月26日から3月5日に変更になります: moved from one day to an earlier one, in words of change.
    if (cue.kind === 'delay' && (plannedShift(text) === 'earlier' || earlierInstead(text) || datePairs(text, tokens, offset).some((x) => x.order === 'earlier'))) continue;
    // 後任の方へのご引き継ぎ / ご退任される佐伯様 / ご異動: the client's people changing (honoured as 方, 様 or by
    // ご) is their news, not a change of ours announced to them.
    // Round 47: so is one named with 様 as the subject (貴社の佐藤様がプロジェクトを離れられる).
    if (cue.kind === 'staff' && (/^(?:の)?(?:方|かた|様|さま)/.test(text.slice(cue.end)) || /[ごお御]$/.test(text.slice(0, cue.start)) ||
      CLIENT_PERSON_SUBJECT.test(text.slice(Math.max(0, cue.start - 16), cue.start)))) continue;
    // A person running late (田中が10分ほど遅れます) is not a delivery slipping.
    if (cue.kind === 'delay' && subjects.some((s) => s.end <= cue.start && s.side === 'ours' && !/^(?:弊|当)/.test(s.text))) continue;
    // ドライバーの到着が15時ごろになります: a person's arrival, not the goods'.
    if (cue.kind === 'delay' && personBefore(text.slice(Math.max(0, cue.start - 12), cue.start))) continue;
    return { start: cue.start, end: cue.end, kind: cue.kind, source: cue.source, ...(cue.decision ? { decision: true as const } : {}) };
  }
  return undefined;
}

/** A sentence that ends on an act of ours denied: しません, いたしません, できません, いたしかねます, しておりません. */
const OUR_ACT_DENIED_AT_END = /(?:しません|いたしません|致しません|できません|出来ません|いたしかねます|しておりません)[。．]?\s*$/;
/** A cue that names a change (変更, 仕様変更, 切り替え): judged by whether the change happens. */
const CHANGE_CUE = /変更|切り?替/;
/** A copula's noun saying it cannot be done: 不可能, 不可, 無理. */
const IMPOSSIBLE = /^(?:不可能|不可|無理)$/;

/** A line that lists the topics of a meeting: 議題：, アジェンダ：, ご相談事項：, Agenda:. */
const AGENDA_LINE = /^[\s・■●◆-]{0,4}(?:議題|アジェンダ|議事|相談事項|Agenda|Topics?)[^:：\n]{0,16}[:：]/i;
/**
 * Nouns of a choice offered: 案, 方法, 選択肢, 手段, 方策, オプション, プラン, ご提案 (not 案内: a notice). Round 44 (ob-012:
 * 分納などの形で本社と調整いたします): a way named as an example, など + 形 / 方法, is one option too.
 */
const OPTION_NOUN = /^(?:の)?(?:案(?!内|件)|方法|選択肢|手段|方策|オプション|プラン|ご提案)|^(?:など|等)の?(?:形|かたち|方法)/;
/**
 * The cue, or the clause that holds it, modifies a noun of choice: 切り替える案, 切り替え案, 切替の選択肢 — an option,
 * whatever its verb (the option may itself be a change, 切り替え, or a split, 分納).
 */
/** Round 35: the noun of choice as what the thing becomes (有料オプションに変更になります): a change announced, not a choice. */
const OPTION_PRICE = /^((?:の)?(?:オプション|プラン)(?:サービス)?)[（(][^）)]{0,20}[）)]/;
const BECOMES_OPTION = /^(?:の)?(?:オプション|プラン)(?:サービス)?(?:に|へ|と)(?:変更|移行|切り?替|な[りるっ]|させ|いたし)/;

function optionNamed(text: string, predicates: readonly JaPredicate[], cue: Span): boolean {
  // Round 37: 有償オプション（年額240,000円）へ移行 — the option's price in brackets before its change.
  if (BECOMES_OPTION.test(text.slice(cue.end).replace(OPTION_PRICE, '$1'))) return false;
  if (OPTION_NOUN.test(text.slice(cue.end))) return true;
  const own = predicates.find((x) => x.end > cue.start);
  return !!own && own.ending === 'attributive' && own.start - cue.end <= 12 && OPTION_NOUN.test(text.slice(own.end));
}

/** What may follow a noun that ends its sentence: a bracketed note (はんだブリッジ 14件), a full stop, spaces. */
const NOMINAL_TAIL = /^\s{0,2}(?:[（(][^）)\n]{0,40}[）)])?\s{0,2}[。．]?\s*$/;

/**
 * Round 25: a sentence that ends on a noun, with no predicate after its last argument (体言止め: ロット2207：塩水噴霧試験で
 * 不合格。 出荷は第9週に変更。): the noun asserts what a copula would (不合格です, 変更となります). It is read as a final copula
 * on that noun, so the cues and every judgement of them (a condition, a request topic, a day brought forward) apply as to
 * 変更となります. A noun phrase alone (担当者の変更。) has no argument — a title, not a clause — and stays unread.
 */
function withNominalEnd(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): readonly JaPredicate[] {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.pos === '記号') {
    // Skip a bracketed note after the noun back to its opening bracket.
    if (tokens[last]!.pos1 === '括弧閉') {
      while (last >= 0 && tokens[last]!.pos1 !== '括弧開') last--;
    }
    last--;
  }
  const head = tokens[last];
  // A line ending on a colon heads what follows (価格改定（10月1日受注分より）:), it asserts nothing; a "noun" of symbols
  // (kuromoji reads "）:" as one) is no noun; a number word is (在庫はゼロ。), a figure in digits is not.
  if (!head || head.pos !== '名詞' || head.pos1 === '接尾' || !WORD_CHAR.test(head.surface) || /[：:]\s*$/.test(text)) return predicates;
  const end = head.end - offset;
  if (!NOMINAL_TAIL.test(text.slice(end)) || predicates.some((x) => x.end > head.start - offset)) return predicates;
  // An argument of the noun's clause after the last predicate: a case or topic particle (で, に, は, が, を) or a label's colon.
  const after = predicates.length ? predicates[predicates.length - 1]!.end : 0;
  const argument = tokens.some((t, k) => k < last && t.start - offset >= after &&
    ((t.pos === '助詞' && (t.pos1 === '格助詞' || t.pos1 === '係助詞') && t.surface !== 'の') || /^[：:]$/.test(t.surface)));
  if (!argument) return predicates;
  const start = head.start - offset;
  const nominal: JaPredicate = {
    start, end, from: last, to: last + 1, text: head.surface, head: head.surface, noun: head.surface, kind: 'copula', politeness: [],
    negated: false, potential: false, volitional: false, causative: false, passive: false, past: false, progressive: false,
    desire: false, request: false, imperative: false, ending: 'final', main: true, quoted: false,
  };
  NOMINAL.add(nominal);
  return [...predicates, nominal];
}
/** A kanji or kana: what a noun that ends a sentence is written in. */
const WORD_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The copulas withNominalEnd reads into a sentence: they state only the cue of their own clause. */
const NOMINAL = new WeakSet<JaPredicate>();
/** What parts a cue from a nominal end: a comma, a stop, an arrow (不合格 → 再検査で合格 ends on the pass). */
const CLAUSE_BREAK = /[、，。．→⇒]|->/;

/** Verbs by which a clause frames what follows: in line with (合わせる, 沿う), following (受ける, 伴う), based on (基づく). */
const FRAMING = /^(?:合わせる|あわせる|沿う|受ける|伴う|基づく|先立つ)$/;

/** A time, then で, right before なくなる: 今月末で / 3月31日で / 本年度限りで. */
const GONE_BY = /(?:末|日|月|年度|年|期|限り)で$/;
/** What lies between an act and the predicate that announces it: nothing, と / に (となります), 〜を実施 / 開始 / 行う, することと. */
const ACT_TO_PREDICATE = /^(?:|[とに]|を(?:実施|開始|行|させ|いたし|致し)|(?:する|いたす|致す)こと[とに])$/;
/** A problem closed: 完了, 解決, 収束, 終了, 済み. */
const RESOLVED = /^(?:完了|解決|収束|終了|済み|済む|済ませる|終わる|復旧)$/;
/** Another company before the cue in its sentence, as the one it is about: 他社が, 競合各社の, 同業他社でも. */
const THIRD_PARTY = /(?:他社|競合|同業|他メーカー|業界各社)(?:製品|品|様|各社)?(?:が|は|も|で|の)/;

/** The clause a cue's news is stated by: the first predicate at or after it that does not modify a noun. */
function governing(predicates: readonly JaPredicate[], cue: Span, text: string): JaPredicate | undefined {
  for (const p of predicates) {
    if (p.end <= cue.start) continue;
    // Round 44: 3回に分けての分納については、弊社では対応しておりません — a て-form joined to a noun by の (分けての分納)
    // modifies that noun like an attributive verb; the predicate after the noun says what becomes of it (here: none).
    if (p.ending === 'conjunctive' && /^[てで]の/.test(text.slice(p.end, p.end + 2))) continue;
    if (p.ending !== 'attributive') return p;
  }
  return predicates.find((p) => p.main);
}

/**
 * Where the noun compound holding a cue may be cut (relative offsets): the cue's end, and each noun boundary
 * after it while the compound goes on (異物|混入|対策 → after 異物, after 混入).
 */
function compoundEnds(tokens: readonly Token[], offset: number, cue: Span): number[] {
  const out = [cue.end];
  let k = tokens.findIndex((t) => t.start - offset >= cue.end);
  while (k >= 0 && k < tokens.length && tokens[k]!.start - offset === out[out.length - 1] && tokens[k]!.pos === '名詞' && tokens[k]!.pos1 !== '数') {
    out.push(tokens[k]!.end - offset);
    k++;
  }
  return out;
}

/**
 * The news.json entries indexed once: by the verbs they list (a token's base looks its entries up) and by the
 * first character of their phrases (a phrase counts only where a token starts, so each token start looks up
 * the phrases that could begin there). Lists keep the entries' order.
 */
const ENTRIES_BY_VERB = new Map<string, number[]>();
const PHRASES_BY_FIRST = new Map<string, Array<{ entry: number; phrase: number }>>();
/**
 * Round 48 (dev set y8ya-031): phrases in katakana of four letters or more, found also at the end of a longer katakana word
 * kuromoji keeps whole (アロイサーチャージ ends with サーチャージ, as 燃料サーチャージ's second word is).
 */
const KATAKANA_TAILS: Array<{ entry: number; phrase: number }> = [];
const KATAKANA_PHRASE = /^[ァ-ヶー]+$/;
NEWS_DATA.entries.forEach((e, i) => {
  for (const v of e.verbs ?? []) {
    const list = ENTRIES_BY_VERB.get(v);
    if (!list) ENTRIES_BY_VERB.set(v, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }
  (e.phrases ?? []).forEach((ph, k) => {
    const first = ph[0]!;
    const list = PHRASES_BY_FIRST.get(first);
    if (list) list.push({ entry: i, phrase: k });
    else PHRASES_BY_FIRST.set(first, [{ entry: i, phrase: k }]);
    if (ph.length >= 4 && KATAKANA_PHRASE.test(ph)) KATAKANA_TAILS.push({ entry: i, phrase: k });
  });
});

/**
 * The cues of the news.json entries: a phrase starting where a token starts, or a token whose base is a listed
 * verb, for an entry whose context words (`with`) are in the sentence. The indexes find the entries that may
 * have a cue; each of those is read as it is listed (its phrases in order, then its verbs), so the cues and
 * their order are those of a walk over every entry.
 */
function entryCues(text: string, tokens: readonly Token[], offset: number): Cue[] {
  // Per entry that may have a cue: its phrases found at a token start (by index), its verb tokens.
  let phraseHits: Map<number, Set<number>> | undefined;
  let verbHits: Map<number, Token[]> | undefined;
  /** Where a katakana phrase ends a longer katakana word: read as a word start too. */
  let tails: Set<number> | undefined;
  for (const t of tokens) {
    const at = t.start - offset;
    if (t.surface.length > 4 && KATAKANA_PHRASE.test(t.surface)) {
      for (const { entry, phrase } of KATAKANA_TAILS) {
        const ph = NEWS_DATA.entries[entry]!.phrases![phrase]!;
        if (ph.length >= t.surface.length || !t.surface.endsWith(ph)) continue;
        (tails ??= new Set()).add(at + t.surface.length - ph.length);
        phraseHits ??= new Map();
        const set = phraseHits.get(entry);
        if (set) set.add(phrase);
        else phraseHits.set(entry, new Set([phrase]));
      }
    }
    const candidates = PHRASES_BY_FIRST.get(text[at] ?? '');
    if (candidates) {
      for (const { entry, phrase } of candidates) {
        if (!text.startsWith(NEWS_DATA.entries[entry]!.phrases![phrase]!, at)) continue;
        phraseHits ??= new Map();
        const set = phraseHits.get(entry);
        if (set) set.add(phrase);
        else phraseHits.set(entry, new Set([phrase]));
      }
    }
    if (t.pos === '動詞' || t.pos1 === 'サ変接続') {
      for (const entry of ENTRIES_BY_VERB.get(t.base) ?? []) {
        verbHits ??= new Map();
        const list = verbHits.get(entry);
        if (list) list.push(t);
        else verbHits.set(entry, [t]);
      }
    }
  }
  const out: Cue[] = [];
  if (!phraseHits && !verbHits) return out;
  let priceNoun: boolean | undefined;
  let starts: Set<number> | undefined;
  NEWS_DATA.entries.forEach((e, index) => {
    const phrases = phraseHits?.get(index);
    const verbs = verbHits?.get(index);
    if (!phrases && !verbs) return;
    // A price entry's context may be any charge (保管料, 出張費), not only the listed nouns.
    if (e.notWith?.some((w) => text.includes(w))) return;
    if (e.with && !e.with.some((w) => text.includes(w)) && !ADDITIVE_CHANGE.test(text) && !(e.kind === 'price' && e.with.includes('価格') && (priceNoun ??= hasPriceNoun(tokens)))) return;
    const negated = e.negated ? true : undefined;
    const asked = e.asked ? true : undefined;
    const decision = e.decision ? { decision: true as const } : {};
    const act = e.act ? { act: true as const } : {};
    const fits = (at: number) => !(e.notAfter && NOT_AFTER_TAIL(e.notAfter, text.slice(Math.max(0, at - 8), at))) &&
      !(e.objectBefore && !objectOf(e.with ?? [], text.slice(0, at)));
    (e.phrases ?? []).forEach((ph, k) => {
      if (!phrases?.has(k)) return;
      // The occurrences as indexOf finds them (one after the other, never overlapping), those at a token start.
      for (let i = text.indexOf(ph); i >= 0; i = text.indexOf(ph, i + ph.length)) {
        if (((starts ??= tokenStarts(tokens, offset)).has(i) || tails?.has(i)) && fits(i)) out.push({ start: i, end: i + ph.length, kind: e.kind, source: e.id, negated, asked, ...decision, ...act });
      }
    });
    for (const t of verbs ?? []) if (fits(t.start - offset)) out.push({ start: t.start - offset, end: t.end - offset, kind: e.kind, source: e.id, negated, asked, ...decision, ...act });
  });
  return out;
}

/**
 * Round 25: a sentence whose topic is carried by additive も and that ends in a change (講師の交通費もお客様負担となります):
 * "X too becomes …" adds one more item to a notice told just before, whose start (来期から) it leaves unsaid. The も and the
 * なる stand for the entries' context words (から, 以降, 変更). (をもって is no additive も: ご契約は3月31日をもって終了となります.)
 */
const ADDITIVE_CHANGE = /^[^、。]{1,24}(?<!を)も(?!って)[、，]?[^。]{0,30}(?:と|に)な(?:り|る|っ)/;

/** 代金の回収 / 容器を回収: the cue right after one of the words, joined by の / を or nothing. */
const NOT_AFTER_TAIL = (words: readonly string[], before: string) => words.some((w) => new RegExp(`${w}(?:の|を|は)?$`).test(before));
/**
 * 生産を終えます / ご注文受付は今月で締め切ります / 窓口は本社のセンターに移管: the last of `words` before the cue is
 * its object or topic — a particle, then no other object, subject or clause break before the cue. 資料のご提供を受け、
 * 確認を終えました: what ends is the check, not the supply.
 */
function objectOf(words: readonly string[], before: string): boolean {
  let at = -1;
  let word = '';
  for (const w of words) {
    const i = before.lastIndexOf(w);
    if (i > at) [at, word] = [i, w];
  }
  // 貴社の窓口が移管される: the client's desk, not ours.
  return at >= 0 && OBJECT_TAIL.test(before.slice(at + word.length)) && !/(?:貴社|御社|貴店|お客様)(?:の|ご|側の)?$/.test(before.slice(0, at));
}
const OBJECT_TAIL = /^[^、。，をがは]{0,6}?(?:を|は|が|も|につきましては|については)?[、，]?[^、。，をが]{0,24}$/;

/** Verb stems of the supply acts (積み込 of 積み込む): a potential form (積み込める, 送れる) has its own base. */
const SUPPLY_STEMS = NEWS_DATA.supplyActs.filter((a) => /[うくすつぬむるぐぶ]$/.test(a) && a.length >= 2).map((a) => a.slice(0, -1));
/** A token naming an act of supplying: its base, its surface without お/ご, or a verb on one of their stems. */
const isSupplyAct = (t: Token) => NEWS_DATA.supplyActs.includes(t.base) || NEWS_DATA.supplyActs.includes(t.surface.replace(/^[おご御]/, '')) ||
  (t.pos === '動詞' && SUPPLY_STEMS.some((stem) => t.base.startsWith(stem)));

/** Words of degree between a quantity and its limit: 3割程度のみ, 7割ほどに, 50個前後だけ. */
const DEGREE = /^(?:程度|ほど|くらい|ぐらい|前後|弱|ばかり|分)$/;
/** Parts named without a figure: 一部のみの納品, 半数しか, 半分だけ. */
const PART_WORD = /^(?:一部|一部分|半数|半分|少量|少数|わずか|僅か)$/;
/** Counters of kinds, people, money or time: 3色のみのご用意 (a range), 5名のみ, 3日間のみ are no goods held back. */
const NOT_GOODS_COUNTER = /^(?:色|種類|種|タイプ|型|サイズ|柄|カラー|モデル|通り|パターン|品目|名|人|社|円|万円|日|日間|時間|週|週間|月|か月|ヶ月|カ月|年|年間|回|歳|分|秒|時|件数)$/;
/** The sentence places the quantity on an occasion — what we can, will or could do this time — not a specification. */
const OCCASION = /でき|可能|今回|今月|今週|今期|今年度|本日|初回|次回|当面|来月|来週|来期|月分|回目|便|見込み|予定|となり|となる|になり|になる|留ま|とどま|限ら|ました|でした|こととな|ことにな/;

/**
 * A supply held to a quantity (お届けできるのは18本のみです, 今回出荷可能な数量は200個に留まります, 本日の出荷は全体の
 * 4割にとどまります, 初回は3割程度の供給となる見込みです): a quantity — a figure with its counter (kuromoji 数 + 接尾 or
 * a counting noun), a share (3割, 40%) or a part (一部, 半数) — limited by のみ / だけ / に留まる / に限られる, or a
 * share or part as the amount of a supply that becomes (3割程度の供給となる), in a sentence that names an act of
 * supplying (news.json supplyActs) and places it on an occasion (できる, 今回, 〜となる, past). 本製品は3色のみのご用意
 * です counts kinds, a specification; 限定10台のみ / 先着 is an offer's limit; 残りは来週 makes it a delivery plan.
 */
function limitedQuantity(text: string, tokens: readonly Token[], offset: number): Cue | undefined {
  if (/限定|先着|残り|残る|残数/.test(text) || !OCCASION.test(text)) return undefined;
  const supplies = tokens.filter(isSupplyAct);
  if (!supplies.length) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const only = t.pos === '助詞' && (t.surface === 'のみ' || t.surface === 'だけ');
    const stopsAt = t.surface === 'に' && !!next && /^(?:留まる|とどまる|限る)$/.test(next.base);
    // 3割程度の供給となる / 一部のお届けとなります: a share or part as the amount of the supply.
    const asAmount = t.surface === 'の' && !!next && supplies.includes(next) && /^[とに]$/.test(tokens[k + 2]?.surface ?? '') && tokens[k + 3]?.base === 'なる';
    if (!only && !stopsAt && !asAmount) continue;
    let j = k - 1;
    while (j > 0 && DEGREE.test(tokens[j]!.surface)) j--;
    const q = tokens[j]!;
    const prev = tokens[j - 1];
    const counted = prev?.pos1 === '数' && q.pos === '名詞' && q.pos1 !== '数' && !NOT_GOODS_COUNTER.test(q.surface);
    const share = counted && /^(?:割|%|％|パーセント)$/.test(q.surface);
    // 一部の品番だけ / 半数の製品のみ: a part of the goods named.
    const part = PART_WORD.test(q.surface) || (q.pos === '名詞' && prev?.surface === 'の' && PART_WORD.test(tokens[j - 2]?.surface ?? ''));
    if (!(part || share || (counted && !asAmount) || (q.pos1 === '数' && !asAmount))) continue;
    // 3割引 / 2割増: a rate on a price, not a part of the goods.
    if (/^[引増]/.test(text.slice(q.end - offset))) continue;
    let first = counted ? j - 1 : part && !PART_WORD.test(q.surface) ? j - 2 : j;
    while (first > 0 && tokens[first - 1]!.pos1 === '数') first--;
    const start = tokens[first]!.start - offset;
    const end = (asAmount ? tokens[k + 3]! : stopsAt ? next! : t).end - offset;
    // The supply named in the same sentence: before the quantity as its topic (お届けできるのは, 本日の出荷は) or
    // right after the limit (一部のみの納品, 50個だけお送りします).
    if (!asAmount && !supplies.some((x) => x.start - offset < start || (x.start - offset >= end && x.start - offset - end <= 4))) continue;
    return { start, end, kind: 'shortage', source: 'partial-supply' };
  }
  return undefined;
}

/** Heads that make a compound a defect: 梱包ミス, 記載漏れ, 品違い, 同梱忘れ, 書類不備. */
const DEFECT_HEAD = /^(?:ミス|漏れ|もれ|違い|忘れ|不備|不足|ズレ|ずれ)$/;
/** Predicates of a defect being there: ある / ござる / 起きる / 生じる / 出る / 発生 / 見つかる / 判明. */
const DEFECT_THERE = /^(?:ある|ござる|起きる|起こる|生じる|出る|発生|見つかる|判明|確認)$/;

/**
 * A defect in our goods whatever it is called (ラベルに誤表記がありました, センサーの一部で誤作動が起きている, 梱包
 * ミスが発生しました): a noun compound built as 誤 + a サ変 noun (kuromoji reads 誤 as the verb 誤る: 誤表記, 誤作動,
 * 誤記載, 誤封入) or ending in a defect head (DEFECT_HEAD), the subject of a predicate of being there, in a sentence
 * that names our goods already out (news.json deliveredNouns). Past or ongoing is checked by newsIn.
 */
function defectInGoods(text: string, tokens: readonly Token[], offset: number): Cue | undefined {
  if (!NEWS_DATA.deliveredNouns.some((n) => text.includes(n))) return undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    const wrong = t.surface === '誤' && tokens[k + 1]!.pos1 === 'サ変接続';
    const headed = t.pos === '名詞' && k > 0 && tokens[k - 1]!.pos === '名詞' && DEFECT_HEAD.test(t.surface);
    if (!wrong && !headed) continue;
    const last = wrong ? k + 1 : k;
    if (!/^(?:が|の|も)$/.test(tokens[last + 1]?.surface ?? '')) continue;
    const verb = tokens[last + 2];
    if (!verb || !DEFECT_THERE.test(verb.base)) continue;
    const first = wrong ? k : k - 1;
    return { start: tokens[first]!.start - offset, end: tokens[last]!.end - offset, kind: 'quality', source: 'defect-in-goods' };
  }
  return undefined;
}

/** Where the tokens start, relative to the sentence. */
const tokenStarts = (tokens: readonly Token[], offset: number) => new Set(tokens.map((t) => t.start - offset));

const isPrefix = (t: Token | undefined) => !!t && t.pos === '接頭詞' && /^[おご御]$/.test(t.surface);
const hasAny = (text: string, list: readonly string[]) => list.some((w) => text.includes(w));

/** Figures and shapes that are news whatever the words: a higher amount, a part of an order, a later date. */
/** Round 35: a marker of the present state (現在, ただいま, 現状, 現時点). */
const NOW_WORD = /現在|ただいま|只今|現状|現時点/;
/** The lead-time noun, then its length in weeks or months within the clause: 納期が16週, リードタイムは受注後12週. */
const LEAD_LENGTH = /(?:納期|リードタイム)[^。]{0,10}?([0-9０-９]{1,2})\s?(週|か月|ヶ月|カ月|ケ月)/;
/** A quote or an enquiry answered: the lead time is offered, not changed (お見積り, 新規, お問い合わせの機種). */
const LEAD_QUOTED = /見積|新規|お問い?合わせ|ご照会|可能|でき|短縮|早まり|前倒し/;

/**
 * Round 35 (news35): a lead time told as the present state (現在の納期が16週となっています, ご注文のポンプの納期は、現在14週と
 * なっております): the state is the news when the length is long (6 weeks or more, 2 months or more) — the client
 * plans against it. A short one, a quote or an enquiry answered, or a lead time shortened is no news.
 */
function leadTimeNow(text: string): Cue | undefined {
  const m = LEAD_LENGTH.exec(text);
  if (!m || !NOW_WORD.test(text) || LEAD_QUOTED.test(text)) return undefined;
  const n = figureValue(m[1]!);
  if (m[2] === '週' ? n < 6 : n < 2) return undefined;
  return { start: m.index, end: m.index + m[0].length, kind: 'delay', source: 'lead-time-now' };
}

/** Round 35: goods of ours delivered or to come, by their lot (今回のロット, 11月入荷分, 新しいバッチ, 今ロット). */
const OUR_LOT = /今回|今月分|今ロット|新ロット|新しい(?:ロット|バッチ|生産ライン|仕入先)|(?:入荷|出荷|納品|納入)分|バッチ|ロット/;
/** The earlier goods it is set against: 前回のロットより, 従来品に比べ, 以前のものと違い. */
const AGAINST_BEFORE = /(?:前回|従来|以前|これまで|前の)[^。、]{0,8}?(?:より|に比べ|と比べ|と違|と異な|の倍)/;
/** A change for the worse told as a description: darker, harder, slower to dissolve, weaker, more uneven. */
const WORSE = /濃く|薄く|硬く|固く|硬め|弱く|低く|鈍く|遅く|にくく|時間がかか|ざらつ|ばらつきが大き|節が多|っぽく/;
/** What makes the description no news: the client asked, it was checked within the specification, an introduction. */
const DESCRIBED_OK = /ご(?:依頼|指定|要望|指摘|希望|紹介)|規格内|範囲内|ご確認ください|ご好評/;

/**
 * Round 35 (news35): a change in our goods told as a description (11月入荷分のパームシュガーは、前回のロットより色がかなり濃く、
 * 溶けるのにも時間がかかります): a lot of ours set against the goods before it, in words of a change for the worse — a
 * quality problem the client finds on their line. The client's own request, a lot checked within its specification, an
 * introduction of a new product, a change for the better (丈夫, 溶けやすく) are no news.
 */
function lotWorse(text: string): Cue | undefined {
  if (!OUR_LOT.test(text) || DESCRIBED_OK.test(text)) return undefined;
  const against = AGAINST_BEFORE.exec(text);
  const worse = WORSE.exec(text);
  if (!against || !worse) return undefined;
  const start = Math.min(against.index, worse.index);
  return { start, end: Math.max(against.index + against[0].length, worse.index + worse[0].length), kind: 'quality', source: 'lot-worse' };
}

/**
 * Round 45 (ua1-005, uf-002): a price set against a past period, higher — 「去年より12%高いです」「前四半期比で+60ドルです」
 * 「前回比5％アップとなります」. The period compared with, then within a few characters a rise (a share or an amount and 高い /
 * アップ / 上昇 / 増, or a signed figure).
 */
const PAST_PERIOD = /(?:去年|昨年|前年|前回|前期|前四半期|前月|従来|現行)(?:より|比で?|と比べ(?:て|ると)?)[、，]?\s?/;
/** What may stand between the period and its rise: no figure, no sign (so the figure after is read once). */
const UP_TO_FIGURE = /^[^。、0-9０-９+＋]{0,12}/;
/** The rise: a signed figure, or a figure (a share, yen, dollars, euros) and a word of going up. */
const RISE = /^(?:[+＋][0-9０-９]|[0-9０-９.．]+\s?(?:[%％]|円|ドル|ユーロ)?\s?(?:高|アップ|上が|上昇|増))/;
function priceAbovePeriod(text: string): Cue | undefined {
  const m = PAST_PERIOD.exec(text);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  const gap = UP_TO_FIGURE.exec(text.slice(after))![0].length;
  const rise = RISE.exec(text.slice(after + gap));
  // A price: 高い (dear) says it, else a price word or a currency in the sentence; sales or volume up is good news.
  if (!rise || SALES_OR_VOLUME.test(text) || (!rise[0].includes('高') && !PRICE_OR_MONEY.test(text))) return undefined;
  return { start: m.index, end: after + gap + rise[0].length, kind: 'price', source: 'price-vs-period' };
}
const PRICE_OR_MONEY = /価格|単価|料金|値段|円|ドル|ユーロ|\b(?:USD|EUR|JPY|NOK)\b/;
const SALES_OR_VOLUME = /売上|販売数|受注|出荷量|生産量|来場|人数|件数|効率|品質|歩留/;

function structuralCues(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue[] {
  const out: Cue[] = [];
  const abovePeriod = priceAbovePeriod(text);
  if (abovePeriod) out.push(abovePeriod);
  const leadNow = leadTimeNow(text);
  if (leadNow) out.push(leadNow);
  const worse = lotWorse(text);
  if (worse) out.push(worse);
  // 120万円から168万円に: a higher amount after a lower one.
  const sums = amounts(tokens);
  for (let a = 0; a + 1 < sums.length; a++) {
    const [x, y] = [sums[a]!, sums[a + 1]!];
    const link = tokens[x.next];
    if (!link || (link.surface !== 'から' && link.surface !== 'より') || y.first - x.next > 6 || y.value <= x.value) continue;
    // 120万円から150万円程度です is a range; a change goes to the new amount (…円に / …円へ / …円となります).
    const to = tokens[y.next]?.surface ?? '';
    if (!/^(?:に|へ)$/.test(to) && !(to === 'と' && tokens[y.next + 1]?.base === 'なる')) continue;
    out.push({ start: tokens[x.first]!.start - offset, end: tokens[y.next - 1]!.end - offset, kind: 'price', source: 'price-figures' });
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const at = t.start - offset;
    // 200kgしか出せません: only part of what was ordered.
    if (t.surface === 'しか' && t.pos === '助詞') {
      const p = predicates.find((x) => x.start >= at);
      if (p && p.negated) out.push({ start: at, end: p.end, kind: 'shortage', source: 'partial-supply', negated: true });
    }
    // 6割のみの出荷, 40%のみの供給, ご注文のうちお届けできるのは800本のみです.
    // 限定10台のみのご用意 / 先着5社様のみ: an offer's limit (pressure's business), not an order cut short.
    // 本製品は3色のみのご用意です: kinds counted (色, 種類, サイズ) are a range on offer, a specification.
    // (Both tests below are made only at a のみ / だけ particle, not at every token: they read the text around it.)
    // 今回はご指定いただいた色のみの生産となります: only what the client chose or ordered is their own choice, no cut.
    if ((t.surface === 'のみ' || t.surface === 'だけ') && t.pos === '助詞' && !/限定|先着|限り/.test(text) &&
      !(tokens[k - 2]?.pos1 === '数' && NOT_GOODS_COUNTER.test(tokens[k - 1]?.surface ?? '')) &&
      !/(?:ご指定|ご注文|ご発注|ご依頼|ご希望|ご要望|ご選択)[^、。のみ0-9０-９割半部%％数量]{0,8}$/.test(text.slice(Math.max(0, at - 16), at).replace(/いただいた|頂いた|の/g, ''))) {
      const near = hasAny(text.slice(at, at + 10), NEWS_DATA.supplyNouns) ||
        (hasAny(text.slice(Math.max(0, at - 14), at), NEWS_DATA.supplyNouns) && hasAny(text, NEWS_DATA.orderNouns));
      if (near) out.push({ start: at, end: at + t.surface.length, kind: 'shortage', source: 'partial-supply' });
    }
    // 供給枠は、前期の半分になります: the supply cut to a share of what it was.
    // Round 44: 今月の入荷が半分（1.5トン）になります — the supply as the topic right before its share (半分, 3割, 40%) says the same.
    if (RATIO.test(t.surface) && SUPPLY_TOPIC.test(text.slice(0, at)) && (SHARE_OF_BEFORE.test(text.slice(Math.max(0, at - 10), at)) || shareOfSupply(text, at, t.surface)) &&
      !/^(?:増|アップ|以上|程度の期間)/.test(text.slice(at + t.surface.length))) {
      const p = predicates.find((x) => x.start >= at);
      if (p && /^(?:なる|とどまる|留まる|減る|減少)$/.test(p.noun ?? p.head)) out.push({ start: at, end: at + t.surface.length, kind: 'shortage', source: 'share-of-before' });
    }
    // ご発注量の6割となります: a share of the order as the outcome.
    if (RATIO.test(t.surface) && hasAny(text, NEWS_DATA.orderNouns) && (hasAny(text, NEWS_DATA.supplyNouns) || text.includes('量'))) {
      const p = predicates.find((x) => x.start >= at);
      if (p && /^(?:なる|とどまる|留まる|限る)$/.test(p.head)) out.push({ start: at, end: at + t.surface.length, kind: 'shortage', source: 'partial-supply' });
    }
  }
  const held = limitedQuantity(text, tokens, offset);
  if (held) out.push(held);
  const defect = defectInGoods(text, tokens, offset);
  if (defect) out.push(defect);
  // A-20は現在在庫がございません: the stock as the subject of a negated existence.
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    // 在庫がなくなりました / 在庫なくなっちゃいました: the stock running out, with or without its particle.
    if (NEWS_DATA.stockNouns.includes(t.surface)) {
      const at = t.end - offset;
      const p = predicates.find((x) => x.start >= at);
      if (p && p.start - at <= 1 && !p.negated && /^(?:なくなる|無くなる)$/.test(p.head)) {
        out.push({ start: t.start - offset, end: p.end, kind: 'shortage', source: 'no-stock' });
        continue;
      }
    }
    // ご注文のOリングキットは在庫ゼロです / 在庫が0となっております: the stock counted as none, a figure as the predicate.
    const zero = stockAtZero(tokens, k);
    if (zero) {
      out.push({ start: t.start - offset, end: zero.end - offset, kind: 'shortage', source: 'no-stock' });
      continue;
    }
    if (!NEWS_DATA.stockNouns.includes(t.surface) || !/^(?:が|は|も)$/.test(tokens[k + 1]!.surface)) continue;
    const at = tokens[k + 1]!.end - offset;
    const p = predicates.find((x) => x.start >= at);
    // Round 45 (xa2-026): 在庫がない。 — the adjective ない, ending its clause, is itself the negated existence (plain, as a
    // learner writes it); 在庫がないわけでは… and 在庫がない場合 modify a noun.
    if (p && p.start - at <= 3 && ((p.negated && /^(?:ある|ござる|ない)$/.test(p.head)) || plainNone(p))) {
      out.push({ start: t.start - offset, end: p.end, kind: 'shortage', source: 'no-stock', negated: true });
    }
  }
  // ご注文の300個のうち、今週は100個の出荷となります: a smaller quantity of the same counter out of an order.
  const part = partOfOrder(text, tokens, offset);
  if (part) {
    // 1,000個のうち、200個は今回出荷できません: the part left out, under a negated potential, is the shortage too.
    const p = predicates.find((x) => x.start >= part.end);
    // (60台しかご用意できません is the しか reading's, above.)
    const left = p && p.negated && p.potential && !text.slice(part.end, p.start).includes('しか');
    out.push(left ? { ...part, negated: true } : part);
  } else {
    // Round 36: a part against its whole whatever the verb (移行, 導入, 実施), the rest left for later (ja-news-portion.ts).
    const portion = portionOfWhole(text) ?? belowReference(text) ?? restBecomesLater(text);
    if (portion) out.push(portion);
  }
  // 土曜日の配送は行わないこととなりました: a decision not to do something any more.
  for (const p of predicates) {
    // 値上げは行わないことといたしました: not doing something bad is good news.
    if (p.negated && NEWS_DATA.provisionVerbs.includes(p.head) && DECIDED.test(text.slice(p.end, p.end + 12)) && !NOT_DOING_BAD.test(text.slice(Math.max(0, p.start - 6), p.start))) out.push({ start: p.start, end: p.end, kind: 'discontinued', source: 'decided-not', negated: true });
    // Round 42: 来年から ハニープロセスの コーヒーは 作りません — making, selling or carrying a thing stopped from a point in time
    // to come: the end of a product, not a no to a request (作る as well as the provision verbs).
    else if (p.negated && (NEWS_DATA.provisionVerbs.includes(p.head) || MAKING.test(p.head)) && stopsFrom(text.slice(0, p.start)) &&
      !NOT_DOING_BAD.test(text.slice(Math.max(0, p.start - 6), p.start)) && !THEIR_ASK.test(text)) out.push({ start: p.start, end: p.end, kind: 'discontinued', source: 'decided-not', negated: true });
  }
  out.push(...scheduleCues(text, tokens, offset, predicates));
  const arrow = arrowRise(text) ?? arrowAgainst(text);
  if (arrow) out.push(arrow);
  const label = labelValue(text) ?? verdictOnArrow(text);
  if (label) out.push(label);
  // Round 34: ・A-200　欠品 / | K-20 | 廃番 |: a status cell of a client's item; 肉厚2.6mm（規格3.0±0.2mm）: a measurement
  // outside its specification (status-cell.ts, spec-deviation.ts).
  const status = label ? undefined : statusCell(text);
  if (status) out.push({ ...status, source: 'status-cell' });
  // Round 43 (ya1-005): 「…900×1800mmへのカット品の件ですが、弊社の工場では1220mm未満のカットはしません」 — a bound in a sentence
  // that ends on our act denied is our limit (a refusal's), not goods measured outside their specification.
  const missed = OUR_ACT_DENIED_AT_END.test(text) ? undefined : specMissed(text);
  if (missed) out.push({ ...missed, kind: 'quality', source: 'spec-missed' });
  // 当初納期：6月20日／変更後納期：7月15日 / ご注文数：5,000個 → 出荷数：3,200個: two labelled values, the second worse.
  const pair = pairOnLine(text) ?? valueBesideOld(text);
  if (pair) out.push({ start: pair.start, end: pair.end, kind: pair.kind, source: 'value-pair' });
  // Round 34: 運賃は1便あたり15,000円に改定いたします（現行18,000円）: the new value better than the old beside it quiets the
  // clause's words of change (figure-favourable).
  const eased = pair ? undefined : valueBesideOld(text, true);
  if (eased) out.push({ start: eased.start, end: eased.end, kind: eased.kind, source: 'figure-favourable' });
  const counted = countFound(text, tokens, offset, predicates);
  if (counted) out.push(counted);
  const figures = figureChange(text, tokens, offset, predicates);
  if (figures) out.push(figures);
  const route = procedureChange(text, tokens, offset, predicates);
  if (route) out.push(route);
  const share = shareOfOrder(text, tokens, offset, predicates);
  if (share) out.push(share);
  const open = notYetKnown(text, predicates);
  if (open) out.push(open);
  const batch = goodsBatchChange(text, predicates);
  if (batch) out.push(batch);
  const uncovered = outOfCoverage(text, tokens, offset, predicates);
  if (uncovered) out.push(uncovered);
  const longer = longerDuration(text, predicates);
  if (longer) out.push(longer);
  const risen = amountRise(text, tokens, offset, predicates);
  if (risen) out.push(risen);
  const plus = pricePlus(text, tokens, offset);
  const extra = extraCost(text, tokens, offset, predicates);
  if (extra) out.push(extra);
  if (plus) out.push(plus);
  const later = laterThanPlanned(text, predicates);
  if (later) out.push(later);
  const moved = dateMovedLater(text, tokens, offset, predicates);
  if (moved) out.push(moved);
  // Round 32: a day told before and a later one given now (ja-news-told.ts).
  const told = moved ? undefined : toldDateReplaced(text);
  if (told) out.push(told);
  const price = newPrice(text, tokens, offset, sums);
  if (price) out.push(price);
  const found = foundInGoods(text, predicates);
  if (found) out.push(found);
  const off = calledOff(text, tokens, offset);
  if (off) out.push(off);
  const ended = endedOnDate(text, tokens, offset);
  if (ended) out.push(ended);
  const failing = failureState(text, tokens, offset, predicates);
  if (failing) out.push(failing);
  // Round 23: a test failed, a figure short of its target, a part of a whole handed over (ja-news-results.ts).
  const failedResult = failedTest(text, tokens, offset, predicates);
  if (failedResult) out.push(failedResult);
  const short = targetMissed(text);
  if (short) out.push(short);
  const handed = partOfWhole(text, tokens, offset, predicates, isSupplyAct);
  if (handed) out.push(handed);
  const newDay = newDayNamed(text);
  if (newDay) out.push(newDay);
  const onlyPart = onlyPartOfAct(text, tokens, offset);
  if (onlyPart) out.push(onlyPart);
  const smaller = teamReduced(text, tokens, offset);
  if (smaller) out.push(smaller);
  // Round 24: a service given less often or for fewer hours, a free thing charged, an English predicate (ja-news-service.ts).
  const lessService = serviceReduced(text);
  if (lessService) out.push(lessService);
  const charged = freeNowCharged(text);
  if (charged) out.push(charged);
  const latin = latinPredicate(text, tokens, offset, predicates);
  if (latin) out.push(latin);
  const added = amountAdded(text);
  if (added) out.push(added);
  const cap = capImposed(text);
  if (cap) out.push(cap);
  const remote = channelDowngraded(text);
  if (remote) out.push(remote);
  const minimum = minimumSet(text);
  if (minimum) out.push(minimum);
  // Round 30: a term's new value as a figure, beside its current one or from a point (ja-news-terms.ts).
  const term = termNewValue(text);
  if (term) out.push(term);
  // Round 37: kinds of the class corpus KNJa no reader had (ja-news-moves.ts).
  for (const read of [priceHigherBy, amountReplaced, chargePerUnit, soldSeparately, laterInstead, periodDelivery, plannedThenLater, lessThanOrdered, noneComing, outsideTerms, paymentSooner, figureTopicDown]) {
    const cue = read(text);
    if (cue) out.push(cue);
  }
  // Round 41: a new contact from a point in time, goods or a mail of ours gone wrong, dealings on worse terms, less allotted
  // than asked (ja-news-mishaps.ts).
  for (const read of [contactFromPoint, sentWrong, dealingsWorse, allottedBelowAsk]) {
    const cue = read(text);
    if (cue) out.push(cue);
  }
  const carried = noLongerCarried(text, predicates);
  if (carried) out.push(carried);
  const wait = WAIT_UNTIL.exec(text);
  if (wait && !/ため|ので/.test(wait[0])) out.push({ start: wait.index, end: wait.index + wait[0].length, kind: 'delay', source: 'wait-until' });
  const failed = supplyActFailed(tokens, offset, predicates);
  if (failed) out.push(failed);
  // Round 44 (kf-004): 12月積みは無理になりました — a supply due in a month said to have become impossible has slipped.
  const impossible = MONTH_SUPPLY_IMPOSSIBLE.exec(text);
  if (impossible && predicates.some((p) => p.head === 'なる' && p.start === impossible.index + impossible[0].length && !p.negated && !p.request)) {
    out.push({ start: impossible.index, end: impossible.index + impossible[0].length, kind: 'delay', source: 'month-impossible' });
  }
  // 現行の管理画面は9月で使えなくなります: what could be done stops being possible from a date.
  for (const p of predicates) {
    if (p.potential && /なくな/.test(text.slice(p.start, p.end + 2)) && !p.past && WHEN_IT_STOPS.test(text.slice(0, p.start))) {
      out.push({ start: p.start, end: p.end, kind: 'discontinued', source: 'no-longer-possible', negated: true });
    }
  }
  return out;
}

/**
 * An act of supplying that we could not do, reported (本船に積み込みができませんでした, 本日出荷できませんでした, 予定の便への
 * 搭載ができませんでした): a potential, negated, past, ending the sentence, whose verb or the noun before its できる is a
 * supply act (news.json supplyActs) — the goods did not go. Not a clause that goes on (…できませんでしたが、本日発送
 * いたしました tells it mended), nor a call we missed (お電話に出ることができませんでした: no supply act).
 */
function supplyActFailed(tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  for (const p of predicates) {
    if (!p.potential || !p.negated || !p.past || p.ending !== 'final') continue;
    const at = tokens.findIndex((t) => t.start - offset === p.start);
    if (at < 0) continue;
    // 出荷できませんでした: the act is the head; 積み込みができませんでした / 搭載が: the noun marked by が before できる.
    const own = tokens.slice(at, at + 2).some(isSupplyAct) || (p.noun !== undefined && NEWS_DATA.supplyActs.includes(p.noun.replace(/^[おご御]/, '')));
    const marked = tokens[at - 1]?.surface === 'が' || tokens[at - 1]?.surface === 'は' ? tokens[at - 2] : undefined;
    const nounAct = marked !== undefined && marked.pos === '名詞' && (isSupplyAct(marked) || marked.pos1 === 'サ変接続' && LOADING.test(marked.surface));
    if (!own && !nounAct) continue;
    return { start: (nounAct ? marked! : tokens[at]!).start - offset, end: p.end, kind: 'delay', source: 'supply-failed', negated: true };
  }
  return undefined;
}
/** Acts of loading and dispatching a shipment that supplyActs does not list as nouns: 搭載, 船積, 積載, 出港, 発送. */
const LOADING = /搭載|船積|積載|出港|出航|発送|出荷|納品|搬入|引渡/;

/** A figure of none (ゼロ, 0, ０, 零) as a 数 noun. */
const ZERO = /^(?:ゼロ|0|０|零)$/;
/** What may close a count of none besides a copula: a full stop, 状態 (と・に + なる are read apart). */
const ZERO_CLOSES = /^(?:状態|。|．|、|！)$/;
/**
 * The stock noun at `k` counted as none (在庫ゼロです, 在庫が0です, 在庫は０となっております): the last token of the count,
 * or undefined. A zero that is a goal or a record (在庫ゼロを目指す, 在庫ゼロ運用) has no copula or なる after it.
 */
function stockAtZero(tokens: readonly Token[], k: number): Token | undefined {
  if (!NEWS_DATA.stockNouns.includes(tokens[k]!.surface)) return undefined;
  let j = k + 1;
  if (/^(?:が|は|も)$/.test(tokens[j]?.surface ?? '')) j++;
  // 在庫は残り0です / 在庫は現在ゼロです: what is left, or now, counted as none.
  if (/^(?:残り|残数|残量|現在|ただいま)$/.test(tokens[j]?.surface ?? '')) j++;
  const n = tokens[j];
  if (!n || n.pos1 !== '数' || !ZERO.test(n.surface)) return undefined;
  // 在庫0個 / 在庫ゼロ本: a counter after the figure.
  const at = tokens[j + 1]?.pos1 === '接尾' ? j + 1 : j;
  const next = tokens[at + 1];
  if (!next) return tokens[at];
  // 在庫ゼロにする / 在庫ゼロを目指す: a result aimed at; に・と count only before なる (在庫が0となっております).
  if (/^[とに]$/.test(next.surface)) return tokens[at + 2]?.base === 'なる' ? tokens[at] : undefined;
  // 在庫ゼロです / 在庫0でございます: the copula (で read as だ before ござる); 在庫ゼロで運用 has the particle で.
  const copula = (next.pos === '助動詞' && /^(?:だ|です)$/.test(next.base)) || (next.surface === 'の' && tokens[at + 2]?.surface === '状態');
  return copula || ZERO_CLOSES.test(next.surface) ? tokens[at] : undefined;
}

/** Words of calling an occasion off: 中止, 取りやめ, 見合わせ, 中断 (nouns), and their verbs. */
const CALL_OFF_NOUNS = /^(?:中止|取りやめ|取り止め|とりやめ|見合わせ|中断)$/;
/** Called off or put off, for news that would have been bad (値上げは見送りとなりました). */
/** A charge as the object or topic right before a verb of ending: サーチャージ（…）を, 手数料は, 割増料金も. */
const CHARGE_END_VERB = /^(?:廃止|撤廃|打ち切り|打切り|終了|免除|撤回|廃する)$/;
const CHARGE_ENDED = /(?:料|費|代|サーチャージ|割増|加算|課金)(?:[（(][^）)]{0,24}[）)])?(?:を|は|も)[、，]?$/;
const GOOD_IF_CALLED_OFF = new RegExp(`${CALL_OFF_NOUNS.source}|^(?:見送り|見送る)$`);
const CALL_OFF_VERBS = /^(?:取りやめる|取り止める|とりやめる|見合わせる|中断)$/;
/** Heads of an occasion by their suffix: 試飲|会, 式, 祭, 大会, ツアー, フェア, イベント. */
const OCCASION_SUFFIX = /^(?:会|式|祭|ツアー|フェア|イベント|セッション|ミーティング)$/;
/** Meetings both sides attend, honoured with お・ご by courtesy: 打ち合わせ, 面談, 会議, 訪問, 来訪, 見学. */
const SHARED_MEETING = /^(?:打ち合わせ|打合せ|打ち合せ|面談|会議|ミーティング|訪問|来訪|見学|商談)$/;
/** What is good to call off: a rise, a change, a delay, a closure, an end. */
const BAD_TO_CALL_OFF = /(?:値上げ|改定|変更|遅延|延期|減産|休業|休止|停止|終了|廃止|縮小|削減)の?(?:計画|予定|案|方針)?$/;

/**
 * An occasion or a service act of ours called off (6月2日に予定しておりました定期点検は中止となります, 試飲会は、取りやめと
 * なりました, 工場見学は見合わせることといたしました): a word of calling off (中止, 取りやめ, 見合わせ) whose topic or object
 * (は / を / も / が, a comma between) is an act (a サ変 noun: 点検, 見学, 訪問) or an occasion named by its suffix (試飲|会,
 * 記念|式) — whatever the occasion is called. Calling off what was bad (値上げは中止) is good news. A decision on one act:
 * when the client asked for it, the decision answers them (answersWithDecision).
 */
function calledOff(text: string, tokens: readonly Token[], offset: number): Cue | undefined {
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === '名詞' && t.surface === '見送り') {
      const compound = compoundCallOff(text, tokens, offset, k);
      if (compound) return compound;
      continue;
    }
    if (!((t.pos === '名詞' && CALL_OFF_NOUNS.test(t.surface)) || ((t.pos === '動詞' || t.pos1 === 'サ変接続') && CALL_OFF_VERBS.test(t.base)))) continue;
    let j = k - 1;
    // 新色2色は、発売中止となりました / 試飲会は開催中止 / 新作は国内発売見送り: the act called off compounded with the word
    // (発売|中止), after a topic naming what it was for — our goods or an occasion, whatever they are called.
    const compound = compoundCallOff(text, tokens, offset, k);
    if (compound) return compound;
    if (tokens[j]?.pos === '記号' && /^[、，]$/.test(tokens[j]!.surface)) j--;
    // 感謝祭は    if (tokens[j]?.pos === '記号' && /^[、，]$/.test(tokens[j]!.surface)) j--;
    // 感謝祭は、本年は中止: a time as a second topic between the occasion and the word.
    if (/^(?:は|も)$/.test(tokens[j]?.surface ?? '') && tokens[j - 1]?.pos1 === '副詞可能') {
      j -= 2;
      if (tokens[j]?.pos === '記号' && /^[、，]$/.test(tokens[j]!.surface)) j--;
    }
    if (!/^(?:は|を|も|が)$/.test(tokens[j]?.surface ?? '') || tokens[j]!.pos !== '助詞') continue;
    const head = tokens[j - 1];
    if (!head || head.pos !== '名詞') continue;
    // 出張メンテナンス / 店頭プロモーション: a loanword names an act too, when the sentence says it was planned or dated.
    const planned = /予定|開催|実施|[0-9０-９]月|[0-9０-９]日|本年|今年|来週|来月/.test(text.slice(0, head.start - offset));
    const act = head.pos1 === 'サ変接続' || (head.pos1 === '接尾' && OCCASION_SUFFIX.test(head.surface)) || (planned && (/^[ァ-ヶー]{3,}$/.test(head.surface) || SHARED_MEETING.test(head.surface)));
    if (!act || BAD_TO_CALL_OFF.test(text.slice(0, head.end - offset))) continue;
    // ご使用を中止 / ご注文を取りやめ: the client's own act (お・ご) is theirs to stop, not our occasion — unless our side
    // is named as the one who does it (弊社技術部長の御社ご訪問は、中止), or it is a meeting we share, dated or planned
    // (12月10日のお打ち合わせは中止します): the お・ご there is courtesy, and we call it off.
    const ourSide = /弊社|当社|小社|弊行|私ども|わたくしども/.test(text.slice(0, head.start - offset));
    const shared = planned && SHARED_MEETING.test(head.surface);
    if (/^[おご御]$/.test(tokens[j - 2]?.surface ?? '') && tokens[j - 2]!.pos === '接頭詞' && !ourSide && !shared) continue;
    return { start: t.start - offset, end: t.end - offset, kind: 'discontinued', source: 'called-off', decision: true };
  }
  return undefined;
}

/**
 * 新色2色は、発売中止となりました / 試飲会は開催中止となりました / 新作チェアは国内発売見送りとなります: a サ変 act (発売, 開催,
 * 販売, 提供 — not a task that ends by itself) compounded with the word of calling off at k (one noun may stand before the act:
 * 国内|発売|中止), after a topic (は / も / が) that names what it was for. Calling off what was bad (値上げ計画は実施中止), the
 * client's own act or event (ご注文, 貴社の展示会) and a call-off only reported (…と伺いました) or conditional are none.
 */
function compoundCallOff(text: string, tokens: readonly Token[], offset: number, k: number): Cue | undefined {
  let a = k - 1;
  const act = tokens[a];
  if (act?.pos !== '名詞' || act.pos1 !== 'サ変接続' || TASK.test(act.surface)) return undefined;
  if (tokens[a - 1]?.pos === '名詞' && tokens[a - 1]!.pos1 !== '数') a--;
  if (tokens[a - 1]?.pos === '接頭詞') return undefined;
  let q = a - 1;
  if (tokens[q]?.pos === '記号' && /^[、，]$/.test(tokens[q]!.surface)) q--;
  const topic = tokens[q];
  const named = nounBeforeAside(tokens, q - 1);
  if (topic?.pos !== '助詞' || !/^(?:は|も|が)$/.test(topic.surface) || named < 0) return undefined;
  const upToTopic = text.slice(0, tokens[named]!.end - offset);
  if (BAD_TO_CALL_OFF.test(upToTopic) || BAD_TO_CALL_OFF.test(text.slice(0, act.end - offset))) return undefined;
  if (/^[おご御]$/.test(tokens[named - 1]?.surface ?? '') || THEIR_SIDE.test(upToTopic)) return undefined;
  const after = text.slice(tokens[k]!.end - offset);
  if (/^と(?:伺|聞|お聞き|承)|^(?:になる|となる)?(?:場合|際|こと)/.test(after) || /場合|際は|ときは|時は/.test(text.slice(0, tokens[a]!.start - offset))) return undefined;
  return { start: act.start - offset, end: tokens[k]!.end - offset, kind: 'discontinued', source: 'called-off', decision: true };
}
/** The client's side named in the topic: 貴社の展示会, 御社主催の, 田中様の. */
const THEIR_SIDE = /貴社|御社|貴店|貴校|様|さま/;

/**
 * The noun at k, or before a bracketed aside that ends at k (新色2色（#12、#14）は: the goods, then their numbers); -1 if none.
 */
function nounBeforeAside(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.pos === '名詞') return k;
  if (!/^[）)]$/.test(tokens[k]?.surface ?? '')) return -1;
  for (let j = k - 1; j >= 0 && k - j <= 16; j--) {
    // IPADIC may glue the bracket to what follows it (（# as one noun).
    if (/^[（(]/.test(tokens[j]!.surface)) return tokens[j - 1]?.pos === '名詞' ? j - 1 : -1;
  }
  return -1;
}

/** Words of ending a service: 終了, 停止, 廃止, 打ち切り (nouns), 終える / 終わる / やめる / 打ち切る (verbs). */
const END_NOUNS = /^(?:終了|停止|廃止|打ち切り|打切り)$/;
const END_VERBS = /^(?:終える|終わる|やめる|止める|打ち切る)$/;
/** The last day named as the end: 2027年6月30日をもって, 3月末をもちまして, 本年度限りで, 9月30日で, 年内にて. */
const END_DATE = /(?:[0-9０-９]{1,2}日|月末|年度末?|末日|年内|月内|限り)(?:を(?:もって|もちまして)|で|にて)[、，]?|を(?:もって|もちまして)[、，]?/;
/** Acts that end on their own when done (a task finished), not a service withdrawn. */
const TASK = /^(?:作業|工事|点検|会議|調査|検査|確認|対応|受付|手続き?|集計|棚卸し?)$/;

/**
 * A service of ours that ends on a named last day (2027年6月30日をもって配信を終了します, 3月末をもちまして、旧ポータルの運用を
 * 停止いたします, 9月30日で公開を終えます): a word of ending whose object or topic is an act (a サ変 noun: 配信, 運用, 公開,
 * 運行) — whatever the service is called — after a last day (END_DATE) in the sentence. A task that finishes (作業は15時で
 * 終了します) and the client's own thing (ご契約は…終了となります) are no withdrawal; a pause with both ends is a closure
 * (newsIn's TEMPORARY).
 */
function endedOnDate(text: string, tokens: readonly Token[], offset: number): Cue | undefined {
  const date = END_DATE.exec(text);
  if (!date) return undefined;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const at = t.start - offset;
    if (at < date.index) continue;
    if (!((t.pos === '名詞' && END_NOUNS.test(t.surface)) || (t.pos === '動詞' && END_VERBS.test(t.base)))) continue;
    let j = k - 1;
    if (tokens[j]?.pos === '記号' && /^[、，]$/.test(tokens[j]!.surface)) j--;
    if (!/^(?:は|を|も|が)$/.test(tokens[j]?.surface ?? '') || tokens[j]!.pos !== '助詞') continue;
    const head = tokens[j - 1];
    if (!head || head.pos !== '名詞' || head.pos1 !== 'サ変接続' || TASK.test(head.surface)) continue;
    if (tokens[j - 2]?.pos === '接頭詞' && /^[おご御]$/.test(tokens[j - 2]!.surface)) continue;
    return { start: at, end: t.end - offset, kind: 'discontinued', source: 'ended-on-date' };
  }
  return undefined;
}

/**
 * A delay told as time we take until something comes (入荷まで今しばらくお時間を頂戴する, 製作には今しばらくお時間をいただきます,
 * ご返却までには、もうしばらくお時間をいただく見通しです): an end point (…まで / …には), a wait (しばらく), and our taking the
 * client's time — whatever the awaited act is. お時間をいただけますか (asking for a meeting) has no end point and no wait.
 */
const WAIT_UNTIL = /(?:まで|には|までには)[、，]?(?:今|いま|もう|あと|なお)?(?:しばらく|暫く)の?お時間を(?:いただ|頂戴|頂)/;

/** Nouns of a state or an event that a clause describes: 状態, 事象, 現象, 状況. */
const STATE_NOUN = /^(?:状態|事象|現象|状況)$/;
/** Predicates of a state arising or lasting: 発生, 生じる, 続く, 起きる, 起こる, 見られる. */
const AROSE = /^(?:発生|生じる|続く|継続|起きる|起こる|見られる)$/;

/**
 * Our service failing, told as a state that arose (閲覧画面にアクセスできない状態が発生していました, メールが届かない事象が
 * 生じておりました, 管理画面が表示されない状況が続いております): a denied clause — any verb that cannot or does not happen
 * (アクセスできない, 表示されない, 繋がらない) — right before a noun of state, the subject of a predicate of arising or lasting.
 * Whatever failed, the shape tells an incident; newsIn wants it past or ongoing (a quality problem that happened).
 */
function failureState(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  for (let k = 1; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== '名詞' || !STATE_NOUN.test(t.surface) || !/^(?:が|も)$/.test(tokens[k + 1]!.surface)) continue;
    const at = t.start - offset;
    const denied = predicates.find((p) => p.end === at && p.ending === 'attributive' && p.negated);
    if (!denied) continue;
    // 発生していました: the predicate starts at its する, after its noun; 現象が、昨日から起きております: a comma and a time may
    // stand between.
    const from = tokens[k + 1]!.end - offset;
    const p = predicates.find((x) => x.start >= from);
    if (!p || !/^[^。がをは]{0,12}$/.test(text.slice(from, p.start))) continue;
    // お支払いが確認できない状態: the client's own act (お・ご) that has not happened is theirs, not our failure.
    if (/[おご御][^、。がを]{1,8}が[^、。がを]{0,6}$/.test(text.slice(0, denied.start))) continue;
    if (p.negated || !AROSE.test(p.noun?.replace(/^[おご御]/, '') ?? p.head)) continue;
    return { start: at, end: p.end, kind: 'quality', source: 'failure-state' };
  }
  return undefined;
}

/** What is split is a document, not goods: the sentence's topic or object is an invoice or a file. */
const PAPERWORK_TOPIC = /^[^、。]{0,6}(?:請求書?|書類|資料|データ|ファイル|明細|伝票)(?:は|を|も)/;

/** When a restriction starts or holds for a while: 今後は, 4月以降, 来月より, 当面, 現在 (an outage). */
/** Words of a product's specification: a standard, a grade, a rating, a model (規格品, 保護等級, 定格, 機種, 本製品). */
const SPEC_OF_PRODUCT = /規格|等級|定格|仕様|機種|型番|本機|本製品|モデル/;
const RESTRICTION_STARTS = /今後|以降|以後|より|から|次回|当面|当分|しばらく|現在|ただいま|只今|一時|暫定|変更/;
/**
 * Round 23 (mendnews): 現在 names a time only as an adverb (現在、電話のみの受付となっております / 現在のところ); as 現在の
 * before a thing (現在のバージョンでは, 現在の契約プランでは) it picks out the thing as it is — a specification of it.
 */
const CURRENT_THING = /現在の(?!ところ|時点|状況|状態)/g;
function restrictionStarts(before: string): boolean {
  return RESTRICTION_STARTS.test(before.replace(CURRENT_THING, ''));
}
/** What follows a negated cue when the whole is denied: 〜ことはございません, 〜心配はありません. */
const NO_LONGER_DENIED = /^(?:る|り)?(?:こと|心配|おそれ|恐れ)[はもが]?(?:一切|決して|まず)?(?:ござい|あり|な[いく])/;

const NOT_DOING_BAD = /(?:値上げ|改定|変更|遅延|延期|減産)[はをも]?$/;

/** A supply due in a month, as the topic of 無理 / 不可能 / 困難 + なる: 12月積みは無理に(なりました), 1月の出荷が難しく. */
const MONTH_SUPPLY_IMPOSSIBLE = /[0-9０-９]{1,2}月[中末]?の?(?:船?積み|出荷|納品|納入|発送|お届け|入荷)[はがも][、，]?(?:無理に|不可能に|困難に|難しく)/;

/** A date or period from which something stops (9月で, 来月から, 4月以降); a bare 以降 follows a condition. */
const WHEN_IT_STOPS = /(?:[0-9０-９]{1,2}月|年度|来月|来年|来期|をもって|をもちまして)/;

/** A time from which something applies: 4月1日受注分より, 次回ご注文分から, 来期の, 今後は. */
const FROM_A_DATE = /(?:[月日期度回]|分|今後|以降)(?:より|から|以降|以後)?[、，]?|^(?:来期|来月|来年度?|次回|今後)|(?:来期|来年度?|次年度|次回)の/;
/** An amount marked as the current or old one, in brackets after the new (35円（現行28円）). */
const OLD_MARK = /^(?:です|でございます|となります|になります)?[（(](?:現行|従来|旧|現在|これまで|改定前)(?:価格|料金|単価)?[:：は]?$/;
/**
 * The same, with the old amount labelled by the period it applied to and the unit priced between
 * (68円/kg（3月度 41円/kg）, 1,200円（前回 1,000円）): a list of new rates beside the last ones.
 */
const OLD_PERIOD_MARK = /^(?:[/／][^（(]{1,4})?[（(](?:[0-9０-９]{1,2}月(?:度|分)?|前月|前回|前期|前年度?|昨年度?|今期)\s?(?:価格|料金|単価)?[:：]?\s?$/;

/** Round 44 (kf-035): 1トン2,150ドルです（9月積みまでは1,890ドル） — the old amount marked by the time it held until. */
const OLD_UNTIL_MARK = /^(?:です|でございます|となります|になります)?[（(][^（()）]{0,10}まで(?:は|の(?:価格|単価)?)?[:：]?\s?$/;

const isOldMark = (between: string) => OLD_MARK.test(between) || OLD_PERIOD_MARK.test(between) || OLD_UNTIL_MARK.test(between);

/**
 * A new price stated as a figure: a price noun as the topic, an amount, and becomes/is, with a date from which it
 * applies (4月1日受注分より、標準単価は1,200円となります), or the old amount beside the new one (35円（現行28円）).
 * A price with no date from which it changes (お見積り金額は1,200円となります) is information.
 */
function newPrice(text: string, tokens: readonly Token[], offset: number, sums: Amount[]): Cue | undefined {
  for (const sum of sums) {
    // The old amount in brackets right after the new one, and lower: a rise.
    // (Round 44: up to 9 tokens, for 「です（9月積みまでは」.)
    const old = sums.find((o) => o.first > sum.next && o.first - sum.next <= 9 && isOldMark(tokens.slice(sum.next, o.first).map((t) => t.surface).join('')));
    const at = tokens[sum.first]!.start - offset;
    const end = tokens[sum.next - 1]!.end - offset;
    if (old) {
      if (old.value < sum.value) return { start: at, end, kind: 'price', source: 'new-beside-old' };
      continue; // 1,000円（現行1,200円）: a cut.
    }
    // 標準単価は / 送料は一律: the price noun as the topic just before the amount.
    const before = text.slice(Math.max(0, at - 20), at);
    // The unit priced may stand between (1ケース, 1検体あたり, 月額).
    // Round 41: the unit may be a figure of several digits with its measure (25kg袋あたり, 100本当たり).
    // Round 42: or its object (単価を1kgあたり1,620円に改めます).
    const m = /([^\s、。]{1,8})(?:は|が|も|を)(?:一律|月額|年額|税込|税別)?(?:[0-9０-９一]{1,4}[^\s、。0-9０-９]{0,4}(?:あたり|当たり)?)?$/.exec(before);
    if (!m || !isPriceNoun(m[1]!)) continue;
    // …円となります / …円に変わります / …円です, from a date.
    const after = text.slice(end, end + 8);
    if (!/^(?:と(?:なり|なる|させ|いたし)|に(?:なり|変わ|変更|改定|引き上げ|改め|見直)|です|でござい)/.test(after)) continue;
    // The topic is the price noun itself (単価), not the words before it that the capture may take in (「…」の).
    let noun = 1;
    while (noun < m[1]!.length && !isPriceNoun(m[1]!.slice(-noun))) noun++;
    const topicAt = at - (before.length - before.lastIndexOf(m[1]!)) + m[1]!.length - noun;
    if (FROM_A_DATE.test(text.slice(0, topicAt))) return { start: topicAt, end, kind: 'price', source: 'new-price' };
    // 出張費も一律25,000円となります: also becomes — a further charge in a notice of new prices.
    if (before.endsWith(m[0]) && m[0].includes('も') && /^と(?:なり|なる)|^に(?:なり|変わ)/.test(after)) return { start: topicAt, end, kind: 'price', source: 'new-price' };
  }
  return undefined;
}

/**
 * A problem found in our goods already delivered (3月出荷分の一部にリード曲がりが見つかりました, 先週お届けした
 * ロットから金属片が検出されました): a finding predicate, past, not negated, in a sentence naming what we shipped.
 * What is found may be any defect, so the goods and the finding decide, not a list of defects.
 */
/** A bound of the specification crossed: 規格の下限を下回って / 公差の上限を超えて / 規格から外れて. */
const SPEC_MISSED = /(?:規格|基準|公差|仕様|許容)(?:値|範囲)?(?:の(?:下限|上限)(?:値)?)?(?:を(?:下回|外れ)|から外れ)|(?:下限|上限)(?:値)?を(?:下回|上回|超え)/;
/**
 * Round 29: 一部ロットで水分値が規格を上回りました — a measure above its specification, where the specification is a ceiling.
 * Above a specification is good for a measure where more is better (引張強度が規格を上回りました), so those measures are left out.
 */
const SPEC_EXCEEDED = /(?:規格|基準|公差|許容)(?:値|範囲)?(?:を(?:上回|超え|超過)|より(?:高|多))/;
const MORE_IS_BETTER = /強度|性能|耐久|寿命|効率|耐圧|耐熱|耐荷重|純度|収率|歩留|容量|出力|保持率|硬度|密着|耐食|耐候|精度|合格率|稼働率/;
function foundInGoods(text: string, predicates: readonly JaPredicate[]): Cue | undefined {
  const goods = NEWS_DATA.deliveredNouns.find((n) => text.includes(n));
  if (!goods) return undefined;
  for (const p of predicates) {
    if (!(p.past || p.progressive) || p.negated || p.quoted) continue;
    // 硬度が規格の下限を下回っていました: a measure of our goods outside its specification is a finding too.
    const near = text.slice(Math.max(0, p.start - 14), p.end);
    const outOfSpec = SPEC_MISSED.test(near) || (SPEC_EXCEEDED.test(near) && !MORE_IS_BETTER.test(text.slice(0, p.end)));
    if (!outOfSpec && !NEWS_DATA.foundVerbs.some((v) => p.head.includes(v) || (p.noun ?? '').includes(v) || (p.head + p.text).includes(v))) continue;
    const before = text.slice(0, p.start);
    if (NEWS_DATA.neutralFindings.some((n) => before.includes(n))) continue;
    if (text.indexOf(goods) > p.start) continue;
    // The cue is the finding itself, so the finding is the predicate that states it.
    return { start: p.start, end: p.end, kind: 'quality', source: 'found-in-goods' };
  }
  return undefined;
}

/** A quantity written as figures with its counter (300個, 1,000本, ２０台): value, counter and span. */
const QUANTITY = /([0-9０-９][0-9０-９,，]{0,12})\s?(個|本|台|枚|箱|ケース|kg|ｋｇ|トン|t|セット|缶|袋|ロット|式|点|m|ｍ|リットル|L|ライセンス|パレット|ロール|ユニット|冊|部|着|足|組|基|巻|pcs|PCS)/g;

/** ご注文のコネクタCN-48（3,000個）: the ordered quantity in brackets after the item ordered. */
const ORDERED_IN_BRACKETS = /(?:ご注文|ご発注|発注)[^、。（(]{0,24}[（(]$/;
/** 前期の半分 / 前年の6割: a share of what came before. */
const SHARE_OF_BEFORE = /(?:前期|前年|前年度|前回|前月|昨年|昨年度|従来|例年|通常|これまで)の?[0-9０-９.]*$/;
/** The supply as the topic right before a share of it: 入荷が半分, 出荷量は3割, 供給は40%. */
const SUPPLY_TOPIC_THEN_SHARE = /(?:供給|出荷|生産|納入|入荷)(?:枠|量|数量?)?(?:は|が)[、，]?([0-9０-９.]{0,4})$/;

/** A share below the whole (半分, 半数, under 10割 or 100%) right after the supply as the topic. */
function shareOfSupply(text: string, at: number, ratio: string): boolean {
  const m = SUPPLY_TOPIC_THEN_SHARE.exec(text.slice(Math.max(0, at - 16), at));
  if (!m) return false;
  if (ratio === '半分' || ratio === '半数') return m[1] === '';
  const n = figureValue(m[1]!);
  return m[1] !== '' && n > 0 && n < (ratio === '割' ? 10 : ratio === '一部' ? Infinity : 100);
}

/** The supply as the topic: 供給枠は / 出荷量が / 割当数も. */
const SUPPLY_TOPIC = /(?:供給|出荷|生産|納入|入荷|割当て?|割り当て|配分)(?:枠|量|数量?|能力)?(?:は|が|も)/;

/**
 * Acts that hand over goods or rights besides the supply nouns: お送りします, 発行できるのは, 積載できた, 納めます —
 * the part of an order they hand over, smaller than the order, is a partial fulfilment.
 */
const HANDING_OVER = /お送り|送付|発行|積載|納め|お渡し|引き渡|出庫|ご提供/;
/** ご注文の緩衝液キット（LS-B20）600セット / ご依頼いただいた100ライセンス: the order noun heads the figure's noun phrase. */
const SAME_PHRASE = /^[^、。，はがをも]{0,26}$/;
/** An enquiry the goods were named in: お問い合わせの5台, ご照会の品. */
const ENQUIRED = /お問い?合わせ|お問合せ|ご照会/;

function partOfOrder(text: string, tokens: readonly Token[], offset: number): Cue | undefined {
  // Round 36: お問い合わせの5台のうち2台は在庫がございます: goods asked about, with no order, are no order cut short.
  if (ENQUIRED.test(text) && !/ご注文|ご発注/.test(text)) return undefined;
  if (!hasAny(text, NEWS_DATA.supplyNouns) && !HANDING_OVER.test(text)) return undefined;
  const found = matchAll(text, QUANTITY);
  // The ordered quantity: right after an order noun (ご注文の300個, ご注文数500ケース), or before のうち.
  const whole = text.indexOf('のうち');
  const headedByOrder = (m: RegExpMatchArray) => NEWS_DATA.orderNouns.some((n) => {
    const at = text.lastIndexOf(n, m.index!);
    return at >= 0 && SAME_PHRASE.test(text.slice(at + n.length, m.index));
  });
  // 1,000個のご注文ですが: or right before one, as what was ordered. ご注文のパレット12枚中8枚: the whole before 中.
  const ordered = (m: RegExpMatchArray) => hasAny(text.slice(Math.max(0, m.index! - 6), m.index), NEWS_DATA.orderNouns) ||
    (headedByOrder(m) && (text.startsWith('中', m.index! + m[0].length) || found.some((x) => x.index! > m.index! && x[2] === m[2]))) ||
    NEWS_DATA.orderNouns.some((n) => text.startsWith('の' + n, m.index! + m[0].length)) ||
    (whole >= 0 && m.index! < whole && hasAny(text.slice(0, whole), NEWS_DATA.orderNouns)) ||
    ORDERED_IN_BRACKETS.test(text.slice(Math.max(0, m.index! - 32), m.index));
  // Round 43 (ya1-042): ご注文（15mm BB/CP 300枚）のうち…180枚: a size may come first in the order's brackets — the whole is the
  // ordered figure whose counter the part shares (枚), not the first figure before のうち.
  for (const total of found.filter(ordered)) {
    const part = found.find((m) => m !== total && m[2] === total[2] && !ordered(m));
    if (!part || figureValue(part[1]!) >= figureValue(total[1]!)) continue;
    // The part must start at a token boundary (not inside a product code such as A-100).
    if (!tokens.some((t) => t.start - offset === part.index)) return undefined;
    return { start: part.index, end: part.index + part[0].length, kind: 'shortage', source: 'partial-supply' };
  }
  return undefined;
}

/** 出荷は来月中旬以降になります / 出荷は未定です / 10日の予定でしたが、24日のお届けとなります / 納期を…に変更. */
function scheduleCues(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue[] {
  const out: Cue[] = [];
  let starts: Set<number> | undefined;
  let nounAt = -1;
  for (const n of NEWS_DATA.scheduleNouns) {
    const i = text.indexOf(n);
    if (i >= 0 && (starts ??= tokenStarts(tokens, offset)).has(i) && (nounAt < 0 || i < nounAt)) nounAt = i;
  }
  if (nounAt < 0) return out;
  for (const p of predicates) {
    if (p.end <= nounAt) continue;
    const between = text.slice(nounAt, p.start);
    const change = /^(?:なる|変更|変わる)$/.test(p.head) || p.noun === '変更';
    // 出荷は来月になります / 来月上旬になる見込みです: the date lands in a later period, not on a day.
    if ((change && /以降|以後|予定(?:でした|だった|しておりました|していた)/.test(text.slice(0, p.start))) ||
      (p.head === 'なる' && LATER_PERIOD.test(between)) ||
      (change && /(?:に|へ)(?:ご?変更と?)?$/.test(between) && /変更|変わ/.test(between.slice(-3) + p.text + (p.noun ?? '')))) {
      out.push({ start: nounAt, end: p.end, kind: 'delay', source: 'schedule-shift' });
      break;
    }
    // 入荷時期が未定となっております: 未定 as the noun before なる says the same as 未定です.
    const undecided = p.head === '未定' || (p.head === 'なる' && /未定(?:と|に)$/.test(between));
    if (undecided || /見込みが立|目処が立|めどが立/.test(text.slice(nounAt, p.end))) {
      out.push({ start: nounAt, end: p.end, kind: undecided ? 'delay' : 'shortage', source: 'schedule-shift', negated: undecided ? false : true });
      break;
    }
  }
  return out;
}

interface Amount {
  value: number;
  /** Token index of its first figure, and of the token after 円. */
  first: number;
  next: number;
}

/** The counters of money after a figure: 円, ドル, ユーロ. */
const MONEY_COUNTER = new Set(['円', 'ドル', 'ユーロ']);

/** Sums of money written as figures (5,000円, 120万円, １２０万円, 2,150ドル): a run of number tokens before 円. */
function amounts(tokens: readonly Token[]): Amount[] {
  const out: Amount[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.pos1 !== '数') continue;
    let j = k;
    let value = 0;
    let current = 0;
    for (; j < tokens.length && (tokens[j]!.pos1 === '数' || tokens[j]!.surface === ','); j++) {
      const w = tokens[j]!.surface;
      const unit = w === '億' ? 1e8 : w === '万' ? 1e4 : w === '千' ? 1e3 : 0;
      if (unit) {
        value += (current || 1) * unit;
        current = 0;
      } else {
        const digits = asciiDigits(w).replace(/[,，.]/g, '');
        current = current * 10 ** digits.length + (Number(digits) || 0);
      }
    }
    // Round 44 (kf-035): a price in dollars or euros (1トン2,150ドル) is a sum as 円 is.
    if (MONEY_COUNTER.has(tokens[j]?.surface ?? '')) out.push({ value: value + current, first: k, next: j + 1 });
    k = j;
  }
  return out;
}

/** A figure just before an arrow (380円 →, 12% →, 500→), read from a bounded slice so the scan stays linear. */
const BEFORE_ARROW = /([0-9０-９][0-9０-９,，.]{0,12})[^0-9０-９→]{0,6}$/;
// Round 36: 加工賃：1個あたり85円 → 1個あたり92円: a per-unit lead (1個あたり, 1kg当たり, トン当たり) before the figure is no figure.
// (Round 44, zf-033: any currency code in capitals — NOK 32,000 → NOK 41,000.)
const AFTER_ARROW = /^\s{0,2}(?:(?:[A-Z]{3}|US\$|[$＄€¥￥])\s?)?([0-9０-９][0-9０-９,，.]{0,12})/;
const PER_UNIT_AFTER_ARROW = /^\s{0,2}[0-9０-９]{0,4}[^\s0-9０-９→、。]{1,3}(?:あたり|当たり)/;

/** A line about money or a term the client bears: 円 or another currency, a share, a minimum, a lot, a lead time, a surcharge. */
/**
 * Round 44 (zf-033): a currency code in capitals before an amount written as money is (NOK 32,000, CHF 1,200.50): with its
 * thousands or its cents, so that a model code's number (ABC 100 → ABC 200) is no price.
 */
const CURRENCY_CODE_AMOUNT = /(?<![A-Za-z])[A-Z]{3}\s?[0-9]{1,3}(?:,[0-9]{3}|\.[0-9]{2}(?![0-9]))/;
const TERM_LINE = /[円%％$＄€¥￥]|USD|EUR|JPY|ドル|ユーロ|最小|最低|下限|ロット|発注単位|納期|リードタイム|所要|サーチャージ|手数料|単価|価格|料金|運賃/;
const hasPriceWord = (text: string) => NEWS_DATA.priceNouns.some((n) => text.includes(n));

/** A day as 12/10 or 12月10日 just before an arrow, and just after it. */
const DAY_BEFORE_ARROW = /([0-9０-９]{1,2})(?:[/／]|月)([0-9０-９]{1,2})日?(?:[（(][^）)]{1,3}[）)])?\s{0,2}$/;
const DAY_AFTER_ARROW = /^\s{0,2}([0-9０-９]{1,2})(?:[/／]|月)([0-9０-９]{1,2})/;
/**
 * A part of a month as 3月下旬, 6月末, 12月第2便, 7月前半 just before an arrow, and just after it: schedules are given
 * to the client as parts of months as often as days (出荷予定：3月下旬 → 5月中旬).
 */
const PERIOD_BEFORE_ARROW = /([0-9０-９]{1,2})月(上旬|初旬|中旬|下旬|末|頭|前半|後半|中|第[1-5１-５][週便])?(?:頃|ごろ|予定)?(?:[（(][^）)]{1,6}[）)])?\s{0,2}$/;
const PERIOD_AFTER_ARROW = /^\s{0,2}([0-9０-９]{1,2})月(上旬|初旬|中旬|下旬|末|頭|前半|後半|中|第[1-5１-５][週便])?/;
/** The day a part of a month stands for (上旬 → 5, 下旬 → 25, 第2週 → 11): enough to order two parts of months. */
function periodDay(part: string | undefined): number {
  if (!part || part === '中') return 15;
  if (part.startsWith('第')) return figureValue(part[1]!) * 7 - 3;
  return ({ 上旬: 5, 初旬: 5, 頭: 3, 前半: 10, 中旬: 15, 後半: 22, 下旬: 25, 末: 29 } as Record<string, number>)[part] ?? 15;
}
/** The second day falls after the first, reading a smaller month as the next year's (12/10 → 1/21). */
const isLater = (m1: number, d1: number, m2: number, d2: number) => (m2 > m1 ? m2 - m1 < 9 : m2 === m1 ? d2 > d1 : m1 - m2 > 6);

/**
 * A figure that goes up, written with an arrow (・HX-3300：380円 → 452円, 燃油サーチャージ：12% → 16%,
 * 最小ロット 500→1,000): a list of new terms. Any unit: a price, a rate, a minimum or a lead time growing is a
 * cost to the client. A figure going down (1,200円 → 1,000円) is not news.
 */
function arrowRise(text: string): Cue | undefined {
  for (let i = text.indexOf('→'); i >= 0; i = text.indexOf('→', i + 1)) {
    // 納期 12/10 → 1/21 / 出荷日：11月5日→11月19日: a day on each side is a date moved, later or not.
    const days = daysOnArrow(text, i);
    if (days) {
      if (days.later && NEWS_DATA.scheduleNouns.some((n) => text.includes(n))) return { start: days.start, end: days.end, kind: 'delay', source: 'arrow-later' };
      // Shiraz ギフト箱：12月上旬 → 1月中旬に変更: the line says its day was moved, whatever its label names (goods on
      // order), unless the label is a meeting, a deadline or a payment (a day the client gains from or shares).
      if (days.later && MOVED_AFTER.test(text.slice(days.end, days.end + 12)) && !NOT_OUR_WORK.test(text)) return { start: days.start, end: days.end, kind: 'delay', source: 'arrow-later' };
      continue;
    }
    // ・残り18ケース → 12月第2便 / 未出荷分 → 7月上旬: what is left of an order put on a later day.
    const rest = remainderToDay(text, i);
    if (rest) return rest;
    // 会議室 3F → 5F: a figure that grows is news only when it is a term the client bears.
    if (!TERM_LINE.test(text) && !CURRENCY_CODE_AMOUNT.test(text) && !hasPriceWord(text)) continue;
    const left = BEFORE_ARROW.exec(text.slice(Math.max(0, i - 20), i));
    const per = PER_UNIT_AFTER_ARROW.exec(text.slice(i + 1, i + 20))?.[0].length ?? 0;
    const right = AFTER_ARROW.exec(text.slice(i + 1 + per, i + 20 + per));
    if (!left || !right) continue;
    if (figureValue(right[1]!) > figureValue(left[1]!)) return { start: i - left[0].length, end: i + 1 + per + right[0].length, kind: 'price', source: 'arrow-rise' };
  }
  return undefined;
}

/** A day on each side of the arrow at `i` (12/10 → 1/21, 11月5日→11月19日): their span and whether the second is later. */
function daysOnArrow(text: string, i: number): { start: number; end: number; later: boolean } | undefined {
  const left = text.slice(Math.max(0, i - 16), i);
  const right = text.slice(i + 1, i + 16);
  const dayBefore = DAY_BEFORE_ARROW.exec(left);
  const dayAfter = DAY_AFTER_ARROW.exec(right);
  if (dayBefore && dayAfter) {
    const [m1, d1, m2, d2] = [dayBefore[1], dayBefore[2], dayAfter[1], dayAfter[2]].map((x) => figureValue(x!)) as [number, number, number, number];
    return { start: i - dayBefore[0].length, end: i + 1 + dayAfter[0].length, later: isLater(m1, d1, m2, d2) };
  }
  // 3月下旬 → 5月中旬 / 6月末 → 7/15 / 11/20 → 12月第2週: a day or a part of a month on each side.
  const before = dayBefore ? { m: figureValue(dayBefore[1]!), d: figureValue(dayBefore[2]!), len: dayBefore[0].length } : periodOf(PERIOD_BEFORE_ARROW.exec(left));
  const after = dayAfter ? { m: figureValue(dayAfter[1]!), d: figureValue(dayAfter[2]!), len: dayAfter[0].length } : periodOf(PERIOD_AFTER_ARROW.exec(right));
  if (!before || !after) return undefined;
  return { start: i - before.len, end: i + 1 + after.len, later: isLater(before.m, before.d, after.m, after.d) };
}

/** A word of moving a day right after the later one: に変更, へ変更, に延期, にずれ込み, に後ろ倒し, 変更. */
const MOVED_AFTER = /^[^→\n。]{0,4}?(?:に|へ|と)?(?:変更|延期|ずれ|後ろ倒し|繰り下げ|スライド)/;

/** Nouns of what is left of an order (read here before an arrow, and by blunt-bad-news after a partial supply). */
export const REMAINDER_NOUNS = '残り|残数|残余|残量|残数量|不足分|未出荷分|未納分';
/** What is left of an order (残り, 残数, 未出荷分, 不足分, 残量…) opening a line, before an arrow. */
const REMAINDER_BEFORE_ARROW = new RegExp(`^\\s*(?:[・･\\-−–—*＊•●○◎※■□◆◇]\\s*)?(?:${REMAINDER_NOUNS})[^→\\n]{0,20}$`);

/** The rest of an order moved to a day or a part of a month on an arrow (・残り18ケース → 12月第2便に変更). */
function remainderToDay(text: string, i: number): Cue | undefined {
  if (!REMAINDER_BEFORE_ARROW.test(text.slice(0, i))) return undefined;
  const right = text.slice(i + 1, i + 16);
  const after = DAY_AFTER_ARROW.exec(right) ?? PERIOD_AFTER_ARROW.exec(right);
  return after ? { start: 0, end: i + 1 + after[0].length, kind: 'delay', source: 'arrow-later' } : undefined;
}

function periodOf(m: RegExpExecArray | null): { m: number; d: number; len: number } | undefined {
  return m ? { m: figureValue(m[1]!), d: periodDay(m[2]), len: m[0].length } : undefined;
}

/**
 * A list item that moves a day later on an arrow with no schedule word of its own (・A-100：6/20 → 7/15), for a lead
 * above it that names the schedule (出荷予定日を下記のとおり変更いたします): the item is the lead's news.
 */
export function laterDayOnArrow(text: string): JaNews | undefined {
  if (text.length > 80 || /[。．]./.test(text)) return undefined;
  for (let i = text.indexOf('→'); i >= 0; i = text.indexOf('→', i + 1)) {
    const days = daysOnArrow(text, i);
    if (days) return days.later ? { start: days.start, end: days.end, kind: 'delay', source: 'arrow-later' } : undefined;
  }
  return undefined;
}

/** A figure with its unit right before から (5,000枚から, 1日3回から, 3年から): value and unit. */
const FIGURE_BEFORE = /([0-9０-９][0-9０-９,，.]{0,12})\s?([^\s0-9０-９、。,，.（）()「」]{1,4})$/;
/** The figure it becomes, with the same kind of unit, and に/へ/と (20,000枚に, 1年に, 週1回へ, 1日2回に, 6週間と). */
// Round 36: the lead before the figure holds no decimal point (14.5％ is one figure, not 14. and 5％), and a bracket may
// stand between the figure and its particle (1,120ドル（CFR大阪）となります).
const FIGURE_AFTER = /^\s?(?:[0-9０-９]{1,2}[^\s0-9０-９、。,，.．]{1,2}|[^\s0-9０-９、。,，.．]{1,2})?([0-9０-９][0-9０-９,，.]{0,12})\s?([^\s0-9０-９、。,，.（）()「」にへと]{1,4})(?:[（(][^）)\n]{1,16}[）)])?(に|へ|と)/;
/** A count in brackets after a figure's unit (1リール（2,000個）): the outer figure is the one changed. */
const BRACKET_AT_END = /[（(][0-9０-９][^）)（(]{0,14}[）)]$/;
const BRACKET_AFTER_FIGURE = /^(\s?[0-9０-９][0-9０-９,，.]{0,12}\s?[^\s0-9０-９、。,，.（）()「」にへと]{1,4})[（(][0-9０-９][^）)（(]{0,14}[）)]/;
/** 1名体制, 2名体制: the team's count is the count of its people. */
const TEAM_SUFFIX = /体制$/;
/** Units that name a day or an hour rather than an amount: 4月から6月に is a date moved (delay cues read those). */
/** Round 46 (h6hf-034): what names a month's lot after it — 8月積み, 6月便, 5月分 (a date, and the side of a move). */
const LOT_SUFFIX = '(?:積み|便|分)';
// (A month of loading or a month's lot, 月積み / 月便 / 月分, is a date too: 8月積みから10月積みに.)
const DATE_UNIT = new RegExp(`^(?:月|日|時|曜日?|年度|月度|期|月${LOT_SUFFIX})$`);
/**
 * A change made to the figure: becomes, changed, raised, lowered, cut, extended, revised — and any two-kanji サ変 noun of
 * more or less (減員, 増員, 減便, 増便, 減額, 減産): which way it goes is the figures' to tell, not the word's.
 */
const CHANGE_HEADS = /^(?:なる|変わる|変更|改定|改訂|見直す|引き上げる|引き下げる|上げる|下げる|増やす|減らす|短縮|縮小|削減|延長|拡大|増加|減少|減る|増える|[増減][\p{Script=Han}])$/u;
/**
 * What the client bears more of when it grows (a price or charge, a minimum or lot, a lead time): more is
 * worse. Anything else measured (a warranty, visits a day, a quota, a discount, hours of support) is
 * something the client receives: less is worse.
 */
/** One particle, marker or rate figure at the end of the text before a figure (を, 、, 現行, 1日). */
const TRAILING = /(?:[はがをもの、，]|現行|従来|[0-9０-９]{1,3}[^\s0-9０-９]{1,2})$/;
/** A rate or share of the goods (グレーズ率, 含有率, 比率, 割合, 濃度): its direction is no measure of the client's gain. */
const RATE_NOUN = /(?:率|比率|割合|濃度)$/;
const LEAD_TIME = /納期|リードタイム|所要|日数|待ち|製作期間|製造期間|工期|作業期間/;
const BURDEN = new RegExp(`最小|最低|下限|ロット|発注単位|負担|手数料|サーチャージ|金利|${LEAD_TIME.source}`);
const SUPPLY = /出荷|供給|割当|配分|入荷|生産|数量|台数|個数|本数/;
/**
 * What we deliver or answer in a span of days, as the measured noun's head: 保守部品のお届け, 修理対応. Not a period the
 * client keeps counted from one (無償交換期間を、納品後12か月から6か月: the noun ends on 納品後, a warranty shortened).
 */
const SPAN_OF_SERVICE = /(?:お届け|納品|出荷|配送|発送|回答|修理|対応)$/;

/** Round 37: …だけに / …のみと between the new figure's unit and its particle (金曜日の1回だけになります). */
const ONLY_BEFORE_PARTICLE = /^(\s?[^\s、。0-9０-９]{0,2}[0-9０-９][^、。]{0,8}?)(?:だけ|のみ)(?=[にへと])/;
/** Round 37: adjectives of size or length that a change becomes (短くなります, 少なくなります, 長くなります). */
const SIZE_ADJECTIVE = /^(?:短い|長い|少ない|多い|高い|低い|安い|遅い|早い|狭い|広い|小さい|大きい)$/;
/** Round 37: a count from an order or a day (ご発注から6週間): the order is where the count starts, not the noun measured. */
const ORDER_START = /(?:ご|お)?(?:発注|注文|受注|納品|出荷)(?:日|後|時)?(?:から|より)$/;
/**
 * Round 37: where one figure gives way to another — から (5,000枚から20,000枚に), だったものが / だったのが (6週間だったもの
 * が10週間となります), ではなく (2回ではなく、金曜日の1回だけになります: a day named before the new figure is skipped), and
 * の…は, naming the measured noun between them (年2回の定期点検は年1回となります).
 */
const LINK_WORDS = /だった(?:もの|の)が[、，]?|ではなく[、，]?|の([^\s、。，0-9０-９のはが]{2,10})は[、，]?/g;
const DAY_BEFORE_FIGURE = /^[^、。0-9０-９]{1,8}の(?=[0-9０-９])/;
function figureLinks(text: string, tokens: readonly Token[], offset: number): Array<{ at: number; len: number; skip: number; noun?: string }> {
  const out: Array<{ at: number; len: number; skip: number; noun?: string }> = [];
  for (const t of tokens) if (t.surface === 'から' && t.pos === '助詞') out.push({ at: t.start - offset, len: 2, skip: 0 });
  for (const m of text.matchAll(LINK_WORDS)) {
    const len = m[0].length;
    const skip = m[0].startsWith('では') ? DAY_BEFORE_FIGURE.exec(text.slice(m.index! + len))?.[0].length ?? 0 : 0;
    out.push({ at: m.index!, len, skip, ...(m[1] ? { noun: m[1] } : {}) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * A term given as two figures, from one to the other, by a change (最小発注ロットを5,000枚から20,000枚に変更します,
 * メーカー保証期間が3年から1年になります, 夜間巡回を1日3回から2回に変更します): news when it moves against the
 * client — up for what they bear, down for what they receive (the measured noun before the first figure
 * decides). The change must be the clause's own predicate: 12名から5名に削減した実績 describes a claim.
 */
function figureChange(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  for (const link of figureLinks(text, tokens, offset)) {
    const { at, len } = link;
    // 1リール（2,000個）から5リール（10,000個）に: the figures may each carry a count in brackets; the outer unit compares.
    const leftText = text.slice(Math.max(0, at - 34), at).replace(BRACKET_AT_END, '');
    const rightAt = at + len + link.skip;
    const aside = BRACKET_AFTER_FIGURE.exec(text.slice(rightAt, rightAt + 24));
    const rightText = aside ? aside[1]! + text.slice(rightAt + aside[0].length, rightAt + 38) : text.slice(rightAt, rightAt + 24);
    const left = FIGURE_BEFORE.exec(leftText);
    const rightRead = rightText.replace(ONLY_BEFORE_PARTICLE, '$1');
    const right = FIGURE_AFTER.exec(rightRead);
    // 2名から1名体制と: the team (体制) after the second count counts the same people.
    if (!left || !right || left[2]!.replace(TEAM_SUFFIX, '') !== right[2]!.replace(TEAM_SUFFIX, '') || DATE_UNIT.test(left[2]!)) continue;
    // Round 37: 5月末ではなく7月末 / 12月中旬ではなく9月中旬 — a day or a part of a month is a date (laterInstead reads it).
    if (link.len !== 2 && /^(?:月|日|時)/.test(left[2]!)) continue;
    const [a, b] = [figureValue(left[1]!), figureValue(right[1]!)];
    if (a === b || (left[2] === '年' && (a >= 1900 || b >= 1900))) continue;
    const from = at - left[0].length - (text.slice(Math.max(0, at - 34), at).length - leftText.length);
    const after = rightAt + right[0].length + (rightText.length - rightRead.length) + (aside ? aside[0].length - aside[1]!.length : 0);
    let p = predicates.find((x) => x.start >= after - (right[3] === 'と' ? 1 : 0) && x.start - after <= 3);
    // Round 37: 3年間から1年間へと短くなります — an adjective of size becoming (短く / 少なく + なる) is the change.
    if (p && SIZE_ADJECTIVE.test(p.head)) p = predicates.find((x) => x.start >= p!.end && x.start - p!.end <= 1 && x.head === 'なる') ?? p;
    // …に変更します / …になります / …といたします (set to); round 37: …に制限させていただきます (capped).
    const head = p?.noun?.replace(/^[おご御]/, '') ?? p?.head ?? '';
    if (!p || p.ending === 'attributive' || p.past && p.ending !== 'final' || !(CHANGE_HEADS.test(head) || head === '制限' || (right[3] === 'と' && /^(?:する|いたす|致す|させる)$/.test(p.head)))) continue;
    // The measured noun: what stands before the first figure (保証期間が, 夜間巡回を1日, 最低発注数量を、現行の),
    // read back over a comma, since the noun may be set off before the figures; round 37: or the noun the link names
    // between them (年2回の定期点検は年1回となります).
    const clause = link.noun ?? (text.slice(Math.max(0, from - 24), from).split(/[。]/).pop() ?? '').replace(ORDER_START, '');
    let noun = clause;
    // Particles, 現行, and a rate's own figure (1日) after the noun, one at a time (a repeated group would
    // backtrack).
    for (let n = 0, m = TRAILING.exec(noun); m && n < 8; n++, m = TRAILING.exec(noun)) noun = noun.slice(0, m.index);
    // 次回ロットより、内容量が: the batch or the day the change applies from is not the measured noun.
    // 貴社担当の営業は、来月から2名体制から1名体制: when nothing stands between the date and the figures, the noun is before the date.
    noun = noun.split(/より|から|以降/).filter((x) => x.replace(/[、，\s]/g, '')).pop()?.replace(/^[、，\s]+/, '') ?? '';
    // グレーズ率 / 水分率 / 含有率: which way a rate of the goods favours the client is not in the figures (more glaze is
    // less fish; more content is more value); a change of it from a batch on is read by goodsBatchChange instead.
    // (割引率 / 手数料率 say it: a discount is the client's gain, a fee their cost.)
    if (!noun || (RATE_NOUN.test(noun) && !BURDEN.test(noun) && !isPriceNoun(noun) && !GAIN.test(noun))) continue;
    // Round 36: 保守部品のお届けは、従来の5営業日から15営業日: days or weeks for a delivery or an answer are a lead time.
    const span = /^(?:営業日|日|日間|週|週間|か月|ヶ月|カ月)$/.test(left[2]!) && SPAN_OF_SERVICE.test(noun);
    const burden = span || BURDEN.test(noun) || isPriceNoun(noun) || /円$/.test(left[2]!) ||
      tokensOf(tokens, offset, from - clause.length, from).some((x) => x.pos === '名詞' && isPriceNoun(x.surface));
    // The change favours the client (a lower minimum, a longer warranty): no news, whatever words it uses.
    if (burden ? b < a : b > a) return { start: from, end: p.end, kind: 'price', source: 'figure-favourable' };
    const kind: NewsKind = burden ? (LEAD_TIME.test(noun) || span ? 'delay' : 'price') : SUPPLY.test(noun) ? 'shortage' : 'discontinued';
    return { start: from, end: p.end, kind, source: 'figure-change' };
  }
  return undefined;
}

/** From a date or from now on: 来月より, 4月以降, 今後, 来年度から, 2027年3月をもって. */
const FROM_NOW_ON = /今後|以降|以後|より|から|をもって|をもちまして/;
const CHANGED = /^(?:変更|変わる|切り替える|切り替え|切替|移行)$/;
const ONLY = /(?:のみ|だけ|に限り|に限って)(?:で|の|と|に)?(?:ご|お)?$/;
const ACCEPTING = /^(?:受け付ける|受付|承る|対応|取り扱う|取扱い|取り扱い|扱う|ご利用|利用)$/;

/**
 * How the client orders, asks, pays or reaches us, changed by us from a date (今後、ご発注はすべてEDI経由に
 * 変更します, 来年度から、見積依頼は専用フォームでのみ受け付けます): a client's procedure (`procedureNouns`, with
 * or without お/ご) as the topic, then changed, or accepted only one way. The client's change confirmed back is
 * excluded upstream (ご依頼のとおり).
 */
function procedureChange(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  if (!FROM_NOW_ON.test(text)) return undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (t.pos !== '名詞' || !NEWS_DATA.procedureNouns.includes(t.surface) || !/^(?:は|も)$/.test(next.surface)) continue;
    // ご注文の変更は…: the procedure must head its phrase, not modify another noun.
    if (tokens[k - 1]?.surface === 'の' && tokens[k - 2]?.pos === '名詞' && !/^(?:お|ご|御)$/.test(tokens[k - 1]!.surface)) continue;
    const at = next.end - offset;
    for (const p of predicates) {
      if (p.start < at || p.ending === 'attributive' || p.request || p.desire) continue;
      const head = p.noun?.replace(/^[おご御]/, '') ?? p.head;
      const only = ONLY.test(text.slice(Math.max(0, p.start - 8), p.start).replace(/\s/g, ''));
      // 電子請求書に切り替えとなります: the change as a noun before となる.
      const changedTo = p.head === 'なる' && /(?:変更|切り替え|切替|移行)[とに]$/.test(text.slice(Math.max(0, p.start - 6), p.start));
      if (((CHANGED.test(head) || changedTo) && !p.negated) || (only && ACCEPTING.test(head))) {
        return { start: (isPrefix(tokens[k - 1]) ? tokens[k - 1]! : t).start - offset, end: p.end, kind: 'discontinued', source: 'procedure-change' };
      }
      break;
    }
  }
  return undefined;
}

/** A share written as a word or a fraction: 半分, 半数, 一部, 3割, 40%, 3分の1 (one part of three). */
const SHARE = /(?<![0-9０-９])(?:半分|半数|一部|[0-9０-９]{1,2}(?:[.．][0-9０-９])?(?:割|%|％|パーセント)|([0-9０-９])分の([0-9０-９]))/g;
/** The order the share is taken of, before it: ご注文の / ご発注数の / ご要望の数量に対し / ご注文のうち. */
const OF_ORDER = /(?:ご注文|ご発注|発注|注文|ご要望|ご依頼|ご希望)(?:数|量|数量|分|いただいた数量|の数量)?(?:の|のうち|に対し(?:て)?[、，]?|[^、。]{0,16}(?:のうち|に対し(?:て)?[、，]?))/;
/** Between the share and a copula or なる it ends on: 程度 / ほど / くらい, に / と. */
// ご注文数の3分の1にあたる400台となります / ご発注の7割にあたる1,400ケースのみです: the share may be spelled out
// as the quantity it comes to.
const SHARE_TO_END = /^(?:程度|ほど|くらい|ぐらい|前後)?(?:(?:にあたる|に当たる|相当の|の)(?:約|およそ)?[0-9０-９][0-9０-９,，]{0,8}[^\s、。0-9０-９]{1,4})?(?:の(?:出荷|納品|納入|お届け|ご提供|供給|ご用意|入荷|発送))?(?:のみ|だけ)?(?:に|と)?$/;

/**
 * A share of the order as what the client gets (ご用意できるのは半分ほどです, お納めできるのはご注文数の3分の1程度
 * です, ご注文の半分だけお送りします): a share of less than the whole, the order named before it, and the share as
 * the predicate's noun or only it handed over (のみ / だけ + a verb of sending). A split told with what is left
 * (残りは来月お届けします) is a delivery plan, and a share that grows (3割増) no cut.
 */
function shareOfOrder(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  if (/残り|残る|残数|残量|残余/.test(text)) return undefined;
  for (const m of matchAll(text, SHARE)) {
    if (m[1] && figureValue(m[2]!) >= figureValue(m[1])) continue;
    const at = m.index!;
    const end = at + m[0].length;
    if (/^(?:増|アップ|以上|引き|オフ|off|OFF)/.test(text.slice(end))) continue;
    // 送料はご注文金額の5%となります: a share of a sum is a rate, not goods withheld.
    if (/金額|代金|総額|額の|価格|料金/.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (!OF_ORDER.test(text.slice(Math.max(0, at - 30), at)) && !/のは$/.test(text.slice(0, at).replace(/ご注文数?の$/, ''))) continue;
    const p = predicates.find((x) => x.start >= end);
    if (!p || p.negated || p.request || p.desire || p.quoted) continue;
    // お送りします: the predicate starts at its する, after the noun.
    const from = p.noun && text.slice(0, p.start).endsWith(p.noun) ? p.start - p.noun.length : p.start;
    const between = text.slice(end, from);
    const head = p.noun?.replace(/^[おご御]/, '') ?? p.head;
    const ends = (p.kind === 'copula' || /^(?:なる|とどまる|留まる|限る)$/.test(p.head)) && SHARE_TO_END.test(between);
    const only = /^(?:程度|ほど)?(?:のみ|だけ)(?:を|の)?$/.test(between) && (HANDING_OVER.test(p.noun ?? p.text) || NEWS_DATA.supplyNouns.includes(head));
    if (ends || only) return { start: at, end: p.end, kind: 'shortage', source: 'share-of-order' };
  }
  return undefined;
}

/** What the client waits for, as a topic: 供給量も, 次回の入荷時期は, 出荷日が, 再開の見通しは. */
const AWAITED = /(?:供給|出荷|納品|納入|入荷|発送|お届け|生産|再開|復旧|納期|入庫|修理完了|完了)(?:量|数|数量|時期|日|日程|予定|の目途|の目処|の見通し|見込み)?(?:は|も|が)[、，]?(?:まだ|現時点で(?:は)?|現在(?:のところ)?|今のところ|いまだ|未だ)?$/;
/** Known / decided / in sight: 分かる, 決まる, 立つ (見通しが立っていません), 確定, 見える. */
const KNOWN = /^(?:分かる|わかる|判る|決まる|決定|確定|立つ|見える|つく|付く)$/;

/**
 * When or how much the client will get is not known (12月以降の供給量もまだ分かりません, 次回の入荷時期は決まって
 * いません, 再開の見通しは立っておりません): a supply or schedule noun as the topic, then a negated "known /
 * decided". Once it is decided (決まり次第ご連絡します) or in a question, it is no news.
 */
function notYetKnown(text: string, predicates: readonly JaPredicate[]): Cue | undefined {
  for (const p of predicates) {
    if (!p.negated || p.potential || p.request || p.ending === 'attributive') continue;
    const head = p.noun?.replace(/^[おご御]/, '') ?? p.head;
    if (!KNOWN.test(head) && !(p.noun === 'ところ' && KNOWN.test(p.head))) continue;
    // 確定しておりません: the predicate starts at its する, after the noun.
    let before = text.slice(0, p.start);
    if (p.noun && before.endsWith(p.noun)) before = before.slice(0, -p.noun.length);
    // Round 37: 現在のところ決まっていません — kuromoji makes ところ the predicate's noun: the topic is read with it.
    const m = AWAITED.exec(before.trimEnd()) ?? AWAITED.exec((before + (p.noun === 'ところ' ? p.noun : '')).trimEnd()) ?? AWAITED.exec(before.replace(/(?:目途|目処|見通し|見込み)が$/, 'の見通しは'));
    if (!m) continue;
    return { start: m.index, end: p.end, kind: 'delay', source: 'not-yet-known', negated: true };
  }
  return undefined;
}

/** A batch of the goods from which a change applies: 次回ロットから, 来月生産分より, 4月出荷分以降, 次の製造分から. */
const FROM_BATCH = /(?:ロット|(?:生産|製造|製作|出荷|納品|納入|入荷|ご注文|ご発注|受注)分|次回(?:の)?(?:生産|製造|製作|出荷|納品|納入)|次(?:回)?(?:の)?(?:生産|製造|製作)(?:品)?)(?:から|より|以降|以後)/;
/** Our change named as a noun before なる: 切り替えとなります / 変更になります / グレーのみとなります. */
const CHANGE_NOUN_BEFORE = /(?:変更|切り替え|切替|移行|のみ|だけ)(?:と|に)$/;

/**
 * What we deliver changes from a batch on, by our decision (次回ロットから、ばね材をSWP-AからSWP-Bに切り替えます;
 * 次の製造分から、使用する樹脂を海外品に切り替えることになりました; 本製品の塗装色は、次回生産からグレーのみとなります):
 * a batch of the goods the change applies from, then changed / switched / only one kind left. The client's own
 * choice (ご指定のラベルに, ご希望の仕様に) is no news; the client's request confirmed is excluded upstream.
 */
function goodsBatchChange(text: string, predicates: readonly JaPredicate[]): Cue | undefined {
  const m = FROM_BATCH.exec(text);
  if (!m || CLIENT_REQUEST.test(text) || /ご指定|ご指示/.test(text)) return undefined;
  const at = m.index + m[0].length;
  for (const p of predicates) {
    if (p.start < at || p.request || p.desire || p.negated || p.quoted) continue;
    // 切り替えることになりました: the change in a こと clause before the main predicate counts; another noun's
    // modifier (変更した部品の…) does not.
    if (p.ending === 'attributive' && !DECIDED.test(text.slice(p.end, p.end + 12))) continue;
    const head = p.noun?.replace(/^[おご御]/, '') ?? p.head;
    const named = p.head === 'なる' && CHANGE_NOUN_BEFORE.test(text.slice(Math.max(0, p.start - 6), p.start));
    if (CHANGED.test(head) || named) return { start: m.index, end: p.end, kind: 'discontinued', source: 'batch-change' };
  }
  return undefined;
}

/**
 * A service that stops covering something from a date (旧モデルは2027年4月以降サポート対象外となります, 保証の対象外と
 * なります from next year): 対象外 with a service word and a date from which it applies. Without a date
 * (オンサイト研修はサポート対象外です) it states a scope, which the refusal rules read.
 */
function outOfCoverage(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  const at = text.indexOf('対象外');
  if (at < 0 || !NEWS_DATA.coveredServices.some((w) => text.includes(w))) return undefined;
  if (!WHEN_IT_STOPS.test(text.slice(0, at)) || !/以降|以後|から|より|をもって|をもちまして|で/.test(text.slice(0, at))) return undefined;
  const p = predicates.find((x) => x.start >= at + 3 && x.start - (at + 3) <= 2 && !x.negated);
  if (!p) return undefined;
  return { start: at, end: p.end, kind: 'discontinued', source: 'out-of-coverage' };
}

/** The tokens lying within [from, to) (relative offsets). */
const tokensOf = (tokens: readonly Token[], offset: number, from: number, to: number) =>
  tokens.filter((t) => t.start - offset >= from && t.end - offset <= to);

const DURATION = /([0-9０-９]{1,3})(?:ヶ|か|カ|ケ)?(週間|日間|営業日|か月|ヶ月|カ月|日)から([0-9０-９]{1,3})(?:ヶ|か|カ|ケ)?(週間|日間|営業日|か月|ヶ月|カ月|日)(?:に|へ|と)/;

/**
 * A lead time that grows (標準リードタイムは4週間から7週間になります, 納期は現行の3週間から6週間となります):
 * two lengths in the same unit, the second longer, and becomes / is changed to. A shorter one is good news.
 */
function longerDuration(text: string, predicates: readonly JaPredicate[]): Cue | undefined {
  const m = DURATION.exec(text.replace(/\s/g, ''));
  if (!m || m[2] !== m[4] || figureValue(m[3]!) <= figureValue(m[1]!)) return undefined;
  // 無償保守期間を12か月から24か月に延長: a longer period of something the client receives is good news.
  if (!LEAD_TIME.test(text) && !NEWS_DATA.scheduleNouns.some((n) => text.includes(n))) return undefined;
  const at = text.indexOf(m[1]!);
  const p = predicates.find((x) => x.start >= at + 2 && /^(?:なる|変更|変わる|延長|延びる)$/.test(x.noun ?? x.head));
  if (!p) return undefined;
  return { start: Math.max(0, at), end: p.end, kind: 'delay', source: 'longer-lead-time' };
}

/** 単価+8%, 料金を10%アップ, 運賃が5%増: a price noun and a rise by a share. */
const PLUS_SHARE = /^[はがもを]?[、\s]{0,2}(?:[+＋][0-9０-９.]{1,4}[%％]|[0-9０-９.]{1,4}[%％](?:の)?(?:アップ|増|上昇|引き上げ))/;

function pricePlus(text: string, tokens: readonly Token[], offset: number): Cue | undefined {
  for (const t of tokens) {
    if (t.pos !== '名詞' || !(isPriceNoun(t.surface) || (t.pos1 === '接尾' && /^(?:料|費|代|賃)$/.test(t.surface)))) continue;
    const at = t.end - offset;
    const m = PLUS_SHARE.exec(text.slice(at, at + 16));
    if (m) return { start: t.start - offset, end: at + m[0].length, kind: 'price', source: 'price-plus' };
  }
  return undefined;
}

/** A price noun: one of the list, or any noun ending in a charge suffix (保管料, 出張費, 技術料, 部品代). */
export function isPriceNoun(word: string): boolean {
  // Asked of every noun token of every sentence, by several readers: answered once per word (per Engine).
  const store = activeStore();
  const PRICE_NOUNS = store.memo<string, boolean>(PRICE_NOUNS_ID);
  let known = PRICE_NOUNS.get(word);
  if (known === undefined) {
    store.memoized++;
    known = NEWS_DATA.priceNouns.some((n) => word.endsWith(n)) || (word.length >= 2 && /(?:料|費|代|賃)$/.test(word) && !/^(?:資料|材料|原料|燃料|無料|送料無料|給料|会費)$/.test(word));
    if (PRICE_NOUNS.size >= 4096) PRICE_NOUNS.clear();
    PRICE_NOUNS.set(word, known);
  }
  return known;
}

const PRICE_NOUNS_ID = 'ja-news/price-nouns';

const MONTH_DAY = /([0-9０-９]{1,2})月([0-9０-９]{1,2})日/g;
/**
 * 9月18日納品予定の基板は、10月9日になる / 10月15日着予定の貨物は、10月29日着に変更となります: a planned day,
 * then a later day as what it becomes. The client's day confirmed (ご依頼のとおり) is excluded upstream.
 */
function laterThanPlanned(text: string, predicates: readonly JaPredicate[]): Cue | undefined {
  const days = matchAll(text, MONTH_DAY);
  if (days.length < 2) return undefined;
  if (plannedShift(text) !== 'later') return undefined;
  const end = days[1]!.index! + days[1]![0].length;
  const p = predicates.find((x) => x.start >= end && x.start - end <= 8 && /^(?:なる|変更|変わる)$/.test(x.noun ?? x.head));
  if (!p) return undefined;
  return { start: days[0]!.index!, end: p.end, kind: 'delay', source: 'later-than-planned' };
}

/** A month with an optional year before it and a day or a part of the month after it (2027年1月29日, 翌年1月, 9月末). */
const WHEN = '(?:([0-9０-９]{4})年|(翌年|来年|年明け))?([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日|(上旬|初旬|初め|頭|中旬|下旬|末))?(?:[（(][^）)]{1,3}[）)])?';
/** The day a schedule moved from, right before から (当初予定の9月末, 12月7日, 予定の12月). */
// (Round 46: a month of loading, 8月積みから10月積みに — the lot's suffix may follow either month.)
const MOVED_FROM = new RegExp(`${WHEN}${LOT_SUFFIX}?(?:の予定|予定)?$`);
/** The day or quarter it moved to, right after から, with に / へ / と (1月18日に, 翌年1月に, 第3四半期へと, 10月末以降と). */
const MOVED_TO = new RegExp(`^\\s?(?:${WHEN}|第([1-4１-４])四半期)${LOT_SUFFIX}?(?:以降|頃|ごろ)?(?:に|へと|へ|と)`);
/** What a schedule does when it moves: becomes, is changed, shifts, slips, is postponed. */
const MOVE_HEADS = /^(?:なる|変更|変わる|移る|スライド|ずれる|ずれ込む|延びる|延ばす|遅れる|遅らせる|延期|繰り下げる|繰り下げ|後ろ倒し|移動)$/;
/** A noun phrase marked as topic, subject or object before the days that moved (建方は, 完成予定を, 試作品の完成が). */
const MOVED_THING = /[\p{Script=Han}ァ-ヶー]{2}(?:予定|日程|時期)?(?:は|を|が|も)[、，]?\s?(?:当初の|当初予定の|予定の|現行の)?$/u;
/** What the client gains from a later day, or a meeting: 締切, 期限, お支払い, 受付, 申込, 有効, 打ち合わせ, 会議. */
const NOT_OUR_WORK = /締切|締め切り|期限|期日|支払|受付|申込|申し込み|有効|保証|打ち合わせ|打合せ|会議|定例|面談|訪問|説明会|セミナー|キャンペーン|期間|休業|休み/;
const PART_DAY: Record<string, number> = { 上旬: 5, 初旬: 5, 初め: 1, 頭: 1, 中旬: 15, 下旬: 25, 末: 30 };

/** A point in months (and a day, 0 when only the month is named) from a WHEN match at `at`. */
function whenOf(m: RegExpExecArray, at: number): { year?: number; next: boolean; month: number; day: number } {
  const year = m[at] ? figureValue(m[at]!) : undefined;
  const day = m[at + 3] ? figureValue(m[at + 3]!) : m[at + 4] ? PART_DAY[m[at + 4]!]! : 0;
  return { year, next: !!m[at + 1], month: figureValue(m[at + 2]!), day };
}

/**
 * A schedule moved from one day to a later one (竣工日は、11月30日から2027年1月29日に変更になります, 本稼働は、
 * 予定の12月から翌年1月にスライドします, 公開時期は4月から第3四半期へと移ります): the two days joined by から and
 * に / へ / と, a move as the predicate right after, a schedule noun before them. A day brought forward
 * (4月24日から4月17日に早まります) or a month named alone on both sides and equal is no slip.
 */
function dateMovedLater(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  for (const pair of datePairs(text, tokens, offset)) {
    if (pair.order !== 'later') continue;
    // What moved: a schedule noun (出荷, 納期, 竣工…), or any work of ours named as the topic or object before the
    // days (鉄骨の建方は, 据付を, 試作品の完成が); not a limit the client gains from moving (締切, 期限, お支払い)
    // nor a meeting (打ち合わせ, 定例会), whose new day is no news about what we deliver.
    const before = text.slice(0, pair.from);
    if (!NEWS_DATA.scheduleNouns.some((n) => { const i = text.indexOf(n); return i >= 0 && i < pair.from; }) &&
      !(MOVED_THING.test(before) && !NOT_OUR_WORK.test(before))) continue;
    // スライドします / 変更になります: a サ変 noun before its する, or a noun and に before なる, may stand between.
    const p = predicates.find((x) => x.start >= pair.end - 1 && x.start - pair.end <= 3 + (x.noun?.length ?? 0) && MOVE_HEADS.test(x.noun?.replace(/^[おご御]/, '') ?? x.head));
    if (!p) continue;
    return { start: pair.from, end: p.end, kind: 'delay', source: 'date-moved-later' };
  }
  return undefined;
}

/** Each 〜から〜に of two days in the text: where it starts and ends, and whether the second is later or earlier. */
function datePairs(text: string, tokens: readonly Token[], offset: number): Array<{ from: number; end: number; order: 'later' | 'earlier' | 'unknown' }> {
  const out: Array<{ from: number; end: number; order: 'later' | 'earlier' | 'unknown' }> = [];
  for (const t of tokens) {
    if (t.surface !== 'から' || t.pos !== '助詞') continue;
    const at = t.start - offset;
    const left = MOVED_FROM.exec(text.slice(Math.max(0, at - 24), at));
    const right = MOVED_TO.exec(text.slice(at + 2, at + 30));
    if (!left || !right) continue;
    const a = whenOf(left, 1);
    const b = right[6] ? { year: undefined, next: false, month: figureValue(right[6]) * 3, day: 0 } : whenOf(right, 1);
    const key = (w: typeof a) => (w.year ?? 0) * 400 + w.month * 32 + w.day;
    let order: 'later' | 'earlier' | 'unknown';
    if (a.year !== undefined && b.year !== undefined) order = key(b) > key(a) ? 'later' : key(b) < key(a) ? 'earlier' : 'unknown';
    else if (b.next || (b.year !== undefined && a.year === undefined && b.month < a.month)) order = 'later';
    else if (b.month === a.month) order = !a.day || !b.day || a.day === b.day ? 'unknown' : b.day > a.day ? 'later' : 'earlier';
    else order = isLater(a.month, a.day || 1, b.month, b.day || 1) ? 'later' : 'earlier';
    out.push({ from: at - left[0].length, end: at + 2 + right[0].length, order });
  }
  return out;
}

/** A charge named by its suffix (保管|料, 出張|費, 部品|代) or a listed price noun, as a token. */
function hasPriceNoun(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.pos === '名詞' && (NEWS_DATA.priceNouns.includes(t.surface) || katakanaPriceCompound(t.surface) ||
    (t.pos1 === '接尾' && /^(?:料|費|代|賃)$/.test(t.surface) && tokens[k - 1]?.pos === '名詞' && tokens[k - 1]!.pos1 !== '数')));
}

/**
 * Round 48 (dev set y8ya-031): a katakana compound that kuromoji keeps as one word and that ends with a price noun in katakana
 * (アロイサーチャージ, エネルギーサーチャージ): the charge itself, as 燃料サーチャージ (two words) is.
 */
function katakanaPriceCompound(word: string): boolean {
  return word.length > 4 && KATAKANA_PHRASE.test(word) && NEWS_DATA.priceNouns.some((n) => n.length >= 4 && word.endsWith(n) && KATAKANA_PHRASE.test(n));
}

/** A date or order from which a charge applies, opening a clause: 来月から, 4月1日受注分より, 次回ご注文より. */
const CHARGE_FROM = /(?:^|[、，])(?:[^、。]{0,14}(?:[月日期]|年度|分|次回|以降)(?:から|より|以降)|今後|次回から)/;

/** An amount between a charge and its verb: 月額5,000円 / 一律800円 / 1回あたり300円. */
const AMOUNT_BETWEEN = /^(?:月額|年額|一律|別途|毎月|[0-9０-９]{1,2}(?:回|件|箱|個|台|ケース|通|部|枚|本|点|名|便)(?:あたり|につき)?)?[、，]?[0-9０-９][0-9０-９,，.]{0,9}(?:万|千)?円(?:ずつ|を|が)?$/;
/** An amount qualifying the charge that follows it: 1件あたり2,200円の特別料金 / 一律500円の追加. */
const AMOUNT_BEFORE_CHARGE = /[0-9０-９](?:万|千)?円の[^\s、。0-9０-９]{0,6}$/;

/**
 * A cost newly put on the client (移行には別途ライセンス費用がかかります, 追加で作業費が発生します, 新たに
 * 登録料が必要となります): a charge noun marked as extra, as the subject of costs / arises / is needed.
 */
function extraCost(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const particle = tokens[k + 1]!.surface;
    if (t.pos !== '名詞' || !/^(?:が|も|を|として)$/.test(particle)) continue;
    if (!isPriceNoun(t.surface) && !(t.pos1 === '接尾' && /^(?:料|費|代|賃)$/.test(t.surface))) continue;
    const at = t.start - offset;
    // 別途 / 追加で / 新たに just before it, or a date from which it applies (来月から特急手配には…料金がかかります).
    if (!/(?:別途|追加|新たに|別に)/.test(text.slice(Math.max(0, at - 14), at)) && !CHARGE_FROM.test(text.slice(0, at))) continue;
    const from = tokens[k + 1]!.end - offset;
    // サポート料が月額5,000円発生します / 配送料を一律800円いただきます: the amount may stand between.
    // The predicate's own noun (発生 of 発生します) may stand before its start.
    const nounAt = (x: JaPredicate) => (x.noun && text.slice(x.start - x.noun.length, x.start) === x.noun ? x.start - x.noun.length : x.start);
    const amountBefore = (x: JaPredicate) => AMOUNT_BETWEEN.test(text.slice(from, x.start)) || AMOUNT_BETWEEN.test(text.slice(from, nounAt(x)));
    const near = (x: JaPredicate) => x.start >= from && (x.start - from <= 4 || amountBefore(x));
    const p = predicates.find(near);
    if (!p || p.negated || p.past || p.request) continue;
    const head = p.noun ?? p.head;
    // The charge as subject costs or arises; as object (を) it is taken from the client, for an amount named.
    const costs = /^(?:が|も)$/.test(particle) && /^(?:かかる|掛かる|発生|必要|生じる)$/.test(head);
    // 手数料として1通あたり1,500円を頂戴します: the charge named by として, its amount taken. 1件あたり2,200円の
    // 特別料金を加算します: the amount may qualify the charge instead (…円の…料金を).
    const amountOf = particle === 'を' && AMOUNT_BEFORE_CHARGE.test(text.slice(Math.max(0, at - 24), at));
    const taken = (particle === 'を' || particle === 'として') && (amountBefore(p) || amountOf) &&
      /^(?:いただく|頂く|頂戴|請求|申し受ける|加算|上乗せ)$/.test((p.head === 'する' || p.head === 'いたす' || p.head === '致す' ? p.noun ?? '' : p.head).replace(/^[ごお]/, ''));
    if (costs || taken) return { start: at, end: p.end, kind: 'price', source: 'extra-cost' };
  }
  return undefined;
}

/** A planned day (…日納品予定の / …日着予定の) and the next day named: later, earlier, or no such pair. */
function plannedShift(text: string): 'later' | 'earlier' | undefined {
  const days = matchAll(text, MONTH_DAY);
  if (days.length < 2) return undefined;
  const [a, b] = [days[0]!, days[1]!];
  const afterA = text.slice(a.index! + a[0].length, a.index! + a[0].length + 8);
  if (!/^[^、。]{0,5}予定/.test(afterA) && !givenBefore(text, a.index!, a.index! + a[0].length, b.index!)) return undefined;
  const [ma, da, mb, db] = [a[1], a[2], b[1], b[2]].map((x) => figureValue(x!)) as [number, number, number, number];
  if (ma === mb && da === db) return undefined;
  return (mb > ma ? mb - ma < 9 : mb === ma ? db > da : ma - mb > 6) ? 'later' : 'earlier';
}

/**
 * Round 31 (clean31): the first day the schedule's own day as given before, in the topic the second day is told of —
 * 11月6日出荷の第2ロット3,000枚は、出荷が11月20日になります (the same act, 出荷, dated twice), 当初11月6日にお約束していた
 * 出荷日は、11月20日になります (当初, a promise): the first day stands before the sentence's first は, the second after it.
 * An order's day and its shipping day (11月6日にご注文いただいた…は、11月20日の出荷) are two acts, not one moved.
 */
function givenBefore(text: string, from: number, to: number, second: number): boolean {
  const topic = text.indexOf('は', to);
  if (topic < 0 || topic > second || text.slice(0, from).includes('は')) return false;
  const act = /^[^、。]{0,4}?(出荷|納品|納入|発送|お届け)/.exec(text.slice(to, to + 8));
  const again = act !== null && text.slice(to + act[0].length, second + 8).includes(act[1]!);
  return again || /当初\s?$/.test(text.slice(Math.max(0, from - 3), from)) || /^[^、。]{0,6}約束/.test(text.slice(to, to + 10));
}

/**
 * A day followed by 予定 said as past or as the original plan (11月20日にお届けする予定でした, 当初12月10日の予定; round 31:
 * 11月6日出荷の予定でご案内しておりました, the plan told as announced).
 */
const PLANNED_DAY = /([0-9０-９]{1,2})月([0-9０-９]{1,2})日[^。]{0,12}予定[^。]{0,10}?(?:でした|だった|おりました|いました)/;
const STATED_DAY = /([0-9０-９]{1,2})月([0-9０-９]{1,2})日/;

/**
 * A delay told over two sentences: the planned day in the one before (11月20日にお届けする予定でした。) and the
 * schedule with a later day in this one (お届けは12月4日となります。). Read by the bad-news rule over neighbours,
 * since a sentence's own facts cannot see the day it replaces. An earlier day is no slip.
 */
/**
 * Whether `previous` states a planned day, the first thing slipAfterPlanned asks of it (a cheap test of a text): a caller
 * asks this before reading a sentence's tokens, which copies a moved sentence's tokens to its place (round 33).
 */
export function namesPlannedDay(previous: string): boolean {
  return PLANNED_DAY.test(previous);
}

export function slipAfterPlanned(previous: string, text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): JaNews | undefined {
  const planned = PLANNED_DAY.exec(previous);
  if (!planned || /[?？]/.test(text)) return undefined;
  const day = STATED_DAY.exec(text);
  if (!day) return undefined;
  const noun = NEWS_DATA.scheduleNouns.map((n) => text.indexOf(n)).filter((i) => i >= 0 && tokens.some((t) => t.start - offset === i));
  if (!noun.length) return undefined;
  const end = day.index + day[0].length;
  const p = predicates.find((x) => x.start >= end && x.start - end <= 8 && !x.negated && !x.request && /^(?:なる|変更|変わる)$/.test(x.noun?.replace(/^[おご御]/, '') ?? x.head));
  if (!p) return undefined;
  const [m1, d1, m2, d2] = [planned[1], planned[2], day[1], day[2]].map((x) => figureValue(x!)) as [number, number, number, number];
  if (!isLater(m1, d1, m2, d2)) return undefined;
  return { start: Math.min(...noun), end: p.end, kind: 'delay', source: 'slip-after-planned' };
}

/** A line of a list or a notice as label and value (・延長サポート：提供予定なし, 納期：未定, 残数700本：出荷時期未定). */
const LABEL_LINE = /^[\s・\-－*＊●○◦▪■□◆◇]{0,3}([^：:]{1,40}?)\s{0,4}[：:]\s{0,4}(\S[^：:]{0,60})$/;
/** A value that is an end or a want whatever the label names: 廃止, 販売終了, 欠品, 在庫切れ, 対応不可. */
const ENDED_VALUE = /^(?:在庫(?:ゼロ|[0０](?![0-9０-９.,，]))|廃止|撤廃|販売終了|生産終了|提供終了|受付終了|サポート終了|取扱(?:い)?終了|欠品|在庫切れ|品切れ|入荷待ち|対応不可|提供不可|不可|対象外|休止|中止|延期|順延|見送り|打ち切り|縮小)/;
/** A value of failure: 不合格, 不適合, NG, 基準未達, 規格外 (a denied pass, ja-news-results.ts reads it in sentences). */
const FAILED_VALUE = /^(?:不合格|不適合|NG|ＮＧ|(?:基準|目標|規格)?未達(?:成)?|規格外|基準外|否)(?![\p{Script=Han}ァ-ヶー])/u;
/** A label naming a test, an inspection or an evaluation (引張強度試験, 出荷前検査, 性能テスト, 判定). */
const TEST_LABEL = /試験|検査|テスト|評価|測定|検証|審査|監査|判定|結果|検品/;
/** A label whose head is stock (在庫, 在庫数, ストック). */
const STOCK_LABEL = /(?:在庫|在庫数|ストック)$/;
/** None, as a value: 0, ０, ゼロ, 0個 — and a copula at most after it. */
const ZERO_VALUE = /^(?:ゼロ|[0０](?![0-9０-９.,，]))\s?[^\s0-9０-９。]{0,3}?(?:です|となります|になります|でございます)?[。．]?$/;
/** A value that says nothing is planned or known: 未定, なし, 予定なし, 見込みなし, 目処立たず. */
const NONE_VALUE = /(?:未定|予定なし|予定無し|なし|無し|見込みなし|目処(?:が)?立たず|目途(?:が)?立たず|未確定|不明)(?:[（(][^）)]{0,20}[）)])?[。．]?$/;
/** What the client is supplied or served: a supply or schedule noun, a service covered, stock, a successor. */
const SERVED = new RegExp(`${[...NEWS_DATA.supplyNouns, ...NEWS_DATA.scheduleNouns, ...NEWS_DATA.coveredServices, 'サービス', '在庫', '後継', '代替', '再開', '再販', '次回', '販売', '製造', '取扱', '取り扱い', '受付'].join('|')}`);
/** A label naming an end (標準サポート終了, 販売終了日, 提供終了予定) with a date as its value. */
const ENDED_LABEL = /(?:終了|廃止|停止|打ち切り|撤退)(?:日|予定日?|時期)?$/;
const DATE_VALUE = /^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}(?:月|[/／])/;
/** A shortfall or lateness stated as the value: 120個不足, 2週間遅延, 欠品中. */
const SHORT_VALUE = /(?<![0-9０-９,，])[0-9０-９][0-9０-９,，]{0,12}\s?\S{0,3}(?:不足|欠品|遅延|遅れ)/;

/** A figure risen, said with a noun of rise after it (CAD 2.80アップ, 2,000円増, 8%の値上げ, +500円), at the value's end. */
const RISE_VALUE = /(?:[0-9０-９](?:[^\s、。：:0-9０-９]{0,4})?\s?の?(?:アップ|値上げ|値上がり|増額|増|上昇|引き上げ|引上げ)|^[+＋]\s?[^\s]{0,4}[0-9０-９][^\s]{0,8})(?:となります|になります|です|予定)?[。．]?$/;
/** Money in a value: a currency word or sign, or 円 (a share, 20%増, is money only under a price label). */
const MONEY = /円|ドル|ユーロ|元|USD|CAD|EUR|AUD|NZD|GBP|JPY|RMB|[$＄€¥￥£]/;
/** A rate per unit (kgあたり, 1件につき, 1ケース毎, /kg): a price the client pays per what they buy, not a total (売上). */
const PER_UNIT = /あたり|当たり|につき|毎|[/／](?:kg|ｋｇ|個|本|台|箱|ケース|件|月|年|袋|枚|缶|lb|L)/;
/** A label naming a sum added to the price (追加費用, 追加料金, 割増料金, 加算額, サーチャージ), not an option's price (オプション). */
const ADDED_LABEL = /^(?:追加(?:費用|料金|代金|請求)|割増(?:料金|額)?|加算(?:額|料金)?|[^\s：:]{0,8}サーチャージ)$/;
/** A label or line about what the client gains, where a rise is good: 割引, 値引き, 還元, ポイント, リベート, 補助. */
const GAIN = /割引|値引|還元|ポイント|リベート|補助|手当|報奨|キャッシュバック|増量|増産|増便/;
/** A label that opens with what is left of an order: 残り24ケース, 未出荷分, 残数. */
const REMAINDER_LABEL = new RegExp(`^(?:${REMAINDER_NOUNS})`);
/** A later occasion as a value: 次の便, 次便, 次回, 来月, 翌週, 後日, 別便, a date, 未定. */
const LATER_VALUE = /^(?:次|来|翌|再来|後日|追って|別便|後便|年明け|[0-9０-９]{1,2}(?:月|[/／])|未定)/;

/**
 * A notice as label-and-value lines, with no predicate (延長サポート：提供予定なし, 納期：未定, ・ウェルカムドリンク：廃止,
 * 標準サポート終了：2027年3月31日, 残数700本：出荷時期未定, 不足数：120個不足): the value states an end, a lack or an
 * unknown of what the client is served. なし of a charge or a change (追加費用：なし, 変更点：なし) is no news: the
 * label must name what the client is supplied.
 */
function labelValue(text: string): Cue | undefined {
  const line = text.trim();
  if (line.length > 90 || /[。．]./.test(line)) return undefined;
  const m = LABEL_LINE.exec(line);
  if (!m) return undefined;
  const [label, value] = [m[1]!, m[2]!.trim()];
  const at = text.indexOf(m[1]!);
  const end = text.indexOf(value, at) + value.length;
  // Round 34: ・追加費用：1個あたり12円 / ・割増料金：1便5,000円: a sum added to what the client pays, named as an addition.
  if (ADDED_LABEL.test(label) && !label.includes('オプション') && MONEY.test(value) && /[0-9０-９]/.test(value) && !GAIN.test(line)) return { start: at, end, kind: 'price', source: 'label-value' };
  if (isPriceNoun(label) || /変更|問題|不具合|異常|費用|追加|備考|注意|遅延|不良|欠品/.test(label) && !ENDED_VALUE.test(value)) {
    if (!SHORT_VALUE.test(value)) return undefined;
  }
  // ・冷凍ボイルロブスター（450g）：kgあたりCAD 2.80アップ / 通関手数料：1件あたり2,000円増: a sum of money risen.
  if (RISE_VALUE.test(value) && ((MONEY.test(value) && PER_UNIT.test(value)) || isPriceNoun(label) || hasPriceWord(label)) && !GAIN.test(line)) return { start: at, end, kind: 'price', source: 'label-value' };
  // ・残り24ケース：次の便（12/22出港）: what is left of the order, put on a later occasion.
  if (REMAINDER_LABEL.test(label) && LATER_VALUE.test(value)) return { start: at, end, kind: 'shortage', source: 'label-value' };
  // お支払い期限：延期: a deadline of the client's put off is time given, not news.
  if (/延期|順延|見送/.test(value) && /締切|締め切り|期限|期日|支払/.test(label)) return undefined;
  // ・引張強度試験：不合格 / 出荷前検査：NG（3台）: a test or an inspection whose result is a failure.
  // Round 25: 初回検査：不合格 → 再検査で合格 — a value that goes on along an arrow is judged by where it lands.
  const landed = value.split(/→|⇒|->/).pop()!.trim();
  if (FAILED_VALUE.test(landed) && (TEST_LABEL.test(label) || !/^(?:NG|ＮＧ|規格外|基準外)/.test(landed))) return { start: at, end, kind: 'quality', source: 'label-value' };
  // 30mlエアレス容器の在庫：0です / 在庫数：ゼロ: what the client orders counted as none in stock.
  if (STOCK_LABEL.test(label) && ZERO_VALUE.test(value)) return { start: at, end, kind: 'shortage', source: 'label-value' };
  if (ENDED_VALUE.test(value) || SHORT_VALUE.test(value)) return { start: at, end, kind: /欠品|在庫|品切|入荷|不足/.test(value) ? 'shortage' : /延期|順延|見送/.test(value) ? 'delay' : 'discontinued', source: 'label-value' };
  if (NONE_VALUE.test(value) && SERVED.test(label + value)) return { start: at, end, kind: /未定|不明|見込み|目処|目途/.test(value) ? 'delay' : 'discontinued', source: 'label-value' };
  if (ENDED_LABEL.test(label) && SERVED.test(label) && DATE_VALUE.test(value)) return { start: at, end, kind: 'discontinued', source: 'label-value' };
  return undefined;
}

/** A measure or a standard before an arrow, the verdict after it: AQL 1.0 → 不合格（はんだブリッジ 14件）, 耐圧 → NG. */
const ARROW_VERDICT = /^([^→\n]{1,30}?)\s{0,3}(?:→|⇒|->)\s{0,3}(\S[^→\n]{0,50})$/;
/**
 * Round 25: a result line whose arrow leads from what was checked to a verdict of failure — the arrow does the colon's work
 * in labelValue (・引張強度試験：不合格): the failure is the line's news. A failure word heading a compound after the
 * arrow (不合格品の扱い) names a kind, not a verdict, and FAILED_VALUE leaves it.
 */
function verdictOnArrow(text: string): Cue | undefined {
  const line = text.trim();
  const m = line.length <= 90 ? ARROW_VERDICT.exec(line) : null;
  if (!m || !FAILED_VALUE.test(m[2]!)) return undefined;
  const at = text.indexOf(m[1]!);
  return { start: at, end: at + line.length, kind: 'quality', source: 'label-value' };
}

/** A count of a service per period on each side of an arrow (1日6便 → 1日2便, 週3回 → 週1回, 4名 → 2名). */
const COUNT_BEFORE_ARROW = /([0-9０-９]{1,4})\s?(便|回|名|人|台|件|か所|ヶ所|箇所|日|時間|種類?|品目|色)[^0-9０-９→]{0,3}$/;
const COUNT_AFTER_ARROW = /^\s{0,2}(?:(?:[0-9０-９１]{1,2}|毎)?[日週月年](?:あたり|に)?)?([0-9０-９]{1,4})\s?(便|回|名|人|台|件|か所|ヶ所|箇所|日|時間|種類?|品目|色)/;
/** Free on the left of an arrow and a charge on the right (無料 → 1名様あたり350バーツ, 0円 → 500円). */
const FREE_BEFORE_ARROW = /(?:無料|無償|(?<![0-9０-９,，.])[0０]円|込み)\s{0,2}$/;
const CHARGE_AFTER_ARROW = /^\s{0,2}(?:有料|有償|[^\s→]{0,10}[0-9０-９][0-9０-９,，.]*\s?(?:円|バーツ|ドル|元|ウォン|ユーロ|ペソ|ルピー|リンギット|ドン|ルピア)|[¥￥$＄€][0-9０-９])/;

/**
 * The other direction of a term on an arrow line: what the client receives shrinks (送迎シャトル：1日6便 → 1日2便,
 * 訪問点検：年4回 → 年2回) or what was free is now charged (コーヒーブレイク：無料 → 1名様あたり350バーツ). A term the
 * client bears (a price, a minimum, a lead time) is arrowRise's: down is good news there.
 */
function arrowAgainst(text: string): Cue | undefined {
  for (let i = text.indexOf('→'); i >= 0; i = text.indexOf('→', i + 1)) {
    const before = text.slice(Math.max(0, i - 20), i);
    const after = text.slice(i + 1, i + 30);
    const free = FREE_BEFORE_ARROW.exec(before);
    const charged = CHARGE_AFTER_ARROW.exec(after);
    if (free && charged) return { start: i - free[0].length, end: i + 1 + charged[0].length, kind: 'price', source: 'arrow-charged' };
    if (TERM_LINE.test(text) || hasPriceWord(text)) continue;
    const left = COUNT_BEFORE_ARROW.exec(before);
    const right = COUNT_AFTER_ARROW.exec(after);
    if (!left || !right || left[2] !== right[2]) continue;
    // Round 48 (dev set y8ya-008): 4月24日 → 4月17日 is a day of a month moved earlier, no count of days.
    if (left[2] === '日' && (/[月/／]\s?$/.test(before.slice(0, before.length - left[0].length)) || /月\s?[0-9０-９]{1,4}\s?日$/.test(right[0]))) continue;
    if (figureValue(right[1]!) < figureValue(left[1]!)) return { start: i - left[0].length, end: i + 1 + right[0].length, kind: 'shortage', source: 'arrow-less' };
  }
  return goodsFewer(text);
}

/** A count of goods on each side of an arrow (120本 → 36本, 30ケース→12ケース): the same counter on both. */
// Round 48 (h7hf-056): tonnes and rolls too (4,000トン → 2,500トン).
const GOODS_COUNT = '([0-9０-９][0-9０-９,，.]{0,8})\\s?(本|個|ケース|箱|セット|枚|缶|袋|台|kg|ｋｇ|トン|t|MT|cs|CS|ロール|パレット|pcs|PCS)';
const GOODS_BEFORE_ARROW = new RegExp(`${GOODS_COUNT}\\s{0,3}$`);
const GOODS_AFTER_ARROW = new RegExp(`^\\s{0,3}${GOODS_COUNT}(?![A-Za-z])`);
/** The line names the count as what is supplied or ordered (出荷数, 割当, 納品, ご注文), not any count (不良数 in a report). */
const SUPPLIED_COUNT = /出荷|納品|納入|供給|割当|割り当て|確保|お届け|注文|発注|手配/;
/** Counts whose fall is good or neutral news: stock, defects, returns, waste, complaints, the client's own order changed. */
const FEWER_IS_FINE = /在庫|不良|返品|廃棄|ロス|クレーム|破損|欠陥|ご依頼|ご希望|ご要望|ご指示/;

/**
 * Goods supplied on a line that fall on an arrow (・出荷数（Shiraz 750ml）：120本 → 36本): the quantity the client gets is cut. A status line
 * of an order, one line of the list (not a sentence); stock, defects or the client's own change falling is no news.
 */
function goodsFewer(text: string, lead = ''): Cue | undefined {
  if (text.length > 80 || /[。．]./.test(text) || FEWER_IS_FINE.test(text + lead) || !(SUPPLIED_COUNT.test(text) || SUPPLIED_LEAD.test(lead) || CHANGE_ON_ARROW.test(text))) return undefined;
  const i = text.indexOf('→');
  if (i < 0) return undefined;
  const left = GOODS_BEFORE_ARROW.exec(text.slice(Math.max(0, i - 16), i));
  const right = GOODS_AFTER_ARROW.exec(text.slice(i + 1, i + 20));
  if (!left || !right || left[2] !== right[2] || figureValue(right[1]!) >= figureValue(left[1]!)) return undefined;
  return { start: i - left[0].length, end: i + 1 + right[0].length, kind: 'shortage', source: 'arrow-less' };
}

/** Round 48 (dev set y8ya-044): the arrow's right side announced as what it becomes (3,000cs → 1,800csになります). */
const CHANGE_ON_ARROW = /→[^。→]{0,20}(?:に|と)な(?:り|る)/;
/** The quantity a lead line names as what we supply or what was agreed: 年間契約数量, 供給数量, 出荷数. */
const QUANTITY_LEAD = /数量|[出納供]\S{0,2}数|割当/;
const SUPPLIED_LEAD = /出荷|納品|納入|供給|割当|割り当て|確保|お届け|注文|発注|手配|契約/;

/**
 * Round 48 (h7hf-056): an item of a list whose lead names the quantity (2027年度の年間契約数量につきまして、以下のとおり
 * ご通知いたします。・NBSKP：4,000トン → 2,500トン): the item's goods fall on the arrow as goodsFewer reads them, the
 * lead saying what the count is. Not a lead of the client's own wish or of stock (ご希望数量, 在庫数).
 */
export function goodsFewerUnderLead(lead: string, item: string): JaNews | undefined {
  if (!QUANTITY_LEAD.test(lead) || !SUPPLIED_LEAD.test(lead)) return undefined;
  const cue = goodsFewer(item, lead);
  return cue ? { start: cue.start, end: cue.end, kind: 'shortage', source: 'arrow-less' } : undefined;
}

/** A noun of rise right after an amount: 500円増, CAD 2.80アップ, 2,000円の値上げ. */
const RISE_NOUN = /^(?:アップ|増|増額|値上げ|値上がり|上昇|引き上げ|引上げ)$/;
/** A currency named or signed before a figure: CAD 2.80, USD 1.20, ¥500. */
const CURRENCY_BEFORE = /^(?:USD|CAD|EUR|AUD|NZD|GBP|JPY|RMB|US\$|[$＄€¥￥£])$/;

/**
 * A sum of money raised, said by a サ変 noun of rise right after the amount (保管料は来月から1パレット500円増となります,
 * ・保管料 月300円アップ, kgあたりCAD 2.80アップ): what the client pays goes up by that much. Read only where the sentence
 * names a charge (保管料, 単価, 運賃) or a rate per unit (kgあたり), not a total of ours (売上 1,200万円増), nor a gain.
 */
function amountRise(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  if (GAIN.test(text)) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const verb = riseVerbAt(tokens, k, offset, predicates);
    if (!verb && (t.pos !== '名詞' || !RISE_NOUN.test(t.surface))) continue;
    let j = k - 1;
    if (tokens[j]?.surface === 'の') j--;
    const unit = tokens[j];
    if (!unit) continue;
    const yen = /^(?:円|ドル|ユーロ|元)$/.test(unit.surface) && tokens[j - 1]?.pos1 === '数';
    let first = j;
    while (first > 0 && (tokens[first - 1]!.pos1 === '数' || /^[.,，．]$/.test(tokens[first - 1]!.surface))) first--;
    const signed = unit.pos1 === '数' && CURRENCY_BEFORE.test(tokens[first - 1]?.surface ?? '');
    if (!yen && !signed) continue;
    const before = text.slice(0, tokens[first]!.start - offset);
    if (!hasPriceNoun(tokens.slice(0, first)) && !/あたり|当たり|につき|毎/.test(before)) continue;
    const start = (signed ? tokens[first - 1]! : tokens[first]!).start - offset;
    const end = verb ? verb.end : t.end - offset;
    // A line with no predicate after the rise is a price line: its figures state the change.
    const source = verb || predicates.some((p) => p.start >= end) ? 'amount-rise' : 'label-value';
    return { start, end, kind: 'price', source };
  }
  return undefined;
}

/**
 * Round 31 (clean31): a verb of rising right after the amount — 1本あたり150円上がっています, 単価が20円高くなっております,
 * 150円上がります: the amount is what the client now pays more. The predicate it heads is the notice: not negated,
 * asked, requested or quoted, and a past only as a state (ている: 上がっています tells the price as it now stands, where
 * 昨年150円上がりました tells history). Its end, when the token at k is such a verb.
 */
function riseVerbAt(tokens: readonly Token[], k: number, offset: number, predicates: readonly JaPredicate[]): { end: number } | undefined {
  const t = tokens[k]!;
  const rises = (t.pos === '動詞' && (t.base === '上がる' || t.base === 'あがる')) || (t.surface === '高く' && tokens[k + 1]?.base === 'なる');
  if (!rises) return undefined;
  const at = t.start - offset;
  const p = predicates.find((x) => x.start <= at && at < x.end);
  if (!p || p.negated || p.request || p.quoted || p.desire || (p.past && !p.progressive)) return undefined;
  return { end: p.end };
}

/** A whole the count is part of, before it: ロットL-0412のうち / 30,000枚中 / 出荷分のうち / 検査した500個のうち. */
const PART_OF_WHOLE = /(?:のうち|の中で|中)[、，]?\s?$/;
/** Existing or arising, as the predicate of what was found: ありました, ございました, 見られました, 生じていました. */
const FOUND_EXIST = /^(?:ある|ござる|見られる|生じる|出る|認める|残る)$/;

/**
 * A count of our goods out of a whole with something found in them (ロットL-0412のうち、380枚に塗装ムラがありました;
 * 納品分500個中、12個にキズがございました; 出荷した200台のうち5台で異音が出ています): the count marked by に / で /
 * が after a whole, and a past or ongoing existence, not negated. What was found may be any defect.
 */
function countFound(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): Cue | undefined {
  if (NEWS_DATA.conditions.some((c) => text.includes(c))) return undefined;
  for (const m of text.matchAll(QUANTITY)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (!PART_OF_WHOLE.test(text.slice(Math.max(0, at - 6), at))) continue;
    if (!/^(?:[にでが]|につき|において)/.test(text.slice(end, end + 4))) continue;
    if (!tokens.some((t) => t.start - offset === at)) continue;
    // ラベルの剥がれが見られました: a verb's stem used as a noun (followed by a particle) is what was found, not the finding.
    const p = predicates.find((x) => x.start > end && !x.quoted && !/^[がをのはも]/.test(text.slice(x.end, x.end + 1)));
    if (!p || p.negated || p.request || p.desire || !(p.past || p.progressive)) continue;
    const head = p.noun?.replace(/^[おご御]/, '') ?? p.head;
    if (!FOUND_EXIST.test(head) && !/^(?:見られ|見受けられ)/.test(p.text) && !NEWS_DATA.foundVerbs.some((v) => (p.head + p.text + (p.noun ?? '')).includes(v))) continue;
    if (NEWS_DATA.neutralFindings.some((n) => text.slice(end, p.start).includes(n))) continue;
    return { start: at, end: p.end, kind: 'quality', source: 'count-found' };
  }
  return undefined;
}

/** The cells of a plain-text table line: runs split by two spaces or more, a full-width space or a tab; or a Markdown row. */
const cellsOf = (line: string) => tableLineCells(line) ?? line.trim().split(/\s{2,}|\u3000+|\t/).map((c) => c.trim()).filter(Boolean);
/** A header cell naming the old column (現行単価, 旧価格, 改定前, 従来) and one naming the new (新単価, 改定後, 4月以降). */
const OLD_COLUMN = /^(?:現行|現在|旧|改定前|変更前|従来|これまで|前回|今期|当初)/;
// Round 48 (h7hf-050): a day from which the new column holds, in any writing (4/1以降, 4月1日から).
const FROM_DAY = '[0-9０-９]{1,2}(?:月(?:[0-9０-９]{1,2}日)?|[/／][0-9０-９]{1,2})(?:以降|から|より)';
const NEW_COLUMN = new RegExp(`^(?:新|改定後|変更後|今後|次期|来期|${FROM_DAY}|[0-9０-９]{4}年度?(?:以降|から)?)`);
/** A header of quantities: a quantity column is judged only under such a header (not 現行在庫　新規入荷). */
const QUANTITY_HEADER = /数量|[注発出納入供]\S{0,2}数|割当|確保|\b(?:qty|quantity|pcs)\b/i;
/** A cell that holds a value and little else (12,400円, ¥38,000, 6週間, 500個, 6月20日, 7/15, 68円/kg). */
const valueCell = (cell: string) => (cell.length <= 18 ? valueAt(cell) : undefined);

const columnRole = (c: string): PairRole | undefined => (OLD_COLUMN.test(c) ? 'old' : NEW_COLUMN.test(c) ? 'new' : roleOfLabel(c));

/**
 * A row of a table whose header (a line above, `header`) has an old and a new column, or an ordered and a
 * confirmed one, the row's second value worse for the client (品番　現行単価　新単価 / HV-200　12,400円　14,300円;
 * | 品番 | 旧納期 | 新納期 | / | B-10 | 5月10日 | 6月5日 |; 品番　ご注文数　出荷数 / A-1　500個　300個): a rate table
 * with no arrow states the change by its columns alone. A quotation (数量　単価　金額), a plan (開始日　完了日) or a
 * report (目標　実績) has no such pair of columns; a lower price or an earlier day is good news.
 */
export function tableRowRise(header: string, row: string): JaNews | undefined {
  const head = cellsOf(header);
  if (head.length < 2 || head.length > 10) return undefined;
  const roles = head.map(columnRole);
  const old = roles.findIndex((r) => r === 'old' || r === 'whole');
  const fresh = roles.findIndex((r, i) => i > old && (r === 'new' || r === 'part'));
  if (old < 0 || fresh < 0) return undefined;
  const cells = cellsOf(row);
  if (cells.length < 2) return undefined;
  // The columns are counted from the right: a row's label may hold a space of its own.
  const fromRight = (i: number) => cells.length - (head.length - i);
  const [a, b] = [fromRight(old), fromRight(fresh)];
  const [x, y] = [valueCell(cells[a] ?? ''), valueCell(cells[b] ?? '')];
  if (!x || !y || (x.measure === 'qty' && !QUANTITY_HEADER.test(header))) return undefined;
  const kind = worsePair({ role: roles[old]!, label: head[old]!, value: x }, { role: roles[fresh]!, label: head[fresh]!, value: y });
  if (!kind) return undefined;
  const start = row.indexOf(cells[a]!);
  const end = row.lastIndexOf(cells[b]!) + cells[b]!.length;
  return { start, end, kind, source: 'table-row' };
}

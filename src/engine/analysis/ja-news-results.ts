// Bad news told as a result or a count, read from kuromoji tokens (round 23): a test, an inspection or an evaluation
// that failed (目標値を満たしませんでした, 20台中3台がNGとなりました, ・引張強度試験：不合格, SPF42でした（目標50+）), and a
// part of a whole handed over (設計書42本中29本の納品となります, 全8章のうち、お渡しできるのは5章分です, 契約データ：52万件中
// 31万件 完了). The polarity is read from structure, not from a list of results: a word of passing (合格, 適合, 達成,
// 満たす, 達する, クリア) denied — by a prefix (不, 未, 非) or by its predicate — is a failure, whatever was tested; a
// count is a part when a whole of the same counter stands before it (N中 / Nのうち) and the part is smaller.
import type { Token } from '../types';
import type { JaPredicate, Span } from './ja';
import type { NewsKind } from './ja-news';
import { asciiDigits, figureValue } from './figures';

export interface ResultCue extends Span {
  kind: NewsKind;
  source: string;
  negated?: boolean;
}

/** Nouns of passing a test (サ変 or plain): their denial by a prefix or a predicate is a failure. */
const PASS_NOUN = /^(?:合格|適合|達成|達|クリア|パス|充足|到達|合致|準拠)$/;
/** Verbs (base forms) of reaching a standard: 満たす, 達する (IPADIC 達す), 届く, 上回る (a minimum). */
const PASS_VERB = /^(?:満たす|満たせる|達する|達す|届く|及ぶ|クリア|合格|適合|達成|到達|パス|充足|合致)$/;
/** Prefixes that deny the noun after them: 不合格, 未達, 非適合. */
const DENYING_PREFIX = /^(?:不|未|非)$/;
/** A failure named as one word (IPADIC keeps some whole: 不適合, 不合格) or a mark of failure (NG, 規格外, 基準外). */
const FAILED_WORD = /^(?:不合格|不適合|未達|未達成|NG|ＮＧ|規格外|基準外|範囲外|公差外)$/;
/** What a standard is called: the object a pass verb reaches (目標値を, 基準に, 要求仕様を, 合格ライン). */
const STANDARD = /目標|基準|規格|仕様|要件|要求|合格ライン|水準|閾値|しきい値|スペック|公差|許容|ＫＰＩ|KPI|SLA|性能値/;
/** A test, an inspection, an evaluation or a measurement, or its result: the frame of a failure noun. */
const TESTED = /試験|検査|テスト|評価|測定|検証|審査|監査|判定|結果|検品|検定|認証|確認|計測|分析|基準|規格|目標|仕様/;
/** The client's own thing named before the failure (御社ご提出の, 貴社の): not a result of ours to announce. */
const THEIRS = /(?:御社|貴社|お客様)(?:の|から|より|ご|側)|ご提出|ご提供いただ/;

/**
 * A failure told by a word or a denied pass (検査の結果、ロットB-12は不合格となりました, 20台中3台がNGとなりました,
 * 4点が基準未達でした, 性能テストの結果、目標値（検索応答3秒以内）を満たしませんでした, 目標を達成できませんでした): the
 * cue, and `negated` when the predicate carries the denial. newsIn judges the rest (a condition, a question, a mention).
 */
export function failedTest(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[]): ResultCue | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const at = t.start - offset;
    // 不|合格, 未|達, 基準|未|達 (IPADIC reads that 未 as a noun): a pass noun after a denying prefix.
    const prefixed = t.pos === '名詞' && PASS_NOUN.test(t.surface) && DENYING_PREFIX.test(tokens[k - 1]?.surface ?? '');
    const word = t.pos === '名詞' && FAILED_WORD.test(t.surface);
    if (prefixed || word) {
      const start = prefixed ? tokens[k - 1]!.start - offset : at;
      // 不合格品 / 不合格率 / 未達の場合: a failure noun that heads on into a compound or a mention names a kind, not a result.
      const next = tokens[k + 1];
      if (next && next.pos === '名詞') continue;
      if (!TESTED.test(text) || THEIRS.test(text.slice(0, start))) continue;
      return { start, end: t.end - offset, kind: 'quality', source: 'failed-test' };
    }
    // 満たしませんでした / 達しませんでした / 満たすことができませんでした / クリアしておりません: a pass verb denied, its object a standard.
    const verb = (t.pos === '動詞' || t.pos1 === 'サ変接続') && PASS_VERB.test(t.base);
    if (!verb) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const clause = before.slice(Math.max(before.lastIndexOf('、'), before.lastIndexOf('。')) + 1);
    // 御社からご提出いただいたサンプルは、受入基準を満たしておりませんでした: the client's own thing, over a comma.
    if (!/[をにはも]$/.test(before) || !STANDARD.test(clause) || THEIRS.test(text.slice(0, at))) continue;
    const own = predicates.find((p) => p.start <= at && at < p.end) ?? predicates.find((p) => p.start >= at && p.start - at <= t.surface.length + 1);
    if (!own || own.quoted) continue;
    // 満たすことができませんでした: the denial on the できる after こと.
    const denial = own.ending === 'attributive' && /^ことが?(?:でき|出来)/.test(text.slice(own.end))
      ? predicates.find((p) => p.start > own.end && p.start - own.end <= 4)
      : own;
    if (!denial || !denial.negated || denial.ending === 'attributive' || denial.request) continue;
    const standardAt = at - clause.length + clause.search(STANDARD);
    return { start: standardAt, end: denial.end, kind: 'quality', source: 'failed-test', negated: true };
  }
  return undefined;
}

/** A figure, then a target in brackets with its direction: 42（目標50+）, 4.2秒（目標3秒以内）, 38時間（基準：40時間以上）. */
const FIGURE_THEN_TARGET =
  /(?<![0-9０-９.,，])([0-9０-９][0-9０-９,，]{0,8}(?:[.．][0-9０-９]{1,3})?)\s?[^\s（(、。0-9０-９]{0,4}?(?:でした|です|となりました|となります|という結果)?\s?[（(](?:目標|基準|規格|要求|スペック|合格ライン)(?:値)?\s?[:：は]?\s?([0-9０-９][0-9０-９,，]{0,8}(?:[.．][0-9０-９]{1,3})?)\s?[^\s）)0-9０-９+＋]{0,4}?\s?(\+|＋|以上|超|以下|以内|未満)?[）)]/;

/**
 * A measured figure short of the target beside it (SPF42でした（目標50+）, 応答時間4.2秒（目標3秒以内）): the bracket says
 * which way the target bounds (+ / 以上 a minimum, 以下 / 以内 / 未満 a maximum); without one the figures tell nothing.
 */
export function targetMissed(text: string): ResultCue | undefined {
  const m = FIGURE_THEN_TARGET.exec(text);
  if (!m || !m[3]) return undefined;
  const [value, target] = [figureValue(m[1]!), figureValue(m[2]!)];
  const minimum = /^(?:\+|＋|以上|超)$/.test(m[3]);
  const missed = minimum ? (m[3] === '超' ? value <= target : value < target) : m[3] === '未満' ? value >= target : value > target;
  if (!missed) return undefined;
  return { start: m.index, end: m.index + m[0].length, kind: 'quality', source: 'target-missed' };
}

/** A count: a run of 数 tokens (42 / 52|万 / 1|,|850) and the counter after it (本, 件, ページ, 章). */
interface Count { value: number; counter: string; first: number; last: number }

function countAt(tokens: readonly Token[], k: number): Count | undefined {
  if (tokens[k]?.pos1 !== '数' || tokens[k - 1]?.pos1 === '数') return undefined;
  let j = k;
  let value = 0;
  let current = 0;
  for (; j < tokens.length && (tokens[j]!.pos1 === '数' || (/^[,，]$/.test(tokens[j]!.surface) && tokens[j + 1]?.pos1 === '数')); j++) {
    const w = tokens[j]!.surface;
    const unit = w === '億' ? 1e8 : w === '万' ? 1e4 : w === '千' ? 1e3 : 0;
    if (unit) {
      value += (current || 1) * unit;
      current = 0;
    } else if (!/^[,，]$/.test(w)) {
      const digits = asciiDigits(w).replace(/[,，.]/g, '');
      if (!/^[0-9]+$/.test(digits)) return undefined;
      current = current * 10 ** digits.length + Number(digits);
    }
  }
  const counter = tokens[j];
  if (!counter || counter.pos !== '名詞' || counter.pos1 === '数' || counter.surface.length > 5) return undefined;
  return { value: value + current, counter: counter.surface, first: k, last: j };
}

/** Acts that finish work handed to the client, beside the supply acts: 完了, 完成, 提出, 納品済み, 翻訳済. */
const DONE = /^(?:完了|完成|提出|済み|済|終了|対応|実施|移行|作成)$/;
/** Counters of people (112名中98名が提出済み): people who did something are no goods handed over. */
const PEOPLE = /^(?:名|人|社|様|者|名様)$/;
/** A part told as a planned instalment: 第1回分, 初回分, 分納, as a plan set before (工程表のとおり). */
const INSTALMENT = /第[0-9０-９一二三四五]+回分|初回分|分納|分割納品|(?:とおり|通り)[、，]/;
/** Round 36: goods the client asked about, or stock we hold (お問い合わせの5台のうち2台は在庫がございます): nothing handed over short. */
const ASKED_OR_STOCK = /お問い?合わせ|お問合せ|ご照会|在庫(?:が|は)(?:ござい|あり)/;
/** On track: a progress report in its course, not a part handed over short (予定どおり, 順調, 進捗率). */
const ON_TRACK = /予定(?:どおり|通り)|計画(?:どおり|通り)|順調|進捗率|見込みどおり/;

/**
 * A part of a whole handed over (今回は設計書42本中29本の納品となります, 全120ページ中80ページまでの納品, 全8章のうち、
 * 今回お渡しできるのは5章分です, 契約データ：52万件中 31万件 完了): a whole count closed by 中 or のうち, a smaller count
 * of the same counter after it, and an act of supplying or finishing (news.json supplyActs, DONE) in the clause — as the
 * part's act (29本の納品, 31万件 完了) or as the topic it answers (お渡しできるのは). A part with a result of its own
 * (3台がNG, 12個にキズ) is a finding, read by failedTest and countFound; the whole handed over (42本中42本) is no news.
 * `line`: the count stands in a label line with no predicate after it (a status line).
 */
export function partOfWhole(text: string, tokens: readonly Token[], offset: number, predicates: readonly JaPredicate[], supplies: (t: Token) => boolean): ResultCue | undefined {
  if (ON_TRACK.test(text) || ASKED_OR_STOCK.test(text)) return undefined;
  for (let k = 0; k < tokens.length; k++) {
    const whole = countAt(tokens, k);
    if (!whole) continue;
    const after = tokens[whole.last + 1];
    const of = after?.surface === '中' ? 1 : after?.surface === 'の' && tokens[whole.last + 2]?.surface === 'うち' ? 2 : 0;
    if (!of) continue;
    let part: Count | undefined;
    for (let j = whole.last + of + 1; j < tokens.length && tokens[j]!.surface !== '。'; j++) {
      const c = countAt(tokens, j);
      if (c && c.counter === whole.counter) {
        part = c;
        break;
      }
    }
    if (!part || part.value >= whole.value || part.value === 0 || PEOPLE.test(whole.counter)) continue;
    // 工程表のとおり、制御盤10台のうち第1回分の6台を出荷: a part that is a planned instalment, not a shortfall.
    if (INSTALMENT.test(text.slice(0, tokens[part.last]!.end - offset))) continue;
    // The clause the part sits in, up to its full stop or comma: its own act, or the topic before the whole.
    let end = part.last + 1;
    while (end < tokens.length && !/^[。、，]$/.test(tokens[end]!.surface)) end++;
    const rest = tokens.slice(part.last + 1, end);
    // 3台がNG / 12個にキズ / 5件でエラー: the part's own result is a finding, not a part handed over.
    if (/^(?:が|に|で|は)$/.test(rest[0]?.surface ?? '') && !rest.slice(1, 3).some((t) => supplies(t) || DONE.test(t.surface))) continue;
    const isAct = (t: Token) => supplies(t) || (t.pos === '名詞' && DONE.test(t.surface));
    const own = rest.some(isAct);
    // 今回の納品は、全5ファイル中3ファイル / お渡しできるのは: the act as the topic before the whole.
    const topic = tokens.slice(whole.last + of + 1, part.first).some(isAct) || tokens.slice(0, whole.first).some(supplies);
    if (!own && !topic) continue;
    const start = tokens[whole.first - 1]?.surface === '全' ? tokens[whole.first - 1]!.start - offset : tokens[whole.first]!.start - offset;
    const cueEnd = (rest.filter(isAct).pop() ?? tokens[part.last]!).end - offset;
    const line = !predicates.some((p) => p.end > tokens[part!.last]!.end - offset && !p.quoted);
    return { start, end: cueEnd, kind: 'shortage', source: line ? 'part-of-whole-line' : 'partial-supply' };
  }
  return undefined;
}

/** A schedule named as the new one: 新しい納期, 変更後の出荷日, 再調整後のお届け日. */
const NEW_SCHEDULE = /(?:新しい|新たな|新|変更後の?|再調整後の?|見直し後の?|改定後の?)(?:納期|出荷日|出荷予定日|納品日|納品予定日|納入日|お届け日|お届け予定日|完成予定日|完了予定日|リリース日|稼働日|開始日|竣工日|着荷日)(?:は|が)[、，]?\s?/;
/** A day or a part of a month after it, then becomes / is: 7月20日となります, 8月上旬です, 2027年1月15日に変更. */
const DAY_THEN_BECOMES = /^(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}(?:月(?:[0-9０-９]{1,2}日|上旬|中旬|下旬|末|頃)?|[/／][0-9０-９]{1,2})(?:[（(][^）)]{1,3}[）)])?(?:頃|ごろ|以降)?(?:と(?:なり|なる)|に(?:なり|なる|変更)|です|でございます|の予定)/;

/**
 * A delay told only by the new day (新しい納期は7月20日となります, 変更後の出荷日は、8月上旬です): a schedule named as the
 * new or changed one, and a day as what it becomes. A day with no word of change (納期は7月20日となります) is an order
 * confirmed, not a slip.
 */
export function newDayNamed(text: string): ResultCue | undefined {
  const m = NEW_SCHEDULE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const day = DAY_THEN_BECOMES.exec(rest);
  if (!day) return undefined;
  return { start: m.index, end: m.index + m[0].length + day[0].length, kind: 'delay', source: 'new-day-named' };
}

/** An occasion or a start: the narrowing applies this time or from a date (今回は, 来月から, 今後, 4月以降). */
const NARROWED_WHEN = /今回|今後|以降|以後|より|から|次回|当面|当分|今月|来月|来期|今期/;
/** What the "only" part names that is no narrowing: the client's own order or choice, the items concerned, an offer's limit. */
const NOT_NARROWED = /ご注文|ご発注|ご依頼|ご指定|ご希望|ご要望|ご契約|対象|該当|限定|先着|規格|仕様|本製品|本機|機種/;

/**
 * Only part of an act of ours this time or from a date (今回は主要機能のみのリリースとなります, レポートは概要版のみのご提出と
 * なります, 来月から保守対応は平日のみとなります): のみ / だけ, then the act (a サ変 noun: リリース, 提出, 対応) as what
 * becomes (Xのみの + act + となる), or the act as the topic and Xのみ as what it becomes (対応は + Xのみ + となる). A
 * standing specification (本製品は100V電源のみの対応となっております: progressive, no time) is read by newsIn's only-channel
 * checks; here the sentence must name the occasion or the start.
 */
export function onlyPartOfAct(text: string, tokens: readonly Token[], offset: number): ResultCue | undefined {
  if (!NARROWED_WHEN.test(text)) return undefined;
  for (let k = 1; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== '助詞' || !/^(?:のみ|だけ)$/.test(t.surface)) continue;
    let j = k + 1;
    let act: Token | undefined;
    if (tokens[j]!.surface === 'の') {
      j++;
      if (tokens[j]?.pos === '接頭詞') j++;
      act = tokens[j]?.pos1 === 'サ変接続' ? tokens[j] : undefined;
      j++;
    }
    if (!/^[とに]$/.test(tokens[j]?.surface ?? '') || tokens[j + 1]?.base !== 'なる') continue;
    // なっております: a standing state (a specification), not a change.
    if (/^(?:てい|てお|ている|ており)/.test(text.slice(tokens[j + 1]!.end - offset))) continue;
    const at = t.start - offset;
    const clause = text.slice(0, at).split(/[。]/).pop()!;
    // 保守対応は平日のみ: with no act after のみ, the topic before it must be an act of ours.
    const topic = !act && /(?:対応|サポート|受付|提供|配送|出荷|納品|訪問|点検|保守|作業|稼働|営業)(?:は|も)[、，]?[^、。はが]{1,12}$/.test(clause);
    if (!act && !topic) continue;
    if (NOT_NARROWED.test(clause)) continue;
    const from = Math.max(0, clause.search(/[^、，\s][^、，]{0,12}$/));
    return { start: from, end: tokens[j + 1]!.end - offset, kind: act ? 'shortage' : 'discontinued', source: 'only-part-of-act' };
  }
  return undefined;
}

/** The people we put on the client's work, as the head of a noun: 保守チーム, 常駐の人員, 要員, 体制, 担当エンジニア. */
const STAFF = /^(?:体制|チーム|人員|要員|メンバー|スタッフ|エンジニア|担当者|技術者|作業員|SE)$/;
/** Reducing it: 縮小, 削減, 減員, 縮退 (サ変 nouns), 減らす / 絞る (verbs). */
const REDUCE = /^(?:縮小|削減|減員|縮退|減らす|絞る|絞り込む)$/;

/**
 * Our team on the client's work made smaller (4月より、貴社担当の保守チームを縮小いたします, 常駐の人員を削減いたします,
 * 保守要員を減らします): a staffing noun right before を / は / も and a verb or サ変 noun of reducing — the staff must be
 * the object itself (チームの残業時間を削減 reduces overtime, not the team), and not the client's (貴社のご担当者).
 */
export function teamReduced(text: string, tokens: readonly Token[], offset: number): ResultCue | undefined {
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== '名詞' || !STAFF.test(t.surface) || !/^(?:を|は|も)$/.test(tokens[k + 1]!.surface)) continue;
    let j = k + 2;
    if (/^[、，]$/.test(tokens[j]?.surface ?? '')) j++;
    const verb = tokens[j];
    if (!verb || !REDUCE.test(verb.base) || !(verb.pos === '動詞' || verb.pos1 === 'サ変接続')) continue;
    if (/(?:貴社|御社|お客様)(?:の|側の)[^、。]{0,8}$/.test(text.slice(0, t.start - offset)) || /^[ごお]$/.test(tokens[k - 1]?.surface ?? '')) continue;
    return { start: t.start - offset, end: verb.end - offset, kind: 'discontinued', source: 'team-reduced' };
  }
  return undefined;
}

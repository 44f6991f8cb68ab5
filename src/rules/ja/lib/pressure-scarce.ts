// Round 23: readings of pressure on a prospect's decision that put the push on something scarce — the same thing
// wanted by other buyers, our capacity running out from a near time, a slot closing — or on the moment of the
// meeting itself. Each reads what the sentence does over kuromoji's tokens and the predicate facts, with broad word
// classes (who the other party is, what counts as interest, what counts as our capacity), and returns the span
// (relative to the sentence) to underline, or undefined.
import type { JaPredicate, JaSentenceFacts } from '../../../engine/analysis/ja';
import type { Sentence, Token } from '../../../engine/types';
import { PRESSURE } from './dictionaries';

/** A party noun closes the phrase that names another buyer: 他の**お客様**, 別の通販ブランド**様**, ほかの商社**さん**. */
const PARTY = /^(?:様|さま|さん|殿|社|企業|会社|お客様|お客さま|客|顧客|メーカー|ユーザー|業者|事業者|法人|団体|方|方々|ブランド|商社|店|グループ)$/;
/** "Another": 他 / 別 / ほか / 外 before の or に(も). */
const ANOTHER = /^(?:他|別|ほか|外)$/;
/**
 * What another buyer is said to do about the same thing: ask (問い合わせ, 引き合い, 打診, 声がかかる, お声がけ, 相談), want
 * it (関心, 興味, 希望, 狙う, 欲しい, 求める), or move to hold it (予約, 押さえる, 確保, 申し込み, 見積依頼, 商談, 手を挙げる).
 */
const INTEREST = /問い?合わ?せ|問合せ|引き?合い|打診|声が(?:かか|掛か)|お声が?け|オファー|関心|興味|希望|狙|欲し|求め|要望|予約|押さえ|抑え|確保|申し?込|見積|商談|手を挙げ|名乗り|検討|相談|ご依頼|取り置き/;
const RACE = /同じ|同一|同日|同時期|この|その|本件|のみ|だけ|限り|残り|[1１一](?:台|枠|社|名|件)|来週|今週|明日|近日|近々|今月|すでに|既に|ので[、，]|ため[、，]/;
/** A mention of others that informs: a case or a record (事例, 実績), a comparison, a common need (同様の, よくある), a question. */
const INFORMS = /事例|実績|比較|同様|同じような|このような|そのような|よくある|よく(?:いただ|頂)|多く(?:の|いただ|頂)|が多い|の多い|ケース|ご参考|参考まで|[？?]|場合|でしたら|ましたら/;

/**
 * 他社様からも同じ枠についてお問い合わせをいただいております / 実は別の通販ブランド様も強い関心を持っていて / 他のお客様
 * からも声がかかっております: another buyer (他・別・ほか + の/に + a party noun, or 他社 / 競合 / 同業) marked as also
 * (も) or as the source (から), and their interest in the rest of the sentence — a race set for the reader. The span
 * is the whole sentence.
 */
export function rivalInterest(s: Sentence): [number, number] | undefined {
  const tokens = s.tokens;
  if (!tokens?.length || INFORMS.test(s.text)) return undefined;
  for (let k = 0; k < tokens.length; k++) {
    const end = otherPartyEnd(tokens, k);
    if (end < 0) continue;
    // も / からも / でも / が right after the party: they too, or they as the ones asking.
    const marks = tokens.slice(end, end + 2).map((t) => t.surface).join('');
    // 他社様からのお問い合わせには: から before の names a source of a kind, no rival.
    if (!/^(?:も|からも|から(?!の)|が|でも)/.test(marks)) continue;
    const rest = s.text.slice(tokens[end - 1]!.end - s.start);
    if (!INTEREST.test(rest)) continue;
    // The same thing wanted (同じ枠, 同日, この物件), or it scarce (1台のみ), or their move near (来週には仮押さえ), or
    // the interest given as a reason (…ので、お早めに): a race. Interest alone (他のお客様からもお問い合わせをいただいて
    // おります。急ぎませんので…) is popularity, told.
    if (!RACE.test(s.text)) continue;
    // The whole sentence: 実は、 / 現在、 before the rival open the same statement.
    return [0, s.text.length];
  }
  return crowdAlready(s, tokens);
}

/**
 * 同じ地域の企業様から、すでに3件のお申し込みをいただいております: buyers named by a party noun (no 他), as the source
 * (から) or also (も), with the interest already come in (すでに / 既に / 続々 / a count of cases). A record of customers
 * (300社以上の企業様にご導入いただいております) names them with に, as the ones served.
 */
function crowdAlready(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (!(t.pos === '名詞' && (t.pos1 === '接尾' ? /^(?:様|さま)$/.test(t.surface) : /^(?:お客様|お客さま)$/.test(t.surface)))) continue;
    if (!/^(?:から|も)$/.test(tokens[k + 1]!.surface)) continue;
    const before = s.text.slice(0, t.start - s.start);
    if (/(?:貴社|御社|皆様|皆さま)[^、。]{0,6}$/.test(before)) continue;
    const rest = s.text.slice(tokens[k + 1]!.end - s.start);
    if (!/^[、，]?(?:すでに|既に|もう|続々|次々|[0-9０-９一二三四五六七八九十]+(?:件|社))/.test(rest)) continue;
    if (!INTEREST.test(rest) && !PRESSURE.decisionNouns.some((d) => rest.includes(d))) continue;
    let from = k;
    while (from > 0 && tokens[from - 1]!.pos !== '記号' && k - from < 6) from--;
    return [tokens[from]!.start - s.start, s.text.length];
  }
  return undefined;
}

/**
 * When tokens from `k` name another buyer, the index after the name; -1 otherwise: 他社(様) / 競合他社 / 競合のA社さん /
 * 他の(愛知県の)お客様 / 別の通販ブランド様 / 別メーカー様 (別 as kuromoji's 接頭詞) / ほかにも2社様.
 */
function otherPartyEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k]!;
  const at = (i: number) => tokens[i]?.surface ?? '';
  let e: number;
  if (t.pos === '名詞' && /^(?:他社|他店|他行)$/.test(t.surface)) {
    e = k + 1;
    while (tokens[e]?.pos1 === '接尾' && e - k < 3) e++;
    return e;
  }
  if (t.pos === '名詞' && /^(?:競合|同業)$/.test(t.surface)) {
    if (/^(?:他社|他店|他行)$/.test(at(k + 1))) return otherPartyEnd(tokens, k + 1);
    if (at(k + 1) !== 'の') return -1;
    e = k + 2;
  } else if (t.pos === '名詞' && ANOTHER.test(t.surface) && /^(?:の|に)$/.test(at(k + 1))) {
    e = at(k + 2) === 'も' ? k + 3 : k + 2;
  } else if (t.pos === '接頭詞' && /^(?:別|他)$/.test(t.surface)) {
    e = k + 1;
  } else return -1;
  // A short run of nouns ending in a party noun: 愛知県の…お客様 is read as the run after the last の.
  let party = -1;
  for (let i = e; i < tokens.length && i - e < 6; i++) {
    const x = tokens[i]!;
    if (x.pos !== '名詞' && x.pos !== '接頭詞' && !(x.surface === 'の' && i > e)) break;
    if (x.pos === '名詞' && PARTY.test(x.surface)) party = i + 1;
  }
  return party;
}

/** A time from which on: 6月以降は / 来月からは / 7月に入ると / 年明けになりますと / 来週を過ぎますと. */
const ONWARD = /^(?:以降|以後|から|明け)$/;
/** Our side's capacity or what we can offer: engineers, a line, a slot, stock, a team, the proposal itself. */
const CAPACITY = /空き|枠|在庫|人員|要員|エンジニア|技術者|体制|ライン|キャパ|工数|リソース|製造|生産|席|手が|スケジュール|メンバー|チーム|職人|設備|ご提案|ご用意|ご提供|お受け|お引き?受け|着手|確保|納期|お約束|手配/;
/** Our own closed days or a handover: information on our calendar, not a loss tied to their decision. */
const OWN_CALENDAR = /休業|休み|休暇|年末年始|夏季|お盆|連休|メンテナンス|棚卸|担当(?:者)?が(?:変|代)|引き継/;
/** Capacity told with an apology or an offer to plan it together: information, not a push. */
const SOFTENED = /申し訳|恐縮|ご相談(?:させ|ください|いただ|の上|のうえ)|調整(?:いた|させ|します)|ご安心|ご希望の時期に|合わせて|ご無理|ごゆっくり/;
/** Predicates of a capacity gone: 埋まる, なくなる, 尽きる, 塞がる, 締め切る, 難しくなる, 満枠/満席 となる. */
const GONE_HEADS = /^(?:埋まる|なくなる|無くなる|尽きる|塞がる|ふさがる|締め切る|終了|難しい|厳しい|売り切れる|完売)$/;

/**
 * 6月以降はエンジニアの空きがなくなり、ご提案できる体制が組めなくなります / 来月に入りますと、製造ラインが他案件で
 * 埋まってしまいます / 7月からは技術者の手が空かなくなります: from a near time on, our capacity or what we can offer
 * (CAPACITY) is gone — a negated potential, なくなる, a negation turned state (空かなくなる), or a verb of filling up.
 * The span is the whole sentence. A bounded closure (8月10日から16日までは), our calendar, a past, or the same told
 * with an apology and an offer to plan together is information.
 */
export function capacityRunsOut(s: Sentence, f: JaSentenceFacts): [number, number] | undefined {
  const tokens = s.tokens;
  if (!tokens?.length || f.question || OWN_CALENDAR.test(s.text) || SOFTENED.test(s.text)) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    if (!onwardFrom(tokens, k)) continue;
    const from = tokens[k]!.end - s.start;
    const rest = s.text.slice(from);
    // 8月10日から16日までは: a period with an end.
    if (/^[^。、]{0,12}?まで/.test(rest) || !CAPACITY.test(rest)) continue;
    const after = f.predicates.filter((p) => p.start >= from && !p.quoted);
    if (!after.length || after.every((p) => p.past)) continue;
    // 手配がつかなくなる: a negation turned a state (ない + なる) is two predicates; read it off the text.
    if (after.some(lost) || /満(?:枠|席|員|床|杯)|手一杯|いっぱいに|(?:なく|無く)な[りるっ]/.test(rest)) return [0, s.text.length];
  }
  return undefined;
}

/** Token `k` ends a time from which on: a date or period before 以降 / から(は) / 明け, or before に入る / を過ぎる / になる + と. */
function onwardFrom(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1]!;
  const dated = (x: Token) => x.pos1 === '数' || x.pos1 === '副詞可能' || /[日月週年期末]$/.test(x.surface);
  // 仕様確定後では / その後は: after an event of theirs or a time said before.
  if (t.surface === '後' && t.pos === '名詞' && /^(?:は|で)$/.test(tokens[k + 1]?.surface ?? '')) {
    return prev.pos1 === 'サ変接続' || prev.surface === 'その' || dated(prev);
  }
  if (ONWARD.test(t.surface) && (t.pos === '名詞' || t.pos === '助詞')) {
    // 来月から / 6月以降 / 年明け: from a date. から after a verb or a non-time noun is a cause or a source.
    if (t.surface === 'から' && !/^(?:は|、|，)$/.test(tokens[k + 1]?.surface ?? '') && !/^(?:来月|来週|来年|来期|年明け)$/.test(prev.surface)) return false;
    return dated(prev) || /^(?:それ|年明け|週明け|月明け)$/.test(prev.surface);
  }
  // 来月に入りますと / 来週を過ぎると / 7月になると.
  if (t.pos === '動詞' && /^(?:入る|過ぎる|なる|迎える)$/.test(t.base) && /^(?:に|を)$/.test(prev.surface)) {
    const date = tokens[k - 2];
    if (!date || !dated(date)) return false;
    return tokens.slice(k + 1, k + 4).some((x) => x.pos === '助詞' && x.pos1 === '接続助詞' && /^(?:と|ば)$/.test(x.surface)) ||
      tokens.slice(k + 1, k + 3).some((x) => x.pos === '助動詞' && x.base === 'た' && x.cForm.startsWith('仮定'));
  }
  return false;
}

/** A predicate of capacity gone or no longer possible. */
function lost(p: JaPredicate): boolean {
  if (p.negated && (p.potential || /^(?:できる|出来る|間に合う|空く|取れる|組める|回せる|割ける|お受けできる)$/.test(p.head))) return true;
  return /なくな|無くな|埋ま/.test(p.text) || GONE_HEADS.test(p.head) || GONE_HEADS.test((p.noun ?? '').replace(/^[おご]/, ''));
}

/** The decision nouns, less prefixes: 契約, 発注, 決定, 判断, 回答…. */
const DECISIONS = PRESSURE.decisionNouns;
const MEETINGS = /^(?:打ち合わせ|打合せ|打ち合せ|面談|商談|会議|ミーティング|デモ|ご来社|来社|ご訪問|訪問|説明会|プレゼン)$/;

/**
 * できればこのお打ち合わせの場でご決定いただきたく存じます / この場でご決断いただけるのであれば / 商談の席でご発注を: a
 * decision asked at the meeting itself (この場 / その場 / 打ち合わせの場 / 商談の席) — before their own process could
 * run. A question answered on the spot (その場でご質問にお答えします) or a waiver (その場で決めていただく必要は
 * ございません) asks no decision.
 */
export function decisionOnTheSpot(s: Sentence): [number, number] | undefined {
  const tokens = s.tokens;
  if (!tokens?.length || /必要は|なくても|不要|には及び|ごゆっくり/.test(s.text)) return undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(t.pos === '名詞' && /^(?:場|席)$/.test(t.surface)) || !/^(?:で|にて)$/.test(tokens[k + 1]?.surface ?? '')) continue;
    const prev = tokens[k - 1]!;
    const here = /^(?:この|その)$/.test(prev.surface) || (prev.surface === 'の' && MEETINGS.test(tokens[k - 2]?.surface ?? ''));
    if (!here) continue;
    const rest = s.text.slice(tokens[k + 1]!.end - s.start);
    const decision = DECISIONS.map((d) => rest.indexOf(d)).filter((i) => i >= 0);
    if (!decision.length || Math.min(...decision) > 8) continue;
    // 打ち合わせの場でいただいたご回答をもとに: a decision already given, told.
    if (/(?:いただい|頂い|され|し)た/.test(rest.slice(0, Math.min(...decision) + 6))) continue;
    let from = k - 1;
    while (from > 0 && tokens[from - 1]!.pos !== '記号' && k - from < 5) from--;
    return [tokens[from]!.start - s.start, s.text.length];
  }
  return undefined;
}

/**
 * 専任チームは1社様分しか確保できませんので、先にご契約いただいた企業様を優先させていただきます / 早くお申し込み
 * いただいた方から順にご案内します: those who decide first served first — a race among buyers, like 先着順.
 */
const FIRST_DECIDERS = /(?:(?:契約|発注|注文|申し?込み?|決定|回答|返事|ご連絡)の(?:早い|早かった)(?:企業|会社|お客|方|法人|事業者)(?:様|さま)?(?:から|を|より)(?:順|優先))|(?:先に|早く|早め|いち早く|最初に)[^。、]{0,4}?(?:ご|お)?(?:契約|発注|注文|決定|決断|申し?込み?|お決め|決め|返事|回答|ご連絡)[^。、]{0,8}?(?:いただいた|頂いた|された|くださった|下さった|なさった)[^。、]{0,3}?(?:企業|会社|お客|方|法人|事業者|順)(?:様|さま)?(?:を|から|より|に)?(?:優先|順に|順番|順で)/;
export function firstDecidersServed(s: Sentence): [number, number] | undefined {
  const m = FIRST_DECIDERS.exec(s.text);
  return m ? [m.index, s.text.length] : undefined;
}

/** A slot or an offer closed on a date: 6月末で締め切ります / 今月末をもって受付を終了します / 来週で打ち切ります. */
const CLOSES = /(?:で|をもって|をもちまして|にて|までで)[^。]{0,8}?(?:締め?切|終了|打ち切|満了|ストップ|受付を?停止)/;
/** A hurry right after the reason: お早めに(どうぞ|ご検討ください|ご連絡を) / お急ぎください / すぐにでも. */
const HURRY_ASK = /^[^。]{0,6}?(?:お?早め|お急ぎ|急いで|すぐに|一刻も早く|早急)/;

/**
 * 年内発売に間に合う生産枠は6月末で締め切りますので、お早めにどうぞ: a slot or an offer closing on a date of ours, given
 * as the reason (ので / ため / から) for a hurry — whatever the hurry asks for (どうぞ, ご検討を, ご連絡ください).
 */
export function closingHurry(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  const close = CLOSES.exec(s.text);
  if (!close || /(?:ました|た)(?:ので|ため|から)/.test(s.text.slice(close.index, close.index + close[0].length + 6))) return undefined;
  const reason = /(?:ので|ため|から)[、，]?/.exec(s.text.slice(close.index));
  if (!reason) return undefined;
  const ask = s.text.slice(close.index + reason.index + reason[0].length);
  if (!HURRY_ASK.test(ask) || /幸い|助かり|ご無理/.test(ask)) return undefined;
  const dated = tokens.some((t) => t.start - s.start < close.index + close[0].length && (t.pos1 === '数' || t.pos1 === '副詞可能' || /[日月週末]$/.test(t.surface)));
  return dated ? [0, s.text.length] : undefined;
}

/** The decision nouns and words for a yes: OK, ゴーサイン, 内諾. */
const COMMITS = new RegExp(`${PRESSURE.decisionNouns.join('|')}|OK|ＯＫ|オーケー|ゴーサイン|GO|内示|内定|お約束`);
/** Their own process named: an approval, a superior, a meeting or a check inside their company. */
const THEIR_PROCESS = /稟議|決裁|承認|社内|上司|上長|上の方|役員|部長|本部|経営|会議|ご相談され|確認され|検討され|お諮り|上げられ/;

/**
 * 上の方に確認される前に、まずは口頭でOKだけいただけませんか / 正式なご発注は後からでも構いませんので、まずは本日中に
 * 口頭でご内諾をいただけますか: a yes asked ahead of their own process — before it (〜前に / 〜を待たずに) or as a verbal or
 * provisional word (口頭で, 内々に) while the formal decision is put later — with a request.
 */
export function yesBeforeProcess(s: Sentence): [number, number] | undefined {
  const text = s.text;
  if (!/(?:いただ|頂)け(?:ます|ません|ない)(?:でしょう)?か|ください|下さい|お願い|可能でしょうか/.test(text)) return undefined;
  if (/必要は|なくても|不要|には及び|ごゆっくり|ご都合|ました(?:ら|後)|次第/.test(text)) return undefined;
  const before = /前に|待たずに|待たず、/.exec(text);
  if (before && THEIR_PROCESS.test(text.slice(0, before.index)) && COMMITS.test(text.slice(before.index))) return [0, text.length];
  const verbal = /(?:口頭|内々|非公式|仮)(?:で|に|の)(?:も)?[^。、]{0,8}?(?:OK|ＯＫ|オーケー|ゴーサイン|内諾|ご?承諾|ご?了承|お約束|ご?返事|ご?回答|ご?決定|ご?判断)/.exec(text);
  if (verbal && /まずは|先に|ひとまず|とりあえず|後から|後ほど|のちほど|本日|今日|今週|だけでも/.test(text)) return [0, text.length];
  return undefined;
}

/**
 * この価格で出せるのは、今週の金曜日が最後です / 生産計画の都合上、ご発注は今月20日が最終となります: a date of ours named
 * as the last for their decision or for the offer — a deadline stated, not asked, with the offer or their decision as
 * the topic.
 */
// が only: 今週金曜日で締め切りとなります is an offer's period (offerPeriodEnds), read with the chase it may sit in.
const LAST = /が(?:最後|最終|リミット|タイムリミット|限度)(?:です|でござい|となり|とさせ|になり)/;
export function dateIsLast(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  const m = LAST.exec(s.text);
  if (!m || PRESSURE.clientSchedule.some((w) => s.text.includes(w))) return undefined;
  const before = s.text.slice(0, m.index);
  if (!PRESSURE.decisionNouns.some((d) => before.includes(d)) && !PRESSURE.offerNouns.some((o) => before.includes(o)) && !/出せる|できる|お受け|ご用意/.test(before)) return undefined;
  const date = tokens.findLast((t) => t.start - s.start < m.index);
  if (!date || !(date.pos1 === '数' || date.pos1 === '副詞可能' || /[日月週曜末]$|日）$/.test(date.surface))) return undefined;
  return [0, s.text.length];
}

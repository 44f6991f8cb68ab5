// What a first mail to a stranger does, read from the sentence facts (acts, predicates, question) and the
// kuromoji tokens: ask for a meeting or a call, ask for a sale (a trial, an order), open on the reader's
// problem as a question, and where the pitch starts once the greeting and the self-introduction are done.
import type { JaSentenceFacts } from '../../../engine/analysis/ja';
import type { Sentence, Token } from '../../../engine/types';
import { COLD_OUTREACH } from './dictionaries';
import { containsAny } from './text';
import { japaneseVisits } from '../../any/calendar/visit-verbs';

/**
 * Ends that ask (〜いただけませんか, 〜でしょうか, 〜と存じます, 〜たく): IPADIC splits some of them so that the
 * facts miss the request (ヒアリングさせていただけませんか reads いた + だけ).
 */
const ASK_END = /(?:ませんか|ませんでしょうか|ないでしょうか|ますでしょうか|いかがでしょうか|ください|幸いです|存じます|たく|できればと[^。]{0,8})[。？?！!]?\s*$/;

/**
 * Asking leave for our own act (寄らせてもらっていいですか, 伺ってもよろしいですか, お電話してもいいっすか): a
 * request in form, whatever the register.
 */
const PERMISSION = /て(?:も)?(?:いい|よい|良い|よろしい|構わない)(?:です|でしょう|っす)?か/;
/** An invitation put as a question (お茶でもどうですか, 一度いかがですか, 来週あたりどうでしょう). */
const INVITATION = /(?:どう|いかが)(?:です|でしょう|っす)?か?[。？?！!]?\s*$/;

/** True when the sentence asks something of the reader, by its acts, its predicates or its ending. */
export function asks(s: Sentence, f: JaSentenceFacts): boolean {
  return f.acts.includes('request') || f.acts.includes('proposal') || f.predicates.some((p) => p.desire || p.request) || ASK_END.test(s.text) ||
    (f.question && (PERMISSION.test(s.text) || INVITATION.test(s.text))) || proposesTogether(f);
}

/** 〜しましょう said to the reader (オンラインでお話ししましょう！): a proposal of a joint act, not a question. */
const proposesTogether = (f: JaSentenceFacts) => !!f.main && f.main.volitional && f.main.politeness.includes('polite') && !f.main.quoted;

/** Sending something (資料をお送りしましょうか): the modest offer we advise, not a meeting. */
const SENDING = /送|添付|郵送|メールいたし|共有/;
/** A slot offered as the topic of a question (12月30日（水）はいかがですか, 来週火曜の午後などどうでしょう). */
const SLOT_QUESTION = /(?:日|曜日?|曜|[）)]|時|週|頃|ごろ|午前|午後)(?:の[^、。]{1,6})?(?:は|で|など|なら|でも)(?:いかが|どう)/;

/**
 * When the reader is free, asked outright (来週、いつが空いていますか, 何曜日がいいですか, どの日ならご都合が
 * よろしいですか): the question asks for a meeting by asking for its slot.
 */
const AVAILABILITY = /(?:いつ|何曜日?|何日|何時|どの日|どの曜日|どちらの日)(?:が|なら|は|で|の)?[^、。]{0,6}?(?:空い|あい|いい|よい|良い|よろし|ご都合|都合|大丈夫)/;
/** Talk by a remote means (オンラインで説明したい, 電話で話せますか, Zoomでご紹介): a call proposed. */
const REMOTE_TALK = /(?:オンライン|電話|Zoom|zoom|Teams|ウェブ|Web)(?:会議)?(?:で|にて)[^、。]{0,4}?(?:ご?説明|お?話|ご?紹介|ご?相談|ご?案内|デモ)/;

/** A noun's surface without its honorific prefix: お話 → 話, ご面談 → 面談. */
const bare = (surface: string) => (surface.length > 1 ? surface.replace(/^[おご御]/, '') : surface);

/**
 * A request or proposal whose object is a meeting or a call, in any wording: お時間ください, 折り返しお電話
 * ください, 御社に伺いたく存じます, お話をお聞きいただく機会を頂戴できないでしょうか. An invitation left to
 * the reader (ご不明な点がございましたらお電話ください) is not an ask.
 */
export function asksForMeeting(s: Sentence, f: JaSentenceFacts): boolean {
  if (f.question && AVAILABILITY.test(s.text) && !SENDING.test(s.text)) return true;
  // 明日、電話で話せますか / 来週お会いできますか: whether a meeting can happen, asked outright.
  if (f.question && f.main?.potential && !f.main.negated && namesMeeting(s, f)) return true;
  if (!asks(s, f)) return false;
  return namesMeeting(s, f);
}

/** The sentence names a meeting, a visit or a call as what it is about (the part of asksForMeeting after the ask). */
function namesMeeting(s: Sentence, f: JaSentenceFacts): boolean {
  const tokens = s.tokens;
  if (!tokens) return false;
  // ご興味があれば / ご都合がよろしければ: a door left open. お気軽に / いつでも soften the reader's own act
  // (お気軽にお問い合わせください), not a joint one we propose (まずはお気軽に15分、お話ししましょう).
  const soft = COLD_OUTREACH.softConditions.filter((c) => !(proposesTogether(f) && /^(?:お気軽に|いつでも)$/.test(c)));
  // Round 24: ご興味がございましたら、30分のオンライン面談をご予約ください: a condition of interest before a bare
  // imperative still tells a stranger to book a meeting; with the modest forms (幸いです, いただけますでしょうか) it is
  // the open door writers leave clean (26 such first contacts in the corpora).
  if (containsAny(s.text, soft) && !(INTEREST_ONLY.test(s.text) && !THEIR_QUESTION.test(s.text) && BARE_IMPERATIVE.test(s.text))) return false;
  // お茶でもどうですか / 12月30日はいかがですか: an invitation or a slot offered is a meeting, unless what is
  // offered is to send something.
  // 資料だけでもいかがでしょうか offers at least a thing, the modest form; お茶でも is a pretext to meet.
  if (f.question && !SENDING.test(s.text) && (SLOT_QUESTION.test(s.text) || /(?<!だけ|のみ)でも(?:どう|いかが)/.test(s.text))) return true;
  // 寄らせてもらっていいですか / お邪魔してもよろしいですか / 貴社に参ります: our visit, read as the calendar reads it.
  if (japaneseVisits(tokens, s.start).length > 0) return true;
  if (REMOTE_TALK.test(s.text)) return true;
  if (humbleVisit(tokens)) return true;
  return tokens.some((t, k) => {
    if (t.pos === '動詞') return COLD_OUTREACH.meetingVerbs.includes(t.base);
    // 情報交換 / 事例紹介: IPADIC splits the compound; the pair is the meeting noun.
    if (k > 0 && COLD_OUTREACH.meetingNouns.includes(tokens[k - 1]!.surface + t.surface)) return true;
    // 時間がかかっていませんか: the noun as the subject of another predicate is not what is asked for.
    if (t.pos !== '名詞' || !COLD_OUTREACH.meetingNouns.includes(bare(t.surface)) || subjectOfAnother(tokens, k)) return false;
    // お話を伺う機会をいただけませんか asks for one; この機会にぜひ only frames another request.
    return t.surface !== '機会' || tokens[k + 1]?.surface === 'を';
  });
}

/**
 * Round 17: 上がる as the humble "come to you" after an honorific purpose (ご説明に上がりたい, ご挨拶に上がります,
 * お見積りに上がらせてください): ご/お + noun + に + 上がる. Not a price or a level that rises (価格が上がる, 品質の
 * 向上に上がる is no Japanese) — those carry が, or no honorific prefix.
 */
function humbleVisit(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (t.pos !== '動詞' || !/^(?:上がる|あがる)$/.test(t.base) || tokens[k - 1]?.surface !== 'に') return false;
    const noun = tokens[k - 2];
    if (!noun || noun.pos !== '名詞') return false;
    return /^[おご御]./.test(noun.surface) || (tokens[k - 3]?.pos === '接頭詞' && /^[おご御]$/.test(tokens[k - 3]!.surface));
  });
}

/** The noun is the subject of another predicate (時間がかかって), not what is asked for; ご都合はいかが asks it. */
function subjectOfAnother(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.pos !== '助詞' || !/^(?:が|は|も)$/.test(next.surface)) return false;
  // お電話も差し上げます / ご挨拶もいたします: with は/も the noun is the object of a light verb of ours, not a subject.
  const after = tokens[k + 2];
  if (next.surface !== 'が' && after?.pos === '動詞' && OBJECT_VERBS.includes(after.base)) return false;
  return !/^(?:いかが|どう|如何)$/.test(after?.surface ?? '');
}

/** Light verbs whose object a meeting noun is when marked with は/も (お電話も差し上げます, 面談もさせていただきます). */
const OBJECT_VERBS = ['する', 'いたす', '致す', '差し上げる', 'さしあげる'];

/** A sentence that thanks for an earlier encounter: the mail follows up a real meeting, it is not cold. */
export function thanksForEncounter(s: Sentence, f: JaSentenceFacts): boolean {
  return f.acts.includes('thanks') && containsAny(s.text, COLD_OUTREACH.priorEncounters);
}

/**
 * A request for a sale rather than a meeting: ぜひ無料トライアルをお試しください, ご導入をご検討いただけますと
 * 幸いです, お申し込みはこちらから. The object of the request is a purchase or a trial (`saleNouns`).
 */
export function asksForSale(s: Sentence, f: JaSentenceFacts): boolean {
  if (containsAny(s.text, COLD_OUTREACH.salesAsks)) return true;
  const tokens = s.tokens;
  if (!tokens || containsAny(s.text, COLD_OUTREACH.softConditions)) return false;
  // 導入事例をまとめた資料: a sale noun inside a compound names something else; the compound is what is offered.
  const head = (k: number) => !subjectOfAnother(tokens, k) && tokens[k + 1]?.pos !== '名詞';
  if (f.acts.includes('request') && tokens.some((t, k) => t.pos === '名詞' && COLD_OUTREACH.saleNouns.includes(bare(t.surface)) && head(k))) return true;
  // A free service is pressed on them by any ask, a wish of ours included (無料で…させていただきたいと考えております).
  return asks(s, f) && tokens.some((t, k) => t.pos === '名詞' && freeService(tokens, k) && head(k));
}

/** Round 17: what is given away for nothing: 無料, 無償 (a free assessment, a free trial, a free pilot). */
const FREE = /^(?:無料|無償)$/;
/** A free thing we send (無料でお送りします, 無料サンプルの送付): the modest offer, not a service pressed on them. */
const FREE_SENT = /^(?:送付|発送|郵送|配送|送料|資料|カタログ|サンプル|パンフレット)$/;

/**
 * Round 17: a free service offered to a stranger (無料診断をご提案させていただきたく / 無償のトライアル導入を /
 * 無料の省エネ診断を実施させていただけませんか): the noun after 無料 or 無償 (across の, or a compound of nouns),
 * the head of what is asked. A free brochure or sample sent is the modest offer and stays.
 */
function freeService(tokens: readonly Token[], k: number): boolean {
  if (FREE_SENT.test(tokens[k]!.surface)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const x = tokens[j]!;
    if (x.pos === '名詞' && FREE.test(x.surface)) return true;
    // 無料の診断 / 無償で現地調査を: the particle right after 無料 or 無償.
    if (x.pos === '助詞' && /^[のでにて]$/.test(x.surface)) return FREE.test(tokens[j - 1]?.surface ?? '');
    if (x.pos !== '名詞') return false;
  }
  return false;
}

/**
 * The reader's problem put as a question (人手不足でお困りではありませんか / 若手社員の定着にお悩みではない
 * でしょうか / 紙の請求書処理に時間がかかっていませんか): a pitch's opening move, whatever the product.
 */
export function problemQuestion(s: Sentence, f: JaSentenceFacts): boolean {
  if (!f.question || !s.tokens) return false;
  const negatedAsk = f.predicates.some((p) => p.main && p.negated) || /(?:ませんか|ないでしょうか|ないですか)[。？?]?\s*$/.test(s.text);
  if (!negatedAsk) return false;
  return s.tokens.some((t) => (t.pos === '名詞' || t.pos === '動詞') && COLD_OUTREACH.problemWords.includes(bare(t.base === '*' ? t.surface : t.base)));
}

/** Greeting, opener or self-introduction: 突然のご連絡失礼いたします / はじめまして / 〜の佐野と申します. */
const SELF_INTRO = /と申します|^[^。、]{1,40}の[\p{Script=Han}ァ-ヶー]{1,8}(?:です|でございます)[。．]?$|失礼(?:いた)?します|失礼いたしました/u;
const GREETING = /お世話になって|はじめまして|初めまして|^お疲れ/;

export function isPreamble(s: Sentence): boolean {
  return containsAny(s.text, COLD_OUTREACH.openers) || SELF_INTRO.test(s.text.trim()) || GREETING.test(s.text);
}

/**
 * Where the pitch starts: the first sentence of the body, after the address lines, the greeting and the
 * self-introduction, at or before `ask`. A cold pitch is the whole run up to its ask.
 */
export function pitchStart(sentences: readonly Sentence[], ask: Sentence, bodyLine: number): Sentence {
  for (const s of sentences) {
    if (s.start >= ask.start) break;
    if (s.line < bodyLine || isPreamble(s)) continue;
    return s;
  }
  return ask;
}

/** Our contact act ahead, timed or repeated: 来週, 明日, 改めて, また, 近いうちに, 後日. */
const CONTACT_AHEAD = /改めて|あらためて|また|再度|近々|近いうち|近日|後日|後ほど|明日|明後日|週明け|来週|今週|午前|午後|[0-9０-９]{1,2}日|[月火水木金]曜/;

/**
 * Our own call, visit or mail announced to the reader, not asked (来週改めてお電話させていただきます / 近いうちに
 * ご挨拶に伺います / 週明けにまた電話しますね): a statement of our act ahead that leaves them no say. An offer
 * left to them (ご希望があれば、お電話でご説明いたします) is not.
 */
export function announcesContact(s: Sentence, f: JaSentenceFacts): boolean {
  const main = f.main;
  if (!main || f.question || main.past || main.negated || main.request || main.quoted || main.potential) return false;
  if (f.agent === 'client' || f.agent === 'third') return false;
  if (containsAny(s.text, COLD_OUTREACH.softConditions) || !CONTACT_AHEAD.test(s.text)) return false;
  return namesMeeting(s, f) || /(?:ご)?連絡(?:を)?(?:させて|いたし|差し上げ|し)/.test(s.text);
}

/**
 * Waiting for their callback or call, said as ours (折り返しのご連絡をお待ちしております / お電話をお待ちしております):
 * the reader is expected to phone. A wait left to their choice (ご関心がございましたら) is not, nor the closing
 * formula ご返信をお待ちしております.
 */
export function awaitsReply(s: Sentence, f: JaSentenceFacts): boolean {
  if (f.question || containsAny(s.text, COLD_OUTREACH.softConditions)) return false;
  return f.predicates.some((p) => {
    if (p.negated || p.past || p.quoted || !/待/.test(`${p.noun ?? ''}${p.head}`)) return false;
    // 折り返しのご連絡 / お電話: a callback or a call awaited; ご返信をお待ちしております alone is a closing formula.
    return /折り返し|電話/.test(s.text.slice(0, p.start));
  });
}

/** A request in its bare imperative closing the sentence: ご予約ください, お申し込みください, ご説明させてください. */
const BARE_IMPERATIVE = /(?:ください|下さい)[。．！!]?\s*$/;

/** A condition about their interest in our pitch, not a question of theirs: ご興味がございましたら, ご関心があれば. */
const INTEREST_ONLY = /(?:ご興味|ご関心|興味|関心)(?:が|を)?(?:お持ち|おあり|ござい|あり|あれ)/;
/** A door that leaves the answer or its time to them: ご不明な点, ご質問, お気軽に, 何か, お手すきの際に. */
const THEIR_QUESTION = /ご不明|ご質問|ご不要|お気軽|何か|何なりと|お困りの際|お手すき|お手隙|お時間のある/;

/**
 * A stranger asked to call us, or our waiting for their call (ご興味がございましたら、お電話をお待ちしております /
 * ご関心がおありでしたら、お電話ください): a condition of interest does not make a call a door left open; a
 * question of theirs (ご不明な点がございましたらお電話ください) does.
 */
export function asksForTheirCall(s: Sentence, f: JaSentenceFacts): boolean {
  if (f.question || !/電話/.test(s.text) || THEIR_QUESTION.test(s.text)) return false;
  const conditioned = containsAny(s.text, COLD_OUTREACH.softConditions);
  if (conditioned && !INTEREST_ONLY.test(s.text)) return false;
  const waited = f.predicates.some((p) => !p.negated && !p.past && /待/.test(`${p.noun ?? ''}${p.head}`));
  return waited || f.acts.includes('request') || /ください|下さい/.test(s.text);
}

/** Their reaction to our material: ご感想, ご意見, ご評価, ご所感, フィードバック, お返事, ご返信, ご回答. */
const REACTION = /ご感想|ご意見|ご評価|ご所感|フィードバック|お返事|ご返事|ご返信|ご回答|ご返答/;

/**
 * A stranger asked for their reaction to what we sent, with no door left open (ご覧になった後でご感想をお聞かせ
 * ください / ご検討のうえ、お返事をいただけますと幸いです): an answer is expected of someone who never asked.
 */
export function asksForReaction(s: Sentence, f: JaSentenceFacts): boolean {
  if (f.question || containsAny(s.text, COLD_OUTREACH.softConditions) || THEIR_QUESTION.test(s.text)) return false;
  const at = s.text.search(REACTION);
  return at >= 0 && (f.acts.includes('request') || ASK_END.test(s.text));
}

/** A result in figures: a share, a sum, a time or a multiple (45%, 8割, 1,200万円, 2倍), or 半分 / 半減 / ゼロ. */
const OUTCOME_FIGURE = /(?<![0-9０-９,，.])[0-9０-９][0-9０-９,，.]{0,12}\s?(?:%|％|割|万円|億円|円|時間|日|倍|ポイント|件|名|人)|半分|半減|倍増|ゼロ/;
/** What a result does: cut, shortened, improved, achieved, reduced, raised. */
const OUTCOME_VERB = /削減|短縮|減ら|減り|減っ|減少|下が|下げ|向上|改善|実現|アップ|増え|増や|増加|伸ば|伸び|高め|上が|達成|効率化|圧縮|低減|半減|解消|成功|抑え/;
/** Who had the result: our product, its adopters, the reader's peers (導入企業, 同業他社様, 導入された工場). */
const ADOPTERS = /導入|同業|他社|お客様|ユーザー|ご利用|採用|実績|事例|企業様|工場|弊社の|当社の|弊社製品|弊社サービス/;
/** The same result promised to the reader: 貴社でも…見込めます / お約束できます / 期待できます. */
const PROMISE_TO_READER = /(?:貴社|御社|貴院|貴店|貴校)(?:でも|においても|におきましても|にも|様でも|様にも)[^。]{0,30}(?:見込め|見込ま|期待でき|お約束|実現でき|実現いただけ|可能|できます|いただけます|出せます)/;

/**
 * A claim of results a pitch opens on (同業他社様では年間1,200万円のコスト削減を実現しました, 導入した工場で作業時間を
 * 平均45%短縮しています), or the same result promised to the reader (貴社でも同様の効果が見込めます): figures and a
 * verb of improvement about our product's adopters. Not a question, not negated.
 */
export function claimsOutcome(s: Sentence, f: JaSentenceFacts): boolean {
  if (f.question || f.main?.negated) return false;
  if (PROMISE_TO_READER.test(s.text)) return true;
  return OUTCOME_FIGURE.test(s.text) && OUTCOME_VERB.test(s.text) && ADOPTERS.test(s.text);
}

/** The reader asked to weigh or read our pitch: ご検討ください, ご一読ください, ぜひご覧ください. */
const CONSIDER = /ご検討|ご一読|ご覧|お目通し|お試し|ご一報|ご評価/;
export function asksToConsider(s: Sentence, f: JaSentenceFacts): boolean {
  return CONSIDER.test(s.text) && asks(s, f) && !containsAny(s.text, COLD_OUTREACH.softConditions);
}

/** Advice to buy: ご契約いただくのが安全です / ご導入されるのが得策です / お早めのお申し込みがおすすめです. */
const ADVICE_TO_BUY = /(?:いただく|される|なさる|する)のが(?:安全|得策|賢明|確実|おすすめ|お勧め|一番|最善)|(?:が|は)(?:おすすめ|お勧め|得策|賢明)(?:です|でございます)/;
export function advisesPurchase(s: Sentence): boolean {
  return ADVICE_TO_BUY.test(s.text) && COLD_OUTREACH.saleNouns.some((n) => s.text.includes(n));
}

/** The claimed result promised to the reader (貴社でも同じ成果をお約束できます). */
export const promisesToReader = (s: Sentence, f: JaSentenceFacts) => !f.question && PROMISE_TO_READER.test(s.text);

/**
 * 弊社サービスをご紹介するお時間を上記日時で確保いたしました / 来週火曜14時にオンライン面談を設定しました / カレンダーの
 * ご招待をお送りしました: a meeting fixed by us, done (past or standing) — a slot, a meeting, a visit booked, not asked
 * for. Said to a stranger, it takes their yes for granted.
 */
export function booksMeeting(s: Sentence, f: JaSentenceFacts): boolean {
  const p = f.main;
  if (!p || p.quoted || p.negated || f.question || p.request) return false;
  if (!(p.past || p.progressive) || f.agent === 'client') return false;
  if (!BOOKING.test(p.noun ?? p.head) && !BOOKING.test(p.text) && !BOOKING_OBJECT.test(s.text.slice(Math.max(0, p.start - 12), p.start))) return false;
  // What is booked: a meeting, a visit, a slot of time, an invitation — and when, a date or 上記日時.
  const before = s.text.slice(0, p.start);
  return BOOKED_THING.test(before) && (WHEN.test(before) || /招待/.test(before));
}

/**
 * ご都合が悪い場合のみご返信ください / 特にご連絡がなければ、このまま伺います: their answer wanted only to decline —
 * silence taken as a yes to the meeting.
 */
export function optsOut(s: Sentence): boolean {
  return /ご?都合が(?:悪い|悪く|つかない|合わない|付かない)(?:場合|とき|時|ようでしたら|ようであれば)(?:のみ|だけ|に限り)/.test(s.text) ||
    (/(?:ご連絡|ご返信|お返事|ご返答)が?(?:ない|なければ|ございません(?:場合|でしたら))/.test(s.text) && /このまま|予定どおり|予定通り|ご参加いただける|承諾|とみなし|伺います|お待ちしております/.test(s.text));
}
/** Fixing a slot: 確保, 設定, 予約, 押さえる, 手配, 入れる, 設ける, 決める, 招待を送る. */
const BOOKING = /^(?:確保|設定|予約|仮予約|押さえる|仮押さえ|手配|入れる|設ける|決める|決定|セット|調整|お送り|送る|送付)$/;
const BOOKING_OBJECT = /(?:招待|インビテーション|会議URL)を(?:お)?$/;
const BOOKED_THING = /お時間|時間を|面談|打ち?合わ?せ|会議|ミーティング|商談|ご訪問|訪問|お伺い|デモ|説明会|ご紹介の場|枠|招待|インビテーション/;
const WHEN = /上記|下記|以下の|[0-9０-９]{1,2}(?:日|時|:|：)|[月火水木金土日]曜|来週|明日|明後日|週明け|日時|日程|カレンダー/;

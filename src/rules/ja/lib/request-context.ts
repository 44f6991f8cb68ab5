// Whether a no answers something the client asked for. A refusal answers a request (ご依頼の件、…は不可と
// なります); bad news announces a change nobody asked for (来月から…の出荷は不可となります). When a sentence
// reads as both, the request decides which finding it is: the refusal rules keep it when the client asked,
// and leave it to the bad-news reading when nobody did.
import { costOnClientVerdict } from './cost-hand-over';
import { JA_THEIR_REQUEST, jaAskNamed } from '../../../engine/analysis/asked';
import { japaneseFacts } from '../../../engine/analysis/ja';
import { carriesTokens } from '../../../engine/parse';
import type { RuleContext } from '../../../engine/rule';
import type { Sentence } from '../../../engine/types';
import { flatRefusalsOf, refusesConcessionAfter } from './flat-refusal';

/**
 * Whether the sentence or the one before names the client's request (ご依頼, ご要望, 〜たいとの): the shared Japanese
 * "they asked" fact (src/engine/analysis/asked.ts).
 */
export function answersRequest(text: string, previous: string | undefined): boolean {
  return jaAskNamed(text) || (!!previous && jaAskNamed(previous));
}

/**
 * True when the sentence announces bad news (its `news` fact) that is not the answer to a request of the
 * client's: a partial supply (200kgしか出せません) or an end of sale is ja.bad-news.blunt-bad-news's to judge.
 */
export function isNewsNotAnswer(ctx: RuleContext, s: Sentence, previous: Sentence | undefined): boolean {
  // Whether it has tokens, without reading them (which copies a moved sentence's tokens): its facts are cached.
  if (!carriesTokens(s)) return false;
  const news = ctx.facts.of(japaneseFacts, s).news;
  if (!news) return false;
  if (concessionRefused(ctx, s, news.end)) return false;
  // A cost put on the client in a reply: one decision for both rules (cost-hand-over.ts, newsja round 24), so it is never lost.
  const cost = costOnClientVerdict(ctx, s);
  if (cost) return cost === 'news';
  // Part of an order, a higher price in figures, a later date, nothing in stock: news even when their order
  // is named (ご依頼の500kgは、200kgしか出せません). A cue word (変更, 見合わせ, 不可) names what the client
  // asked for as well as news, so once they asked, the sentence answers them (ご提案のあった…変更ですが、
  // 弊社の規定によりお受けできません).
  if (limitAsReason(ctx, s, previous, news)) return false;
  if (MEASURED_NEWS.has(news.source) && !limitedActRefused(ctx, s, news) && !refusedBeforePartial(ctx, s, previous, news)) return true;
  return !answersRequest(s.text, previous?.text) && !ctx.paragraphHas(s, JA_THEIR_REQUEST);
}

/** A reply's subject that names the client's request: 「Re: 分析証明書（日本語版）のお願い」「RE: 分割納品のご相談」. */
const REPLY_TO_ASK = /^\s*(?:re|RE|Re|返信|Fw|FW)\s*[:：].*(?:お願い|ご依頼|ご要望|ご相談|ご希望|お問い合わせ|お問合せ|ご質問|可否)/;
/** The sentence opens on the topic asked about, as a reply does: 「分析証明書の日本語版ですが、」「納期の件ですが、」. */
const TOPIC_FRAME = /^[^、。]{2,30}(?:ですが|の件(?:ですが|につきまして|について)?)[、，]/;
/** The only-word's clause closed as a reason right before our no: 英語版しか出していないので、 / 在庫が少ないため、. */
const REASON_CLOSE = /^[^。]{0,8}?(?:ので|ため|から)[、，]?/;

/**
 * Round 42: 「分析証明書の日本語版ですが、現地ラボは英語版しか出していないので、日本語版は作成できません」 — in a reply on their
 * request (the subject names it, or the sentence opens on its topic), a limit told as the reason (…しか…ないので) for our
 * flat no after it: the no is the answer, a refusal; the limit is its reason, not news of a partial supply.
 */
function limitAsReason(ctx: RuleContext, s: Sentence, previous: Sentence | undefined, news: { source: string; end: number }): boolean {
  if (news.source !== 'partial-supply') return false;
  const reason = REASON_CLOSE.exec(s.text.slice(news.end));
  if (!reason) return false;
  const after = news.end + reason[0].length;
  if (!flatRefusalsOf(ctx, s).some((c) => c.final && c.start >= after)) return false;
  return answersRequest(s.text, previous?.text) || ctx.paragraphHas(s, JA_THEIR_REQUEST) || REPLY_TO_ASK.test(ctx.draft.subject ?? '') ||
    TOPIC_FRAME.test(s.text);
}

// The paragraph up to the sentence: ご依頼の納期前倒しの件、承知しました。ただ、…。これ以上の短縮はできかねます —
// a reply goes on answering the request its paragraph opened with, however many sentences it takes. Read through
// ctx.paragraphHas (jaAskNamed's pattern on ctx.paragraphBefore, from the paragraph's first match: linear in one
// giant paragraph), not sliced from ctx.text: the sentence rules' cached reports then hold only while that
// paragraph is the same (an edit above the sentence that adds or drops ご依頼 runs them again).

/**
 * Round 34 (post34ja): the only-word (だけ / のみ) of a partial supply closed in a clause of its own before our negated act —
 * 先に入荷した分だけを分けてお届けすることには対応できません (the split delivery they asked for, named as a こと clause),
 * クラウド版のみでのご提供となっており、オンプレミス版の提供は行っておりません (the limit told, then the no): the no of
 * the act is the answer, so once they asked it is the refusal rules' like any other no. 200kgしか出せません (しか with the
 * negated verb) and 一部のみの出荷となります (the limit as the main clause) stay news.
 */
function limitedActRefused(ctx: RuleContext, s: Sentence, news: { source: string; end: number; negated?: boolean }): boolean {
  if (news.source !== 'partial-supply' || news.negated) return false;
  const main = ctx.facts.of(japaneseFacts, s).main;
  if (!main || !main.negated || main.kind !== 'verb' || main.start < news.end) return false;
  return LIMIT_CLOSED.test(s.text.slice(news.end, main.start));
}
/**
 * Round 35 (refja35): ご希望の各サイズ5箱はお送りできませんので、各1箱をお送りします — our no of the amount asked for in a clause
 * of its own (ので / ため / が、), then the part we send instead: the no comes first and answers their ask (named in the
 * sentence, the one before or the paragraph); the partial supply after it is the alternative, not the news. 200kgしか出せません
 * (the no is the partial supply itself) and 一部のみの出荷となります (nothing refused) stay news.
 */
function refusedBeforePartial(ctx: RuleContext, s: Sentence, previous: Sentence | undefined, news: { source: string; start: number; negated?: boolean }): boolean {
  if (news.source !== 'partial-supply' || news.negated) return false;
  if (!flatRefusalsOf(ctx, s).some((c) => !c.final && !c.spec && c.end <= news.start)) return false;
  return answersRequest(s.text, previous?.text) || ctx.paragraphHas(s, JA_THEIR_REQUEST);
}

/** Between the only-word and the negated act: a こと clause closed (…することには) or a clause ended by a comma. */
const LIMIT_CLOSED = /こと(?:に|は|を|も)|[、，]/;

/** News read from figures or dates rather than from a word of ending or changing (ja-news.ts sources). */
// Round 47: goods short of what the client specified (ご指定の許容範囲に収まっておりません, news.json below-standard): a
// result found, never a decision on their ask, though ご指定 names what they asked.
const MEASURED_NEWS = new Set(['partial-supply', 'price-figures', 'no-stock', 'schedule-shift', 'date-moved-later', 'below-standard']);
/** A price or a date no longer kept (ja-news.ts): a no when the client asked to keep it. */
const KEPT_NOT = new Set(['price-not-kept', 'schedule-not-kept']);
/** A slip that happens to the schedule (ずれ込む, 遅れる, 延びる): no decision anyone made on a request. */
const SLIP_VERBS = /^(?:ずれ込む|ずれる|遅れる|延びる|伸びる)$/;

/**
 * A sentence that answers the client's request with a decision on it (ご提案いただいた共同開発は、今回は見合わせます)
 * is a refusal, the refusal rules' to judge, not news. An end of a product or of its coverage (ご質問の旧版は、3月以降は
 * サポート対象外となります) and news in figures stay news even when asked about: they hold for every client.
 */
/** ご要望の / ご依頼いただいた / ご希望の right before a word: the word names what the client asked for. */
const ASKED_BEFORE_WORD = /(?:ご|お)(?:要望|依頼|希望|相談|申し出)(?:いただいた|頂いた|いただきました)?の?$/;

export function answersWithDecision(ctx: RuleContext, s: Sentence): boolean {
  if (!carriesTokens(s)) return false;
  const facts = ctx.facts.of(japaneseFacts, s);
  const news = facts.news;
  if (!news) return false;
  // …限界まで下げておりますので、これ以上の値引きは無理です: the news word is the reason of a no on a concession.
  if (concessionRefused(ctx, s, news.end)) return true;
  // A decision on one act that the news entry declares (an event of ours called off) is a decision like any other:
  // 「…とのご依頼ですが、今回は見送らせていただきます」 answers them.
  // Our contact or desk moved (お問い合わせ窓口は本社に移管いたします) answers no request either: お問い合わせ there
  // names the desk, not something they asked.
  // Round 24: 仕様変更のご要望ですが、…変更はありません — the news word is the object of their request (の + ご要望), so a
  // no after it answers them.
  if (/^の?(?:ご|お)?(?:要望|依頼|希望|相談|申し出|件)/.test(s.text.slice(news.end, news.end + 6)) && flatRefusalsOf(ctx, s).some((c) => c.start >= news.end)) return true;
  // Round 34: ご要望の仕様変更は、審査の結果、却下となりました — the news word named as what they asked for (ご要望の + the word),
  // the sentence's final no after it: their ask decided against, in whatever clause the no stands.
  if (ASKED_BEFORE_WORD.test(s.text.slice(Math.max(0, news.start - 12), news.start)) && flatRefusalsOf(ctx, s).some((c) => c.final && c.start >= news.end)) return true;
  // Round 34 (post34ja): 先に入荷した分だけを分けてお届けすることには対応できません — the limit closed in the act asked for, our no
  // of that act after it: a refusal once they asked (limitedActRefused).
  if (limitedActRefused(ctx, s, news) && (jaAskNamed(s.text) || ctx.paragraphHas(s, JA_THEIR_REQUEST))) return true;
  if (limitAsReason(ctx, s, undefined, news)) return true;
  if (MEASURED_NEWS.has(news.source) || ((news.kind === 'discontinued' || news.source === 'contact-moved') && !news.decision)) return false;
  // ご相談の分割納品は困難です: the news word names what they asked for, and a flat no on it ends the sentence.
  if (jaAskNamed(s.text) && flatRefusalsOf(ctx, s).some((c) => c.final && c.clauseStart <= news.start && news.end <= c.start)) return true;
  // 旧価格で納品してほしいとのご依頼について…。旧価格での販売は継続できません: keeping a price or a date the
  // client asked for, turned down — a refusal, wherever in the paragraph they asked.
  if (KEPT_NOT.has(news.source)) return jaAskNamed(s.text) || ctx.paragraphHas(s, JA_THEIR_REQUEST);
  // A decision is the news verb as the sentence's own main verb (…は見合わせます, 見合わせさせていただきます),
  // not a state the sentence reports (ご指定のグレーは欠品中で、…: a stock-out stays news).
  const head = facts.main?.head ?? '';
  if (head.length < 2 || !s.text.slice(news.start, news.end).startsWith(head.slice(0, -1))) return false;
  // ご要望いただいていた機能のリリースは、6月末にずれ込みます: the thing asked for slips; nobody decided on it.
  if (news.kind === 'delay' && SLIP_VERBS.test(head)) return false;
  // Named in the sentence itself: a notice that opens with ご愛顧/ご用命 thanks answers no request of theirs.
  return jaAskNamed(s.text);
}

/** A flat no ending the sentence on a concession (無償交換, 値引き), with the sentence's news before its clause. */
function concessionRefused(ctx: RuleContext, s: Sentence, newsEnd: number): boolean {
  return flatRefusalsOf(ctx, s).some((c) => c.final && refusesConcessionAfter(c, s.text, newsEnd));
}

/** 今月は / 当面は / 現時点では: a no scoped to a stretch of time. */
const TIME_SCOPE = /(?:今月|今週|今期|年内|月内|週内|現在|現時点|当面|しばらく)(?:中|の間)?(?:は|では|も|[、，])/;
/** Supplying goods: what a stock-out stops. */
const SUPPLY = /(?:用意|手配|出荷|納品|供給|届け|確保)[^、。はも]{0,8}$/;

/**
 * 今月はご用意できません: goods we cannot supply for a stretch of time is a shortage, bad news, unless the
 * client asked for something (ご要望の特注色は、今月はご用意できません answers them). `upTo` is the sentence's
 * text up to the end of the no.
 */
export function shortageNotAsked(ctx: RuleContext, s: Sentence, previous: Sentence | undefined, upTo: string): boolean {
  if (!TIME_SCOPE.test(upTo) || !SUPPLY.test(upTo)) return false;
  return !answersRequest(s.text, previous?.text) && !ctx.paragraphHas(s, JA_THEIR_REQUEST);
}

/** A reply's subject: Re: / RE: / 返信: / 【回答】. */
const REPLY_SUBJECT_JA = /^\s*(?:(?:re|ｒｅ|Ｒｅ|ＲＥ)\s*[:：]|(?:返信|回答|ご回答|お返事)\s*[:：]|【(?:返信|回答|ご回答)】)/i;
/** A word of the subject's: a run of kanji or katakana, whose two-character pieces are looked for in the sentence. */
const SUBJECT_WORD = /[\p{sc=Han}\p{sc=Kana}ー](?:[\p{sc=Han}\p{sc=Kana}ー]|[ぁ-ん](?=\p{sc=Han}))+/gu;

/**
 * Round 36 (refja36): the sentence answers the thread's matter — a reply (Re:, 返信:) whose subject names the thing the sentence
 * is about (Re: 施設開放 → 今回の開放は…): the client's ask is implied by the reply, even when the mail never names it again.
 * `before`: the sentence's words before its predicate (the thing, not our answer).
 */
export function replyOnTopic(ctx: RuleContext, before: string): boolean {
  const subject = ctx.draft.subject ?? '';
  const m = REPLY_SUBJECT_JA.exec(subject);
  if (!m) return false;
  for (const word of subject.slice(m[0].length).match(SUBJECT_WORD) ?? []) {
    for (let i = 0; i + 2 <= word.length; i++) if (before.includes(word.slice(i, i + 2))) return true;
  }
  return false;
}

/**
 * Round 37 (refja37): the sentence opens on their ask and answers it in its next clause — 「ご質問の件ですが、オンプレミス版のご提供は
 * ございません」「有機JAS認証のロットのご質問ですが、…ご用意がありません」「さて、ご質問の件ですが、私たちは…やっていません」: even a question
 * (ご質問, お問い合わせ) answered with our flat no right after naming it is the no to what they asked for. `before`: the sentence's
 * words before our no. The ask must close its own clause (〜ですが、 / 〜については、 / 〜につきましては、), so a noun of theirs
 * inside the no's own topic (ご質問いただいた資料は…) is no lead.
 */
const ASK_LEAD = new RegExp(`(?:${JA_THEIR_REQUEST.source})[^、。]{0,8}?(?:(?:です|でございます)が|について(?:は)?|につきまして(?:は)?|の件(?:は|で)?)[、，]`);
export function askLeads(before: string): boolean {
  return ASK_LEAD.test(before);
}

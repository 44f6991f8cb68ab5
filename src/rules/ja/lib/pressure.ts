// Structural readings of pressure on a prospect's decision, over kuromoji tokens: a time limit however the
// date is written, a benefit tied to deciding within it, an offer period with an end, and other companies
// said to be deciding. Each returns the span (relative to the sentence) to underline, or undefined.
import type { Sentence, Token } from '../../../engine/types';
import { PRESSURE } from './dictionaries';

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
    const limit = (t.surface === 'まで' && t.pos === '助詞') || ((t.surface === '中' || t.surface === '内') && t.pos1 === '接尾');
    if (!limit) continue;
    let b = k;
    while (b > 0 && k - b < 6 && (tokens[b - 1]!.pos === '名詞' || tokens[b - 1]!.pos === '接頭詞') && tokens[b - 1]!.pos1 !== '代名詞') b--;
    const date = tokens.slice(b, k);
    if (!date.length || !date.some((d) => d.pos1 === '副詞可能' || d.pos1 === '数' || /[日月週曜時末朝夕晩間]$/.test(d.surface))) continue;
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
  for (const [from, to] of timeLimits(tokens)) {
    // From the limit itself: 即決いただければ is both the time and the decision.
    const at = tokens[from]!.start - s.start;
    const rest = s.text.slice(at);
    const decision = firstOf(rest, PRESSURE.decisionNouns);
    if (decision < 0 || decision > 22) continue;
    const benefit = firstOf(rest.slice(decision), PRESSURE.benefitWords);
    if (benefit < 0) continue;
    return [tokens[from]!.start - s.start, s.text.length];
  }
  return undefined;
}

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
 * セールは明日で終了となります / キャンペーンは今月末をもって終了いたします: a campaign's end ahead, with a
 * date. An end already past (先月で終了いたしました) is news of what was.
 */
function campaignEnds(s: Sentence, tokens: readonly Token[]): [number, number] | undefined {
  const campaign = /キャンペーン|セール|特典|割引|特別価格|特価|優待/.exec(s.text);
  if (!campaign) return undefined;
  const end = /(?:で|をもって|をもちまして|にて)(?:終了|締め切|打ち切)/.exec(s.text.slice(campaign.index));
  if (!end || /(?:終了|締め切|打ち切)[^。]{0,6}(?:ました|た。)/.test(s.text)) return undefined;
  const until = campaign.index + end.index;
  const dated = tokens.some((t) => t.start - s.start > campaign.index && t.start - s.start < until && (t.pos1 === '数' || t.pos1 === '副詞可能' || /[日月週末]$/.test(t.surface)));
  return dated ? [campaign.index, s.text.length] : undefined;
}

/**
 * 同業他社様も続々とご導入を決められています / 他社様からのお申し込みが相次いでおります: other companies
 * said to be deciding, a push to follow them. A case study (他社様の導入事例) only informs.
 */
export function othersDeciding(s: Sentence): [number, number] | undefined {
  const at = firstOf(s.text, PRESSURE.otherCompanies);
  if (at < 0) return undefined;
  const rest = s.text.slice(at);
  if (/事例|実績|比較/.test(rest)) return undefined;
  const rush = /続々|次々|相次|殺到|早い者勝ち|急増/.test(rest);
  const also = /^[^、。]{0,8}?も/.test(rest.slice(0, 12)) && (firstOf(rest, PRESSURE.decisionNouns) >= 0 || /決め|採用|乗り換え|切り替え|狙|ご検討中/.test(rest));
  return rush || also ? [at, s.text.length] : undefined;
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

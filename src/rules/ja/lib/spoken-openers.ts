// How a sentence to a client opens and closes in speech rather than writing, read from kuromoji's parts of
// speech and conjugation forms rather than from a list of sentences: an interjection before the comma (うん、
// あ、 えっと、 なるほど、), the spoken じゃ(あ) for では, a plain clause spliced before a polite one (わかった、
// すぐ対応します), and a sentence closed on a bare noun or the そう of appearance (楽しみ！ 守れそう。).
import { finalPredicate } from '../../../engine/analysis/ja-predicate';
import type { Sentence, Token } from '../../../engine/types';

export type SpokenKind = 'interjection' | 'plain-clause' | 'bare-ending';

export interface SpokenSlip {
  kind: SpokenKind;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** What replaces start..end. */
  text: string;
}

/**
 * The interjections (感動詞) that written Japanese keeps: yes and no, the greetings of the day, すみません and
 * ありがとう (the bare ありがとう is ja.register.casual-to-client's), はじめまして. Every other one — うん, あ, えっ(と), へえ, おお,
 * うーん, なるほど (which reads as judging the client's point) — is speech.
 */
const WRITTEN_INTERJECTIONS = new Set(['はい', 'はじめまして', '初めまして', 'おめでとう', 'ようこそ', 'いいえ', 'いえ', 'ええ', 'こんにちは', 'こんばんは', 'おはよう', 'すみません', 'ありがとう', 'さようなら', '拝啓', '敬具']);

const isComma = (t: Token | undefined) => !!t && t.pos === '記号' && /^[、，,！!]$/.test(t.surface);

/** うん、 / あ、 / えっと、 / じゃあ、: the opening word of speech, up to its comma; the fix drops it (じゃ → では). */
function interjection(tokens: readonly Token[], base: number): SpokenSlip | undefined {
  const t = tokens[0];
  if (!t) return undefined;
  const conj = t.pos === '接続詞' && /^じゃ/.test(t.surface);
  // そうですね、 is one interjection in kuromoji, polite in itself.
  if (!conj && (t.pos !== '感動詞' || WRITTEN_INTERJECTIONS.has(t.surface) || /です|ます/.test(t.surface))) return undefined;
  // えっ + と、 / あー + 、: one small token may draw the word out before its comma.
  let k = 1;
  if (!isComma(tokens[k]) && tokens[k] && /^(?:と|ー|っ)$/.test(tokens[k]!.surface)) k++;
  if (!isComma(tokens[k])) return undefined;
  const end = tokens[k]!.end - base;
  return { kind: 'interjection', start: t.start - base, end: conj ? t.end - base : end, text: conj ? 'では' : '' };
}

/**
 * わかった、すぐ対応します / 助かった、ありがとうございます / 大丈夫だ、来週伺います: a short clause opening the sentence
 * on a finished plain form (基本形 of a verb, an adjective, た or だ) and cut off by a comma, while the sentence ends
 * politely — a plain sentence spliced onto a polite one. A subordinate clause (〜ので、〜が、〜て、) has a
 * conjunction, and a modifier with a comma (お送りした、見積書) is longer or carries お/ご; both are left.
 */
function plainClause(tokens: readonly Token[], base: number): SpokenSlip | undefined {
  const comma = tokens.findIndex((t) => t.pos === '記号');
  if (comma < 1 || comma > 4 || tokens[comma]!.surface !== '、') return undefined;
  const clause = tokens.slice(0, comma);
  if (clause.some((t) => t.pos === '接頭詞' || t.pos === '助詞' || t.base === 'です' || t.base === 'ます' || t.base === 'ござる')) return undefined;
  // Only an adverb may come before the predicate (もう届いた、); a noun is a modifier's object or time (昨日お送りした、
  // 見積書), except the サ変 noun of する (了解した) and the stem before だ (大丈夫だ).
  const bare = clause.every((t, i) => t.pos !== '名詞' ||
    ((t.pos1 === 'サ変接続' || t.pos1 === '形容動詞語幹') && clause.slice(i + 1).every((x) => /^(?:動詞|助動詞)$/.test(x.pos))));
  if (!bare) return undefined;
  const last = clause[clause.length - 1]!;
  if (last.cForm !== '基本形' || !/^(?:動詞|形容詞|助動詞)$/.test(last.pos)) return undefined;
  if (last.pos === '助動詞' && !/^(?:た|だ|ない)$/.test(last.base)) return undefined;
  const whole = finalPredicate(tokens);
  if (whole.style !== 'polite') return undefined;
  const p = finalPredicate(clause);
  if ((p.style !== 'plain' && p.style !== 'dearu') || p.start === undefined || p.end === undefined || !p.polite) return undefined;
  const start = p.start - base;
  return { kind: 'plain-clause', start, end: p.end - base, text: p.polite };
}

/**
 * 来週お会いできるのが楽しみ！ / 納期は守れそう。: a sentence closed on a bare noun with ！ after its subject (が/は/の)
 * or on the そう of appearance after a verb's 連用形, with no です — the copula dropped, as in chat.
 */
function bareEnding(tokens: readonly Token[], base: number, text: string): SpokenSlip | undefined {
  let k = tokens.length - 1;
  while (k >= 0 && /^\s+$/.test(tokens[k]!.surface)) k--;
  const closer = tokens[k];
  if (!closer || closer.pos !== '記号' || !/^[。！!]$/.test(closer.surface) || /[：:「」]/.test(text)) return undefined;
  const last = tokens[k - 1];
  const before = tokens[k - 2];
  if (!last || !before || last.pos !== '名詞') return undefined;
  const appearance = last.surface === 'そう' && last.pos1 === '接尾' && (before.pos === '動詞' || before.pos === '形容詞') && before.cForm === '連用形';
  const exclaimed = /^[！!]$/.test(closer.surface) && /^(?:一般|形容動詞語幹)$/.test(last.pos1) && before.pos === '助詞' && /^(?:が|は|の)$/.test(before.surface) &&
    tokens.slice(0, k - 2).some((t) => t.pos === '動詞');
  if (!appearance && !exclaimed) return undefined;
  return { kind: 'bare-ending', start: last.start - base, end: last.end - base, text: `${last.surface}です` };
}

/** A token of white space only (one regex, not a literal made again for every token of every sentence). */
const SPACES = /^\s+$/;

/** The spoken openings and endings of one sentence to a client. */
export function spokenSlips(s: Sentence): SpokenSlip[] {
  const tokens = s.tokens?.filter((t) => !SPACES.test(t.surface));
  if (!tokens?.length) return [];
  const out: SpokenSlip[] = [];
  const opening = interjection(tokens, s.start);
  if (opening) out.push(opening);
  // After an opening word, the clause that follows it may be the plain one (うん、わかった、すぐ送ります).
  const from = opening ? tokens.findIndex((t) => t.start - s.start >= opening.end && t.pos !== '記号') : 0;
  const clause = from >= 0 ? plainClause(tokens.slice(from), s.start) : undefined;
  if (clause) out.push(clause);
  const ending = bareEnding(tokens, s.start, s.text);
  if (ending) out.push(ending);
  return out;
}

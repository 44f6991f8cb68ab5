// The order of a notice, a memo or an old-style official letter, written to a client: the classical forms of
// wish and duty closing the sentence (回答されたし, ご連絡ありたし, 厳守すべし, 行うべき。), the imperative
// (知らせよ, 提出せよ, 返送されよ, お待ちなさい), a plain verb of asking with no ます (ご了承を乞う, 返答願う,
// ご協力願いたい), the wish of an office (提出されたい, 留意されたい), an instruction left on ように
// (問い合わせるように。) and an order clipped before its verb (そのつもりで。 至急ご確認を。). Read from the
// kuromoji tags of the sentence's last words — the classical auxiliaries たし/べし, 命令形, よう + に — not a list
// of sentences, so any verb is caught. A letter asks a client: ご回答ください, 知らせてください, お願いいたします.
import type { JaSentenceFacts } from '../../../engine/analysis/ja';
import { conjugate, voicedTa } from '../../../engine/analysis/ja-conjugate';
import type { Sentence, Token } from '../../../engine/types';
import { inQuotes } from './text';

export interface ClassicalOrder {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
}

/** Imperatives that are set phrases of welcome or request, not orders (いらっしゃい(ませ), ください, ご覧ください). */
const POLITE_IMPERATIVES = new Set(['くださる', '下さる', 'いらっしゃる', 'ござる']);
/** Verbs of asking that a letter says with お願いいたします. */
const ASKING = new Set(['乞う', '請う', '願う']);

export function classicalOrder(s: Sentence, f: JaSentenceFacts): ClassicalOrder | undefined {
  const tokens = s.tokens;
  if (!tokens || f.question) return undefined;
  let k = tokens.length - 1;
  while (k >= 0 && (tokens[k]!.pos === '記号' || /^[\s。．！!…]+$/.test(tokens[k]!.surface))) k--;
  if (k < 1) return undefined;
  const found = read(tokens, k, s.text, f);
  if (!found) return undefined;
  const start = found.start - s.start;
  const end = tokens[k]!.end - s.start;
  if (inQuotes(f.quotes, start, end)) return undefined;
  return { start, end, text: found.text };
}

function read(tokens: readonly Token[], k: number, text: string, f: JaSentenceFacts): { start: number; text: string } | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1]!;
  // ご連絡ありたし: the classical たし of wish, tagged as such.
  if (t.pos === '助動詞' && t.base === 'たい' && t.cForm.startsWith('文語')) return asked(tokens, k - 1);
  // 回答されたし: IPADIC reads it as た + the conjunctive し; after the respect れる of an order, or a verb's 連用形.
  if (t.surface === 'し' && t.pos === '助詞' && prev.base === 'た' && prev.pos === '助動詞') {
    const v = tokens[k - 2];
    if (v && v.pos === '動詞' && v.cForm === '連用形') return asked(tokens, respectBase(tokens, k - 2));
  }
  // 厳守すべし / 行うべき。: duty laid on the reader.
  if (t.pos === '助動詞' && t.base === 'べし' && prev.pos === '動詞') return asked(tokens, k - 1);
  // 返送されよ: IPADIC tags the classical imperative of れる as れよ.
  if (/^(?:れよ|られよ)$/.test(t.surface) && prev.pos === '動詞') return asked(tokens, k - 1);
  // …or, after a noun, as れ + the particle よ (返送さ|れ|よ).
  if (t.surface === 'よ' && t.pos === '助詞' && prev.pos1 === '接尾' && /^(?:れる|られる)$/.test(prev.base) && prev.cForm === '連用形' && tokens[k - 2]?.pos === '動詞') {
    return asked(tokens, k - 2);
  }
  // 知らせよ / 提出せよ / お待ちなさい: the imperative.
  if (t.pos === '動詞' && t.cForm.startsWith('命令') && !POLITE_IMPERATIVES.has(t.base)) {
    if (t.base !== 'なさる') return asked(tokens, k);
    if (prev.pos === '動詞') return asked(tokens, k - 1);
    // お待ちなさい → お待ちください.
    if (prev.pos === '名詞' && /^[おご御]/.test(prev.surface)) return { start: prev.start, text: `${prev.surface}ください` };
    return undefined;
  }
  // 提出されたい / 留意されたい: an office's wish, a request made as an order.
  if (t.pos === '助動詞' && t.base === 'たい' && t.cForm === '基本形' && prev.pos === '動詞' && prev.pos1 === '接尾' && /^(?:れる|られる)$/.test(prev.base)) {
    return asked(tokens, k - 2);
  }
  // ご了承を乞う / 返答願う / ご協力願いたい: a plain verb of asking.
  const ask = ASKING.has(t.base) && t.pos === '動詞' ? k : t.base === 'たい' && ASKING.has(prev.base) ? k - 1 : -1;
  if (ask > 0 && (ask < k || tokens[ask]!.cForm !== '連用形')) return askWithNoun(tokens, ask);
  // 問い合わせるように。 / 遅れないように。: an instruction left on ように (not a wish: なりますように).
  if (t.surface === 'に' && prev.surface === 'よう' && prev.pos === '名詞') {
    const v = tokens[k - 2];
    if (v && v.pos === '動詞' && v.cForm === '基本形') return asked(tokens, k - 2);
    const w = tokens[k - 3];
    if (v && v.pos === '助動詞' && v.base === 'ない' && w?.pos === '動詞') return { start: nounStart(tokens, k - 3), text: `${stemOf(tokens, k - 3)}ないでください` };
  }
  // そのつもりで。 / 至急ご確認を。: an order with its verb left out, written as a sentence.
  if (!f.main && t.pos === '助詞' && t.pos1 === '格助詞' && (t.surface === 'で' || t.surface === 'を') && prev.pos === '名詞' && /。\s*$/.test(text)) {
    return { start: t.start, text: `${t.surface}お願いいたします` };
  }
  return undefined;
}

/** 了承さ|れ|た|し: the verb the respect れる is on (さ of する), else the verb itself. */
function respectBase(tokens: readonly Token[], v: number): number {
  const t = tokens[v]!;
  if (t.pos1 === '接尾' && /^(?:れる|られる)$/.test(t.base) && tokens[v - 1]?.pos === '動詞') return v - 1;
  return v;
}

/** Where the asked act starts: an お/ご before a サ変 noun, the noun, or the verb. */
function nounStart(tokens: readonly Token[], v: number): number {
  const t = tokens[v]!;
  const noun = tokens[v - 1];
  if ((t.base === 'する' || t.base === 'ある') && noun?.pos === '名詞') {
    const prefix = tokens[v - 2];
    return prefix?.pos === '接頭詞' && /^[おご御]$/.test(prefix.surface) ? prefix.start : noun.start;
  }
  return t.start;
}

/** The verb (or サ変 noun) at `v` asked politely: ご回答ください, 知らせてください. */
function asked(tokens: readonly Token[], v: number): { start: number; text: string } | undefined {
  const t = tokens[v]!;
  const noun = tokens[v - 1];
  if ((t.base === 'する' || t.base === 'ある') && noun?.pos === '名詞') {
    const prefix = tokens[v - 2];
    const prefixed = prefix?.pos === '接頭詞' && /^[おご御]$/.test(prefix.surface);
    // ご連絡ありたし keeps its own prefix; a bare サ変 noun of kanji takes ご (ご回答ください).
    const honour = prefixed ? prefix!.surface : /^\p{Script=Han}+$/u.test(noun.surface) ? 'ご' : '';
    return { start: prefixed ? prefix!.start : noun.start, text: `${honour}${noun.surface}ください` };
  }
  if (t.pos !== '動詞') return undefined;
  const stem = stemOf(tokens, v);
  if (!stem) return undefined;
  return { start: t.start, text: `${stem}${voicedTa(t.cType) ? 'で' : 'て'}ください` };
}

/** The 連用タ接続 stem of the verb at `v` (知らせ, 送っ), '' when it cannot be conjugated. */
function stemOf(tokens: readonly Token[], v: number): string {
  const t = tokens[v]!;
  return conjugate(t.base, t.cType, '連用タ接続') ?? '';
}

/** ご了承を乞う → ご了承をお願いいたします; 返答願う → ご返答をお願いいたします. */
function askWithNoun(tokens: readonly Token[], ask: number): { start: number; text: string } | undefined {
  const wo = tokens[ask - 1]?.surface === 'を' ? 1 : 0;
  const noun = tokens[ask - 1 - wo];
  if (!noun || noun.pos !== '名詞') return { start: tokens[ask]!.start, text: 'お願いいたします' };
  const prefix = tokens[ask - 2 - wo];
  const prefixed = prefix?.pos === '接頭詞' && /^[おご御]$/.test(prefix.surface);
  const honour = prefixed ? prefix!.surface : /^\p{Script=Han}+$/u.test(noun.surface) && noun.pos1 === 'サ変接続' ? 'ご' : '';
  return { start: prefixed ? prefix!.start : noun.start, text: `${honour}${noun.surface}をお願いいたします` };
}

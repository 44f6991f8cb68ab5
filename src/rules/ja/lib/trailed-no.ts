// Round 32: a Japanese refusal trailed off — 「ご希望の2月の開催は、…動けないため、ちょっと…」「〜は難しいかと…」「〜は厳しいですね」
// 「〜は困難かと存じます」 — read from the shape of the sentence's end (kuromoji tokens), not from a list of sentences:
// - elided: the sentence stops on an adverb (ちょっと, なかなか, いささか — any 副詞) whose predicate is left unsaid, at the
//   sentence's end or cut off by an ellipsis (ちょっと…というのが正直なところです);
// - difficulty: the sentence's last predicate is a word of difficulty (dictionaries/ja/trailed-refusal.json), hedged at most
//   (かと, かなと, と思います, と存じます, ところです, ね, …) — never negated or past (難しくありません, 難しかった).
// Either one counts only after a topic (〜は, 〜ですと, 〜の件、, a colon or arrow of an answer line, an A. of a Q&A): what the
// adverb or the difficulty is about. Whether that topic is the client's ask, and whether a cushion or a remedy goes with
// it, is the rule's call (ja.blunt-refusal.trailed-refusal).
import type { Sentence, Token } from '../../../engine/types';
import { TRAILED_REFUSAL } from './dictionaries';

export interface TrailedNo {
  kind: 'elided' | 'difficulty';
  /** Sentence-relative offsets of the trailing no: from its degree adverb (if any) to its last word or ellipsis. */
  start: number;
  end: number;
  /** Sentence-relative offset where the topic clause starts (after a bullet, an A. marker or a leading label). */
  topicAt: number;
  /** The clause before the no names an act or a matter (a サ変 noun, a verb's noun form, 件, their ask named). */
  aboutAct: boolean;
  /** The noun the topic particle marks (据え置き in 単価の据え置きは), when one does. */
  topic?: string;
}

const DIFFICULTY = new Set(TRAILED_REFUSAL.difficulty);
/** Words that hedge a sentence-final predicate without changing what it says: です, ます, か, と, ね, 思う, おる. */
const HEDGE_AUX = /^(?:です|ます|だ|う)$/;
const HEDGE_PARTICLE = /^(?:ね|よ|な|か|と|て|わ)$/;
const HEDGE_VERB = /^(?:思う|存じる|存ずる|考える)$/;
/** 〜ております / 〜ている after a verb of thinking: only as the auxiliary (いる as a verb of its own is no hedge: キツ + い). */
const HEDGE_AUX_VERB = /^(?:おる|いる)$/;
/** An ellipsis: the rest of the sentence left unsaid. */
const ELLIPSIS = /[…‥]|・・|\.\.\./;
/**
 * Adverbs that lead a request or a closing rather than a predicate left unsaid (何卒…, ぜひ…, お早めにどうぞ), or that a
 * schedule line ends on as it stands (1月5日より順次: integration of round 32, r25 dc-064 and r23 zja-b-009).
 */
const NOT_ELIDED = /^(?:何卒|なにとぞ|ぜひ|是非|どうか|どうぞ|よろしく|取り急ぎ|順次)$/;
/** The answer half of a Q&A, or a verdict's lead: A. / A1： / 回答： / → / ⇒ / a label's colon. */
const ANSWER_LEAD = /^\s*(?:[AaＡ][0-9０-９]{0,2}\s*[.．:：)）]|(?:回答|答え?)\s*[:：])/;
const TOPIC_TEXT = /(?:です|でし)(?:と|が)[、，]|件[、，]|[：:→⇒]/;

function isHedge(t: Token): boolean {
  if (t.pos === '助動詞') return HEDGE_AUX.test(t.base);
  if (t.pos === '助詞') return HEDGE_PARTICLE.test(t.surface);
  if (t.pos === '動詞') return HEDGE_VERB.test(t.base) || (t.pos1 === '非自立' && HEDGE_AUX_VERB.test(t.base));
  return t.pos === '名詞' && t.pos1 === '非自立' && t.base === 'ところ';
}

function isDifficulty(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (DIFFICULTY.has(t.surface) || DIFFICULTY.has(t.base)) return i;
  // キツい: IPADIC reads キツ + い (a noun and いる); two tokens joined are the word.
  const prev = tokens[i - 1];
  if (prev && DIFFICULTY.has(prev.surface + t.surface)) return i - 1;
  return -1;
}

/** The trailed-off no ending the sentence, if any. Linear in the tokens. */
export function trailedNo(s: Pick<Sentence, 'text' | 'start' | 'tokens'>): TrailedNo | undefined {
  const tokens = s.tokens;
  if (!tokens || tokens.length < 2) return undefined;
  const rel = (n: number) => n - s.start;
  let i = tokens.length - 1;
  let end = -1;
  let cut = false;
  while (i >= 0 && (tokens[i]!.pos === '記号' || /^\s+$/.test(tokens[i]!.surface))) {
    if (ELLIPSIS.test(tokens[i]!.surface) || tokens[i]!.surface === '・') {
      cut = true;
      if (end < 0) end = rel(tokens[i]!.end);
    }
    i--;
  }
  if (i < 0) return undefined;
  const last = i;
  let found: { kind: TrailedNo['kind']; core: number } | undefined;
  // An adverb cut off mid-sentence by an ellipsis (ちょっと…というのが正直なところです).
  for (let k = 1; k < last; k++) {
    const t = tokens[k]!;
    if (t.pos === '副詞' && !NOT_ELIDED.test(t.base) && ELLIPSIS.test(tokens[k + 1]!.surface)) {
      found = { kind: 'elided', core: k };
      break;
    }
  }
  if (!found) {
    if (tokens[last]!.pos === '副詞' && !NOT_ELIDED.test(tokens[last]!.base)) {
      // ちょっと。 / ちょっと… : the adverb is the last word; its predicate is left unsaid.
      found = { kind: 'elided', core: last };
    } else {
      let j = last;
      let hedges = 0;
      while (j > 0 && hedges < 9 && isHedge(tokens[j]!)) {
        j--;
        hedges++;
      }
      const core = isDifficulty(tokens, j);
      if (core >= 0) found = { kind: 'difficulty', core };
    }
  }
  if (!found) return undefined;
  let from = found.core;
  // ちょっと難しい / なかなか厳しい: the degree adverb before the difficulty goes with it.
  if (found.kind === 'difficulty' && tokens[from - 1]?.pos === '副詞') from--;
  const start = rel(tokens[from]!.start);
  if (end < 0 || !cut) end = rel(tokens[last]!.end);
  else end = Math.max(end, rel(tokens[last]!.end));
  const before = s.text.slice(0, start);
  // The topic the no is about: 〜は (a topic particle before it), 〜ですと / 〜ですが, 〜の件、, a label's colon, an answer's A.
  const answer = ANSWER_LEAD.exec(s.text);
  let topicParticle = false;
  let topic: string | undefined;
  for (let k = 1; k < from; k++) {
    const t = tokens[k]!;
    if (t.pos !== '助詞' || t.pos1 !== '係助詞' || t.surface !== 'は') continue;
    topicParticle = true;
    const noun = tokens[k - 1]!;
    if (noun.pos === '名詞' && noun.surface.length >= 2) topic = noun.surface;
  }
  if (tokens[0]!.pos === '助詞' && tokens[0]!.surface === 'は') topicParticle = true;
  if (!topicParticle && !TOPIC_TEXT.test(before) && !answer) return undefined;
  const lead = /^[\s・●○◎■□◆◇\-*＊※]*(?:[0-9０-９]{1,2}[.．)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)?/u.exec(s.text)![0].length;
  const topicAt = answer ? answer[0].length + (/^\s*/.exec(s.text.slice(answer[0].length))![0].length) : lead;
  let aboutAct = false;
  for (let k = 0; k < from && !aboutAct; k++) {
    const t = tokens[k]!;
    // 開催 / 見学 / 件: an act or a matter; 取り置き / 据え置き: a verb's noun form, a particle or a noun after it.
    aboutAct = (t.pos === '名詞' && (t.pos1 === 'サ変接続' || t.surface === '件')) ||
      (t.pos === '動詞' && t.pos1 === '自立' && t.cForm === '連用形' && /^(?:名詞|助詞)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1]?.surface !== 'て');
  }
  return { kind: found.kind, start, end, topicAt, aboutAct, ...(topic ? { topic } : {}) };
}

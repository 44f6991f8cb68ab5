// Round 30: a line with no final 。 — a chat or spoken line, or a mail's label, fragment, name or note line? Chat and
// transcripts end a sentence with a line break (資料、もう送った / 午後なら空いている); a mail has lines that end in a plain
// word for other reasons (納期：3週間, 暮らしの道具 あわい over 店主 柴田様, 図面を確認する as a step). Read from the line's
// structure, not a list of sentences:
// - a label: a field or table separator (：, |, a tab), a column gap (a noun phrase, a space, then the last word), a
//   proper noun right before the predicate (JAくれない), an address, a title line, a signature's phone, mail or URL;
// - a sentence of talk: its final chunk carries what a label never does — an auxiliary that reports (past た,
//   negative ない, volitional う/よう, hope たい), a state after て (ている / ておく / てみる / てしまう / てほしい), an adjective,
//   a verb of thinking; or a bare dictionary-form verb told with a topic (は/も, なら), an adverb or a word of time, which a
//   step (図面を確認する) does not carry.
// Cost: a few regex tests over the line (linear, no nested quantifiers) and one walk over its tokens — linear in the
// sentence, nothing read beyond it, so the register hook that runs on every edit stays flat per sentence.
import type { Sentence, Token } from '../../../engine/types';
import { isAddressLine, TITLE_LINE } from '../../../engine/analysis/layout';
import { CHAT_LINE } from './dictionaries';

/** A field, a table cell or a tab-separated column: 納期：3週間 / | 部品B | 来週届く | / 品目<TAB>状況. */
const FIELD_OR_CELL = /[：:|｜\t]/;
/**
 * A signature's or an address's marks: a phone or fax number, a postcode, a mail address, a URL; the verbs of thinking
 * (出せると思う, わからない: somebody's sentence); the auxiliaries that make a plain line a report or a state (past, negative,
 * volitional, hope); the particles a label's key never holds before its column gap (今日は 雨 / 了解、 すぐ). Word classes
 * with their own examples in dictionaries/ja/chat-line.json (round 31).
 */
const CONTACT = new RegExp(CHAT_LINE.contact.join('|'));
const THINKING = new Set(CHAT_LINE.thinking);
const REPORTING = new Set(CHAT_LINE.reporting);
const CLAUSE_PARTICLE = new Set(CHAT_LINE.clauseParticles);

/**
 * True when `s` (a sentence whose final predicate is `chain`, plain or だ, with no closing 。) reads as a line of chat
 * or speech rather than a mail's label or note line.
 */
export function readsAsChatLine(s: Sentence, chain: readonly Token[]): boolean {
  const tokens = s.tokens;
  const head = chain[0];
  if (!tokens || !head) return false;
  const text = s.text.trim();
  if (FIELD_OR_CELL.test(text) || CONTACT.test(text) || TITLE_LINE.test(text) || isAddressLine(text)) return false;
  const at = tokens.indexOf(head);
  if (at < 0) return false;
  // JAくれない / 暮らしの道具 あわい / 目的 来期の計画を共有する: a name or a key, then the word; not a clause.
  const before = tokens[at - 1];
  if (before?.pos === '名詞' && before.pos1 === '固有名詞') return false;
  if (columnGap(tokens, at)) return false;
  const reports = chain.some((t, i) => {
    const prev = i > 0 ? chain[i - 1] : before;
    return (t.pos === '助動詞' && REPORTING.has(t.base)) ||
      (t.pos === '形容詞' && (t.pos1 === '自立' || prev?.pos1 === '接続助詞')) ||
      // ている / ておく / てみる: a helper verb after て, not one glued to a noun.
      (t.pos === '動詞' && t.pos1 === '非自立' && prev?.pos1 === '接続助詞') ||
      (t.pos === '動詞' && THINKING.has(t.base));
  });
  if (reports) return true;
  // A bare dictionary-form verb: a step or a label unless it is told — with a topic, an adverb, or a word of time
  // opening the clause (明日, あとで, 午前中に; not 出荷前に, where 前 belongs to the noun before it).
  for (let k = 0; k < at; k++) {
    const t = tokens[k]!;
    if (t.pos === '助詞' && t.pos1 === '係助詞' && (t.surface === 'は' || t.surface === 'も')) return true;
    if (t.pos === '副詞') return true;
    // その日程なら対応できる: a condition given as the topic.
    if (t.pos === '助動詞' && t.surface === 'なら') return true;
    const opens = k === 0 || tokens[k - 1]!.pos === '記号';
    if (opens && t.pos === '名詞' && (t.pos1 === '副詞可能' || (/^[にで]$/.test(tokens[k + 1]?.surface ?? '') && tokens[k + 1]!.pos === '助詞'))) return true;
  }
  return false;
}

/**
 * A space (or U+3000) between the words before the predicate, with no clause particle before it: the line is a label
 * and its value, a name and its last word, a step number and the step (目的 来期の計画を共有する, 暮らしの道具 あわい,
 * 手順1 電源を切る). A clause before the gap (今日は 雨だから行かない) is chat with a space for a comma.
 */
function columnGap(tokens: readonly Token[], at: number): boolean {
  let gap = -1;
  for (let k = 0; k < at; k++) if (tokens[k]!.pos === '記号' && /^\s+$/u.test(tokens[k]!.surface)) gap = k;
  if (gap < 0) {
    // kuromoji may leave the space inside a token's surface or drop it; the text between tokens tells.
    for (let k = 1; k <= at; k++) if (tokens[k]!.start > tokens[k - 1]!.end) gap = k - 1;
    if (gap < 0) return false;
  }
  for (let k = 0; k <= gap; k++) {
    const t = tokens[k]!;
    if (t.pos === '助詞' && CLAUSE_PARTICLE.has(t.pos1)) return false;
    if (t.pos === '動詞' || t.pos === '形容詞' || t.pos === '助動詞') return false;
  }
  return true;
}

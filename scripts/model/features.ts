// The features the round-38 sentence model reads of one sentence (experiment.ts): the words of the sentence as the
// engine's kuromoji tokens or English words give them, nothing of a rule's lists.
//
// Japanese: dictionary forms (numbers and proper nouns as their class), pairs of neighbours, and the last
// tokens of the sentence with their conjugated forms — where Japanese says whether it refuses, apologises
// or speaks plainly. English: lower-cased words, pairs, the first word, and words under a negation ("not",
// "n't", "no", "cannot", "unable" and the next four words), where an English refusal lives.
import type { Sentence, Token } from '../../src/engine/types';

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'cannot', "can't", "won't", 'unable', 'nor', 'without']);
const NEGATION_REACH = 4;

function japaneseKey(t: Token): string {
  if (t.pos === '名詞' && t.pos1 === '数') return '#';
  if (t.pos1 === '固有名詞') return `<${t.pos2}>`;
  return t.base && t.base !== '*' ? t.base : t.surface;
}

function japaneseFeatures(tokens: readonly Token[], out: Set<string>): void {
  const words = tokens.filter((t) => t.pos !== '記号' && t.surface.trim() !== '');
  let previous = '^';
  for (const t of words) {
    const key = japaneseKey(t);
    out.add(`j:${key}`);
    out.add(`jj:${previous}|${key}`);
    if (t.pos === '動詞' || t.pos === '助動詞' || t.pos === '形容詞') out.add(`jf:${key}/${t.cForm}`);
    previous = key;
  }
  out.add(`jj:${previous}|$`);
  const tail = words.slice(-3).map((t) => t.surface);
  for (let n = 1; n <= tail.length; n++) out.add(`je${n}:${tail.slice(-n).join('')}`);
}

function englishWord(lower: string): string {
  return /^[\d.,:/-]+$/.test(lower) ? '#' : lower.replace(/[’‘]/g, "'");
}


function englishFeatures(s: Sentence, out: Set<string>): void {
  const words = (s.words ?? []).map((w) => englishWord(w.lower));
  let previous = '^';
  let negated = 0;
  for (const w of words) {
    out.add(`e:${w}`);
    out.add(`ee:${previous}|${w}`);
    if (negated > 0) {
      out.add(`en:${w}`);
      negated--;
    }
    if (NEGATORS.has(w) || w.endsWith("n't")) negated = NEGATION_REACH;
    previous = w;
  }
  out.add(`ee:${previous}|$`);
  if (words[0]) out.add(`e0:${words[0]}`);
}

/** The sentence's features, each once; empty for a Japanese sentence without tokens (dictionary not loaded). */
export function sentenceFeatures(s: Sentence): string[] {
  const out = new Set<string>();
  if (s.tokens && s.tokens.length > 0) japaneseFeatures(s.tokens, out);
  else if (s.lang === 'ja') return [];
  else englishFeatures(s, out);
  if (/[!！]/.test(s.text)) out.add('p:!');
  if (/[?？]\s*$/.test(s.text)) out.add('p:?');
  return [...out];
}

/** FNV-1a over the feature's UTF-16 code units: its bucket in the model's hashed weight table. */
export function featureBucket(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

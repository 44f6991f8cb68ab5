// Conditional clauses of a Japanese sentence, read from kuromoji's tokens: the antecedent (〜ないと, 〜なければ,
// 〜ない場合は, 〜たら, お待ちしていると, 待っていては, この日を過ぎますと) and the consequent after it. A reader of
// what a sentence makes depend on what: the junction is grammar (接続助詞 ば/と, the 仮定形 of た/だ, 場合 +
// は/に/、, て + は), not a word list, so any verb or noun may fill either side.
import type { Token } from '../types';

export interface Condition {
  /** Token indexes: the antecedent is [from, junction), the consequent [after, to). */
  from: number;
  junction: number;
  after: number;
  to: number;
  /** The antecedent's predicate is negated (決めないと, いただけない場合, お返事がなければ, なかったら). */
  negated: boolean;
  /** 〜場合でも / 〜ても: a concession, not a condition. */
  concessive: boolean;
}

/** Particles that close a clause of their own: the antecedent starts after them. */
const CLAUSE_END = new Set(['が', 'けど', 'けれど', 'けれども', 'ので', 'から', 'し', 'のに', 'ながら']);
const NEGATION = new Set(['ない', 'ぬ', 'ず', 'ん', 'なし', '無い']);

/** The conditional clauses of a sentence's tokens, in order. */
export function conditionsOf(tokens: readonly Token[]): Condition[] {
  const out: Condition[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === '記号' && t.pos1 === '句点') from = i + 1;
    if (t.pos === '助詞' && t.pos1 === '接続助詞' && CLAUSE_END.has(t.surface)) from = i + 1;
    const after = junctionEnd(tokens, i);
    if (after < 0) continue;
    const next = tokens[after];
    const concessive = !!next && (next.surface === 'でも' || next.surface === 'も');
    out.push({ from, junction: i, after, to: tokens.length, negated: negatedBefore(tokens, from, i), concessive });
    from = after;
  }
  return out;
}

/**
 * When token `i` is a conditional junction, the index where its consequent starts; -1 otherwise.
 * 決めないと / 過ぎますと (接続助詞 と after a predicate), なければ (ば), なったら / でしたら (the 仮定形 of た/だ),
 * ない場合は / 場合、 (場合 + は/に/、), 待っていては (て + は).
 */
function junctionEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev) return -1;
  if (t.pos === '助詞' && t.pos1 === '接続助詞' && (t.surface === 'ば' || t.surface === 'と')) {
    return /^(?:動詞|助動詞|形容詞)$/.test(prev.pos) ? i + 1 : -1;
  }
  if (t.pos === '助動詞' && (t.base === 'た' || t.base === 'だ') && t.cForm.startsWith('仮定')) {
    return tokens[i + 1]?.surface === 'ば' ? i + 2 : i + 1;
  }
  if (t.surface === '場合' && t.pos === '名詞') {
    let k = i + 1;
    while (k < tokens.length && /^(?:は|に|には|、|，)$/.test(tokens[k]!.surface)) k++;
    return k > i + 1 || tokens[k]?.surface === 'でも' || tokens[k]?.surface === 'も' ? k : -1;
  }
  if (t.surface === 'は' && t.pos1 === '係助詞' && (prev.surface === 'て' || prev.surface === 'で') && prev.pos1 === '接続助詞') {
    return i + 1;
  }
  return -1;
}

/** The antecedent's last predicate is negated: a negation among its final tokens, only auxiliaries after it. */
function negatedBefore(tokens: readonly Token[], from: number, junction: number): boolean {
  for (let k = junction - 1; k >= from && k >= junction - 4; k--) {
    const t = tokens[k]!;
    if (NEGATION.has(t.base) && (t.pos === '助動詞' || t.pos === '形容詞')) return true;
    // いただけないようでしたら: よう between the negation and the junction.
    if (t.pos !== '助動詞' && !(t.pos === '助詞' && t.pos1 === '接続助詞') && t.surface !== 'よう') return false;
  }
  return false;
}

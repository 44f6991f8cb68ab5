// The sentence-final predicate of a Japanese sentence, read from kuromoji tokens: is it です/ます (polite),
// だ/である (copula in written style) or a plain verb/adjective, and what is its polite form?
// This is the analysis behind the register rules, kept apart from them (textlint's analyze-desumasu-dearu).
import type { Token } from '../types';
import { conjugate, masuStem } from './ja-conjugate';

export type PredicateStyle = 'polite' | 'dearu' | 'plain' | 'none';

export interface Predicate {
  style: PredicateStyle;
  /** The final run of verbs, adjectives and auxiliaries. */
  chain: Token[];
  /** Sentence-final particles after the chain (ね, よ, か). */
  particles: Token[];
  /** Absolute range of the part to rewrite (a sub-range of the chain), when a polite form is known. */
  start?: number;
  end?: number;
  /** The polite replacement of start..end. */
  polite?: string;
  /** The sentence ended with a closing bracket: the predicate belongs to a quotation. */
  quoted: boolean;
  /** Closing punctuation (。！？) follows the predicate. */
  punctuated: boolean;
}

const CLOSING_BRACKETS = /[」』）)】〉》]/;
const PREDICATE_POS = new Set(['動詞', '形容詞', '助動詞']);

export function finalPredicate(tokens: readonly Token[]): Predicate {
  let i = tokens.length - 1;
  let quoted = false;
  let punctuated = false;
  while (i >= 0 && (tokens[i]!.pos === '記号' || /^\s+$/.test(tokens[i]!.surface))) {
    if (CLOSING_BRACKETS.test(tokens[i]!.surface)) quoted = true;
    if (/[。．！!？?]/.test(tokens[i]!.surface)) punctuated = true;
    i--;
  }
  const particles: Token[] = [];
  while (i >= 0 && tokens[i]!.pos === '助詞' && tokens[i]!.pos1.includes('終助詞')) particles.unshift(tokens[i--]!);
  let j = i;
  while (j >= 0 && PREDICATE_POS.has(tokens[j]!.pos)) j--;
  // 30分くらいで終わる / 1週間ほどで届く: after a particle of extent IPADIC tags the case particle で as the copula's
  // 連用形; a で before an independent verb is the verb's means or time, not a copula, so the chain starts at the verb
  // (である keeps its で: ある is 助動詞 there).
  for (let k = i - 1; k > j; k--) {
    const t = tokens[k]!;
    if (t.pos === '助動詞' && t.base === 'だ' && t.cForm === '連用形' && tokens[k + 1]!.pos === '動詞' && tokens[k + 1]!.pos1 === '自立') {
      j = k;
      break;
    }
  }
  const chain = tokens.slice(j + 1, i + 1);
  const before = j >= 0 ? tokens[j] : undefined;
  const result: Predicate = { style: classify(chain), chain, particles, quoted, punctuated };
  if (result.style === 'dearu' || result.style === 'plain') Object.assign(result, politeForm(chain, before));
  return result;
}

function classify(chain: readonly Token[]): PredicateStyle {
  if (chain.length === 0) return 'none';
  const last = chain[chain.length - 1]!;
  if (chain.some((t) => t.pos === '助動詞' && (t.base === 'です' || t.base === 'ます'))) return 'polite';
  // ください / くださいませ: a polite request.
  if (chain.some((t) => t.base === 'くださる' || t.base === '下さる')) return 'polite';
  // Only a finished form ends a sentence; 〜いただきたく。 or 〜まして。 are elliptical polite endings.
  if (last.cForm !== '基本形') return 'none';
  if (chain.some((t) => t.pos === '助動詞' && t.base === 'だ')) return 'dearu';
  if (chain.some((t) => t.pos === '動詞' || t.pos === '形容詞')) return 'plain';
  if (last.base === 'ない' || last.base === 'たい') return 'plain';
  return 'none';
}

type Rewrite = Pick<Predicate, 'start' | 'end' | 'polite'>;

/** The polite form of a plain or だ/である chain, rewriting as little as possible. */
function politeForm(chain: readonly Token[], before: Token | undefined): Rewrite {
  const end = chain[chain.length - 1]!.end;
  const joined = (from: number) => chain.slice(from).map((t) => t.surface).join('');

  const copula = chain.findIndex((t) => t.pos === '助動詞' && t.base === 'だ');
  if (copula >= 0) {
    const polite = COPULA_POLITE[joined(copula)];
    return polite ? { start: chain[copula]!.start, end, polite } : {};
  }

  let verb = -1;
  let adjective = -1;
  chain.forEach((t, k) => {
    if (t.pos === '動詞') verb = k;
    if (t.pos === '形容詞') adjective = k;
  });

  if (verb >= 0 && verb > adjective) {
    const v = chain[verb]!;
    const stem = masuStem(v.base, v.cType);
    if (!stem) return {};
    const tail = joined(verb + 1);
    const polite = verbTail(tail, v, stem);
    return polite ? { start: v.start, end, polite } : {};
  }
  if (adjective >= 0) {
    const a = chain[adjective]!;
    const tail = joined(adjective + 1);
    if (a.base === 'ない') {
      if (tail === '') return { start: a.start, end, polite: 'ありません' };
      if (tail === 'た' && a.surface === 'なかっ') return { start: a.start, end, polite: 'ありませんでした' };
      return {};
    }
    if (tail === '' && a.cForm === '基本形') return { start: a.start, end, polite: `${a.surface}です` };
    if (tail === 'た' && a.cForm === '連用タ接続') return { start: a.start, end, polite: `${a.surface}たです` };
    return {};
  }
  // 〜ない after a noun or particle: 問題ない / 問題ではない.
  const s = joined(0);
  if ((s === 'ない' || s === 'なかった') && before && before.pos !== '動詞') {
    return { start: chain[0]!.start, end, polite: s === 'ない' ? 'ありません' : 'ありませんでした' };
  }
  return {};
}

const COPULA_POLITE: Record<string, string> = {
  'だ': 'です',
  'だった': 'でした',
  'だろう': 'でしょう',
  'である': 'です',
  'であった': 'でした',
  'であろう': 'でしょう',
};

function verbTail(tail: string, v: Token, stem: string): string | undefined {
  switch (tail) {
    case '':
      return v.cForm === '基本形' ? `${stem}ます` : undefined;
    case 'た':
    case 'だ':
      return `${stem}ました`;
    case 'ない':
    case 'ん':
      return v.cForm === '未然形' ? `${stem}ません` : undefined;
    case 'なかった':
      return `${stem}ませんでした`;
    case 'たい':
      return `${v.surface}たく存じます`;
    case 'う':
    case 'よう':
      return `${stem}ましょう`;
    default:
      return undefined;
  }
}

/** Re-exported for rules that swap one verb for another and keep the writer's ending. */
export { conjugate };

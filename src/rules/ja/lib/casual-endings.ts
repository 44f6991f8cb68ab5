// Round 29: the endings of talk that close a Japanese sentence — quotative って (明日来るって, 来週だって), かい and
// っけ questions, explanatory の / のか / もん, resigned や, a noun + さ/よ/ね, 〜たら？/〜ば？ suggestions — read from
// kuromoji's tokens at the end of the sentence, whatever closes it (。, ？, ！, a line break, nothing). The classes are
// data (dictionaries/ja/casual-endings.json), each with its examples; this file reads their shape. Cost: one walk back
// over the closing marks, then a bounded look at the few tokens before the final word for each of the nine classes —
// constant per sentence beyond the walk, so the register hook that runs on every edit does not grow with the text.
import { z } from 'zod';
import data from '../../../../dictionaries/ja/casual-endings.json';
import { bundled, onDemand } from '../../bundled';
import type { Token } from '../../../engine/types';
import { conjugate, voicedTa } from '../../../engine/analysis/ja-conjugate';
import { finalPredicate } from '../../../engine/analysis/ja-predicate';
import { inQuotes, quotedRanges } from './text';

export const CasualEndingsSchema = onDemand(() => z.object({
  about: z.string(),
  entries: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    surfaces: z.array(z.string().min(1)).min(1),
    /** Part of speech of the final word ('' for the conditional class, read by its own shape). */
    pos: z.string(),
    pos1: z.string().optional(),
    after: z.enum(['plain', 'noun', 'conditional']),
    question: z.boolean().optional(),
    trailing: z.array(z.string().min(1)).optional(),
    absorb: z.enum(['glue', 'copula', 'no', 'none']),
    fix: z.enum(['quote', 'ask', 'explain', 'copula', 'predicate', 'suggest']),
    message: z.object({ en: z.string().min(1), ja: z.string().min(1) }),
    has: z.array(z.string().min(1)).min(1),
    hasNot: z.array(z.string().min(1)).min(1),
  })).min(1),
}));
export type CasualEndingEntry = z.output<ReturnType<typeof CasualEndingsSchema>>['entries'][number];

const ENTRIES = bundled('ja/casual-endings', CasualEndingsSchema, data).entries;

export interface CasualEndingHit {
  entry: CasualEndingEntry;
  /** Absolute offsets of the ending to rewrite. */
  start: number;
  end: number;
  /** Its polite form. */
  polite: string;
}

/** Marks that close a line of chat after its last word: punctuation, wave dashes, laughter (w, 笑). */
const CLOSING_MARK = /^(?:[\s。．.！!？?〜～ー…・]+|[wｗ]+|笑|（笑）|\(笑\))$/u;
/** Verbs of respect or humble asking: a conditional with one of them is a polite request clipped (ご確認いただければ). */
const POLITE_VERBS = new Set(['いただく', '頂く', 'いただける', '頂ける', 'くださる', '下さる', 'なさる', 'れる', 'られる', 'ござる', 'いらっしゃる']);

const isPolite = (t: Token | undefined) => !!t && t.pos === '助動詞' && (t.base === 'です' || t.base === 'ます');
/** The glue of an explanatory ending: な (the copula before の), ん / の, and the ん's だ. */
const isGlue = (t: Token, next: Token | undefined) =>
  (t.pos === '助動詞' && t.base === 'だ' && t.surface === 'な') ||
  (/^[んの]$/.test(t.surface) && (t.pos1 === '非自立' || t.pos1 === '終助詞')) ||
  (t.pos === '助動詞' && t.base === 'だ' && t.surface === 'だ' && /^(?:もん|もの|って|だって)$/.test(next?.surface ?? ''));

/** The casual endings of one sentence (its text, its start, its kuromoji tokens), outside quotes. At most one. */
export function casualEndingsIn(s: { text: string; start: number; tokens?: readonly Token[] }): CasualEndingHit[] {
  const tokens = s.tokens;
  if (!tokens?.length) return [];
  let i = tokens.length - 1;
  let question = false;
  while (i >= 0 && (tokens[i]!.pos === '記号' || CLOSING_MARK.test(tokens[i]!.surface))) {
    if (/[？?]/.test(tokens[i]!.surface)) question = true;
    i--;
  }
  if (i < 0) return [];
  const quotes = quotedRanges(s.text);
  for (const entry of ENTRIES) {
    const hit = read(tokens, i, question, entry);
    if (!hit) continue;
    if (inQuotes(quotes, hit.start - s.start, hit.end - s.start)) continue;
    // A closing bracket after the ending: the ending is inside a quotation.
    if (/[」』]/.test(s.text.slice(hit.end - s.start))) continue;
    return [hit];
  }
  return [];
}

function read(tokens: readonly Token[], last: number, question: boolean, e: CasualEndingEntry): CasualEndingHit | undefined {
  if (e.question && !question) return undefined;
  let k = last;
  if (e.trailing) while (k > last - 2 && k > 0 && tokens[k]!.pos === '助詞' && e.trailing.includes(tokens[k]!.surface) && tokens[k - 1]!.pos === '助詞') k--;
  const t = tokens[k]!;
  if (!e.surfaces.includes(t.surface)) return undefined;
  if (e.pos && t.pos !== e.pos) return undefined;
  if (e.pos1 && !t.pos1.includes(e.pos1)) return undefined;
  const end = tokens[last]!.end;
  if (e.after === 'conditional') return conditional(tokens, k, end, e);
  // The glue before the final word, read back (行くのかい, 賛成なんだって, 知らなかったんだもん).
  let g = k;
  let no = false;
  if (e.absorb === 'glue') {
    while (g > 0 && g > k - 3 && isGlue(tokens[g - 1]!, tokens[g])) {
      if (/^[んの]$/.test(tokens[g - 1]!.surface)) no = true;
      g--;
    }
  } else if (e.absorb === 'copula') {
    // いつだっけ / 何日だったっけ: the copula goes with っけ into でしょうか.
    if (tokens[g - 1]?.base === 'た' && tokens[g - 2]?.base === 'だ' && tokens[g - 2]!.pos === '助動詞') g -= 2;
    else if (tokens[g - 1]?.base === 'だ' && tokens[g - 1]!.pos === '助動詞') g -= 1;
  } else if (e.absorb === 'no') {
    // のか: the nominal の right before か, or the entry does not apply (来るか is ja.register.plain-sentence's).
    if (tokens[g - 1]?.surface !== 'の' || tokens[g - 1]!.pos1 !== '非自立') return undefined;
    g -= 1;
    no = true;
  }
  const before = tokens[g - 1];
  if (!before || before.pos === '記号') {
    // だって / ってば opening a sentence is a conjunction of talk, not this ending; a bare の is no sentence.
    return undefined;
  }
  if (isPolite(before) || tokens.slice(Math.max(0, g - 3), g).some(isPolite)) return undefined;
  if (e.after === 'noun' && before.pos !== '名詞') return undefined;
  // 来るの？ / いいの？ with a verb or adjective before の is ja.register.plain-sentence's plain question (来られますか？);
  // this class takes the の it does not read: after a noun's な (いくらなの？) or closing a statement (行けないの。).
  if (e.fix === 'explain' && e.absorb === 'glue' && question && tokens[g]!.surface !== 'な' && tokens[g]!.surface !== 'ん') return undefined;
  if (e.after === 'noun' && (before.pos1 === '非自立' || before.pos1 === '代名詞')) return undefined;
  // quotative って must follow a predicate or a noun with its copula gone (来るって, 来週だって), not a particle.
  if (e.after === 'plain' && before.pos === '助詞' && e.fix !== 'predicate') return undefined;
  const start = tokens[g]!.start;
  const polite = politeText(e, tokens, g, no, question, before);
  if (polite === undefined) return undefined;
  if (e.fix === 'predicate') {
    const p = finalPredicate(tokens.slice(0, last + 1));
    if (p.start === undefined || !p.polite) return undefined;
    return { entry: e, start: p.start, end, polite: p.polite };
  }
  return { entry: e, start, end, polite };
}

function politeText(e: CasualEndingEntry, tokens: readonly Token[], g: number, no: boolean, question: boolean, before: Token): string | undefined {
  switch (e.fix) {
    case 'quote':
      return question ? 'とのことでしょうか' : 'とのことです';
    case 'ask':
      return `${no ? 'の' : ''}でしょうか`;
    case 'explain': {
      // いくらなの？ → いくらでしょうか？; 行けないの。 → 行けないのです。; 便利なの。 → 便利です。 (a noun's なの told as a
      // fact is plain です: 発送済みです, not the explaining 発送済みなのです — round 9's suggestion, kept at integration).
      const na = tokens[g]!.surface === 'な';
      if (question) return na ? 'でしょうか' : 'のでしょうか';
      if (e.id === 'noka-realise') return 'のですね';
      return na ? 'です' : 'のです';
    }
    case 'copula':
      return before.pos === '名詞' ? 'です' : undefined;
    case 'predicate':
      return '';
    default:
      return undefined;
  }
}

/** 聞いてみたら？ / 電話すれば？: a verb in たら or ば asked as advice → 〜てはいかがでしょうか. */
function conditional(tokens: readonly Token[], k: number, end: number, e: CasualEndingEntry): CasualEndingHit | undefined {
  const t = tokens[k]!;
  const verb = tokens[k - 1];
  if (!verb || verb.pos !== '動詞') return undefined;
  const tara = t.pos === '助動詞' && t.cForm === '仮定形' && (t.surface === 'たら' || t.surface === 'だら');
  const ba = t.pos === '助詞' && t.surface === 'ば' && verb.cForm === '仮定形';
  if (!tara && !ba) return undefined;
  // ご確認いただければ？ / お越しになれば: a polite request or a respect verb clipped, not a friend's advice.
  let from = k - 1;
  while (from > 0 && tokens[from - 1]!.pos !== '記号' && !(tokens[from - 1]!.pos === '助詞' && tokens[from - 1]!.pos1 === '係助詞')) from--;
  const clause = tokens.slice(from, k);
  if (clause.some((x) => POLITE_VERBS.has(x.base) || x.pos === '接頭詞' || isPolite(x))) return undefined;
  let te: string | undefined;
  if (tara) te = verb.surface + (t.surface === 'だら' ? 'で' : 'て');
  else {
    const stem = conjugate(verb.base, verb.cType, '連用タ接続');
    if (stem === undefined) return undefined;
    te = stem + (voicedTa(verb.cType) ? 'で' : 'て');
  }
  // The サ変 noun before する goes with it (電話してみれば → 電話してみては…): only the verb and its ending are rewritten.
  return { entry: e, start: verb.start, end, polite: `${te}はいかがでしょうか` };
}

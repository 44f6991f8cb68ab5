import type { WordClasses } from './en-lexicon';
import { activeStore } from './facts';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { ENGLISH_MODEL_FILE, type EnglishModelData } from './en-model-file';
import { winkModelFromData } from './en-model';

/**
 * One English token: the text as written, its offsets into the sentence, Universal POS tag (wink-nlp's
 * lite web model: NOUN, VERB, AUX, PRON, PART, ADP, DET…) and lemma ("won't" → "wo"/"n't", lemmas will/not).
 */
export interface EnToken {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  lemma: string;
  pos: string;
  /** Offsets relative to the sentence start. */
  start: number;
  end: number;
  /**
   * The word's lexicon classes (en-lexicon.ts), kept on the token when first asked: a dozen news readers ask them of
   * every token of a new sentence, and the token belongs to this Engine's parse, so nothing outlives the Engine.
   * Depends on `lemma` and `lower` only, which nothing changes after tagging.
   */
  classes?: WordClasses;
}

/**
 * Where the process gets wink-nlp's English model (a data file, en-model.ts): Node reads it from disk on
 * first use (node-english-model.ts), the extension's engine fetches it before its first analysis
 * (EngineHost). `null` means it could not be had: English sentences then get no tokens (the host reports why).
 */
export type EnglishModelSource = () => EnglishModelData | null;

let source: EnglishModelSource | undefined;
/**
 * The parser is created on first use, once per process (the engine's worker, the offscreen document or the
 * CLI): it is a library handle, not a cache of results. wink-nlp runs only the POS step here; negation,
 * clauses and speech acts are derived in en.ts.
 */
let parser: WinkMethods | null | undefined;
/** The one step wink-nlp runs (the model's other machines are left out of memory: winkModelFromData). */
const PIPE = ['pos'];

/** Sets where the English model comes from (once per process; a new source replaces the parser). */
export function setEnglishModelSource(read: EnglishModelSource): void {
  source = read;
  parser = undefined;
}

function wink(): WinkMethods | null {
  if (parser !== undefined) return parser;
  if (!source) throw new Error(`the English model (${ENGLISH_MODEL_FILE}) was never provided: call setEnglishModelSource first`);
  const data = source();
  parser = data ? winkNLP(winkModelFromData(data, PIPE), PIPE) : null;
  return parser;
}

/** "I'm", "we're", "you'll" kept whole by the tagger: split into the pronoun and its auxiliary. */
const CLITIC = /^(i|we|you|they|he|she|it|that|there)('(?:m|re|ve|ll|d|s))$/;
const BARE_NEGATIVE = /^(ca|wo|do|does|did|is|are|was|were|would|could|should|has|have|had)nt$/;
const BARE_LEMMA: Record<string, string> = { ca: 'can', wo: 'will', does: 'do', did: 'do', is: 'be', are: 'be', was: 'be', were: 'be', has: 'have', had: 'have' };
const CLITIC_LEMMA: Record<string, string> = { "'m": 'be', "'re": 'be', "'ve": 'have', "'ll": 'will', "'d": 'would', "'s": 'be' };

/** Longest stretch handed to the tagger at once: its cost grows faster than linearly on long runs. */
const CHUNK = 400;
/** A run of one character beyond this, or a "word" longer than WORD, is blanked out for tagging. */
const RUN = 3;
const WORD = 48;

/**
 * A run of Japanese script in an English sentence ("The 見積書 stands as issued", "手形サイト120日 cannot be accepted"),
 * figures inside it included: a quoted term, one noun phrase of the English clause around it. Linear: the digits
 * and the script do not overlap.
 */
const JAPANESE_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆](?:[0-9０-９]*[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆])*/g;
/** Japanese punctuation the tagger reads as its ASCII counterpart (one code unit each: offsets do not move). */
const FULL_WIDTH: Record<string, string> = { '（': '(', '）': ')', '：': ':', '、': ',', '。': '.', '「': '"', '」': '"', '『': '"', '』': '"', '！': '!', '？': '?', '，': ',', '〜': '~', '～': '~' };
const FULL_WIDTH_CHAR = /[（）：、。「」『』！？，〜～]/g;
/** The letter a Japanese run is tagged as: "x", "xxx" are nouns to the tagger, as a quoted term is. */
const PLACEHOLDER = 'x';

/**
 * What the tagger sees: the sentence with curly apostrophes straightened, the first letter lower-cased
 * (the lite model takes any capitalised first word for a proper noun: "Check the file", "Custom …"), and
 * degenerate stretches ("!!!!!…", a 10 000-letter "word") blanked with spaces. A run of Japanese script is
 * a noun phrase of the English clause: the tagger sees it as one noun ("x…x", which it tags NOUN), not as
 * unknown symbols, and Japanese punctuation as its ASCII counterpart. Nothing changes a length, so offsets map
 * back to the sentence as written.
 */
function tagInput(sentence: string): string {
  let input = sentence.replace(/[’‘]/g, "'");
  const first = /^\s*[A-Z][a-z]/.exec(input);
  if (first && !/^\s*I\b/.test(input)) {
    const at = first[0].length - 2;
    input = input.slice(0, at) + input.charAt(at).toLowerCase() + input.slice(at + 1);
  }
  if (input.length > WORD && blanks(input)) {
    const out: string[] = [];
    let word = 0;
    let run = 0;
    for (let i = 0; i < input.length; i++) {
      const ch = input[i]!;
      const space = ch === ' ' || ch === '\n' || ch === '\t';
      word = space ? 0 : word + 1;
      run = i > 0 && input[i - 1] === ch ? run + 1 : 1;
      out.push(!space && (word > WORD || run > RUN) ? ' ' : ch);
    }
    input = out.join('');
  }
  return maskJapanese(input);
}

/**
 * Round 43: whether tagInput's loop would blank any character (the same counts, by character code): most sentences have
 * no stretch to blank, and the loop built an array of every character of every sentence over WORD characters long.
 */
function blanks(input: string): boolean {
  let word = 0;
  let run = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    const space = ch === 32 || ch === 10 || ch === 9;
    word = space ? 0 : word + 1;
    run = i > 0 && input.charCodeAt(i - 1) === ch ? run + 1 : 1;
    if (!space && (word > WORD || run > RUN)) return true;
  }
  return false;
}

/** Japanese runs as placeholder nouns and Japanese punctuation as ASCII, length for length. */
function maskJapanese(input: string): string {
  if (!JAPANESE_SCRIPT.test(input)) return input;
  return input
    .replace(JAPANESE_RUN, (run) => PLACEHOLDER.repeat(run.length))
    .replace(FULL_WIDTH_CHAR, (ch) => FULL_WIDTH[ch] ?? ch);
}

const JAPANESE_LETTER = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆]/;
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f（）：、。「」『』！？，〜～]/;

/** Tokens of one sentence, tagged in chunks of at most CHUNK characters cut at white space: linear. */
/**
 * Round 45: a sentence's tokens kept with the engine's store by its text, so that the English facts and the visit verbs'
 * reading (calendar/visit-verbs.ts), which each tagged the same sentence, tag it once (wink's tagging was 15 % of a cold
 * English analysis, its second run 1.1 %). Nothing changes a token after this returns but its `classes` slot, a memo
 * of the lexicon by its words; the memo is cleared when it holds TOKENS_KEPT sentences (more than a 10 KB draft has:
 * a keystroke makes a new sentence text each time, and the extension's engine lives long).
 */
const TOKENS = 'en-parse/tokens';
const TOKENS_KEPT = 256;

export function tokenize(sentence: string): EnToken[] {
  const store = activeStore();
  const kept = store.memo<string, EnToken[]>(TOKENS);
  const known = kept.get(sentence);
  if (known !== undefined) return known;
  const made = tokenizeNow(sentence);
  store.memoized++;
  if (kept.size >= TOKENS_KEPT) kept.clear();
  kept.set(sentence, made);
  return made;
}

function tokenizeNow(sentence: string): EnToken[] {
  const input = tagInput(sentence);
  const out: EnToken[] = [];
  let from = 0;
  while (from < input.length) {
    let to = Math.min(input.length, from + CHUNK);
    if (to < input.length) {
      const cut = input.lastIndexOf(' ', to);
      if (cut > from) to = cut;
    }
    if (input.slice(from, to).trim()) tagChunk(sentence, input, from, to, out);
    from = to;
  }
  compoundParticiples(out);
  verbsAfterNegatedDo(out);
  return out;
}

/**
 * Round 42: "We don't repack into 20 kg pails": after "do/does/did" and its negation only a verb can follow, but the tagger
 * reads a word it does not know (repack, re-label, upcycle) as a noun, and the clause is then left without its verb. A
 * lower-case word there that is not a determiner's noun phrase (no "the", "a" before it) is the verb.
 */
function verbsAfterNegatedDo(tokens: EnToken[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !/^[a-z][a-z-]*$/.test(t.text)) continue;
    const neg = tokens[i - 1]!;
    const aux = tokens[i - 2]!;
    if (neg.lemma !== 'not' || aux.lemma !== 'do' || aux.pos !== 'AUX') continue;
    t.pos = 'VERB';
  }
}

/**
 * Round 41: "800 kg of freeze-dried cranberries has been cancelled", "all cocoa-butter-based products go up": a participle
 * joined by a hyphen to the word before it, right before a noun, is a compound adjective of that noun ("hand-picked beans",
 * "cold-rolled steel"), never the clause's verb; the tagger reads it as a verb and the clause then ends at it. (A prefixed
 * verb, "re-tested", "pre-approved", is one token.)
 */
function compoundParticiples(tokens: EnToken[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const dash = tokens[i - 1]!;
    const head = tokens[i - 2]!;
    if (t.pos !== 'VERB' || t.lemma === t.lower || !/(?:ed|en|wn|t)$/.test(t.lower) || dash.text !== '-') continue;
    if (dash.start !== head.end || t.start !== dash.end || !/^[a-z0-9]/i.test(head.text)) continue;
    if (tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'PROPN') t.pos = 'ADJ';
  }
}

function tagChunk(sentence: string, input: string, from: number, to: number, out: EnToken[]): void {
  const nlp = wink();
  if (!nlp) return;
  const its = nlp.its;
  const piece = input.slice(from, to);
  const doc = nlp.readDoc(piece);
  // wink's typings do not accept every `its` helper in `out`; each returns one string a token.
  const column = (f: unknown) => doc.tokens().out(f as never) as unknown as string[];
  const values = column(its.value);
  const pos = column(its.pos);
  const lemmas = column(its.lemma);
  let cursor = 0;
  // Round 43: the three per-token patterns below only where they can match: a word ending in "nt", one with an
  // apostrophe, and a sentence with a Japanese letter at all (each regex requires it).
  const japanese = JAPANESE_LETTER.test(sentence);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // Tokens are in order; look for each a short way ahead only.
    const found = piece.indexOf(value, cursor);
    const local = found >= 0 && found - cursor <= 64 ? found : cursor;
    const start = from + local;
    const end = Math.min(to, start + value.length);
    cursor = end - from;
    const text = sentence.slice(start, end);
    const lower = input.slice(start, end).toLowerCase();
    const bare = lower.endsWith('nt') ? BARE_NEGATIVE.exec(lower) : null;
    if (bare) {
      // "wont", "cant", "dont" written without the apostrophe: the auxiliary and its negation.
      const cut = end - 2;
      out.push({ text: sentence.slice(start, cut), lower: bare[1]!, lemma: BARE_LEMMA[bare[1]!] ?? bare[1]!, pos: 'AUX', start, end: cut, classes: undefined });
      out.push({ text: sentence.slice(cut, end), lower: "n't", lemma: 'not', pos: 'PART', start: cut, end, classes: undefined });
      continue;
    }
    const m = lower.includes("'") ? CLITIC.exec(lower) : null;
    if (m) {
      const cut = start + m[1]!.length;
      out.push({ text: sentence.slice(start, cut), lower: m[1]!, lemma: m[1]!, pos: 'PRON', start, end: cut, classes: undefined });
      out.push({ text: sentence.slice(cut, end), lower: m[2]!, lemma: CLITIC_LEMMA[m[2]!]!, pos: 'AUX', start: cut, end, classes: undefined });
      continue;
    }
    if (japanese && JAPANESE_LETTER.test(text)) {
      // A Japanese term (or a word holding one, "PO番号"): a noun of the clause, known by its own letters.
      const own = text.toLowerCase();
      out.push({ text, lower: own, lemma: own, pos: 'NOUN', start, end, classes: undefined });
      continue;
    }
    const lemma = (lemmas[i] ?? lower).toLowerCase();
    out.push({ text, lower, lemma: pos[i] === 'VERB' && lemma === lower ? doubledStem(lower) : lemma, pos: pos[i] ?? 'X', start, end, classes: undefined });
  }
}

/**
 * A verb the model does not know keeps its inflected form as its lemma ("sunsetting", "sunsetted"); a final
 * consonant doubled before -ing/-ed is the stem's ("sunset"). Only for words the model left unlemmatised.
 */
const DOUBLED = /^([a-z]{2,}?([bdgmnprt]))\2(?:ing|ed)$/;
function doubledStem(lower: string): string {
  return DOUBLED.exec(lower)?.[1] ?? lower;
}

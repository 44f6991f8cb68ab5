import type { Lang, Token } from './types';

/** Kuromoji's tokens of a text (offsets from 0), or undefined when no dictionary is loaded yet. */
export type TokenizeJapanese = (text: string) => Token[] | undefined;

/**
 * Language of one sentence, read from its grammar. Mixed mail is normal: an English sentence quotes a Japanese term
 * ("月末締め翌々月末払い is not acceptable for us", "Payment by 手形 … is not accepted"), a Japanese sentence carries
 * English words (「このspecではsupportできません」). Letters counted cannot tell these apart (a long quoted term
 * outweighs a short English clause), so the sentence is read for which language holds its clause:
 * - Japanese grammar: a particle, an auxiliary, a conjugated verb or adjective in the Japanese script (kuromoji's
 *   parts of speech; without the dictionary, kana that can only be grammar). A run of kanji and katakana with no
 *   grammar (見積書, 稟議, 手形サイト120日, 来週木曜の午後) is a noun phrase, however long.
 * - an English clause: a finite verb group or its subject in the Latin words: an auxiliary, a modal or a copula
 *   ("is", "cannot", "won't"), a personal subject ("we", "I"), or a formula that is a clause ("please", "thanks").
 *   Latin names and terms in a Japanese sentence (spec, Microsoft Teams, Ms. Linda Park) carry none.
 * A sentence with grammar in one language only is in that language; with both (an English sentence quoting a
 * Japanese clause, or one the segmenter did not split: sentenceParts), the language that ends it holds its main
 * predicate; with neither (labels, names, terms), English prose words around the terms make it English, else the
 * letters are counted as before.
 */
export function detectLanguage(text: string, tokenize?: TokenizeJapanese): Lang {
  const { cjk, latin } = scriptCounts(text);
  if (cjk === 0) return 'en';
  if (latin === 0) return 'ja';
  return readClause(text, tokenize).lang;
}

/**
 * The sentence's language and whether it holds a clause of that language (a predicate, not just a label or a
 * term): what sentenceParts needs to tell a lead-in from a clause.
 */
export function readClause(text: string, tokenize?: TokenizeJapanese): { lang: Lang; clause: boolean; prose: boolean } {
  const { cjk, latin } = scriptCounts(text);
  if (cjk === 0) return { lang: 'en', clause: englishClause(text), prose: englishProse(text) };
  if (latin === 0) return { lang: 'ja', clause: japaneseGrammar(text, tokenize) === Grammar.Predicate, prose: false };
  const ja = japaneseGrammar(text, tokenize);
  const en = englishClause(text);
  // A clause here is a Japanese predicate or an English finite verb group: what can stand as a sentence.
  if (ja !== Grammar.None && !en) return { lang: 'ja', clause: ja === Grammar.Predicate, prose: false };
  if (en && ja === Grammar.None) return { lang: 'en', clause: true, prose: false };
  if (en && ja === Grammar.Particle) return { lang: 'en', clause: true, prose: false };
  // Both: the language that ends the sentence holds its main predicate, unless the Japanese at the end is punctuated
  // as English ("Thanks for the drawings – 了解です!"): a phrase dropped into an English sentence.
  if (en) return { lang: /[.!?]\s*$/.test(text) ? 'en' : lastScript(text), clause: true, prose: false };
  if (englishProse(text)) return { lang: 'en', clause: false, prose: true };
  // A Latin letter carries less than a CJK character: "Ms. Linda Parkに変わります" is Japanese.
  return { lang: latin > cjk * 4 ? 'en' : 'ja', clause: false, prose: false };
}

/** True when the text holds any Japanese script at all. */
export function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}

/** Kana U+3040–30FF and half-width U+FF66–FF9F; kanji U+3400–9FFF and U+F900–FAFF; 々 and 〆. */
function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 || c === 0x3006;
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Counted code unit by code unit: one pass and no match arrays, for every sentence of every draft. */
function scriptCounts(text: string): { cjk: number; latin: number } {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isLatin(c)) latin++;
    } else if (isCjk(c) && c !== 0x3005 && c !== 0x3006) {
      cjk++;
    }
  }
  return { cjk, latin };
}

/** The script of the last letter of the text (Latin or Japanese): the language that ends it. */
function lastScript(text: string): Lang {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isLatin(c)) return 'en';
    if (isCjk(c)) return 'ja';
  }
  return 'ja';
}

/**
 * Parts of speech that only a Japanese clause has: 助動詞 (です, ます, ない, た), 終助詞, and the particles that
 * link a noun to a predicate (格助詞 は/が/を/に/で, 係助詞, 副助詞, 接続助詞). の (連体化) and と/や (並立助詞) join
 * nouns into a noun phrase (来週木曜の午後), so they are not grammar here.
 */
const CLAUSE_PARTICLE = new Set(['格助詞', '係助詞', '副助詞', '接続助詞', '終助詞', '副助詞／並立助詞／終助詞']);

function isJapaneseToken(t: Token): boolean {
  return isCjk(t.surface.charCodeAt(0));
}

/** What the Japanese script of a text holds: nothing but nouns, particles that tie nouns to a predicate, or a predicate. */
const enum Grammar { None = 0, Particle = 1, Predicate = 2 }

/**
 * The grammar in the Japanese script of the text. With kuromoji: a predicate is an auxiliary (です, ます, ない, た),
 * an adjective, an interjection, a sentence-final particle, or a verb that is conjugated (a verb's 連用形 with nothing after it, 払い in
 * 月末締め翌々月末払い, is a noun); a clause particle (は, が, を, に, で) is grammar short of a predicate
 * (「返品について」 in a subject line). Without the dictionary: kana that can only be grammar, as a predicate.
 */
function japaneseGrammar(text: string, tokenize?: TokenizeJapanese): Grammar {
  const tokens = tokenize?.(text);
  if (!tokens) return KANA_GRAMMAR.test(text) ? Grammar.Predicate : Grammar.None;
  let found = Grammar.None;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isJapaneseToken(t)) continue;
    // An interjection (すみません, ありがとう, はい) is a clause by itself.
    if (t.pos === '助動詞' || t.pos === '形容詞' || t.pos === '感動詞' || (t.pos === '助詞' && t.pos1 === '終助詞')) return Grammar.Predicate;
    if (t.pos === '助詞' && CLAUSE_PARTICLE.has(t.pos1)) found = Grammar.Particle;
    if (t.pos === '動詞' && t.pos1 === '自立') {
      const next = tokens[i + 1];
      if (t.cForm !== '連用形') return Grammar.Predicate;
      if (next && isJapaneseToken(next) && (next.pos === '助動詞' || next.pos === '動詞')) return Grammar.Predicate;
      if (next && isJapaneseToken(next) && next.pos === '助詞') found = Grammar.Particle;
    }
  }
  return found;
}

/**
 * Kana grammar without the dictionary: two or more hiragana in a row that are not okurigana inside a compound
 * (です, ません, には), or a one-kana particle after a kanji or katakana word (御社は, サイトを).
 */
const KANA_GRAMMAR = /[\u3041-\u3096]{2}|[\u3400-\u9fff\u30a1-\u30fa][はがをにでへも](?![\u3041-\u3096])/;

/**
 * Words that make an English clause: the finite verb group's auxiliaries, modals and copulas, their negated and
 * contracted forms, and formulas that are clauses by themselves. A closed class: an English clause with a finite
 * verb nearly always has one of these or a personal subject.
 */
const FINITE = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may',
  'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'cannot', 'please', 'thanks', 'thank', "let's",
]);
/** Personal subjects: a clause when a word follows ("we propose", "I think"), not alone. */
const SUBJECT = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
const CONTRACTED = /^(?:[a-z]+(?:n't|'m|'re|'ve|'ll|'d)|(?:it|that|there|here|what|let)'s)$/;

/** The Latin words of a text: letters with apostrophes inside ("don't", "we'll"), curly ones straightened. */
const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

function englishClause(text: string): boolean {
  const words = latinWords(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.text.toLowerCase();
    const next = words[i + 1];
    const followed = next !== undefined && next.adjacent;
    // A capitalised auxiliary or pronoun is a clause's only when a lower-case word follows it in the same run of
    // Latin script ("Is it ok", "We propose"), not a name ("Will Smith", "May Chen").
    const capital = w.text.charCodeAt(0) <= 0x5a;
    if (capital && lower !== 'i' && !(followed && next.text.charCodeAt(0) > 0x5a)) continue;
    if (CONTRACTED.test(lower)) return true;
    if (FINITE.has(lower)) return true;
    if (SUBJECT.has(lower) && followed) return true;
  }
  return false;
}

/**
 * English prose around the terms: two lower-case Latin words, one of them a function word ("Payment by 手形 for
 * 120 days"), none of which labels ("日時 / When"), names and units ("500 pcs") have.
 */
const FUNCTION_WORD = new Set([
  'the', 'a', 'an', 'of', 'by', 'for', 'to', 'with', 'as', 'in', 'on', 'at', 'from', 'and', 'or', 'our', 'your', 'this',
  'that', 'these', 'those', 'per', 'under', 'until', 'not', 'no', 'its', 'their',
]);

function englishProse(text: string): boolean {
  let lower = 0;
  let functional = false;
  for (const w of latinWords(text)) {
    if (w.text.charCodeAt(0) < 0x61) continue;
    lower++;
    if (FUNCTION_WORD.has(w.text)) functional = true;
  }
  return lower >= 2 && functional;
}

/** Latin words with whether each follows the previous one across white space only (the same run of English). */
function latinWords(text: string): Array<{ text: string; adjacent: boolean }> {
  const out: Array<{ text: string; adjacent: boolean }> = [];
  let end = -1;
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m; m = LATIN_WORD.exec(text)) {
    const gap = end < 0 ? 'x' : text.slice(end, m.index);
    out.push({ text: m[0].replace(/’/g, "'"), adjacent: /^[\s,]+$/.test(gap) });
    end = m.index + m[0].length;
  }
  return out;
}

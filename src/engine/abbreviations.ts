/**
 * Round 30: where Intl.Segmenter's sentence break after an English abbreviation is undone. Round 29 read "Cat. No.
 * NB-4512" as a sentence "Cat." and a bare "No." refusal; a list of words merged always could not tell "No. 3 line"
 * from "No. We cannot", nor "10 a.m. Tokyo time" from "10 a.m. Please confirm". The break is judged from the word
 * before the full stop (its class in dictionaries/en/abbreviations.json) and the word after it:
 *
 * - a title or a word that never ends a sentence (Mr., e.g., vs.): always one sentence;
 * - a word naming a number or code (No., Cat., Ref., Fig., p., Tel.): one sentence before a digit, a sign before one,
 *   a capitalised code (NB-4512, USD) or another abbreviation ("Cat. No."), else two;
 * - a word that may end a sentence (Inc., a.m., etc., St.): one sentence unless the next word starts one (We, Please…);
 * - a single capital letter: an initial ("J. Smith") before a capitalised word that does not start a sentence,
 *   unless a labelling noun is before it ("Plan B. We…", "Hall C. Visitors…").
 *
 * Reads a bounded span on each side of the break, so splitting stays linear in the line.
 */
import { z } from 'zod';
import data from '../../dictionaries/en/abbreviations.json';
import { bundled, onDemand } from '../rules/bundled';

export const AbbreviationsSchema = onDemand(() => z.object({
  about: z.string(),
  entries: z.array(z.object({
    id: z.enum(['joins-always', 'before-number-or-code', 'joins-unless-new-sentence', 'sentence-starters', 'label-nouns']),
    role: z.string().min(1),
    words: z.array(z.string().min(1)).min(1),
    has: z.array(z.string().min(1)).min(1),
    hasNot: z.array(z.string().min(1)).min(1),
  })).length(5),
}));
type ClassId = z.output<ReturnType<typeof AbbreviationsSchema>>['entries'][number]['id'];

export const ABBREVIATION_ENTRIES = bundled('en/abbreviations', AbbreviationsSchema, data).entries;
/** Words of a class, keyed as `keyOf` reads them. */
const wordsOf = (id: ClassId) => new Set((ABBREVIATION_ENTRIES.find((e) => e.id === id)?.words ?? []).map(keyOf));
/** A word compared ignoring case when it has two letters or more; one letter as written ("p." is not "P."). */
function keyOf(word: string): string {
  return word.length > 1 ? word.toLowerCase() : word;
}
const ALWAYS = wordsOf('joins-always');
const BEFORE_CODE = wordsOf('before-number-or-code');
const UNLESS_NEW = wordsOf('joins-unless-new-sentence');
const STARTERS = wordsOf('sentence-starters');
const LABELS = wordsOf('label-nouns');

/** The longest abbreviation read before a full stop ("approx", "Messrs", "e.g", "U.S"). */
const WORD_REACH = 8;
/** How far past the break the next word is read. */
const HEAD_REACH = 32;

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Whether the break between text[..stop] (stop: the index of a full stop, nothing but white space after it up to
 * `next`) and the sentence starting at `next` is to be undone. `from` bounds the look back (the piece's start).
 */
export function joinsAfterFullStop(text: string, from: number, stop: number, next: number): boolean {
  // The word before the full stop: letters with inner dots ("e.g", "a.m", "U.S").
  let w = stop;
  while (w > from && stop - w <= WORD_REACH && (isLetter(text[w - 1]) || (text[w - 1] === '.' && isLetter(text[w - 2])))) w--;
  if (w === stop || stop - w > WORD_REACH || (w > from && (isLetter(text[w - 1]) || isDigit(text[w - 1])))) return false;
  const word = text.slice(w, stop);
  const key = keyOf(word);
  const head = text.slice(next, Math.min(text.length, next + HEAD_REACH));
  if (ALWAYS.has(key)) return true;
  if (BEFORE_CODE.has(key)) return startsWithCode(head) || startsWithAbbreviation(head);
  if (UNLESS_NEW.has(key)) return !startsSentence(head);
  if (word.length === 1 && isUpper(word)) return isInitial(text, from, w, head);
  return false;
}

/** The first word of `head` (letters only), or '' when it does not start with a letter. */
function firstWord(head: string): string {
  let k = 0;
  while (k < head.length && isLetter(head[k])) k++;
  return head.slice(0, k);
}

function startsSentence(head: string): boolean {
  const word = firstWord(head);
  // Not a letter ("(", a quote, a digit): not read as a new sentence unless it is a list mark or a bracket.
  if (!word) return head[0] === '(' || head[0] === '[' || head[0] === '"' || head[0] === '“' || head[0] === '-' || head[0] === '•';
  return STARTERS.has(word.toLowerCase()) && !(word.length > 1 && word === word.toUpperCase() && isCodeTail(head, word.length));
}

/** "US" of "US-made", "OK" of "OK-123": an upper-case word with a code's tail is a code, not a sentence's start. */
function isCodeTail(head: string, at: number): boolean {
  return head[at] === '-' && (isDigit(head[at + 1]) || isUpper(head[at + 1]));
}

/** A digit, a sign before one (#, +, №, (, a currency), or a capitalised code: a digit in it, or all of two capitals or more. */
function startsWithCode(head: string): boolean {
  const c = head[0];
  if (isDigit(c)) return true;
  if ((c === '#' || c === '+' || c === '№' || c === '(' || c === '€' || c === '$' || c === '¥' || c === '£') && head.length > 1) return true;
  if (!isUpper(c)) return false;
  let k = 0;
  let capitals = 0;
  let digits = 0;
  while (k < head.length && (isLetter(head[k]) || isDigit(head[k]) || head[k] === '-' || head[k] === '/')) {
    if (isUpper(head[k])) capitals++;
    else if (isDigit(head[k])) digits++;
    k++;
  }
  const token = head.slice(0, k);
  // "NB-4512", "A12", "X-30/2": a capital and a digit in one token.
  if (digits > 0) return true;
  // "USD", "VAT", "EXW": all capitals, two or more, and not a sentence's first word in capitals ("WE", "NO").
  return capitals >= 2 && capitals === token.length && !STARTERS.has(token.toLowerCase());
}

/** Another abbreviation of these lists next ("Cat. No. …", "Ref. Fig. 3"). */
function startsWithAbbreviation(head: string): boolean {
  const word = firstWord(head);
  if (!word || head[word.length] !== '.') return false;
  const key = keyOf(word);
  return BEFORE_CODE.has(key) || ALWAYS.has(key);
}

/**
 * A single capital letter at text[w] is an initial ("J. Smith", "Mr. J. R. Smith") when a capitalised word that
 * does not start a sentence follows (or another initial), and no labelling noun stands before it ("Plan B.").
 */
function isInitial(text: string, from: number, w: number, head: string): boolean {
  const word = firstWord(head);
  const nextInitial = word.length === 1 && isUpper(word) && head[1] === '.';
  const nameNext = word.length > 1 && isUpper(word[0]) && !isUpper(word[1]) && !STARTERS.has(word.toLowerCase());
  if (!nextInitial && !nameNext) return false;
  // The word before the letter: a label noun makes it a label ("Hall C.").
  let e = w;
  while (e > from && w - e < 4 && text[e - 1] === ' ') e--;
  let s = e;
  while (s > from && e - s <= 12 && isLetter(text[s - 1])) s--;
  return !LABELS.has(text.slice(s, e).toLowerCase());
}

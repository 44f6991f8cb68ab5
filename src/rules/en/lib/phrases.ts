import { z } from 'zod';
import { ListPrefixes, SearchedText } from '../../../engine/regex-prefixes';
import { matchAll, plainText, twinOf } from '../../../engine/match-all';

/**
 * Phrase data lives in dictionaries/en/*.json (Vale/alex style): each entry has an id and a regular
 * expression source. Patterns are case-insensitive unless `caseSensitive` is set, and compiled once at load.
 */
export const PhraseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are kebab-case'),
  pattern: z.string().min(1),
  caseSensitive: z.boolean().optional(),
});
export type PhraseData = z.infer<typeof PhraseSchema>;

export const SuggestionTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string().min(1),
  label: z.string().min(1),
  labelJa: z.string().min(1),
});
export type SuggestionTemplate = z.infer<typeof SuggestionTemplateSchema>;

export interface Phrase extends PhraseData {
  /** Searched through its twin on texts where that matches alike (twinOf: the pattern without the u flag). */
  regex: RegExp;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Offset of the match in the searched text. */
  index: number;
  text: string;
}

export function compilePhrases(list: readonly PhraseData[]): Phrase[] {
  return list.map((p) => {
    const regex = new RegExp(p.pattern, p.caseSensitive ? 'gu' : 'giu');
    return { ...p, regex };
  });
}

/**
 * The characters of the text last searched: a sentence is searched with several lists in a row (regex-prefixes.ts:
 * a phrase whose every match starts with text the sentence lacks is not run; its matches would be none).
 */
let lastChars: SearchedText | undefined;
const charsOf = (text: string): SearchedText => (lastChars !== undefined && lastChars.text === text ? lastChars : (lastChars = new SearchedText(text)));
/** Each list's prefixes, read on its first search (a list is fixed once compiled). */
const listPrefixes = new WeakMap<readonly Phrase[], ListPrefixes>();
const prefixesOfList = (phrases: readonly Phrase[]): ListPrefixes => {
  let p = listPrefixes.get(phrases);
  if (p === undefined) listPrefixes.set(phrases, (p = new ListPrefixes(phrases.map((x) => x.regex))));
  return p;
};

/**
 * Calls `visit` with each phrase of the list that may match `text` and the regex to search it with (its twin where
 * that matches alike: plainText), in list order, until `visit` returns true. A phrase whose every match starts with
 * text the sentence lacks is passed over (regex-prefixes.ts). Every phrase's own regex, and the one handed out, is at
 * lastIndex 0 when it is reached: findAll, findFirst and matchesAny share this one walk.
 */
function forEachCandidate(phrases: readonly Phrase[], text: string, visit: (phrase: Phrase, re: RegExp) => boolean | void): void {
  const plain = plainText(text);
  const may = prefixesOfList(phrases).marks(charsOf(text), !plain);
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k]!;
    phrase.regex.lastIndex = 0;
    if (may[k] === 0) continue;
    const re = (plain && twinOf(phrase.regex)) || phrase.regex;
    re.lastIndex = 0;
    if (visit(phrase, re) === true) return;
  }
}

/** Every match of every phrase, in text order (a phrase may match more than once). */
export function findAll(phrases: readonly Phrase[], text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  forEachCandidate(phrases, text, (phrase, re) => {
    for (const m of matchAll(text, re)) out.push({ phrase, index: m.index, text: m[0] });
  });
  return out.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

/** The earliest match of any phrase, or undefined. */
export function findFirst(phrases: readonly Phrase[], text: string): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  forEachCandidate(phrases, text, (phrase, re) => {
    const m = re.exec(text);
    re.lastIndex = 0;
    if (m && (!best || m.index < best.index)) best = { phrase, index: m.index, text: m[0] };
  });
  return best;
}

/** Whether any phrase matches; stops at the first that does (no need to find the earliest). */
export function matchesAny(phrases: readonly Phrase[], text: string): boolean {
  let hit = false;
  forEachCandidate(phrases, text, (_phrase, re) => {
    hit = re.test(text);
    re.lastIndex = 0;
    return hit;
  });
  return hit;
}

/** Looks a suggestion template up by id; a missing id is a programming error caught by the tests. */
export function template(list: readonly SuggestionTemplate[], id: string): SuggestionTemplate {
  const t = list.find((x) => x.id === id);
  if (!t) throw new Error(`no suggestion template "${id}"`);
  return t;
}

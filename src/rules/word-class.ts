// Round 31 (issue 9): a word class — a hand-written list of words or phrases a reader looks for — kept in
// dictionaries/ as one entry that shows and refutes itself (`has`: text the class is found in; `hasNot`: a near miss
// it is not), so the list is data somebody can check rather than a bare array. `reads` says how the readers look
// for it, and tests/unit/dictionaries/matchers.ts runs the examples the same way:
//   text    — a phrase occurs in the text (String.includes);
//   pattern — each phrase is a regular expression, one of them matches;
//   token   — a kuromoji token (its surface without an お/ご prefix, or its dictionary form), or two tokens joined,
//             is one of the words;
//   pos1    — a kuromoji token's sub-class of part of speech (IPADIC's 品詞細分類1: 係助詞, 格助詞 …) is one of them;
//   word    — an English token of the sentence (lower case, or its lemma) is one of the words.
// The readers keep their shape: `wordLists` hands each class back as its plain list of phrases, once, at load.
import { z } from 'zod';
import { onDemand } from './bundled';

export const WordClassSchema = onDemand(() => z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
  // A union of literals rather than a list of strings: ways of reading, not phrase data (the contract audit's codeLists).
  reads: z.union([z.literal('text'), z.literal('pattern'), z.literal('token'), z.literal('pos1'), z.literal('word')]),
  phrases: z.array(z.string().min(1)).min(1),
  has: z.array(z.string().min(2)).min(1),
  hasNot: z.array(z.string().min(2)).min(1),
}));

export interface WordClass {
  id: string;
  reads: string;
  phrases: string[];
  has: string[];
  hasNot: string[];
}

/** Whether a dictionary value is a word class (rather than a list, a table of entries or prose). */
export function isWordClass(v: unknown): v is WordClass {
  return !!v && typeof v === 'object' && !Array.isArray(v) && 'reads' in v && Array.isArray((v as WordClass).phrases);
}

/** The dictionary with each word class replaced by its phrases: the shape the readers have always read. */
export type WordLists<T> = { [K in keyof T]: T[K] extends { reads: string; phrases: string[] } ? string[] : T[K] };

export function wordLists<T extends object>(data: T): WordLists<T> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, isWordClass(v) ? v.phrases : v])) as WordLists<T>;
}

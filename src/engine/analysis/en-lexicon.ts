import { z } from 'zod';
import data from '../../../dictionaries/en/lexicon-news.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnToken } from './en-parse';
import { activeStore } from './facts';

/**
 * Round 19: the word classes the English news readers read with, generated from WordNet by scripts/build-en-lexicon.mjs
 * (dictionaries/en/lexicon-news.json): EVENT nouns, END verbs (of what we provide), CANCEL verbs, POSTPONE verbs; round 20: REMEDY
 * verbs (a fault put right) REPORT verbs (the reader's words reported back) and LESSEN
 * verbs (a quantity made smaller). Words are
 * lemmas; a phrasal verb is "verb_particle" ("wind_down"). Tokens are matched by their lemma, or by a stem taken off the
 * inflected form when the tagger left the form (or a wrong noun) as the lemma ("wound" → "wind", "sunsetted" → "sunset").
 */
export const LexiconSchema = onDemand(() => z.object({
  about: z.string(),
  classes: z.record(z.string(), z.object({
    pos: z.enum(['noun', 'verb']),
    about: z.string(),
    roots: z.array(z.object({ synset: z.string(), offset: z.string(), depth: z.number(), words: z.array(z.string()) })).min(1),
    examples: z.array(z.string()).min(1),
    words: z.array(z.string()).min(1),
  })),
}));

export type LexClass = 'event' | 'end' | 'cancel' | 'postpone' | 'remedy' | 'report' | 'lessen' | 'fault' | 'lose' | 'check' | 'pass' | 'burden' | 'fall' | 'bill';

const lexicon = bundled('en/lexicon-news', LexiconSchema, data);
/** Per class: single words, and phrasal verbs by their verb ("wind" → ["down"]). */
const single = new Map<LexClass, Set<string>>();
const phrasal = new Map<LexClass, Map<string, string[]>>();
/** Every single word and every phrasal verb's head of any class: a word none of whose candidate lemmas is here is in no class. */
const anyClassHead = new Set<string>();
for (const [name, c] of Object.entries(lexicon.classes)) {
  const words = new Set<string>();
  const phrases = new Map<string, string[]>();
  for (const w of c.words) {
    const [head, particle] = w.split('_');
    if (particle === undefined) words.add(head!);
    else phrases.set(head!, [...(phrases.get(head!) ?? []), particle]);
  }
  single.set(name as LexClass, words);
  phrasal.set(name as LexClass, phrases);
  for (const w of words) anyClassHead.add(w);
  for (const h of phrases.keys()) anyClassHead.add(h);
}

/** Irregular forms of the classes' verbs that the tagger may not lemmatise. */
const IRREGULAR: Record<string, string> = { wound: 'wind', withdrew: 'withdraw', withdrawn: 'withdraw', shut: 'shut', put: 'put', pushed: 'push', called: 'call' };

const DOUBLED_FINAL = /([bdfglmnprtvz])\1$/;
const INFLECTION = /^(.+?)(ies|es|s|ied|ed|d|ing)$/;
/** Candidate lemmas of a word form: itself, an irregular's base, and the stems of regular -s, -es, -ed, -ing (doubled or e-dropped). */
export function stems(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (IRREGULAR[w]) out.push(IRREGULAR[w]!);
  const m = INFLECTION.exec(w);
  if (m) {
    const base = m[1]!;
    if (m[2] === 'ies' || m[2] === 'ied') out.push(base + 'y');
    out.push(base, base + 'e');
    if (DOUBLED_FINAL.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

/**
 * What the classes say of one word: per class, whether its lemma or a stem of its form is a word of the class, and
 * the particles of the phrasal verbs it heads. Depends on the lemma and the form only (the lexicon is fixed), so it
 * is worked out once per word and kept: the news readers ask it of every token of every new sentence, and working
 * it out (stems, a regular expression, arrays) cost a tenth of the English sentence facts (round 20).
 */
export interface WordClasses {
  member: Record<LexClass, boolean>;
  particles: Record<LexClass, readonly string[]>;
}
const NO_PARTICLES: readonly string[] = [];
/** By form, then by lemma (no key string built per call): kept in the engine's store (a new Engine is cold). */
const WORD_CLASSES = 'en-lexicon/word-classes';
/** Forms kept at most (a draft's vocabulary is a few thousand words at most): the map is emptied when full. */
const WORDS_KEPT = 5000;

function classesOf(lemma: string, lower: string): WordClasses {
  const store = activeStore();
  const wordClasses = store.memo<string, Map<string, WordClasses>>(WORD_CLASSES);
  let byLemma = wordClasses.get(lower);
  const known = byLemma?.get(lemma);
  if (known !== undefined) return known;
  const forms = stems(lower);
  // Round 43: most words are in no class; they share one answer, worked out once (a cold analysis worked out every
  // distinct word's fourteen classes — stems against each class's words, arrays of particles — 3.8 % of its CPU).
  const made = anyClassHead.has(lemma) || forms.some((s) => anyClassHead.has(s)) ? classesOfHeads(lemma, forms) : inNoClass();
  store.memoized++;
  if (byLemma === undefined) {
    if (wordClasses.size >= WORDS_KEPT) wordClasses.clear();
    byLemma = new Map();
    wordClasses.set(lower, byLemma);
  }
  byLemma.set(lemma, made);
  return made;
}

/**
 * Round 43: the token's classes kept on the token (its `classes` slot): the readers ask them of one token a dozen times
 * (classVerbAt for each class), and the engine's memo behind `classesOf` costs four map look-ups a time (3 % of a
 * cold English analysis). The memo still shares one word's classes between its tokens.
 */
function classesOfToken(t: EnToken): WordClasses {
  return t.classes ??= classesOf(t.lemma, t.lower);
}

function classesOfHeads(lemma: string, forms: readonly string[]): WordClasses {
  const heads = [lemma, ...forms];
  const member = {} as Record<LexClass, boolean>;
  const particles = {} as Record<LexClass, readonly string[]>;
  for (const [cls, words] of single) {
    member[cls] = words.has(lemma) || forms.some((s) => words.has(s));
    const ps = heads.flatMap((h) => phrasal.get(cls)!.get(h) ?? []);
    particles[cls] = ps.length > 0 ? ps : NO_PARTICLES;
  }
  return { member, particles };
}

/** What a word in no class gets: read only, so one object serves every such word (derived from the lexicon alone). */
let noClass: WordClasses | undefined;
function inNoClass(): WordClasses {
  if (noClass === undefined) {
    const member = {} as Record<LexClass, boolean>;
    const particles = {} as Record<LexClass, readonly string[]>;
    for (const cls of single.keys()) {
      member[cls] = false;
      particles[cls] = NO_PARTICLES;
    }
    noClass = { member, particles };
  }
  return noClass;
}

/** Whether token `t` is a word of the class (its lemma or a stem of its form). */
export function inClass(cls: LexClass, t: EnToken | undefined): boolean {
  if (!t) return false;
  return classesOfToken(t).member[cls];
}

/**
 * The index after a verb of the class starting at `i` — one word ("axed"), or a verb and its particle ("wound down",
 * "phasing out", "called off") — or -1. A phrasal verb's head alone is not the class ("we called the office").
 */
export function classVerbAt(cls: LexClass, tokens: readonly EnToken[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  const known = classesOfToken(t);
  const particles = known.particles[cls];
  const next = tokens[i + 1]?.lower;
  if (next !== undefined && particles.length > 0 && particles.includes(next)) return i + 2;
  return known.member[cls] ? i + 1 : -1;
}

/** Any word of the classes' verbs or of the event nouns in a text: the cheap gate before a parse (linear: one pass over words). */
export function mayHaveLexiconWord(text: string, classes: readonly LexClass[]): boolean {
  for (const word of text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
    for (const s of stems(word)) {
      for (const cls of classes) if (single.get(cls)!.has(s) || phrasal.get(cls)!.has(s)) return true;
    }
  }
  return false;
}


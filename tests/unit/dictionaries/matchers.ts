// How each dictionary's entries are recognised, so that an entry's own examples run through the same code
// the rules use. One key per dictionary file (path under dictionaries/, without .json). An entry with a
// `pattern` and no matcher registered for its file is tested as the regular expression the rules compile.
import { analyzeEnglish } from '../../../src/engine/analysis/en';
import { goodsRiseRead } from '../../../src/engine/analysis/en-news-terms';
import { termNewValue } from '../../../src/engine/analysis/ja-news-terms';
import { mayTroubleSlang, troubleSlang } from '../../../src/engine/analysis/en-trouble-slang';
import { segment } from '../../../src/engine/segment';
import { analyzeJapanese } from '../../../src/engine/analysis/ja';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { Engine } from '../../../src/engine/engine';
import greetingRule from '../../../src/rules/en/greeting-and-sign-off';
import { hasJapaneseWord } from '../../../src/rules/en/lib/bad-news';
import { outreachEntryMatches } from '../../../src/rules/en/lib/outreach';
import { pressureEntryMatches } from '../../../src/rules/en/lib/pressure';
import { casualWords } from '../../../src/rules/en/lib/register';
import type { Sentence } from '../../../src/engine/types';
import type { WordClass } from '../../../src/rules/word-class';
import { formPhrases } from '../../../src/engine/analysis/en-sentence-act';
import { notAFormWord, type NotAFormClass } from '../../../src/engine/analysis/en-form';
import { pressWordIn } from '../../../src/engine/analysis/press-shape';
import type { PressWordClass } from '../../../src/engine/analysis/press-words';
import { inWindow } from '../../../src/rules/any/calendar/closed-days';
import { isPartWord } from '../../../src/rules/any/calendar/word-parts';
import { englishVisits, japaneseVisits } from '../../../src/rules/any/calendar/visit-verbs';
import { parseIsoDay } from '../../../src/engine/analysis/dates-day';
import { namesEntry } from '../../../src/engine/analysis/dates-named';
import { storedEntryMatches } from '../../../src/rules/ja/lib/pressure';
import { decisionPressureIn } from '../../../src/rules/ja/lib/decision-pressure';
import { compilePhrases, type PhraseData } from '../../../src/rules/en/lib/phrases';
import { bareNoIn, contractPhrase } from '../../../src/rules/en/lib/refusal';
import { dismissiveImperatives } from '../../../src/rules/en/lib/dismissive';
import { casualPhrases } from '../../../src/rules/ja/lib/casual';
import { intensifiersIn } from '../../../src/rules/ja/lib/intensifiers';
import { casualEndingsIn } from '../../../src/rules/ja/lib/casual-endings';
import { cushionsIn } from '../../../src/rules/ja/lib/cushion';
import { flatRefusals } from '../../../src/rules/ja/lib/flat-refusal';
import {
  humbleForClient, humbleRequestsIn, humbleSaseteItadakuIn, respectForOwnSide,
} from '../../../src/rules/ja/lib/keigo-direction';

/** A dictionary entry as stored: an id, its examples and whatever the file's schema adds. */
export interface Entry {
  id: string;
  has?: string[];
  hasNot?: string[];
  [key: string]: unknown;
}

/** Does the entry recognise the text? `list` names the array the entry sits in (e.g. "openers"). */
export type Matcher = (entry: Entry, text: string, list: string) => boolean | Promise<boolean>;

const greetingEngine = new Engine({ rules: [greetingRule] });
const CLIENT = { recipient: 'client', firstContact: false, now: '2025-12-01' } as const;

/** A one-sentence text with its kuromoji tokens, as the engine hands it to a sentence rule. */
async function jaSentence(text: string) {
  const tokenizer = await sharedNodeTokenizer();
  return { text, start: 0, tokens: tokenizer.tokenize(text, 0) };
}

/** keigo.json: each list is read by its own detector (the rules' lib/keigo-direction.ts). */
const KEIGO_LISTS: Record<string, (e: Entry, text: string) => Promise<boolean> | boolean> = {
  // A respect verb for our own side (ja.honorific.sonkeigo-for-own-side).
  respectVerbs: async (e, text) => respectForOwnSide(await jaSentence(text)).some((h) => h.base === e.base),
  // A humble verb for the client's act (ja.honorific.kenjogo-for-client).
  humbleVerbs: async (e, text) => humbleForClient(await jaSentence(text)).some((h) => h.base === e.base),
  // A humble verb with させていただく on top (ja.honorific.double-keigo).
  humbleWithSaseteItadaku: (e, text) => humbleSaseteItadakuIn(text).some((h) => h.entry.id === e.id),
  // A humble verb in a request to the client (ja.honorific.kenjogo-for-client).
  humbleRequests: (e, text) => humbleRequestsIn(text).some((h) => h.entry.id === e.id),
};

async function japaneseFacts(text: string) {
  const tokenizer = await sharedNodeTokenizer();
  return analyzeJapanese(text, tokenizer.tokenize(text, 0));
}

export const MATCHERS: Record<string, Matcher> = {
  'ja/news': async (e, text) => (await japaneseFacts(text)).news?.kind === e.kind,
  // The pattern with what it requires in its clause and the offer it needs in view, as early-pressure reads it.
  'ja/pressure': (e, text) => storedEntryMatches(e, text),
  // A reading of ja.pressure.decision-pressure over the sentence's tokens and facts, its words in its open slot.
  'ja/decision-pressure': async (e, text) => {
    const { tokens } = await jaSentence(text);
    const s = { text, start: 0, end: text.length, lang: 'ja' as const, line: 0, tokens };
    return decisionPressureIn(s, await japaneseFacts(text)).some((h) => h.entry.id === e.id);
  },
  // A casual phrase as ja.register.casual-to-client finds it (outside quotes; an `end` entry closing the sentence).
  'ja/casual-forms': (e, text) => casualPhrases(text).some((h) => h.entry.id === e.id),
  // An ending of talk as ja.register.casual-to-client reads it at the sentence's end (round 29).
  'ja/casual-endings': async (e, text) => casualEndingsIn(await jaSentence(text)).some((h) => h.entry.id === e.id),
  'ja/intensifiers': async (e, text) => intensifiersIn(await jaSentence(text)).some((h) => h.entry.id === e.id),
  // A cushion word as the refusal rules detect it.
  'ja/cushions': (e, text) => cushionsIn(text).includes(e.id),
  // A flat refusal as ja.blunt-refusal.unsoftened-refusal judges it, before it asks for a cushion.
  'ja/refusals': async (e, text) => flatRefusals(await jaSentence(text)).some((c) => c.id === e.id),
  'ja/keigo': (e, text, list) => {
    const m = KEIGO_LISTS[list];
    if (!m) throw new Error(`ja/keigo: no matcher for the list ${list}`);
    return m(e, text);
  },
  // Round 31: the goods-rise reader's word classes, by what it read the sentence through (onset, buying, not-goods).
  'en/news-terms': (e, text) => {
    const read = new Set<string>();
    goodsRiseRead(analyzeEnglish(text), read as Set<never>);
    return read.has(e.id);
  },
  // Round 31: the term-new-value reader's words: the reader finds a new value in each has, none in each hasNot.
  'ja/news-terms': (_e, text) => termNewValue(text) !== undefined,
  'en/cues': (e, text) => ((analyzeEnglish(text).cues as Record<string, unknown[] | undefined>)[e.cue as string]?.length ?? 0) > 0,
  // Slang is a pattern; a dismissive imperative is read from the parse, as en.register.dismissive reads it.
  'en/register': (e, text, list) =>
    list === 'dismissive' ? dismissiveImperatives(analyzeEnglish(text)).some((d) => d.entry.id === e.id)
      // An entry read only as a state (onlyAfter) is read where it stands, as the rule reads it.
      : 'onlyAfter' in e ? casualWords({ text, start: 0 } as Sentence).some((w) => w.id === e.id) : patternMatcher(e, text),
  // A word class of trouble slang: its has sentences are flagged by the parse reader, its hasNot left (round 28's class).
  // Round 30: an abbreviation class's has lines stay one sentence each, its hasNot lines are split after it (segment.ts).
  'en/abbreviations': (_e, text) => segment(text).sentences.length === text.split('\n').length,
  'en/trouble-slang': (_e, text) => mayTroubleSlang(text) && troubleSlang(analyzeEnglish(text)).length > 0,
  'en/greetings': (_e, text) => greetingEngine.analyze({ body: text, context: CLIENT }).length > 0,
  // A lead to the contract ("as per the") counts only with the contract after it, as per-contract reads it.
  'en/refusal': (e, text, list) => {
    // A bare "no" counts at the start or after a topic phrase ("About X: not possible."), as bare-no reads it.
    if (list === 'bareNo') return bareNoIn(text, compilePhrases([e as unknown as PhraseData]))?.phrase.id === e.id;
    if (list !== 'perContract') return patternMatcher(e, text);
    return contractPhrase(text, compilePhrases([e as unknown as PhraseData]))?.phrase.id === e.id;
  },
  // The words of Japanese consideration that make an English notice considerate (src/rules/en/lib/bad-news.ts).
  // Round 31: a word of time, the calendar or quantity in the phrase of "in" / "as" after our denied verb (en-form.ts):
  // has sentences tell a shortage or a delay, hasNot sentences a form of the thing turned down.
  'en/not-a-form': (e, text) => {
    const f = analyzeEnglish(text);
    const no = f.refusal === undefined ? undefined : f.clauses[f.refusal];
    return no !== undefined && formPhrases(f, no).some((phrase) => phrase.some((t) => notAFormWord(t, e.id as NotAFormClass)));
  },
  'en/bad-news': (e, text) => hasJapaneseWord(e as unknown as { words: string[] }, text),
  // Word phrases (src/rules/en/lib/word-phrases.ts); the deadline words need a date after them.
  'en/outreach': (e, text, list) => outreachEntryMatches(list, e.id, text),
  'en/pressure': (e, text, list) => pressureEntryMatches(list, e.id, text),
  'any/press-words': (e, text) => pressWordIn(e.id as PressWordClass, text),
  // A closure window (MM-DD to MM-DD, maybe across the new year) and an ISO date, tested as closedReason does.
  'calendar/closures': (e, text) => inWindow(parseIsoDay(text), { from: e.from as string, to: e.to as string }),
  // A word class a long pattern names ({{holidayJa}}): its has are words of the class, its hasNot near misses (round 30).
  'calendar/meeting-context': (e, text, list) => {
    if (list !== 'parts') throw new Error(`calendar/meeting-context: no matcher for the list ${list}`);
    return isPartWord(e as unknown as { words: string[] }, text);
  },
  // A day or a period named by words, read by the date parser's own names (src/engine/analysis/dates-named.ts).
  'calendar/named-days': (e, text) => namesEntry(e.id, text),
  // A visit told by a verb of movement, read from the parse as the meeting judgement reads it.
  'calendar/visit-verbs': async (e, text, list) =>
    list === 'ja' ? japaneseVisits((await jaSentence(text)).tokens, 0, e.id).length > 0 : englishVisits(text, e.id).length > 0,
};

/** The default for an entry with a pattern: the regular expression, compiled as the rules compile it. */
export function patternMatcher(entry: Entry, text: string): boolean {
  const flags = entry.caseSensitive ? 'u' : 'iu';
  return new RegExp(entry.pattern as string, flags).test(text);
}

/** A word-class token without an お/ご prefix, as the Japanese readers compare nouns (lib/cold-outreach.ts). */
const bareWord = (surface: string) => (surface.length > 1 ? surface.replace(/^[おご御]/, '') : surface);

/**
 * A word class (src/rules/word-class.ts), read as its `reads` says the readers read it: a phrase in the text, a
 * pattern that matches, a token (surface without its prefix, dictionary form, or two tokens joined) of the class, or
 * a token whose part-of-speech sub-class is one of them, or an English token (lower case or lemma) of the class.
 */
export async function wordClassMatcher(entry: Entry, text: string): Promise<boolean> {
  const c = entry as unknown as WordClass;
  if (c.reads === 'text') return c.phrases.some((p) => text.includes(p));
  if (c.reads === 'pattern') return c.phrases.some((p) => new RegExp(p, 'u').test(text));
  const words = new Set(c.phrases);
  if (c.reads === 'word') return analyzeEnglish(text).tokens.some((t) => words.has(t.lower) || words.has(t.lemma));
  if (c.reads !== 'token' && c.reads !== 'pos1') throw new Error(`${c.id}: a word class reads text, pattern, token, pos1 or word, not ${c.reads}`);
  const tokens = (await jaSentence(text)).tokens;
  if (c.reads === 'pos1') return tokens.some((t) => words.has(t.pos1));
  return tokens.some((t, k) => words.has(t.surface) || words.has(bareWord(t.surface)) || words.has(t.base) ||
    (k > 0 && words.has(tokens[k - 1]!.surface + t.surface)));
}

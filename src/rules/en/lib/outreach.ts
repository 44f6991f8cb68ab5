import { z } from 'zod';
import data from '../../../../dictionaries/en/outreach.json';
import type { Sentence, Suggestion, SuggestionEdit } from '../../../engine/types';
import { SuggestionTemplateSchema, template } from './phrases';
import { lowerFirstWord } from './text';
import { WordList, WordListSchema } from './word-phrases';
import { bundled, onDemand } from '../../bundled';

export const OutreachDictionarySchema = onDemand(() => z.object({
  about: z.string(),
  /** An introduction, an earlier meeting, their enquiry: the mail is a warm one. */
  introductions: WordListSchema,
  /** "I came across your profile": a first line that says the writer found them online. */
  openers: WordListSchema,
  pleasantries: WordListSchema,
  /** What we do and what it is worth: one half of a cold pitch. */
  pitches: WordListSchema,
  /** A call, visit or meeting asked for in so many words. */
  meetingAsks: WordListSchema,
  /** What an ask may be about without the word meeting ("show you", "a free trial", "coffee"): an ask only in an ask act. */
  softAsks: WordListSchema,
  /** "If it would be of interest, …": the ask made conditional on their interest is the modest form. */
  courtesyConditions: WordListSchema,
  /** "Please forgive this sudden message": the writer owns that the mail is unannounced. */
  suddenApologies: WordListSchema,
  followUps: WordListSchema,
  /** "Just checking in": ordinary after a meeting or an introduction, pushy after an unanswered pitch. */
  softFollowUps: WordListSchema,
  /** "Did you have a chance to look at it?" — pushy with "I sent you …" or "my proposal" in the same sentence. */
  chaseQuestions: WordListSchema,
  sentByUs: WordListSchema,
  suggestions: z.array(SuggestionTemplateSchema).min(1),
}));

const dict = bundled('en/outreach', OutreachDictionarySchema, data);
const LISTS = ['introductions', 'openers', 'pleasantries', 'pitches', 'meetingAsks', 'softAsks', 'courtesyConditions', 'suddenApologies', 'followUps', 'softFollowUps', 'chaseQuestions', 'sentByUs'] as const;
type ListName = (typeof LISTS)[number];

export const OUTREACH = Object.fromEntries(LISTS.map((l) => [l, new WordList(dict[l])])) as Record<ListName, WordList>;

/** How an entry of this file recognises a text: the rules' own matcher (tests/unit/dictionaries). */
export function outreachEntryMatches(list: string, id: string, text: string): boolean {
  const words = OUTREACH[list as ListName];
  if (!words) throw new Error(`outreach.json has no list "${list}"`);
  return words.entryMatches(id, text);
}

export function outreachSuggestion(id: string): Suggestion {
  const t = template(dict.suggestions, id);
  return { text: t.text, label: t.label, labelJa: t.labelJa };
}

/** The seller's sentence with an apology for the sudden message in front of it: their words stay. */
export function suddenLead(s: Sentence): Suggestion {
  const t = template(dict.suggestions, 'sudden-lead');
  return { text: t.text + s.text, edits: [{ start: s.start, end: s.start, text: t.text }], label: t.label, labelJa: t.labelJa };
}

/**
 * The seller's own ask, kept, made conditional on their interest, with a way out after it: "Could we meet
 * at your plant next month?" → "If it would be of interest, could we meet at your plant next month? If a
 * meeting is too early, may I simply send you some brief information first?" (or an introduction offered
 * through a shared customer). Two edits, one undo step.
 */
export function wrappedAsk(s: Sentence, isName?: (w: string) => boolean): Suggestion[] {
  const lead = template(dict.suggestions, 'if-of-interest').text;
  const word = /^[A-Za-z][A-Za-z'’-]*/.exec(s.text)?.[0] ?? '';
  const head: SuggestionEdit = { start: s.start, end: s.start + word.length, text: lead + lowerFirstWord(s.text, isName).slice(0, word.length) };
  return ['send-first', 'shared-customer'].map((id) => {
    const t = template(dict.suggestions, id);
    const tail: SuggestionEdit = { start: s.end, end: s.end, text: /[.!?]["”’)]*$/.test(s.text) ? t.text : `.${t.text}` };
    const text = head.text + s.text.slice(word.length) + tail.text;
    return { text, edits: [head, tail], label: t.label, labelJa: t.labelJa };
  });
}

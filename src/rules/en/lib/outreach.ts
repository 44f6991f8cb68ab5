import { z } from 'zod';
import data from '../../../../dictionaries/en/outreach.json';
import type { Suggestion } from '../../../engine/types';
import { compilePhrases, PhraseSchema, SuggestionTemplateSchema, template } from './phrases';

const Phrases = z.array(PhraseSchema).min(1);
export const OutreachDictionarySchema = z.object({
  about: z.string(),
  introductions: Phrases,
  openers: Phrases,
  pleasantries: Phrases,
  pitches: Phrases,
  meetingAsks: Phrases,
  followUps: Phrases,
  suggestions: z.array(SuggestionTemplateSchema).min(1),
});

const dict = OutreachDictionarySchema.parse(data);

export const OUTREACH = {
  introductions: compilePhrases(dict.introductions),
  openers: compilePhrases(dict.openers),
  pleasantries: compilePhrases(dict.pleasantries),
  pitches: compilePhrases(dict.pitches),
  meetingAsks: compilePhrases(dict.meetingAsks),
  followUps: compilePhrases(dict.followUps),
};

export function outreachSuggestion(id: string): Suggestion {
  const t = template(dict.suggestions, id);
  return { text: t.text, label: t.label, labelJa: t.labelJa };
}

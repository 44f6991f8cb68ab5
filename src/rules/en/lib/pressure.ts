import { z } from 'zod';
import data from '../../../../dictionaries/en/pressure.json';
import type { Suggestion } from '../../../engine/types';
import { compilePhrases, matchesAny, PhraseSchema, SuggestionTemplateSchema, template } from './phrases';

const Phrases = z.array(PhraseSchema).min(1);
export const PressureDictionarySchema = z.object({
  about: z.string(),
  slogans: Phrases,
  limitedValidity: Phrases,
  strongThreats: Phrases,
  weakThreats: Phrases,
  consequences: Phrases,
  deadlines: Phrases,
  /** Today, tomorrow, end of day, within 24 hours: a clock no buying committee can meet. */
  tightDeadlines: Phrases,
  /** "whether you'll …", "if you want to …": a yes or no asked of the reader, pressing only on a tight clock. */
  replyAsks: Phrases,
  /** "sign", "decide", "go ahead", "your answer": a decision asked of the reader. */
  decisionAsks: Phrases,
  /** "please", "can you", "we need": the sentence asks something of the reader (not "I will let you know"). */
  readerAsked: Phrases,
  /** "which date suits you", "whether you can attend": arranging a meeting, not pressing for a decision. */
  logistics: Phrases,
  /** "I'd recommend signing this week": advice to hurry is pressure on its own. */
  hurryAdvice: Phrases,
  exemptions: Phrases,
  suggestions: z.array(SuggestionTemplateSchema).min(1),
});
const dict = PressureDictionarySchema.parse(data);
const P = {
  slogans: compilePhrases(dict.slogans),
  limitedValidity: compilePhrases(dict.limitedValidity),
  strongThreats: compilePhrases(dict.strongThreats),
  weakThreats: compilePhrases(dict.weakThreats),
  consequences: compilePhrases(dict.consequences),
  deadlines: compilePhrases(dict.deadlines),
  tightDeadlines: compilePhrases(dict.tightDeadlines),
  replyAsks: compilePhrases(dict.replyAsks),
  decisionAsks: compilePhrases(dict.decisionAsks),
  readerAsked: compilePhrases(dict.readerAsked),
  logistics: compilePhrases(dict.logistics),
  hurryAdvice: compilePhrases(dict.hurryAdvice),
  exemptions: compilePhrases(dict.exemptions),
};

/**
 * Whether a sentence pressures the reader: a sales slogan ("last chance", "only two slots left"), a price
 * "only good until Friday", a threat ("after that I can't hold it"), advice to hurry ("I'd recommend
 * signing this week"), a deadline with a consequence ("after Friday the standard price applies"), or an
 * answer demanded on the seller's clock ("let me know today whether …"). A date tied to the client's own
 * schedule, a standard quote validity, or "no need to decide this week" is not.
 */
export function isPressure(text: string): boolean {
  if (matchesAny(P.slogans, text)) return true;
  if (matchesAny(P.exemptions, text)) return false;
  if (matchesAny(P.limitedValidity, text) || matchesAny(P.strongThreats, text) || matchesAny(P.hurryAdvice, text)) return true;
  const deadline = matchesAny(P.deadlines, text);
  if (deadline && (matchesAny(P.consequences, text) || matchesAny(P.weakThreats, text))) return true;
  return demandsQuickAnswer(text, deadline);
}

/**
 * "Can you let me know today whether you'll take the call?", "Please sign the order form by Friday": the
 * reader is asked for a decision by the seller's date, or for a yes or no by today or tomorrow. Asking
 * which date suits them, or for questions by tomorrow, is arranging, not pressing.
 */
function demandsQuickAnswer(text: string, deadline: boolean): boolean {
  if (!matchesAny(P.readerAsked, text) || matchesAny(P.logistics, text)) return false;
  const decision = matchesAny(P.decisionAsks, text);
  if (matchesAny(P.tightDeadlines, text)) return decision || matchesAny(P.replyAsks, text);
  return decision && deadline;
}

export function pressureSuggestion(id: string): Suggestion {
  const t = template(dict.suggestions, id);
  return { text: t.text, label: t.label, labelJa: t.labelJa };
}

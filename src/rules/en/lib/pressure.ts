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
  exemptions: compilePhrases(dict.exemptions),
};

/**
 * Whether a sentence pressures the reader: a sales slogan ("last chance"), a price "only good until
 * Friday", a threat ("after that I can't hold it"), or a deadline with a consequence ("sign by noon
 * tomorrow; otherwise …"). A date tied to the client's own schedule or a standard quote validity is not.
 */
export function isPressure(text: string): boolean {
  if (matchesAny(P.slogans, text)) return true;
  if (matchesAny(P.exemptions, text)) return false;
  if (matchesAny(P.limitedValidity, text) || matchesAny(P.strongThreats, text)) return true;
  const deadline = matchesAny(P.deadlines, text);
  return deadline && (matchesAny(P.consequences, text) || matchesAny(P.weakThreats, text));
}

export function pressureSuggestion(id: string): Suggestion {
  const t = template(dict.suggestions, id);
  return { text: t.text, label: t.label, labelJa: t.labelJa };
}

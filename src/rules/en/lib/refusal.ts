import { z } from 'zod';
import data from '../../../../dictionaries/en/refusal.json';
import type { Sentence, Suggestion } from '../../../engine/types';
import { compilePhrases, matchesAny, PhraseSchema, SuggestionTemplateSchema, template } from './phrases';
import { dropLeadingNo, lowerFirstWord, withFullStop } from './text';

const Phrases = z.array(PhraseSchema).min(1);
export const RefusalDictionarySchema = z.object({
  about: z.string(),
  cushions: Phrases,
  consultOffers: Phrases,
  conditions: Phrases,
  conditionalLeads: Phrases,
  agreed: Phrases,
  flatNo: Phrases,
  /** A refusal that is only "no": "No.", "Unfortunately not.", "a hard no", "the answer is no". */
  bareNo: Phrases,
  /** What turns a cushioned "no" into a compromise: "…, but we could …", "However, …". */
  alternatives: Phrases,
  outOfScope: Phrases,
  payDemand: Phrases,
  notCovered: Phrases,
  charges: Phrases,
  requestReference: Phrases,
  perContract: Phrases,
  contractRefusal: Phrases,
  suggestions: z.array(SuggestionTemplateSchema).min(1),
});

const dict = RefusalDictionarySchema.parse(data);

export const REFUSAL = {
  cushions: compilePhrases(dict.cushions),
  consultOffers: compilePhrases(dict.consultOffers),
  conditions: compilePhrases(dict.conditions),
  conditionalLeads: compilePhrases(dict.conditionalLeads),
  agreed: compilePhrases(dict.agreed),
  flatNo: compilePhrases(dict.flatNo),
  bareNo: compilePhrases(dict.bareNo),
  alternatives: compilePhrases(dict.alternatives),
  outOfScope: compilePhrases(dict.outOfScope),
  payDemand: compilePhrases(dict.payDemand),
  notCovered: compilePhrases(dict.notCovered),
  charges: compilePhrases(dict.charges),
  requestReference: compilePhrases(dict.requestReference),
  perContract: compilePhrases(dict.perContract),
  contractRefusal: compilePhrases(dict.contractRefusal),
};

/**
 * A refusal is softened when a cushion ("I'm afraid", "Unfortunately", 恐れ入りますが) stands in it or in the
 * sentence before, or when it promises to look for a way ("let me speak with my manager"). A reason or an
 * alternative alone does not soften it (the corpus labels those blunt too). A sentence that confirms what
 * was agreed ("as discussed, …") is not a refusal at all.
 */
export function isSoftened(sentence: Sentence, previous: Sentence | undefined): boolean {
  // "As agreed, we will not change the housing" confirms a decision taken together; it refuses nothing.
  if (matchesAny(REFUSAL.agreed, sentence.text)) return true;
  if (matchesAny(REFUSAL.cushions, sentence.text) || matchesAny(REFUSAL.consultOffers, sentence.text)) return true;
  return previous !== undefined && matchesAny(REFUSAL.cushions, previous.text);
}

/**
 * A request answered with a price tag: "you'll have to pay for that", "those seats aren't covered and will
 * be billed separately" (en.blunt-refusal.extra-charge). A plain scope line in a quote is not.
 */
export function answersWithCharge(text: string): boolean {
  if (matchesAny(REFUSAL.payDemand, text)) return true;
  return matchesAny(REFUSAL.notCovered, text) && (matchesAny(REFUSAL.requestReference, text) || matchesAny(REFUSAL.charges, text));
}

/** Questions ("Can't we …?") are not refusals. */
export function isQuestion(sentence: Sentence): boolean {
  return /\?\s*["”’)]?$/.test(sentence.text);
}

const t = (id: string) => template(dict.suggestions, id);

function toSuggestion(id: string, text: string): Suggestion {
  const tpl = t(id);
  return { text, label: tpl.label, labelJa: tpl.labelJa };
}

/**
 * The writer's own refusal with a cushion in front and the promise to consult after it:
 * "No, we don't do X." → "I'm afraid we don't do X. However, because we value working with you, …".
 * A lead-in before the refusal stays in front of the cushion: "Regarding your request: that isn't …" →
 * "Regarding your request: I'm afraid that isn't …". `refusalAt` is where the refusal itself starts.
 */
export function cushionedRefusal(sentenceText: string, refusalAt = 0): Suggestion {
  const cut = leadInEnd(sentenceText, refusalAt);
  const core = withFullStop(lowerFirstWord(dropLeadingNo(sentenceText.slice(cut))));
  return toSuggestion('cushion', `${sentenceText.slice(0, cut)}${t('cushion').text}${core} ${t('consult').text}`);
}

/** Openings that frame a refusal without being part of it ("Regarding …,", "For the Q3 order,"). */
const LEAD_IN =
  /^(?:regarding|as\s+for|as\s+to|concerning|about|with\s+regard\s+to|in\s+regard\s+to|for|on|in|after|thank\s+you|thanks|starting|from|as\s+of|at\s+(?:this\s+point|the\s+moment|present)|currently)\b/i;

/** Where the refusal clause starts: after the last ": ", "; " or dash before it, or after a lead-in's comma. */
function leadInEnd(text: string, refusalAt: number): number {
  const before = text.slice(0, refusalAt);
  let cut = -1;
  for (const m of before.matchAll(/[:;—–]\s/g)) cut = m.index + 1;
  if (cut < 0 && LEAD_IN.test(before)) cut = before.lastIndexOf(',') + 1;
  if (cut <= 0) return 0;
  while (cut < text.length && /\s/.test(text[cut]!)) cut++;
  // "Thank you for asking, but we cannot …": the conjunction belongs before the cushion.
  const conjunction = /^(?:but|and|so|yet)\s+/i.exec(text.slice(cut));
  return cut + (conjunction ? conjunction[0].length : 0);
}

/** The contract named gently: "As per the contract, X is not included." → "I'm afraid that under our current agreement, X is not included. …" */
export function contractRefusal(sentenceText: string, contractPhrase: { index: number; text: string }): Suggestion {
  const before = sentenceText.slice(0, contractPhrase.index);
  const after = sentenceText.slice(contractPhrase.index + contractPhrase.text.length).replace(/^[\s,;:—–-]+/, '');
  const head = before.trim().replace(/[\s,;:—–-]+$/, '');
  const rest = (head ? (/^[.!?]/.test(after) ? head + after : `${head} ${after}`) : after).trim();
  const core = withFullStop(lowerFirstWord(dropLeadingNo(rest)));
  return toSuggestion('contract', `${t('contract').text}${core} ${t('consult').text}`);
}

/** A whole compromise sentence in place of the refusal (the "thank, name the scope, consult"). */
export function compromise(id: 'difficult' | 'scope' | 'not-included' | 'not-this-time'): Suggestion {
  return toSuggestion(id, t(id).text);
}

import { z } from 'zod';
import data from '../../../../dictionaries/en/bad-news.json';
import type { Sentence, Suggestion } from '../../../engine/types';
import type { NewsKind } from '../../../engine/analysis/en';
import { SuggestionTemplateSchema, template } from './phrases';
import { isJapaneseName } from './names';
import { lowerFirstWord, withFullStop } from './text';
import { bundled, onDemand } from '../../bundled';

const KINDS = ['price-increase', 'terms-change', 'delay', 'shortage', 'quality', 'discontinuation', 'contact-change', 'cancellation', 'spec-change', 'outage'] as const;
export const BadNewsDictionarySchema = onDemand(() => z.object({
  about: z.string(),
  /** Japanese words that make a bilingual notice considerate; matched as substrings, each with examples. */
  japanese: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    words: z.array(z.string().min(1).max(12)).min(1),
    has: z.array(z.string().min(1)).min(1),
    hasNot: z.array(z.string().min(1)).min(1),
  })).min(1),
  kinds: z.array(z.object({ id: z.enum(KINDS), en: z.string().min(1), ja: z.string().min(1) })).length(KINDS.length),
  suggestions: z.array(SuggestionTemplateSchema).min(1),
}));
export type BadNewsKind = NewsKind;

const dict = bundled('en/bad-news', BadNewsDictionarySchema, data);

/** Whether one entry of the Japanese words of consideration appears in the text. */
export function hasJapaneseWord(entry: { words: readonly string[] }, text: string): boolean {
  return entry.words.some((w) => text.includes(w));
}

/** A Japanese sentence that apologises, gives a reason or offers a visit or call. */
export function japaneseConsiderate(text: string): boolean {
  return dict.japanese.some((e) => hasJapaneseWord(e, text));
}

export function kindName(kind: BadNewsKind): { en: string; ja: string } {
  return dict.kinds.find((k) => k.id === kind)!;
}

const t = (id: string) => template(dict.suggestions, id);

/**
 * The news kept as written, with an apology before it and an offer to visit or call after it. A request
 * ("Please contact Mr. Lee from now on.") cannot follow "I am sorry to let you know that …", so it gets
 * the apology as a sentence of its own only.
 */
export function considerateNotice(sentenceText: string): Suggestion[] {
  const sorry = t('sorry-to-say');
  const apology = t('apology');
  // A list or a table (round 15): the lines stay as written, the apology above them and the offer below.
  // Round 36 (news36): so does one list line or table row ("- Unit price: JPY 42 → JPY 47"): a cushion before its list mark or
  // inside its cells would break the list, so it goes on a line of its own above it.
  if ((/\n/.test(sentenceText) && /(?:^|\n)[ \t]*(?:\||[-*•・][ \t]|\d{1,2}[.)][ \t])|:[ \t]*\n/.test(sentenceText)) || /^[ \t]*(?:\||[-*•・][ \t])/.test(sentenceText)) {
    return [{ text: `${apology.text}\n${sentenceText}\n${t('call').text}`, label: apology.label, labelJa: apology.labelJa }];
  }
  const news = withFullStop(sentenceText);
  const apologyFirst = { text: `${apology.text} ${news} ${t('call').text}`, label: apology.label, labelJa: apology.labelJa };
  if (/\b(?:please|kindly)\b/i.test(sentenceText) || /^[A-Z0-9][^:]{0,40}:/.test(sentenceText)) return [apologyFirst];
  return [
    {
      text: `${sorry.text}${withFullStop(lowerFirstWord(sentenceText, isJapaneseName))} ${t('visit-with-manager').text}`,
      label: sorry.label,
      labelJa: sorry.labelJa,
    },
    apologyFirst,
  ];
}

export type { Sentence };

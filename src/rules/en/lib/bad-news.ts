import { z } from 'zod';
import data from '../../../../dictionaries/en/bad-news.json';
import type { Sentence, Suggestion } from '../../../engine/types';
import { compilePhrases, matchesAny, PhraseSchema, SuggestionTemplateSchema, template } from './phrases';
import { lowerFirstWord, withFullStop } from './text';

const Phrases = z.array(PhraseSchema).min(1);
const KINDS = ['price-increase', 'delay', 'shortage', 'quality', 'discontinuation', 'contact-change'] as const;
export const BadNewsDictionarySchema = z.object({
  about: z.string(),
  news: z.array(PhraseSchema.extend({ kind: z.enum(KINDS), allowNegation: z.boolean().optional() })).min(1),
  negations: Phrases,
  reported: Phrases,
  history: Phrases,
  apologies: Phrases,
  reasons: Phrases,
  offers: Phrases,
  kinds: z.array(z.object({ id: z.enum(KINDS), en: z.string().min(1), ja: z.string().min(1) })).length(KINDS.length),
  suggestions: z.array(SuggestionTemplateSchema).min(1),
});
export type BadNewsKind = (typeof KINDS)[number];

const dict = BadNewsDictionarySchema.parse(data);
const news = compilePhrases(dict.news).map((p, i) => ({ ...p, kind: dict.news[i]!.kind, allowNegation: dict.news[i]!.allowNegation ?? false }));
const negations = compilePhrases(dict.negations);
const reported = compilePhrases(dict.reported);
const history = compilePhrases(dict.history);
const mitigations = compilePhrases([...dict.apologies, ...dict.reasons, ...dict.offers]);

/**
 * The kind of bad news a sentence of ours announces, or undefined. "No delay is expected", "to avoid a
 * price increase", "in case of a delay", old news ("was discontinued in 2021") and news the reader told
 * us about ("thank you for letting us know about the delay") are not announcements.
 */
export function badNewsIn(s: Sentence): BadNewsKind | undefined {
  if (/\?\s*$/.test(s.text) || matchesAny(reported, s.text) || matchesAny(history, s.text)) return undefined;
  for (const p of news) {
    p.regex.lastIndex = 0;
    for (const m of s.text.matchAll(p.regex)) {
      if (p.allowNegation || !negatedBefore(s.text, m.index)) return p.kind;
    }
  }
  return undefined;
}

/** A negation among the few words before the match, within its clause. */
function negatedBefore(text: string, index: number): boolean {
  const clause = text.slice(0, index).split(/[,;:.—–]/).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-6).join(' ');
  return matchesAny(negations, words);
}

/** An apology, a reason, or an offer to meet or call, anywhere in the mail, in English or Japanese. */
export function isConsiderate(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => matchesAny(mitigations, s.text));
}

export function kindName(kind: BadNewsKind): { en: string; ja: string } {
  return dict.kinds.find((k) => k.id === kind)!;
}

const t = (id: string) => template(dict.suggestions, id);

/** The news kept as written, with an apology before it and an offer to visit or call after it. */
export function considerateNotice(sentenceText: string): Suggestion[] {
  const sorry = t('sorry-to-say');
  const apology = t('apology');
  const news = withFullStop(sentenceText);
  return [
    {
      text: `${sorry.text}${withFullStop(lowerFirstWord(sentenceText))} ${t('visit-with-manager').text}`,
      label: sorry.label,
      labelJa: sorry.labelJa,
    },
    { text: `${apology.text} ${news} ${t('call').text}`, label: apology.label, labelJa: apology.labelJa },
  ];
}

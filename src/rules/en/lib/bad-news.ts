import { z } from 'zod';
import data from '../../../../dictionaries/en/bad-news.json';
import type { Sentence, Suggestion } from '../../../engine/types';
import { LruCache } from '../../../engine/cache';
import { compilePhrases, matchesAny, PhraseSchema, SuggestionTemplateSchema, template } from './phrases';
import { isJapaneseName } from './names';
import { lowerFirstWord, withFullStop } from './text';

const Phrases = z.array(PhraseSchema).min(1);
const KINDS = ['price-increase', 'delay', 'shortage', 'quality', 'discontinuation', 'contact-change', 'cancellation'] as const;
export const BadNewsDictionarySchema = z.object({
  about: z.string(),
  news: z.array(PhraseSchema.extend({ kind: z.enum(KINDS), allowNegation: z.boolean().optional() })).min(1),
  negations: Phrases,
  reported: Phrases,
  history: Phrases,
  /** A change of date that is good news: "earlier", "ahead of schedule", "as planned". */
  earlier: Phrases,
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
const earlier = compilePhrases(dict.earlier);
const mitigations = compilePhrases([...dict.apologies, ...dict.reasons, ...dict.offers]);

/**
 * The kind of bad news a sentence of ours announces, or undefined. "No delay is expected", "to avoid a
 * price increase", "in case of a delay", old news ("was discontinued in 2021") and news the reader told
 * us about ("thank you for letting us know about the delay") are not announcements.
 */
export function badNewsIn(s: Sentence): BadNewsKind | undefined {
  // This runs for every English sentence on every keystroke (a document rule); the verdict depends on the
  // text alone, so it is remembered by text. `null` records "no bad news".
  const known = verdicts.get(s.text);
  if (known !== undefined) return known ?? undefined;
  const kind = classify(s);
  verdicts.set(s.text, kind ?? null);
  return kind;
}

const verdicts = new LruCache<string, BadNewsKind | null>(4000);

function classify(s: Sentence): BadNewsKind | undefined {
  if (/\?\s*$/.test(s.text) || matchesAny(reported, s.text) || matchesAny(history, s.text)) return undefined;
  for (const p of news) {
    p.regex.lastIndex = 0;
    for (const m of s.text.matchAll(p.regex)) {
      if (!p.allowNegation && negatedBefore(s.text, m.index)) continue;
      if (p.kind === 'delay' && (matchesAny(earlier, s.text) || movedEarlier(s.text))) continue;
      return p.kind;
    }
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})`;
const SWAP = new RegExp(
  `(${DATE})[^.;]{0,40}?\\b(?:instead\\s+of|rather\\s+than)\\s+(?:the\\s+[\\w-]+\\s+(?:date\\s+(?:of\\s+)?)?)?(?:on\\s+)?(${DATE})`,
  'i',
);

/** Day of a (month, day) date on a 372-day circle: enough to tell which of two nearby dates is later. */
function dayOf(date: string): number | undefined {
  const month = MONTHS.findIndex((m) => date.toLowerCase().includes(m));
  const day = /\d{1,2}/.exec(date);
  return month < 0 || !day ? undefined : month * 31 + Number(day[0]);
}

/**
 * "will now ship on December 3 instead of December 10" moves the date forward: good news. Dates without a
 * year are compared on the circle of the year, so "January 23 instead of December 19" is five weeks later.
 */
function movedEarlier(text: string): boolean {
  const m = SWAP.exec(text);
  if (!m) return false;
  const [now, was] = [dayOf(m[1]!), dayOf(m[2]!)];
  if (now === undefined || was === undefined) return false;
  let diff = now - was;
  if (diff < -186) diff += 372;
  if (diff > 186) diff -= 372;
  return diff < 0;
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

/**
 * The news kept as written, with an apology before it and an offer to visit or call after it. A request
 * ("Please contact Mr. Lee from now on.") cannot follow "I am sorry to let you know that …", so it gets
 * the apology as a sentence of its own only.
 */
export function considerateNotice(sentenceText: string): Suggestion[] {
  const sorry = t('sorry-to-say');
  const apology = t('apology');
  const news = withFullStop(sentenceText);
  const apologyFirst = { text: `${apology.text} ${news} ${t('call').text}`, label: apology.label, labelJa: apology.labelJa };
  if (/\b(?:please|kindly)\b/i.test(sentenceText)) return [apologyFirst];
  return [
    {
      text: `${sorry.text}${withFullStop(lowerFirstWord(sentenceText, isJapaneseName))} ${t('visit-with-manager').text}`,
      label: sorry.label,
      labelJa: sorry.labelJa,
    },
    apologyFirst,
  ];
}

// Round 27: the word classes of the pressure shape, as data with their own examples (dictionaries/any/press-words.json).
// English phrases match whole words in order on the sentence's word list (press-shape.ts wordsOf); Japanese phrases
// as substrings. tests/unit/dictionaries runs every class's has/hasNot through pressWordIn.
import { z } from 'zod';
import data from '../../../dictionaries/any/press-words.json';
import { bundled, onDemand } from '../../rules/bundled';

export const PressWordsSchema = onDemand(() => z.object({
  classes: z.array(z.object({
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
    part: z.enum(['limit', 'decision', 'urge', 'stake', 'forfeit', 'rival', 'skip', 'exempt']),
    phrases: z.object({ en: z.array(z.string().regex(/^[a-z0-9'/\- ]+$/)), ja: z.array(z.string().min(1)) }),
  })).min(1),
}));

const dict = bundled('any/press-words', PressWordsSchema, data);

export type PressWordClass = 'time' | 'same-day' | 'asking' | 'request' | 'commit' | 'advice' | 'now' | 'seller-close' | 'others-take' | 'hold-ends'
  | 'price-after' | 'price-noun' | 'rise' | 'cutoff' | 'runs-out' | 'gone' | 'transfer' | 'party' | 'rival-party' | 'lapse' | 'apology' | 'reason'
  | 'scarce' | 'remaining' | 'rival-who' | 'rival-interest' | 'contested' | 'not-contested' | 'process' | 'skipping' | 'eased'
  | 'moment-noun' | 'offer-noun' | 'offer-return' | 'price-promise' | 'rival-before' | 'courtesy-verb' | 'hold-verb' | 'terms-undone' | 'settle';

interface Compiled {
  /** English phrases split into words. */
  en: string[][];
  ja: string[];
}
const CLASSES = new Map<string, Compiled>(dict.classes.map((c) => [c.id, { en: c.phrases.en.map((p) => p.split(' ')), ja: c.phrases.ja }]));

function classOf(id: PressWordClass): Compiled {
  const c = CLASSES.get(id);
  if (!c) throw new Error(`press-words.json has no class "${id}"`);
  return c;
}

/** Word index where one of the class's English phrases starts in `w`, at or after `from` (-1: none). */
export function enAt(w: readonly string[], id: PressWordClass, from = 0): number {
  const { en } = classOf(id);
  for (let i = from; i < w.length; i++) if (en.some((p) => i + p.length <= w.length && p.every((x, k) => w[i + k] === x))) return i;
  return -1;
}

/** Whether one of the class's English phrases is in `w`. */
export const enHas = (w: readonly string[], id: PressWordClass): boolean => enAt(w, id) >= 0;

/** Character index of the first of the class's Japanese phrases in `text` at or after `from` (-1: none). */
export function jaAt(text: string, id: PressWordClass, from = 0): number {
  let best = -1;
  for (const x of classOf(id).ja) {
    const i = text.indexOf(x, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

export const jaHas = (text: string, id: PressWordClass): boolean => jaAt(text, id) >= 0;

/** The class's English phrases of one word (the party nouns read beside a transfer). */
export const pressWords = (id: PressWordClass): string[] => classOf(id).en.filter((p) => p.length === 1).map((p) => p[0]!);

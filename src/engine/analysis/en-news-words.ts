// Round 35 (news35): the word classes the round's English news readers look for, with their own examples in
// dictionaries/en/lot-change.json: a lot of ours and its marks, the goods before it, words of a change for the worse
// (en-news-lot.ts), verbs of making (en-news-held.ts `productionEnded`), lead-time words and a quote's words
// (en-news.ts `currentLongLead`), a leaver's duties handed over (en-news.ts `contactChange`).
import { z } from 'zod';
import data from '../../../dictionaries/en/lot-change.json';
import { bundled, onDemand } from '../../rules/bundled';
import { WordClassSchema, wordLists } from '../../rules/word-class';

export const LotChangeSchema = onDemand(() => z.object({
  description: z.string(),
  lot: WordClassSchema(),
  nowMark: WordClassSchema(),
  before: WordClassSchema(),
  worse: WordClassSchema(),
  lessOf: WordClassSchema(),
  moreOf: WordClassSchema(),
  faultVerbs: WordClassSchema(),
  noNews: WordClassSchema(),
  make: WordClassSchema(),
  leadWords: WordClassSchema(),
  quotedLead: WordClassSchema(),
  handedDuties: WordClassSchema(),
}));

const WORDS = wordLists(bundled('en/lot-change', LotChangeSchema, data));
const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);

export const NEWS_WORDS = {
  lot: set(WORDS.lot),
  nowMark: set(WORDS.nowMark),
  before: set(WORDS.before),
  worse: set(WORDS.worse),
  lessOf: set(WORDS.lessOf),
  moreOf: set(WORDS.moreOf),
  faultVerbs: set(WORDS.faultVerbs),
  noNews: set(WORDS.noNews),
  make: set(WORDS.make),
  leadWords: set(WORDS.leadWords),
  quotedLead: set(WORDS.quotedLead),
  handedDuties: set(WORDS.handedDuties),
};

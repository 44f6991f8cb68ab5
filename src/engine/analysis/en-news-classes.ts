// Round 39 (newsen39): the word classes of this round's English bad-news readers, with their own examples in
// dictionaries/en/news-words.json (each read on one token: its lower case or its lemma).
import { z } from 'zod';
import data from '../../../dictionaries/en/news-words.json';
import { bundled, onDemand } from '../../rules/bundled';
import { WordClassSchema } from '../../rules/word-class';

const NewsWordsSchema = onDemand(() => z.object({
  about: z.string(),
  outageStates: WordClassSchema(),
  outageVerbs: WordClassSchema(),
  outageThings: WordClassSchema(),
  outagePurposes: WordClassSchema(),
  references: WordClassSchema(),
  matchWords: WordClassSchema(),
  carriers: WordClassSchema(),
  rolledVerbs: WordClassSchema(),
  rolledGoods: WordClassSchema(),
  shippedVerbs: WordClassSchema(),
  notGoods: WordClassSchema(),
  moreTime: WordClassSchema(),
  contactRoles: WordClassSchema(),
  ownRoles: WordClassSchema(),
  roleMarks: WordClassSchema(),
  leaveVerbs: WordClassSchema(),
  foundPast: WordClassSchema(),
  missVerbs: WordClassSchema(),
  given: WordClassSchema(),
  takenAway: WordClassSchema(),
  courtesy: WordClassSchema(),
  departVerbs: WordClassSchema(),
  readyStates: WordClassSchema(),
  readerActs: WordClassSchema(),
  timeAnchors: WordClassSchema(),
  timeMeasures: WordClassSchema(),
  closingVerbs: WordClassSchema(),
  ownPlaces: WordClassSchema(),
  contactPlaces: WordClassSchema(),
  closureBounds: WordClassSchema(),
  fromNow: WordClassSchema(),
  orderTerms: WordClassSchema(),
  unchanged: WordClassSchema(),
  notGoodsHere: WordClassSchema(),
  leftForTheDay: WordClassSchema(),
  goodsCounters: WordClassSchema(),
  noneLeft: WordClassSchema(),
  doneAsWork: WordClassSchema(),
  stockScopes: WordClassSchema(),
  minimumEased: WordClassSchema(),
  givingNouns: WordClassSchema(),
  goodsDue: WordClassSchema(),
  termsWithheld: WordClassSchema(),
  toldOld: WordClassSchema(),
  toldDateNouns: WordClassSchema(),
  toldNew: WordClassSchema(),
  toldWhole: WordClassSchema(),
  toldSupply: WordClassSchema(),
  toldRest: WordClassSchema(),
  currencyCodes: WordClassSchema(),
  currencyNames: WordClassSchema(),
}));
const dict = bundled('en/news-words', NewsWordsSchema, data);
type ClassName = Exclude<keyof typeof dict, 'about'>;
const sets = new Map<ClassName, ReadonlySet<string>>();

/** The words of one class, as a set (built on first use). */
export function newsWords(name: ClassName): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) sets.set(name, (set = new Set(dict[name].phrases)));
  return set;
}

/** Whether a token (its lower case or its lemma) is a word of the class. */
export const isNewsWord = (name: ClassName, t: { lower: string; lemma: string } | undefined) => {
  if (t === undefined) return false;
  // Round 43: the class's set looked up once (readers ask this of every token, ~50 times a sentence).
  const words = newsWords(name);
  return words.has(t.lower) || words.has(t.lemma);
};

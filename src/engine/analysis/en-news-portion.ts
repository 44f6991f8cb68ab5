import type { EnToken } from './en-parse';
import { clauseOf, type EnFacts } from './en';
import { NUMBER_WORDS } from './en-news-rates';
import { inClass } from './en-lexicon';
import { isLater } from './en-news-rest';

/**
 * Round 36 (news36): part of what the client ordered or was promised, told as a part against its whole — "Of the six
 * palletising cells in order NR-2291, four leave Gothenburg on 3 March", "Two of the five pumps on PO 7712 will go out
 * this week; the other three follow in May", "The rollout has reached 8 of your 12 sites; the rest …", "Just three of the
 * eight crates left the plant", "850,000 of about 1.3 million records have been migrated". One reader for the class,
 * whatever the verb (ship, leave, reach, migrate, install, hold): a part smaller than a whole, and a fact that the whole is
 * the client's (an order, a PO, a contract, "your" whole, what "you ordered") or that the part is all there is for now
 * ("only", "just", the rest left for later). Not: a plan or a proposal ("we suggest starting with 4 of your 12 sites"), a
 * condition, a question, the client's own act ("4 have asked us for training"), a whole split into parts that all go
 * ("12 go to Osaka and 8 to Nagoya"), a whole made complete ("the last two yesterday, so your line is complete"), goods
 * the client only asked about ("the five pumps you asked about").
 */

/** Words between "of" and the whole's figure: "of the", "of your", "of about 1.3 million". */
const BEFORE_WHOLE = /^(?:the|your|our|about|some|approximately|around|roughly|nearly|almost|over)$/;
/** What is left of the whole, named after the part: "the other three", "the rest", "the remaining 15", "the balance". */
const REST = /^(?:rest|remaining|remainder|balance|other|others|outstanding)$/;
/** Words of the client's whole: the order, the PO, the contract. */
const ORDERED = /^(?:order|orders|ordered|po|pos|contract|contracted|booked|purchased)$/;
/** …or promised to them: "the 24 sessions we committed to". */
const PROMISED = /^(?:subscribed|agreed|committed|promised)$/;
/** A whole made complete, or a plan or a proposal rather than a fact. */
const COMPLETED = /^(?:complete|completed|finished|last)$/;
const PROPOSED = /^(?:suggest|suggests|propose|proposes|proposed|recommend|recommends)$/;
const PLANNED = /^(?:plan|planned|would|could|might|option|options)$/;
const notAPart = (w: string) => COMPLETED.test(w) || PROPOSED.test(w) || PLANNED.test(w);
/** The client's own acts after the part: "4 have asked us", "3 need", "2 chose". */
const CLIENT_WANTS = /^(?:ask|request|want|need|choose|prefer|select|pick)$/;
const CLIENT_SAYS = /^(?:enquire|inquire|mention|tell|use|report)$/;
const clientAct = (lemma: string) => CLIENT_WANTS.test(lemma) || CLIENT_SAYS.test(lemma);
/** Scales written after a figure: "1.3 million". */
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, k: 1e3, m: 1e6 };

interface Count { value: number; index: number; end: number }

const DIGITS = /^\d[\d,]*(?:\.\d+)?$/;
/** A count at `i` ("four", "140", "1.3 million"), with the index after it. */
function countAt(tokens: EnToken[], i: number): Count | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const word = NUMBER_WORDS[t.lower];
  const value = word ?? (DIGITS.test(t.text) ? Number(t.text.replace(/,/g, '')) : NaN);
  if (!Number.isFinite(value)) return undefined;
  const scale = SCALE[tokens[i + 1]?.lower ?? ''];
  return scale ? { value: value * scale, index: i, end: i + 2 } : { value, index: i, end: i + 1 };
}

/** The part and the whole of "N [unit] (out) of [the] M", "half of the M", or a sentence opening "Of the M …, N". */
function partAndWhole(tokens: EnToken[]): { part: Count; whole: Count } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const half = tokens[i]!.lower === 'half';
    const part = half ? { value: NaN, index: i, end: i + 1 } : countAt(tokens, i);
    if (!part) continue;
    let k = part.end;
    if (tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.lower === 'of') k++;
    if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k++;
    if (tokens[k]?.lower !== 'of') continue;
    k++;
    while (BEFORE_WHOLE.test(tokens[k]?.lower ?? '')) k++;
    const whole = countAt(tokens, k);
    if (!whole) continue;
    if (half) part.value = whole.value / 2;
    if (part.value < whole.value && part.value > 0) return { part, whole };
  }
  // "Of the six cells in order NR-2291, four leave …", "Out of the 40 licences you ordered, 25 are active".
  let k = tokens[0]?.lower === 'out' && tokens[1]?.lower === 'of' ? 2 : tokens[0]?.lower === 'of' ? 1 : -1;
  if (k < 0) return undefined;
  while (BEFORE_WHOLE.test(tokens[k]?.lower ?? '')) k++;
  const whole = countAt(tokens, k);
  const comma = tokens.findIndex((t, n) => n > k && t.text === ',');
  // The part is the first count after the comma: "…, four leave", "…, we can hold 16 this quarter".
  const at = comma > 0 ? tokens.findIndex((t, n) => n > comma && countAt(tokens, n) !== undefined) : -1;
  const part = at > 0 ? countAt(tokens, at) : undefined;
  return whole && part && part.value < whole.value && part.value > 0 ? { part, whole } : undefined;
}

export function portionOfOrder(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  const found = partAndWhole(tokens);
  if (!found) return false;
  const { part, whole } = found;
  const words = tokens.map((t) => t.lower);
  if (words.some(notAPart)) return false;
  // The client's act after the part ("4 have asked us"), or goods they asked about (an enquiry, no order).
  const after = tokens.slice(part.end, part.end + 4);
  if (after.some((t) => t.pos === 'VERB' && clientAct(t.lemma))) return false;
  if (tokens.some((t, n) => clientAct(t.lemma) && words[n + 1] === 'about')) return false;
  // A fix counted ("fixed 14 of the 18 items"): progress on a remedy (WordNet's REMEDY verbs), not goods held back.
  if (tokens.some((t) => t.pos === 'VERB' && inClass('remedy', t))) return false;
  const first = Math.min(part.index, whole.index);
  const rest = tokens.slice(first).some((t, n) => REST.test(t.lower) && !(t.lower === 'other' && tokens[first + n - 1]?.lower === 'each'));
  const only = /^(?:only|just|merely)$/.test(words[part.index - 1] ?? '');
  // The whole the client's: "in order NR-2291", "on PO 7712", "in your contract", "the 500 you ordered", "your 12 sites".
  const span = tokens.slice(whole.index - 1, Math.min(tokens.length, whole.end + 6));
  const ordered = span.some((t) => ORDERED.test(t.lower) || PROMISED.test(t.lower)) || words[whole.index - 1] === 'your';
  // A whole shared out in full: the part and another figure after it that make up the whole, with nothing left.
  const others = tokens.slice(part.end).map((_, n) => countAt(tokens, part.end + n)).filter((c): c is Count => c !== undefined && c.index !== whole.index);
  // Round 37 (newsen37): not when the other share goes later ("60 are on the vessel. 30 hams will go in the next sailing").
  if (!rest && !only && others.some((c) => c.value + part.value === whole.value && !tokens.slice(c.end, c.end + 10).some(isLater))) return false;
  // Round 36 integration (classes-r9-en-pb): "Only 2 of the 5 engineers on our team speak Japanese" counts our own side,
  // not goods of the client's: a whole of "our" with no order in sight is no portion of an order.
  if (!ordered && span.some((t) => t.lower === 'our')) return false;
  // Round 37 (newsen37): "Of the 90 Ibérico hams, 60 are on the vessel": a part put on a carrier leaves the rest of the goods behind.
  const carried = tokens.slice(part.end).some((t) => CARRIED.test(t.lower)) && clauseOf(f, part.index)?.tense !== 'past';
  return rest || only || ordered || carried;
}

/** A carrier the goods are on, or their being loaded onto one. */
const CARRIED = /^(?:vessel|flight|truck|plane|aircraft|sailing|aboard|loaded)$/;

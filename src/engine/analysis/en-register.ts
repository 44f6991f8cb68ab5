import type { EnFacts } from './en';

/**
 * A sentence with its subject left out, the register of chat and text messages (issue 10, round 6):
 * "Should be with you by Tuesday.", "Will do.", "Keep you posted.", "Saw your talk at the meetup." In a
 * mail to a Japanese client every sentence has its subject; dropping it reads as a note to a friend. Read
 * from the sentence's first words and their tags, not from a list of sentences:
 * - a modal that opens a statement with no subject after it ("Should be …", "Can do.", "Might be late.");
 *   an inverted condition or a question has one ("Should you need anything, …", "May I ask …?");
 * - a verb with "you" as its object at the start ("Keep you posted", "Send you the file tomorrow"): an
 *   order to the reader would say "yourself", so the writer's "I'll" is what is missing. Formulae that
 *   drop it in formal mail too are no chat: "Thank you", "Hope you are well", "Trust you are well",
 *   "Wish you a good weekend", "See you" (a sign-off, the sign-off rule's);
 * - a past tense that cannot be a participle at the start, with its object ("Saw your talk", "Got your
 *   order", "Spoke with our plant"): "Made in Japan", "Sent from my phone" are participles.
 */
export interface DroppedSubject {
  /** Token index of the first word, where the subject belongs. */
  at: number;
  /** The subject to put back: "I" for the writer's act, "It" for a thing's state ("It should be …"). */
  subject: 'I' | 'It' | 'I will';
}

const MODALS = new Set(['should', 'will', 'would', 'can', 'could', 'might', 'may', 'must', "'ll"]);
/** Formulae with the subject dropped in formal mail as well. */
const FORMULAE = new Set(['thank', 'thanks', 'hope', 'trust', 'wish', 'see', 'bless', 'mind', 'welcome', 'look', 'congratulate']);
/** Simple pasts that are never participles: sentence-initial, the writer's "I" is missing. */
const PAST_ONLY = new Set(['saw', 'got', 'went', 'spoke', 'took', 'came', 'ran', 'wrote', 'forgot', 'gave', 'knew', 'thought', 'had', 'did', 'told', 'met', 'grabbed']);
/** After a past form, what makes it a participle or an inversion: "Had we known", "Met by our driver". */
const NOT_AFTER_PAST = new Set(['by', 'from', 'in', 'we', 'i', 'they', 'he', 'she', 'it', 'you', 'to', 'there', 'that']);

export function droppedSubject(f: EnFacts): DroppedSubject | undefined {
  if (f.question) return undefined;
  const t = f.tokens;
  // Skip an interjection or "Also," before the first word: "Also, will send it tomorrow."
  let i = 0;
  while (i < t.length && (t[i]!.pos === 'PUNCT' || (t[i + 1]?.lower === ',' && (t[i]!.pos === 'INTJ' || t[i]!.pos === 'ADV')))) i += t[i]!.pos === 'PUNCT' ? 1 : 2;
  const first = t[i];
  const next = t[i + 1];
  if (!first || !next) {
    // "Will do." as a whole sentence is two tokens and a full stop: handled below; a single word is no sentence.
    return undefined;
  }
  if (MODALS.has(first.lower) && first.pos === 'AUX') {
    // A subject or an inversion follows: "Should you need …", "Will the file …", "Can we …".
    if (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM') return undefined;
    if (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV' && next.pos !== 'PART') return undefined;
    const be = next.lemma === 'be' || (next.pos === 'ADV' && t[i + 2]?.lemma === 'be');
    return { at: i, subject: be ? 'It' : 'I' };
  }
  if (next.lower === 'you' && i === 0 && (first.pos === 'VERB' || first.pos === 'NOUN' || first.pos === 'PROPN') && first.lemma === first.lower &&
    !FORMULAE.has(first.lemma) && !FORMULAE.has(first.lower)) {
    return { at: i, subject: 'I will' };
  }
  if (PAST_ONLY.has(first.lower) && i === 0 && !NOT_AFTER_PAST.has(next.lower) && next.pos !== 'PUNCT') {
    // "Got it" is the casual rule's own phrase.
    if (first.lower === 'got' && next.lower === 'it') return undefined;
    return { at: i, subject: 'I' };
  }
  return undefined;
}

/** Words one of which opens every sentence droppedSubject can find: the gate before the parse. */
const OPENERS = new Set([...MODALS, ...PAST_ONLY]);
export function mayDropSubject(text: string): boolean {
  const m = /^[\s"“(]*(?:(?:also|ok|okay|oh|and|so|yes|sure)\s*,\s*)?([A-Za-z']+)(?:\s+([A-Za-z']+))?/i.exec(text);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return OPENERS.has(w) || m[2]?.toLowerCase() === 'you';
}

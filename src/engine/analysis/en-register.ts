import { z } from 'zod';
import slangData from '../../../dictionaries/en/slang-class.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnFacts } from './en';
import { idiomKey } from './idiom-key';
import { lazyTable } from '../lazy-table';

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
  // Round 20: "Request you to kindly withdraw …", "Urge you to review …": a verb of asking with "you" and a
  // to-infinitive is the formal performative of Indian and official English ("[I] request you to"), not chat.
  const performative = t[i + 2]?.lower === 'to' && ['VERB', 'ADV', 'AUX', 'INTJ'].includes(t[i + 3]?.pos ?? '');
  if (next.lower === 'you' && i === 0 && (first.pos === 'VERB' || first.pos === 'NOUN' || first.pos === 'PROPN') && first.lemma === first.lower &&
    !FORMULAE.has(first.lemma) && !FORMULAE.has(first.lower) && !performative) {
    return { at: i, subject: 'I will' };
  }
  if (PAST_ONLY.has(first.lower) && i === 0 && !NOT_AFTER_PAST.has(next.lower) && next.pos !== 'PUNCT') {
    // "Got it" is the casual rule's own phrase.
    if (first.lower === 'got' && next.lower === 'it') return undefined;
    // Round 21: "Got your note about …", "Got your PO for …": receipt of the reader's message acknowledged, a formula
    // like "Thank you for"; none of the 7 to a client in the development corpora was labelled.
    if (first.lower === 'got' && next.lower === 'your') return undefined;
    if (first.lower === 'had' && invertedCondition(f, i)) return undefined;
    return { at: i, subject: 'I' };
  }
  return undefined;
}

/**
 * Round 19: "Had the drawings arrived earlier, we would have started", "Had our forwarder known, …": "had" inverted
 * with its own subject, a condition — its subject a noun phrase (the pronouns are in NOT_AFTER_PAST), then a past
 * participle before the comma, and a main clause with its subject after it. Not "Had a great time at the fair,
 * thanks" (no participle: the writer's "I" dropped).
 */
function invertedCondition(f: EnFacts, at: number): boolean {
  const t = f.tokens;
  const comma = t.findIndex((x, k) => k > at && x.text === ',');
  if (comma < 0) return false;
  const participle = t.slice(at + 2, comma).some((x) => (x.pos === 'VERB' || x.pos === 'AUX') && x.lower !== x.lemma && !/(?:s|ing)$/.test(x.lower));
  const after = t[comma + 1];
  return participle && !!after && (after.pos === 'PRON' || after.pos === 'DET' || after.pos === 'PROPN' || after.pos === 'NOUN');
}

/** Words one of which opens every sentence droppedSubject can find: the gate before the parse. */
const OPENERS = new Set([...MODALS, ...PAST_ONLY]);
export function mayDropSubject(text: string): boolean {
  const m = /^[\s"“(]*(?:(?:also|ok|okay|oh|and|so|yes|sure)\s*,\s*)?([A-Za-z']+)(?:\s+([A-Za-z']+))?/i.exec(text);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return OPENERS.has(w) || m[2]?.toLowerCase() === 'you';
}

/**
 * Round 16: a casual intensifier in front of the word it grades — "super solid", "pretty good", "totally
 * fine", "real quick", "way better", "crazy fast", "bloody expensive". Chat and spoken register whatever the
 * adjective, so read from the tags of the word after it rather than from a list of adjectives: the grading
 * word must be an adjective or adverb (or, for "totally", a verb of agreeing: "totally agree", "totally get
 * it"). Not "a totally enclosed motor" (a participle before its noun: a specification), not "Super Duplex"
 * (a name), not "real estate", "the way forward" or "a way more customers use" (nouns).
 */
export interface CasualIntensifier {
  /** Token index of the intensifier. */
  at: number;
}

const INTENSIFIERS = new Set(['super', 'totally', 'pretty', 'real', 'way', 'crazy', 'insanely', 'ridiculously', 'stupidly', 'hella', 'mega',
  'uber', 'wicked', 'freaking', 'frickin', 'damn', 'darn', 'bloody', 'mad']);
/** Adjectives of specifications after "super": superheated, super-high frequency. */
const TECHNICAL = new Set(['high', 'low', 'critical', 'fine', 'heated', 'charged', 'cooled', 'conducting', 'absorbent', 'duplex', 'alloy', 'hard', 'light', 'premium']);
const COMPARATIVE = /^(?:better|worse|more|less|too|over|off|ahead|behind|beyond|above|below|under|higher|lower|\w+er)$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'which', 'no', 'any', 'every', 'one', 'same', 'other', 'our', 'your', 'their', 'his', 'her', 'its', 'my', 'each', 'some']);
/** "by way of", "under way", "in a way": the noun after a preposition. */
const WAY_PREPOSITIONS = new Set(['by', 'in', 'on', 'under', 'along', 'across', 'through', 'of', 'to', 'from', 'each', 'either']);
const AGREE = new Set(['agree', 'understand', 'get', 'love', 'see', 'appreciate', 'recommend']);

export function casualIntensifiers(f: EnFacts): CasualIntensifier[] {
  const t = f.tokens;
  const out: CasualIntensifier[] = [];
  t.forEach((w, i) => {
    if (!INTENSIFIERS.has(w.lower)) return;
    const next = t[i + 1];
    const prev = t[i - 1];
    if (!next || !/^[a-z]/.test(next.text)) return;
    // Capitalised inside a sentence: a name ("Super Duplex", "Real Madrid").
    if (/^[A-Z]/.test(w.text) && i > 0 && prev?.pos !== 'PUNCT') return;
    const graded = next.pos === 'ADJ' || next.pos === 'ADV';
    const after = t[i + 2];
    switch (w.lower) {
      case 'super':
        if (!graded || TECHNICAL.has(next.lower) || /-/.test(w.text)) return;
        break;
      case 'totally':
        // "a totally new design", "totally enclosed motor": a description of a thing, not chat.
        if (DETERMINERS.has(prev?.lower ?? '') || (after?.pos === 'NOUN' && next.pos !== 'ADP')) return;
        if (!(next.pos === 'ADJ' || (next.pos === 'VERB' && AGREE.has(next.lemma)) || (next.lower === 'on' && after?.lower === 'it') ||
          next.lower === 'fine' || next.lower === 'cool')) return;
        break;
      case 'real':
      case 'mad':
        // "real quick", "real good" — not "real physical damage", "real-time".
        if (!graded || after?.pos === 'NOUN' || after?.pos === 'PROPN') return;
        break;
      case 'way':
        if (DETERMINERS.has(prev?.lower ?? '') || WAY_PREPOSITIONS.has(prev?.lower ?? '') || !COMPARATIVE.test(next.lower) || next.pos === 'NOUN' || next.pos === 'VERB') return;
        if (/er$/.test(next.lower) && next.pos !== 'ADJ' && next.pos !== 'ADV') return;
        break;
      case 'pretty':
        if (!graded || (DETERMINERS.has(prev?.lower ?? '') && next.pos !== 'ADJ')) return;
        break;
      default:
        if (!graded) return;
    }
    out.push({ at: i });
  });
  return out;
}

/** The gate before the parse: one of the intensifiers is written at all. */
const INTENSIFIER_WORD = /\b(?:super|totally|pretty|real|way|crazy|insanely|ridiculously|stupidly|hella|mega|uber|wicked|freaking|frickin|damn|darn|bloody|mad)\s+[a-z]/i;
export function mayIntensify(text: string): boolean {
  return INTENSIFIER_WORD.test(text);
}

/**
 * Round 17: slang whose reading turns on the words around it, so read from the tags rather than a pattern:
 * - "fab" for good ("looks fab", "Fab, thanks", "fab news") — not the noun of a chip plant ("the fab",
 *   "our new fab", "wafer fab", "fab 3"): a determiner, possessive, adjective or noun before it, or a number
 *   after it, makes it the plant;
 * - "sick" as praise after a spoken intensifier ("honestly sick", "absolutely sick") — not before a noun or
 *   a preposition ("sick leave", "sick with flu"), and not after "so" or "really" (a person who is ill);
 * - "for sure" closing a clause or opening the sentence ("we will ship it for sure", "For sure, …") — not
 *   after a verb of knowing or saying, or the copula ("we cannot say for sure", "that's for sure");
 * - "a blast" for a good time ("we had a blast", "a total blast") — not a noun's modifier or "a blast of
 *   air" ("a blast freezer", "a blast of steam").
 */
export interface TaggedSlang {
  /** Token range [from, to) to replace. */
  from: number;
  to: number;
  replacement: string;
  word: string;
}

const PRAISE_INTENSIFIERS = new Set(['honestly', 'totally', 'absolutely', 'proper', 'lowkey', 'well', 'straight']);
const KNOWING = new Set(['say', 'know', 'tell', 'confirm', 'determine', 'predict', 'be', 'find', 'see', 'check', 'guarantee', 'promise']);
const NOT_BEFORE_FAB = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM', 'ADJ']);
const BLAST_ADJECTIVES = new Set(['total', 'absolute', 'real', 'great', 'huge']);

export function slangByTag(f: EnFacts): TaggedSlang[] {
  const t = f.tokens;
  const out: TaggedSlang[] = [];
  const ends = (k: number) => !t[k] || t[k]!.pos === 'PUNCT';
  t.forEach((w, i) => {
    const prev = t[i - 1];
    const next = t[i + 1];
    const opens = !prev || (i === 1 && prev.pos === 'PUNCT');
    switch (w.lower) {
      case 'fab':
        if (/^[A-Z]/.test(w.text) && !opens) return;
        if (prev && NOT_BEFORE_FAB.has(prev.pos)) return;
        if (!(ends(i + 1) || next!.pos === 'NOUN')) return;
        out.push({ from: i, to: i + 1, replacement: 'excellent', word: w.text });
        return;
      case 'sick':
        if (!prev || !PRAISE_INTENSIFIERS.has(prev.lower)) return;
        if (next && next.pos !== 'PUNCT' && next.pos !== 'CCONJ') return;
        out.push({ from: i - 1, to: i + 1, replacement: 'excellent', word: `${prev.text} ${w.text}` });
        return;
      case 'for':
        if (next?.lower !== 'sure' || !ends(i + 2)) return;
        if (opens) {
          if (ends(i + 2) && t[i + 2]) out.push({ from: i, to: i + 2, replacement: 'certainly', word: 'for sure' });
          return;
        }
        if (!prev || prev.pos === 'AUX' || KNOWING.has(prev.lemma) || prev.pos === 'PUNCT') return;
        out.push({ from: i, to: i + 2, replacement: 'without fail', word: 'for sure' });
        return;
      case 'shout':
      case 'holler':
      case 'yell': {
        // Round 18: "Anything else, just shout." / "Shout anytime.": shout as an order to the reader to get in
        // touch — the verb opening its clause (after "just", "please" or a comma) with nothing or a when after
        // it; not "operators shout when …" (a subject before it) or "shout at" / "a shout" (a noun).
        const opener = opens || prev?.lower === 'just' || prev?.lower === 'please' || prev?.text === ',';
        if (!opener || w.pos === 'NOUN' || !(ends(i + 1) || /^(?:anytime|whenever|away)$/.test(next!.lower))) return;
        out.push({ from: i, to: i + 1, replacement: 'let us know', word: w.text });
        return;
      }
      case 'blast': {
        const adjective = prev && BLAST_ADJECTIVES.has(prev.lower) ? 1 : 0;
        const article = t[i - 1 - adjective];
        if (article?.lower !== 'a') return;
        if (next && !(next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'ADV' || (next.pos === 'ADP' && next.lower !== 'of'))) return;
        out.push({ from: i - 1 - adjective, to: i + 1, replacement: 'a wonderful time', word: 'a blast' });
        return;
      }
      case 'killer':
      case 'epic':
      case 'dope':
      case 'rad':
      case 'badass':
      case 'kickass': {
        // Round 20: praise slang as the attribute of a noun — "we'd be a killer fit", "an epic deal", "a dope
        // feature" — after an article or a grading word; not "the killer whale" said of a killer (no article
        // grading it) nor the word as a noun of its own ("the killer was caught": no noun after it).
        if (!next || next.pos !== 'NOUN' || !prev || !(prev.pos === 'DET' || prev.pos === 'ADV' || prev.pos === 'ADJ')) return;
        if (prev.lower === 'the' && w.lower === 'killer') return;
        // The article goes with the word it agrees with: "a killer fit" → "an excellent fit".
        if (prev.lower === 'a' || prev.lower === 'an') out.push({ from: i - 1, to: i + 1, replacement: 'an excellent', word: `${prev.text} ${w.text}` });
        else out.push({ from: i, to: i + 1, replacement: 'excellent', word: w.text });
        return;
      }
      case 'crazy':
      case 'insane':
      case 'nuts':
      case 'bonkers': {
        // Round 20: a state of things called mad — "the market is crazy now", "prices are insane", "lead times
        // went nuts": the adjective as the predicate of be or go (an adverb between at most); not "crazy glue" or
        // "nuts and bolts" (a noun after it, or a conjunction).
        const verb = prev && (prev.pos === 'ADV' || prev.pos === 'PART') ? t[i - 2] : prev;
        if (!verb || !(verb.lemma === 'be' || verb.lemma === 'go' || verb.lemma === 'get')) return;
        // "is crazy now", "are insane this quarter": a time after it is fine, a noun of its own is not.
        const when = next?.pos === 'DET' && /^(?:this|these|right)$/.test(next.lower);
        if (next && !(next.pos === 'PUNCT' || next.pos === 'ADV' || next.pos === 'ADP' || next.pos === 'SCONJ' || when)) return;
        out.push({ from: i, to: i + 1, replacement: verb.lemma === 'be' ? 'very unsettled' : 'out of order', word: w.text });
        return;
      }
      default:
    }
  });
  return out;
}

/** The gate before the parse: one of the words is written at all. */
export function maySlangByTag(text: string): boolean {
  return /\b(?:fab|sick|for\s+sure|blast|shout|holler|yell|killer|epic|dope|rad|badass|kickass|crazy|insane|nuts|bonkers)\b/i.test(text);
}

/**
 * Round 18: the reader addressed as a friend, read from where the word stands rather than from phrases — a
 * term of address is a vocative only in the slots English gives one:
 * - opening the sentence before a comma or a mark ("Mate, the parts shipped.", "Folks!");
 * - right after the sentence's first word, an interjection or a word of thanks or apology, before a comma,
 *   a mark or the end ("Honestly mate, …", "Thanks folks, …", "Sorry guys, …", "Gracias amigo, …");
 * - closing the sentence after a comma, with or without "my" ("See you Thursday, my friend!", ", mate.").
 * "The folks at the plant agree", "our guys", "a friend of mine" hold the same words as arguments of the verb,
 * and stay clean. Also a tag particle closing a statement after its last word ("plan your stock accordingly
 * ya.", "we send tomorrow lah.") and a one-word interjection standing between marks after a clause ("If that
 * works, cool — see you Thursday!").
 */
export interface AddressSlip {
  /** Token range [from, to) to remove or replace. */
  from: number;
  to: number;
  kind: 'vocative' | 'tag' | 'interjection';
}

/** Terms of address for friends, in English and the languages writers mix in. */
const ADDRESS = new Set(['mate', 'mates', 'buddy', 'pal', 'bro', 'dude', 'folks', 'guys', 'fella', 'fellas', 'lads', 'chaps', 'boss', 'chief',
  'champ', 'man', 'amigo', 'amiga', 'amigos', 'hermano', 'amico', 'amici', 'friend', 'friends', 'hun', 'habibi']);
/** "friend" and "man" open or follow a first word as terms of address only with "my" ("Man, that was fast" is an interjection). */
const AFTER_FIRST_ONLY_WITH_MY = new Set(['friend', 'friends', 'man']);
/** Words that, first in the sentence, make the next word an argument rather than a vocative: "The folks", "Our guys". */
const NOT_INTERJECTION = new Set(['DET', 'PRON', 'ADP', 'NUM', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
/** Greetings open a salutation line, the greeting rule's: "Hi guys", "Dear friends". */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'morning', 'evening', 'hiya', 'howdy', 'yo', 'good']);
/** Tag particles of spoken English across regions: "…, ya", "… lah", "… lor". */
const TAGS = new Set(['ya', 'yah', 'lah', 'lor', 'leh', 'hor', 'meh', 'ah']);
/** Interjections of chat that can stand alone between marks. */
const INTERJECTIONS = new Set(['cool', 'sweet', 'neat', 'awesome', 'coolio', 'wicked', 'brill', 'yay', 'woohoo', 'phew', 'shot']);
const MARK = /^[,!.;:—–-]$|^\.\.\.$|^!+$/;
const END_MARK = /^[.!?]+$/;

export function addressSlips(f: EnFacts): AddressSlip[] {
  const t = f.tokens;
  const out: AddressSlip[] = [];
  const isMark = (k: number) => t[k] !== undefined && t[k]!.pos === 'PUNCT' && MARK.test(t[k]!.text);
  const endsAt = (k: number) => !t[k] || (t[k]!.pos === 'PUNCT' && (MARK.test(t[k]!.text) || END_MARK.test(t[k]!.text)));
  // The first word of the sentence, past opening quotes or brackets.
  let first = 0;
  while (t[first] && t[first]!.pos === 'PUNCT' && !MARK.test(t[first]!.text)) first++;
  t.forEach((w, i) => {
    const lower = w.lower;
    if (ADDRESS.has(lower) && !/^[A-Z]{2,}/.test(w.text)) {
      const mine = t[i - 1]?.lower === 'my';
      const from = mine ? i - 1 : i;
      if (!endsAt(i + 1)) return;
      // "Mate, …" / "Folks!": the sentence's first word.
      if (from === first && isMark(i + 1) && !AFTER_FIRST_ONLY_WITH_MY.has(lower)) {
        out.push({ from, to: i + 1, kind: 'vocative' });
        return;
      }
      // "Honestly mate, …": after a first word that is no determiner, pronoun or greeting.
      const head = t[from - 1];
      if (from === first + 1 && head && !NOT_INTERJECTION.has(head.pos) && !GREETINGS.has(head.lower) && /^[A-Z]/.test(head.text) &&
        (mine || !AFTER_FIRST_ONLY_WITH_MY.has(lower))) {
        out.push({ from, to: i + 1, kind: 'vocative' });
        return;
      }
      // "…, my friend!" / "…, mate.": after a comma, closing the sentence.
      if (from > first && t[from - 1]?.text === ',' && (!t[i + 1] || END_MARK.test(t[i + 1]!.text))) {
        out.push({ from: from - 1, to: i + 1, kind: 'vocative' });
      }
      return;
    }
    if (TAGS.has(lower) && i > first && (!t[i + 1] || END_MARK.test(t[i + 1]!.text) || t[i + 1]!.text === ',')) {
      // "talk to ya.", "see ya!": "ya" as "you", the object of a verb or a preposition, is the slang entry's.
      const prev = t[i - 1]!;
      if (prev.pos === 'VERB' || prev.pos === 'ADP' || (prev.pos === 'PUNCT' && prev.text !== ',') || prev.pos === 'INTJ') return;
      out.push({ from: i, to: i + 1, kind: 'tag' });
      return;
    }
    // "If that works, cool — see you": after a clause and its comma, before a dash or a mark that opens a new
    // clause; not a list of qualities ("a dry, cool, dark place": no verb before, an adjective after).
    // Round 36: also after a dash that closes a heading or a thanks, before a clause of ours ("Re your question on the
    // oak finish — cool, we can do the lighter stain", "Thank you for the PO — shot, we appreciate it!").
    const afterDash = /^[—–]$/.test(t[i - 1]?.text ?? '');
    if (INTERJECTIONS.has(lower) && i > first && (t[i - 1]?.text === ',' || afterDash) && t[i + 1] && t[i + 2]) {
      const dash = !afterDash && /^[—–-]$|^!$/.test(t[i + 1]!.text);
      const clause = t[i + 1]!.text === ',' && (t[i + 2]!.pos === 'PRON' || t[i + 2]!.pos === 'VERB');
      const after = afterDash || t.slice(first, i - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ');
      if ((dash || clause) && after && t[i + 2]!.pos !== 'PUNCT' && t[i + 2]!.pos !== 'CCONJ') out.push({ from: i, to: i + 1, kind: 'interjection' });
    }
  });
  return out;
}

/** The gate before the parse: a term of address, a tag particle or an interjection is written at all. */
const ADDRESS_WORD = /\b(?:mates?|buddy|pal|bro|dude|folks|guys|fellas?|lads|chaps|boss|chief|champ|man|amig[oa]s?|hermano|amic[oi]|friends?|hun|habibi|ya|yah|lah|lor|leh|hor|meh|ah|cool|sweet|neat|awesome|coolio|wicked|brill|yay|woohoo|phew|shot)\b/i;
export function mayAddress(text: string): boolean {
  return ADDRESS_WORD.test(text);
}

/**
 * Round 23: chat register from broad classes rather than from the instances (dictionaries/en/slang-class.json, generated
 * by scripts/build-en-slang-class.mjs):
 * - a word every sense of which WordNet marks colloquial or slang ("kaput", "snazzy", "gobsmacked", "cushy"), tagged in
 *   the sentence as the part of speech WordNet gives it, and not capitalised mid-sentence (a name); a German doubled
 *   final consonant is the same word ("kaputt");
 * - a stock idiom or proverb standing as a clause of its own — the whole sentence ("The ball is in your court now.") or a
 *   clause closed by an exclamation mark ("… nothing gained!", "Third time's the charm!"): a quip of chat. The same
 *   words inside a clause of their own ("the court will decide", "the third time the valve failed") are not the idiom.
 */
const SlangClassSchema = onDemand(() => z.object({
  about: z.string(),
  sources: z.record(z.string(), z.unknown()),
  examples: z.record(z.string(), z.array(z.string())),
  /** word → "parts of speech:plain word" ("kaput" → "a:destroyed"). */
  words: z.record(z.string().regex(/^[a-z]+(?:-[a-z]+)*$/), z.string().regex(/^[nvar]+:[a-z]*$/)),
  idioms: z.array(z.string().regex(/^[a-z0-9' ]+$/)).min(1000),
  /** Round 35: lemmas whose most frequent sense WordNet marks obscene or a dirty word ("shit", "crap"). */
  vulgar: z.array(z.string().regex(/^[a-z]+(?:-[a-z]+)*$/)).min(1),
}));
const slangClass = bundled('en/slang-class', SlangClassSchema, slangData);
/** The slang class's words and idioms, indexed when an English sentence first asks (not at the worker's start). */
const SLANG = lazyTable({
  words: () => new Map(Object.entries(slangClass.words).map(([w, v]) => {
    const [pos, plain] = v.split(':') as [string, string];
    return [w, { pos, plain }] as const;
  })),
  idioms: () => new Set(slangClass.idioms),
});
const TAG_OF: Record<string, string> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };

export interface SlangWord {
  /** Token index. */
  at: number;
  /** WordNet's plain word for it, '' when it has none. */
  plain: string;
}

export function slangWords(f: EnFacts): SlangWord[] {
  const out: SlangWord[] = [];
  f.tokens.forEach((w, i) => {
    const SLANG_WORDS = SLANG.words;
    const entry = SLANG_WORDS.get(w.lower) ?? SLANG_WORDS.get(w.lemma) ?? (/([b-df-hj-np-tv-z])\1$/.test(w.lower) ? SLANG_WORDS.get(w.lower.slice(0, -1)) : undefined);
    if (!entry) return;
    if (i > 0 && /^[A-Z]/.test(w.text) && f.tokens[i - 1]!.pos !== 'PUNCT') return;
    // Round 48 (dev set y8yd-019): a capitalised word before another, "2. Stoked Beanie — 450 pcs": a product's name.
    if (/^[A-Z]/.test(w.text) && /^[A-Z][a-z]/.test(f.tokens[i + 1]?.text ?? '') && /^(?:NOUN|PROPN)$/.test(f.tokens[i + 1]!.pos)) return;
    // The tagger's reading must be one WordNet gives the word ("kaput" an adjective); an adjective after a copula may
    // be tagged as a participle or a noun, so a copula before it settles it.
    const tag = TAG_OF[w.pos];
    const afterCopula = entry.pos.includes('a') && f.tokens[i - 1]?.lemma === 'be';
    if (!(tag && entry.pos.includes(tag)) && !afterCopula) return;
    // Round 48 (h7he-040): an -ing adjective of the class is also the participle of a plain verb ("the corking machine" of a
    // cork maker, from "cork"): slang only as praise — after "a", an adverb ("absolutely corking") or a copula.
    const prev = f.tokens[i - 1];
    if (entry.pos === 'a' && /ing$/.test(w.lower) && !afterCopula && !(prev && (/^(?:a|an)$/.test(prev.lower) || prev.pos === 'ADV'))) return;
    out.push({ at: i, plain: entry.plain });
  });
  return out;
}

/** The gate before the parse: a word of the class is written at all (a lookup per word, no parse). */
export function maySlangWord(text: string): boolean {
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)*/g)) {
    const w = m[0];
    if (SLANG.words.has(w) || (w.length > 4 && SLANG.words.has(w.slice(0, -1)))) return true;
  }
  return false;
}

const VULGAR = new Set(slangClass.vulgar);

/**
 * Round 35: profanity to a client ("Shit happens", "the old firmware was crap", "what the fuck"): a word of WordNet's
 * obscenity class (dictionaries/en/slang-class.json `vulgar`), by its form or its lemma ("fucked", "shits"), and the
 * same word with -y ("shitty", "crappy"); a name (capitalised mid-sentence) is not one. Returns token indexes, with the
 * clause the word stands in when it is a short exclamation of its own ("Shit happens,", "Holy crap!"): from the mark
 * before it to the mark after, at most four words.
 */
export interface VulgarWord {
  at: number;
  /** Token range [from, to) of the short clause it stands in, when there is one. */
  clause?: { from: number; to: number };
}

export function vulgarWords(f: EnFacts): VulgarWord[] {
  const t = f.tokens;
  const out: VulgarWord[] = [];
  t.forEach((w, i) => {
    if (!isVulgar(w.lower) && !VULGAR.has(w.lemma)) return;
    if (i > 0 && /^[A-Z]/.test(w.text) && t[i - 1]!.pos !== 'PUNCT') return;
    let from = i;
    while (from > 0 && t[from - 1]!.pos !== 'PUNCT') from--;
    let to = i + 1;
    while (to < t.length && t[to]!.pos !== 'PUNCT') to++;
    const short = to - from <= 4 && (from === 0 || /^[,;:.!?—–-]$/.test(t[from - 1]!.text)) && to < t.length;
    out.push(short ? { at: i, clause: { from, to } } : { at: i });
  });
  return out;
}

/** A word of the class, or one with an ending of inflection or of the adjective in -y ("fucked", "shits", "shitty", "crappy"). */
function isVulgar(w: string): boolean {
  const less = lessEnding(w);
  const lessDoubled = lessDoubledEnding(w);
  return VULGAR.has(w) || (less !== undefined && VULGAR.has(less)) || (lessDoubled !== undefined && VULGAR.has(lessDoubled));
}

/**
 * The word without its ending of -s, -ed, -ing or -y, or undefined when it has none. Round 45: by its last letters, not
 * by `replace` with /(?:s|ed|ing|y)$/ (two regex runs per word of every English sentence in mayVulgar): the endings end
 * in different letters, so at most one applies, as the regex's one match did.
 */
function lessEnding(w: string): string | undefined {
  switch (w.charCodeAt(w.length - 1)) {
    case 0x73: case 0x79: return w.slice(0, -1); // s, y
    case 0x64: return w.endsWith('ed') ? w.slice(0, -2) : undefined; // d
    case 0x67: return w.endsWith('ing') ? w.slice(0, -3) : undefined; // g
    default: return undefined;
  }
}

/** The same for a doubled consonant before the ending (-tted, -pping, -tty: /(?:ted|ting|ped|ping|ty|py)$/ once). */
function lessDoubledEnding(w: string): string | undefined {
  switch (w.charCodeAt(w.length - 1)) {
    case 0x64: return w.endsWith('ted') || w.endsWith('ped') ? w.slice(0, -3) : undefined; // d
    case 0x67: return w.endsWith('ting') || w.endsWith('ping') ? w.slice(0, -4) : undefined; // g
    case 0x79: return w.endsWith('ty') || w.endsWith('py') ? w.slice(0, -2) : undefined; // y
    default: return undefined;
  }
}

/** The gate before the parse: a word of the class is written at all. */
export function mayVulgar(text: string): boolean {
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) if (isVulgar(m[0])) return true;
  return false;
}

export { idiomKey };

/** Words around a quip that leave it a quip: "Well, …", "… now!", "And … again." (read on the key's words). */
const QUIP_OPENERS = new Set(['and', 'but', 'so', 'well', 'oh', 'anyway', 'hey', 'then', 'now', 'honestly', 'ok', 'okay']);
const QUIP_CLOSERS = new Set(['now', 'then', 'again', 'too', 'though', 'anyway', 'eh', 'right']);
const MARKS = new Set([...'!?.,;:—–()"“”’']);

/** The key of a clause without the words around a quip. */
function quipKey(text: string): string {
  const words = idiomKey(text).split(' ').filter(Boolean);
  let from = 0;
  let to = words.length;
  while (from < to && QUIP_OPENERS.has(words[from]!)) from++;
  while (to > from && QUIP_CLOSERS.has(words[to - 1]!)) to--;
  while (from < to && /^(?:the|a|an)$/.test(words[from]!)) from++;
  return words.slice(from, to).join(' ');
}

/** The index where a run of marks (and spaces) closing `text` starts: a loop, not a regular expression ending in `$`. */
function trailingMarks(text: string): number {
  let k = text.length;
  while (k > 0 && (MARKS.has(text[k - 1]!) || /\s/.test(text[k - 1]!))) k--;
  return k;
}

export interface IdiomQuip {
  /** Offsets in the sentence's text, [start, end). */
  start: number;
  end: number;
}

/** Clauses of the sentence that are a stock idiom and nothing else (see above). */
export function idiomQuips(text: string): IdiomQuip[] {
  const out: IdiomQuip[] = [];
  const body = text.trimEnd();
  const lead = (x: string) => x.length - x.trimStart().length;
  // The whole sentence first, closed by a full stop or an exclamation: a quip with a comma of its own ("Easy come, easy go!").
  const wholeEnd = trailingMarks(body);
  const closing = body.slice(wholeEnd);
  const whole = body.slice(0, wholeEnd);
  if (/[.!?]/.test(closing) && /[,;]/.test(whole) && SLANG.idioms.has(quipKey(whole))) return [{ start: lead(whole), end: whole.length }];
  // Clauses between marks; a quip is the whole sentence (after an interjection at most) or a clause closed by "!".
  const parts = [...body.matchAll(/[^,;:!?.—–()"“”]+(?:[!?.]+|[,;:—–()"“”]|$)/g)];
  parts.forEach((m, k) => {
    const raw = m[0];
    const cut = trailingMarks(raw);
    const words = raw.slice(0, cut);
    const mark = raw.slice(cut);
    // A closing line ("All the best,") or a line with no mark is a sign-off or a heading, not a quip.
    if (parts.length === 1 && !/[.!?]/.test(mark)) return;
    const alone = parts.length === 1 || (k === parts.length - 1 && parts.slice(0, k).every((p) => quipKey(p[0]) === ''));
    if (!alone && !mark.includes('!')) return;
    const key = quipKey(words);
    if (!key.includes(' ') || !SLANG.idioms.has(key)) return;
    out.push({ start: m.index + lead(words), end: m.index + words.length });
  });
  return out;
}

/** The gate: the sentence is short enough to be a quip or has an exclamation mark. */
export function mayQuip(text: string): boolean {
  return text.includes('!') || text.length <= 80;
}

// Round 22: pressure on a prospect's decision read as four structures, over the parse and word classes from WordNet
// (scripts/build-en-press-class.mjs regenerates dictionaries/en/press-class.json; the seed senses are in the file):
// - advice whose content is a commitment before a date ("my advice, as a friend: sign before the 15th");
// - others already taking the same scarce thing (social proof and scarcity: "two of those slots are already in
//   negotiation", "other importers are already in line for the same allocation, so it is now or next year");
// - the reader's own thing kept only by committing before a date ("to keep them you need to convert before Friday");
// - a presumptive close: we act for the reader whatever they answer, and refusing is left to them ("I'll send the
//   order form anyway, you can always say no");
// A reply asked by a date for our own planning ("please confirm by Friday so that we can book the hotel") is logistics,
// as rounds 19 and 20 decided (tests/unit/en/classes-r19-enpress.test.ts), and is left clean.
import { z } from 'zod';
import data from '../../../dictionaries/en/press-class.json';
import { bundled, onDemand } from '../../rules/bundled';
import type { EnClause, EnFacts } from './en';
import { deadlinesIn } from './en-deadline';
import { meetingNamed } from './en-outreach';

const Words = onDemand(() => z.array(z.string().regex(/^[a-z]+$/)));
const PressClassSchema = onDemand(() => z.object({
  about: z.string(),
  seeds: z.record(z.string(), z.record(z.string(), z.string())),
  examples: z.record(z.string(), z.array(z.string())),
  commitVerbs: Words().min(10),
  commitNouns: Words().min(10),
  retainVerbs: Words().min(3),
  adviceWords: Words().min(5),
  refuseVerbs: Words().min(3),
  // Round 23 (en-decision-press.ts): the reader's go-ahead as a noun, others' interest, their process, going around it.
  decisionNouns: Words().min(5),
  decisionPhrases: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)+$/)).min(2),
  interestVerbs: Words().min(3),
  processNouns: z.array(z.string().min(1)).min(3),
  bypassVerbs: Words().min(2),
}));
const dict = bundled('en/press-class', PressClassSchema, data);
/** The word classes of press-class.json, for the other readers of pressure on a decision (en-decision-press.ts). */
export const PRESS_CLASS = dict;
const COMMIT_VERBS: ReadonlySet<string> = new Set(dict.commitVerbs);
const COMMIT_NOUNS: ReadonlySet<string> = new Set(dict.commitNouns);
const RETAIN_VERBS: ReadonlySet<string> = new Set(dict.retainVerbs);
const ADVICE_WORDS: ReadonlySet<string> = new Set(dict.adviceWords);
const REFUSE_VERBS: ReadonlySet<string> = new Set(dict.refuseVerbs);

export type CommitPush = 'advisedCommit' | 'othersTaking' | 'keepByDeadline' | 'presumptive';

/** A cheap gate on the sentence text before the parse is read: one of the structures' anchor words. */
export const MAY_PUSH_COMMIT = /\b(?:advi[cs]|recommend|suggest|counsel|propos|urge|were you\b|already\b|need|have to\b|has to\b|must\b|anyway\b|regardless\b|in any case\b|went ahead\b|so that\b|so (?:i|we)\b)/i;

export function commitPushOf(f: EnFacts): CommitPush | undefined {
  if (f.question) return undefined;
  if (advisedCommit(f)) return 'advisedCommit';
  if (othersTaking(f)) return 'othersTaking';
  if (keepByDeadline(f)) return 'keepByDeadline';
  if (presumptive(f)) return 'presumptive';
  return undefined;
}

const lowers = (f: EnFacts) => f.tokens.map((t) => t.lower);
/** A verb or noun of committing; a gerund the tagger reads as a noun ("already in contracting") by its verb. */
function committing(f: EnFacts, i: number): boolean {
  const t = f.tokens[i]!;
  if (COMMIT_VERBS.has(t.lemma) || COMMIT_NOUNS.has(t.lower) || COMMIT_NOUNS.has(t.lemma)) return true;
  const stem = /^([a-z]{3,})ing$/.exec(t.lower)?.[1];
  return stem !== undefined && (COMMIT_VERBS.has(stem) || COMMIT_VERBS.has(`${stem}e`));
}
/** A date the reader must act by ("before 15 September", "by Friday 5pm"): a deadline of sense 'by', not said back. */
function actBy(f: EnFacts): number {
  const d = deadlinesIn(lowers(f)).find((x) => x.sense === 'by' && !x.anaphor);
  return d ? d.word : -1;
}
const clauseOf = (f: EnFacts, i: number): EnClause | undefined => f.clauses.find((c) => c.from <= i && i < c.to);

/**
 * "Let me give you one advice, as a friend: sign before 15 September"; "If I were you, I would order before Friday";
 * "my recommendation: subscribe before the 15th". Advice (or the counsellor's "if I were you") and a verb or noun of
 * committing before a date of the reader's act. Advice about anything else ("I'd suggest comparing both offers") or
 * with no date is no push; an act of ours ("we suggest we send the contract by Friday") is ours to keep.
 */
function advisedCommit(f: EnFacts): boolean {
  const w = lowers(f);
  const advice = f.tokens.some((t) => ADVICE_WORDS.has(t.lemma) || ADVICE_WORDS.has(t.lower)) ||
    w.some((x, i) => x === 'if' && w[i + 1] === 'i' && w[i + 2] === 'were' && w[i + 3] === 'you');
  if (!advice) return false;
  const by = actBy(f);
  if (by < 0) return false;
  // The commitment before the date, in the reader's clause or an imperative (no subject).
  return f.tokens.some((t, i) => i < by && committing(f, i) && t.pos !== 'PROPN' && clauseOf(f, i)?.subject?.side !== 'we' &&
    !ADVICE_WORDS.has(t.lemma));
}

/**
 * "Two other tea companies are already in line for the same slots"; "two of those slots are already in contracting";
 * "several of your competitors have already reserved units from the same batch". A clause, not ours, saying someone
 * else "already" commits (a verb or noun of committing, or a count of places passively gone), in a sentence that makes
 * the thing scarce: "only", a count of a whole ("two of those", "three of them"), "the same", "left", "now or …".
 * "Two of our engineers are already on site" commits nobody; "several of our customers already use it" is no scarcity.
 */
function othersTaking(f: EnFacts): boolean {
  const t = f.tokens;
  const w = lowers(f);
  // "… which is why we are happy to hold one for you until your budget is approved": a place kept for the reader.
  if (heldForReader(f)) return false;
  // "the same" alone is no scarcity: "three of our customers have already signed the same agreement" is a reference.
  const scarce = w.some((x, i) =>
    x === 'only' || x === 'left' || x === 'remaining' ||
    // "Three roasters in Tokyo already confirmed theirs": each taking a share of it ("theirs") makes it a thing shared out.
    x === 'theirs' ||
    (x === 'now' && w[i + 1] === 'or') ||
    ((t[i]!.pos === 'NUM' || x === 'several' || x === 'most') && w[i + 1] === 'of' && /^(?:those|these|them|the)$/.test(w[i + 2] ?? '')));
  return f.clauses.some((c) => {
    const already = w.findIndex((x, i) => i >= c.from && i < c.to && x === 'already');
    if (already < 0 || !c.subject) return false;
    // "several of your competitors": the parse takes the possessive for the subject; the partitive names others.
    const side = c.subject.side === 'you' && w[c.subject.index] === 'your' && w[c.subject.index - 1] === 'of' ? 'third' : c.subject.side;
    if (side !== 'third') return false;
    // "in line", "in the queue" for it: others competing for the thing makes it scarce by itself.
    const queued = t.some((x, i) => i > already && i < c.to && (x.lemma === 'line' || x.lemma === 'queue') && (w[i - 1] === 'in' || w[i - 2] === 'in'));
    if (queued) return true;
    if (!scarce) return false;
    // "already confirmed / secured theirs": the verb that takes a share is a commitment whatever it is.
    const share = w.slice(already + 1, c.to).includes('theirs') && t.some((x, i) => i > already && i < c.to && x.pos === 'VERB' && !/^(?:receive|get|use|install|enjoy|see|like|love)$/.test(x.lemma));
    const commits = share || t.some((_, i) => i > already && i < c.to && committing(f, i));
    // "two of those slots are already gone / taken": a counted part of the whole, passively spoken for.
    const counted = t[c.subject.index]!.pos === 'NUM' && w[c.subject.index + 1] === 'of' && (c.passive || w.slice(already + 1, c.to).some((x) => x === 'gone' || x === 'spoken'));
    return commits || counted;
  });
}

/** "we will hold one for you", "we can keep a place for you": our side keeps (WordNet's retaining, or reserving) for them. */
function heldForReader(f: EnFacts): boolean {
  const w = lowers(f);
  return f.tokens.some((t, i) => (RETAIN_VERBS.has(t.lemma) || t.lemma === 'hold' || t.lemma === 'reserve') && clauseOf(f, i)?.subject?.side === 'we' &&
    w.slice(i + 1, i + 5).some((x, k, list) => x === 'for' && list[k + 1] === 'you'));
}

/** "need to", "have to", "has to", "must", "will need to": a necessity laid on the clause's subject. */
function necessity(f: EnFacts, c: EnClause): boolean {
  const w = lowers(f);
  return c.modal === 'must' || w.some((x, i) => i >= c.from && i < c.to && (x === 'need' || x === 'have' || x === 'has') && w[i + 1] === 'to');
}

/**
 * "To keep them you need to convert before Friday 5pm PT"; "if you want to retain the test data, you have to upgrade by
 * Monday"; "you must sign before the 30th". A necessity laid on the reader, a date they must act by, and what the act
 * is for: committing, or keeping what they have (WordNet's verbs of retaining). "To keep the file, simply export it"
 * has no date; "you will need your ID on Friday" no act by a date.
 */
function keepByDeadline(f: EnFacts): boolean {
  const by = actBy(f);
  if (by < 0) return false;
  const reader = f.clauses.find((c) => c.subject?.side === 'you' && c.from <= by && by <= c.to + 2 && necessity(f, c));
  if (!reader) return false;
  const keep = f.tokens.some((t, i) => RETAIN_VERBS.has(t.lemma) && f.tokens[i - 1]?.lower === 'to');
  const commit = f.tokens.some((t, i) => i >= reader.from && i < by && committing(f, i));
  return keep || commit;
}

/**
 * "I'll send the invite anyway, you can always decline"; "I have already put your team down for the October cohort, so
 * just tell me if you want out". We act whatever the reader answers ("anyway", "regardless", "in any case", "went
 * ahead", "already" on their behalf) and leave refusing to them: a verb of declining with the reader as subject, or
 * "say no", "want out", "opt out". A courtesy with no act of ours done first ("feel free to decline if the time does
 * not suit") presumes nothing.
 */
function presumptive(f: EnFacts): boolean {
  const w = lowers(f);
  // A meeting put in their calendar with declining as the way out is the chase of an unanswered pitch (cold-outreach's
  // pushy-follow-up reads it); sent "anyway", whatever they answer, it also presses.
  const meeting = meetingNamed(f);
  const ours = f.clauses.some((c) => c.subject?.side === 'we' && w.some((x, i) => i >= c.from && i < c.to + 1 &&
    (x === 'anyway' || x === 'regardless' || (x === 'any' && w[i - 1] === 'in' && w[i + 1] === 'case') ||
      (!meeting && x === 'ahead' && w[i - 1] === 'went') ||
      (!meeting && x === 'already' && w.slice(c.from, c.to).some((y) => y === 'you' || y === 'your')))));
  if (!ours) return false;
  return f.tokens.some((t, i) => {
    if (REFUSE_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) {
      const before = w.slice(Math.max(0, i - 4), i);
      return before.includes('you') || before.includes('just') || before.includes('simply');
    }
    // The tagger may keep the full stop on a last word ("say no.").
    return (t.lower.replace(/\.$/, '') === 'no' && w[i - 1] === 'say') || (t.lower === 'out' && (w[i - 1] === 'want' || w[i - 1] === 'opt'));
  });
}

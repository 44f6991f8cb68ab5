/**
 * Round 33 (issue 9, r32's unread dc-023): a deadline on the reader WORKED BACK from a date of their own. "You mentioned
 * that the office opens on 1 October and that all furniture must be installed by 17 September. Working back from that
 * date, … we would need your order confirmation by 30 July." The asked date serves their schedule: it is no ultimatum.
 *
 * Read by structure, not by the words that link the two ("working back", "so that", "which means", "to make that"…, which
 * a paraphrase dodges): whose is the later date, and does the asked one fall before it?
 * - The asked date: a date after a deadline word that sets a limit ("by", "before", "no later than").
 * - The reader's date: a date in a clause whose subject is the reader stating or having told us their plan ("you need
 *   them installed by…", "you told us the fair opens on…"; not a request, so no modal like "could you"), a clause
 *   reported under such a clause ("You mentioned | that the office opens on 1 October"); "your store opens on…" has the
 *   reader's side as its subject. A thing of theirs named in a clause of no subject is not enough: "to keep your
 *   workstations in the February production run" dates our run (r25 ae-en-029, a labelled push).
 *   A clause whose subject is ours ("we will deliver your order by…") is our promise, not their date.
 * The reader's date may stand in the sentence or in the one before it in the paragraph; it must lie ahead, and the
 * asked date before it and not on a clock no committee can meet (within two days).
 */
import { clauseOf, type EnClause, type EnFacts } from './en';
import { deadlinesIn } from './en-deadline';
import type { DateFacts, DateMention } from './dates';
import { parseIsoDay, serial } from './dates-day';

/** A sentence read for this fact: its parse and its dates. */
export interface DatedSentence {
  facts: EnFacts;
  dates: DateFacts;
}

/** How far a date's lead ("the end of", "this coming") may stand before the mention. */
const LEAD_CHARS = 16;

/** A near clock: an ask due within this many days of today presses whatever date of theirs it serves. */
const NEAR_DAYS = 2;

/** Whether a date asked of the reader in `s` is worked back from a later date of theirs (in `s` or in `before`). */
export function workedBack(s: DatedSentence, today: string, before?: DatedSentence): boolean {
  // "Your launch is on 1 December, but we need your order by Friday": a "but" sets their date aside, so only what
  // follows the last one is read (and the sentence before is not).
  const but = lastBut(s.facts);
  const asked = askedDays(s).filter((a) => a.at > but);
  if (asked.length === 0) return false;
  const now = serial(parseIsoDay(today));
  const theirs = [...readerDays(s).filter((r) => r.at > but), ...(before && but < 0 ? readerDays(before) : [])].filter((r) => r.day > now);
  return asked.some((a) => a.day - now > NEAR_DAYS && theirs.some((r) => r.day > a.day));
}

/** A day and the token it stands at. */
interface DayAt {
  day: number;
  at: number;
}

/** The index of the sentence's last "but" or "however" (-1: none). */
function lastBut(facts: EnFacts): number {
  let at = -1;
  facts.tokens.forEach((t, i) => { if (t.lower === 'but' || t.lower === 'however') at = i; });
  return at;
}

/** The days the sentence's limits set: the date after "by", "before", "no later than". */
function askedDays(s: DatedSentence): DayAt[] {
  const { tokens } = s.facts;
  const words = tokens.map((t) => t.lower);
  const out: DayAt[] = [];
  for (const d of deadlinesIn(words)) {
    if (d.sense !== 'by' || d.anaphor) continue;
    const at = tokens[d.date]?.start;
    const m = at === undefined ? undefined : mentionAt(s.dates, at);
    if (m && !m.past) out.push({ day: serial(m.day), at: d.date });
  }
  return out;
}

/** The date mention covering the sentence offset `at` (or starting within its lead: "the end of …"). */
function mentionAt(dates: DateFacts, at: number): DateMention | undefined {
  for (const slot of dates.slots) {
    const m = slot.date;
    // The lead words ("the end of") stand before the mention chrono reads.
    if (m && at < m.end && m.start - at <= LEAD_CHARS) return m;
  }
  return undefined;
}

/** The days of the sentence that stand in a clause of the reader's. */
function readerDays(s: DatedSentence): DayAt[] {
  const { facts } = s;
  const out: DayAt[] = [];
  for (const slot of s.dates.slots) {
    const m = slot.date;
    if (!m || m.past) continue;
    const i = facts.tokens.findIndex((t) => t.start >= m.start);
    const c = i < 0 ? undefined : clauseOf(facts, i);
    if (c && readersClause(facts, c, i) && !pastAct(facts, c, i)) out.push({ day: serial(m.day), at: i });
  }
  return out;
}

/**
 * Whether clause `c` (holding the date at token `i`) tells a date of the reader's: their own statement or report of
 * their plan, a clause reported under it, or a thing of theirs named before the date with no subject of ours.
 */
function readersClause(facts: EnFacts, c: EnClause, i: number): boolean {
  const side = c.subject?.side;
  if (side === 'we') return false;
  if (side === 'you') return stated(c);
  // "You mentioned | that the office opens on 1 October": the nearest clause before it with a subject of ours or
  // theirs decides; a third party's clause in between is reported too ("and that all furniture must be installed by…").
  for (let j = facts.clauses.indexOf(c) - 1; j >= 0; j--) {
    const prior = facts.clauses[j]!.subject?.side;
    if (prior === 'we') return false;
    if (prior === 'you') return stated(facts.clauses[j]!);
  }
  return false;
}

/**
 * "You asked for our quotation on 3 August", "your team visited us on 20 August": a past act's own date (whatever year
 * the parser gives it) is no plan of theirs; "you told us the fair opens on 4 November" reports one — a second verb
 * stands between the past verb and the date.
 */
function pastAct(facts: EnFacts, c: EnClause, i: number): boolean {
  if (c.tense !== 'past') return false;
  let verbs = 0;
  for (let k = c.from; k < i; k++) if (facts.tokens[k]!.pos === 'VERB' || facts.tokens[k]!.pos === 'AUX') verbs++;
  return verbs < 2;
}

/** The reader's clause states or reports (no "could you", "will you", "you would"): a request or a forecast is no date of theirs. */
function stated(c: EnClause): boolean {
  return c.modal === undefined || c.modal === 'must';
}

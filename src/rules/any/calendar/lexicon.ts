// The word lists of dictionaries/calendar/meeting-context.json, compiled once into regular expressions.
import { z } from 'zod';
import data from '../../../../dictionaries/calendar/meeting-context.json';
import { bundled, onDemand } from '../../bundled';
import { lazyTable } from '../../../engine/lazy-table';
import { matchAll, plainText, twinOf } from '../../../engine/match-all';
import { expandParts, PartsSchema } from './word-parts';

const Group = onDemand(() => z.object({ ja: z.array(z.string()), en: z.array(z.string()) }));
const LexiconSchema = onDemand(() => z.object({
  parts: PartsSchema(),
  meeting: Group(),
  notMeeting: Group(),
  knownClosure: Group(),
  closureRelative: Group(),
  holidayName: Group(),
  past: Group(),
  pastPreface: Group(),
  after: Group(),
  before: Group(),
  fromTime: Group(),
  dateLabel: Group(),
  listItem: Group(),
  proposal: Group(),
  suitsAsk: Group(),
  suitsVerb: Group(),
  offer: Group(),
  regular: Group(),
  agreed: Group(),
  publicEvent: Group(),
  hosted: Group(),
  fair: Group(),
  theirChoice: Group(),
  declined: Group(),
  thanksForOffer: Group(),
  turn: Group(),
  schedule: Group(),
  afterHours: Group(),
  lunchEvent: Group(),
  zoneForAll: Group(),
  stay: Group(),
  clientEvent: Group(),
  clientEventAfter: Group(),
  eventTiming: Group(),
  attendanceAsk: Group(),
  availableIf: Group(),
  availableVerb: Group(),
  cancelled: Group(),
  contingency: Group(),
  internal: Group(),
  wishTo: Group(),
  wishJa: Group(),
  canAsk: Group(),
  askJa: Group(),
  closedWord: Group(),
  visitWord: Group(),
  conceded: Group(),
  sameDay: Group(),
  praisedDay: Group(),
  otherDay: Group(),
  arranged: Group(),
}));

const lexicon = bundled('calendar/meeting-context', LexiconSchema, data);

function alternation(group: z.infer<ReturnType<typeof Group>>): string {
  const sources = [...group.ja, ...group.en].map((s) => expandParts(s, lexicon.parts));
  // An empty group must match nothing, not everything.
  return sources.length ? sources.map((s) => `(?:${s})`).join('|') : '(?!)';
}

function compile(group: z.infer<ReturnType<typeof Group>>): RegExp {
  return new RegExp(alternation(group), 'giu');
}

/** Sticky-free, global regexes: use with matchAll or reset lastIndex before test(). Each compiled when first read. */
export const WORDS = lazyTable({
  meeting: () => compile(lexicon.meeting),
  notMeeting: () => compile(lexicon.notMeeting),
  knownClosure: () => compile(lexicon.knownClosure),
  closureRelative: () => compile(lexicon.closureRelative),
  holidayName: () => compile(lexicon.holidayName),
  past: () => compile(lexicon.past),
  pastPreface: () => compile(lexicon.pastPreface),
  after: () => compile(lexicon.after),
  before: () => compile(lexicon.before),
  fromTime: () => compile(lexicon.fromTime),
  proposal: () => compile(lexicon.proposal),
  suitsAsk: () => compile(lexicon.suitsAsk),
  suitsVerb: () => compile(lexicon.suitsVerb),
  offer: () => compile(lexicon.offer),
  regular: () => compile(lexicon.regular),
  agreed: () => compile(lexicon.agreed),
  publicEvent: () => compile(lexicon.publicEvent),
  hosted: () => compile(lexicon.hosted),
  fair: () => compile(lexicon.fair),
  theirChoice: () => compile(lexicon.theirChoice),
  declined: () => compile(lexicon.declined),
  cancelled: () => compile(lexicon.cancelled),
  thanksForOffer: () => compile(lexicon.thanksForOffer),
  turn: () => compile(lexicon.turn),
  schedule: () => compile(lexicon.schedule),
  afterHours: () => compile(lexicon.afterHours),
  lunchEvent: () => compile(lexicon.lunchEvent),
  zoneForAll: () => compile(lexicon.zoneForAll),
  stay: () => compile(lexicon.stay),
  clientEvent: () => compile(lexicon.clientEvent),
  clientEventAfter: () => compile(lexicon.clientEventAfter),
  eventTiming: () => compile(lexicon.eventTiming),
  attendanceAsk: () => compile(lexicon.attendanceAsk),
  availableIf: () => compile(lexicon.availableIf),
  availableVerb: () => compile(lexicon.availableVerb),
  contingency: () => compile(lexicon.contingency),
  internal: () => compile(lexicon.internal),
  wishTo: () => compile(lexicon.wishTo),
  wishJa: () => compile(lexicon.wishJa),
  canAsk: () => compile(lexicon.canAsk),
  askJa: () => compile(lexicon.askJa),
  closedWord: () => compile(lexicon.closedWord),
  visitWord: () => compile(lexicon.visitWord),
  conceded: () => compile(lexicon.conceded),
  sameDay: () => compile(lexicon.sameDay),
  praisedDay: () => compile(lexicon.praisedDay),
  otherDay: () => compile(lexicon.otherDay),
  arranged: () => compile(lexicon.arranged),
});

/**
 * The groups read at a fixed place of a line rather than searched for (src/rules/any/calendar/slot-line.ts
 * finds the place in code and hands over a short slice): a label at its start, a list marker as all of it.
 * Anchoring them here, not in the data, keeps each entry a plain word and every match a single attempt.
 */
export const LINE_PARTS = {
  label: new RegExp(`^(?:${alternation(lexicon.dateLabel)})`, 'iu'),
  listMarker: new RegExp(`^(?:${alternation(lexicon.listItem)})$`, 'iu'),
} as const;

export type WordGroup = keyof typeof WORDS;

/**
 * The regex to search `text` with for a group: WORDS[group], or its twin (without the u flag, built on first use)
 * where that matches alike: the same matches on a plainText, faster.
 */
export function wordsIn(group: WordGroup, text: string): RegExp {
  const re = WORDS[group];
  return (plainText(text) && twinOf(re)) || re;
}

export function has(group: WordGroup, text: string): boolean {
  const re = wordsIn(group, text);
  re.lastIndex = 0;
  const found = re.test(text);
  // test() on a global regex moves lastIndex, and matchAll starts from it: leave it at 0.
  re.lastIndex = 0;
  return found;
}

/** How far after "would"/"does" the verb of "…work/suit?" may come ("would next Monday at 3pm work"). */
const SUITS_GAP = 40;

/** "Would Tuesday at 3pm work?", "Does the 14th suit you?": each opener looks at a bounded window after it. */
function asksIfItSuits(text: string): boolean {
  WORDS.suitsAsk.lastIndex = 0;
  for (const m of matchAll(text, WORDS.suitsAsk)) {
    const from = m.index + m[0].length;
    if (has('suitsVerb', text.slice(from, from + SUITS_GAP + 16))) return true;
  }
  return false;
}

/** The text offers, asks about or confirms a time (the proposal words, or "would … work?"). */
export function proposes(text: string): boolean {
  return has('proposal', text) || asksIfItSuits(text);
}

/** The sentence speaks of the past, leaving out a preface that only points back to an earlier talk. */
export function speaksOfPast(text: string): boolean {
  WORDS.pastPreface.lastIndex = 0;
  const own = text.replace(WORDS.pastPreface, ' ');
  WORDS.pastPreface.lastIndex = 0;
  return has('past', own);
}

/**
 * Where a preface that speaks of the past ends ("Following our visit on May 1, …", 先月の出荷の件で、), or 0: a date
 * inside it is the earlier event's, never the slot the rest of the sentence offers.
 */
export function pastPrefaceEnd(text: string): number {
  WORDS.pastPreface.lastIndex = 0;
  const m = WORDS.pastPreface.exec(text);
  WORDS.pastPreface.lastIndex = 0;
  return m && has('past', m[0]) ? m.index + m[0].length : 0;
}

export interface Span {
  start: number;
  end: number;
}

/** Distance in characters from [start, end) to the nearest of `spans`, or Infinity. */
export function distanceToSpans(spans: readonly Span[], start: number, end: number): number {
  let best = Infinity;
  for (const { start: ms, end: me } of spans) {
    const d = me <= start ? start - me : ms >= end ? ms - end : 0;
    if (d < best) best = d;
  }
  return best;
}

/**
 * Distance in characters from [start, end) to the nearest match of the group in `text`, or Infinity. Matches
 * that overlap one of `except` do not count (a person's "arrive" is a visit, not a delivery).
 */
export function distanceTo(group: WordGroup, text: string, start: number, end: number, except: readonly Span[] = []): number {
  const spans: Span[] = [];
  WORDS[group].lastIndex = 0;
  for (const m of matchAll(text, wordsIn(group, text))) {
    const ms = m.index;
    const me = ms + m[0].length;
    if (!except.some((x) => ms < x.end && x.start < me)) spans.push({ start: ms, end: me });
  }
  return distanceToSpans(spans, start, end);
}

/**
 * Round 43 (ye-055): after a time, a purpose negated (に届かないよう, にかからないように): the time named to keep clear of,
 * not offered — the writer knows it is closed.
 */
const AVOIDED_AFTER = /^[にで]?[^、。]{0,10}(?:ない|ぬ)よう/;
export const avoidedAfter = (after: string) => AVOIDED_AFTER.test(after);

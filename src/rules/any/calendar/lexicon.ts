// The word lists of dictionaries/calendar/meeting-context.json, compiled once into regular expressions.
import { z } from 'zod';
import data from '../../../../dictionaries/calendar/meeting-context.json';

const Group = z.object({ ja: z.array(z.string()), en: z.array(z.string()) });
const LexiconSchema = z.object({
  meeting: Group,
  notMeeting: Group,
  knownClosure: Group,
  closureRelative: Group,
  past: Group,
  after: Group,
  before: Group,
  fromTime: Group,
  dateLabel: Group,
  listItem: Group,
  proposal: Group,
  offer: Group,
  regular: Group,
  agreed: Group,
  schedule: Group,
  afterHours: Group,
  lunchEvent: Group,
});

const lexicon = LexiconSchema.parse(data);

function alternation(group: z.infer<typeof Group>): string {
  const sources = [...group.ja, ...group.en];
  // An empty group must match nothing, not everything.
  return sources.length ? sources.map((s) => `(?:${s})`).join('|') : '(?!)';
}

function compile(group: z.infer<typeof Group>): RegExp {
  return new RegExp(alternation(group), 'giu');
}

/** Sticky-free, global regexes: use with matchAll or reset lastIndex before test(). */
export const WORDS = {
  meeting: compile(lexicon.meeting),
  notMeeting: compile(lexicon.notMeeting),
  knownClosure: compile(lexicon.knownClosure),
  closureRelative: compile(lexicon.closureRelative),
  past: compile(lexicon.past),
  after: compile(lexicon.after),
  before: compile(lexicon.before),
  fromTime: compile(lexicon.fromTime),
  proposal: compile(lexicon.proposal),
  offer: compile(lexicon.offer),
  regular: compile(lexicon.regular),
  agreed: compile(lexicon.agreed),
  schedule: compile(lexicon.schedule),
  afterHours: compile(lexicon.afterHours),
  lunchEvent: compile(lexicon.lunchEvent),
} as const;

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

export function has(group: WordGroup, text: string): boolean {
  const re = WORDS[group];
  re.lastIndex = 0;
  const found = re.test(text);
  // test() on a global regex moves lastIndex, and matchAll starts from it: leave it at 0.
  re.lastIndex = 0;
  return found;
}

/** Distance in characters from [start, end) to the nearest match of the group in `text`, or Infinity. */
export function distanceTo(group: WordGroup, text: string, start: number, end: number): number {
  let best = Infinity;
  WORDS[group].lastIndex = 0;
  for (const m of text.matchAll(WORDS[group])) {
    const ms = m.index;
    const me = ms + m[0].length;
    const d = me <= start ? start - me : ms >= end ? ms - end : 0;
    if (d < best) best = d;
  }
  return best;
}

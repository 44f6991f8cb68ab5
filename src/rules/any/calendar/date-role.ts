// "Is this date a proposed meeting?" answered with what the date is instead, so that every calendar rule reads
// one typed verdict: the sentence's structure (another dated act nearest the date, a closure told, the past, the
// reader's own event or choice, a fallback, a period) says why a date is not a meeting's, and `proposal` or
// `undecided` (the line, the lines around and the kind of draft decide) when nothing rules it out.
import { matchAll } from '../../../engine/match-all';
import { distanceToSpans, wordsIn, type Span } from './lexicon';

export type DateRole =
  /** Offered, asked about or confirmed for a meeting. */
  | 'proposal'
  /** Nothing in the sentence decides: the line, the lines around it and the kind of draft do. */
  | 'undecided'
  /** A deadline: by, until, 期限, the reply or the document due then. */
  | 'deadline'
  /** A delivery, a shipment, an arrival, a pick-up. */
  | 'delivery'
  /** A price, a term or a quote in force from or until the date. */
  | 'validity'
  /** A closure or a holiday told: the writer knows the day is closed. */
  | 'closure'
  /** A range or a period that is no slot: the writer's stay, a span of the day glossed, the end of a range. */
  | 'period'
  /** An event already held, or told in the past. */
  | 'past'
  /** The reader's own event (your board meeting on the 20th, 貴社の取締役会). */
  | 'client-event'
  /** The day a plan moves to if it fails (雨天の場合は…に延期). */
  | 'fallback'
  /** The reader's proposal, request or choice, thanked for or restated. */
  | 'theirs'
  /** The same slot said again, in another zone or for the writer's place. */
  | 'restated'
  /** A day named to be turned down. */
  | 'declined'
  /** An event called off. */
  | 'cancelled'
  /** A meeting already agreed, or a regular one stated. */
  | 'agreed'
  /** A weekday told as a working or closed day, a habit, a public event announced. */
  | 'schedule'
  /** Another dated act with no class above (a launch, a system change, an absence). */
  | 'other-act';

/**
 * What a role says to "is this date a proposed meeting?": yes for a proposal, no for every role that rules the date
 * out, and undefined while it is undecided (the line, the lines around it and the kind of draft decide).
 */
export function meetingVerdict(role: DateRole): boolean | undefined {
  return role === 'proposal' ? true : role === 'undecided' ? undefined : false;
}

/** The role of a dated act by its word (a notMeeting match): delivery, validity, deadline, or another act. */
export function roleOfActWord(word: string): DateRole {
  if (/納期|納品|納入|出荷|発送|入荷|配送|着荷|必着|搬入|集荷|お届け|deliver|ship|dispatch|arriv|pick-?up/i.test(word)) return 'delivery';
  if (/有効|適用|改定|値上げ|valid|expir|effective|appl|effect/i.test(word)) return 'validity';
  if (/締|〆|期限|提出|返信|回答|返答|支払|振込|請求|送付|お送り|送信|deadline|due|cut-?off|submit|reply|respond|send|sent|invoice|payment|order date/i.test(word)) return 'deadline';
  return 'other-act';
}

/** The role of the dated-act word of `text` nearest to [start, end), matches overlapping `except` left out. */
export function nearestActRole(text: string, start: number, end: number, except: readonly Span[]): DateRole {
  let best = Infinity;
  let word = '';
  const re = wordsIn('notMeeting', text);
  re.lastIndex = 0;
  for (const m of matchAll(text, re)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (except.some((x) => span.start < x.end && x.start < span.end)) continue;
    const d = distanceToSpans([span], start, end);
    if (d < best) {
      best = d;
      word = m[0];
    }
  }
  return roleOfActWord(word);
}

// The harness the bad-news class files of rounds 32, 34 and 35 share (classes-r3{2,4,5}-news.test.ts; round 36, hyg36:
// each had its own copy). A case is a whole mail, or [mail, part] where the finding must overlap the part (a near miss:
// no bad-news finding there); each class is a table of classTables (refusal-honorific-table.ts), read by every rule as a
// mail to a client on 2026-06-01. The known misses (KNOWN_WRONG: class, side, a part of the case's text) are left out of
// the tables and run as expected failures (a fix shows), and knownMisses() holds that each names exactly one case of its class
// and side.
import { describe, expect, it } from 'vitest';

export type NewsCase = string | [text: string, part: string];
export type KnownWrong = readonly [cls: string, side: 'flagged' | 'clean', part: string];
type Side = 'flagged' | 'clean';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-06-01' };
const text = (c: NewsCase) => (typeof c === 'string' ? c : c[0]);

export function newsTables(known: readonly KnownWrong[], lists: Record<string, Record<Side, NewsCase[]>>) {
  const isKnown = (cls: string, side: Side) => (c: NewsCase) => known.some(([k, s, part]) => k === cls && s === side && text(c).includes(part));
  const unknown = (cls: string, side: Side) => (c: NewsCase) => !isKnown(cls, side)(c);
  /** The class's table for classTables: its known misses run apart, as expected failures. */
  const table = (name: string, cls: string) => ({
    name,
    category: 'bad-news' as const,
    context: CLIENT,
    flagged: lists[cls]!.flagged.filter(unknown(cls, 'flagged')),
    clean: lists[cls]!.clean.filter(unknown(cls, 'clean')),
    known: { flagged: lists[cls]!.flagged.filter(isKnown(cls, 'flagged')), clean: lists[cls]!.clean.filter(isKnown(cls, 'clean')) },
  });
  /** Each known miss names one case of its class and side. */
  const knownMisses = (round: string) =>
    describe(`${round} known misses`, () => {
      it.each(known.map((k) => [...k]))('%s %s names one case: %s', (cls, side, part) => {
        expect(lists[cls]![side as Side].filter((c) => text(c).includes(part))).toHaveLength(1);
      });
    });
  return { table, knownMisses };
}

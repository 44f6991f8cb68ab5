// Round 33 (calendar, issues 9/10): the cases of classes-r33-cases.ts — a date in a request whatever its clause shape,
// periods by name, the span a finding sits on and twin slots, and false alarms. Each case raises exactly the one
// calendar finding it quotes, or none.
import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../node-engine';
import { falseAlarmPositives, falseAlarms, periodNearMisses, periods, requestNearMisses, requests, spanNearMisses, spans, type ClassCase } from './classes-r33-cases';

const engine = nodeEngine();

function quotes(c: ClassCase): string[] {
  return engine
    .analyze({ subject: '', body: c.body, kind: c.kind ?? 'email', context: { recipient: 'client', firstContact: false, now: c.now } })
    .filter((f) => f.category === 'calendar')
    .map((f) => c.body.slice(f.start, f.end));
}

const table = (cases: ClassCase[]) => cases.map((c) => [c.body.replace(/\n/g, ' ⏎ '), c] as const);

const groups = [
  ['a request in any clause shape', requests],
  ['a holiday told, or the reason for another day', requestNearMisses],
  ['periods by name', periods],
  ['periods that stay clean', periodNearMisses],
  ['the span the reader sees, the Tokyo half', spans],
  ['spans that stay clean', spanNearMisses],
  ['false alarms', falseAlarms],
  ['their positives', falseAlarmPositives],
] as const;

/**
 * Cases this round left as they were, each expected to fail (so that a fix shows): a period on a bare label line with
 * no ask ("- Kick-off meeting: mid-August (date to be agreed)"), "sometime in Golden Week", 「GW中のどこかで」, "the week
 * of January 11" (a week whose Monday is a holiday read as that Monday), and a Tokyo half the zone reader does not pair
 * ("(Tokyo 20:30)", 「日本時間 翌1:00」).
 */
const KNOWN_MISSED = [/Kick-off meeting: /, /キックオフ会議：GW中/, /sometime in Golden Week/, /GW中のどこかで/, /\(Tokyo 20:30\)/, /日本時間 翌1:00/];
// Round 34 (clock34): "the week of January 11" is read as the week (a period), no longer as its Monday — fixed.
const KNOWN_FLAGGED: RegExp[] = [];
const known = (c: ClassCase) => (c.quote ? KNOWN_MISSED : KNOWN_FLAGGED).some((re) => re.test(c.body));

for (const [name, cases] of groups) {
  describe(name, () => {
    const kept = cases.filter((c) => !known(c));
    const missed = cases.filter(known);
    it.each(table(kept))('%s', (_n, c) => {
      expect(quotes(c)).toEqual(c.quote ? [c.quote] : []);
    });
    if (missed.length) {
      it.fails.each(table(missed))('known miss: %s', (_n, c) => {
        expect(quotes(c)).toEqual(c.quote ? [c.quote] : []);
      });
    }
  });
}

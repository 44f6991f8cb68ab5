// Round 33 (calendar, issues 9/10): the cases of classes-r33-cases.ts — a date in a request whatever its clause shape,
// periods by name, the span a finding sits on and twin slots, and false alarms. Each case raises exactly the one
// calendar finding it quotes, or none (the harness: class-cases.ts).
import { calendarClassGroups, type ClassCase, type ClassGroup } from './class-cases';
import { falseAlarmPositives, falseAlarms, periodNearMisses, periods, requestNearMisses, requests, spanNearMisses, spans } from './classes-r33-cases';

const groups: ClassGroup[] = [
  ['a request in any clause shape', requests],
  ['a holiday told, or the reason for another day', requestNearMisses],
  ['periods by name', periods],
  ['periods that stay clean', periodNearMisses],
  ['the span the reader sees, the Tokyo half', spans],
  ['spans that stay clean', spanNearMisses],
  ['false alarms', falseAlarms],
  ['their positives', falseAlarmPositives],
];

/**
 * Cases this round left as they were, each expected to fail (so that a fix shows): a period on a bare label line with
 * no ask ("- Kick-off meeting: mid-August (date to be agreed)"), "sometime in Golden Week", 「GW中のどこかで」, "the week
 * of January 11" (a week whose Monday is a holiday read as that Monday), and a Tokyo half the zone reader does not pair
 * (「日本時間 翌1:00」).
 */
// Round 43: "(Tokyo 20:30)" after "17:00 IST" is paired now (a place's name opening the bracket of the restatement) — fixed.
const KNOWN_MISSED = [/Kick-off meeting: /, /キックオフ会議：GW中/, /sometime in Golden Week/, /GW中のどこかで/, /日本時間 翌1:00/];
// Round 34 (clock34): "the week of January 11" is read as the week (a period), no longer as its Monday — fixed.
const KNOWN_FLAGGED: RegExp[] = [];
const known = (c: ClassCase) => (c.quote ? KNOWN_MISSED : KNOWN_FLAGGED).some((re) => re.test(c.body));

calendarClassGroups(groups, known);

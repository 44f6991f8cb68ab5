// Round 34 (calendar, clock34): the cases of classes-r34-clock-cases.ts — numbers read as clock times only where the
// text is about time, day words and dates that only mention a day, and a bare day of the month in a meeting ask. Each
// case raises exactly the one calendar finding it quotes, or none (the harness: class-cases.ts).
import { calendarClassGroups, type ClassGroup } from './class-cases';
import { clockFalseAlarms, clockPositives, mentionNearMisses, mentionPositives, ordinalNearMisses, ordinalPositives } from './classes-r34-clock-cases';

const groups: ClassGroup[] = [
  ['a number that is no clock', clockFalseAlarms],
  ['clock times that stay flagged', clockPositives],
  ['day words and dates only mentioned', mentionNearMisses],
  ['dates proposed, and wrong weekdays', mentionPositives],
  ['a bare day of the month asked for', ordinalPositives],
  ['bare days that stay clean', ordinalNearMisses],
];

calendarClassGroups(groups);

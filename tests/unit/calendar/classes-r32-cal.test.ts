// Round 32 (calendar, issues 9/10): the cases of classes-r32-cases.ts — a deadline date is no meeting slot, a time in
// a zone named in Japanese or by an accented city is converted to Tokyo time, a day named by its place in a closure
// or a run of holidays is the day itself. Each case raises exactly the one calendar finding it quotes, or none
// (the harness: class-cases.ts).
import { calendarClassGroups } from './class-cases';
import { deadlines, runDays, zones } from './classes-r32-cases';

calendarClassGroups([['a deadline is no slot', deadlines], ['zones by any name', zones], ['days by their place in a closure or a run', runDays]]);

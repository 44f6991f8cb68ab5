// Round 36 (fp36, issue 9; round 35's ge-054): a time at which something happened, told in the past — "a rule update we
// deployed at 22:00 JST misclassified your backup job", "the line stopped at 23:40 JST" — is no meeting time outside
// hours, even when the same sentence or the mail goes on to offer a call. Near misses that must stay flagged: the time
// hangs on a verb that proposes (call, meet, propose, "to join"), a passive or future schedule ("is scheduled at"), a
// modal ask, or a move of the meeting to that time.
import { clean, flag, runFpClass, type FpCase } from './classes-r36-fp-table';

const EN = (s: string) => `Dear Ms. Ishida,\n\n${s}\n\nWith apologies,\nDaniel Reyes`;
const CALL = ' I would like to call you this week to explain what we are changing.';

const cases: FpCase[] = [
  clean(EN(`A rule update we deployed at 22:00 JST misclassified your nightly backup job; the rule has been rolled back.${CALL}`)),
  clean(EN(`A rule update we deployed at 22:00 JST misclassified your nightly backup job, and I would like to call you this week.`)),
  clean(EN(`The line stopped at 23:40 JST because a sensor failed; I would like to call you tomorrow to explain.`)),
  clean(EN(`Our server restarted at 3:10 JST and the queue was lost, so I would like to call you this week.`)),
  clean(EN(`The courier arrived at 20:30 JST, after your warehouse had closed, and I would like to visit you this week to apologise.`)),
  clean(EN(`Our engineer finished at 21:15 JST and left the unit running; could we call you this week to go through it?`)),
  clean(EN(`We received your files at 19:45 JST yesterday.${CALL}`)),
  clean(EN(`The outage began at 6:20 JST and was fixed by 7:05 JST.${CALL}`)),
  clean(EN(`A patch we released at 23:00 JST broke the login page; I would like to visit your office this week.`)),
  clean(EN(`The alarm went off at 4:30 JST and your on-call team answered it.${CALL}`)),
  clean(EN(`Our technician logged in at 22:30 JST and restarted the service.${CALL}`)),
  clean(EN(`The shipment left our warehouse at 19:00 JST, and I would like to call you to confirm the new arrival date.`)),
  clean(EN(`The truck reached your dock at 6:45 JST, before your receiving team started.${CALL}`)),
  clean(EN(`We noticed the error around 21:00 JST and stopped the job.${CALL}`)),
  clean(EN(`The script ran at 2:00 JST and deleted the wrong folder; I would like to call you today.`)),
  clean(EN(`Your order was confirmed by our system, which sent the notice at 23:55 JST.${CALL}`)),
  // Near misses: the time is the meeting's.
  flag(EN('Could we have a call on Thursday, July 16 at 22:00 JST?'), '22:00 JST'),
  flag(EN('I would like to call you on Thursday, July 16 at 20:00 JST.'), '20:00 JST'),
  flag(EN('I wanted to propose a call on Thursday, July 16 at 21:00 JST.'), '21:00 JST'),
  flag(EN('We would like to meet you on Thursday, July 16 at 7:00 JST.'), '7:00 JST'),
  flag(EN('Would Thursday, July 16 at 19:30 JST work for a short call?'), '19:30 JST'),
  flag(EN('Shall we meet at your office on Thursday, July 16 at 8:00?'), '8:00'),
  flag(EN('The review call is scheduled on Thursday, July 16 at 22:00 JST; please let me know if that suits you.'), '22:00 JST'),
  flag(EN('Our team will call you on Thursday, July 16 at 21:30 JST to go through the changes.'), '21:30 JST'),
  flag(EN('Can we talk on Thursday, July 16 at 23:00 JST?'), '23:00 JST'),
  flag(EN('Could our engineer join a call with your team on Thursday, July 16 at 20:00 JST?'), '20:00 JST'),
  flag(EN('I have booked a call for Thursday, July 16 at 22:00 JST; please let me know if that works for you.'), '22:00 JST'),
  flag(EN('Let us meet on Thursday, July 16 at 7:30 JST at your office.'), '7:30 JST'),
  flag(EN('We hoped to visit your plant on Thursday, July 16 at 19:00; would that be possible?'), '19:00'),
  flag(EN('Please join our online briefing on Thursday, July 16 at 21:00 JST.'), '21:00 JST'),
  flag(EN('May I call you on Thursday, July 16 at 6:30 JST?'), '6:30 JST'),
  flag(EN('We are planning a call on Thursday, July 16 at 22:30 JST; does that suit your team?'), '22:30 JST'),
];

runFpClass('r36 a time something happened at is no meeting time (en)', 'calendar', cases, '2026-07-08');

// Clean meeting mail that a calendar rule must leave alone, by class (issue 11, round 4): a day named only to
// be turned down, a public event announced (a webinar, a trade fair), a system that opens or stops, history
// introduced by "following our call", attendees named as "my colleague Tom and I", and English ranges chrono
// reads as one day ("December 28–30", "between December 28 and 30"). Each class keeps near misses that are
// still flagged. Every case is our own writing.
import { describe } from 'vitest';
import { run } from './case-table';

// 2027-03-01 is a Monday; 3/6 and 3/13 are Saturdays, 3/7 a Sunday.
describe('a day named to be turned down is not offered', () => {
  run([
    { now: '2027-03-01', body: 'We would prefer not to meet on a Sunday, so how about Monday, March 8 at 10am?', expect: [] },
    { now: '2027-03-01', body: 'Rather than Saturday, could we meet on Tuesday, March 9 at 2pm?', expect: [] },
    { now: '2027-03-01', body: 'Instead of Sunday, March 7, would Monday, March 8 at 10am work for the call?', expect: [] },
    { now: '2027-03-01', body: 'Thank you for suggesting Saturday, March 6, but could we meet on Tuesday, March 9 at 2pm instead?', expect: [] },
    { now: '2027-03-01', body: '3月6日（土）ではなく、3月9日（火）14時にお打ち合わせはいかがでしょうか。', expect: [] },
    { now: '2027-03-01', body: 'Since the 6th is a Saturday, let us meet on Monday the 8th at 10am instead.', expect: [] },
    { now: '2027-03-01', body: 'As Saturday, March 6 is not convenient for our team, may we propose Monday, March 8 at 10:00?', expect: [] },
    // Near misses: the weekend day itself offered, in a question of its own.
    { now: '2027-03-01', body: 'Could we meet on Saturday, March 6 at 10am?', expect: [['meeting-on-weekend', 'Saturday, March 6']] },
    { now: '2027-03-01', body: '3月6日（土）14時にお打ち合わせはいかがでしょうか。', expect: [['meeting-on-weekend', '3月6日（土）']] },
  ]);
});

describe('a public event or a system date is not a meeting slot', () => {
  run([
    { now: '2027-03-01', body: 'Our webinar on supply-chain security takes place on Saturday, March 13 at 8pm JST; registration is free.', expect: [] },
    { now: '2027-03-01', body: 'We will exhibit at FOODEX Japan on Sunday, March 7. Please stop by our booth.', expect: [] },
    { now: '2027-03-01', body: 'The seminar will be held on Saturday, March 13, from 1pm.', expect: [] },
    { now: '2027-03-01', body: '3月7日（日）の展示会に出展いたします。ぜひブースにお立ち寄りください。', expect: [] },
    { now: '2027-03-01', body: 'The training portal opens on Sunday, March 7.', expect: [] },
    { now: '2027-03-01', body: '3月6日（土）はシステム点検のため、ログインできません。', expect: [] },
    { now: '2027-03-01', body: 'I fly back on Saturday, March 13, so Friday, March 12 at 3pm would be the last chance to meet.', expect: [] },
    { now: '2027-03-01', body: '3月7日（日）に帰国いたしますので、3月5日（金）15時にお伺いできればと存じます。', expect: [] },
    { now: '2026-08-24', body: 'Our repair workshop will move to Tokorozawa on 1 November; our manager would like to visit you in September.', expect: [] },
    { now: '2026-08-24', body: 'Could we move the meeting to Sunday, 1 November at 10am?', expect: [['meeting-on-weekend', 'Sunday, 1 November']] },
    { now: '2026-04-20', body: 'Our Japan representative, Mr. Sun, would like to call you tomorrow. Would the morning be convenient?', expect: [] },
    { now: '2026-04-20', body: 'Could we have the call on Sun, April 26 at 10am?', expect: [['meeting-on-weekend', 'Sun, April 26']] },
    // Near misses: a meeting at the event offered, a video conference suggested, an inspection visit.
    { now: '2027-03-01', body: 'Could we meet at our booth on Sunday, March 7 at 11am?', expect: [['meeting-on-weekend', 'Sunday, March 7']] },
    { now: '2027-03-01', body: 'Our director has suggested Saturday, March 6 at 10am for a video conference.', expect: [['meeting-on-weekend', 'Saturday, March 6']] },
    { now: '2027-03-01', body: '3月6日（土）に設備の点検に伺ってもよろしいでしょうか。', expect: [['meeting-on-weekend', '3月6日（土）']] },
  ]);
});

describe('history introduced by "following our call"', () => {
  run([
    { now: '2027-03-01', body: 'Following our call on Sunday, I have attached the minutes.', expect: [] },
    { now: '2027-03-01', body: 'Further to your visit on Saturday, February 27, here is the revised quote.', expect: [] },
    { now: '2027-03-01', body: 'Could we have a follow-up call on Sunday, March 7 at 10am?', expect: [['meeting-on-weekend', 'Sunday, March 7']] },
  ]);
});

describe('a first meeting that names who attends in other words', () => {
  run([
    { now: '2027-03-01', recipient: 'prospect', body: 'My colleague Tom and I would like to visit you for a first meeting on Thursday, March 11 at 3pm.', expect: [] },
    { now: '2027-03-01', recipient: 'prospect', body: 'The two of us would like to visit you for a first meeting on Thursday, March 11 at 3pm.', expect: [] },
    { now: '2027-03-01', recipient: 'prospect', body: 'I will visit together with our sales director for our first meeting on Thursday, March 11 at 3pm.', expect: [] },
    {
      now: '2027-03-01', recipient: 'prospect', body: 'I would like to visit you for a first meeting on Thursday, March 11 at 3pm.',
      expect: [['first-meeting-attendees', 'Thursday, March 11 at 3pm']],
    },
    {
      now: '2027-03-01', recipient: 'prospect', body: 'Thank you, and I would like to visit you for a first meeting on Thursday, March 11 at 3pm.',
      expect: [['first-meeting-attendees', 'Thursday, March 11 at 3pm']],
    },
  ]);
});

// 2026-12-01: 12/29–1/3 is the year-end closure; 12/21–25 are weekdays.
describe('English ranges chrono reads as one day', () => {
  run([
    { now: '2026-12-01', body: 'We could meet December 28–30 for the review.', expect: [['meeting-on-holiday', 'December 28–30']] },
    { now: '2026-12-01', body: 'We could visit you December 28 – 30.', expect: [['meeting-on-holiday', 'December 28 – 30']] },
    { now: '2026-12-01', body: 'Could we meet any day between December 28 and 30?', expect: [['meeting-on-holiday', 'December 28 and 30']] },
    { now: '2026-12-01', body: 'Could we meet any day December 21–25?', expect: [] },
    { now: '2026-12-01', body: 'Could we meet any day between December 21 and 25?', expect: [] },
    { now: '2026-12-01', body: 'Our office is closed December 29–31.', expect: [] },
    // A time range on one day stays a time range.
    { now: '2026-12-01', body: 'Could we meet on December 22 at 10–11am?', expect: [] },
  ]);
});

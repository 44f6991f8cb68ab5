// Round 17 (r17-cal): a proposal that names its day's holiday as the day's label, a day of 来月/今月 with a
// weekday that does not fit, and the day-first dotted dates of continental European writers — each with our
// own wordings that must be flagged and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2027-06-07 is a Monday. July 19, 2027 is 海の日 (Marine Day); July 20 a Tuesday; April 29, 2027 昭和の日 (a
// Thursday); February 11 建国記念の日 (Thursday). 2027-07-05 is a Monday, 2027-08-02 a Monday.
const jun = '2027-06-07';
const HOL = 'meeting-on-holiday';
const WDM = 'weekday-mismatch';

describe('H1: a holiday named as the proposed day\'s label does not excuse the proposal', () => {
  run([
    { now: jun, body: 'Could we visit your plant on Marine Day, July 19, at 10:00?', expect: [[HOL, 'Marine Day, July 19']] },
    { now: jun, body: 'Would July 19 (Marine Day) at 14:00 JST suit you for the kick-off?', expect: [[HOL, 'July 19']] },
    { now: jun, body: 'Shall we hold the review on National Foundation Day, February 11, 2028 at 10:00?', expect: [[HOL, 'National Foundation Day, February 11, 2028']] },
    { now: jun, body: '海の日の7月19日（月）10時から、貴社工場にお伺いしてもよろしいでしょうか。', expect: [[HOL, '海の日の7月19日（月）']] },
    { now: jun, body: '7月19日（海の日）の14時からお打ち合わせをお願いできますでしょうか。', expect: [[HOL, '7月19日']] },
    // Clean: the holiday as a closure, a day placed after it, the day the client chose, a plant that runs.
    { now: jun, body: 'Our office is closed on Marine Day, July 19; could we meet on Tuesday, July 20 at 10:00 instead?', expect: [] },
    { now: jun, body: 'The day after Marine Day, July 20, at 10:00 would suit us for the visit.', expect: [] },
    { now: jun, body: '海の日（7月19日）明けの7月20日（火）10時からはいかがでしょうか。', expect: [] },
    { now: jun, body: '7月19日（海の日）は休業日のため、7月20日（火）10時からでいかがでしょうか。', expect: [] },
    { now: jun, body: 'Please note that July 19 is Marine Day, a public holiday in Japan.', expect: [] },
  ]);
});

describe('H2: a day of 来月/今月 keeps its month; a weekday that does not fit it is pointed out', () => {
  run([
    { now: jun, body: '来月5日（火）10時からはいかがでしょうか。', expect: [[WDM, '来月5日（火）']] },
    { now: jun, body: '来月2日（火）の午後、お電話でお話しできますでしょうか。', expect: [[WDM, '来月2日（火）']] },
    { now: jun, body: '今月9日（木）14時に貴社へ伺います。', expect: [[WDM, '今月9日（木）']] },
    { now: jun, body: '来月5日（月）10時からはいかがでしょうか。', expect: [] },
    { now: jun, body: '今月9日（水）14時に貴社へ伺います。', expect: [] },
  ]);
});

describe('H3: day-first dotted dates (29.04., 19.07.2027) are dates', () => {
  run([
    { now: jun, body: 'Would 19.07. at 10:00 work for a visit to your plant?', expect: [[HOL, '19.07.']] },
    { now: jun, body: 'Could we meet on 29.04.2028 at 14:00 JST?', expect: [[HOL, '29.04.2028']] },
    { now: jun, body: 'We propose the audit on Wed, 10.07.27 from 10:00.', expect: [[WDM, 'Wed, 10.07.27']] },
    // Clean: decimals, versions, amounts and a working day.
    { now: jun, body: 'Could we meet on 20.07. at 10:00 to discuss version 2.1.4 and the 3.5 % discount?', expect: [] },
    { now: jun, body: 'The unit price is EUR 12.05. Could we call on Tuesday, July 20 at 10:00 JST?', expect: [] },
    { now: jun, body: 'Release 4.05.1 ships next week; could we meet on 06.07. at 11:00?', expect: [] },
  ]);
});

// 2027: Golden Week's holidays end on Wednesday May 5 (no substitute), so the Monday after it is May 10 and the
// Thursday after it May 6; Obon ends on Monday August 16, so the Tuesday after it is August 17.
const apr = '2027-04-12';
const jul = '2027-07-01';

describe('H4: "the <weekday> after Golden Week / Obon" is that weekday after the closure, not the next one from today', () => {
  run([
    { now: apr, body: 'When: the Monday after Golden Week (May 10, 2027), 14:00–15:30 JST', expect: [] },
    { now: apr, body: 'Could we meet on the Monday after Golden Week at 10:00? Our engineer will join.', expect: [] },
    { now: apr, body: 'Could we meet on the Thursday right after Golden Week at 10:00?', expect: [] },
    { now: jul, body: 'Could we visit you on the Tuesday after Obon at 14:00?', expect: [] },
    { now: apr, body: 'Could we meet on the Monday after Golden Week (May 11) at 10:00?', expect: [[WDM, 'the Monday after Golden Week (May 11)']] },
    { now: apr, body: 'Could we meet on Monday, May 3 at 10:00?', expect: [[HOL, 'Monday, May 3']] },
  ]);
});

describe('H5: Golden Week or Obon named only as the writer\'s own trip does not excuse a date inside it', () => {
  run([
    { now: apr, body: 'I will be in Japan for Golden Week, so I propose to visit your office on 4/29 at 11:00.', expect: [[HOL, '4/29']] },
    { now: jul, body: "We'll be in Osaka during Obon, so could we visit you on August 13 at 10:00?", expect: [[HOL, 'August 13']] },
    { now: apr, body: "I'm in Tokyo over Golden Week — could we meet on May 4 at 15:00?", expect: [[HOL, 'May 4']] },
    // Clean: the closure known and worked around.
    { now: apr, body: 'I know your office is closed during Golden Week, so could we meet on May 6 at 10:00?', expect: [] },
    { now: apr, body: 'I will be in Japan for Golden Week; since your office is closed then, could we meet on May 6 at 10:00?', expect: [] },
  ]);
});

// Round 13b (r13b-cal): the calendar classes of /work/CLASSES-r13b.md, each with our own wordings that must be
// flagged and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2027-04-12 is a Monday.
const apr = '2027-04-12';

describe('G2: a day of the month before its month\'s name is no clock ("from 1 July")', () => {
  run([
    { now: apr, body: 'I am writing about the price of our malt extract from 1 July.', expect: [] },
    { now: apr, body: 'The new rates apply from 1 June, and we will hold the old price for orders placed before then.', expect: [] },
    { now: apr, body: 'From 1 October the surcharge will be 3%, as explained in the attached letter.', expect: [] },
    { now: apr, body: 'Our revised price list takes effect from 15 September for all grades of resin.', expect: [] },
    { now: apr, body: 'Please note that the minimum order quantity changes from 2 August.', expect: [] },
    { now: apr, body: 'The warehouse will accept deliveries again from 6 May, after the holidays.', expect: [] },
    { now: apr, body: 'Our director would like to visit you in May to explain the new price from 1 July.', expect: [] },
    { now: apr, body: 'We would be glad to meet your team to go through the terms that apply from 1 August.', expect: [] },
    // Still flagged: a real slot outside business hours.
    { now: apr, body: 'Could we have a call on Thursday, 1 July at 7:00?', expect: [['outside-business-hours', 'Thursday, 1 July at 7:00']] },
    { now: apr, body: 'Would 8pm on Friday, 2 July work for a short call?', expect: [['outside-business-hours', '8pm on Friday, 2 July']] },
    { now: apr, body: '7月1日（木）19時からお打ち合わせをお願いできますでしょうか。', expect: [['outside-business-hours', '7月1日（木）19時']] },
  ]);
});

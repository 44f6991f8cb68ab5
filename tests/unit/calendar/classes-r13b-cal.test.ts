// Round 13b (r13b-cal): the calendar classes of /work/CLASSES-r13b.md, each with our own wordings that must be
// flagged and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2027-04-12 is a Monday. 5/3 (Mon), 5/4 (Tue), 5/5 (Wed) are Golden Week holidays, 7/19 (Mon) Marine Day, 8/11 (Wed)
// Mountain Day; 5/6 (Thu), 5/7 (Fri), 7/20 (Tue), 8/12 (Thu) working days.
const apr = '2027-04-12';

describe('L8: a slot offered as our availability on a holiday, even with the holiday named', () => {
  run([
    { now: apr, body: '出張が重なっており、連休中の5月4日（火）でしたら10時から貴社へお伺いできます。', expect: [['meeting-on-holiday', '5月4日（火）']] },
    { now: apr, body: 'ゴールデンウィーク中ですが、5月3日（月）の午後であれば御社にお伺いできます。', expect: [['meeting-on-holiday', '5月3日（月）']] },
    { now: apr, body: '祝日ではございますが、7月19日（月）でしたら弊社エンジニアがお打ち合わせに参加可能です。', expect: [['meeting-on-holiday', '7月19日（月）']] },
    { now: apr, body: '山の日の8月11日（水）14時からでしたら、オンラインでご説明できます。', expect: [['meeting-on-holiday', '山の日の8月11日（水）']] },
    { now: apr, body: 'During Golden Week, I could come on Tuesday 4 May at 10:00 if that works.', expect: [['meeting-on-holiday', 'Tuesday 4 May']] },
    { now: apr, body: 'Although it is a holiday, we could visit your office on Monday, July 19 if that suits you.', expect: [['meeting-on-holiday', 'Monday, July 19']] },
    { now: apr, body: 'I know it is during the holidays, but I can come on Wednesday 5 May at 2pm if that is convenient.', expect: [['meeting-on-holiday', 'Wednesday 5 May']] },
    // Near misses: a business day; the client's own choice; a closure notice; a shipment.
    { now: apr, body: '連休明けの5月6日（木）でしたら10時から貴社へお伺いできます。', expect: [] },
    { now: apr, body: 'During Golden Week, I could come on Thursday 6 May at 10:00 if that works.', expect: [] },
    { now: apr, body: 'ご希望のとおり、連休中の5月4日（火）10時に貴社へお伺いいたします。', expect: [] },
    { now: apr, body: 'As you requested, I will come to your office on Tuesday 4 May, during Golden Week.', expect: [] },
    { now: apr, body: '連休中の5月4日（火）は休業いたしますので、ご了承ください。', expect: [] },
    { now: apr, body: 'Our office is closed for the holidays on Tuesday 4 May.', expect: [] },
  ]);
});

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

// Round 21 (meet): classes named from set U's calendar misses and false alarms, each with our own wordings in many
// shapes (the first twelve or more of each table) and the near misses that must stay as they are (after the comment).
import { describe } from 'vitest';
import { run } from './case-table';

const FMA = 'first-meeting-attendees';
const OBH = 'outside-business-hours';
const WKD = 'meeting-on-weekend';
// 2027-05-24 is a Monday; June 9, 2027 a Wednesday. Europe is on summer time in June (Paris UTC+2, Helsinki UTC+3),
// Sydney on standard time (UTC+10); Vietnam is UTC+7, China and Taiwan UTC+8, India UTC+5:30, Mexico City UTC−6.
const may = '2027-05-24';

describe('a time zone named in any language (giờ Việt Nam, 北京时间, heure de Paris, MEZ, Helsinki time) is read as that zone', () => {
  run([
    { now: may, body: 'Could we have the call on Wednesday, June 9, 2027 at 16:30 (giờ Việt Nam)?', expect: [[OBH, 'Wednesday, June 9, 2027 at 16:30 (giờ Việt Nam)']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9, 2027 at 16:30 giờ Hà Nội?', expect: [[OBH, 'Wednesday, June 9, 2027 at 16:30 giờ Hà Nội']] },
    { now: may, body: 'Would a video call on Wednesday, June 9 at 北京时间 17:30 work for you?', expect: [[OBH, 'Wednesday, June 9 at 北京时间 17:30']] },
    { now: may, body: 'Could we meet online on Wednesday, June 9 at 17:30 台灣時間?', expect: [[OBH, 'Wednesday, June 9 at 17:30 台灣時間']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 14:00 heure de Paris?', expect: [[OBH, 'Wednesday, June 9 at 14:00 heure de Paris']] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 16:30 (heure du Vietnam)?', expect: [[OBH, 'Wednesday, June 9 at 16:30 (heure du Vietnam)']] },
    { now: may, body: 'Could we hold the review on Wednesday, June 9 at 13:00 MEZ?', expect: [[OBH, 'Wednesday, June 9 at 13:00 MEZ']] },
    { now: may, body: 'Could we hold the review on Wednesday, June 9 at 12:00 Helsinki time?', expect: [[OBH, 'Wednesday, June 9 at 12:00 Helsinki time']] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 8:00 Sydney time?', expect: [[OBH, 'Wednesday, June 9 at 8:00 Sydney time']] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 10:00 (hora de Ciudad de México)?', expect: [[OBH, 'Wednesday, June 9 at 10:00 (hora de Ciudad de México)']] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 14:00 (ora Italia)?', expect: [[OBH, 'Wednesday, June 9 at 14:00 (ora Italia)']] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 13:00 Mitteleuropäische Zeit?', expect: [[OBH, 'Wednesday, June 9 at 13:00 Mitteleuropäische Zeit']] },
    { now: may, body: '6月9日（水）16:30（越南时间）からオンラインでお打ち合わせをお願いできますでしょうか。', expect: [[OBH, '6月9日（水）16:30（越南时间）']] },
    { now: may, body: 'When / 日時: Wednesday, June 9, 2027 / 2027年6月9日（水） 16:30 (giờ Việt Nam)\nWhere: Google Meet', kind: 'meeting-invite', expect: [[OBH, 'Wednesday, June 9, 2027 / 2027年6月9日（水） 16:30 (giờ Việt Nam)']] },
    // Near misses: the same zones at hours that are Tokyo's working day, and frames that name no zone.
    { now: may, body: 'Could we have the call on Wednesday, June 9, 2027 at 9:30 (giờ Việt Nam)?', expect: [] },
    { now: may, body: 'Would a video call on Wednesday, June 9 at 北京时间 10:00 work for you?', expect: [] },
    { now: may, body: 'Could we have the call on Wednesday, June 9 at 8:00 heure de Paris?', expect: [] },
    { now: may, body: 'Could we hold the review on Wednesday, June 9 at 10:00 Helsinki time?', expect: [] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 18:00 (hora de Ciudad de México)?', expect: [] },
    { now: may, body: 'Could we meet on Wednesday, June 9 at 14:00 (heure de pointe permitting)?', expect: [] },
    { now: may, body: 'Could we meet on Wednesday, June 9 at 10:00? Please act now if the date suits you.', expect: [] },
    { now: may, body: 'Could we talk on Wednesday, June 9 at 15:00 (hora de llegada del equipo)?', expect: [] },
  ]);
});

// 2026-09-07 is a Monday: Saturday 12 and Sunday 13 September, Saturday 14 November 2026.
const sep = '2026-09-07';

describe('a weekend date of an event called off is no meeting proposed', () => {
  run([
    { now: sep, body: 'I am very sorry to let you know that we have to cancel the wine tasting planned at your store this Saturday, 12 September.', expect: [] },
    { now: sep, body: 'The winemaker dinner on Saturday, 14 November at your Kyoto store is off.', expect: [] },
    { now: sep, body: 'Unfortunately the product seminar on Sunday, 13 September will not go ahead.', expect: [] },
    { now: sep, body: 'We have decided to call off the factory tour on Saturday, September 12.', expect: [] },
    { now: sep, body: 'Our booth demo on Saturday, 12 September has been cancelled because of the typhoon.', expect: [] },
    { now: sep, body: 'Please note that the tasting session on Sat 12 Sep is cancelled.', expect: [] },
    { now: sep, body: 'The Saturday, September 12 workshop is no longer taking place.', expect: [] },
    { now: sep, body: 'We are postponing the open house on Sunday, 13 September; a new date will follow.', expect: [] },
    { now: sep, body: '9月12日（土）の試飲会は、台風の接近により中止とさせていただきます。', expect: [] },
    { now: sep, body: '9月13日（日）に予定しておりました工場見学会は、見送らせていただくことになりました。', expect: [] },
    { now: sep, body: '誠に恐縮ながら、9月12日（土）の説明会はキャンセルとさせていただきます。', expect: [] },
    { now: sep, body: 'We regret that the customer event on Saturday 12 September has to be scrapped.', expect: [] },
    { now: sep, body: 'One piece of advice, since I would hate to see you lose out: prices go up on Saturday, October 3.', expect: [] },
    // Near misses: a weekend day proposed beside the event called off, or as the day it is moved to.
    { now: sep, body: 'We had to cancel Friday\'s tasting; could we hold it on Saturday, 12 September at 14:00 instead?', expect: [[WKD, 'Saturday, 12 September']] },
    { now: sep, body: 'The Friday visit is off, so would Saturday, September 12 at 10:00 suit you for the meeting?', expect: [[WKD, 'Saturday, September 12']] },
    { now: sep, body: 'Could we meet on Saturday, 12 September at 11:00?', expect: [[WKD, 'Saturday, 12 September']] },
    { now: sep, body: 'Shall we move the tasting to Saturday, 12 September at 15:00?', expect: [[WKD, 'Saturday, 12 September']] },
    { now: sep, body: '金曜日の試飲会は中止となりましたので、代わりに9月12日（土）14時にお伺いしてもよろしいでしょうか。', expect: [[WKD, '9月12日（土）']] },
    { now: sep, body: 'Would Sunday, 13 September at 10:00 work for a call with our engineers?', expect: [[WKD, 'Sunday, 13 September']] },
    { now: sep, body: 'We look forward to seeing you at the tasting on Saturday, 12 September.', expect: [[WKD, 'Saturday, 12 September']] },
    { now: sep, body: 'See you on Saturday, 12 September at 10:00 at your store.', expect: [[WKD, 'Saturday, 12 September']] },
  ]);
});

const feb = '2027-02-22';

describe('a first meeting without attendees is underlined on its proposed slot', () => {
  run([
    { now: feb, recipient: 'prospect', firstContact: true, kind: 'meeting-invite', body: 'Proposed: Wednesday, March 10, 2027, 15:00–16:00 JST\nLocation: your head office\n\nDear Mr. Nakagawa,\n\nIf the time above is convenient, we would be glad to visit and bring samples.', expect: [[FMA, 'Wednesday, March 10, 2027, 15:00–16:00 JST\nLocation: your head office\n\nDear Mr. Nakagawa,\n\nIf the time above is convenient, we would be glad to visit and bring samples.']] },
    { now: feb, recipient: 'prospect', body: 'I would like to propose an introductory meeting on Wednesday, March 10 at 15:00 JST.', expect: [[FMA, 'Wednesday, March 10 at 15:00 JST']] },
    { now: feb, recipient: 'prospect', body: 'We would be glad to visit your plant for a first meeting on Thursday, March 11, 2027 at 10:00.', expect: [[FMA, 'Thursday, March 11, 2027 at 10:00']] },
    { now: feb, recipient: 'prospect', body: 'We will be at the fair in March and would like to meet you at our booth on Thursday, March 11, at 11:00 for a first discussion.', expect: [[FMA, 'Thursday, March 11, at 11:00']] },
    { now: feb, recipient: 'prospect', kind: 'meeting-invite', body: '初回のお打ち合わせを、3月10日（水）15時からお願いできますでしょうか。', expect: [[FMA, '3月10日（水）15時']] },
    { now: feb, recipient: 'prospect', kind: 'meeting-invite', body: '3月11日（木）10:00〜11:00に、初回のご挨拶として貴社へお伺いしたく存じます。', expect: [[FMA, '3月11日（木）10:00〜11:00']] },
    { now: feb, recipient: 'prospect', body: 'Could we set up a first call on Tue 9 March at 10:00 JST to walk you through the platform?', expect: [[FMA, 'Tue 9 March at 10:00 JST']] },
    { now: feb, recipient: 'prospect', body: 'As discussed, we would like to propose an introductory meeting at 14:00 on Wednesday, March 10.', expect: [[FMA, '14:00 on Wednesday, March 10']] },
    { now: feb, recipient: 'prospect', firstContact: true, kind: 'meeting-invite', body: 'Date: Tuesday, March 9, 2027, 10:00–11:00 JST\n\nDear Ms. Aoki,\n\nPlease let us know if this time works for an introductory meeting.', expect: [[FMA, 'Date: Tuesday, March 9, 2027, 10:00–11:00 JST\n\nDear Ms. Aoki,\n\nPlease let us know if this time works for an introductory meeting.']] },
    { now: feb, recipient: 'prospect', body: 'Would Friday, March 12 at 13:30 suit you for a first meeting at your office?', expect: [[FMA, 'Friday, March 12 at 13:30']] },
    { now: feb, recipient: 'prospect', kind: 'meeting-invite', body: '初めてのお打ち合わせですが、3月12日（金）13時30分からはいかがでしょうか。', expect: [[FMA, '3月12日（金）13時30分']] },
    { now: feb, recipient: 'prospect', body: 'For an initial meeting, we could visit you on Monday, March 15, 2027 at 9:30.', expect: [[FMA, 'Monday, March 15, 2027 at 9:30']] },
    // Near misses: who attends is said, a follow-up, no date, and a sentence about prices, not a meeting.
    { now: feb, recipient: 'prospect', body: 'I would like to propose an introductory meeting on Wednesday, March 10 at 15:00 JST. Our sales director, Aya Mori, will join me.', expect: [] },
    { now: feb, recipient: 'prospect', body: 'Following up on our last meeting, could we meet again on Wednesday, March 10 at 15:00 JST?', expect: [] },
    { now: feb, recipient: 'prospect', body: 'We would welcome a first meeting whenever convenient for you.', expect: [] },
    { now: feb, recipient: 'prospect', body: 'Thank you for seeing our demo last week. One piece of friendly advice, since I would hate to see you lose out: our list prices go up 18% on April 1, and anything not signed by March 31 will be re-quoted.', expect: [] },
    { now: feb, recipient: 'prospect', body: 'I would hate to see you miss the April 1 price change; the new list is attached.', expect: [] },
    { now: feb, recipient: 'client', body: 'Could we hold our regular review on Wednesday, March 10 at 15:00 JST?', expect: [] },
    { now: feb, recipient: 'prospect', kind: 'meeting-invite', body: '初回のお打ち合わせを、3月10日（水）15時からお願いできますでしょうか。当日は弊社より営業部長の高橋と担当の松本がお伺いいたします。', expect: [] },
    { now: feb, recipient: 'prospect', body: 'We hope to see you succeed with the launch on April 1.', expect: [] },
  ]);
});

const HOL = 'meeting-on-holiday';
// 2027: Golden Week's holidays are April 29 and May 3–5; Obon is taken as August 13–16; the year-end closure
// runs from December 29 to January 3.
const apr = '2027-04-12';
const jul = '2027-07-20';
const dec = '2027-12-06';

describe('a closure period named as the span the proposed day lies in (お盆期間中の, during Obon, the Monday of Golden Week) still proposes that day', () => {
  run([
    { now: jul, body: 'お盆期間中の8月13日（金）10時に貴社へお伺いしてもよろしいでしょうか。', expect: [[HOL, '8月13日（金）']] },
    { now: jul, body: 'お盆の8月16日（月）14時からお打ち合わせをお願いできますでしょうか。', expect: [[HOL, '8月16日（月）']] },
    { now: dec, body: '年末年始の12月30日（木）10時にご挨拶に伺ってもよろしいでしょうか。', expect: [[HOL, '12月30日（木）']] },
    { now: apr, body: 'ゴールデンウィーク中の5月4日（火）15時にオンライン会議はいかがでしょうか。', expect: [[HOL, '5月4日（火）']] },
    { now: apr, body: 'GW期間中の5月4日（火）10時に貴社へお伺いしてもよろしいでしょうか。', expect: [[HOL, '5月4日（火）']] },
    { now: apr, body: 'Could we meet on the Monday of Golden Week, May 3, at 10:00?', expect: [[HOL, 'May 3']] },
    { now: jul, body: 'Could we visit your plant during Obon, on August 13 at 10:00?', expect: [[HOL, 'August 13']] },
    { now: dec, body: 'Could we visit you during the year-end holidays, on December 29 at 10:00?', expect: [[HOL, 'December 29']] },
    { now: apr, body: 'Would a call during Golden Week, on May 4 at 11:00 JST, work for you?', expect: [[HOL, 'May 4']] },
    { now: jul, body: 'Could we meet on the Friday of Obon, August 13, at 15:00?', expect: [[HOL, 'August 13']] },
    { now: dec, body: 'Could we hold the review over the New Year holidays, on January 2 at 10:00?', expect: [[HOL, 'January 2']] },
    { now: dec, body: 'Would you be free for a short call on December 30 at 14:00?', expect: [[HOL, 'December 30']] },
    // Near misses: the closure placed before or after the day, named as the reader's or the writer's closure.
    { now: apr, body: 'I know your office is closed during Golden Week, so could we meet on May 6 at 10:00?', expect: [] },
    { now: jul, body: 'Could we visit your plant after Obon, on August 17 at 10:00?', expect: [] },
    { now: jul, body: 'お盆明けの8月17日（火）10時に貴社へお伺いしてもよろしいでしょうか。', expect: [] },
    { now: dec, body: '年末年始休業明けの1月4日（火）10時からお打ち合わせをお願いできますでしょうか。', expect: [] },
    { now: dec, body: '弊社は12月29日（水）から1月3日（月）まで年末年始のお休みをいただきます。', expect: [] },
    { now: apr, body: 'Our office is closed during Golden Week (April 29 to May 5); we will reply from May 6.', expect: [] },
    { now: jul, body: 'Please note that our plant is closed during Obon, from August 13 to 16.', expect: [] },
    { now: apr, body: 'Could we meet in the week after Golden Week, on Monday, May 10 at 10:00?', expect: [] },
  ]);
});

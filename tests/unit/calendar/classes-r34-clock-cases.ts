// Round 34 (calendar, clock34): dates and times read from numbers and day words — the false alarms and misses of the
// round-33 sets as classes, in wordings of our own (ja, en), each with near misses that must stay clean.
// classes-r34-clock.test.ts runs them. 2026 holidays: 1/12, 2/11, 2/23, 3/20, 4/29, 5/4–6, 7/20, 8/11, 9/21–23, 10/12,
// 11/3, 11/23; closures 4/29–5/5, 8/13–8/16, 12/29–1/3.
import { neg, pos, type ClassCase } from './class-cases';
import { enNishimura as EN, jaNishimura as JA } from '../mail-wrappers';

// ————— Class 1: a number read as a clock time. Numbers become clock times only where the text is about time (a
// preposition of time, am/pm, 時, a zone, a range of times, a date with them); a measure, a tolerance, a rate, a price,
// a version or a section number is no clock — not even after "at".
const MEASURE_SENTENCES = [
  'Our inspection found the bore at Ø22.94 mm against the drawing tolerance of Ø23.00 −0.02 mm.',
  'The shaft is specified as 18.00 −0.05 mm on the latest drawing.',
  'The fans run at a maximum of 38 dB(A) at 3 m, well under your limit.',
  'At 5 m the reading stays within 1 dB of the reference.',
  'The conveyor is set at 14.30 m/min for the trial run.',
  'We can offer the bracket at 22.50 per unit for orders above 5,000 pcs.',
  'The new list price is 23.00 EUR per set.',
  'Our best price stands at €21.40 for the 500 ml bottle.',
  'The pump delivers 6 bar at 3 kW.',
  'The motor is rated at 23 Hz minimum speed.',
  'Please refer to section 23.00 of the specification.',
  'The filter passes particles down to 3 µm at 2 bar.',
  'The cabinet weighs 7 kg and the display is 2 x 3 tiles.',
  'The tolerance band is 21.00 +0.1 mm at 20 °C.',
  'The sample was tested at 23.45 MPa without cracking.',
  'The price is set at $22.50 from the next shipment.',
];
const MEASURE_TAIL = ' Please let me know if you would like to discuss it by phone.';

/** Real clock times, written the same ways, that a meeting ask puts outside Tokyo's business hours (the finding spans the slot). */
const CLOCK_POSITIVES: ClassCase[] = [
  pos('2026-11-02', EN('Could we have a call at 23.00 JST on Tuesday, 10 November?'), '23.00 JST on Tuesday, 10 November'),
  pos('2026-11-02', EN('Would Tuesday, 10 November at 7.30 JST work for a short call?'), 'Tuesday, 10 November at 7.30 JST'),
  pos('2026-11-02', EN('Could we have a call on Wednesday, 11 November at 21:00 JST?'), 'Wednesday, 11 November at 21:00 JST'),
  pos('2026-11-02', EN('Could we talk on Thursday, 12 November at 7am JST?'), 'Thursday, 12 November at 7am JST'),
  pos('2026-11-02', JA('11月10日（火）の夜8時からお電話でお打ち合わせをお願いできますでしょうか。'), '夜8時'),
  pos('2026-11-02', JA('11月11日（水）22時からオンラインでお打ち合わせをお願いできますでしょうか。'), '11月11日（水）22時'),
  pos('2026-11-02', EN('Could we do a call at 6 am JST on Friday, 13 November?'), '6 am JST on Friday, 13 November'),
  pos('2026-11-02', EN('Would it be possible to meet at 20:30 JST on 12 November?'), '20:30 JST on 12 November'),
  pos('2026-11-02', EN('How about a video call on 11 November from 22:00 to 23:00 JST?'), '11 November from 22:00 to 23:00 JST'),
  pos('2026-11-02', JA('11月12日（木）の午前7時にお電話させていただいてもよろしいでしょうか。'), '11月12日（木）の午前7時'),
  pos('2026-11-02', EN('Could we meet at 23.30 JST on Tuesday, 10 November?'), '23.30 JST on Tuesday, 10 November'),
  pos('2026-11-02', EN('Shall we schedule the call at 11pm JST on 10 November?'), '11pm JST on 10 November'),
  pos('2026-11-02', JA('11月13日（金）の21時30分からお打ち合わせをお願いできますでしょうか。'), '11月13日（金）の21時30分'),
  pos('2026-11-02', EN('Could we talk at 5:30 JST on Wednesday, 11 November?'), '5:30 JST on Wednesday, 11 November'),
  pos('2026-11-02', EN('Can we hold the call at 22:15 Tokyo time on 12 November?'), '22:15 Tokyo time on 12 November'),
];

/** The same numbers in the sentence of a meeting ask: the meeting's own time is a working hour, the numbers no clock. */
const MEASURE_IN_ASK = [
  'Could we review the 38 dB(A) at 3 m result on a call on Tuesday, 10 November at 10:00?',
  'At the meeting on 10 November at 10:00 we will show the shaft at Ø23.00 −0.02 mm.',
  'We would like to visit you on Tuesday, 10 November to show the line running at 14.30 m/min.',
  'Could we call on 10 November at 10:00 to discuss the offer at 22.50 per unit?',
  'During our visit on 11 November at 14:00 we can show the fan at 3 m from the rack.',
  'Could we meet on 12 November at 15:00 to go through the tolerance of 23.00 −0.02 mm?',
  'Shall we talk on 12 November at 11:00 about the price at 21.50 EUR per set?',
  'Could we visit on 13 November at 10:00 and test the pump at 6 bar?',
];

export const clockFalseAlarms: ClassCase[] = [
  ...MEASURE_IN_ASK.map((s) => neg('2026-11-02', EN(s))),
  ...MEASURE_SENTENCES.map((s) => neg('2027-01-20', EN(s))),
  ...MEASURE_SENTENCES.map((s) => neg('2026-11-02', EN(s + MEASURE_TAIL))),
];
export const clockPositives = CLOCK_POSITIVES;

// ————— Class 2: day words and dates that only mention a day. "weekday" names a kind of day; a date of a delivery or
// a deadline is no meeting's; "the week of 12 October" is a week, not its Monday; a weekday written with a date that
// matches it in the year the date resolves to (its next occurrence on or after now) is never a mismatch.
export const mentionNearMisses: ClassCase[] = [
  neg('2026-09-21', EN('Mr. Miura and I would like to visit your laboratory to explain the details. Would a weekday in October suit you?')),
  neg('2026-09-21', EN('We would be glad to visit you; any weekday afternoon would suit us.')),
  neg('2026-09-21', EN('Our technicians install on weekdays only, so please pick a weekday that suits your team.')),
  neg('2026-09-18', EN('Could we come by on a weekday in early October?')),
  neg('2026-04-20', JA('5月3日から6日までは連休となり、貴社の工場もお休みと伺っておりますので、4月30日（木）にお届けする予定でございます。')),
  neg('2026-04-20', JA('4月30日（木）にお届けする予定でございます。当日の受け入れ担当の方のお名前をお知らせいただけますと助かります。')),
  neg('2026-04-20', JA('ご注文の品は5月1日（金）にお届けいたします。')),
  neg('2026-07-28', JA('次回分は8月14日（金）にお届けする予定です。')),
  neg('2026-09-01', EN('The shipment will be delivered on 12 October.')),
  neg('2026-09-01', EN('Please send us your forecast by 12 October. We would also be glad to visit you later in the autumn.')),
  neg('2026-09-01', EN('Our director and I will be in Japan in the week of 12 October, and we would be grateful for the chance to visit you.')),
  neg('2026-10-01', EN('We will be in Tokyo the week of November 23rd and would love to stop by your office.')),
  neg('2026-12-10', EN('Would it be possible to meet in the week commencing 11 January?')),
  neg('2026-12-10', JA('1月14日（木）にお打ち合わせをお願いできますでしょうか。')),
  neg('2026-12-10', JA('1月8日（金）の午後にお伺いしてもよろしいでしょうか。')),
  neg('2026-12-20', JA('年明けの5日（火）にご挨拶に伺えればと存じます。')),
  neg('2026-12-20', JA('8日(金)14時からお打ち合わせをお願いできますでしょうか。')),
  neg('2026-12-10', EN('Could we meet on Thursday, January 14 at 10:00?')),
  neg('2026-12-10', EN('Would Friday 8 January at 14:00 suit you for the visit?')),
  neg('2026-05-20', JA('6月4日（木）の15時にお伺いしてもよろしいでしょうか。')),
  neg('2026-06-20', JA('7月2日（木）にお打ち合わせのお時間をいただけますでしょうか。')),
];
export const mentionPositives: ClassCase[] = [
  // A week read as a period: three of its five weekdays are holidays (9/21–23), so it is mostly closed.
  pos('2026-09-01', EN('Could we visit your plant in the week of 21 September or the week after?'), 'the week of 21 September'),
  pos('2026-09-01', EN('Could we visit you on 12 October to explain the figures?'), '12 October'),
  pos('2026-09-01', EN('Our director will be in Japan on 12 October; could we visit you that day?'), '12 October'),
  pos('2026-04-20', JA('5月1日（金）にお届けに伺ってもよろしいでしょうか。'), '5月1日（金）'),
  pos('2026-12-10', JA('1月14日（水）にお打ち合わせをお願いできますでしょうか。'), '1月14日（水）'),
  pos('2026-12-10', EN('Could we meet on Wednesday, January 14 at 10:00?'), 'Wednesday, January 14'),
  pos('2026-12-20', JA('8日(木)14時からお打ち合わせをお願いできますでしょうか。'), '8日(木)'),
  pos('2026-08-20', JA('9月3日（水）にお伺いしたく存じます。'), '9月3日（水）'),
  pos('2026-06-01', JA('3日(月)14時からお打ち合わせをお願いできますでしょうか。'), '3日(月)'),
  pos('2026-06-01', JA('3日（月）にお伺いしてもよろしいでしょうか。'), '3日（月）'),
  pos('2026-05-20', JA('6月4日（水）の15時にお伺いしてもよろしいでしょうか。'), '6月4日（水）'),
  pos('2026-09-01', EN('Could we visit your plant on Monday, 21 September?'), 'Monday, 21 September'),
  pos('2026-10-01', EN('We would love to stop by your office on November 23rd at 10:00.'), 'November 23rd'),
  pos('2026-05-01', JA('4日（月）にお打ち合わせをお願いできますでしょうか。'), '4日（月）'),
  pos('2026-04-20', JA('4月30日（水）にお届けに伺ってもよろしいでしょうか。'), '4月30日（水）'),
  pos('2026-12-10', EN('Would Thursday 8 January at 14:00 suit you for the visit?'), 'Thursday 8 January'),
];

// ————— Class 3: a bare day of the month in a meeting ask — "the 4th at 10:00 JST", "on the 21st", 「4日（月）」,
// 「3日に」 — read as its next occurrence on or after now. Near misses: the same day a working day, an ordinal that
// names no day (the 3rd floor, the 2nd batch), a day that is a delivery or a deadline, 日 of a count or a span.
export const ordinalPositives: ClassCase[] = [
  pos('2026-04-20', EN('Tomáš will be in Tokyo at the start of next month. Could we do the 4th at 10:00 JST at your head office?'), 'the 4th'),
  pos('2026-06-01', EN('Could we do the 6th at 10:00 JST?'), 'the 6th'),
  pos('2026-06-10', EN("Let's pencil in the 21st at 2pm for the review at your office."), 'the 21st'),
  pos('2026-10-20', EN('Can we book the 3rd from 10:00 to 11:00 for the demo at your plant?'), 'the 3rd'),
  pos('2026-11-10', EN('We could visit you on the 23rd at 14:00.'), 'the 23rd'),
  pos('2026-10-01', EN('Would it be possible to do the 12th at 9:30 for the kick-off meeting?'), 'the 12th'),
  pos('2026-06-10', EN('Could we meet on the 21st?'), 'the 21st'),
  pos('2026-09-10', EN('Shall we take the 22nd at 15:00 for the site visit?'), 'the 22nd'),
  pos('2026-06-01', JA('6日にお伺いしてもよろしいでしょうか。'), '6日'),
  pos('2026-06-01', JA('6日の午後にお打ち合わせのお時間をいただけますでしょうか。'), '6日'),
  pos('2026-04-20', JA('4日にお伺いできればと存じます。'), '4日'),
  pos('2026-10-20', JA('3日に貴社へご挨拶に伺えますでしょうか。'), '3日'),
  pos('2026-09-01', JA('21日の午前中にお打ち合わせをお願いできますでしょうか。'), '21日'),
  pos('2026-06-10', JA('21日に工場の見学をさせていただけないでしょうか。'), '21日'),
  pos('2026-11-10', JA('23日にお打ち合わせをお願いできますでしょうか。'), '23日'),
];
export const ordinalNearMisses: ClassCase[] = [
  neg('2026-04-20', EN('Could we do the 7th at 10:00 JST at your head office?')),
  neg('2026-06-01', EN('Could we do the 8th at 10:00 JST?')),
  neg('2026-06-10', EN("Let's pencil in the 22nd at 2pm for the review.")),
  neg('2026-06-01', EN('The meeting room on the 3rd floor at 10:00 is booked for us.')),
  neg('2026-06-01', EN('We shipped the 2nd batch yesterday and the 6th batch leaves next week.')),
  neg('2026-04-20', EN('The parts will be delivered on the 4th.')),
  neg('2026-06-10', EN('Please send us the signed order by the 21st.')),
  neg('2026-06-01', EN('Our 6th annual report is attached.')),
  neg('2026-06-01', JA('6日に商品を発送いたします。')),
  neg('2026-06-01', JA('8日にお伺いしてもよろしいでしょうか。')),
  neg('2026-06-01', JA('2日に1回、定期点検に伺っております。')),
  neg('2026-06-01', JA('展示会は3日にわたり開催されます。')),
  neg('2026-06-01', JA('1日に500台まで生産できます。')),
  neg('2026-06-01', JA('納期を5日に短縮いたしました。')),
  neg('2026-06-01', JA('9日の午後にお打ち合わせのお時間をいただけますでしょうか。')),
  neg('2026-04-20', JA('7日にお伺いできればと存じます。')),
];

// Round 35 (misc35, issue 9/10: round 34's held-out miss 「来週16日（水）」 and false alarms fd-057 「現地時間の前日22時から参加」,
// fe-040 "9:00–18:00 JST, Monday to Friday"). Two classes:
// 1. A weekday that does not match its date when the date is given with a word that points ahead (来週16日（水）, 今週10日,
//    "next Tuesday the 16th", "this coming Friday the 5th"): the week word no longer swallows the day (dates-chrono.ts), and
//    a word pointing ahead stops the reading of the date as a day already past (dates.ts). Near misses: the right weekday,
//    a range, a day of the next month after 来週 / "next".
// 2. A deadline or a cut-off is no meeting (「前日22時までにご連絡ください」, "by 23:00 the day before"); 現地時間 on the day
//    before the meeting is a participant's clock abroad; two weekdays joined as a range ("Monday to Friday", 月曜から金曜)
//    are a span of every week, not a day on a holiday. Near misses that stay flagged: a meeting asked at 22:00, a meeting
//    on a holiday Monday, a wrong weekday in the same mail.
// 2026: 7/8 Wed; next week 7/13 Mon – 7/17 Fri; 7/20 a holiday. 11/2 Mon; 11/3 a holiday. 2/17 Tue; 2/23 (Mon) a holiday.
import { EN, JA, neg, pos, runClass, type MiscCase } from '../engine/classes-r35-misc-table';

const mismatch: MiscCase[] = [
  pos(JA('来週16日（水）の13時からお時間をいただけませんでしょうか。'), '16日（水）'),
  pos(JA('来週の14日（水）10時に伺ってもよろしいでしょうか。'), '14日（水）'),
  pos(JA('来週17日（木）の午後にお打ち合わせをお願いできますでしょうか。'), '17日（木）'),
  pos(JA('今週10日（木）にお電話でご相談させていただけますか。'), '10日（木）'),
  pos(JA('再来週22日（火）14時からご説明に伺えればと存じます。'), '22日（火）'),
  pos(JA('来週15日(火)11時にオンラインでお打ち合わせをお願いできますでしょうか。'), '15日(火)'),
  pos(JA('来週13日（火）にご挨拶に伺いたく存じます。'), '13日（火）'),
  pos(JA('来週11日（火）15時からお時間をいただけますでしょうか。'), '11日（火）', '2026-11-02'),
  pos(JA('来週の12日（金）に工場見学をお願いできますでしょうか。'), '12日（金）', '2026-11-02'),
  pos(EN('Could we meet next Tuesday the 16th at 10:00?'), 'Tuesday the 16th'),
  pos(EN('Would next Wednesday, the 16th work for a call?'), 'Wednesday, the 16th'),
  pos(EN('How about this Friday the 9th at 14:00?'), 'Friday the 9th'),
  pos(EN('Could we have a call next Monday the 14th?'), 'Monday the 14th'),
  pos(EN('Would next Thursday, 11 November suit you for a visit?'), 'Thursday, 11 November', '2026-11-02'),
  pos(EN('Could we meet this coming Friday the 5th?'), 'Friday the 5th', '2026-11-02'),
  pos(EN('Shall we talk next Tuesday the 12th at 3 pm JST?'), 'Tuesday the 12th', '2026-11-02'),
  // Near misses: the right weekday, a range, the next month's day after a week word.
  neg(JA('来週16日（木）の13時からお時間をいただけませんでしょうか。')),
  neg(JA('来週の14日（火）10時に伺ってもよろしいでしょうか。')),
  neg(JA('今週10日（金）にお電話でご相談させていただけますか。')),
  neg(JA('再来週22日（水）14時からご説明に伺えればと存じます。')),
  neg(JA('来週14日（火）か15日（水）のご都合はいかがでしょうか。')),
  neg(JA('来週4日（火）に伺えますでしょうか。'), '2026-07-28'),
  neg(JA('来月4日（火）の10時にお時間をいただけますでしょうか。')),
  neg(JA('来週11日（水）15時からお時間をいただけますでしょうか。'), '2026-11-02'),
  neg(EN('Could we meet next Thursday the 16th at 10:00?')),
  neg(EN('How about this Thursday the 9th at 14:00?')),
  neg(EN('Could we have a call next Tuesday the 14th?')),
  neg(EN('Would next Wednesday, 11 November suit you for a visit?'), '2026-11-02'),
  neg(EN('Could we meet this coming Thursday the 5th?'), '2026-11-02'),
  neg(EN('Would next Tuesday the 4th work for a call?'), '2026-07-28'),
  neg(EN('We met last Tuesday the 7th and agreed on the plan.')),
];

const slot = '8月18日（火）10時にオンラインでお打ち合わせをお願いできますでしょうか。';
const slotEn = 'Could we meet online on Tuesday, 18 August at 10:00 JST?';
const falseAlarms: MiscCase[] = [
  neg(JA(`${slot}\nご欠席の場合は、前日22時までにご連絡ください。`), '2026-08-03'),
  neg(JA(`${slot}\n資料は前日の23時までにお送りいたします。`), '2026-08-03'),
  neg(JA(`${slot}\nご質問は17日（月）21時までにお送りください。`), '2026-08-03'),
  neg(JA(`${slot}\nご回答は前日20時までにお願いいたします。`), '2026-08-03'),
  neg(JA(`${slot}\nブラジル本社のNogueiraも、現地時間の前日22時から参加いたします。`), '2026-08-03'),
  neg(JA(`${slot}\nメキシコ工場の担当者も、現地時間の前日20時から参加いたします。`), '2026-08-03'),
  neg(EN(`${slotEn} Please submit the form by 23:00 the day before.`), '2026-08-03'),
  neg(EN(`${slotEn} If you cannot attend, please let us know by 22:00 the day before.`), '2026-08-03'),
  neg(EN(`${slotEn} Please send any questions by 20:00 on Monday, 17 August.`), '2026-08-03'),
  neg(EN(`${slotEn} Registration closes at 23:59 JST the day before.`), '2026-08-03'),
  neg(EN('To confirm, the scope covers inbound email and chat support, 9:00–18:00 JST, Monday to Friday. The team will go live on 1 April.'), '2026-02-17'),
  neg(EN('Our support desk is open Monday to Friday, and the new agents start on 1 April.'), '2026-02-17'),
  neg(EN('Deliveries run Monday through Friday, so the parts will arrive within the week.'), '2026-02-17'),
  neg(JA('弊社のサポート窓口は月曜から金曜の9時〜18時です。'), '2026-02-17'),
  neg(EN('The hotline is staffed Mon–Fri, 9:00–18:00 JST.'), '2026-02-17'),
  neg(JA('平日（月〜金）の10時から17時まで受け付けております。'), '2026-02-17'),
  // Near misses that stay flagged.
  pos(JA('8月18日（火）22時からオンラインでお打ち合わせをお願いできますでしょうか。'), '22時', '2026-08-03'),
  pos(EN('Could we have a call on Tuesday, 18 August at 22:00 JST?'), '22:00 JST', '2026-08-03'),
  pos(EN('Could we meet on Monday, 23 February at 10:00?'), 'Monday, 23 February', '2026-02-17'),
  pos(JA('2月23日（月）10時に伺ってもよろしいでしょうか。'), '2月23日（月）', '2026-02-17'),
  pos(EN('Could we meet on Monday at 10:00 to go through the plan?'), 'Monday', '2026-02-17'),
  pos(JA('来週月曜日の10時にお伺いしてもよろしいでしょうか。'), '来週月曜日', '2026-02-17'),
  pos(EN('Could we call at 21:00 JST the day before, on Monday, 17 August?'), '21:00 JST', '2026-08-03'),
  pos(JA(`${slot}\nご都合が合わなければ、前日の21時からでもお打ち合わせ可能でしょうか。`), '21時', '2026-08-03'),
  pos(JA('8月17日（月）の20時から前日打ち合わせをお願いできますでしょうか。'), '20時', '2026-08-03'),
  pos(EN('Would 7:00 JST on Wednesday, 19 August work for a short call?'), '7:00 JST', '2026-08-03'),
  pos(EN('Could we meet on Monday, 21 September to review the samples?'), 'Monday, 21 September', '2026-08-03'),
  pos(JA('9月21日（月）にご挨拶に伺えればと存じます。'), '9月21日（月）', '2026-08-03'),
  pos(EN('Could we meet Monday to discuss the order, and Friday to sign it?'), 'Monday', '2026-02-17'),
  pos(JA('8月19日（水）7時からお電話でお打ち合わせをお願いできますでしょうか。'), '7時', '2026-08-03'),
];

runClass('r35 a weekday that does not fit a date given with a word pointing ahead', 'calendar', mismatch);
runClass('r35 a deadline, a clock abroad or a span of weekdays is no meeting slot', 'calendar', falseAlarms);

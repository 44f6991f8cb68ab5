// Round 32 (calendar, issues 9/10): cases written for this round, per class, before the rules changed — ja, en and
// mixed, every date form, in the body, bullets, tables and invitations — with near misses that must stay clean.
// Frames × date forms are crossed on purpose (breadth: the same class in wordings no rule was written for).
// classes-r32-cal.test.ts runs them and counts; the commit message gives what main got wrong.

import { neg, pos, type ClassCase } from './class-cases';

const JA = (s: string) => `村上様\n\nいつもお世話になっております。\n${s}\n\nよろしくお願いいたします。`;
const EN = (s: string) => `Dear Ms. Murakami,\n\n${s}\n\nKind regards,\nSigrun`;

// ————— Class 5: a date that is a deadline (までに, by, no later than, を目途に) is no meeting slot, even with a meeting
// named elsewhere in the sentence or the mail. Holidays in 2026: 7/20 海の日, 9/21–23, 10/12, 11/3, 11/23.
const JA_DEADLINE_DATES = ['7月20日頃までに', '7月20日までに', '7/20（月）までに', '7月20日（月・祝）頃までに', '7月20日を目途に', '7月20日を目処に', '2026年7月20日迄に', '7月20日ごろまでに'];
const JA_DEADLINE_FRAMES = [
  (d: string) => `貴社の下期予算会議（7月下旬）に間に合わせるため、${d}ご意見をいただけますと大変助かります。`,
  (d: string) => `来月の定例会議に向けて、お見積りへのご回答を${d}お願いできますでしょうか。`,
  (d: string) => `打ち合わせの前に資料をご確認いただきたく、${d}ご返信いただけますと幸いです。`,
  (d: string) => `次回のお打ち合わせの議題につきまして、${d}お知らせください。`,
  (d: string) => `・ご意見の締切：${d}ご連絡ください\n・お打ち合わせ：8月上旬を予定`,
];
const EN_DEADLINE_DATES = ['by July 20', 'by around 20 July', 'no later than Monday, July 20', 'on or before 20/07/2026', 'by Monday 20 July', 'not later than July 20', 'by 20 July at the latest'];
const EN_DEADLINE_FRAMES = [
  (d: string) => `So that the quote can go to your budget meeting in late July, could you send us your comments ${d}?`,
  (d: string) => `Ahead of our call next month, we would appreciate your feedback on the draft ${d}.`,
  (d: string) => `Please let us have the list of attendees for the meeting ${d}.`,
  (d: string) => `To prepare the agenda for our meeting, please reply ${d}.`,
];

export const deadlines: ClassCase[] = [
  ...JA_DEADLINE_DATES.flatMap((d) => JA_DEADLINE_FRAMES.map((f) => neg('2026-06-25', JA(f(d))))),
  ...EN_DEADLINE_DATES.flatMap((d) => EN_DEADLINE_FRAMES.map((f) => neg('2026-06-25', EN(f(d))))),
  neg('2026-09-01', JA('貴社の役員会議に先立ち、9月22日（火）までにご検討結果をお知らせいただけますでしょうか。')),
  neg('2026-09-01', EN('Could you confirm the meeting attendees by Wednesday, September 23?')),
  neg('2026-10-01', JA('展示会での打ち合わせに向けて、サンプルへのご意見を11月3日を目途にいただけますと幸いです。')),
  neg('2026-10-01', `Dear Ms. Murakami,\n\n展示会の打ち合わせ資料について、ご意見を11月3日までにお願いします。\nWe look forward to the meeting.\n\nKind regards`),
  // The slot itself on the holiday: still flagged.
  pos('2026-06-25', JA('7月20日頃にお打ち合わせのお時間をいただけますでしょうか。'), '7月20日'),
  pos('2026-06-25', JA('7月20日（月）の午後にお伺いしてもよろしいでしょうか。'), '7月20日（月）'),
  pos('2026-06-25', EN('Could we have a call on Monday, July 20 at 10:00 JST?'), 'Monday, July 20'),
  pos('2026-06-25', EN('Would July 20 work for a visit to your plant?'), 'July 20'),
  pos('2026-09-01', JA('9月22日（火）にお打ち合わせをお願いできますでしょうか。'), '9月22日（火）'),
  pos('2026-09-01', EN('Could we meet on Wednesday, September 23?'), 'Wednesday, September 23'),
];

// ————— Class 2: a time in a zone named in Japanese or by a city with diacritics, converted to Tokyo time. May 2026:
// Riyadh UTC+3, Berlin/Paris UTC+2 (summer), Reykjavík UTC+0, New York UTC−4.
const MAY = '2026-05-01';
export const zones: ClassCase[] = [
  pos(MAY, JA('5月13日（水）リヤド時間14:00からでいかがでしょうか。'), '5月13日（水）リヤド時間14:00'),
  pos(MAY, JA('お打ち合わせは5月13日（水）14:00（リヤド時間）ではいかがでしょうか。'), '5月13日（水）14:00（リヤド時間）'),
  pos(MAY, JA('お打ち合わせは中部ヨーロッパ時間の5月13日（水）16:00ではいかがでしょうか。'), '5月13日（水）16:00'),
  pos(MAY, JA('5月13日（水）16:00（中部ヨーロッパ時間）にお電話でのお打ち合わせはいかがでしょうか。'), '5月13日（水）16:00（中部ヨーロッパ時間）'),
  pos(MAY, JA('5月13日（水）16:00（中部欧州時間）にオンラインでお話しできますでしょうか。'), '5月13日（水）16:00（中部欧州時間）'),
  pos(MAY, JA('5月13日（水）16時（アメリカ東部時間）にお電話をいただけますでしょうか。'), '5月13日（水）16時（アメリカ東部時間）'),
  pos(MAY, JA('5月13日（水）16時（米国東部夏時間）にお電話をいただけますでしょうか。'), '5月13日（水）16時（米国東部夏時間）'),
  pos(MAY, EN('Could we have a call on Thursday 14 May at 15:00 Reykjavík time (GMT)?'), 'Thursday 14 May at 15:00 Reykjavík time'),
  pos(MAY, EN('Could we talk on Thursday 14 May at 16:00 Zürich time?'), 'Thursday 14 May at 16:00 Zürich time'),
  pos(MAY, EN('Could we talk on Thursday 14 May at 17:00 São Paulo time?'), 'Thursday 14 May at 17:00 São Paulo time'),
  pos(MAY, EN('Could we have a call on Thursday 14 May at 8 pm IST?'), 'Thursday 14 May at 8 pm IST'),
  pos(MAY, EN('Could we have a call on Thursday 14 May at 11:30 pm ACST?'), 'Thursday 14 May at 11:30 pm ACST'),
  pos(MAY, `村上様\n\nCould we have a call on Thursday 14 May at 14:00 Riyadh time?\n\nよろしくお願いいたします。`, 'Thursday 14 May at 14:00 Riyadh time'),
  neg(MAY, JA('5月13日（水）リヤド時間8:00からでいかがでしょうか。')),
  neg(MAY, JA('お打ち合わせは5月13日（水）9:00（中部ヨーロッパ時間）ではいかがでしょうか。')),
  neg(MAY, JA('5月13日（水）20時（米国東部時間）にお電話をいただけますでしょうか。')),
  neg(MAY, EN('Could we have a call on Thursday 14 May at 8:00 Reykjavík time (GMT)?')),
  neg(MAY, EN('Could we have a call on Thursday 14 May at 9:00 Zürich time?')),
  neg(MAY, EN('Could we have a call on Thursday 14 May at 10:30 am IST?')),
  neg(MAY, EN('Could we have a call on Thursday 14 May at 10:30 am ACST?')),
  neg(MAY, JA('日時：5月13日（水）日本時間 16:00〜17:00（リヤド時間 10:00〜11:00）')),
  neg(MAY, JA('当社リヤド事務所の営業時間は8:00〜17:00です。')),
];

// ————— Class 1: a day named by its place in a closure or a run of holidays (連休中日, 休業初日, "the last day of your
// summer break"). September 2026: 9/19 (Sat) – 9/23 (Wed) off; the client's summer closure stated 8/12–16.
const SEP = '2026-09-01';
export const runDays: ClassCase[] = [
  pos(SEP, JA('連休中日の22日（火）でしたら比較的お時間をいただきやすいのではと考えております。'), '22日（火）'),
  pos(SEP, JA('連休の中日にあたる22日（火）にお伺いしてもよろしいでしょうか。'), '22日（火）'),
  pos('2026-07-30', JA('貴社の夏季休業（8月12日〜16日）につきまして、承知いたしました。休業初日の午前中に30分ほどお電話でご確認させていただけますと助かります。'), '休業初日'),
  pos('2026-07-30', JA('貴社の夏季休業（8月12日〜16日）につきまして、承知いたしました。休業最終日の午後にお打ち合わせをお願いできますでしょうか。'), '休業最終日'),
  pos('2026-07-30', JA('貴社は8月12日から16日まで夏季休業と伺っております。お休みの初日にお電話してもよろしいでしょうか。'), 'お休みの初日'),
  pos('2026-07-30', EN('Thank you for letting us know that your plant is closed from 12 to 16 August. Could we have a short call on the first day of your summer break?'), 'the first day of your summer break'),
  pos('2026-07-30', EN('Thank you for letting us know that your plant is closed from 12 to 16 August. Would the last day of the shutdown suit you for a call?'), 'the last day of the shutdown'),
  neg('2026-07-30', JA('貴社の夏季休業（8月12日〜16日）につきまして、承知いたしました。休業明けの17日（月）にお打ち合わせをお願いできますでしょうか。')),
  neg('2026-07-30', JA('貴社の夏季休業（8月12日〜16日）につきまして、承知いたしました。休業初日までに資料をお送りいたします。')),
  neg('2026-07-30', EN('Thank you for letting us know that your plant is closed from 12 to 16 August. We will send the samples before the first day of the shutdown.')),
  neg('2026-07-30', JA('お盆休み明け初日は貴社もお忙しいかと存じますので、8月18日（火）にお伺いできればと存じます。')),
  neg(SEP, JA('連休明けの24日（木）にお伺いしてもよろしいでしょうか。')),
  neg(SEP, JA('連休中は弊社も休業いたします。')),
  neg('2026-07-30', JA('弊社の夏季休業は8月12日から16日までです。休業初日から発送業務を停止いたします。')),
];

// Days by their place in a run with no date written: resolved against the holiday library (9/19–23 off in 2026) and
// the closure windows (Golden Week 4/29–5/5, Obon 8/13–16, the year end 12/29–1/3).
const RUN_PLACES_JA = ['連休中日', '連休の中日', '連休初日', '連休最終日', 'シルバーウィークの中日', '大型連休の2日目'];
const RUN_FRAMES_JA = [
  (d: string) => `${d}にお伺いしてもよろしいでしょうか。`,
  (d: string) => `${d}の午後にオンラインでお打ち合わせをお願いできますでしょうか。`,
  (d: string) => `・候補日：${d} 14:00〜15:00`,
];
const CLOSURE_PLACES_JA: Array<[string, string]> = [['2026-04-10', 'GWの中日'], ['2026-04-10', 'ゴールデンウィーク最終日'], ['2026-07-20', 'お盆休みの初日'], ['2026-07-20', 'お盆の最終日'], ['2026-12-01', '年末年始休暇の最終日'], ['2026-12-01', '正月休みの2日目']];
const RUN_PLACES_EN: Array<[string, string]> = [[SEP, 'the middle day of the long weekend'], ['2026-04-10', 'the first day of Golden Week'], ['2026-04-10', 'the last day of Golden Week'], ['2026-07-20', 'the last day of Obon'], ['2026-12-01', 'the first day of the New Year holidays'], [SEP, 'the first day of Silver Week']];
const RUN_FRAMES_EN = [
  (d: string) => `Could we visit your office on ${d}?`,
  (d: string) => `Would ${d} suit you for a short call?`,
  (d: string) => `We would be glad to come by on ${d} if that suits you.`,
];
runDays.push(
  ...RUN_PLACES_JA.flatMap((d) => RUN_FRAMES_JA.map((f) => pos(SEP, JA(f(d)), d))),
  ...CLOSURE_PLACES_JA.flatMap(([now, d]) => RUN_FRAMES_JA.map((f) => pos(now, JA(f(d)), d))),
  ...RUN_PLACES_EN.flatMap(([now, d]) => RUN_FRAMES_EN.map((f) => pos(now, EN(f(d)), d))),
  // Near misses: the day after a run (a working day), a bound, the run told as a closure, a delivery.
  ...['連休明け初日', 'GW明け初日', 'お盆休み明け初日', '年末年始休暇明けの初日'].flatMap((d) => RUN_FRAMES_JA.map((f) => neg(SEP, JA(f(d))))),
  ...['連休初日まで', '連休最終日以降', 'GWの最終日まで'].map((d) => neg(SEP, JA(`${d}に資料をお送りいたします。`))),
  neg(SEP, JA('連休初日から最終日まで、弊社は休業いたします。')),
  neg(SEP, JA('連休中日は道路が混雑いたしますので、ご注意ください。')),
  neg('2026-04-10', JA('GWの初日に出荷いたします。')),
  neg('2026-04-10', EN('We will ship the order before the first day of Golden Week.')),
  neg('2026-04-10', EN('Our office is closed until the last day of Golden Week.')),
  neg('2026-04-10', EN('Could we meet on the first working day after Golden Week?')),
  neg('2026-04-10', EN('The first day of the trade fair is May 12; could we meet there?')),
  neg('2026-04-10', EN('The last day before Golden Week, April 28, would work for a call.')),
);

// Round 33 (calendar, issues 9/10): cases written for this round, per class, before the rules changed — ja, en and
// mixed, in the body, bullets and quoted relays — with near misses that must stay clean. Frames × dates are crossed on
// purpose (breadth: the same class in wordings no rule was written for). classes-r33-cal.test.ts runs them; the
// commit message gives what main got wrong. 2026 holidays: 3/20, 4/29, 5/4–6, 7/20, 8/11, 9/21–23, 10/12, 11/3,
// 11/23; closures 4/29–5/5, 8/13–8/16, 12/29–1/3.

import { neg, pos, type ClassCase } from './class-cases';
import { enNishimura as EN, jaNishimura as JA } from '../mail-wrappers';

// ————— Class 1: a date in a request or a proposal, whatever the clause shape: the closure acknowledged in a concessive
// clause (恐縮ですが, "I know … but", "although"), or the holiday given as the reason the day is proposed ("Since … is
// Labour Thanksgiving Day, … the perfect day"). Not: the holiday told as information, or as the reason for another day.
const JA_CLOSED: Array<[string, string, string]> = [
  // [now, date as written, the closure's name]
  ['2026-07-28', '8月13日（木）', '盆休み'],
  ['2026-07-28', '8月14日（金）', 'お盆休み'],
  ['2026-10-20', '11月23日（月）', '祝日'],
  ['2026-12-01', '12月30日（水）', '年末年始のお休み'],
  ['2026-04-10', '5月1日（金）', 'ゴールデンウィーク'],
  ['2026-09-01', '9月22日（火）', '連休'],
];
const JA_CONCESSIVE = [
  (d: string, c: string) => `${c}中で大変恐縮ですが、船の到着に合わせて、${d}に貴社倉庫で立会いをお願いできますでしょうか。`,
  (d: string, c: string) => `${c}のところ誠に申し訳ございませんが、${d}にお打ち合わせのお時間をいただけますでしょうか。`,
  (d: string, c: string) => `${c}の時期で恐れ入りますが、${d}の午前中にお伺いしてもよろしいでしょうか。`,
  (d: string, c: string) => `${c}中とは存じますが、${d}に貴社へご挨拶に伺えれば幸いです。`,
  (d: string, c: string) => `${c}中にもかかわらず恐縮ですが、${d}14時からオンラインでお打ち合わせをお願いできませんでしょうか。`,
];
const EN_CLOSED: Array<[string, string, string]> = [
  ['2026-11-09', 'Monday 23 November', 'Labour Thanksgiving Day'],
  ['2026-07-01', 'Monday, July 20', 'Marine Day'],
  ['2026-09-01', 'Wednesday 23 September', 'Autumnal Equinox Day'],
  ['2026-10-01', 'Tuesday, November 3', 'Culture Day'],
  ['2026-07-28', 'Thursday 13 August', 'in the middle of Obon'],
];
const EN_REASONED = [
  (d: string, h: string) => `Since ${d} is ${h}, we expect your office to be quiet, so it might be the perfect day for a longer session at your office.`,
  (d: string, h: string) => `As ${d} is ${h}, your team should have fewer calls, which would make it a good day for the workshop — would that suit you?`,
  (d: string, h: string) => `I know ${d} is ${h}, but could we still visit your warehouse that day?`,
  (d: string, h: string) => `Although ${d} is ${h}, would it be possible to meet at your office in the afternoon?`,
  (d: string, h: string) => `${d} is ${h}, so the office will be calm: how about a two-hour demo at your office that day?`,
];
const JA_REASONED = [
  (d: string) => `${d}は祝日で貴社も比較的落ち着いていらっしゃるかと存じますので、その日にお打ち合わせをお願いできますでしょうか。`,
];
/** The day told in one sentence, proposed by 当日 in the next: the finding sits on 当日, where the proposal is. */
const JA_REASONED_NEXT = (d: string) => `${d}は祝日のためお電話も少ないかと存じます。当日、貴社にてデモを実施させていただけますでしょうか。`;

/** The closure's name is information, or the reason for another day: no finding. */
const JA_INFO = [
  (d: string, c: string) => `なお、${d}は${c}のため、弊社は休業いたします。`,
  (d: string, c: string) => `${d}は${c}のため、翌営業日にお伺いできればと存じます。`,
  (d: string, c: string) => `${c}中で大変恐縮ですが、${d}の出荷分は休み明けの発送となります。`,
  (d: string, c: string) => `${c}中は、${d}も含めて弊社窓口はお休みをいただきます。`,
  (d: string, c: string) => `${d}は${c}と伺っておりますので、お打ち合わせは休み明けにお願いできれば幸いです。`,
  (d: string, c: string) => `${c}中で恐縮ですが、${d}までに資料をお送りいただけますでしょうか。`,
  (d: string, c: string) => `貴社は${d}が${c}と伺っております。お打ち合わせはその翌週でいかがでしょうか。`,
];
const EN_INFO = [
  (d: string, h: string) => `Please note that ${d} is ${h}; our Tokyo office will be closed.`,
  (d: string, h: string) => `Since ${d} is ${h}, could we meet on the following Tuesday instead?`,
  (d: string, h: string) => `As ${d} is ${h}, the shipment will arrive one day later.`,
  (d: string, h: string) => `I know ${d} is ${h}, so we will send the samples the next working day.`,
  (d: string, h: string) => `Since ${d} is ${h}, we would rather come the week after; would that suit you?`,
  (d: string, h: string) => `We understand that ${d} is ${h}, so please reply by the Friday before.`,
  (d: string, h: string) => `${d} is ${h}, so we will avoid that day and propose another one shortly.`,
];

export const requests: ClassCase[] = [
  ...JA_CLOSED.flatMap(([now, d, c]) => JA_CONCESSIVE.map((f) => pos(now, JA(f(d, c)), d))),
  ...EN_CLOSED.flatMap(([now, d, h]) => EN_REASONED.map((f) => pos(now, EN(f(d, h)), d))),
  ...[['2026-10-20', '11月23日（月）'], ['2026-07-01', '7月20日（月）'], ['2026-09-01', '9月23日（水）']].flatMap(([now, d]) => JA_REASONED.map((f) => pos(now!, JA(f(d!)), d!))),
  ...[['2026-10-20', '11月23日（月）'], ['2026-07-01', '7月20日（月）'], ['2026-09-01', '9月23日（水）']].map(([now, d]) => pos(now!, JA(JA_REASONED_NEXT(d!)), '当日')),
];
export const requestNearMisses: ClassCase[] = [
  ...JA_CLOSED.flatMap(([now, d, c]) => JA_INFO.map((f) => neg(now, JA(f(d, c))))),
  ...EN_CLOSED.flatMap(([now, d, h]) => EN_INFO.map((f) => neg(now, EN(f(d, h))))),
];

// ————— Class 2: a period named for a meeting that takes in a closure: the first week of January (1/1–1/3 closed, the
// rest the first days back), the first week of May (Golden Week), mid-August (Obon), GW中, お盆の週. Not: the second
// week, mid-January, a period for a delivery or a deadline, a closure told.
const PERIOD_POS_EN: Array<[string, string]> = [
  ['2026-12-01', 'the first week of January'],
  ['2026-12-01', 'the first week of the new year'],
  ['2026-04-01', 'the first week of May'],
  ['2026-07-01', 'mid-August'],
  ['2026-07-01', 'the week of Obon'],
  ['2026-04-01', 'Golden Week'],
];
const PERIOD_EN_FRAMES = [
  (p: string) => `Could we schedule the kick-off call sometime in ${p}? One hour should be enough.`,
  (p: string) => `We would like to visit your office in ${p} to present the new line.`,
  (p: string) => `Would a meeting in ${p} work for your team?`,
  (p: string) => `- Kick-off meeting: ${p} (date to be agreed)`,
  (p: string) => `Kadri and I could come to Tokyo in ${p} for the workshop, if that suits you.`,
];
const PERIOD_POS_JA: Array<[string, string]> = [
  ['2026-12-01', '1月第1週'],
  ['2026-12-01', '1月の第1週'],
  ['2026-12-01', '1月最初の週'],
  ['2026-04-01', '5月第1週'],
  ['2026-07-01', '8月中旬'],
  ['2026-04-01', 'GW中'],
];
const PERIOD_JA_FRAMES = [
  (p: string) => `キックオフのお打ち合わせを${p}に設定させていただけますでしょうか。`,
  (p: string) => `${p}に貴社へお伺いし、新製品のご説明をさせていただければと存じます。`,
  (p: string) => `・キックオフ会議：${p}（日時は別途ご相談）`,
  (p: string) => `${p}のどこかで、オンラインでお打ち合わせのお時間をいただけますと幸いです。`,
];
const PERIOD_NEG_EN = ['the second week of January', 'mid-January', 'the week of January 11', 'late January', 'the second week of May', 'late August'];
const PERIOD_NEG_JA = ['1月第2週', '1月中旬', '1月下旬', '5月中旬', '8月下旬', '年明け早々'];
const PERIOD_NOT_MEETING_EN = [
  (p: string) => `Please note that our office is closed in ${p}.`,
  (p: string) => `The goods will be shipped in ${p}.`,
  (p: string) => `Please send us your comments by ${p}.`,
];
const PERIOD_NOT_MEETING_JA = [
  (p: string) => `弊社は${p}まで休業いたします。`,
  (p: string) => `ご注文の品は${p}に出荷いたします。`,
  (p: string) => `お見積りは${p}までにお送りいたします。`,
];

export const periods: ClassCase[] = [
  // A closure named as a period is flagged on the words that place the act in it (in Golden Week).
  ...PERIOD_POS_EN.flatMap(([now, p]) => PERIOD_EN_FRAMES.map((f) => pos(now, EN(f(p)), p === 'Golden Week' ? 'in Golden Week' : p))),
  ...PERIOD_POS_JA.flatMap(([now, p]) => PERIOD_JA_FRAMES.map((f) => pos(now, JA(f(p)), p === 'GW中' && !f('').startsWith('・') ? 'GW中に' : p))),
];
export const periodNearMisses: ClassCase[] = [
  ...PERIOD_NEG_EN.flatMap((p) => PERIOD_EN_FRAMES.map((f) => neg(p.includes('May') ? '2026-04-01' : p.includes('August') ? '2026-07-01' : '2026-12-01', EN(f(p))))),
  ...PERIOD_NEG_JA.flatMap((p) => PERIOD_JA_FRAMES.map((f) => neg(p.startsWith('5') ? '2026-04-01' : p.startsWith('8') ? '2026-07-01' : '2026-12-01', JA(f(p))))),
  ...PERIOD_POS_EN.flatMap(([now, p]) => PERIOD_NOT_MEETING_EN.map((f) => neg(now, EN(f(p))))),
  ...PERIOD_POS_JA.flatMap(([now, p]) => PERIOD_NOT_MEETING_JA.map((f) => neg(now, JA(f(p))))),
];

// ————— Class 3: the finding sits on the date the reader sees in the proposal — a slot relayed in a quotation
// (「…11月23日（月）13時からであれば講師を務められる」との提案がございました), not on a later 当日 — and a slot given in two
// zones is flagged on its Tokyo half, once. (Round 34: the finding spans both halves, the Tokyo half included — the r5
// set labels the foreign half, r5mt-057 — so the quotes are the whole twin.)
const RELAYED: Array<[string, string]> = [
  ['2026-11-02', '11月23日（月）13時'],
  ['2026-07-01', '7月20日（月）10時'],
  ['2026-09-01', '9月22日（火）15時'],
  ['2026-10-01', '11月3日（火）14時'],
  ['2026-07-28', '8月13日（木）10時'],
];
const RELAYED_FRAMES = [
  (d: string) => `研修の日程について、弊社本社のタムより「${d}からであれば講師を務められる」との提案がございました。\nタムは当日日本に滞在しておりますので、貴社へお伺いして対面で実施することも可能です。\nこちらの日程でご調整いただけますでしょうか。`,
  (d: string) => `弊社技術部長より「${d}からでしたら貴社にお伺いできる」との連絡がありました。\n当日は私も同行いたします。ご都合はいかがでしょうか。`,
  (d: string) => `本社の担当者から、「${d}から打ち合わせをさせていただけないか」との相談がございました。\nご検討いただけますと幸いです。`,
  (d: string) => `開発チームより「${d}からオンラインでご説明できる」との申し出がありました。\n当日のご都合をお聞かせいただけますでしょうか。`,
];
const TWINS: Array<[string, string, string]> = [
  ['2026-08-24', '9月2日（水）17:00 IST（日本時間 20:30）', '9月2日（水）17:00 IST（日本時間 20:30）'],
  ['2026-08-24', '9月2日（水）18:00 CEST（日本時間 翌1:00）', '9月2日（水）18:00 CEST（日本時間 翌1:00）'],
  ['2026-08-24', 'Wednesday, September 2, 16:00 IST (19:30 JST)', 'Wednesday, September 2, 16:00 IST (19:30 JST)'],
  ['2026-08-24', 'Wed 2 Sep, 17:00 IST (Tokyo 20:30)', 'Wed 2 Sep, 17:00 IST (Tokyo 20:30)'],
];
const TWIN_FRAMES = [
  (s: string) => `Our Bangalore team has proposed the following slot for the developer call:\n\n・${s}\n・Attendees: Priya Nair, 小池\n\nご確認のほど、よろしくお願いいたします。`,
  (s: string) => `開発者向けのお打ち合わせを、${s}でお願いできますでしょうか。`,
  (s: string) => `Could we hold the developer call on ${s}?`,
];
const TWIN_NEG = [
  '9月2日（水）11:00 IST（日本時間 14:30）',
  'Wednesday, September 2, 10:30 IST (14:00 JST)',
  '9月2日（水）9:00 CEST（日本時間 16:00）',
];
export const spans: ClassCase[] = [
  // The finding covers the relayed date (its clock is judged by the hours rule).
  ...RELAYED.flatMap(([now, d]) => RELAYED_FRAMES.map((f) => pos(now, JA(f(d)), d.replace(/\d+時$/, '')))),
  ...TWINS.flatMap(([now, s, q]) => TWIN_FRAMES.map((f) => pos(now, `上田様\n\n${f(s)}\n\nBest regards,\nKenta`, q))),
];
const RELAYED_NEG_FRAMES = [
  (d: string) => `弊社本社のタムより「${d}からの研修は講師の都合で難しい」との連絡がございました。別の日程をご提案させていただきます。`,
  (d: string) => `先方より「${d}からの出荷となる」との連絡がございました。入荷次第お知らせいたします。`,
  (d: string) => `「${d}に伺った際には大変お世話になりました」と本社のタムも申しておりました。`,
];
export const spanNearMisses: ClassCase[] = [
  ...RELAYED.flatMap(([now, d]) => RELAYED_NEG_FRAMES.map((f) => neg(now, JA(f(d))))),
  ...TWIN_NEG.flatMap((s) => TWIN_FRAMES.map((f) => neg('2026-08-24', `上田様\n\n${f(s)}\n\nBest regards,\nKenta`))),
  ...['2026-11-02', '2026-07-01'].flatMap((now) => [
    neg(now, JA('研修は11月24日（火）13時からでいかがでしょうか。当日は講師のタムが伺います。')),
    neg(now, JA('研修は11月24日（火）13時からを予定しております。当日は貴社会議室をお借りできますでしょうか。')),
  ]),
];

// ————— Class 4: false alarms — 明日 that is a reply about our own sending or no meeting; a holiday told as
// information or as an event of the reader's we are invited to; a day listed as unavailable or as the appointment
// being moved; an evening deadline or cut-off. Their positives: the same day proposed for a meeting.
export const falseAlarms: ClassCase[] = [
  // 明日 = 4/29 (昭和の日) from 4/28, 11/23 from 11/22.
  ...['2026-04-28', '2026-11-22', '2026-07-19', '2026-09-22'].flatMap((now) => [
    neg(now, JA('ご依頼の資料は明日お送りいたします。')),
    neg(now, JA('明日中に修正版をメールでお送りいたしますので、ご確認ください。')),
    neg(now, JA('明日は祝日のため、お返事は翌営業日になります。')),
    neg(now, JA('お見積りの件、明日までにご回答いたします。')),
    neg(now, EN('We will send the revised quote tomorrow.')),
    neg(now, EN('Tomorrow is a public holiday in Japan, so I will reply on the next working day.')),
    neg(now, EN('Thank you for your mail; I will check with our plant and get back to you tomorrow.')),
  ]),
  // Holidays told as information, or the reader's own event on a holiday we are invited to.
  ...[['2026-03-02', '3月20日・春分の日'], ['2026-03-02', '3月20日（春分の日）'], ['2026-07-01', '7月20日・海の日'], ['2026-10-01', '11月3日（文化の日）']].flatMap(([now, d]) => [
    neg(now!, JA(`このたびは、貴社主催の「お取引先様試食会」（${d}）にお招きいただき、誠にありがとうございます。弊社からは2名で参加させていただきます。`)),
    neg(now!, JA(`${d}は祝日のため、弊社は休業いたします。`)),
    neg(now!, JA(`貴社の創立記念式典（${d}）へのご招待、誠にありがとうございます。喜んで出席させていただきます。`)),
  ]),
  neg('2026-03-02', EN('Thank you for inviting us to your spring tasting event on March 20 (Vernal Equinox Day). Two of us will attend.')),
  neg('2026-07-01', EN('Many thanks for the invitation to your anniversary reception on Monday, July 20 (Marine Day); we are delighted to attend.')),
  // A day listed as unavailable or moved away from.
  ...[['2026-04-23', '5月1日（金）'], ['2026-04-23', '5月1日'], ['2026-07-01', '7月20日（月）'], ['2026-10-20', '11月23日（月）']].flatMap(([now, d]) => [
    neg(now!, JA(`${d}にお約束しておりましたお打ち合わせにつきまして、誠に申し訳ございませんが日程を変更させていただけますでしょうか。\n候補日：6月2日（火）14:00〜15:00`)),
    neg(now!, JA(`${d}は休業のため、翌週の火曜日はいかがでしょうか。`)),
    neg(now!, JA(`${d}に予定しておりましたご訪問は、弊社の都合により延期させていただきたく存じます。`)),
    neg(now!, JA(`先日お約束した${d}のお打ち合わせですが、先方のご都合により中止となりました。`)),
  ]),
  neg('2026-04-23', EN('Regarding the meeting we had arranged for Friday, May 1, I am afraid we need to move it; would Tuesday, June 2 suit you?')),
  neg('2026-04-23', EN('Our meeting originally set for May 1 has to be rescheduled; could we find another day in June?')),
  // An evening deadline or cut-off.
  ...['2月16日 22:00', '2月16日（火）22時', '2/16 23:59'].flatMap((d) => [
    neg('2027-02-01', JA(`お申し込みの締切は${d}となります。`)),
    neg('2027-02-01', JA(`当日出荷の受付は${d}までとなります。`)),
    neg('2027-02-01', JA(`ご回答は${d}までにお送りいただけますと幸いです。`)),
  ]),
  neg('2027-02-01', EN('The order cut-off for same-day shipping is 22:00 on February 16.')),
  neg('2027-02-01', EN('Please submit the form by 11:59 pm on Tuesday, February 16.')),
];
export const falseAlarmPositives: ClassCase[] = [
  ...[['2026-04-28', '明日'], ['2026-11-22', '明日']].flatMap(([now, d]) => [
    pos(now!, JA(`${d}、貴社にお伺いしてご説明させていただけますでしょうか。`), d!),
    pos(now!, JA(`${d}の14時からお打ち合わせをお願いできますでしょうか。`), d!),
  ]),
  pos('2026-04-28', EN('Could we meet at your office tomorrow at 10:00?'), 'tomorrow'),
  pos('2026-03-02', JA('3月20日（金）に貴社にお伺いしてもよろしいでしょうか。'), '3月20日（金）'),
  pos('2026-07-01', EN('Could we visit your plant on Monday, July 20?'), 'Monday, July 20'),
  pos('2026-04-23', JA('5月1日（金）14時からお打ち合わせをお願いできますでしょうか。'), '5月1日（金）'),
  pos('2026-10-20', JA('お打ち合わせの日程を、11月23日（月）に変更させていただけますでしょうか。'), '11月23日（月）'),
  pos('2027-02-01', JA('2月16日（火）22時からオンラインでお打ち合わせをお願いできますでしょうか。'), '2月16日（火）22時'),
];

// Round 19 (r19-calja): times and days a mail names that are no meeting proposed, read by structure — and the
// proposals on closed days and hours that must still be flagged. Our own wordings:
// H1 a stretch longer than the client's whole working day (a hotline staffed 7:00–20:00, a gate open between 7am
//    and 5pm) is hours of a service or of access, not a meeting; a bare time in brackets right after a noun that is
//    no meeting (夜間帯（22時以降）, night work (after 22:00)) glosses the noun; deadlines and shipping cut-offs stay clean.
// H2 a colon that is no clock's — a space after it or one digit of minutes (Option 1: 11/18, a ratio 1:5) — is a
//    list number, a label or a ratio, never 1:05.
// H3 history: an evaluative word with a gerund (Great talking with you on Monday, Nice meeting you) reports a talk
//    held; "Nice to meet you" is still to come.
// H4 a closed day named to be ruled out: the Japanese predicate the day hangs on is negated and stated (土曜日の工場
//    見学は対応しません, 行っておりませんので、…), not asked (お願いできませんか) — the day is not offered.
// H5 Start/End lines of one block name one meeting's day twice: reported once.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-11-02 is a Monday; Wednesday 18 November 2026; Saturdays 7, 14, 21 November. Monday 23 November 2026 is
// Labour Thanksgiving Day (勤労感謝の日).
const nov = '2026-11-02';
const OUT = 'outside-business-hours';
const WE = 'meeting-on-weekend';
const HOL = 'meeting-on-holiday';

describe('H1: hours of a service or access and glossed periods are no slot; real off-hours slots stay flagged', () => {
  run([
    { now: nov, body: 'Could we have a call on Wednesday 18 November from 7:00 to 8:00 JST?', expect: [[OUT, 'Wednesday 18 November from 7:00 to 8:00 JST']] },
    { now: nov, body: 'Could we have the review call on 18 November between 6am and 7am JST?', expect: [[OUT, '18 November between 6am and 7am JST']] },
    { now: nov, body: '11月18日（水）21時から22時でお打ち合わせをお願いできますでしょうか。', expect: [[OUT, '11月18日（水）21時から22時']] },
    { now: nov, body: '夜間の打ち合わせ（22時以降）でもよろしければ、11月18日（水）にお願いできますでしょうか。', expect: [[OUT, '22時']] },
    { now: nov, body: 'Would 18 November at 19:30 JST work for a quick call?', expect: [[OUT, '18 November at 19:30 JST']] },
    { now: nov, body: 'Our engineer could visit your plant on 18 November from 6:00 to 12:00 for the inspection.', expect: [[OUT, '18 November from 6:00 to 12:00']] },
    // Clean: a service window, an access window, a glossed period, a deadline, a shipping cut-off.
    { now: nov, body: 'During the cutover on Wednesday 18 November, our engineer will support you on a bridge line from 6:00 to 22:00 JST.', expect: [] },
    { now: nov, body: 'Your inspector can enter the site on Wednesday 18 November any time between 6am and 6pm.', expect: [] },
    { now: nov, body: '11月18日（水）は、サポート窓口を8時〜21時まで開設いたします。', expect: [] },
    { now: nov, body: '夜間帯（22時以降）のエンジニア派遣は契約の対象外となっております。', expect: [] },
    { now: nov, body: 'Night work (after 22:00) on 18 November would be charged at the overtime rate.', expect: [] },
    { now: nov, body: 'Our hotline is staffed from 7:00 to 20:00 JST, Monday to Friday.', expect: [] },
    { now: nov, body: '早朝（7時前）の搬入は、警備の都合上お受けしておりません。', expect: [] },
    { now: nov, body: '11月18日（水）20時までのご注文は当日出荷いたします。', expect: [] },
    { now: nov, body: 'Please send the signed form by 21:00 JST on Wednesday 18 November.', expect: [] },
    { now: nov, body: 'On 18 November our help desk will be reachable from 7am to 9pm JST for the go-live.', expect: [] },
  ]);
});

describe('H2: a list number, a label or a ratio before a colon is no clock', () => {
  run([
    { now: nov, kind: 'meeting-invite', body: 'Option 1: 11/18 (Wed) 7:00–8:00 JST\nOption 2: 11/19 (Thu) 14:00–15:30 JST\nWhich option suits you for the call?', expect: [[OUT, '11/18 (Wed) 7:00–8:00 JST']] },
    { now: nov, kind: 'meeting-invite', body: 'Option 1: 11/21 (Sat) 10:00–11:00 JST\nOption 2: 11/19 (Thu) 14:00–15:30 JST\nWhich option suits you for the call?', expect: [[WE, '11/21 (Sat)']] },
    // Clean.
    { now: nov, kind: 'meeting-invite', body: 'Option 1: 11/18 (Wed) 10:00–11:30 JST\nOption 2: 11/19 (Thu) 14:00–15:30 JST\nWhich option suits you for the visit?', expect: [] },
    { now: nov, body: '候補1: 11/18（水）10:00〜11:30\n候補2: 11/19（木）14:00〜15:30\nご都合のよい候補をお知らせください。', expect: [] },
    { now: nov, body: '案1: 11/18（水）10時〜\n案2: 11/19（木）14時〜\nいずれかでお打ち合わせをお願いできますでしょうか。', expect: [] },
    { now: nov, body: 'Please dilute the concentrate 1: 5 with water before the trial on 18 November at 10:00 JST.', expect: [] },
    { now: nov, body: 'The mixing ratio is 1:5 for the demo on 18 November at 10:00 JST.', expect: [] },
    { now: nov, body: 'Agenda item 3: 2 minutes each, in the call on 18 November at 10:00 JST.', expect: [] },
    { now: nov, body: 'Proposal A: 1: 4 split of the freight. Could we discuss it on 18 November at 10:00 JST?', expect: [] },
    { now: nov, body: 'Room 2: 6 seats. The workshop is on 18 November at 10:00 JST; could you confirm?', expect: [] },
  ]);
});

// Thursday 2026-11-19: "Monday" read forward is 23 November, a holiday; the Monday of the talk was the 16th.
const thu = '2026-11-19';

describe('H3: a talk told as held (Great talking with you on Monday) is history, not a proposal', () => {
  run([
    { now: thu, body: 'Could we meet on Monday to go through the pricing?', expect: [[HOL, 'Monday']] },
    { now: thu, body: 'Would Monday, November 23 at 10:00 suit you for the call?', expect: [[HOL, 'Monday, November 23']] },
    { now: thu, body: '11月23日（月）の14時にお打ち合わせをお願いできますでしょうか。', expect: [[HOL, '11月23日（月）']] },
    { now: thu, body: 'Nice to meet you by email. Could we have a call on Monday at 10:00 JST?', expect: [[HOL, 'Monday']] },
    // Clean.
    { now: thu, body: 'Great talking with you and your team on Monday.\nThe revised quote is attached.', expect: [] },
    { now: thu, body: 'Nice meeting you on Monday; the samples are on their way.', expect: [] },
    { now: thu, body: 'Good seeing you on Monday at the plant. The report follows.', expect: [] },
    { now: thu, body: 'Lovely chatting with you on Monday about the roadmap.', expect: [] },
    { now: thu, body: 'Great catching up with you on Monday over the figures.', expect: [] },
    { now: thu, body: 'It was a pleasure to meet you on Monday.', expect: [] },
    { now: thu, body: 'Thank you for your time on Monday.', expect: [] },
    { now: thu, body: '月曜日はお時間をいただき、ありがとうございました。', expect: [] },
    { now: thu, body: '月曜日のお打ち合わせではお世話になりました。', expect: [] },
  ]);
});

describe('H4: a closed day ruled out by a negated, stated predicate is not offered', () => {
  run([
    { now: nov, body: '土曜日の工場見学はいかがでしょうか。', expect: [[WE, '土曜日']] },
    { now: nov, body: '11月21日（土）にお打ち合わせをお願いできませんか。', expect: [[WE, '11月21日（土）']] },
    { now: nov, body: '11月21日（土）の10時から、貴社にお伺いしてもよろしいでしょうか。', expect: [[WE, '11月21日（土）']] },
    { now: nov, body: 'Could we visit your plant on Saturday, November 21?', expect: [[WE, 'Saturday, November 21']] },
    { now: nov, body: '11月14日（土）にオンラインでお打ち合わせはできませんでしょうか。', expect: [[WE, '11月14日（土）']] },
    // Clean.
    { now: nov, body: 'ただし、土曜日の工場見学は対応しません。平日でしたら、11月18日（水）でご案内できます。', expect: [] },
    { now: nov, body: '11月21日（土）の工場見学はお受けしておりません。', expect: [] },
    { now: nov, body: '日曜日のご訪問は行っておりません。', expect: [] },
    { now: nov, body: '土曜日の立ち会いは実施しておりません。', expect: [] },
    { now: nov, body: '土曜日の見学会は開催しません。', expect: [] },
    { now: nov, body: '11月14日（土）の説明会は予定しておりません。', expect: [] },
    { now: nov, body: 'なお、11月21日（土）の工場見学はお引き受けいたしません。', expect: [] },
    { now: nov, body: '日曜日のお打ち合わせは行っておりませんので、平日でご調整ください。', expect: [] },
  ]);
});

describe('H5: one meeting\'s day named on its Start and End lines is reported once', () => {
  run([
    { now: '2026-10-28', kind: 'meeting-invite', body: 'Please find below the details for the next steering committee:\n\nStart: 2026-11-23 09:30 JST\nEnd: 2026-11-23 11:00 JST\nLocation: Teams', expect: [[HOL, '2026-11-23']] },
    { now: '2026-10-28', kind: 'meeting-invite', body: 'Next steering committee:\nBegins: 2026/11/23 (Mon) 10:00 JST\nEnds: 2026/11/23 (Mon) 11:30 JST', expect: [[HOL, '2026/11/23 (Mon)']] },
    { now: '2026-10-28', kind: 'meeting-invite', body: 'Kick-off call\nStarts: 23 Nov 2026, 10:00 JST\nEnds: 23 Nov 2026, 11:00 JST', expect: [[HOL, '23 Nov 2026']] },
  ]);
});

// Round 15 (r15-cal): the calendar classes of /work/CLASSES-r15.md, each with our own wordings that must be
// flagged and the near misses that must stay clean.
import { describe } from 'vitest';
import { run } from './case-table';

// 2027-06-07 is a Monday: June 9 a Wednesday, June 10 a Thursday, June 12/13 the weekend. July 19, 2027 is 海の日.
const jun = '2027-06-07';
const OBH = 'outside-business-hours';
const WE = 'meeting-on-weekend';
const HOL = 'meeting-on-holiday';
const WDM = 'weekday-mismatch';

describe('C1: lunch is flagged (info) only for a slot that starts in the lunch hour, sits in it or takes all of it', () => {
  run([
    { now: jun, body: 'Could we meet on Wednesday, June 9 at 12:00?', expect: [[OBH, '12:00']] },
    { now: jun, body: 'Would Thursday, June 10, 12:30–13:30 JST suit you for the review call?', expect: [[OBH, '12:30–13:30 JST']] },
    { now: jun, body: '6月9日（水）12時半から30分ほど、お電話でご説明させていただけますでしょうか。', expect: [[OBH, '12時半']] },
    { now: jun, body: '6月10日（木）12:00〜12:45にオンラインでお打ち合わせをお願いできますでしょうか。', expect: [[OBH, '12:00〜12:45']] },
    { now: jun, body: 'Our engineer can visit your plant on June 10 from 12:15 to 13:15.', expect: [[OBH, '12:15 to 13:15']] },
    { now: jun, body: 'We propose the kick-off meeting on Wed 9 June, 12pm to 1pm Tokyo time.', expect: [[OBH, '12pm to 1pm Tokyo time']] },
    { now: jun, body: '下記の候補日でお打ち合わせをお願いできれば幸いです。\n・6月9日（水）10:00〜11:00\n・6月10日（木）12:30〜13:30', expect: [[OBH, '12:30〜13:30']] },
    { now: jun, body: 'Possible slots for the call:\n- Wed 9 June, 10:00–11:00 JST\n- Thu 10 June, 12:00–13:00 JST', expect: [[OBH, '12:00–13:00 JST']] },
    { now: jun, body: '| Date | Time |\n|---|---|\n| Thu 10 June | 12:30–13:00 JST |\nPlease let us know which suits you for the meeting.', expect: [[OBH, '12:30–13:00 JST']] },
    { now: jun, body: '6月10日（木）11:30〜13:30で貴社にお伺いしてもよろしいでしょうか。', expect: [[OBH, '11:30〜13:30']] },
    { now: jun, body: 'How about a short call at 12:45 on Thursday, June 10?', expect: [[OBH, '12:45']] },
    { now: jun, body: 'ご都合がよろしければ、6月9日（水）の12時からお時間をいただけますでしょうか。', expect: [[OBH, '12時']] },
    // Clean: a morning meeting that runs into lunch, one that starts when lunch ends, a lunch meeting.
    { now: jun, body: '下記の日程でご案内が可能でございます。\n・6月9日（水）13:30〜16:00\n・6月10日（木）10:00〜12:30', expect: [] },
    { now: jun, body: 'Could one of the following slots suit you?\n- Wed 9 June, 10:00–11:30 JST\n- Thu 10 June, 11:00–12:30 JST', expect: [] },
    { now: jun, body: '| Date | Time |\n|---|---|\n| Thu 10 June | 11:00–12:30 JST |\nPlease let us know if this suits you for the meeting.', expect: [] },
    { now: jun, body: 'Our engineer can visit your plant on June 10 from 10:30 to 12:15.', expect: [] },
    { now: jun, body: '6月9日（水）11時から12時半まで、工場をご案内いたします。ご都合はいかがでしょうか。', expect: [] },
    { now: jun, body: 'Would Thursday, June 10 at 13:00 JST work for a call?', expect: [] },
    { now: jun, body: '6月10日（木）13時から貴社にお伺いしてもよろしいでしょうか。', expect: [] },
    { now: jun, body: 'Could we meet for lunch near your office on Wednesday, June 9 at 12:00?', expect: [] },
  ]);
});

describe('C2: a slot the client proposed, restated from their quoted mail or attributed to them, is not the writer\'s to flag', () => {
  const q = (own: string, theirs: string) => `${own}\n\nOn Mon, Jun 7, 2027 at 9:12, Okabe Shinji wrote:\n${theirs.split('\n').map((l) => `> ${l}`).join('\n')}`;
  run([
    // Clean: the client's own slot confirmed.
    { now: jun, body: q('Dear Mr. Okabe,\nWe will call you at 8:00 AM Tokyo time on Thursday, June 10, as requested.', 'Could you call at 8:00 on the 10th? I am in meetings from 9:00.'), expect: [] },
    { now: jun, body: q('Dear Mr. Okabe,\nAs you kindly suggested, we will call you at 8:00 AM on Thursday, June 10.', 'Could you call at 8:00 on the 10th?'), expect: [] },
    { now: jun, body: q('Dear Mr. Okabe,\nThen we will visit your plant on Saturday, June 12 at 10:00.', 'Our line runs on Saturday, June 12. You are welcome to visit then at 10:00.'), expect: [] },
    { now: jun, body: q('Dear Mr. Okabe,\nConfirmed: Thursday, June 10, 7:30 JST, on Teams.', 'Would 7:30 JST on June 10 work? It is the only gap in my day.'), expect: [] },
    { now: jun, body: q('Dear Mr. Okabe,\nWe will be glad to join your team at 18:30 on Wednesday, June 9.', 'We hold our quality review at 18:30 on Wednesday, June 9. Could you join?'), expect: [] },
    { now: jun, body: '岡部様\n\nご指定いただいた6月12日（土）10時に、貴社工場へお伺いいたします。', expect: [] },
    { now: jun, body: '岡部様\n\nご提案いただいた日時（6月10日（木）8時）にお電話いたします。', expect: [] },
    { now: jun, body: '岡部様\n\nそれでは6月12日（土）10時に貴社へお伺いいたします。\n\n-----Original Message-----\nFrom: 岡部\nSent: Monday, June 7, 2027 9:12\nTo: Sales\nSubject: 見学\n\n6月12日（土）10時でしたら工場が稼働しておりますので、見学可能です。', expect: [] },
    { now: jun, body: 'Per your suggestion, our engineer will call at 8:00 on Thursday, June 10.', expect: [] },
    { now: jun, body: 'We will call you at 8:00 JST on Thursday, June 10, as you had proposed.', expect: [] },
    { now: jun, body: q('Hello Mr. Okabe,\nThat works: 8:00 on Thursday June 10 it is. Talk to you then.', 'Can we talk at 8:00 on Thursday June 10?'), expect: [] },
    { now: jun, body: q('Dear Mr. Okabe,\nWe will come on Sunday, June 13 at 10:00 to install the unit while your line is stopped.', 'Please come on Sunday, June 13, at 10:00 when the line is stopped.'), expect: [] },
    // Still flagged: a slot of the writer's own, a different day or time than the client named, an older quote.
    { now: jun, body: q('Dear Mr. Okabe,\nWe will call you at 7:00 AM Tokyo time on Thursday, June 10.', 'Could you call at 8:00 on the 10th?'), expect: [[OBH, '7:00 AM Tokyo time on Thursday, June 10']] },
    { now: jun, body: q('Dear Mr. Okabe,\nWe will call you at 8:00 AM Tokyo time on Friday, June 11.', 'Could you call on the 10th?'), expect: [[OBH, '8:00 AM Tokyo time on Friday, June 11']] },
    { now: jun, body: q('Dear Mr. Okabe,\nCould we visit your plant on Saturday, June 12 at 10:00?', 'Any weekday next week works for us.'), expect: [[WE, 'Saturday, June 12']] },
    { now: jun, body: q('Dear Mr. Okabe,\nWould 7:00 on Thursday, June 10 suit you?', 'Thursday suits us.'), expect: [[OBH, '7:00 on Thursday, June 10']] },
    { now: jun, body: 'Dear Mr. Okabe,\nAs a reminder, we will visit on Saturday, June 12 at 10:00.\n\nOn Mon, Jun 7, 2027 at 9:12, Okabe Shinji wrote:\n> Thank you.\n>> Could we visit on Saturday, June 12 at 10:00?', expect: [[WE, 'Saturday, June 12']] },
    { now: jun, body: '6月12日（土）10時に貴社工場へお伺いしてもよろしいでしょうか。', expect: [[WE, '6月12日（土）']] },
    { now: jun, body: 'As you know, we are busy; could we call at 7:00 on Thursday, June 10?', expect: [[OBH, '7:00 on Thursday, June 10']] },
  ]);
});

describe('C3: a date and clock range read as one slot, and a topic noun that is no other dated act', () => {
  const sep = '2026-08-27';
  run([
    // "Wed 10 Sep, 3-4 pm": Sep 10, 2026 is a Thursday.
    { now: sep, body: 'Would Tue 8 Sep or Wed 10 Sep, 3-4 pm JST, work for you?', expect: [[WDM, 'Wed 10 Sep']] },
    { now: sep, body: 'Could we meet on Wed 10 Sep, 10-11 am?', expect: [[WDM, 'Wed 10 Sep']] },
    { now: sep, body: 'Would 10 Sep (Wed), 3-4 pm work for a call?', expect: [[WDM, '10 Sep (Wed)']] },
    { now: sep, body: 'How about Wed 10 Sep 3–4pm for the review?', expect: [[WDM, 'Wed 10 Sep']] },
    { now: sep, body: 'Could we talk on Wednesday 10 September, 2:30-3:30 pm?', expect: [[WDM, 'Wednesday 10 September']] },
    { now: sep, body: 'Could we meet on Thu 10 Sep, 7-8 am JST?', expect: [[OBH, 'Thu 10 Sep, 7-8 am JST']] },
    { now: sep, body: 'Our team could visit on Thu 10 Sep, 6-7 pm.', expect: [[OBH, 'Thu 10 Sep, 6-7 pm']] },
    { now: sep, body: 'Could we meet on Thu 10 Sep, 12-1 pm?', expect: [[OBH, '12-1 pm']] },
    // 来週月曜日 written on Tuesday 2026-07-14 is July 20, 海の日.
    { now: '2026-07-14', body: '新しい物件管理システムの操作説明ですが、来週月曜日の午後2時から1時間ほどいかがでしょうか。', expect: [[HOL, '来週月曜日']] },
    { now: '2026-07-14', body: '受発注システムの研修ですが、来週月曜日の10時からお願いできますでしょうか。', expect: [[HOL, '来週月曜日']] },
    { now: '2026-07-14', body: '会計システムのご説明につきまして、来週月曜日14時からはいかがでしょうか。', expect: [[HOL, '来週月曜日']] },
    { now: '2026-07-14', body: 'Could we walk your team through the new system next Monday at 14:00?', expect: [[HOL, 'next Monday']] },
    // Near misses: the right weekday, a deadline of the system, a day-range of shipping.
    { now: sep, body: 'Would Tue 8 Sep or Thu 10 Sep, 3-4 pm JST, work for you?', expect: [] },
    { now: sep, body: 'Could we meet on Thu 10 Sep, 10-11 am?', expect: [] },
    { now: sep, body: 'Would 10 Sep (Thu), 3-4 pm work for a call?', expect: [] },
    { now: sep, body: 'The parts ship on 10 Sep, 3-4 days later than planned.', expect: [] },
    { now: '2026-07-14', body: '新しいシステムの切替は、来週月曜日の午前2時から行います。', expect: [] },
    { now: '2026-07-14', body: '新しい物件管理システムの操作説明ですが、来週火曜日の午後2時から1時間ほどいかがでしょうか。', expect: [] },
  ]);
});

describe('C4: the client\'s offered weekend thanked, reported or declined is no weekend proposal', () => {
  run([
    // Clean: the client's offer reported (とのこと, との + noun) or thanked, the day turned down by the predicate.
    { now: jun, body: '土曜日の稼働日にもお受け入れいただけるとのお気遣い、大変ありがたく存じます。平日の6月9日（水）14時からお伺いできれば幸いです。', expect: [] },
    { now: jun, body: '印刷機の点検を土曜日にしてほしいとのこと、承知いたしました。あいにく弊社は平日のみの対応となります。', expect: [] },
    { now: jun, body: '6月12日（土）でも見学可能とのご連絡、ありがとうございます。', expect: [] },
    { now: jun, body: '日曜日でも工場をご案内いただけるとのお申し出、誠にありがとうございます。ただ、皆様のお休みを頂戴するのは心苦しく、平日でお願いできればと存じます。', expect: [] },
    { now: jun, body: '申し訳ございませんが、6月12日（土）は、担当者が日本におりませんため、伺うことが難しいです。', expect: [] },
    { now: jun, body: '6月13日（日）につきましては、弊社の技術者の都合がつきませんため、お伺いいたしかねます。', expect: [] },
    { now: jun, body: '恐れ入りますが、土曜日は弊社の者が伺えませんので、6月10日（木）の午後はいかがでしょうか。', expect: [] },
    { now: jun, body: 'Thank you for offering to open the plant for us on Saturday, June 12, but we would not want to take your team\'s weekend.', expect: [] },
    { now: jun, body: 'Thanks for kindly offering Saturday, June 12 for the visit; a weekday would be easier for your staff, so how about Thursday, June 10?', expect: [] },
    { now: jun, body: 'Unfortunately, Saturday, June 12 does not work for us, as our engineers are travelling.', expect: [] },
    { now: jun, body: 'You mentioned that Saturday, June 12 would also be possible for the visit; a weekday is easier for us.', expect: [] },
    { now: jun, body: 'We would rather not trouble your staff on Sunday, June 13. Would Thursday, June 10 at 14:00 suit you instead?', expect: [] },
    { now: jun, body: '弊社のエンジニアは週末に勤務しないため、6月12日（土）に伺うことはできません。平日の夕方でしたら対応可能です。', expect: [] },
    { now: '2027-02-08', body: 'To meet your deadline of 20 March for the start of the packaging line, we propose to ship the machines on 10 February.', expect: [] },
    { now: '2027-02-08', body: 'We will meet the target of Saturday, 20 March for the line start, with our technicians arriving on 2 March.', expect: [] },
    // Still flagged: the writer's own weekend slot, asked about even after thanks, a question whether it is hard.
    { now: jun, body: 'ご連絡ありがとうございます。6月12日（土）10時に貴社へお伺いしてもよろしいでしょうか。', expect: [[WE, '6月12日（土）']] },
    { now: jun, body: '6月12日（土）の10時は難しいでしょうか。弊社としては、その日に伺えれば幸いです。', expect: [[WE, '6月12日（土）']] },
    { now: jun, body: 'Thank you for your reply. Could we visit your plant on Saturday, June 12 at 10:00?', expect: [[WE, 'Saturday, June 12']] },
    { now: jun, body: 'If Saturday, June 12 does not work for you, we can also come on Sunday, June 13.', expect: [[WE, 'Saturday, June 12'], [WE, 'Sunday, June 13']] },
    { now: jun, body: '平日は難しいため、6月13日（日）の10時にお伺いしてもよろしいでしょうか。', expect: [[WE, '6月13日（日）']] },
    { now: jun, body: 'We cannot come on a weekday, so could we meet on Saturday, June 12 at 11:00?', expect: [[WE, 'Saturday, June 12']] },
    { now: jun, body: '6月12日（土）10時に伺うことはできませんでしょうか。', expect: [[WE, '6月12日（土）']] },
    { now: jun, subject: 'Re: 安全教育研修のご相談', body: '講師の都合を確認いたしましたところ、6月12日（土）でしたら、10時から16時まで対応が可能とのことです。', expect: [[WE, '6月12日（土）']] },
    { now: '2027-02-08', body: 'Could we meet on Saturday, 20 March to go through the start of the packaging line?', expect: [[WE, 'Saturday, 20 March']] },
  ]);
});

describe('C5: a weekday named as a working or closed day, or the client\'s own schedule, is no proposal', () => {
  run([
    { now: jun, subject: 'Re: 工場見学の日程について', body: '貴社では土曜日も工場が稼働していると伺っております。見学は平日でお願いできれば幸いです。', expect: [] },
    { now: jun, subject: 'Re: 工場見学の日程について', body: '弊社は土曜日も営業しておりますので、お急ぎの際はお電話ください。', expect: [] },
    { now: jun, subject: 'Re: 工場見学の日程について', body: '日曜日は定休日となっております。', expect: [] },
    { now: jun, subject: 'Re: Visit to your plant', body: 'I understand your team works Saturdays during the peak season.', expect: [] },
    { now: jun, subject: 'Re: Visit to your plant', body: 'Our office is closed on Saturdays and Sundays, so please send any urgent requests by Friday.', expect: [] },
    { now: jun, subject: 'Re: Visit to your plant', body: 'Since your line runs on Saturday as well, we could plan the audit for a weekday.', expect: [] },
    { now: jun, subject: 'Re: 打ち合わせ', body: '土曜日はお休みのところ、ご返信いただきありがとうございます。', expect: [] },
    { now: jun, subject: 'Re: 打ち合わせ', body: '毎週土曜日は弊社のサポート窓口も休業しております。', expect: [] },
    // Still flagged: the weekday proposed.
    { now: jun, subject: 'Re: 工場見学の日程について', body: '土曜日に見学させていただくことは可能でしょうか。', expect: [[WE, '土曜日']] },
    { now: jun, subject: 'Re: Visit to your plant', body: 'Could we come on Saturday to see the line running?', expect: [[WE, 'Saturday']] },
    { now: jun, subject: 'Re: 打ち合わせ', body: '土曜日も営業しておりますので、土曜日の10時にお伺いしてもよろしいでしょうか。', expect: [[WE, '土曜日']] },
    { now: jun, subject: 'Re: Visit to your plant', body: 'Would this Sunday at 10:00 suit you for the visit?', expect: [[WE, 'this Sunday']] },
  ]);
});

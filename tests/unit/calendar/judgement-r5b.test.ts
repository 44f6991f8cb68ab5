// Which proposals were missed or wrongly read (issue 11, round 5, second pass), by class: a past word in the
// topic named before the slot; a wish whose verb of thinking is left unsaid (〜ればと。); something brought
// to the client's premises (お持ちします); a cold first mail that fixes the day and the hour; a greeting visit
// to a client already known; a first meeting whose date stands in a 日時： block. Every case is our own.
import { describe } from 'vitest';
import { run } from './case-table';

// 2026-07-27 is a Monday; 8/13–16 is the Obon closure; 8/18 (Tue) is a working day.
describe('a past word in the topic named before the slot leaves the slot a proposal', () => {
  const now = '2026-07-27';
  run([
    { now, body: '先月の監査の件、8月14日（金）10時に貴社でご説明できればと存じます。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now, body: '昨年の不具合について、8月13日（木）14時にお打ち合わせをお願いできますでしょうか。', expect: [['meeting-on-holiday', '8月13日（木）']] },
    { now, body: '先週のトラブルの件、8月14日（金）の午後にお伺いしてもよろしいでしょうか。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now, body: '前回の試作品に関して、8月13日（木）11時からお打ち合わせいただけますでしょうか。', expect: [['meeting-on-holiday', '8月13日（木）']] },
    { now, body: "Regarding last month's audit, could we meet on Friday, August 14 at 10:00?", expect: [['meeting-on-holiday', 'Friday, August 14']] },
    { now, body: 'Concerning the defect you reported last week, could we hold a call on Thursday, August 13 at 15:00?', expect: [['meeting-on-holiday', 'Thursday, August 13']] },
    { now, body: '先月の監査の件、8月18日（火）10時に貴社でご説明できればと存じます。', expect: [] },
    { now, body: '先月の監査の件、8月14日（金）にお打ち合わせいただきありがとうございました。', expect: [] },
    { now, body: 'Regarding the audit, we attended the review on Friday, August 14.', expect: [] },
    { now, body: '昨年の不具合について、8月13日（木）に出荷いたします。', expect: [] },
  ]);
});

// 2027-06-16 is a Wednesday: 明日 is 6/17 (Thu); 6/19 is a Saturday.
describe('a wish whose verb of thinking is left unsaid (〜ればと。) offers the time', () => {
  const now = '2027-06-16';
  run([
    { now, body: '詳細は明日の19時ごろ電話で話せればと。', expect: [['outside-business-hours', '明日の19時']] },
    { now, body: '6月19日（土）にお伺いできればと。', expect: [['meeting-on-weekend', '6月19日（土）']] },
    { now, body: '6月19日（土）10時にお打ち合わせできればと思います。', expect: [['meeting-on-weekend', '6月19日（土）']] },
    { now, body: '明日の20時からオンラインで少しお話しできればと考えております。', expect: [['outside-business-hours', '明日の20時']] },
    { now, body: '6月20日（日）の午後にお電話できればと。', expect: [['meeting-on-weekend', '6月20日（日）']] },
    { now, body: '6月26日（土）の10時に工場を見学できればと思っております。', expect: [['meeting-on-weekend', '6月26日（土）']] },
    { now, body: '6月18日（金）10時にお伺いできればと。', expect: [] },
    { now, body: '明日の19時までに資料をお送りできればと。', expect: [] },
    { now, body: '6月19日（土）までにご回答いただければと。', expect: [] },
  ]);
});

describe('something brought to the client\'s premises is a visit', () => {
  const now = '2026-07-27';
  run([
    { now, body: '8月14日（金）10時に試作品を貴社へお持ちします。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now, body: '8月13日（木）に見本を工場へ持ち込みます。', expect: [['meeting-on-holiday', '8月13日（木）']] },
    { now, body: '8月14日（金）の午前中にサンプルを御社へお持ちいたします。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now, body: '8月13日（木）14時に新しいカタログを貴社へお持ちしてご説明します。', expect: [['meeting-on-holiday', '8月13日（木）']] },
    { now, body: '8月14日（金）に図面を弊社へお持ちいただけますでしょうか。', expect: [['meeting-on-holiday', '8月14日（金）']] },
    { now, body: '8月13日（木）に修理品を現地へ持っていきます。', expect: [['meeting-on-holiday', '8月13日（木）']] },
    { now, body: '8月18日（火）10時に試作品を貴社へお持ちします。', expect: [] },
    { now, body: '8月14日（金）までに資料をお持ちください。', expect: [] },
    { now, body: '8月14日（金）時点で貴社でお持ちの在庫をお知らせください。', expect: [] },
  ]);
});

// 2027-10-04 is a Monday; 10/13 is a Wednesday.
describe('a cold first mail that fixes the day and the hour proposes a first meeting', () => {
  const now = '2027-10-04';
  const cold = { now, recipient: 'prospect' as const, firstContact: true };
  run([
    { ...cold, body: '突然のご連絡失礼いたします。\n10月13日（水）10時に、御社へご説明に伺います。', expect: [['first-meeting-attendees', '10月13日（水）10時']] },
    { ...cold, body: 'はじめてご連絡いたします。\n来週火曜日の14時にオンラインでご説明させてください。', expect: [['first-meeting-attendees', '来週火曜日の14時']] },
    { ...cold, body: 'I am writing to introduce our platform.\nCould we hold a 30-minute call on Wednesday, October 13 at 10:00 JST?', expect: [['first-meeting-attendees', 'Wednesday, October 13 at 10:00 JST']] },
    { ...cold, body: '初めてメールを差し上げます。\n10月14日（木）15時から、弊社サービスのご紹介のお打ち合わせをお願いできますでしょうか。', expect: [['first-meeting-attendees', '10月14日（木）15時']] },
    { ...cold, body: 'I would like to visit your office on Thursday, October 14 at 2 p.m. to show you our sensors.', expect: [['first-meeting-attendees', 'Thursday, October 14 at 2 p.m.']] },
    { ...cold, body: 'はじめまして。\n来週水曜日の11時に貴社へ伺えればと存じます。', expect: [['first-meeting-attendees', '来週水曜日の11時']] },
    { ...cold, body: '突然のご連絡失礼いたします。\n10月13日（水）10時に、御社へご説明に伺います。当日は営業部長の田中と私が伺います。', expect: [] },
    { ...cold, body: 'はじめてご連絡いたします。\n来週あたり、一度お時間をいただけないでしょうか。', expect: [] },
    { ...cold, body: 'Could we find a time for a short call about your plans?', expect: [] },
    { now, body: '10月13日（水）10時に貴社へ伺います。', expect: [] },
  ]);
});

// 2027-04-20 is a Tuesday; 5/10 is a Monday.
describe('a greeting visit is a first meeting only with someone new', () => {
  const now = '2027-04-20';
  run([
    { now, body: '5月10日（月）の午前中にご挨拶に伺えればと存じます。', expect: [] },
    { now, body: 'I would like to pay a courtesy visit on Monday, May 10 at 10:00.', expect: [] },
    { now, body: '新製品のご紹介かたがた、5月11日（火）14時にご挨拶に伺いたく存じます。', expect: [] },
    { now, recipient: 'prospect', body: '5月10日（月）の午前中にご挨拶に伺えればと存じます。', expect: [['first-meeting-attendees', '5月10日（月）']] },
    { now, recipient: 'prospect', body: 'I would like to pay a courtesy visit on Monday, May 10 at 10:00.', expect: [['first-meeting-attendees', 'Monday, May 10 at 10:00']] },
    { now, recipient: 'prospect', body: '新製品のご紹介かたがた、5月11日（火）14時にご挨拶に伺いたく存じます。', expect: [['first-meeting-attendees', '5月11日（火）14時']] },
    { now, body: '初回のご挨拶として、5月10日（月）10時に伺えればと存じます。', expect: [['first-meeting-attendees', '5月10日（月）10時']] },
    { now, body: '初めてのお打ち合わせとして、5月11日（火）14時にご挨拶に伺いたく存じます。', expect: [['first-meeting-attendees', '5月11日（火）14時']] },
    { now, firstContact: true, body: '5月10日（月）の午前中にご挨拶に伺えればと存じます。', expect: [['first-meeting-attendees', '5月10日（月）']] },
  ]);
});

// 2027-01-05 is a Tuesday; 1/13 is a Wednesday.
describe('a first meeting whose date stands in a labelled block is flagged through the date line', () => {
  const now = '2027-01-05';
  run([
    {
      now, recipient: 'prospect',
      body: '初回のお打ち合わせを下記のとおりお願いできればと存じます。\n\n日時：1月13日（水）14:00〜15:00\n場所：オンライン',
      expect: [['first-meeting-attendees', '初回のお打ち合わせを下記のとおりお願いできればと存じます。\n\n日時：1月13日（水）14:00〜15:00']],
      fixed: '初回のお打ち合わせを下記のとおりお願いできればと存じます。\n\n日時：1月13日（水）14:00〜15:00\n弊社出席者：営業部長 〇〇、担当 〇〇',
    },
    {
      now, recipient: 'prospect',
      body: 'Please find below our proposal for an introductory meeting.\n\nDate: Wednesday, January 13, 14:00-15:00 JST\nPlace: online',
      expect: [['first-meeting-attendees', 'Please find below our proposal for an introductory meeting.\n\nDate: Wednesday, January 13, 14:00-15:00 JST']],
    },
    {
      now, recipient: 'prospect',
      body: '初回のお打ち合わせを、1月13日（水）14時からお願いできればと存じます。',
      expect: [['first-meeting-attendees', '1月13日（水）14時']],
    },
    {
      now, recipient: 'prospect',
      body: '初回のお打ち合わせを下記のとおりお願いできればと存じます。\n\n日時：1月13日（水）14:00〜15:00\n弊社出席者：営業部長 佐藤、担当 森',
      expect: [],
    },
  ]);
});

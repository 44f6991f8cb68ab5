// Round 31 (calendar, issues 9/10): a meeting proposed on a day named by a holiday, a closure period or a day relative
// to one (秋分の日の午後, "New Year's Eve", こどもの日の前日, "the Tuesday after Golden Week starts", "the week of Obon"),
// written for this round in ja, en and mixed wordings (body, bullets, invitations), with near misses that must stay
// clean: holidays told as information or closures, deliveries and deadlines after a holiday, "after Golden Week" on a
// working day, past talks, internal and client events. classes-r31-cal.test.ts runs them.

export interface NamedCase {
  now: string;
  body: string;
  /** The quote a meeting-on-holiday (or -weekend) finding must have; absent for a near miss that stays clean. */
  quote?: string;
  kind?: 'email' | 'meeting-invite';
}

const pos = (now: string, body: string, quote: string, kind?: NamedCase['kind']): NamedCase => ({ now, body, quote, ...(kind ? { kind } : {}) });
const neg = (now: string, body: string, kind?: NamedCase['kind']): NamedCase => ({ now, body, ...(kind ? { kind } : {}) });

const JUL = '2026-07-01';
const DEC = '2026-12-01';
const APR = '2026-04-01';
const NOV = '2026-11-20';

export const namedDays: NamedCase[] = [
  pos(JUL, '西村様\n\n秋分の日の午後、貴社ワイナリーにお伺いしてもよろしいでしょうか。', '秋分の日'),
  pos(JUL, '田中様\n\n敬老の日に一度お打ち合わせのお時間をいただけますでしょうか。', '敬老の日'),
  pos(JUL, '田中様\n\n山の日の10時からオンライン会議をお願いできますでしょうか。', '山の日'),
  pos(JUL, '田中様\n\nスポーツの日に工場見学をさせていただければ幸いです。', 'スポーツの日'),
  pos(JUL, '田中様\n\n文化の日の午前中にご挨拶に伺いたく存じます。', '文化の日'),
  pos(JUL, '田中様\n\n勤労感謝の日にお打ち合わせをお願いできないでしょうか。', '勤労感謝の日'),
  pos(DEC, '田中様\n\n元日の午後にオンラインで新年のご挨拶をさせていただけますでしょうか。', '元日'),
  pos(DEC, '田中様\n\n成人の日に貴社へお伺いしてもよろしいでしょうか。', '成人の日'),
  pos(DEC, '田中様\n\n建国記念の日の14時にお打ち合わせはいかがでしょうか。', '建国記念の日'),
  pos(DEC, '田中様\n\n天皇誕生日にご訪問させていただけますと幸いです。', '天皇誕生日'),
  pos('2027-01-10', '田中様\n\n春分の日の翌日にお打ち合わせをお願いできますでしょうか。', '春分の日の翌日'),
  pos(APR, '田中様\n\n昭和の日にお打ち合わせをお願いできますか。', '昭和の日'),
  pos(APR, '田中様\n\nみどりの日の午後、オンラインでご説明させていただけますでしょうか。', 'みどりの日'),
  pos(APR, '丸山様\n\nこどもの日の前日の午後に、30分ほどウェブ会議でご報告させていただけますでしょうか。', 'こどもの日の前日'),
  pos(APR, '田中様\n\n憲法記念日の翌日に貴社へお伺いできればと存じます。', '憲法記念日の翌日'),
  pos('2026-06-01', '森様\n\n7月の海の日に貴社倉庫にて検品の立ち会いをお願いできますでしょうか。', '7月の海の日'),
  pos(APR, '田中様\n\n振替休日にお伺いしてもよろしいでしょうか。', '振替休日'),
  pos('2026-11-01', '田中様\n\n大晦日の午前中にお電話でご挨拶させていただけますか。', '大晦日'),
  pos(JUL, '田中様\n\n以下の候補日でご訪問の日程をご検討ください。\n・秋分の日 14:00〜\n・9月24日（木）14:00〜', '秋分の日'),
  pos('2026-01-10', '田中様\n\n春分の日にお打ち合わせをお願いできますでしょうか。', '春分の日'),
  pos(JUL, '田中様\n\n本社の品質責任者が来日いたしますので、秋分の日（9月23日）の午後にお伺いしてもよろしいでしょうか。', '秋分の日（9月23日）'),
  pos('2026-12-10', '吉岡様\n\n成人の日の週明けにご挨拶に伺いたく存じます。', '成人の日の週明け'),
  pos(JUL, 'Dear Mr. Takada,\n\nCould we visit your plant on Marine Day?\n\nBest regards', 'Marine Day'),
  pos(JUL, 'Dear Mr. Takada,\n\nWould a call on Mountain Day work for you?\n\nBest regards', 'Mountain Day'),
  pos(JUL, "Dear Mr. Takada,\n\nWe'd like to meet on Respect for the Aged Day at 10:00.\n\nBest regards", 'Respect for the Aged Day'),
  pos(JUL, 'Dear Mr. Takada,\n\nCould we schedule the review meeting on Autumnal Equinox Day?\n\nBest regards', 'Autumnal Equinox Day'),
  pos(JUL, 'Dear Mr. Takada,\n\nHow about a video call on Culture Day, say 3pm JST?\n\nBest regards', 'Culture Day'),
  pos(JUL, 'Dear Mr. Takada,\n\nWould Labor Thanksgiving Day work for the kickoff meeting?\n\nBest regards', 'Labor Thanksgiving Day'),
  pos(NOV, 'Hi Kenji,\n\nWould a short video call on New Year\'s Eve work, say 10:00 JST?\n\nWarm regards', "New Year's Eve"),
  pos(NOV, 'Dear Ms. Ono,\n\nCould we meet the day after New Year\'s Day to go over the forecast?\n\nBest regards', "the day after New Year's Day"),
  pos(NOV, "Dear Ms. Ono,\n\nI'd like to visit you on Coming of Age Day.\n\nBest regards", 'Coming of Age Day'),
  pos(DEC, 'Dear Ms. Ono,\n\nCould we meet on National Foundation Day to sign the contract?\n\nBest regards', 'National Foundation Day'),
  pos(DEC, "Dear Ms. Ono,\n\nOur CEO would like to visit your office on the Emperor's Birthday.\n\nBest regards", "Emperor's Birthday"),
  pos(APR, "Hi Takeshi,\n\nI'll be in Tokyo for a trade visit — could we meet the Tuesday after Golden Week starts, at 15:00 at your office?\n\nBest", 'the Tuesday after Golden Week starts'),
  pos(APR, 'Dear Ms. Ono,\n\nWould Showa Day work for a quick call?\n\nBest regards', 'Showa Day'),
  pos(APR, "Dear Ms. Ono,\n\nCould we hold the demo at your office on Children's Day?\n\nBest regards", "Children's Day"),
  pos(APR, 'Dear Ms. Ono,\n\nOur engineer could come by your plant on Greenery Day at 10am.\n\nBest regards', 'Greenery Day'),
  pos('2026-07-25', 'Subject: Cardamom crop briefing\nWhen: the week of Obon — any afternoon, 60 minutes, online\n\nDear Mr. Maruyama,\nPlease let us know which afternoon suits you best.\n\nRegards', 'the week of Obon', 'meeting-invite'),
  pos('2026-11-01', 'Dear Ms. Ono,\n\nCould we meet at your office in the last week of December?\n\nBest regards', 'the last week of December'),
  pos(JUL, "Dear Ms. Ono,\n\nWe'd love to visit your plant in mid-August to walk through the new line.\n\nBest regards", 'mid-August'),
  pos(JUL, '田中様\n\nCould we meet on 海の日 at 10:00 at your office?\n\nBest regards', '海の日'),
  pos(JUL, 'Dear Ms. Ono,\n\nProposed slots for the review meeting:\n- Marine Day, 10:00 JST\n- Tuesday, July 21, 10:00 JST\n\nBest regards', 'Marine Day'),
  pos('2026-08-01', 'Dear Ms. Ono,\n\nCould we visit you the day after Respect for the Aged Day?\n\nBest regards', 'the day after Respect for the Aged Day'),
  pos(JUL, 'Dear Ms. Ono,\n\nWould you be available for a call on Health and Sports Day?\n\nBest regards', 'Health and Sports Day'),
  pos('2026-12-15', '坂口さん\n\n正月三が日のうちに、オンラインで新年のご挨拶をさせていただけないでしょうか。', '正月三が日'),
  pos(NOV, '田中様\n\n年末最終週にお打ち合わせのお時間をいただけますでしょうか。', '年末最終週'),
  pos(JUL, 'Dear Ms. Ono,\n\nOur director will be in Osaka on Marine Day and would be glad to visit your brewery that afternoon.\nWould 14:00 be convenient?\n\nBest regards', 'Marine Day'),

  neg(JUL, '田中様\n\n誠に勝手ながら、海の日は休業いたします。'),
  neg(JUL, 'Dear Ms. Ono,\n\nPlease note that we are closed on Marine Day.\n\nBest regards'),
  neg(JUL, '田中様\n\n弊社は文化の日を休業とさせていただきます。'),
  neg(JUL, 'Dear Ms. Ono,\n\nOur office will be closed for Mountain Day, so we will reply on August 12.\n\nBest regards'),
  neg(JUL, '田中様\n\n秋分の日の翌日、9月24日（木）に納品いたします。'),
  neg(JUL, '田中様\n\n勤労感謝の日明けの11月24日（火）にお伺いできればと存じます。'),
  neg(APR, 'Dear Ms. Ono,\n\nCould we meet after Golden Week, on Thursday, May 7?\n\nBest regards'),
  neg(APR, 'Dear Ms. Ono,\n\nCould we meet the week after Golden Week?\n\nBest regards'),
  neg(JUL, '田中様\n\nお盆明けの8月17日（月）にお打ち合わせをお願いできますでしょうか。'),
  neg(JUL, 'Dear Ms. Ono,\n\nThe deadline for the revised quote is the day after Marine Day.\n\nBest regards'),
  neg(JUL, '田中様\n\n納品は海の日の翌日を予定しております。'),
  neg(JUL, '田中様\n\n貴社の創立記念日にお祝いに伺いたく存じます。'),
  neg(JUL, 'Dear Ms. Ono,\n\nHappy Marine Day! We hope you enjoy the long weekend.\n\nBest regards'),
  neg('2026-11-10', '田中様\n\n先日の文化の日にはお時間をいただき、誠にありがとうございました。'),
  neg(JUL, 'Dear Ms. Ono,\n\nCould we meet on Tuesday, July 21, the day after Marine Day?\n\nBest regards'),
  neg(JUL, '田中様\n\n敬老の日の連休中は弊社も休業となります。'),
  neg(DEC, "Dear Ms. Ono,\n\nJapan's Coming of Age Day is on January 11 this year, so our Tokyo office will be closed.\n\nBest regards"),
  neg(DEC, '田中様\n\n天皇誕生日（2月23日）は祝日のため、翌24日（水）にお伺いいたします。'),
  neg(APR, 'Dear Ms. Ono,\n\nWe will send the documents before Greenery Day.\n\nBest regards'),
  neg(JUL, 'Dear Ms. Ono,\n\nMarine Day falls on July 20 this year, so the shipment will arrive on July 21.\n\nBest regards'),
  neg(NOV, '田中様\n\n年末年始の休業期間は12月29日から1月3日までです。'),
  neg(JUL, 'Dear Ms. Ono,\n\nCould we meet in the week after Obon?\n\nBest regards'),
  neg(JUL, '田中様\n\nお盆休みはゆっくりお過ごしください。'),
  neg(JUL, "Dear Ms. Ono,\n\nWe'd like to meet in late August.\n\nBest regards"),
  neg(JUL, "Dear Ms. Ono,\n\nWe'd like to visit your plant in early September.\n\nBest regards"),
  neg(JUL, '田中様\n\n9月上旬にお伺いできればと存じます。'),
  neg(JUL, 'Dear Ms. Ono,\n\nCould we meet in mid-September?\n\nBest regards'),
  neg(NOV, '田中様\n\n弊社は大晦日まで営業しております。'),
  neg(NOV, 'Dear Ms. Ono,\n\nOur support desk is open on New Year\'s Eve until noon.\n\nBest regards'),
  neg(APR, 'Dear Ms. Ono,\n\nCould we meet the Tuesday after Golden Week?\n\nBest regards'),
  neg(APR, '田中様\n\n連休明けにお打ち合わせをお願いできますでしょうか。'),
  neg(APR, '田中様\n\nこどもの日の翌日は振替休日ですので、5月7日（木）にお伺いいたします。'),
  neg(JUL, 'Dear Ms. Ono,\n\nOur factory in Vietnam works on Marine Day, so the goods will ship that day.\n\nBest regards'),
  neg(JUL, '田中様\n\n秋分の日にちなんだ新商品のご案内をお送りいたします。'),
  neg(JUL, 'Dear Ms. Ono,\n\nCould we schedule the call for the Monday after Marine Day?\n\nBest regards'),
  neg(JUL, '田中様\n\n山の日を含む週は出荷を停止いたします。'),
  neg(JUL, 'Dear Ms. Ono,\n\nI hope you had a relaxing Golden Week.\n\nBest regards'),
  neg(JUL, '田中様\n\n海の日（7月20日）は祝日のため、翌21日（火）にお伺いできればと存じます。'),
  neg(JUL, 'Dear Ms. Ono,\n\nSince Marine Day is a holiday in Japan, could we meet on Tuesday, July 21 instead?\n\nBest regards'),
  neg(NOV, 'Dear Ms. Ono,\n\nWe will be closed from New Year\'s Eve to January 3 and back on January 4.\n\nBest regards'),
  neg(JUL, '田中様\n\n社内の定例会議は山の日も通常どおり開催いたします。'),
  neg(JUL, '田中様\n\n文化の日の翌日、11月4日（水）の午後にお伺いしてもよろしいでしょうか。'),
  neg(JUL, 'Dear Ms. Ono,\n\nThe day after Culture Day, Wednesday, November 4, would suit us for the visit.\n\nBest regards'),
  neg(APR, '田中様\n\nゴールデンウィーク明けの5月7日（木）にお伺いできればと存じます。'),
  neg(JUL, 'Dear Ms. Ono,\n\nThe trade fair closes on Marine Day; we will send you the report the following week.\n\nBest regards'),
  neg(JUL, 'Dear Ms. Ono,\n\nCould we meet the week after Marine Day?\n\nBest regards'),
  neg('2027-01-05', '日時：2027年1月19日（火）10:00〜11:30\n\n坂口様\n\n成人の日の翌週で恐縮ですが、上記日程にてご相談させていただければ幸いです。', 'meeting-invite'),
  neg('2026-10-05', '水野様\n\nこのたびは、貴社が文化の日に開催される試食会にお招きいただき、誠にありがとうございます。当日は喜んでお伺いいたします。'),
  neg(JUL, 'Dear Ms. Ono,\n\nWe could visit any day after Mountain Day, for example on Wednesday, August 12.\n\nBest regards'),
  neg(JUL, '田中様\n\n7月20日（月）は海の日のため、翌日の7月21日（火）にお伺いできればと存じます。'),
  neg(JUL, '田中様\n\n海の日は祝日ですので、7月21日（火）にお伺いいたします。'),
];

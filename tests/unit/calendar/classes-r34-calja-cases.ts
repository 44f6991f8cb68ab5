// Round 34 (calendar in Japanese and mixed mail, issue 9): cases written for this round, per class, before the rules
// changed, with near misses that must stay clean. Frames × holidays are crossed on purpose (the same class in wordings
// no rule was written for). classes-r34-calja.test.ts runs them. 2026 holidays: 3/20, 4/29, 5/4–6, 7/20, 8/11,
// 9/21–23, 10/12, 11/3, 11/23; closures 4/29–5/5, 8/13–8/16, 12/29–1/3.
import { neg, pos, type ClassCase } from './class-cases';
import { jaNishimura as JA } from '../mail-wrappers';

// ————— Class 1: a holiday named in one clause (or sentence), proposed in the next by an anaphor (その日, 当日, 同日,
// そちら). The finding sits on the holiday's name and date when the proposal is in the same sentence, on the anaphor when it is in
// the next. Not: the holiday told as a closure, as the reason for a delay, or the day before or after it proposed.
const HOLIDAYS: Array<[string, string]> = [
  // [now, the holiday as written]
  ['2026-09-20', 'スポーツの日（10月12日）'],
  ['2026-10-20', '勤労感謝の日（11月23日）'],
  ['2026-10-01', '文化の日（11月3日）'],
  ['2026-07-01', '海の日の7月20日（月）'],
  ['2026-09-01', '秋分の日（9月23日）'],
];
const SAME_SENTENCE = [
  (h: string) => `${h}は終日東京におりますので、その日に現地調査に伺えればと存じます。`,
  (h: string) => `${h}に大阪で展示会がございますので、同日の午後に貴社へご挨拶に伺ってもよろしいでしょうか。`,
  (h: string) => `${h}であれば弊社の山本も同行できますので、そちらでご都合はいかがでしょうか。`,
  (h: string) => `${h}に来日いたしますので、当日に工場を見学させていただけませんでしょうか。`,
];
const NEXT_SENTENCE: Array<[(h: string) => string, string]> = [
  [(h) => `${h}は、私どもの予定が終日空いております。その日にお打ち合わせをお願いできれば幸いです。`, 'その日'],
  [(h) => `${h}には弊社の技術者が来日いたします。当日、貴社工場にてデモを実施させていただけますでしょうか。`, '当日'],
];
const ANAPHOR_NEAR = [
  (h: string) => `${h}は弊社休業日となります。その日のお問い合わせには翌営業日に回答いたします。`,
  (h: string) => `${h}は祝日のため、その翌日にお伺いできればと存じます。`,
  (h: string) => `${h}は貴社もお休みかと存じますので、その翌々日にお打ち合わせをお願いできれば幸いです。`,
  (h: string) => `${h}は祝日のため、同日のご注文分は翌営業日の出荷となります。`,
  (h: string) => `${h}は休業のため、資料の送付が当日ではなく翌営業日となりますことをご了承ください。`,
  (h: string) => `${h}にお打ち合わせをとのご提案をいただきましたが、その日は祝日のため、別の日にお願いできれば幸いです。`,
];

export const anaphors: ClassCase[] = [
  ...HOLIDAYS.flatMap(([now, h]) => SAME_SENTENCE.map((f) => pos(now, JA(f(h)), h))),
  ...HOLIDAYS.flatMap(([now, h]) => NEXT_SENTENCE.map(([f, q]) => pos(now, JA(f(h)), q))),
];
/** The holiday by name, an act on it, and the ask referred to it in the same sentence: the finding runs from the name to the reference. */
const NAMED_ONLY: Array<[string, string]> = [
  ['2027-01-15', '建国記念の日'],
  ['2026-09-20', 'スポーツの日'],
  ['2026-10-20', '勤労感謝の日'],
  ['2026-07-01', '海の日'],
];
const ARRIVAL = (h: string) => `弊社CEOは${h}に東京に到着する予定で、その日のうちに貴社へご挨拶に伺いたいと申しております。`;
const ARRIVAL_NEAR = [
  (h: string) => `弊社CEOは${h}に東京に到着する予定で、その翌日に貴社へご挨拶に伺いたいと申しております。`,
  (h: string) => `弊社CEOは${h}に東京に到着する予定ですが、その日は祝日のため、翌日に伺いたいと申しております。`,
  (h: string) => `弊社CEOは${h}に東京に到着し、その日は都内のホテルに宿泊いたします。`,
];
anaphors.push(...NAMED_ONLY.map(([now, h]) => pos(now, JA(ARRIVAL(h)), `${h}に東京に到着する予定で、その日`)));

export const anaphorNearMisses: ClassCase[] = [
  ...HOLIDAYS.flatMap(([now, h]) => ANAPHOR_NEAR.map((f) => neg(now, JA(f(h))))),
  ...NAMED_ONLY.flatMap(([now, h]) => ARRIVAL_NEAR.map((f) => neg(now, JA(f(h))))),
];

// ————— Class 2: a closure conceded, then proposed (〜でも構いませんので / 〜でもよろしければ / 〜でも差し支えなければ):
// the finding sits on the closure's dates, or on its name where no date is written. Not: a closure notice, a reply or
// a delivery allowed after it, our own service open during it.
export const concessions: ClassCase[] = [
  pos('2026-07-20', JA('盆休みの期間中（8月13日〜16日）でも構いませんので、作業に伺えればと存じます。'), '8月13日〜16日'),
  pos('2026-07-20', JA('お盆休み中（8月13日〜16日）でも差し支えなければ、倉庫の点検に伺わせていただけますでしょうか。'), '8月13日〜16日'),
  pos('2026-12-01', JA('年末年始のお休み中（12月29日〜1月3日）でもよろしければ、サーバーの入れ替え作業にお伺いしたく存じます。'), '12月29日〜1月3日'),
  pos('2026-04-10', JA('ゴールデンウィーク中の5月1日（金）でも構いませんので、一度お打ち合わせのお時間をいただけますでしょうか。'), '5月1日（金）'),
  pos('2026-07-20', JA('お盆の8月14日（金）でもよろしければ、貴社へご挨拶に伺いたく存じます。'), '8月14日（金）'),
  pos('2026-10-20', JA('祝日の11月23日（月）でも弊社は対応できますので、その日に機械の点検に伺えれば幸いです。'), '11月23日（月）'),
  pos('2026-09-01', JA('連休中の9月22日（火）でも問題ございませんので、オンラインでお打ち合わせをお願いできますでしょうか。'), '9月22日（火）'),
  pos('2026-12-01', JA('12月30日（水）でも構いませんので、年内にご挨拶に伺えればと存じます。'), '12月30日（水）'),
];
export const concessionNearMisses: ClassCase[] = [
  neg('2026-07-20', JA('盆休みの期間中（8月13日〜16日）は休業いたします。')),
  neg('2026-07-20', JA('8月13日〜16日は休業いたしますので、ご了承ください。')),
  neg('2026-07-20', JA('ご返信はお盆休み明けでも構いません。')),
  neg('2026-12-01', JA('お打ち合わせは年末年始のお休み明けでも構いませんので、ご都合をお知らせください。')),
  neg('2026-07-20', JA('納品は8月13日〜16日を避けて、8月17日以降でも構いません。')),
  neg('2026-07-20', JA('お盆期間中でも弊社サポート窓口は営業しておりますので、お気軽にお問い合わせください。')),
  neg('2026-12-01', JA('資料のご確認は年明けでも構いませんので、ご都合のよいときにご覧ください。')),
  neg('2026-04-10', JA('ゴールデンウィーク中でもメールは確認しておりますので、何かございましたらご連絡ください。')),
];

// ————— Class 3: a run of holidays as the period of a visit or meeting ask (〜の連休中に, GW中に, 年末年始のお休み中に,
// 連休の間に): the finding sits on the period's name and its に. Not: the closure told, our visit after it (連休明けに), a delivery
// or a reply during it.
export const runs: ClassCase[] = [
  pos('2026-03-02', JA('春分の日の連休中に、貴社の新工場を見学させていただけないでしょうか。'), '春分の日の連休中'),
  pos('2026-12-01', JA('年末年始のお休み中に、サーバーの入れ替え作業に伺ってもよろしいでしょうか。'), '年末年始のお休み中に'),
  pos('2026-09-01', JA('9月の連休の間に、貴社倉庫の棚卸しに立ち会わせていただければ幸いです。'), '9月の連休の間'),
  pos('2026-07-20', JA('お盆休みの間に、ご挨拶に伺えればと存じます。'), 'お盆休みの間に'),
  pos('2026-04-10', JA('ゴールデンウィークの期間中に、工場を訪問させていただくことは可能でしょうか。'), 'ゴールデンウィークの期間中に'),
  pos('2026-12-01', JA('年末年始の休暇中に、システムの切り替えに伺わせていただけませんでしょうか。'), '年末年始の休暇中に'),
  pos('2026-04-10', JA('GW中に一度、オンラインでお打ち合わせのお時間をいただけますと幸いです。'), 'GW中に'),
  // A run of days off named by 連休 (the run around the holiday named, the month's first run, else the next run): the
  // finding sits on the period as written.
  pos('2026-09-01', JA('連休中にお打ち合わせのお時間をいただけますでしょうか。'), '連休中'),
  pos('2026-09-01', JA('シルバーウィーク中に一度お伺いしてもよろしいでしょうか。'), 'シルバーウィーク中'),
  pos('2026-05-10', JA('海の日の連休中に、工場を見学させていただけないでしょうか。'), '海の日の連休中'),
  pos('2026-09-01', JA('9月の連休の間に、貴社倉庫へご挨拶に伺えれば幸いです。'), '9月の連休の間'),
  pos('2026-09-20', JA('スポーツの日の三連休中に、オンラインでデモをさせていただけますでしょうか。'), 'スポーツの日の三連休中'),
];
export const runNearMisses: ClassCase[] = [
  neg('2026-04-10', JA('GW中は休業いたします。')),
  // Integration (round 34, the shared sample's s035): in a meeting invite, the invite's day as the topic (当日は /
  // 当日も) restates it, whatever follows (…お伺いしたうえで…ご相談できればと存じます). The holiday before it is written
  // (5月6日まで), so that 当日 has a holiday to be misread as: both fail without the fix in namesDayAgain (the sample's
  // own wording, with 連休明け alone, raised nothing here with or without it, so it could not fail).
  neg('2025-12-01', '日時：2026年5月7日（木）10:30〜11:30\n弊社出席者：取締役 平井\n\n沢田様\n5月6日までの連休明けのご多忙な時期に、ご面談の機会をいただき感謝申し上げます。\n当日は、貴社工場の電力使用状況についてお伺いしたうえで、診断の進め方をご相談できればと存じます。', 'meeting-invite'),
  neg('2025-12-01', '日時：2026年5月7日（木）10:30〜11:30\n弊社出席者：取締役 平井\n\n沢田様\n5月6日（水）まで休業のところ、ご面談の機会をいただき感謝申し上げます。\n当日も、工場の現状をお伺いしたうえで、改善策をご相談できればと存じます。', 'meeting-invite'),
  neg('2026-09-01', JA('連休明けに貴社へお伺いできればと存じます。')),
  neg('2026-12-01', JA('年末年始のお休み中はご返信が遅れますことをご了承ください。')),
  neg('2026-09-01', JA('連休前の9月18日（金）にお伺いできればと存じます。')),
  neg('2026-03-02', JA('春分の日の連休中に資料をお送りいたしますので、連休明けにご確認ください。')),
  neg('2026-12-01', JA('年末年始のお休み中に届いたご注文は、1月4日以降に順次発送いたします。')),
  neg('2026-04-27', JA('5月12日（火）14時でお願いできればと存じます。\n当日は私と技術担当の2名でお伺いいたします。\n連休中にもかかわらずご調整いただき、恐れ入ります。')),
  neg('2026-09-10', JA('9月24日（木）にお伺いいたします。シルバーウィーク中にも関わらずご返信をいただき、ありがとうございました。')),
  neg('2026-07-20', JA('お盆休みの間にご検討いただき、休み明けにお打ち合わせできれば幸いです。')),
  neg('2026-03-02', JA('連休中は休業いたします。')),
  neg('2026-09-01', JA('連休中にご連絡いただいた件は、連休明けに回答いたします。')),
  neg('2026-09-01', JA('連休中で恐縮ですが、資料をご確認いただけますでしょうか。')),
  neg('2026-09-01', JA('9月の連休の間に資料をお送りいたします。')),
  neg('2026-09-01', JA('連休前に一度お伺いできればと存じます。')),
  neg('2026-09-01', JA('連休明けの9月24日（木）にお伺いできればと存じます。')),
];

// ————— Class 4: a colleague's wish relayed (〜したいと申しております, 〜を希望しております, 〜たいとのことです) is our
// side's proposal. Not: the day after, the colleague's leave, the client's proposal declined, a deadline.
export const relays: ClassCase[] = [
  pos('2026-10-20', JA('ファン・ダイクは勤労感謝の日（11月23日）に農園を訪問したいと申しております。'), '勤労感謝の日（11月23日）'),
  pos('2026-10-01', JA('弊社の山田が、11月3日（火）に貴社へご挨拶に伺いたいと申しております。'), '11月3日（火）'),
  pos('2026-07-20', JA('技術担当のミュラーは、8月14日（金）の工場見学を希望しております。'), '8月14日（金）'),
  pos('2026-04-10', JA('部長の佐藤が、5月1日（金）にお打ち合わせをさせていただきたいとのことです。'), '5月1日（金）'),
  pos('2026-07-01', JA('弊社社長の李が、7月20日（月）に貴社を訪問したいと申しております。'), '7月20日（月）'),
  pos('2026-12-01', JA('当社エンジニアのスミスが、12月30日に現地で設置作業を行いたいとのことでございます。'), '12月30日'),
  pos('2026-09-01', JA('マーケティング担当の田中が、9月22日（火）にオンラインでご説明したいと申しております。'), '9月22日（火）'),
];
export const relayNearMisses: ClassCase[] = [
  neg('2026-10-20', JA('ファン・ダイクは11月24日（火）に農園を訪問したいと申しております。')),
  neg('2026-10-01', JA('山田は、11月3日は祝日のため、翌4日に伺いたいと申しております。')),
  neg('2026-04-10', JA('ミュラーは連休明けの5月7日（木）に伺いたいと申しております。')),
  neg('2026-10-20', JA('鈴木様から11月23日にお打ち合わせをとのご提案をいただきましたが、祝日のため別の日でお願いできれば幸いです。')),
  neg('2026-07-20', JA('山田は8月13日〜16日はお休みをいただいております。')),
  neg('2026-12-01', JA('佐藤は12月28日までに資料をお送りしたいと申しております。')),
  neg('2026-07-01', JA('李は7月21日（火）に貴社を訪問したいと申しております。')),
];

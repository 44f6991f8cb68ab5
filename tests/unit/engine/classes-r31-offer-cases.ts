// Round 31 (clean31, /work/BRIEF31.md class 1): clean drafts the engine read as problems — an offer is not news, a
// reassurance about the client's own delay is not casual, attendees named beside "and myself" are named. Our own
// wordings (ja, en, mixed; body, bullet, table, option list, quoted), none taken from the evaluation sets, and the near
// misses that must still be flagged: the same words as a notice (our shortage, our delay), a casual "no worries" of
// ours, a first visit that names nobody. Each case: whether the watched category is expected, the context, the body.
import type { DraftContext } from '../../../src/engine/types';
import { abcEn as en, abcJa as ja, abcMixed as mx } from '../mail-wrappers';

export type Case = [flagged: boolean, context: DraftContext, body: string];

export const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2026-05-01' };
export const PROSPECT: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-11-06' };

/** Offers and options of ours (watched: bad-news) — must stay clean. */
export const OFFERS: Case[] = [
  [false, CLIENT, en('If your design team needs more time, we can also ship part of the order by air at our cost to keep to your schedule.')],
  [false, CLIENT, en('Should the 20 May date be tight for your approval, I will look at a partial shipment that still reaches you before the launch.')],
  [false, CLIENT, en('If it helps your line, we are happy to send the first 200 units now and the balance with the May vessel.')],
  [false, CLIENT, en('We can also split the delivery into two lots if that suits your warehouse better.')],
  [false, CLIENT, en('If you prefer, we could deliver half next week and the rest at the end of the month.')],
  [false, CLIENT, en('One option would be a partial shipment of 500 pieces by air, at no extra cost to you.')],
  [false, CLIENT, en('Alternatively, we can send part of the order ahead by courier, at our expense.')],
  [false, CLIENT, en('If your schedule changes, we can move the delivery to early June without any charge.')],
  [false, CLIENT, en('If the full quantity is not needed at once, we can ship 300 cartons now and keep the rest ready for you.')],
  [false, CLIENT, en('We would be glad to look into an earlier partial shipment if that makes your launch easier.')],
  [false, CLIENT, en('If that helps, I can ask our plant to pack the first half of the order this week.')],
  [false, CLIENT, en('If you need the parts sooner, we can air-freight part of the order at our own cost.')],
  [false, CLIENT, en('In case your approval takes longer, I will check whether a partial delivery before the holidays is possible.')],
  [false, CLIENT, en('To keep your line running, we can send a partial lot by air and the remainder by sea, all at our cost.')],
  [false, CLIENT, en('If that date is difficult for you, please tell me and we will consider a split shipment.')],
  [false, CLIENT, en('Happy to ship the first pallet early if it helps your team start the installation.')],
  [false, CLIENT, en('Two options for the delivery:\n- the full order by sea on 12 June\n- 400 units by air on 2 June at our cost, the rest by sea')],
  [false, CLIENT, en('If your warehouse is full that week, we can hold part of the shipment for you free of charge.')],
  [false, CLIENT, en('Should it suit you better, we can also deliver in three smaller lots over the month.')],
  [false, CLIENT, ja('ご承認にお時間が必要でしたら、一部を弊社負担で航空便にて先にお送りすることも可能です。')],
  [false, CLIENT, ja('ご希望であれば、300個を先行して分納させていただくこともできます。')],
  [false, CLIENT, ja('ご都合がよろしければ、半数を来週、残りを月末にお届けする形でも対応いたします。')],
  [false, CLIENT, ja('必要でしたら、一部だけ先に出荷する方法も検討いたします。')],
  [false, CLIENT, ja('お急ぎの場合は、できあがった分から順次お送りすることも可能でございます。')],
  [false, CLIENT, ja('倉庫のご都合により一括での受け入れが難しい場合は、2回に分けての納品も承ります。')],
  [false, CLIENT, ja('ご希望に応じて、一部を航空便に切り替えることもできますので、お申し付けください。')],
  [false, CLIENT, mx('If your team needs more time, we can also ship part of the order by air at our cost.\nご検討のほど、よろしくお願いいたします。')],
  [false, CLIENT, mx('ご都合に合わせて、分納でのお届けも可能です。\nPlease let us know which you prefer.')],
  [false, CLIENT, en('Option | Delivery | Freight\nA: full order | 20 June | sea, as quoted\nB: 300 units first | 5 June | air, at our cost')],
  [false, CLIENT, en('Please let me know if you would like us to ship the available 120 units now; the rest can follow with the next vessel.')],
];

/** The same words as a notice of ours (watched: bad-news) — must still be flagged. */
export const OFFERS_NEAR: Case[] = [
  [true, CLIENT, en('We can only ship part of the order this month.')],
  [true, CLIENT, en('Only 300 of the 800 cartons will ship this week.')],
  [true, CLIENT, en('We have to split your order: 400 units now, the rest in July.')],
  [true, CLIENT, en('The delivery will be three weeks late.')],
  [true, CLIENT, en('We will only be able to deliver half of your order in June.')],
  [true, CLIENT, en('Your order will be shipped in two parts: 300 units now and the rest in August.')],
  [true, CLIENT, en('The shipment has been delayed to 20 June.')],
  [true, CLIENT, en('We can deliver only 200 of the 500 units next week.')],
  [true, CLIENT, en('We will ship part of your order now; the balance will follow in about six weeks.')],
  [true, CLIENT, en('Delivery of the remaining 400 units will slip to August.')],
  [true, CLIENT, en('If it helps, we can ship part of the order now — the rest will be three weeks late.')],
  [true, CLIENT, en('The price of the A-10 will go up by 8% from the June shipment.')],
  [true, CLIENT, en('From July the unit price will be USD 14.20 (currently USD 12.90).')],
  [true, CLIENT, en('The May delivery is postponed to late June.')],
  [true, CLIENT, en('We cannot ship the full quantity this month.')],
  [true, CLIENT, en('Part of your order will arrive two weeks later than planned.')],
  [true, CLIENT, en('Only half of the May order can be shipped on time.')],
  [true, CLIENT, en('Our factory will ship only 60% of your order this month.')],
  [true, CLIENT, en('The second lot will now ship on 20 November instead of 6 November.')],
  [true, CLIENT, en('We are short of resin, so only part of the order will go out on Friday.')],
  [true, CLIENT, ja('ご注文のうち、今月お届けできるのは300個のみです。')],
  [true, CLIENT, ja('出荷が2週間遅れます。')],
  [true, CLIENT, ja('ご注文の半数は来月の出荷となります。')],
  [true, CLIENT, ja('今回は一部のみの出荷となります。')],
  [true, CLIENT, ja('納期は当初の予定より3週間遅れる見込みです。')],
  [true, CLIENT, ja('ご注文の品は、一部を分納させていただきます。')],
  [true, CLIENT, ja('次回ロットから単価が1個あたり12円上がります。')],
  [true, CLIENT, ja('今月は600個しかご用意できません。')],
  [true, CLIENT, ja('出荷日は5月20日から6月10日に変更となります。')],
  [true, CLIENT, ja('ご注文の一部しか出荷できません。')],
  [true, CLIENT, mx('Only 300 of the 800 cartons will ship this week.\nよろしくお願いいたします。')],
  [true, CLIENT, mx('ご注文のうち、今月お届けできるのは半数のみです。\nThank you for your understanding.')],
  [true, CLIENT, en('Delivery status:\n- Lot 1: shipped\n- Lot 2: delayed by 3 weeks')],
  [true, CLIENT, en('Item | Ordered | Shipping now\nA-10 | 800 | 300\nA-20 | 500 | 500\nThe rest of A-10 will follow in August.')],
  [true, CLIENT, en('We are unable to deliver the full order before your closing.')],
  [true, CLIENT, en('The balance of 500 units will be delivered in September, not July.')],
  [true, CLIENT, en('Lead time for the X-20 pumps is now 14 weeks instead of 8.')],
  [true, CLIENT, en('We will ship half now and the other half when the material arrives, probably in August.')],
  [true, CLIENT, ja('4月出荷分より、N-70は1kgあたり2,850円になります。')],
  [true, CLIENT, ja('ご注文数量のうち、200個は7月の出荷になります。')],
];

/** Reassurance about the reader's delay (watched: register and bad-news) — must stay clean. */
export const REASSURE: Case[] = [
  [false, CLIENT, en('No worries about the late delivery of your test samples — we have moved the trial to next week.')],
  [false, CLIENT, en('No worries at all about the delay on your side; we will simply start the evaluation when the parts arrive.')],
  [false, CLIENT, en('Please do not worry about the late payment; it has been received and everything is in order.')],
  [false, CLIENT, en('No worries about the delayed drawings — our engineers can start on Monday instead.')],
  [false, CLIENT, en('There is no need to worry about the late reply; we understand how busy the quarter end is.')],
  [false, CLIENT, en('No worries regarding the late return of the fixture, we have a spare one here.')],
  [false, CLIENT, en('No worries about the delay in your approval — we are holding the production slot for you.')],
  [false, CLIENT, en('No worries on the late feedback. Whenever suits your team is perfectly fine.')],
  [false, CLIENT, en('And no worries about sending the forecast late; we can still plan the May run.')],
  [false, CLIENT, en('Not to worry about the late confirmation — the slot is still yours.')],
  [false, CLIENT, mx('No worries about the late delivery of your drawings.\n引き続きよろしくお願いいたします。')],
  [false, CLIENT, ja('ご返信が遅くなった件、どうぞお気になさらないでください。')],
  [false, CLIENT, ja('図面のご提出が遅れた件は、まったく問題ございません。')],
  [false, CLIENT, ja('サンプルのご返送が遅れているとのこと、どうぞご放念ください。')],
  [false, CLIENT, ja('お支払いが遅れた件につきましては、確認できておりますのでご安心ください。')],
];

/** Casual reassurance or our own delay (watched: register for casual, bad-news for the delay) — must still be flagged. */
export const REASSURE_NEAR: Case[] = [
  [true, CLIENT, en('No worries!')],
  [true, CLIENT, en('no worries, thx!')],
  [true, CLIENT, en('Hey, no worries, we will sort it out.')],
  [true, CLIENT, en('No worries, mate — talk soon.')],
  [true, CLIENT, en('Cool, no worries.')],
  [true, CLIENT, en('No worries lol.')],
];

/** A first visit whose attendees are named in the sentence (watched: calendar) — must stay clean. */
const visit = (line: string) => `Dear Mr. Matsuoka,\n\nThank you for visiting our stand at the fair last week.\n${line}\nIf anything changes on your side, please let me know.\n\nBest regards,\nRafael Costa\nSales Engineer`;
const visitJa = (line: string) => `株式会社北辰 技術部\n松岡様\n\n先日は展示会にて弊社ブースにお立ち寄りいただき、誠にありがとうございました。\n${line}\n\n何卒よろしくお願いいたします。\nABC社 鈴木`;
export const NAMED: Case[] = [
  [false, PROSPECT, visit('I confirm our first visit to your office on Thursday, 10 December 2026 at 10:00, with Dr. Urs Meier (Application Engineering) and myself.')],
  [false, PROSPECT, visit('We would like to visit you for a first meeting on Thursday, 10 December 2026 at 10:00 — Ms. Anna Keller (Head of Quality) and myself.')],
  [false, PROSPECT, visit('For our first meeting on Thursday, 10 December 2026 at 10:00, I will come with Prof. Hans Vogel, our technical adviser.')],
  [false, PROSPECT, visit('I would be glad to visit you for an introductory meeting on Thursday, 10 December 2026 at 14:00 together with Mr. Jonas Berg (Product Manager).')],
  [false, PROSPECT, visit('Our first meeting is confirmed for Thursday, 10 December 2026 at 10:00; Dr. Lena Roth from our lab and I will be there.')],
  [false, PROSPECT, visit('May we visit you for a first meeting on Thursday, 10 December 2026 at 10:00? Attending will be Mr. Paul Weber, Sales Director, and myself.')],
  [false, PROSPECT, visit('I propose a first meeting at your office on Thursday, 10 December 2026 at 10:00 with myself and Dr. Urs Meier (Application Engineering).')],
  [false, PROSPECT, visit('I confirm our introductory visit on Thursday, 10 December 2026 at 10:00 with Mr. Sato (our Japan representative) and me.')],
  [false, PROSPECT, visitJa('初回のお打ち合わせは、12月10日（木）10時に貴社へお伺いいたします。弊社からは営業部長の田中と私の2名で伺います。')],
  [false, PROSPECT, visitJa('12月10日（木）10時より初回のお打ち合わせをお願いいたします。技術担当の山本と私、鈴木がお伺いいたします。')],
  [false, PROSPECT, visitJa('初回のご訪問は12月10日（木）10時を予定しております。当日は開発部の高橋（課長）と私が参ります。')],
  [false, PROSPECT, visitJa('12月10日（木）14時に初めてのお打ち合わせとしてお伺いします。メンバーは弊社CTOのミュラーと私です。')],
];

/** A first visit that names nobody (watched: calendar) — must still be flagged. */
export const NAMED_NEAR: Case[] = [
  [true, PROSPECT, visit('I confirm our first visit to your office on Thursday, 10 December 2026 at 10:00.')],
  [true, PROSPECT, visit('We would like to visit you for a first meeting on Thursday, 10 December 2026 at 10:00 to meet you and Ms. Kato.')],
  [true, PROSPECT, visit('I confirm our first visit on Thursday, 10 December 2026 at 10:00 to meet you and Mr. Ito from your design team.')],
  [true, PROSPECT, visit('I propose a first meeting on Thursday, 10 December 2026 at 10:00 with you and Dr. Kato.')],
  [true, PROSPECT, visit('Dr. Kato suggested a first meeting on Thursday, 10 December 2026 at 10:00; may we visit then?')],
  [true, PROSPECT, visitJa('初回のお打ち合わせは、12月10日（木）10時に貴社へお伺いいたします。')],
  [true, PROSPECT, visitJa('12月10日（木）10時より初回のお打ち合わせをお願いできますでしょうか。貴社の加藤様にもご同席いただけますと幸いです。')],
];

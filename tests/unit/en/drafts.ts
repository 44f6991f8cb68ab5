// Hand-written English and bilingual drafts that guard the English rules' precision and recall. They are
// written for these tests (various industries and writers), not taken from any corpus. A clean draft must
// raise no English finding at all; a flawed draft must raise each expected category on its quote.
import type { DraftInput } from '../../../src/engine/types';

export interface OwnDraft extends DraftInput {
  name: string;
  expect: Array<{ category: string; quote: string }>;
}

const client = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const prospect = { recipient: 'prospect' as const, firstContact: false, now: '2025-12-01' };
const stranger = { recipient: 'prospect' as const, firstContact: true, now: '2025-12-01' };

export const CLEAN: OwnDraft[] = [
  {
    name: 'price increase with apology, reason and a visit (chemicals)',
    subject: 'Revision of resin prices from April',
    body: 'Dear Mr. Hasegawa,\n\nThank you as always for your continued business.\nI am very sorry to inform you that, because the cost of raw naphtha has risen sharply, our resin prices will increase by 6% from April 1.\nOur sales director, Mr. Weber, and I would like to visit you in February to explain the details in person.\n\nWith sincere apologies,\nKarin Vogt\nRhein Polymers',
    context: client,
    expect: [],
  },
  {
    name: 'cushioned refusal with a promise to consult (SaaS)',
    subject: 'Re: Custom monthly report',
    body: 'Dear Ishikawa-san,\n\nThank you very much for the suggestion about a custom monthly report.\nI\'m afraid custom reports are outside the scope of your current plan, but because we value working with you, let me speak with my manager and see what we can do.\nI will come back to you by Friday.\n\nBest regards,\nPriya Nair',
    context: client,
    expect: [],
  },
  {
    name: 'delay with apology and a call (logistics)',
    subject: 'Delay of container MSKU-55120 — our apologies',
    body: 'Dear Ms. Fujimoto,\n\nWe sincerely apologise: the vessel carrying your container has been delayed by typhoon weather near Kaohsiung, and the arrival at Kobe is now expected on October 9.\nI will call you tomorrow morning to go through the options for your production line.\n\nKind regards,\nMarcus Lee',
    context: client,
    expect: [],
  },
  {
    name: 'introduction through a customer (first contact)',
    subject: 'Introduction from Mr. Kondo of Asahi Seiki',
    body: 'Dear Mr. Matsuda,\n\nMr. Kondo of Asahi Seiki kindly introduced us and suggested that I write to you.\nWe have supplied vibration sensors to Asahi Seiki for three years, and he thought our experience might be useful for your new line.\nIf it would be helpful, I would be glad to send a short case summary, and to visit at your convenience.\n\nYours sincerely,\nElena Rossi',
    context: stranger,
    expect: [],
  },
  {
    name: 'modest self-introduction asking only to send information',
    subject: 'Water treatment membranes — a brief introduction',
    body: 'Dear Ms. Hori,\n\nPlease forgive this sudden message.\nMy name is Tom Reed, and I look after Japan for Aquaflow, a maker of ceramic membranes for food plants.\nIf it would be of interest, may I send you a two-page brochure and a reference list of our customers in Asia?\n\nWith kind regards,\nTom Reed',
    context: stranger,
    expect: [],
  },
  {
    name: 'quote with a standard validity period to a prospect',
    subject: 'Quotation for 40 cleanroom garments',
    body: 'Dear Mr. Ogawa,\n\nThank you for your inquiry last week.\nPlease find attached our quotation; it is valid for 60 days.\nPlease take the time you need to review it with your team, and let me know if anything is unclear.\n\nBest regards,\nSophie Martin',
    context: prospect,
    expect: [],
  },
  {
    name: 'idioms that look like refusals',
    subject: 'Re: Plant tour',
    body: "Dear Nakamura-san,\n\nThank you for the invitation.\nWe can't wait to see your new assembly line, and I cannot thank you enough for arranging the tour.\nNo problem at all about the parking; we'll come by train.\n\nBest regards,\nDavid Kim",
    context: client,
    expect: [],
  },
  {
    name: 'a reassurance with won\'t',
    subject: 'Re: Firmware update',
    body: 'Dear Mr. Aoki,\n\nWe won\'t make any changes to the line settings without your written approval.\nFor the update itself, you won\'t need to stop production.\n\nBest regards,\nLukas Berger',
    context: client,
    expect: [],
  },
  {
    name: 'no delay expected',
    subject: 'October shipment',
    body: 'Dear Ms. Inoue,\n\nI am pleased to confirm that no delay is expected for the October shipment, and the price will not change.\nThe packing list is attached.\n\nKind regards,\nAmira Haddad',
    context: client,
    expect: [],
  },
  {
    name: 'follow-up after a meeting (not first contact)',
    subject: 'Materials from our meeting on Tuesday',
    body: 'Dear Mr. Yoshida,\n\nThank you again for your time on Tuesday.\nFollowing up on our conversation, I attach the test report and the maintenance schedule.\nIf your engineers would like a short call with our specialist, we would be happy to arrange one at any time.\n\nBest regards,\nHannah Cole',
    context: prospect,
    expect: [],
  },
  {
    name: 'bilingual refusal with a Japanese cushion',
    subject: 'Re: 支払条件について / Payment terms',
    body: 'Dear Kobayashi-san,\n\nいつもお世話になっております。\n誠に恐れ入りますが、お支払い条件の変更は本社の承認が必要となります。\nI\'m afraid our headquarters must approve any change to the payment terms, so I will consult them this week and come back to you.\n\nJames Carter',
    context: client,
    expect: [],
  },
  {
    name: 'internal note with casual words',
    subject: 'thx',
    body: 'Hi Kenji,\n\nthx for covering the call!! Can u send the deck ASAP? gonna review it tonight 👍\n\nTom',
    context: { recipient: 'internal', now: '2025-12-01' },
    expect: [],
  },
  {
    name: 'plain covering note',
    subject: 'Revised drawings',
    body: 'Dear Mr. Ito,\n\nPlease find attached the revised drawings for the bracket, reflecting your comments of November 20.\nThank you for your careful review.\n\nBest regards,\nOliver Smith',
    context: client,
    expect: [],
  },
  {
    name: 'Sato-san greeting and one exclamation mark',
    subject: 'Thank you',
    body: 'Hi Sato-san,\n\nThank you for the wonderful dinner in Sendai last night!\nOur whole team enjoyed it.\n\nBest regards,\nLaura Jensen',
    context: client,
    expect: [],
  },
  {
    name: 'a Western recipient at a Japanese client',
    subject: 'Re: Demo account',
    body: 'Hi Ken,\n\nYour demo account is ready, and the login details are in the attached note.\n\nBest regards,\nMaria Lopez',
    context: { ...client, recipientNames: ['Ken Walker'] },
    expect: [],
  },
  {
    name: 'discontinuation with apology and a last-time buy offer',
    subject: 'End of production of the RX-12 relay',
    body: 'Dear Mr. Shimizu,\n\nI am very sorry to let you know that the RX-12 relay will be discontinued at the end of June, because its coil supplier is closing.\nWe would like to visit you with our applications engineer to discuss a last-time buy and the RX-15 replacement.\n\nYours sincerely,\nFrank Müller',
    context: client,
    expect: [],
  },
  {
    name: 'change of contact with an offer to visit together',
    subject: 'A change in your account team',
    body: 'Dear Ms. Takeda,\n\nAfter five wonderful years working with you, I am moving to our Singapore office in March.\nMs. Grace Ho will be your new contact, and she and I would like to visit you together in February so that I can introduce her in person.\n\nWith warm regards,\nNathan Brooks',
    context: client,
    expect: [],
  },
  {
    name: 'deadline tied to the client\'s own schedule',
    subject: 'Timing for the April go-live',
    body: 'Dear Mr. Mori,\n\nTo have the system running before your fiscal year starts in April, we would need the purchase order by mid-February.\nIf that timing is difficult, please let me know and we will plan around it.\n\nBest regards,\nChloe Dubois',
    context: prospect,
    expect: [],
  },
  {
    name: 'the contract as a shared reference',
    subject: 'First delivery',
    body: 'Dear Mr. Kato,\n\nAs per the contract, we will deliver the first batch of 2,000 units on May 12.\nThe price includes installation and training; freight is quoted separately.\n\nBest regards,\nIsaac Levy',
    context: client,
    expect: [],
  },
  {
    name: 'quality problem with apology (medical devices)',
    subject: 'Lot 2304 — our apologies',
    body: 'Dear Ms. Okada,\n\nWe sincerely apologise: during our final check we found that 12 units in lot 2304 were defective.\nReplacement units will ship today, and our quality manager and I would like to visit you next week to explain the cause and our countermeasures.\n\nYours sincerely,\nRuth Adler',
    context: client,
    expect: [],
  },
  {
    name: 'words that contain slang or emoticon look-alikes',
    subject: 'Visit summary',
    body: 'Dear Mr. Watanabe,\n\nOur team was delighted by your cheerful welcome, and the automated estimate tool impressed everyone.\nThe mixing ratio is 3:1, and the meeting starts at 10:30 (JST).\n\nBest regards,\nThermex™ Japan\n© 2025 Thermex Ltd.\n📞 +81 3 1234 5678',
    context: client,
    expect: [],
  },
  {
    name: 'Dear all to a project group',
    subject: 'Agenda for the kick-off',
    body: 'Dear all,\n\nThank you for joining the kick-off on Thursday.\nThe agenda is attached; please let me know if you would like to add any topics.\n\nBest regards,\nSven Olsen',
    context: client,
    expect: [],
  },
  {
    name: 'gentle follow-up to an unanswered mail',
    subject: 'Re: Sample request',
    body: 'Dear Mr. Ueda,\n\nI am sorry to write again while you are busy.\nI only wanted to make sure that the samples we sent on November 18 reached you safely.\n\nBest regards,\nAnna Kowalski',
    context: prospect,
    expect: [],
  },
  {
    name: 'Kenji-san greeting with a signature in Japanese',
    subject: 'Re: 見積書',
    body: 'Kenji-san,\n\nThank you for your quick reply.\nWe will send the revised quotation tomorrow.\n\nHelen Park\nクレストパック・ジャパン',
    context: client,
    expect: [],
  },
  {
    name: 'regrettable news with the reason given (clean per the labelling guide)',
    subject: 'Freight surcharge',
    body: 'Dear Mr. Fukuda,\n\nDue to the new fuel surcharge of the shipping lines, our freight rates will increase by 3% from January.\nThe new rate table is attached.\n\nBest regards,\nTomás Silva',
    context: client,
    expect: [],
  },
];

export const FLAWED: OwnDraft[] = [
  {
    name: 'flat refusal of a discount',
    subject: 'Re: Volume discount',
    body: 'Dear Mr. Hayashi,\n\nThank you for your message.\nWe cannot offer a discount on orders below 100 units.\n\nRegards,\nBen Carter',
    context: client,
    expect: [{ category: 'blunt-refusal', quote: 'We cannot offer a discount on orders below 100 units.' }],
  },
  {
    name: 'given name and slang to a client',
    subject: 'PO',
    body: "Hi Haruto,\n\nHope you're well. We're gonna need the PO ASAP so we can book the truck.\n\nCheers,\nMick",
    context: client,
    expect: [
      { category: 'honorific', quote: 'Hi Haruto' },
      { category: 'register', quote: 'gonna' },
      { category: 'register', quote: 'ASAP' },
    ],
  },
  {
    name: 'cold pitch with a meeting ask',
    subject: 'Quick question',
    body: "Dear Mr. Saito,\n\nI hope this email finds you well.\nI'm reaching out because we help logistics companies cut empty truck miles by 30%.\nAre you free for a quick call on Thursday?\n\nBest,\nJake Miller",
    context: stranger,
    expect: [
      { category: 'cold-outreach', quote: 'I hope this email finds you well.' },
      { category: 'cold-outreach', quote: "I'm reaching out because we help logistics companies cut empty truck miles by 30%." },
      { category: 'cold-outreach', quote: 'Are you free for a quick call on Thursday?' },
    ],
  },
  {
    name: 'pushy check-in',
    subject: 'Re: Pricing',
    body: 'Dear Ms. Kimura,\n\nJust checking in — did you get my last email about the pricing?\n\nThanks,\nAlex',
    context: prospect,
    expect: [{ category: 'cold-outreach', quote: 'Just checking in — did you get my last email about the pricing?' }],
  },
  {
    name: 'limited-time ultimatum to a prospect',
    subject: 'Your 20% discount',
    body: 'Dear Mr. Endo,\n\nThis 20% discount is a limited-time offer, so please sign by the end of the month or the price goes up.\n\nBest regards,\nRyan Scott',
    context: prospect,
    expect: [{ category: 'pressure', quote: 'This 20% discount is a limited-time offer' }],
  },
  {
    name: 'bare delay notice',
    subject: 'PX-200 shipments',
    body: 'Dear Mr. Maeda,\n\nShipments of the PX-200 sensor will be delayed by three weeks.\nThe new schedule is attached.\n\nRegards,\nOwen Price',
    context: client,
    expect: [{ category: 'bad-news', quote: 'Shipments of the PX-200 sensor will be delayed by three weeks.' }],
  },
  {
    name: 'bare quality notice',
    subject: 'Lot 4471',
    body: 'Dear Ms. Sakamoto,\n\nLot 4471 failed our final inspection and will not ship this month.\nWe will inform you of the new date.\n\nRegards,\nNina Hart',
    context: client,
    expect: [{ category: 'bad-news', quote: 'Lot 4471 failed our final inspection and will not ship this month.' }],
  },
  {
    name: 'emoji and exclamation marks',
    subject: 'Great meeting!!',
    body: 'Dear Mr. Nishimura,\n\nGreat meeting you today!! 🙌\nThe slides are attached.\n\nBest regards,\nChris Young',
    context: client,
    expect: [
      { category: 'register', quote: '!!' },
      { category: 'register', quote: '🙌' },
    ],
  },
  {
    name: 'bare surname',
    subject: 'Invoice 2291',
    body: 'Yamamoto,\n\nAttached is invoice 2291 for the October deliveries.\n\nRegards,\nPaul Turner',
    context: client,
    expect: [{ category: 'honorific', quote: 'Yamamoto' }],
  },
  {
    name: 'hey guys',
    subject: 'Slides',
    body: 'Hey guys,\n\nThe slides from the workshop are attached.\n\nBest,\nSam',
    context: client,
    expect: [{ category: 'honorific', quote: 'Hey guys' }],
  },
  {
    name: 'not included, you will have to pay',
    subject: 'Re: Reporting module',
    body: "Dear Mr. Hirano,\n\nThat's not included in your license; you'll have to pay for the reporting module.\n\nRegards,\nDan Ross",
    context: client,
    expect: [{ category: 'blunt-refusal', quote: "That's not included in your license; you'll have to pay for the reporting module." }],
  },
  {
    name: 'the contract as a wall',
    subject: 'Re: On-site support',
    body: 'Dear Ms. Kudo,\n\nAs per our agreement, we are not obliged to provide on-site support.\n\nRegards,\nMark Evans',
    context: client,
    expect: [{ category: 'blunt-refusal', quote: 'As per our agreement, we are not obliged to provide on-site support.' }],
  },
  {
    name: 'bilingual change of contact with no apology or visit',
    subject: '担当変更のお知らせ / New contact',
    body: '株式会社ミドリ精工 購買部 森様\n\n4月より、貴社の担当はMr. Jason Leeとなります。\nFrom April, Mr. Jason Lee will be your new account manager.\nHis e-mail address is jason.lee@example.com.',
    context: client,
    expect: [{ category: 'bad-news', quote: 'From April, Mr. Jason Lee will be your new account manager.' }],
  },
  {
    name: 'out of scope with an alternative but no cushion',
    subject: 'Re: Manual translation',
    body: 'Dear Mr. Kubo,\n\nTranslating the manuals is out of scope for this project, but a partner agency can quote it.\n\nRegards,\nLeo Grant',
    context: client,
    expect: [{ category: 'blunt-refusal', quote: 'Translating the manuals is out of scope for this project, but a partner agency can quote it.' }],
  },
  {
    name: 'following up again',
    subject: 'Re: Proposal',
    body: 'Dear Mr. Ikeda,\n\nFollowing up again on the proposal I sent two weeks ago.\n\nBest,\nKyle Reed',
    context: prospect,
    expect: [{ category: 'cold-outreach', quote: 'Following up again on the proposal I sent two weeks ago.' }],
  },
  {
    name: 'given name with the surname known from the recipient',
    subject: 'Samples',
    body: 'Hi Yuki,\n\nThe samples left our warehouse this morning.\n\nBest regards,\nEmma Wilson',
    context: { ...client, recipientNames: ['Yuki Tanaka'] },
    expect: [{ category: 'honorific', quote: 'Hi Yuki' }],
  },
  {
    name: 'expiring offer to a first contact',
    subject: 'Offer for your Osaka site',
    body: 'Dear Mr. Murata,\n\nAct now: this offer expires Friday.\n\nBest regards,\nGary Fox',
    context: stranger,
    expect: [{ category: 'pressure', quote: 'Act now: this offer expires Friday.' }],
  },
];

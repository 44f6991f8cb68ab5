// Pressure and address as classes (issue 10, round 5), in wordings written for these tests and listed
// nowhere in the data: for each lever of en-levers.ts (a decision demanded by the seller's date, an offer
// that lapses, scarcity, a rival, a price that rises, regret, advice to hurry, an ultimatum) and each way of
// addressing a Japanese client (a given name, a title on a given name, a bare surname, a chat greeting, two
// honorifics at once), with beside each class the near misses that share its words and must stay clean: a
// deadline the client set, "no rush", stock given as an answer, a quote's validity, quoted history,
// "Dear Tanaka-san", "Dear Mr. Tanaka". The categories raised must be exactly the expected ones.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

/** A later mail to a prospect, a mail to a client, an internal mail. */
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2025-12-01' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2025-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2025-12-01' };
const D = 'Dear Mr. Endo,\n\n';
const SHIPPED = '\n\nThe samples shipped today.';

const DECISION_DEMANDED: Case[] = [
  ['pressure', P, D + 'I\'ll need a firm yes or no from you by Thursday.'],
  ['pressure', P, D + 'Could you get back to me with your final decision before the weekend?'],
  ['pressure', P, D + 'We must have your signed agreement no later than 20 December.'],
  ['pressure', P, D + 'Please revert with your confirmation by close of business tomorrow.'],
  ['pressure', P, D + 'Kindly send your purchase order by the 12th so we can hold the price.'],
  ['pressure', P, D + 'I need to know by Monday whether you\'re in or out.'],
  ['pressure', P, D + 'We are expecting your go-ahead by the end of this week.'],
  ['pressure', P, D + 'Your answer is required by 5 pm on Friday.'],
  ['pressure', P, D + 'To keep this deal alive, I need the signed quote back by Wednesday.'],
  ['pressure', P, D + 'Please make your decision within the next three days.'],
  // near misses: clean
  ['', P, D + 'Since you need the units by March 1, we would have to receive the order by February 10.'],
  ['', P, D + 'As you asked, we will send our final proposal by Friday.'],
  ['', P, D + 'You mentioned your board meets on the 15th, so we will have the documents ready by the 12th.'],
  ['', P, D + 'To meet the deadline you set, we will ship on Monday.'],
  ['', P, D + 'Thank you for letting us know that your decision is due by the end of January.'],
  ['', P, D + 'We are expecting your drawings by the end of this week.'],
  ['', P, D + 'I will send you the signed NDA by Friday.'],
  ['', P, D + 'Please let us know your decision whenever your team is ready.'],
];

const OFFER_LAPSES: Case[] = [
  ['pressure', P, D + 'This offer expires on 15 December.'],
  ['pressure', P, D + 'The 15% discount is only available until the end of the month.'],
  ['pressure', P, D + 'This pricing won\'t last past Friday.'],
  ['pressure', P, D + 'The promotional rate runs out on Sunday night.'],
  ['pressure', P, D + 'Our year-end deal closes in five days.'],
  ['pressure', P, D + 'The introductory price is good through November 30 only.'],
  ['pressure', P, D + 'Once this week is over, the bundle price disappears.'],
  ['pressure', P, D + 'The free installation offer will be withdrawn after the 10th.'],
  ['pressure', P, D + 'This quote expires tomorrow, so please act fast.'],
  ['pressure', P, D + 'The early-bird discount ends at midnight.'],
  // near misses: clean
  ['', P, D + 'The warranty period ends 24 months after delivery.'],
  ['', P, D + 'The trial period ends on 31 January, and we will call you beforehand to hear your impressions.'],
  ['', P, D + 'Our Osaka office closes on 28 December for the holidays.'],
  ['', P, D + 'Last year the promotion ended in March.'],
  ['', P, D + 'The summer sale ended last week.'],
  ['', P, D + 'This quotation is valid for 30 days.'],
  ['', P, D + 'The registration for the seminar closes on Friday.'],
];

const SCARCITY: Case[] = [
  ['pressure', P, D + 'We have very limited allocation for Q1, and it is going fast.'],
  ['pressure', P, D + 'Stock of the X7 is running low, so I would order soon.'],
  ['pressure', P, D + 'Only a handful of installation slots remain for January.'],
  ['pressure', P, D + 'Our spring calendar is filling up quickly, so I\'d book now.'],
  ['pressure', P, D + 'There are just two units left at this price.'],
  ['pressure', P, D + 'Demand is very high and these slots will not last.'],
  ['pressure', P, D + 'We\'re down to our last three pilot places.'],
  ['pressure', P, D + 'Capacity is limited, so first come, first served.'],
  ['pressure', P, D + 'The remaining licences are likely to sell out this month.'],
  ['pressure', P, D + 'We can take on only one more customer this quarter, so the sooner you decide the better.'],
  // near misses: clean
  ['', P, D + 'To answer your question, we currently have 40 units in stock.'],
  ['', P, D + 'You asked about availability: two installation slots remain in January.'],
  ['', P, D + 'Our factory capacity is limited to 500 units a month.'],
  ['', P, D + 'The seminar has 30 seats.'],
  ['', P, D + 'We have limited experience with food-grade coatings, so we would partner with a specialist.'],
  ['', P, D + 'The X7 is currently out of stock, and the next batch arrives on 10 January.'],
  ['', P, D + 'Only two of our engineers speak Japanese, so replies may take a day.'],
  ['', P, D + 'There are a few points left to clarify before the quote.'],
  ['', P, D + 'We have a few units in stock if you would like to test one.'],
  ['', P, D + 'Demand for sensors is growing, and we are expanding our plant.'],
];

const RIVALS: Case[] = [
  ['pressure', P, D + 'Several other companies have expressed interest in the same slot.'],
  ['pressure', P, D + 'I have another client ready to sign for this capacity.'],
  ['pressure', P, D + 'Your competitors are already signing up.'],
  ['pressure', P, D + 'If you don\'t take it, someone else will.'],
  ['pressure', P, D + 'There is a waiting list of buyers for this allocation.'],
  ['pressure', P, D + 'A distributor in Nagoya has asked for the same exclusivity, so I cannot hold it for long.'],
  ['pressure', P, D + 'Two other importers are keen to take this container.'],
  ['pressure', P, D + 'A customer in Kyushu wants the same allocation, so I cannot hold it for you much longer.'],
  ['pressure', P, D + 'Other buyers are lining up for the remaining stock.'],
  ['pressure', P, D + 'We have another company waiting to sign if you pass.'],
  ['pressure', P, D + 'Somebody else will snap up this slot if you wait.'],
  ['pressure', P, D + 'Several of your competitors are evaluating the same line right now.'],
  // near misses: clean
  ['', P, D + 'Another customer in Osaka reported a 20% saving last year.'],
  ['', P, D + 'Other companies in your sector use our sensors for bearing checks.'],
  ['', P, D + 'Several other customers asked us the same question, so we wrote an FAQ.'],
  ['', P, D + 'Our other clients are mostly in the automotive sector.'],
  ['', P, D + 'Someone else from our team will join the call on Tuesday.'],
  ['', P, D + 'Could you tell me whether anyone else at your company should receive the report?'],
  ['', P, D + 'Another client of ours, a brewery in Sapporo, kindly agreed to share their results.'],
  ['', P, D + 'Our competitors often quote shorter lead times than they can meet.'],
];

const PRICE_RISES: Case[] = [
  ['pressure', P, D + 'Prices increase by 10% in January, so ordering this month makes sense.'],
  ['pressure', P, D + 'From 1 January the package will cost ¥4M instead of ¥3.5M, so I\'d lock it in now.'],
  ['pressure', P, D + 'We\'re raising our rates next month, so now is the time to sign.'],
  ['pressure', P, D + 'After December 31, the price will be 20% higher.'],
  ['pressure', P, D + 'Sign before our price increase on February 1 and save 8%.'],
  ['pressure', P, D + 'Wait until next quarter and you will pay the new list price.'],
  ['pressure', P, D + 'The current price holds only until the 20th; after that it goes up.'],
  ['pressure', P, D + 'Order by Friday to beat the price rise.'],
  // near misses: clean
  ['', P, D + 'The price of the new model will be announced in January.'],
  ['', P, D + 'The price is 5% lower than last year.'],
  ['', P, D + 'The price will be the same next year.'],
  ['', P, D + 'The licence fee is billed monthly from the start date.'],
  ['', P, D + 'The price includes installation and training.'],
];

const REGRET: Case[] = [
  ['pressure', P, D + 'You\'ll miss out on the savings if you wait.'],
  ['pressure', P, D + 'Don\'t miss this opportunity.'],
  ['pressure', P, D + 'I would hate for you to lose this chance.'],
  ['pressure', P, D + 'You will regret not acting on this.'],
  ['pressure', P, D + 'Act before it\'s too late.'],
  ['pressure', P, D + 'Delaying will only cost you more.'],
  ['pressure', P, D + 'Every day without our system costs you money.'],
  ['pressure', P, D + 'It would be a shame to let this opportunity slip away.'],
  ['pressure', P, D + 'This is a once-in-a-lifetime opportunity.'],
  ['pressure', P, D + 'Opportunities like this don\'t come around often.'],
  // near misses: clean
  ['', P, D + 'I regret to tell you that the demo unit will arrive on Monday instead of Friday.'],
  ['', P, D + 'It was a shame to miss you at the expo.'],
  ['', P, D + 'I regret that I could not attend the meeting.'],
  ['', P, D + 'It was a shame we could not meet in Osaka.'],
  ['', P, D + 'We don\'t want you to miss the webinar recording, so the link is below.'],
  ['', P, D + 'We missed you at the trade show, and we hope to meet you next time.'],
];

const HURRY: Case[] = [
  ['pressure', P, D + 'It\'s best to commit now.'],
  ['pressure', P, D + 'My honest advice is to sign today.'],
  ['pressure', P, D + 'I strongly recommend that you place the order this week.'],
  ['pressure', P, D + 'You should really decide quickly on this.'],
  ['pressure', P, D + 'Now is the time to act.'],
  ['pressure', P, D + 'There\'s no time like the present to get started.'],
  ['pressure', P, D + 'The smart move is to lock in the deal immediately.'],
  ['pressure', P, D + 'I\'d urge you to move quickly on this.'],
  ['pressure', P, D + 'We suggest you confirm today to avoid disappointment.'],
  ['pressure', P, D + 'Don\'t wait too long to decide.'],
  // near misses: clean
  ['', P, D + 'We should be able to ship quickly once the order is placed.'],
  ['', P, D + 'You should receive the samples soon.'],
  ['', P, D + 'I would like to move quickly on the samples you requested, so I sent them today.'],
  ['', P, D + 'Our team can start immediately after your approval.'],
  ['', P, D + 'We can ship quickly from our Kobe warehouse.'],
  ['', P, D + 'The sooner we receive the drawings, the sooner we can start the design.'],
  ['', P, D + 'There is no rush at all; please take as long as your team needs.'],
  ['', P, D + 'Please feel free to decide whenever you are ready.'],
  ['', P, D + 'We are happy to wait until your team has reviewed everything.'],
];

const ULTIMATUMS: Case[] = [
  ['pressure', P, D + 'If we don\'t hear back by Friday, we\'ll offer the slot to the next company.'],
  ['pressure', P, D + 'Without your confirmation by Monday, the offer will be withdrawn.'],
  ['cold-outreach,pressure', P, D + 'Failing a reply by the 15th, we will assume you are not interested and close the file.'],
  ['pressure', P, D + 'Unless we get the PO this week, your reservation will be cancelled.'],
  ['pressure', P, D + 'Sign by Friday or we\'ll have to give the capacity to someone else.'],
  ['pressure', P, D + 'If you can\'t commit by month-end, we\'ll move on.'],
  ['pressure', P, D + 'This is the final offer; take it or leave it.'],
  ['pressure', P, D + 'Should we not receive the contract by Tuesday, the discount lapses.'],
  // near misses: clean
  ['', P, D + 'If you cannot attend on Tuesday, we can move the meeting to Thursday.'],
  ['', P, D + 'Unless you tell us otherwise, we will ship the samples on Monday.'],
  ['', P, D + 'Without your drawings we cannot quote, so we will wait for them.'],
  ['', P, D + 'If you have any questions by Friday, please let me know.'],
  ['', P, D + 'If you don\'t mind, I will call you tomorrow.'],
  ['', P, D + 'Should you need more time, we are happy to wait.'],
  ['', P, D + 'If you decide to go ahead later in the year, we will be glad to help.'],
];

const CHASING: Case[] = [
  ['cold-outreach,pressure', P, D + 'This is my third email about the contract; I really need your decision now.'],
  ['cold-outreach,pressure', P, D + 'I\'m still waiting for your answer and time is running out.'],
  ['pressure', P, D + 'Time is running out on this offer.'],
  ['pressure', P, D + 'The clock is ticking on the pilot pricing.'],
];

const ELSEWHERE: Case[] = [
  // near misses: clean
  ['', P, D + 'Thank you for your reply.\n\n> On Monday, Tom wrote:\n> This offer expires on Friday, so please sign now.'],
  ['', I, 'Hi team,\n\nThe launch discount ends this Friday, so push the Endo deal.'],
  ['', C, D + 'The early-bird discount ends at midnight.'],
  ['', P, D + 'There is no deadline on our side.'],
  ['', P, D + 'Please don\'t feel any pressure to decide quickly.'],
  ['', P, D + 'We can keep the offer open for as long as you need.'],
  ['', P, D + 'Please take the time you need to consult your colleagues.'],
  ['', P, D + 'We will hold the price until your next budget cycle.'],
  ['', P, D + 'We will send the samples by Friday.'],
  ['', P, D + 'Our office will be closed from December 29 to January 3.'],
  ['', P, D + 'The offer we sent on Friday is attached again.'],
  ['', P, D + 'Please confirm tomorrow\'s meeting time.'],
  ['', P, D + 'We are selling out of the old model, so we recommend the new one, which costs the same.'],
];
const TWO_SENTENCES: Case[] = [
  ['pressure', P, D + 'Slots for the spring installation are limited. Please confirm your order by Friday.'],
  ['pressure', P, D + 'Our introductory price ends on 30 June. I\'d recommend signing before then.'],
  ['pressure', P, D + 'We have two other customers asking about this line. We need your decision this week.'],
  ['pressure', P, D + 'The discount is available until Friday. After that, it\'s gone.'],
  ['pressure', P, D + 'Capacity for Q1 is almost gone. Let me know by Wednesday if you want in.'],
  ['pressure', P, D + 'Prices rise 8% in January. Order this month to avoid it.'],
  ['pressure', P, D + 'This is a limited offer. Don\'t wait.'],
  ['pressure', P, D + 'We can hold the slot until Thursday. After that, we\'ll release it to the waiting list.'],
  ['pressure', P, D + 'The offer is valid until 12 December. Please sign before it lapses.'],
  ['pressure', P, D + 'We have only a few slots left for January. Please book by Wednesday.'],
  ['pressure', P, D + 'The bundle is available until the end of the month. Order now to get it.'],
  ['pressure', P, D + 'Another buyer is interested in the same lot. Please confirm by tomorrow.'],
  // near misses: clean
  ['', P, D + 'Our production capacity is limited to 500 units a month. Please let us know your forecast when convenient.'],
  ['', P, D + 'The seminar has 30 seats. Please register by Friday if you wish to attend.'],
  ['', P, D + 'We will send the quote on Friday. Please let me know if you have any questions.'],
  ['', P, D + 'The price is valid for 30 days. Please take your time to review it with your team.'],
  ['', P, D + 'Our capacity is limited to 500 units a month. Please send your forecast by Friday.'],
  ['', P, D + 'Slots for the factory tour are limited. Please tell us by Friday which day suits you.'],
  ['', P, D + 'We have two units in stock. Please confirm the delivery address by Friday.'],
  ['', P, D + 'The price list is attached. Please let me know if you have any questions.'],
  ['', P, D + 'As you asked, we can hold the slot until your board meets. Please confirm whenever you are ready.'],
  ['', P, D + 'Other customers use the same sensor. Please let me know by Friday whether the sample arrived.'],
];

const LEVER_WORDS_WITHOUT_A_LEVER: Case[] = [
  ['', P, D + 'Could you share your answer to the questionnaire by Friday?'],
  ['', P, D + 'Others on your team may want to join the webinar on Friday.'],
  ['', P, D + 'You should be able to start immediately after installation.'],
  ['', P, D + 'If you cannot make it by 5 pm, we will close the meeting room booking and send the recording.'],
  ['', P, D + 'Our spring seminar has limited seats. Please register by Friday if you would like to attend.'],
  ['', P, D + 'Thank you for your decision to proceed; we will send the contract by Friday.'],
  ['', P, D + 'Please let me know your decision by Friday, or whenever is convenient.'],
  ['', P, D + 'Your competitors in Europe already use this standard.'],
  ['', P, D + 'If you can\'t join on Friday, we\'ll send you the recording.'],
  ['', P, D + 'Only two of our engineers speak Japanese. Please send your questions by Friday so we can prepare.'],
  ['', P, D + 'You should receive the contract today.'],
  ['', P, D + 'The new price list takes effect in April, and it is attached for your planning.'],
  ['', P, D + 'We can deliver quickly because the units are in stock in Yokohama.'],
  ['', P, D + 'I would order the spare filters at the same time, to save on shipping.'],
  ['', P, D + 'The project will end in March, and we will send the final report then.'],
  ['', P, D + 'Many other plants in Aichi have installed the same line.'],
];

/** Offers held only so long, waiting named as a cost, a quick decision held up as best, in the wordings of non-native and native writers. */
const HELD_ONLY_SO_LONG: Case[] = [
  ['pressure', P, D + 'Kindly confirm at the earliest, as this rate is applicable only till 10th December.'],
  ['pressure', P, D + 'We request you to release the PO latest by Monday to avail this special price.'],
  ['pressure', P, D + 'The slot cannot be kept open beyond this Friday.'],
  ['pressure', P, D + 'If I don\'t have your go-ahead by Thursday, I\'ll have to give the slot away.'],
  ['pressure', P, D + 'We\'re only holding this price for you until Wednesday.'],
  ['pressure', P, D + 'The quote I sent is only good for this week, so please move fast.'],
  ['pressure', P, D + 'This deal is off the table after Friday.'],
  ['pressure', P, D + 'I can\'t guarantee this pricing past the end of the month.'],
  ['pressure', P, D + 'Honestly, waiting will only make this more expensive for you.'],
  ['pressure', P, D + 'It\'s now or never for the 2026 allocation.'],
  ['pressure', P, D + 'My manager has asked me to close this by Friday, so I need your signature.'],
  ['pressure', P, D + 'Since stock is tight, I\'d advise placing the order today.'],
  ['pressure', P, D + 'We\'ve had a lot of interest in this batch, so I can\'t hold it much longer.'],
  ['pressure', P, D + 'Should you miss this window, the next opening will be in autumn at a higher rate.'],
  ['pressure', P, D + 'I\'d hate to see you miss out on the launch pricing.'],
  ['pressure', P, D + 'The offer is time-limited, so a quick decision would be best.'],
  ['pressure', P, D + 'A quick yes from you this week would secure the slot.'],
  ['pressure', P, D + 'I need a decision from your side before the holidays.'],
  ['pressure', P, D + 'To keep this price, the contract must be signed within 7 days.'],
  // near misses: clean
  ['', P, D + 'We can hold this price until the end of June for you.'],
  ['', P, D + 'Delivery is only possible until 20 December because of the holidays.'],
  ['', P, D + 'Our prices are valid until the end of the fiscal year.'],
  ['', P, D + 'Thank you for your quick decision.'],
  ['', P, D + 'We will give you a quick answer on the drawings.'],
  ['', P, D + 'Waiting for the new model is a good option if you prefer the larger display.'],
  ['', P, D + 'The warranty only covers parts until the end of the year.'],
  ['', P, D + 'The price cannot change until the end of the contract.'],
  ['', P, D + 'We can only ship within Japan.'],
  ['', P, D + 'We will keep your slot open until your board has decided.'],
  ['', P, D + 'Please place the order whenever your team is ready.'],
];

const H = 'honorific';
const HR = 'honorific,register';

const GIVEN_NAMES: Case[] = [
  [H, C, 'Hi Kenji,' + SHIPPED],
  [H, C, 'Hello Haruka,' + SHIPPED],
  [H, C, 'Dear Takumi,' + SHIPPED],
  [H, C, 'Good morning Yusuke,' + SHIPPED],
  [H, C, 'Hi Aiko!' + SHIPPED],
  [H, C, 'Hello, Daiki.' + SHIPPED],
  [H, C, 'Greetings Shinji,' + SHIPPED],
  [H, C, 'Hiroko,' + SHIPPED],
  [H, P, 'Hi Ren,\n\nThanks for your time at the expo.'],
  // near misses: clean
  ['', C, 'Dear Tanaka-san,' + SHIPPED],
  ['', C, 'Tanaka-sama,' + SHIPPED],
  // -san on a given name: how colleagues address each other, and how some clients ask to be addressed
  ['', C, 'Kenji-san,' + SHIPPED],
  ['', C, 'Hi John,' + SHIPPED],
  ['', I, 'Hi Kenji,' + SHIPPED],
  ['', C, 'Dear Mr. Tanaka,\n\nKenji from our Osaka team will join the call.'],
  ['', C, 'Dear Mr. Tanaka,\n\nThanks.\n\n> Hi Kenji,\n> see attached.'],
];

const TITLE_ON_GIVEN_NAME: Case[] = [
  [H, C, 'Dear Mr. Kenji,' + SHIPPED],
  [H, C, 'Dear Ms. Yumiko,' + SHIPPED],
  [H, C, 'Hello Mr. Takeshi,' + SHIPPED],
  [H, C, 'Mr. Daisuke,' + SHIPPED],
  [H, C, 'Dear Mrs. Akiko,' + SHIPPED],
  [H, C, 'Dear Mr Hiroshi,' + SHIPPED],
  [H, C, 'Dear Ms. Keiko,' + SHIPPED],
  [H, C, 'Good afternoon Mr. Satoshi,' + SHIPPED],
  // two honorifics on one surname
  [H, C, 'Dear Mr. Tanaka-san,' + SHIPPED],
  [H, C, 'Dear Ms. Ito San,' + SHIPPED],
  // near misses: clean
  ['', C, 'Dear Mr. Tanaka,' + SHIPPED],
  ['', C, 'Dear Ms. Kobayashi,' + SHIPPED],
  ['', C, 'Dear Dr. Yamada,' + SHIPPED],
  ['', C, 'Dear Prof. Watanabe,' + SHIPPED],
  ['', C, 'Dear Mr. Tanaka and Ms. Ito,' + SHIPPED],
  ['', C, 'Dear Mr. John Smith,' + SHIPPED],
  // common surnames IPADIC spells more often as given names (松尾, 泉): a title on a surname
  ['', C, 'Dear Ms. Matsuo,' + SHIPPED],
  ['', C, 'Dear Mr. Izumi,' + SHIPPED],
];

const BARE_SURNAMES: Case[] = [
  [H, C, 'Dear Tanaka,' + SHIPPED],
  [H, C, 'Hi Suzuki,' + SHIPPED],
  [H, C, 'Hello Watanabe,' + SHIPPED],
  [H, C, 'Yamamoto,' + SHIPPED],
  [H, C, 'Good afternoon Nakamura,' + SHIPPED],
  [H, C, 'Dear Kobayashi:' + SHIPPED],
  [H, C, 'Dear Ohno,' + SHIPPED],
  [H, C, 'Dear Itoh,' + SHIPPED],
  [H, C, 'Dear 田中,' + SHIPPED],
  // near misses: clean
  ['', C, 'Dear Suzuki-sama,' + SHIPPED],
  ['', C, 'Dear 田中様,' + SHIPPED],
  ['', C, 'Dear Tanaka-san and Ito-san,' + SHIPPED],
  ['', C, 'Dear Mr. Tanaka,\n\nOsaka, as you know, is our largest market.'],
];

const TYPED_IN_HASTE: Case[] = [
  [H, C, 'hi kenji,' + SHIPPED],
  [H, C, 'hello tanaka,' + SHIPPED],
  [H, C, 'Sato —' + SHIPPED],
  [H, C, 'Kenji:' + SHIPPED],
  [H, C, 'Hi Kenji and team,' + SHIPPED],
  [H, C, 'Dear TANAKA,' + SHIPPED],
  [H, C, 'Good day Kenji,' + SHIPPED],
  [H, C, 'Dear Kenji,\nI hope you are well.'],
  [H, C, 'Hi Tanaka!\nHope all is well.'],
  [H, P, 'Hello Haruto,\n\nMy name is Tom from Acme.'],
  // near misses: clean
  ['', C, 'hi again Mr. Sato,' + SHIPPED],
  ['', C, 'Sato-san —' + SHIPPED],
  ['', C, 'Update:' + SHIPPED],
  ['', C, 'Osaka:' + SHIPPED],
  ['', C, 'Hello and welcome to our newsletter.'],
];

const CHAT_GREETINGS: Case[] = [
  [HR, C, 'Hey guys,' + SHIPPED],
  [H, C, 'Hi team,' + SHIPPED],
  [H, C, 'Hi there,' + SHIPPED],
  [H, C, 'Hi all,' + SHIPPED],
  [HR, C, 'Hi folks,' + SHIPPED],
  [HR, C, 'Hey everyone,' + SHIPPED],
  [HR, C, 'Hey Mr. Ota,' + SHIPPED],
  [HR, C, 'Yo Tanaka-san,' + SHIPPED],
  [HR, C, 'Hiya Ms. Sato,' + SHIPPED],
  [H, C, 'Hi Kenji-kun,' + SHIPPED],
  [H, C, 'Dear Yuki-chan,' + SHIPPED],
  // near misses: clean
  ['', C, 'Dear all,' + SHIPPED],
  ['', C, 'Dear valued customers,' + SHIPPED],
  ['', C, 'Dear Purchasing Team,' + SHIPPED],
  ['', C, 'Hello Mr. Sato,' + SHIPPED],
  ['', C, 'Good morning, Ms. Ito.' + SHIPPED],
  ['', C, 'Dear Sir or Madam,' + SHIPPED],
  ['', I, 'Hey guys,\n\nLunch?'],
  ['', I, 'Hi team,' + SHIPPED],
];

categoryTables([
  ['a decision demanded on the seller’s clock', DECISION_DEMANDED],
  ['an offer that lapses', OFFER_LAPSES],
  ['scarcity as a lever', SCARCITY],
  ['a rival for the same offer', RIVALS],
  ['a price that rises after a near date', PRICE_RISES],
  ['regret held over the reader', REGRET],
  ['advice to act fast', HURRY],
  ['an ultimatum', ULTIMATUMS],
  ['chasing a decision', CHASING],
  ['pressure words elsewhere', ELSEWHERE],
  ['a lever in one sentence, the clock in the next', TWO_SENTENCES],
  ['lever words with no lever', LEVER_WORDS_WITHOUT_A_LEVER],
  ['an offer held only so long, waiting as a cost, a quick decision', HELD_ONLY_SO_LONG],
  ['a given name', GIVEN_NAMES],
  ['a title on a given name, two honorifics', TITLE_ON_GIVEN_NAME],
  ['a bare surname', BARE_SURNAMES],
  ['an address typed in haste', TYPED_IN_HASTE],
  ['a chat greeting to a client', CHAT_GREETINGS],
]);

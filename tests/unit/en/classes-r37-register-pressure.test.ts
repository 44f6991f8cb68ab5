// Round 37 (regen37, issue 10: English register and premature pressure), in wordings of our own for each kind the class
// corpus KGEa showed unread on main: register — chat shorthand ("TL;DR", "ICYMI"), slang for "let me know" ("holler at
// me", "buzz me"), over-familiar farewells ("big hugs", "ciao"), stock similes ("sound as a pound", "like white on rice")
// and folksy idioms ("Bob's your uncle", "job's a good 'un"), "talk soon" after a dash; pressure — a thing held for the
// prospect only on their act by our date (en-held-terms.ts), our terms undone if their decision does not come by a date,
// selling out told ahead with a deposit or an order asked by a date (en-levers.ts), and last round's two false alarms
// ("This is the last day of the trade show", "Now is the time to thank you"). Near misses that stay clean: the literal
// words, a client's own date, a validity stated plainly, a logistics cut-off, a revision offered, internal mail.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-07' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-07' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-07' };

const mail = (body: string) => `Dear Ms. Okada,\n\nThank you for your message about the spring order.\n${body}\n\nKind regards,\nPetra Lindqvist\nNordic Valve AB`;

const R_CASUAL: Case[] = [
  // chat shorthand
  ['register', C, mail('TL;DR: the corrosion test passed and the report is attached.')],
  ['register', C, mail('ICYMI, the new manual went up on the portal last week.')],
  ['register', C, mail('Tldr, the second lot behaves like the first.')],
  // slang for "let me know"
  ['register', C, mail('Holler at us if the gauges read high again.')],
  ['register', C, mail('Just buzz me when the truck reaches your gate.')],
  ['register', C, mail('HMU if the labels need another tweak.')],
  // over-familiar farewells
  ['register', C, mail('Big hugs to everyone on the assembly line!')],
  ['register', C, mail('Warm hugs from all of us in Malmö.')],
  ['register', C, mail('Cheerio, and see you at the trade fair.')],
  ['register', C, mail('The pallets left this morning — adios until the next order!')],
  // stock similes and folksy idioms
  ['register', C, mail('Your new valve block is fit as a fiddle after the overhaul.')],
  ['register', C, mail('The seals are right as rain now.')],
  ['register', C, mail('The replacement batch is good as gold.')],
  ['register', C, mail('The new filters are selling like hotcakes in Europe.')],
  ['register', C, mail('The firmware patch worked like a charm.')],
  ['register', C, mail('Swap the cartridge, reset the panel, and Bob\u2019s your uncle.')],
  ['register', C, mail('We shipped the whole shebang on Monday.')],
  ['register', C, mail('All parts are in stock, Ms. Okada — speak soon!')],
];

const R_NEAR: Case[] = [
  // the same words in their literal or trade senses
  ['', C, mail('Dr. Mori will join the review on Thursday.')],
  ['', C, mail('The gasket hugs the flange tightly after torquing.')],
  ['', C, mail('The beans are packed and sold as a pound bag.')],
  ['', C, mail('Prices are quoted per pound, as agreed.')],
  ['', C, mail('The contacts are plated with gold for the humid site.')],
  ['', C, mail('The new coating is as hard as the old one.')],
  ['', C, mail('We would like a house visit after the installation.')],
  ['', C, mail('Bob is your contact at the Gothenburg plant.')],
  ['', C, mail('We will talk soon with your team about the trial dates.')],
  ['', C, mail('The operators shouted at the stand when the demo started.')],
  ['', C, mail('We will ship the whole order on Monday.')],
  ['', C, mail('Our Ciao espresso line is on page 12 of the catalogue.')],
  // formal phrasings of the same acts
  ['', C, mail('In short, the corrosion test passed and the report is attached.')],
  ['', C, mail('Please let us know if the gauges read high again.')],
  ['', C, mail('Best regards to everyone on the assembly line.')],
  // internal mail: the team's own register
  ['', I, 'Hi Jonas,\n\nTL;DR the Okada lot is fine, holler at me if QA disagrees. Big hugs!\n\nPetra'],
];

const pitch = (body: string) =>
  `Dear Mr. Hirose,\n\nThank you for visiting our stand at the Osaka show last week.\n${body}\n\nBest regards,\nMarco Rinaldi\nRinaldi Coffee Imports`;

const P_PUSH: Case[] = [
  // a thing held for the prospect only on their act by our date
  ['pressure', P, pitch('We have set one roaster aside for you, but it can only stay reserved if your order reaches us by Friday.')],
  ['pressure', P, pitch('The two pallets are being kept for your team, though they can only be kept until Thursday unless you confirm.')],
  ['pressure', P, pitch('Your trial slot is on hold; it can be held only if you sign the agreement by the 20th.')],
  ['pressure', P, pitch('We can only guarantee the allocation if we receive your deposit by 15 January.')],
  ['pressure', P, pitch('I have blocked the March delivery window for you, but I can only keep it if you confirm by Monday.')],
  // our terms undone if their decision does not come by a date
  ['pressure', P, pitch("If we can't close this before our quarter ends on Friday, I'm afraid the pricing will have to be revisited.")],
  ['pressure', P, pitch('Unless we wrap this up by the end of the month, the terms will need to be renegotiated.')],
  ['pressure', P, pitch('If the order is not in before our price review on the 1st, the quote will have to be reviewed.')],
  ['pressure', P, pitch('If we do not have your signature by next Wednesday, the discount must be withdrawn.')],
  ['pressure', P, pitch("If we can't get this over the line by Tuesday, the rate may have to be adjusted.")],
  // selling out told ahead, with a deposit or an order asked by a date
  ['pressure', P, pitch('The harvest is nearly in and the best lots will be gone within days. Could you send the deposit by Monday?')],
  ['pressure', P, pitch('The new blends will sell out soon. May I ask you to confirm your order by Wednesday?')],
  ['pressure', P, pitch('The remaining sacks will be sold out within a week. Please transfer the deposit by Friday.')],
  // a last day or the moment of an order
  ['pressure', P, pitch('Friday is the last day of our launch offer.')],
  ['pressure', P, pitch('Now is the time to order, before the prices rise.')],
];

const P_NEAR: Case[] = [
  // an event's last day, a courtesy's moment
  ['', P, pitch('This is the last day of the trade show, and our team flies home tomorrow.')],
  ['', P, pitch('Now is the time to thank you and your colleagues for the warm welcome.')],
  ['', P, pitch('Now is the time to say thank you for a wonderful year.')],
  ['', P, pitch('Today is the last day of our visit to Japan.')],
  // a hold with no condition, a condition of things, a hold for a meeting
  ['', P, pitch('We will hold the samples for you until your team is ready to test them.')],
  ['', P, pitch('If your board needs more time, we can hold the roaster until it meets in March.')],
  ['', P, pitch('The beans can only be kept fresh if you store them below 15 °C.')],
  ['', P, pitch('We can only keep the roaster running at night if your team sends an operator.')],
  // a revision offered, a price tied to the market, a condition that is good news
  ['', P, pitch('If your budget is not approved before March, the pricing can be reviewed then, whenever suits you.')],
  ['', P, pitch('If the coffee futures do not fall by March, the prices will have to be revised.')],
  ['', P, pitch('If we can get this done before our board meeting next Tuesday, we will send the contract the same day.')],
  ['', P, pitch('If the shipment is not cleared by Friday, the delivery date will be revised and we will tell you.')],
  ['', P, pitch('If your trial is not finished before Friday, we are happy to extend it.')],
  // selling out told as history or with no ask; a deposit asked for the production it serves
  ['', P, pitch('The seminar sold out last year. We will send you the programme on Monday.')],
  ['', P, pitch('We received your deposit on Friday, thank you.')],
  ['', P, pitch('The tickets for the cupping will be gone within days, so we will send the programme to everyone on Monday.')],
  // a validity stated plainly, a logistics cut-off, the client's own date
  ['', P, pitch('The quotation is valid until 30 June.')],
  ['', P, pitch('Our warehouse closes at 3 pm on Friday, so goods arriving later are received on Monday.')],
  ['', P, pitch('You asked us to confirm by 15 March, and we will.')],
];

categoryTables([
  ['r37 register: shorthand, slang for "let me know", hugs and farewells, similes and folksy idioms to a client', R_CASUAL],
  ['r37 register near misses: literal words, formal phrasings, internal mail', R_NEAR],
  ['r37 pressure: held only on their act, terms undone past our date, selling out with an ask, a last day', P_PUSH],
  ['r37 pressure near misses: an event\u2019s last day, a courtesy, a hold with no condition, a revision offered, logistics', P_NEAR],
]);

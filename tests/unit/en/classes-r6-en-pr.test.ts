// Pressure, register and address as classes (issue 10, round 6), in wordings written for these tests and
// listed nowhere in the data or the corpora: for each class the development set missed (an offer kept only
// for those who act within the seller's window, scarcity tied to the order in which buyers act, a rival who
// has claimed the stock, a loss if the reader does not act by a date, an offer that closes on a date in a
// phrasal verb; a sentence with its subject dropped, a dismissive idiom, regional slang; "Sir" before a
// surname, two honorifics around a full name, a bare surname before a dash), with beside each the near
// misses that share its words and must stay clean. The categories raised must be exactly the expected ones.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

/** A later mail to a prospect, a mail to a client, an internal mail. */
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-03-02' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-03-02' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-03-02' };
const D = 'Dear Ms. Hirano,\n\n';
const END = '\n\nBest regards,\nPaula';

const WINDOW_ONLY: Case[] = [
  ['pressure', P, D + 'The launch rate is honoured only for contracts signed before March 20.' + END],
  ['pressure', P, D + 'These terms stand only if the purchase order reaches us by Friday.' + END],
  ['pressure', P, D + 'Our trade-show discount is valid exclusively for orders booked at the Makuhari fair.' + END],
  ['pressure', P, D + 'The bundle pricing applies only when you confirm within the next five days.' + END],
  ['pressure', P, D + 'I can offer this rate only for agreements we receive by the end of the month.' + END],
  ['pressure', P, D + 'The special price is available only to buyers who commit during my Osaka trip.' + END],
  // near misses: a limit by volume, product or place, not by a window; "only" before the offer; history
  ['', P, D + 'The price applies only to orders of 100 units or more.' + END],
  ['', P, D + 'The discount is only for orders shipped within Japan.' + END],
  ['', P, D + 'Only orders placed before noon ship the same day, and prices are unchanged.' + END],
  ['', P, D + 'This quotation is valid for 60 days from today.' + END],
  ['', P, D + 'The special price applied only to the orders you placed in 2024.' + END],
];

const FIRST_TO_ACT: Case[] = [
  ['pressure', P, D + 'The free calibration package goes to the first five customers who order this quarter.' + END],
  ['pressure', P, D + 'Only the first two distributors to sign will get regional exclusivity.' + END],
  ['pressure', P, D + 'Remaining demo units are first come, first served.' + END],
  ['pressure', P, D + 'We will give the founding-partner rebate to the first ten companies that register.' + END],
  ['pressure', P, D + 'This allocation is held for the first buyer who confirms.' + END],
  ['pressure', P, D + 'The first three importers to place an order receive the opening discount.' + END],
  // near misses: history, a first that nobody acts for, our own first
  ['', P, D + 'You were the first customer to sign with us in Japan, and we are grateful.' + END],
  ['', P, D + 'The first distributor who signed with us was in Osaka.' + END],
  ['', P, D + 'The first three deliveries will ship in May.' + END],
  ['', P, D + 'Our first visit to your plant was very instructive.' + END],
];

const RIVAL_CLAIM: Case[] = [
  ['pressure', P, D + 'A wholesaler in Busan wants the rest of the lot.' + END],
  ['pressure', P, D + 'A retailer in Taipei has asked for all the remaining stock.' + END],
  ['pressure', P, D + 'One distributor in Singapore is ready to take everything we have left.' + END],
  ['pressure', P, D + 'A customer in Munich has reserved the whole batch unless you confirm today.' + END],
  ['pressure', P, D + 'A buyer from Lyon would take all of it tomorrow.' + END],
  ['pressure', P, D + 'A company in Seoul has requested the entire allocation for next year.' + END],
  // near misses: a buyer's request for something else; our own people; the reader's own team
  ['', P, D + 'A client in Nagoya asked for all the test reports, which I attach.' + END],
  ['', P, D + 'Our distributor in Osaka asked for everything in Japanese, so the manual is translated.' + END],
  ['', P, D + 'Your plant team asked for the rest of the drawings, which we will send on Monday.' + END],
  ['', P, D + 'Many customers in Europe use the whole range.' + END],
];

const CONDITIONAL_LOSS: Case[] = [
  ['pressure', P, D + 'Unless we hear from you by Friday, we won\'t be able to hold the slot.' + END],
  ['pressure', P, D + 'If the order does not arrive this week, I cannot guarantee the March delivery.' + END],
  ['pressure', P, D + 'If you don\'t sign by the 20th, we can no longer honour the quoted rate.' + END],
  ['pressure', P, D + 'If I have no answer by Monday, I can\'t keep the 15% for you.' + END],
  ['pressure', P, D + 'Unless the PO is placed within two weeks, we will not be able to reserve the capacity.' + END],
  ['pressure', P, D + 'If your team cannot decide by March 31, I won\'t be able to extend this offer.' + END],
  // near misses: a meeting arranged; our keeping offered; no loss
  ['', P, D + 'If you can\'t attend on Friday, we cannot hold the meeting room, so we will book another day.' + END],
  ['', P, D + 'If you don\'t need the samples this week, we can keep them in our warehouse.' + END],
  ['', P, D + 'If the samples do not arrive by Friday, we will keep the line booked until they do.' + END],
  ['', P, D + 'Unless you prefer otherwise, we will ship on Monday.' + END],
];

const OFFER_CLOSES: Case[] = [
  ['pressure', P, D + 'The spring promotion drops off on Friday.' + END],
  ['pressure', P, D + 'Our free-shipping deal goes away at the end of the month.' + END],
  ['pressure', P, D + 'Allocations for 2027 will be finalised on April 15, so please let us know before then.' + END],
  ['pressure', P, D + 'The introductory pricing will be locked on March 31.' + END],
  ['pressure', P, D + 'The early-order rebate comes off next Monday.' + END],
  ['pressure', P, D + 'Our pilot terms will close on the 20th.' + END],
  // near misses: held for the reader; history; no offer
  ['', P, D + 'Your price is locked for twelve months from signature.' + END],
  ['', P, D + 'The prices were locked on Monday, as agreed at the meeting.' + END],
  ['', P, D + 'The old cables drop off the conveyor when the line stops.' + END],
  ['', P, D + 'The drawings will be finalised on Friday and sent to your team.' + END],
];

const OR_ELSE: Case[] = [
  ['pressure', P, D + 'Please send the PO this week, otherwise we must cancel the reservation.' + END],
  ['pressure', P, D + 'Kindly confirm by Monday or I will offer the units to the next buyer.' + END],
  ['pressure', P, D + 'Please sign by the 20th, or we will have to withdraw the rebate.' + END],
  ['pressure', P, D + 'Let me know by tomorrow, otherwise I\'ll release the allocation.' + END],
  ['pressure', P, D + 'Please get back to me this week or we will give the slot to another plant.' + END],
  ['pressure', P, D + 'Confirm the order by Friday or we will cancel the production run.' + END],
  // near misses: a follow-up, more time offered, a meeting room, work that goes on
  ['', P, D + 'Please reply by Monday or we will call you on Tuesday.' + END],
  ['', P, D + 'Please confirm by Friday or let us know if you need more time.' + END],
  ['', P, D + 'Please confirm the meeting by Friday or we will release the room.' + END],
  ['', P, D + 'Please send the drawings by Friday, or we will start with the old revision.' + END],
];

const ADVICE_TO_HURRY: Case[] = [
  ['pressure', P, D + 'My advice would be to lock this in before the holidays.' + END],
  ['pressure', P, D + 'If I were you, I\'d sign this week.' + END],
  ['pressure', P, D + 'Honestly, I wouldn\'t wait on this one.' + END],
  ['pressure', P, D + 'It makes sense to commit before the price list changes on April 1.' + END],
  ['pressure', P, D + 'I\'d recommend getting the PO in before Friday, as the mill raises prices on Monday.' + END],
  ['pressure', P, D + 'Frankly, I would not hold off much longer.' + END],
  // near misses: a meeting, work arranged, timing rather than a deadline, waiting for something
  ['', P, D + 'I\'d recommend signing the NDA before our call on Friday.' + END],
  ['', P, D + 'It makes sense to book the meeting room before Friday.' + END],
  ['', P, D + 'It would be best to confirm the specifications before we quote on Monday.' + END],
  ['', P, D + 'We recommend ordering the spare parts together with the machine in April.' + END],
  ['', P, D + 'I wouldn\'t wait for the drawings; we can start with the samples.' + END],
];

const PRICE_AFTER_A_DATE: Case[] = [
  ['pressure', P, D + 'After March 31 the rate is 12% higher.' + END],
  ['pressure', P, D + 'Prices for new orders go back to list after this Friday.' + END],
  ['pressure', P, D + 'The pilot fee reverts to the standard rate on April 1.' + END],
  ['pressure', P, D + 'After Friday I can\'t do this price anymore.' + END],
  ['pressure', P, D + 'Past the 15th we won\'t be able to offer these terms.' + END],
  ['pressure', P, D + 'We can only guarantee this allocation for another 48 hours.' + END],
  // near misses: history, no offer, the reader's own work
  ['', P, D + 'The old rate reverted to standard in January.' + END],
  ['', P, D + 'After Friday we cannot accept changes to the drawings.' + END],
  ['', P, D + 'The list price of the X5 is shown on page 3; the standard model ships in April.' + END],
  ['', P, D + 'After the audit on Friday we cannot change the process without your approval.' + END],
];

const DROPPED_SUBJECT: Case[] = [
  ['register', C, D + 'Should arrive at your Kobe warehouse on Monday.' + END],
  ['register', C, D + 'Will check with the factory and come back to you.' + END],
  ['register', C, D + 'Keep you updated on the customs clearance.' + END],
  ['register', C, D + 'Spoke with our plant manager this morning.' + END],
  ['register', C, D + 'Might need another day for the certificates.' + END],
  ['register', C, D + 'Owe you a proper answer on the tolerances.' + END],
  ['register', C, D + 'Took a look at the drawings, and they are fine.' + END],
  // near misses: the subject is there, an inverted condition, a question, formulae, participles, an order
  ['', C, D + 'Should you need the certificates, we will send them at once.' + END],
  ['', C, D + 'Would you be able to send the drawings by Friday?' + END],
  ['', C, D + 'Hope you had a good weekend.' + END],
  ['', C, D + 'Trust you are well.' + END],
  ['', C, D + 'Made in Osaka, the valves meet JIS B 2071.' + END],
  ['', C, D + 'Keep the samples refrigerated until the test.' + END],
  ['', C, D + 'We will keep you updated on the customs clearance.' + END],
  ['', I, D + 'Will check with the factory and come back to you.' + END],
];

const REGIONAL_SLANG: Case[] = [
  ['register', C, D + 'Give me a buzz when the container lands.' + END],
  ['register', C, D + 'The new blend is a corker with grilled fish.' + END],
  ['register', C, D + 'We can ring you Thursday arvo.' + END],
  ['register', C, D + 'The revised label is heaps better.' + END],
  ['register', C, D + 'Too easy, the invoice is on its way.' + END],
  ['register', C, D + 'Monday works for us, that\'s grand.' + END],
  ['register', C, 'G\'day Ms. Hirano,\n\nThe samples shipped today.' + END],
  // near misses: the same words in their plain senses
  ['', C, D + 'Please give us a call when the container lands.' + END],
  ['', C, D + 'The slag heaps at the old site have been cleared.' + END],
  ['', C, D + 'The Grand Prince Hotel is booked for the seminar.' + END],
  ['', C, D + 'It is too easy to overtighten the clamp, so we attach a torque chart.' + END],
  ['register', C, D + 'Our engineer could swing by your plant on Thursday.' + END],
  ['', C, D + 'The hatch swings over the conveyor when opened.' + END],
];

const DISMISSIVE: Case[] = [
  ['register', C, D + 'The courier is slow in December; it\'s just the way it goes.' + END],
  ['register', C, D + 'Prices moved with the yen. It is what it is.' + END],
  ['register', C, D + 'I know it is inconvenient, but that is just how it works.' + END],
  ['register', C, D + 'Sorry about the delay, it\'s what it is.' + END],
  ['register', C, D + 'The mill only runs twice a year, that\'s just how it is.' + END],
  ['register', C, D + 'Freight costs went up again, and it is just the way it is.' + END],
  // near misses: how a thing is made or works, described
  ['', C, D + 'The attached diagram shows how it is assembled.' + END],
  ['', C, D + 'This is exactly what we agreed at the meeting.' + END],
  ['', C, D + 'Our engineer will explain the way it works during the visit.' + END],
];

const ADDRESS: Case[] = [
  ['honorific', C, 'Dear Sir Yamada,\n\nThe samples shipped today.' + END],
  ['honorific', C, 'Dear Sir Nakamura,\n\nThank you for the order.' + END],
  ['honorific', C, 'Dear Mr. Hiroshi Tanaka-san,\n\nThe samples shipped today.' + END],
  ['honorific', C, 'Dear Ms. Yumi Kato-san,\n\nThank you for the order.' + END],
  ['honorific', C, 'Watanabe -\n\nThe samples shipped today.' + END],
  ['honorific', C, 'Suzuki -\nThank you for the order.' + END],
  // near misses: the forms that are right
  ['', C, 'Dear Sir or Madam,\n\nThe samples shipped today.' + END],
  ['', C, 'Dear Mr. Yamada,\n\nThe samples shipped today.' + END],
  ['', C, 'Dear Hiroshi Tanaka-san,\n\nThe samples shipped today.' + END],
  ['', C, 'Dear Kato-san,\n\nThank you for the order.' + END],
  ['', I, 'Watanabe -\n\nThe samples shipped today.' + END],
];

categoryTables([
  ['an offer kept only for those who act within the seller\'s window', WINDOW_ONLY],
  ['scarcity tied to the order in which buyers act', FIRST_TO_ACT],
  ['a rival who has claimed the stock', RIVAL_CLAIM],
  ['a loss if the reader does not act by a date', CONDITIONAL_LOSS],
  ['an offer that closes on a date, in a phrasal verb', OFFER_CLOSES],
  ['a request by a date with the loss as its alternative', OR_ELSE],
  ['advice to commit by a date', ADVICE_TO_HURRY],
  ['a worse price after a near date', PRICE_AFTER_A_DATE],
  ['a sentence with its subject dropped', DROPPED_SUBJECT],
  ['regional slang', REGIONAL_SLANG],
  ['a dismissive idiom', DISMISSIVE],
  ['"Sir" before a surname, two honorifics, a bare surname before a dash', ADDRESS],
]);

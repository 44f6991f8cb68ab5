// Round 16 (r16-press): English pressure classes of /work/CLASSES-r16.md in our own wordings (never a corpus's),
// each with near misses that share its words. The categories raised must be exactly the expected ('' = none).
// P1 a decision of theirs not made in time and what they lose (en-levers.ts lateActCosts, askedThenLost), terms
// kept only for an act within the seller's occasion (windowOnly: "at this meeting", "on the spot");
// P2 pressure as advice, warning or the seller's own target (soonerTheBetter, dealClosedByDate, lateMoversPay,
// laggardsLeft "the last/only … still", advice not to wait for their own cycle); P3 availability tables.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enOgawa as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-03-02' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-03-02' };

const P1_LATE_DECISION_COSTS: Case[] = [
  ['pressure', P, mail("If we don't have your signed order form by then, your team will have to wait until April.")],
  ['pressure', P, mail('This price is only available if the agreement is signed at this meeting.')],
  ['pressure', P, mail('Unless the contract is signed this month, you would lose the launch price.')],
  ['pressure', P, mail('If you cannot confirm the order by Friday, we cannot promise the May installation slot.')],
  ['pressure', P, mail("If your PO doesn't reach us by the 20th, your project will have to wait for the autumn batch.")],
  ['pressure', P, mail('if you not sign before end of month, you must wait next year for the slot')],
  ['pressure', P, mail("Should the order not be confirmed by then, we won't be able to guarantee these rates.")],
  ['pressure', P, mail("The bundle discount applies only if you order during today's call.")],
  ['pressure', P, mail('These terms are valid only if the contract is signed on the spot.')],
  ['pressure', P, mail("If we do not receive your decision by Wednesday, I can't hold the line for you any longer.")],
  ['pressure', P, mail('Unless you commit this week, you will miss the spring production run.')],
  ['pressure', P, mail('The free onboarding offer is only for customers who sign at this session.')],
  ['pressure', P, mail('Confirm today please, I can hold this price only today, tomorrow cannot guarantee.')],
  ['', P, mail("If we don't have your drawings by Friday, the machining will have to wait until April.")],
  ['', P, mail('To meet your April start, we would need the order by February 10.')],
  ['', P, mail('You asked whether the press could be running by 1 July.\nTo meet that date, we would need to confirm the order by mid-April, as the machine takes eight weeks to build.')],
  ['', P, mail('This quote is valid for 30 days.')],
  ['', P, mail('If you cannot attend on Friday, we cannot hold the meeting room.')],
  ['', P, mail('If the contract is not signed this month, that is completely fine; the price stays the same.')],
  ['', P, mail('Please confirm by Friday whether the 10:00 slot works; after that we cannot hold the meeting room.')],
  ['', C, mail("If we don't have your signed order form by then, your team will have to wait until April.")],
];

const P2_ADVICE_AND_TARGETS: Case[] = [
  ['pressure', P, mail("You really don't want to be the last distributor in your region still relying on paper picking lists.")],
  ['pressure', P, mail('Our director has asked me to close this deal by Thursday, so I would be grateful for your decision by then.')],
  ['pressure', P, mail('Between us, the manufacturer is raising list prices in June, so the sooner you sign, the smarter.')],
  ['pressure', P, mail('The earlier you commit, the more you save.')],
  ['pressure', P, mail('The longer you wait, the harder it will be to get a slot.')],
  ['pressure', P, mail('My manager wants this contract signed before Friday.')],
  ['pressure', P, mail('I need to close the deal by the end of the month for my quarter.')],
  ['pressure', P, mail('Honestly, the sooner you place the order, the better.')],
  ['pressure', P, mail("You don't want to be the only plant in the area still doing this by hand.")],
  ['pressure', P, mail('Retailers who put this off until after the holidays usually end up paying far more for freight.')],
  ['pressure', P, mail('Companies that wait until the spring tend to lose the best installation dates.')],
  ['pressure', P, mail("I'd recommend not waiting for your next board meeting.")],
  ['pressure', P, mail('My honest advice would be not to wait for your budget review: by then our Osaka team will be fully booked.')],
  ['', P, mail('The sooner you send the drawings, the sooner we can quote.')],
  ['', P, mail('We will close the Osaka office by Friday for the holidays.')],
  ['', P, mail('Our director has asked me to close the ticket by Thursday.')],
  ['', P, mail("You don't want to be the last to know about a recall, so we send alerts by email and SMS.")],
  ['', P, mail('The longer the cable, the higher the signal loss.')],
  ['', P, mail('Please don\'t wait for us to call you.')],
  ['', P, mail('Customers who delayed their order last year were very happy with the autumn delivery.')],
];

const P3_AVAILABILITY_TABLES: Case[] = [
  ['pressure', P, mail('Onboarding availability for new accounts:\n- July: fully booked\n- August: fully booked\n- September: one slot left')],
  ['pressure', P, mail('Installation calendar:\n* Q2: sold out\n* Q3: 2 slots remaining\n* Q4: open')],
  ['pressure', P, mail('Training dates\nMay 12 – full\nMay 19 – full\nMay 26 – last seat available')],
  ['pressure', P, mail('Audit weeks:\n1. Week 14: booked\n2. Week 15: booked\n3. Week 16: only one left')],
  ['pressure', P, mail('Kick-off windows\n- June: no slots left\n- July: nearly full')],
  ['pressure', P, mail('Cohorts for 2027:\n- Spring cohort: full\n- Summer cohort: a few places remaining')],
  ['', P, mail('Availability:\n- July: available\n- August: available\n- September: available')],
  ['', P, mail('As you requested, here is our availability:\n- July: fully booked\n- August: one slot left')],
  ['', P, mail('- Step 1: closed\n- Step 2: one window open')],
  ['', C, mail('Onboarding availability:\n- July: fully booked\n- August: one slot left')],
  ['', P, mail('Delivery plan:\n- Lot 1: shipped\n- Lot 2: in production')],
  ['', P, mail('- July: fully booked\n\nOur office is closed from 13 to 16 August.')],
];

categoryTables([
  ['P1 a decision not made in time, and what they lose', P1_LATE_DECISION_COSTS],
  ['P2 advice, warnings and the seller\'s target', P2_ADVICE_AND_TARGETS],
  ['P3 availability tables counting down', P3_AVAILABILITY_TABLES],
]);

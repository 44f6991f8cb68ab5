// Round 36 (reg36, issue 10: English pressure), in wordings of our own written before reading any miss: pressure on a
// prospect framed as advice ("you'll regret", "I'd lock this in before …"), as scarcity ("won't last", "slots are filling
// fast", "only two units left at this price") or as a deadline we set ("prices go up on …", "let me know by Friday or we
// release the slot"). Near misses that stay clean: a deadline the client set, a real validity period stated neutrally,
// a logistics cut-off, an existing client's own schedule, advice with no clock, internal mail.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-07' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-07' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-07' };

const mail = (body: string) =>
  `Dear Ms. Hayashi,\n\nThank you for visiting our booth at the Tokyo Pack show.\n${body}\n\nKind regards,\nOlivia Brandt\nNordpak GmbH`;

const A_ADVICE: Case[] = [
  ["pressure", P, mail("Honestly, you'll regret it if you wait until next quarter.")],
  ['pressure', P, mail("If I were you, I'd lock this in before the end of the month.")],
  ['pressure', P, mail('I would strongly advise signing this week, before the rate changes.')],
  ['pressure', P, mail("You really can't afford to wait on this one.")],
  ['pressure', P, mail('My advice is to place the order now rather than risk losing the slot.')],
  ['pressure', P, mail('Waiting any longer would be a costly mistake for your team.')],
  ['pressure', P, mail("I'd grab this now while the introductory price still stands.")],
  ['pressure', P, mail('Act now to secure the 2027 rate.')],
];
const B_SCARCITY: Case[] = [
  ['pressure', P, mail("This offer won't last, so I would move quickly.")],
  ['pressure', P, mail('Installation slots for spring are filling fast.')],
  ['pressure', P, mail('Only two units left at this price.')],
  ['pressure', P, mail('Other buyers are already looking at this lot, so I would decide soon.')],
  ['pressure', P, mail('Once these machines are gone, they are gone.')],
  ['pressure', P, mail('The price will never be this low again.')],
  ['pressure', P, mail('Our calendar is almost full, so grab a slot while you still can.')],
];
const C_OUR_DEADLINE: Case[] = [
  ['pressure', P, mail('Prices go up on 1 January, so now is the time to order.')],
  ['pressure', P, mail('Let me know by Friday or we release the slot to another customer.')],
  ['pressure', P, mail("If we don't hear from you by Wednesday, the discount is gone.")],
  ["pressure", P, mail("Don't miss out: the launch price ends this Friday.")],
  ['pressure', P, mail('We can only hold this price until Thursday; after that it goes back to list.')],
  ['pressure', P, mail('Please sign before 20 December, otherwise we cannot guarantee the allocation.')],
  ['pressure', P, mail('The show discount expires at midnight on Sunday.')],
  ['pressure', P, mail('If your order is not in by Friday, the show discount is gone.')],
];

// D: the moment pressed with no date (press-moment.ts)
const D_MOMENT: Case[] = [
  ['pressure', P, mail('If you want to be part of the pilot, now is the time.')],
  ['pressure', P, mail('Our engineers are booked solid from January, so sooner is better for you.')],
  ['pressure', P, mail('Get in while you can.')],
  ['pressure', P, mail('Better to decide sooner rather than later.')],
  ['pressure', P, mail("I'd jump on this before someone else does.")],
  ['pressure', P, mail("These terms won't be offered again.")],
  ['pressure', P, mail("Demand has been huge and I can't promise this price next week.")],
  ['pressure', P, mail('This is the last batch at the 2026 price.')],
  ["pressure", P, mail("You'd be crazy to pass this up.")],
];
const D_NEAR: Case[] = [
  ['', P, mail('Today is the day our new plant in Aichi opens.')],
  ['', P, mail('The price will not go up again this year.')],
  ['', P, mail('If the parts arrive by Friday, the shortage is gone.')],
  ['', P, mail('We can deliver sooner than planned if that helps your team.')],
  ['', P, mail('Our plant will ship the samples sooner rather than later.')],
  ['', P, mail('While you review the proposal, we will prepare the samples.')],
  ['', P, mail('Please let us know before you leave for the holidays.')],
  ['', P, mail('We will not raise our rates again before 2028.')],
  ['', P, mail('The last pallet at the Kobe warehouse ships on Monday.')],
  ['', P, mail('Once the parts are gone from our warehouse, the truck leaves.')],
  ['', P, mail('We will pass the savings on to you.')],
  ['', P, mail('You will see the new price on the next invoice.')],
  ['', P, mail('I cannot guarantee the delivery date beyond what the carrier confirms.')],
  ['', P, mail('Before someone else in your team signs, please check the PO number.')],
];

const NEAR: Case[] = [
  // a deadline the client set, or their own schedule
  ['', P, mail('As you asked, we will send the full quotation by Friday.')],
  ['', P, mail('You mentioned your line starts on 10 March; to meet that date we would need the order by 10 February.')],
  ['', P, mail('To fit your budget meeting on 15 January, we will have the revised proposal to you by 8 January.')],
  ['', C, 'Dear Ms. Hayashi,\n\nTo keep your April delivery, we need your forecast by 15 March.\n\nKind regards,\nOlivia Brandt'],
  ['', C, 'Dear Ms. Hayashi,\n\nYour next scheduled order is due on 20 January; please confirm the quantities by 10 January.\n\nKind regards,\nOlivia Brandt'],
  // a real validity period stated neutrally
  ['', P, mail('The quotation is valid for 30 days from today.')],
  ['', P, mail('Prices in this quotation are valid until 31 March 2027.')],
  ['', P, mail('This offer is valid for 60 days; please take the time your team needs.')],
  // a logistics cut-off
  ['', P, mail('Our warehouse cut-off for same-day dispatch is 3 pm JST.')],
  ['', P, mail('The last vessel from Hamburg before the holidays sails on 18 December; samples booked by 15 December travel on it.')],
  ['', P, mail('Orders received after 22 December will ship after the New Year holidays.')],
  // advice with no clock, scarcity with no push, facts of the market
  ['', P, mail('I would recommend the 40-ton model for your line.')],
  ['', P, mail('There is no rush; we can hold the price until your board has decided.')],
  ['', P, mail('The demo unit is in high demand at trade shows, so we bring it to Japan twice a year.')],
  ['', P, mail('Resin prices rose 6% in November, as the attached index shows.')],
  ['', P, mail('If it would help your planning, we would be glad to reserve a trial slot for you; just let us know.')],
  // internal mail
  ['', I, 'Hi Jonas,\n\nPush Hayashi-san to sign by Friday or we release the slot. Prices go up on 1 January anyway.\n\nOlivia'],
];

categoryTables([
  ['r36 pressure A: advice with a clock or a loss ("you\'ll regret", "I\'d lock this in before …")', A_ADVICE],
  ['r36 pressure B: scarcity ("won\'t last", "filling fast", "only two left at this price")', B_SCARCITY],
  ['r36 pressure C: a deadline we set ("prices go up on …", "by Friday or we release …")', C_OUR_DEADLINE],
  ['r36 pressure D: the moment pressed with no date ("now is the time", "while you can", "never this low again")', D_MOMENT],
  ['r36 pressure D near misses: a day named, our act sooner, a price that will not rise, our own logistics', D_NEAR],
  ['r36 pressure near misses: their deadline, a neutral validity, a logistics cut-off, a client\'s schedule, internal', NEAR],
]);

// Round 17 (r17b-en-ref): English refusals whose object is fronted before our negated verb ("That price we can't
// match.", "60 days we don't do for new customers."): our side is the subject, the thing refused comes first. Our own
// wordings, and near misses that must stay clean (a relative clause, an indefinite, a clause going on after a comma,
// a cushioned refusal with an alternative, a question, a condition, internal mail, quoted history).
// The categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-10-19' };

const mail = (body: string) => `Dear Mr. Nakamura,\n\nThank you for your message.\n\n${body}\n\nBest regards,\nLauren Mitchell`;

const FRONTED: Case[] = [
  ['blunt-refusal', C, mail("60 days we don't do for new customers.")],
  ['blunt-refusal', C, mail("That price we can't match.")],
  ['blunt-refusal', C, mail('Further discount for this PO we cannot give.')],
  ['blunt-refusal', C, mail('Weekend deliveries we do not offer.')],
  ['blunt-refusal', C, mail("That kind of discount we won't be able to give.")],
  ['blunt-refusal', C, mail('That we cannot accept.')],
  ['blunt-refusal', C, mail("Custom colours we don't do for orders under 500 units.")],
  ['blunt-refusal', C, mail('Those drawings we cannot share.')],
  ['blunt-refusal', C, mail("Net 90 terms we can't agree to.")],
  ['blunt-refusal', C, mail('Free installation we do not include in this quote.')],
  ['blunt-refusal', C, mail("On-site training in Okinawa we don't offer.")],
  ['blunt-refusal', C, mail('Regarding the rebate: that we cannot do.')],
  ['blunt-refusal', C, mail('Rush fees we never waive.')],
  ['blunt-refusal', C, mail('The price list is attached.\n\nExpress shipping for the sample order we do not provide.\n\nThe invoice follows next week.')],
  // Near misses.
  ['', C, mail('The price we quoted includes delivery.')],
  ['', C, mail('Anything we cannot answer, we will forward to our engineers.')],
  ['', C, mail("The parts we don't stock we can order for you within a week.")],
  ['', C, mail("The items in the catalogue we deliver by Friday.")],
  ['', C, mail("That price we can't match, but we could add free shipping to the order.")],
  ['', C, mail("Is 60 days something we can't do for new customers?")],
  ['', C, mail("If that price we can't match, we will tell you by Friday.")],
  ['', { ...C, recipient: 'internal' }, "Hi Ken,\n\nThat price we can't match.\n\nThanks,\nLauren"],
  ['', C, mail("Thanks for the update.\n\nOn Mon, Oct 12, 2026, Ken Ito <ken@example.jp> wrote:\n> That price we can't match.")],
  ['', C, mail('That request we are happy to accommodate.')],
];

categoryTables([['r17b fronted object refused', FRONTED]]);

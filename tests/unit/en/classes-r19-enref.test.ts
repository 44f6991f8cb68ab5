// Round 19 (r19-enref): English refusals a fresh writer says in the passive or as a noun phrase, and product
// specifications that are no refusal. Our own wordings, written before the code, in different shapes.
// - A: the reader's ask (a request, claim, change, application) as the subject of a negated passive — read once the
//   parse keeps the subject's post-modifiers ("Requests to extend …", "Changes after sign-off …", "Modifications to
//   the delivery address …", "Your ask for …") out of the verb group.
// - D: a decision against the ask told after the fact: a negated past/perfect passive of a verb of granting, the
//   class taken from WordNet (dictionaries/en/grant-class.json); pending ("not … yet") and handling ("not
//   processed", "not included") are no decision.
// - N: a refusal said as a noun phrase, "no" + a concession noun (WordNet's nominalisations of the granting class):
//   "No further extensions.", "There will be no further discount on this order."
// - S: a product's specification said of the product ("The connector supports SAML 2.0 only") is information; the
//   same said by us ("We don't support custom integrations") stays a refusal.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-04' };

const SIGNATURE = 'Best regards,\nJohan Berg\nKey Account Manager Japan\nHalcyon Systems AB';
const mail = (body: string) => `Dear Mr. Nakamura,\n\nThank you for your message of Friday.\n\n${body}\n\n${SIGNATURE}`;

const A_PASSIVE_ASK: Case[] = [
  ['blunt-refusal', C, mail('Requests to extend the LTB deadline will not be accepted.')],
  ['blunt-refusal', C, mail("Changes after sign-off won't be accommodated.")],
  ['blunt-refusal', C, mail('Modifications to the delivery address after dispatch are not allowed.')],
  ['blunt-refusal', C, mail('Late claims cannot be entertained.')],
  ['blunt-refusal', C, mail('Returns after 30 days are not honoured.')],
  ['blunt-refusal', C, mail('Any further price adjustment will not be considered.')],
  ['blunt-refusal', C, mail('Additional discounts will not be granted for this order.')],
  ['blunt-refusal', C, mail('Amendments to the signed specification are not permitted.')],
  ['blunt-refusal', C, mail('Payment on 90-day terms cannot be agreed.')],
  ['blunt-refusal', C, mail('Deliveries to the second site will not be permitted.')],
  ['blunt-refusal', C, mail('Our policy does not allow partial refunds.')],
  ['blunt-refusal', C, mail("We'll have to pass on this one.")],
  ['blunt-refusal', C, mail('We must decline your request for consignment stock.')],
  ['blunt-refusal', C, mail('We are not in a position to offer a longer warranty.')],
  // Near misses: granted, still possible, cushioned with a way forward, a question, a condition, pending.
  ['', C, mail('Your request to extend the LTB deadline has been accepted.')],
  ['', C, mail('Late claims can still be accepted until Friday.')],
  ['', C, mail('Changes after sign-off will be accommodated at no charge.')],
  ['', C, mail("I'm afraid requests to extend the LTB deadline cannot be accepted, but we could offer a last-time buy at the current price; may I call you to discuss?")],
  ['', C, mail('Could the request be approved by Friday?')],
  ['', C, mail('If your request is not approved by the committee, we will let you know at once.')],
  ['', C, mail('Modifications to the delivery address are possible until dispatch.')],
  ['', C, mail('Requests to extend the deadline will be reviewed by our team on Monday.')],
  ['', C, mail('We are now in a position to offer the 5% discount you asked for.')],
];

const D_DECIDED_AGAINST: Case[] = [
  ['blunt-refusal', C, mail('Your application for the partner discount has not been approved.')],
  ['blunt-refusal', C, mail('Your ask for a dedicated engineer could not be approved.')],
  ['blunt-refusal', C, mail('The warranty claim was not accepted.')],
  ['blunt-refusal', C, mail('Your request for an extension has not been granted.')],
  ['blunt-refusal', C, mail('The price change you proposed was not authorised by our board.')],
  ['blunt-refusal', C, mail('The exemption from the minimum order was not sanctioned by head office.')],
  ['blunt-refusal', C, mail('Your proposal for consignment stock has not been endorsed.')],
  ['blunt-refusal', C, mail('The extra training day was not permitted under the budget.')],
  ['blunt-refusal', C, mail('Your late registration was not admitted.')],
  ['blunt-refusal', C, mail('Your late registration could not be accepted.')],
  ['blunt-refusal', C, mail('The requested waiver was not approved.')],
  ['blunt-refusal', C, mail('The second free audit was not licensed by our quality team.')],
  // Near misses: pending, handling, a report of goods, our own standing, granted.
  ['', C, mail('The waiver has not been approved yet; I will chase it today.')],
  ['', C, mail('Your order has not been shipped yet; it leaves our warehouse on Thursday.')],
  ['', C, mail('The invoice was not paid on time, so we sent a reminder.')],
  ['', C, mail('The samples were not damaged in transit.')],
  ['', C, mail('We have not been approved as a vendor yet.')],
  ['', C, mail('Your application for the partner discount has been approved.')],
  ['', C, mail('The extension was granted last week, as you know.')],
  ['', C, mail('Nothing has been decided yet; we will come back to you next week.')],
];

const N_NOMINAL_NO: Case[] = [
  ['blunt-refusal', C, mail('No further extensions.')],
  ['blunt-refusal', C, mail('No refunds on opened units.')],
  ['blunt-refusal', C, mail('No more changes after Friday.')],
  ['blunt-refusal', C, mail('There will be no further discount on this order.')],
  ['blunt-refusal', C, mail('No exceptions.')],
  ['blunt-refusal', C, mail('No extensions beyond 31 March.')],
  ['blunt-refusal', C, mail('There will be no more price concessions this year.')],
  ['blunt-refusal', C, mail('No waivers for late registrations.')],
  ['blunt-refusal', C, mail('No rebates on promotional items.')],
  ['blunt-refusal', C, mail('There can be no further modification of the drawings.')],
  ['blunt-refusal', C, mail('No additional allowance for the return freight.')],
  ['blunt-refusal', C, mail('No exemptions for the safety course.')],
  // Near misses: cushioned, nothing changes, a burden spared, findings, idioms, a verb of need.
  ['', C, mail("No further discounts on the Q3 order, I'm afraid, but let me ask my manager about the Q4 volume.")],
  ['', C, mail('No change to the delivery date.')],
  ['', C, mail('There is no change to your price.')],
  ['', C, mail('No further action is needed on your side.')],
  ['', C, mail('No exceptions were found in the audit.')],
  ['', C, mail('There will be no charge for the second visit.')],
  ['', C, mail('No problem, we can extend the deadline to 15 March.')],
  ['', C, mail('No approval is needed from your side.')],
  ['', C, mail('No refund has been requested so far.')],
];

const S_PRODUCT_SPEC: Case[] = [
  // Said by us of what we do: refusals.
  ['blunt-refusal', C, mail('We do not support custom integrations.')],
  ['blunt-refusal', C, mail("We don't allow bulk deletes for your account.")],
  ['blunt-refusal', C, mail("We won't add SAML support for you.")],
  ['blunt-refusal', C, mail('We do not offer the bracket separately.')],
  ['blunt-refusal', C, mail('Thank you for your request for a half-pallet delivery. We only ship full pallets.')],
  ['blunt-refusal', C, mail('Samples are supplied to contract customers only.')],
  // Said of the product: its specification.
  ['', C, mail('The connector supports SAML 2.0 only.')],
  ['', C, mail('Single sign-on isn\'t supported at the moment; it is on the roadmap for Q3.')],
  ['', C, mail('The API does not allow bulk deletes.')],
  ['', C, mail('Version 4 does not run on Windows 7.')],
  ['', C, mail('The printer accepts A4 and A3 paper only.')],
  ['', C, mail('The sensor does not work below -20 °C.')],
  ['', C, mail('The firmware does not support IPv6 in this release.')],
  ['', C, mail('This module is not compatible with the older controllers.')],
  ['', C, mail('The cable does not come in black.')],
  ['', C, mail('The software only runs on Linux.')],
  ['', C, mail('The gateway handles Modbus TCP only.')],
  ['', C, mail('Batch export isn\'t supported yet; it is planned for the spring release.')],
];

categoryTables([
  ['A: the ask as the subject of a refusing passive', A_PASSIVE_ASK],
  ['D: a decision against the ask, told after the fact', D_DECIDED_AGAINST],
  ['N: a refusal said as a noun phrase', N_NOMINAL_NO],
  ['S: a product specification is no refusal; ours is', S_PRODUCT_SPEC],
]);

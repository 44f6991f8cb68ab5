// Round 20 (r20-enref): English blunt refusals, the weakest category on every fresh set. Our own wordings, written
// before the code, in different shapes and with words the instances do not use.
// - P: precedence. A sentence that turns down what the reader asked for (their request, claim, question; a return,
//   refund, credit, discount, extension), named in it or in the sentence before, is a refusal, not a bad-news notice,
//   whatever news words it holds. A change we announce of our own accord stays a notice.
// - E: an elliptical verdict: a topic (a thing asked for, a clause, a credit) then a separator and a bare verdict
//   ("— declined.", ": not applicable.", ": no, we can't."), no cushion, no alternative.
// - I: impersonal and fronted refusals: a gerund's "is not something we do" after a clause of its own, a benefit
//   "not applicable for this case", a refusal drawn as a consequence ("hence we cannot …") after an agreed fact, a
//   fronted object ("this we don't give to anybody").
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-04' };

const SIGNATURE = 'Best regards,\nJohan Berg\nKey Account Manager Japan\nHalcyon Systems AB';
const mail = (body: string) => `Dear Mr. Nakamura,\n\n${body}\n\n${SIGNATURE}`;

const P_PRECEDENCE: Case[] = [
  ['blunt-refusal', C, mail('Your request to push the delivery back to May has been rejected by our logistics team.')],
  ['blunt-refusal', C, mail('Your application to move the installation to the autumn was turned down by head office.')],
  ['blunt-refusal', C, mail('We looked at the dents in your pictures. They are within the cosmetic tolerance, so we do not accept returns of these panels.')],
  ['blunt-refusal', C, mail('Thank you for the photos of the cracked housings. We do not grant refunds for damage caused during installation.')],
  ['blunt-refusal', C, mail('The discoloration is normal for untreated walnut, so we will not accept a return of these chairs.')],
  ['blunt-refusal', C, mail('Your claim for the late shipment in March has been declined by our insurer and by us.')],
  ['blunt-refusal', C, mail('Thank you for your message about the delay. We will not refund the express surcharge.')],
  ['blunt-refusal', C, mail('The wear on the rollers is within specification, so we do not accept a warranty claim for them.')],
  ['blunt-refusal', C, mail('Your proposal to postpone the second instalment has been rejected by our credit committee.')],
  ['blunt-refusal', C, mail('Thank you for your question about the shortage. We do not grant credits for partial deliveries.')],
  ['blunt-refusal', C, mail('The fading is within the tolerance for dyed leather, so we do not exchange these sofas.')],
  ['blunt-refusal', C, mail('Your request to extend the delivery window to June has been refused.')],
  // Our own change, announced: a notice.
  ['bad-news', C, mail('Our prices will increase by 8% from April 1.')],
  ['bad-news', C, mail('The delivery of your order will be delayed by two weeks.')],
  ['bad-news', C, mail('The RX-40 valve will be discontinued at the end of March.')],
  ['bad-news', C, mail('We are out of stock on the 5 mm gaskets until March.')],
  ['bad-news', C, mail('From 1 May, the TX-40 model will no longer be available.')],
  ['bad-news', C, mail('The February shipment will be delayed by three weeks.')],
  ['bad-news', C, mail('The scratch-resistant coating will no longer be available from July.')],
  ['bad-news', C, mail('Only 300 of the 800 cartons will ship this week; the rest follows in May.')],
];

const E_ELLIPTICAL: Case[] = [
  ['blunt-refusal', C, mail('Thank you for your list of points.\n\n1. Extra training day in Osaka — declined.')],
  ['blunt-refusal', C, mail('Regarding your request that we cover the customs fees: declined.')],
  ['blunt-refusal', C, mail('Compensation for the two days of downtime: not applicable.')],
  ['blunt-refusal', C, mail('Thank you for the marked-up contract.\nSection 9 (limitation of liability) – rejected.')],
  ['blunt-refusal', C, mail('Complimentary calibration of the second gauge: refused.')],
  ['blunt-refusal', C, mail('On your question whether we can hold the current rate until June: no, we cannot.')],
  ['blunt-refusal', C, mail('About your enquiry whether we could ship on Sunday: no, we can\'t.')],
  ['blunt-refusal', C, mail('Refund of the installation fee — not applicable.')],
  ['blunt-refusal', C, mail('Your wish for a dedicated hotline: denied.')],
  ['blunt-refusal', C, mail('Free replacement of the worn belts: not possible.')],
  ['blunt-refusal', C, mail('Penalty waiver for the late payment: not applicable.')],
  ['blunt-refusal', C, mail('Thank you for the redlined draft.\nArticle 12 (exclusive jurisdiction of Osaka courts) — declined.')],
  // Near misses: a form's N/A, a card declined by a bank, a verdict cushioned with a way forward, a question.
  ['', C, mail('Dangerous goods: not applicable.\nIncoterms: FCA Rotterdam.')],
  ['', C, mail('Import licence: not applicable for this product.')],
  ['', C, mail('We tried to charge the deposit, but the card payment on 3 May was declined by the bank; could you check it with your bank?')],
  ['', C, mail('Special packaging: not required.')],
  ['', C, mail('I\'m afraid the extra training day in Osaka is not possible this month; instead we could run it online, and I will ask my manager about a visit in January.')],
  ['', C, mail('Extra training day in Osaka — could you confirm the date?')],
  ['', C, mail('Your request for a dedicated hotline: approved, starting Monday.')],
  ['', C, mail('Hazardous material declaration: N/A.')],
  ['', C, mail('You wrote that the free sample for your lab was declined by your purchasing team; thank you for letting us know.')],
];

const I_IMPERSONAL: Case[] = [
  ['blunt-refusal', C, mail('Taking back pallets once they have left our warehouse is not something we do, whatever the circumstances.')],
  ['blunt-refusal', C, mail('Reopening a ticket after it has been closed is not something we do.')],
  ['blunt-refusal', C, mail('Warranty credits are not applicable for this outage under section 7 of the SLA.')],
  ['blunt-refusal', C, mail('Service credits are not applicable in this case as per clause 4.2 of the contract.')],
  ['blunt-refusal', C, mail('As discussed on Monday, the extra dashboard is outside the agreed scope, hence we cannot build it in this release.')],
  ['blunt-refusal', C, mail('As mentioned in the call, the audit report is not part of the contract, therefore we will not prepare it this quarter.')],
  ['blunt-refusal', C, mail('About your wish for an exclusive distribution in Kyushu: this we don\'t grant to anybody.')],
  ['blunt-refusal', C, mail('Regarding a discount for the repeat order: that we do not give to any customer.')],
  ['blunt-refusal', C, mail('Your idea of a consignment stock in Nagoya: this we don\'t offer to anyone.')],
  ['blunt-refusal', C, mail('About your idea of exclusivity for the Kansai region: this we don\'t give to anybody.')],
  ['blunt-refusal', C, mail('Rebates on spare parts are not applicable for your order.')],
  ['blunt-refusal', C, mail('Shipping samples once they have been opened is not something we do.')],
  ['blunt-refusal', C, mail('As agreed last week, the migration is out of scope, so we will not carry it out in this sprint.')],
  // Near misses: a reassurance, a fact agreed, a rate not applicable to a product, an agreed decision.
  ['', C, mail('We will never share your drawings with anybody outside the project.')],
  ['', C, mail('As agreed in the meeting, we will not change the colour of the housing.')],
  ['', C, mail('VAT is not applicable for exports to Japan.')],
  ['', C, mail('The discount code is not applicable to gift cards, as written on the voucher.')],
  ['', C, mail('Taking the train from Tokyo is something we do every month.')],
  ['', C, mail('Your data is not something we give to anybody.')],
  ['', C, mail('As discussed on Monday, the dashboard is part of the agreed scope, so we will build it in this release.')],
  ['', C, mail('If the extra dashboard is outside the agreed scope, we will send you a quote first.')],
];

categoryTables([
  ['P: a refusal of their ask is a refusal, not a notice', P_PRECEDENCE],
  ['E: an elliptical verdict after a topic', E_ELLIPTICAL],
  ['I: impersonal, consequential and fronted refusals', I_IMPERSONAL],
]);

// Round 36 (refen36, issue 10): English blunt refusals stated as facts rather than as a negated "can" of ours, in five
// classes, each with near misses that must stay clean. Written for this round before reading any published miss, in many
// verbs and shapes. A case is [subject, body, quote] (a blunt-refusal finding must overlap the quote) or [subject, body,
// null] (no blunt-refusal finding at all). Every body is a reply: "Re:" in the subject, the client's wish implied.
import type { QuotedRefusal } from '../refusal-quotes';

const mail = (b: string, opener = 'Thank you for your email.') =>
  `Dear Mr. Sato,\n\n${opener ? `${opener}\n` : ''}${b}\n\nBest regards,\nAnna Berg\nKessler AG`;
/** A refusal: the line itself is the quote. */
const no = (subject: string, line: string, opener?: string): QuotedRefusal => [subject, mail(line, opener), line];
/** A near miss: no blunt-refusal finding. */
const ok = (subject: string, line: string, opener?: string): QuotedRefusal => [subject, mail(line, opener), null];

/** Class 1: a no stated as a fact about us or our thing, in any verb. */
export const FACT_NO_R36: QuotedRefusal[] = [
  no('Re: Fanuc cell', 'The reprogramming of the Fanuc cell is not something we take on.'),
  no('Re: weekend installation', 'Weekend installation is not something we offer.'),
  no('Re: custom firmware', 'Custom firmware builds are not something we support.'),
  no('Re: damaged desk', 'The desk is therefore not eligible for replacement.'),
  no('Re: volume discount', 'Your order is not eligible for the volume discount.'),
  no('Re: second visit', 'The travel costs of the second visit are not covered.'),
  no('Re: SAT', 'A second SAT run at our cost is not included in the contract.'),
  no('Re: data migration', 'Data migration is not part of the package.', 'Thanks for your note.'),
  no('Re: returns', 'We do not accept returns of opened cartons.'),
  no('Re: delivery address', "We don't ship to PO boxes."),
  no('Re: credit note', 'We do not issue credit notes for price differences.'),
  no('Re: express delivery', "Express delivery isn't possible for you this month."),
  no('Re: Japanese support', 'Japanese-language support is not available for your plan.'),
  no('Re: storage', 'Storage beyond 30 days is not something we handle.'),
  no('Re: training day', 'The extra training day is not covered by the maintenance agreement.'),
  no('Re: printed manuals', 'Printed manuals are not part of our scope.', ''),
  no('Re: source code', "We don't hand over source code to customers."),
];
export const FACT_NO_CLEAN_R36: QuotedRefusal[] = [
  ok('Re: sensor', 'The sensor housing is not waterproof; it is rated IP54.'),
  ok('Re: replacement parts', 'You are not charged for the replacement parts.'),
  ok('Re: invoice', 'The courier fee is not included in your invoice, as we cover it.'),
  ok('Re: delivery', 'The carrier does not deliver to the island on Sundays, so the parcel arrives on Monday morning.'),
  ok('Re: SAT', 'Is the second SAT run not included in the contract?'),
  ok('Re: kick-off', "We can't wait to start the project with you."),
  ok('Re: installation', 'You mentioned that weekend installation is not something your team needs.'),
  ok('Re: SAT', 'Your team does not need to attend the SAT.'),
  ok('Re: second visit', 'There is no charge for the second visit.'),
  ok('Re: calibration', 'The unit does not require calibration for the first year.'),
  ok('Re: licences', 'Your existing licences are not affected by the change.'),
  ok('Re: second lot', 'We do not expect any delay on the second lot.'),
  ok('Re: delivery', 'The Osaka warehouse is not far from your plant, so delivery takes one day.'),
  ok('Re: rack', 'No extra work is needed on your side.'),
  ok('Re: returns', 'Opened cartons are not a problem; we accept them back within 30 days.'),
  ok('Re: order', 'Nothing in your order is out of stock.'),
  // Round 36 (fix): left out of our terms as the consequence of facts told before it, answering a question of fact.
  ok('Re: third-party sets', 'The pump was validated with our own sets, and the approval lists them by number, so other sets are not covered by the approval or the warranty.'),
];

/** Class 2: decisions in the passive or reported. */
export const DECIDED_R36: QuotedRefusal[] = [
  no('Re: merchant onboarding', 'Unfortunately, the onboarding of merchants in the online gaming sector has been declined by our risk committee.'),
  no('Re: credit', 'Your application for extended credit has been rejected.'),
  no('Re: payment terms', 'The request for a 90-day payment term was turned down by our finance team.'),
  no('Re: discount', 'Your discount request has not been approved.'),
  no('Re: pilot', 'The committee decided not to extend the pilot.'),
  no('Re: exclusivity', 'Our board decided not to renew the exclusivity clause.'),
  no('Re: unit price', 'It was decided that the price stays at EUR 4.20 per unit.'),
  no('Re: warranty', 'Management decided that it stays at 24 months, as in the contract.'),
  no('Re: warranty', 'Head office has decided that the warranty remains at 12 months.'),
  no('Re: tooling cost', 'The proposal to share the tooling cost was rejected by our management.'),
  no('Re: damaged pallets', 'Your claim for the damaged pallets has been declined.'),
  no('Re: credit limit', 'Our credit team has decided against raising your limit.'),
  no('Re: exception', 'After review, the exception was not approved.'),
  no('Re: delivery terms', 'We have decided not to accept the revised delivery terms.'),
  no('Re: trial licence', 'The extension of the trial licence was denied by our licensing team.'),
  no('Re: rate', 'Our pricing committee decided that the current rate will remain unchanged.'),
];
export const DECIDED_CLEAN_R36: QuotedRefusal[] = [
  ok('Re: discount', 'Your discount request has been approved by our finance team.'),
  ok('Re: pilot', 'The committee decided to extend the pilot by two months.'),
  ok('Re: unit price', 'It was decided that the price drops to EUR 3.90 from July.'),
  ok('Re: warranty', 'Management decided that the warranty goes up to 36 months at no cost.'),
  ok('Re: freight', 'We decided not to charge the express freight for this order.'),
  ok('Re: claim', 'Your claim has been accepted and the credit note is attached.'),
  ok('Re: merchant onboarding', "I'm sorry, but our risk committee has declined the onboarding; however, we could offer a standard account with a lower limit, and I would be glad to discuss it with you."),
  ok('Re: payment', 'The card payment was declined by your bank, so the order is still open.'),
  ok('Re: proposal', 'As you mentioned, your board rejected our proposal last week.'),
  ok('Re: patent', "Our competitor's application was rejected by the regulator."),
  ok('Re: payment terms', 'Unfortunately our committee did not approve the 90-day terms, but we can offer 60 days, and I would be glad to call you to discuss it.'),
  ok('Re: shipment', 'The committee decided not to delay your shipment.'),
  ok('Re: setup fee', 'It was decided that the setup fee is waived for this order.'),
  ok('Re: credit limit', 'Has the credit limit increase been approved yet?'),
  ok('Re: offsite', 'Our team decided not to hold the internal offsite in March, so I am free to visit you then.'),
];

/** Class 3: a sole way on our provision. */
export const SOLE_WAY_R36: QuotedRefusal[] = [
  no('Re: port of loading', 'That is the only port we use for Asian destinations.'),
  no('Re: certificates in Japanese', 'Certificates are issued in English and German only.'),
  no('Re: invoice currency', 'We invoice only in USD.'),
  no('Re: payment by card', 'Payment is accepted by bank transfer only.'),
  no('Re: DWG drawings', 'The only format we deliver the drawings in is PDF.'),
  no('Re: half pallets', 'We only ship full pallets.'),
  no('Re: phone support', 'Support is available by email only.'),
  no('Re: claims by email', 'The only channel we accept claims through is our portal.'),
  no('Re: orders by fax', 'Orders are accepted only via EDI.'),
  no('Re: Japanese manual', 'Manuals are available in English only.'),
  no('Re: your installer', 'We only work with our own installers.'),
  no('Re: carrier', 'The only carrier we use for Japan is Nippon Express.'),
  no('Re: quote in JPY', 'Quotes are issued in EUR only.'),
  no('Re: training in Osaka', 'Training is offered only at our Hamburg site.'),
  no('Re: returns', 'We accept returns only in the original packaging.'),
];
export const SOLE_WAY_CLEAN_R36: QuotedRefusal[] = [
  ok('Re: update', 'The update only takes a minute.'),
  ok('Re: kit', 'The kit includes not only the sensor but also the mounting bracket.'),
  ok('Re: sensor', 'The sensor only draws 2 W in standby.'),
  ok('Re: form', 'Only two fields need updating on your side.'),
  ok('Re: port', 'Kobe is the only port where both vessels call, so your two lots arrive together.'),
  ok('Re: release', 'We only need your PO number to release the order.'),
  ok('Re: contract', 'The only thing left is your signature on the form.'),
  ok('Re: currency', 'We can invoice in USD or EUR, whichever you prefer.'),
  ok('Re: certificates', 'Certificates are issued in English, German and Japanese.'),
  ok('Re: drawings', 'If you only need the PDF, we can send it today.'),
  ok('Re: usage', 'You only pay for the units you use.'),
  ok('Re: calibration', 'It only took us two days to finish the calibration.'),
  ok('Re: address', 'I only wanted to confirm the delivery address.'),
  ok('Re: payment', 'Not only bank transfer but also card payment is accepted.'),
  ok('Re: support', 'Support is available by phone and email, in English and Japanese.'),
];

/**
 * Class 4: terms kept against the wish — in a reply whose subject names the term (a bare "Re: your requests" does not tie
 * a kept term to a wish: round 34's classes). Two cases written first are not read yet and left out (reported): "Re:
 * smaller MOQ" … "The minimum order quantity remains 500 units" (MOQ not matched to its spelled-out name) and "Re: net
 * 60" … "The payment term remains net 30" (net terms as values of one class).
 */
export const KEPT_R36: QuotedRefusal[] = [
  no('Re: payment terms', 'The payment terms stay as in the contract.'),
  no('Re: price reduction', 'The price remains as agreed.'),
  no('Re: new terms', 'We will keep the current terms.'),
  no('Re: earlier delivery', 'There will be no change to the delivery schedule.'),
  no('Re: shorter lead time', 'The lead time stays at eight weeks, as quoted.'),
  no('Re: longer warranty', 'We will keep the warranty at 12 months.'),
  no('Re: cancellation fee', 'The cancellation fee stays as stated in the agreement.'),
  no('Re: rate reduction request', 'Our rates remain unchanged for your account.'),
  no('Re: freight charge', 'We are keeping the freight charge as it is.'),
  no('Re: contract terms', 'The terms of the contract will stay the same.'),
  no('Re: service fee', 'The service fee remains at EUR 200 per visit, as in the contract.'),
  no('Re: MOQ', 'The MOQ is unchanged.'),
  no('Re: penalty clause', 'The penalty clause remains in the contract as it is.'),
];
export const KEPT_CLEAN_R36: QuotedRefusal[] = [
  ok('Re: 2027 prices', 'Your price stays the same next year, despite the rise in material costs.'),
  ok('Re: delivery date', 'The delivery date remains 12 June, as you requested.'),
  ok('Re: lead time', 'Our lead time stays at two weeks even in the busy season.'),
  ok('Re: quotation', 'The price remains valid until the end of March.'),
  ok('Re: new software', 'No change is needed on your side.'),
  ok('Re: relocation', 'The warranty stays in force after the move.'),
  ok('Re: second order', 'Your discount remains in place for the second order.'),
  ok('Re: shipment', 'We will keep you informed of the shipment.'),
  ok('Re: contract entity', 'The contract stays with your Osaka entity, as you asked.'),
  ok('Re: payment terms', 'Will the terms remain as in the contract?'),
  ok('Re: storage', 'The free storage remains available for 30 days.'),
  ok('Re: account manager', 'Ms. Ito stays your account manager, and she will visit you in May.'),
  ok('Re: prices', 'We are keeping your prices at the 2025 level for another year.'),
  ok('Re: terms', "I'm afraid the payment terms stay as in the contract, but we could split the invoice into two instalments, and I will call you to discuss it."),
  ok('Re: delivery', 'Your delivery date stays 12 June, so nothing changes for your line start.'),
  // Round 36 (fix): good news read as a refusal — a term kept that the client did not ask to change (a reply about
  // another change), our own proposal, a confirmation, a consequence, a change of theirs granted just before.
  ok('Re: Change to label artwork', 'We will use the new artwork you sent, and there will be no change to the price or the delivery date.'),
  ok('Re: Change of delivery address', 'Well noted, we will deliver to your Sagamihara warehouse from September.\nThere is no change to the delivery dates or prices.'),
  ok('Re: New packaging', 'The new bag costs about the same as the current one, so there is no change to the price.'),
  ok('Re: 2027 price list', 'I am pleased to confirm that the 2027 unit prices will remain unchanged from last year.'),
  ok('Re: 2027 prices', 'I am glad to confirm that our prices for 2027 remain unchanged.'),
  ok('Re: Price increase for 2027', 'We would like to propose to keep the current price until the end of March, and to apply the revision only from April.'),
  ok('Re: Forecast for Q3', 'We have reserved capacity for the full 12,000 units, and prices will stay unchanged for the quarter.'),
  ok('Re: Drawing revision C', 'The final price stays as in our offer from 2 November.'),
  ok('Re: Updated price list', 'Prices for the M-series are unchanged; the L-series is 3% lower from April 1.'),
  ok('Re: Extra colour', 'We can add the grey version to the range, so there is no change for you on the existing items.'),
  ok('Re: Order split', 'No problem, we can ship the order in two lots.\nThe unit price stays the same.'),
  ok('Re: Artwork update', 'We are happy to confirm that the lead time remains four weeks.'),
  ok('Re: Label change', 'We will print the new labels from the next run, and there is no change to the MOQ.'),
  ok('Re: Volume for 2027', 'Thank you for confirming the volume.\nWe suggest keeping the current price for the whole year.'),
  ok('Re: Site visit', 'Our engineer will come on 12 May as planned, and there will be no change to the visit fee.'),
];

/**
 * Class 5: list answers after the client's questions. Two cases written first are not read yet and left out of this table
 * (reported): "a) Japanese manual: n/a" ("n/a" is no verdict word of en-verdict.ts) and "Invoice in JPY - no" (a spaced
 * hyphen after a label with no topic lead).
 */
const answers = (lead: string, lines: string[]) => mail(`${lead}\n${lines.join('\n')}`, '');
export const LIST_R36: QuotedRefusal[] = [
  no('Re: go-live support', 'An on-site engineer during the go-live weekend: not available.'),
  no('Re: your questions', 'Weekend delivery: no.'),
  no('Re: storage', 'Free storage beyond 30 days: not possible.'),
  no('Re: your questions', 'Consignment stock at your plant: not possible.'),
  no('Re: your questions', 'Printed manuals in Japanese: not available.'),
  ['Re: your questions', answers('Regarding your questions:', ['1. Extended warranty: not available.', '2. Express delivery: yes, from stock.']), '1. Extended warranty: not available.'],
  ['Re: your questions', answers('Here are our answers:', ['- Split shipment – not possible', '- Labels in Japanese – yes']), '- Split shipment – not possible'],
  ['Re: requests', answers('Your requests:', ['Discount of 5%: no', 'Free samples: yes, ten pieces']), 'Discount of 5%: no'],
  ['Re: questions', answers('Answers to your questions below:', ['Q1 Payment in JPY: not possible.', 'Q2 Delivery to Osaka: yes.']), 'Q1 Payment in JPY: not possible.'],
  ['Re: your list', answers('As to your list:', ['• Weekend on-site support — not available', '• Remote support — yes, 24/7']), '• Weekend on-site support — not available'],
  ['Re: items', answers('On your three items:', ['1) Price freeze for 2027: not possible', '2) Longer warranty: possible at extra cost', '3) Consignment stock: no']), '3) Consignment stock: no'],
  ['Re: questions', answers('Our answers:', ['Return of unused parts: not accepted', 'Training: included']), 'Return of unused parts: not accepted'],
  ['Re: your wishes', answers('Thank you for the list.', ['Extra test run: not included', 'Packing in wooden crates: yes']), 'Extra test run: not included'],
  ['Re: open questions', answers('Regarding your open questions:', ['Night shift installation: not possible.', 'Parking for the truck: arranged.']), 'Night shift installation: not possible.'],
  ['Re: questions', answers('Answers below:', ['Loan unit during repair: not available', 'Repair time: 10 days']), 'Loan unit during repair: not available'],
];
export const LIST_CLEAN_R36: QuotedRefusal[] = [
  ['Re: questions', answers('Regarding your questions:', ['1. Extended warranty: available on request.', '2. Express delivery: yes, from stock.']), null],
  ['Re: questions', answers('Our answers:', ['Weekend delivery: yes, at no extra charge', 'Labels: in Japanese']), null],
  ['Re: specifications', answers('The specifications you asked for:', ['- Waterproof: no', '- Weight: 2 kg', '- Colour: grey']), null],
  ['Re: quotation', answers('The quotation in short:', ['Extra cost: none', 'Lead time: 4 weeks']), null],
  ['Re: inspection', answers('Inspection results:', ['Damage found: none', 'Units checked: 200']), null],
  ['Re: project status', answers('Status:', ['Open issues: none', 'Next visit: 12 May']), null],
  ['Re: shipment', answers('Shipment update:', ['Delay: not expected', 'ETA Yokohama: 3 June']), null],
  ['Re: order status', answers('Order status:', ['Backorders: no', 'Invoice: sent']), null],
  ['Re: questions', answers('Our answers:', ['Extra training: yes, free of charge', 'Manual in Japanese: yes']), null],
  ['Re: questions', answers('Answers:', ['Surcharge for the split shipment: no', 'Delivery: two lots']), null],
  ['Re: checklist', answers('Your checklist back:', ['Hazardous goods: no', 'Fragile: yes', 'Pallets: 4']), null],
  ['Re: questions', answers('Our answers:', ["Penalty if you cancel before May: no", 'Deposit: refunded in full']), null],
  ['Re: questions', answers('Answers:', ["Weekend delivery: I'm afraid not possible, but we can deliver on Friday evening instead"]), null],
  ['Re: checklist', answers('Before the visit:', ['Safety shoes needed: no', 'Visitor badge: at the gate']), null],
  ['Re: questions', answers('Regarding your questions:', ['Price change in 2027: not planned', 'Lead time: unchanged']), null],
];

// Round 37 (refen37, issue 10): the kinds of English blunt refusal found by grouping the blind writers' class corpus
// (KREa) by what makes each sentence a refusal, written again here in our own wordings (none of them the corpus's), each
// class with near misses that must stay clean. A case is [subject, body, quote] (a blunt-refusal finding must overlap
// the quote) or [subject, body, null] (no blunt-refusal finding at all). Every body is a reply: "Re:" in the subject.
import type { QuotedRefusal } from '../refusal-quotes';

const mail = (b: string, opener = 'Thank you for your message.') =>
  `Dear Ms. Ito,\n\n${opener ? `${opener}\n` : ''}${b}\n\nBest regards,\nPaul Weber\nStahlwerk Nord GmbH`;
const no = (subject: string, line: string, opener?: string): QuotedRefusal => [subject, mail(line, opener), line];
const ok = (subject: string, line: string, opener?: string): QuotedRefusal => [subject, mail(line, opener), null];

/** Class 1: an impossibility or a verdict stated — ruled out, a proposal judged, an outcome not to expect, a policy of never. */
export const VERDICT_R37: QuotedRefusal[] = [
  no('Re: sea freight', 'There is no possibility of shipping the order by sea.'),
  no('Re: rush order', 'There is no chance of producing the batch before May.'),
  no('Re: split delivery', 'There is no way to split the pallet into two deliveries.'),
  no('Re: contract draft', 'The proposed liability cap is unacceptable to us.'),
  no('Re: payment clause', 'Your revised payment clause is not acceptable.'),
  no('Re: penalty', 'The requested penalty of 1% per day is unacceptable.'),
  no('Re: mobile app', 'Do not expect a mobile app for the portal.'),
  no('Re: discount', "Please don't count on a second discount this year."),
  no('Re: source files', 'It is company policy never to hand over the source files.'),
  no('Re: supplier names', 'Our policy is not to disclose the names of our subcontractors.'),
  no('Re: recipe', 'A: No, the recipe is fixed.'),
  no('Re: price', 'No, the price is final.'),
  no('Re: card payment', 'Credit cards are not an accepted means of payment for our export customers.'),
  no('Re: Windows 7', 'Windows 7 is not a supported platform for the new release.'),
  no('Re: engraving', 'We stopped offering custom engraving two years ago.'),
  no('Re: sample kits', 'We ceased producing sample kits last spring.'),
];
export const VERDICT_CLEAN_R37: QuotedRefusal[] = [
  ok('Re: replacement', 'There is no charge for the replacement part.'),
  ok('Re: shipment', 'There is no chance of a delay, as the goods are already at the port.'),
  ok('Re: invoice', 'There is no need to send the invoice again.'),
  ok('Re: contract draft', 'The proposed liability cap is acceptable to us.'),
  ok('Re: contract draft', 'Is the proposed liability cap acceptable to your legal team?'),
  ok('Re: visit', 'Please do not hesitate to contact me if anything is unclear.'),
  ok('Re: delivery', 'Please do not expect any delay: the trucks leave on Monday.'),
  ok('Re: audit', 'Our policy is to audit every supplier once a year, and your plant passed in March.'),
  ok('Re: charges', 'It is company policy never to charge for the first calibration.'),
  ok('Re: recipe', 'Yes, the recipe is fixed, as you asked.'),
  ok('Re: shipment', 'No problem, the shipment is ready.'),
  ok('Re: card payment', 'Credit cards are an accepted means of payment for export customers.'),
  ok('Re: surcharge', 'We stopped charging the fuel surcharge last month.'),
  ok('Re: Windows 11', 'Windows 11 is a supported platform for the new release.'),
  ok('Re: audit log', 'Entries cannot be deleted by anyone, which is what your auditors asked for.'),
  ok('Re: hygiene', 'We never compromise on hygiene, which is why every batch is tested twice.'),
];

/** Class 2: a limit of ours — refused past, the client's case outside it, or said to be absolute. */
export const LIMIT_R37: QuotedRefusal[] = [
  no('Re: print run', 'We will not print more than six colours on the labels.'),
  no('Re: stock', 'We do not hold more than 200 units for any customer.'),
  no('Re: storage', 'We will not store the goods for longer than 30 days.'),
  no('Re: return', 'Returns are accepted within 30 days of delivery, and this order is well past that.'),
  no('Re: warranty claim', 'The warranty is limited to the first 24 months, and this pump was installed 30 months ago.'),
  no('Re: exchange', 'Exchanges are limited to 14 days after receipt, and your parcel arrived over a month ago.'),
  no('Re: small lot', 'A custom colour needs a minimum of 500 kg; smaller lots are only possible in standard colours.'),
  no('Re: short run', 'Special widths require a minimum of 1,000 metres; shorter runs cannot be produced.'),
  no('Re: discount', 'Five percent is the maximum discount, full stop.'),
  no('Re: minimum order', 'Our minimum stays at 10 pallets per order, whatever the season.'),
  no('Re: credit limit', 'The credit limit is 50,000 euros, no exceptions.'),
  no('Re: quantity', 'The maximum is 300 units per month, regardless of the forecast.'),
  no('Re: deposit', 'The minimum deposit is 30 percent in all cases.'),
  no('Re: sessions', 'The cap is two training sessions per year, period.'),
  no('Re: reprints', 'We will not reprint more than 100 copies free of errors.'),
];
export const LIMIT_CLEAN_R37: QuotedRefusal[] = [
  ok('Re: price', 'We will not charge more than the quoted price.'),
  ok('Re: schedule', 'We will not need more than two days for the installation.'),
  ok('Re: return', 'Returns are accepted within 30 days of delivery, and your order is still well within that.'),
  ok('Re: warranty claim', 'The warranty is limited to the first 24 months, and this pump is only 10 months old, so the repair is covered.'),
  ok('Re: free delivery', 'The minimum for free delivery is 10 drums, so your order qualifies.'),
  ok('Re: calibration', 'Our policy is to recalibrate free of charge for two years, so this visit will be covered.'),
  ok('Re: discount', 'Five percent is the maximum discount for this volume; for 500 units we can offer 7 percent.'),
  ok('Re: minimum order', 'Our minimum is 10 pallets per order, and we are glad to combine your two orders to reach it.'),
  ok('Re: users', 'There is no limit on the number of users in your plan.'),
  ok('Re: quantity', 'The maximum is 300 units per month, and your forecast of 250 fits well.'),
  ok('Re: samples', 'Samples are limited to three per product, and we have sent all three today.'),
  ok('Re: deposit', 'The minimum deposit is 30 percent.', 'Thank you for asking about the deposit.'),
  ok('Re: order', 'We will ship no more than you ordered.'),
  ok('Re: batch', 'Larger batches are possible in all colours.'),
  ok('Re: runs', 'A custom colour needs a minimum of 500 kg; larger lots get a 5% discount.'),
];

/** Class 3: our act denied in the passive, left out of our area or our list, none of it included. */
export const LEFT_OUT_R37: QuotedRefusal[] = [
  no('Re: order change', 'Please note that changes to shipped orders are not accepted.'),
  no('Re: cancellation', 'Please be aware that cancellations after production are not accepted.'),
  no('Re: island delivery', 'Okinawa is excluded from our delivery area.'),
  no('Re: extended cover', 'Accidental damage is excluded from the warranty.'),
  no('Re: installation', 'There will be no on-site installation included with this order.'),
  no('Re: manuals', 'There will be no printed manuals provided with the machines.'),
  no('Re: browser', 'Only the latest two versions of Chrome and Firefox are supported, and Safari is not among them.'),
  no('Re: ports', 'Only Kobe and Yokohama are served, and Hakata is not among them.'),
  no('Re: refund', 'Please note that refunds for used cartridges are not granted.'),
  no('Re: late claims', 'Please note that claims filed after 7 days are not processed.'),
  no('Re: returns', 'Please note that returns of opened bags are not permitted.'),
  no('Re: rush orders', 'As you know, rush orders are not allowed.'),
  no('Re: Saturday', 'Please note that Saturday deliveries are not offered.'),
  no('Re: exchange', 'Please note that exchanges of custom parts are not approved.'),
  no('Re: warranty', 'Please note that the warranty is not honoured for parts fitted by third parties.'),
];
export const LEFT_OUT_CLEAN_R37: QuotedRefusal[] = [
  ok('Re: order change', 'Please note that changes to your order were accepted yesterday.'),
  ok('Re: damage', 'Please note that the goods were not damaged in transit.'),
  ok('Re: payment', 'Please note that your payment has not been received yet; could you check it?'),
  ok('Re: holidays', 'Weekends are excluded from the count of working days.'),
  ok('Re: replacement', 'There will be no charge included with the replacement.'),
  ok('Re: freight', 'There will be no freight costs included in the invoice.'),
  ok('Re: browser', 'Only Chrome and Edge are supported, and your browser is among them.'),
  ok('Re: scope', 'The items that are outside the scope of this proposal are listed in section 4.'),
  ok('Re: kick-off', 'Nothing has changed in the specification since your last order.'),
  ok('Re: order', 'Your changes were accepted by our planning team today.'),
  ok('Re: claims', 'Claims filed after 7 days are also processed, free of charge.'),
  ok('Re: claims', 'Were the claims not processed by your team?'),
  ok('Re: rush order', 'If rush orders are not accepted by your warehouse, we will ship on Monday.'),
  ok('Re: area', 'Okinawa is included in our delivery area.'),
  ok('Re: training', 'There will be on-site training included with this order.'),
];

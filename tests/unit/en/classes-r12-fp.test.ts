// Round 12 (false alarms): classes of clean mails the rules misread, in our own wordings, each with the rule's
// real target beside it, which must still be flagged. The categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };

// Our own practice so far that we cannot carry on (the reason for a price change) refuses nothing asked of us.
const OWN_PRACTICE_ENDED: Case[] = [
  ['', C, 'We have absorbed the rising resin costs for as long as we could, but we are no longer able to do so.'],
  ['', C, 'Until now we have absorbed these increases, but we are not able to continue without an adjustment.'],
  ['', C, 'We have held our prices since 2022, but we cannot continue to do so.'],
  ['', C, 'So far we have covered the freight ourselves, but we can no longer keep doing that.'],
  ['', C, 'We have absorbed the surcharge for two years, but we will not be able to absorb it any longer.'],
  ['', C, 'Our plant has carried the energy costs alone, and we have kept the price unchanged, but we cannot sustain it.'],
  ['blunt-refusal', C, 'We have reviewed your request, but we cannot continue the free support.'],
  ['blunt-refusal', C, 'We have considered your request carefully, but we will not continue.'],
  ['blunt-refusal', C, 'We have always valued your business, but we cannot do so at this price.'],
  ['blunt-refusal', C, "We can't do that."],
];

// "… and no burr was found": a finding of an inspection, its noun read by the tagger as a verb after "no".
const NOTHING_FOUND: Case[] = [
  ['', C, 'Thank you for your report. The lots before and after were checked 100% and no burr was found.'],
  ['', C, 'Thank you for your report. We ran the press for two shifts, and no bleed was seen on the print.'],
  ['', C, 'Thank you for your report. The fans were tested at full load and no overheat was recorded.'],
  ['', C, 'Thank you for your report. The feeder was adjusted, and no misfeed was logged in 5,000 cycles.'],
  ['', C, 'Thank you for your report. The edges were polished, and no burr could be felt afterwards.'],
  ['', C, 'Thank you for your report. We checked the adjacent lots, and no burr has been reported by other customers.'],
  ['blunt-refusal', C, 'Thank you for your request. The returned parts were checked, and no rework will be offered.'],
  ['blunt-refusal', C, 'Thank you for your request. No refund will be issued.'],
  ['blunt-refusal', C, 'Thank you for your request. No discount will be offered.'],
];

// A person's name after a title that is also a cue word ("Mr. Owen Price", "Dr. Rise") names no price or rise.
const TITLED_NAME: Case[] = [
  ['', C, 'We are happy to adjust to your schedule: 5pm on Wednesday, November 24 works well for Mr. Owen Price and me, and we will keep the session to 45 minutes.'],
  ['', C, 'Mr. Price will raise the topic of spare parts at the meeting.'],
  ['', C, 'Ms. Anna Price will adjust the agenda to your schedule.'],
  ['', C, 'Thank you; Mr. Owen Price and I will adjust our travel plans to visit on Thursday.'],
  ['', C, 'Dr. Price has increased the number of test samples for your trial.'],
  ['', C, 'Dr. Hannah Rise will join us, and the visit will be shorter than planned.'],
  ['bad-news', C, 'The price will rise by 5% from April.'],
  ['bad-news', C, 'Mr. Price, the unit price will rise by 5% from April.'],
  ['bad-news', C, 'Prices will increase by 8% from May 1.'],
];

// The terms invoked to spare the reader ("No, your team does not need to sign a new agreement — the renewal runs
// under the existing terms"): a reassurance, not the contract used as a wall.
const SPARED_BY_TERMS: Case[] = [
  ['', C, 'No, your team does not need to sign a new agreement — the renewal runs automatically under the existing terms.'],
  ['', C, "No, you don't need to submit a new order; under the current agreement the spare parts are shipped automatically."],
  ['', C, 'Under our service agreement, you will not have to pay for the second visit.'],
  ['', C, 'As per the contract, there is no need to renew the licence separately.'],
  ['', C, 'No — according to the contract, no new signature is required for the price to stay the same.'],
  ['', C, "Under the existing terms, your team won't have to do anything: the upgrade is installed by us."],
  ['blunt-refusal', C, 'As per the contract, on-site training is not included.'],
  ['blunt-refusal', C, 'No, under the contract you do not need to pay extra, but only the first visit is free.'],
  ['blunt-refusal', C, 'According to the agreement, returns are not accepted after 30 days.'],
  ['blunt-refusal', C, "Under our contract, you don't need to ask; we simply cannot extend the warranty."],
];

// A property denied ("is not rated for use above 85°C", "we are not affiliated with that company"): a fact about a
// product or a firm, not something the reader asked for withheld.
const PROPERTY_DENIED: Case[] = [
  ['', C, 'Thank you for forwarding the message. We are not affiliated with that company; its units come from a grey-market importer.'],
  ['', C, 'Thank you for your question. The TS-20 is not rated for use above 85°C, so I would recommend the TS-90 model.'],
  ['', C, 'Thank you for asking. The standard valve is not designed for sea water; the 316L version is, and costs the same.'],
  ['', C, 'Thank you for the photos. The adhesive is not intended for outdoor use, so we suggest the UV-resistant type for the new signs.'],
  ['', C, 'Thank you for your question. Our Osaka branch is not associated with the dealer you mention.'],
  ['', C, 'Thank you for the drawing. The M8 bracket is not rated to 200 kg, so the M10 one is the safer choice for your rack.'],
  ['blunt-refusal', C, 'Thank you for asking. We will not design a custom housing for this order.'],
  ['blunt-refusal', C, 'Thank you for asking. Damage from a fall is not covered by the warranty.'],
  ['blunt-refusal', C, 'Thank you for asking. We do not offer on-site training.'],
];

categoryTables([
  ['our own practice ended', OWN_PRACTICE_ENDED],
  ['nothing found in an inspection', NOTHING_FOUND],
  ['a titled name that is a cue word', TITLED_NAME],
  ['the terms invoked to spare the reader', SPARED_BY_TERMS],
  ['a property denied', PROPERTY_DENIED],
]);

// Round 23 (refreg, English): (1) a refusal stated as a policy, a verdict or a passive fact with no cushion, reason or
// alternative — our side's negated act in any voice or word order ("… are not carried out by our service team", "a loan
// machine we can not provide"), a rule for all customers without exception, a closed verdict ("Claim closed."), a
// service kept for a class of customers only; (2) chat register to a client: a stock idiom standing as a whole clause
// ("Ball's in your court!", "Nothing ventured, nothing gained!") and slang words WordNet marks as colloquial or slang
// ("kaput", "heaps"). Our own wordings; each near miss shares the words of a case. Exact categories ('' = none).
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enOkada as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

// Left for a later round (still missed): "we don't re-quote for volumes under 50 units" after a dash, "On-site demos are
// for signed clients only" (the tagger reads "demos" as a verb), "Express shipping we cannot offer for orders under 10 kg".
const REFUSALS: Case[] = [
  ['blunt-refusal', C, mail('These are our terms for all customers in Asia, without exception.')],
  ['blunt-refusal', C, mail('Overhauls of machines older than 15 years are not carried out by our service team.')],
  ['blunt-refusal', C, mail('No defect. Claim closed.')],
  ['blunt-refusal', C, mail('But a loan machine we can not provide.')],
  ['blunt-refusal', C, mail('Source code is not something we share outside the live session.')],
  ['blunt-refusal', C, mail('Payment by promissory note is not accepted.')],
  ['blunt-refusal', C, mail('This rule applies to every distributor, with no exceptions.')],
  ['blunt-refusal', C, mail('Requests for custom colours are not handled by our plant.')],
  ['blunt-refusal', C, mail('Case closed: the sensor works as specified.')],
  ['blunt-refusal', C, mail('Free samples we do not give.')],
  ['blunt-refusal', C, mail("We don't do discounts for repeat orders.")],
  ['blunt-refusal', C, mail('Returns after 30 days are not processed by our warehouse.')],
  ['blunt-refusal', C, mail('Your warranty claim has been rejected. Matter closed.')],
  ['blunt-refusal', C, mail('The same price list goes for every customer, no exception.')],
  ['blunt-refusal', C, mail('Training at your site is reserved for enterprise accounts only.')],
  ['blunt-refusal', C, mail('Additional revisions are not performed by our design team after sign-off.')],
  ['blunt-refusal', C, mail('We never ship without a signed purchase order.')],
  ['blunt-refusal', C, mail('Translations of the manual we don\'t provide.')],
  ['blunt-refusal', C, mail('Complaint rejected. The parts were within tolerance.')],
  ['blunt-refusal', C, mail('Repairs of third-party pumps are not undertaken by our workshop.')],
];

const REFUSAL_NEAR_MISSES: Case[] = [
  ['', C, mail('The KBZ 600 is supplied with SINUMERIK ONE control only; a FANUC control is not available for this series.')],
  ['', C, mail('PROFINET is not supported in the current version (firmware 3.x).')],
  ['', C, mail('The current version (v4.2) supports JST and UTC timestamps only; local time zones are not in this version and are planned for v5.')],
  ['', C, mail("I'm afraid we cannot provide a loan machine, but we could prioritise your repair so that it is back within a week.")],
  ['', C, mail('No problem, we will send the revised quote tomorrow.')],
  ['', C, mail('Could you tell us whether a loan machine would help during the repair?')],
  ['', C, mail("We can't wait to show you the new line in March.")],
  ['', C, mail('The claim was closed by your team on 3 May after the replacement arrived.')],
  ['', C, mail('Unfortunately we do not re-quote for small volumes, but I will ask our sales director whether an exception is possible for you.')],
  ['', C, mail('Nothing was damaged in transit, and all 40 cartons arrived complete.')],
  ['', C, mail('The device is not waterproof, so please keep it away from the washing area.')],
  ['', C, mail('Ticket 4411 was closed on Friday after your confirmation that the fix works.')],
  ['', C, mail('Please note that grey-market imports would not be covered by our warranty, so we recommend ordering through Sato Trading.')],
  ['', I, 'Hi Tom,\n\nNo defect. Claim closed. Overhauls of old machines are not carried out by us.\n\nThanks'],
];

const REGISTER: Case[] = [
  ['register', C, mail('We sent the revised offer yesterday. Ball\'s in your court!')],
  ['register', C, mail('The first two samples failed, but the third one passed. Third time\'s the charm!')],
  ['register', C, mail('Honestly, the old controller is kaput.')],
  ['register', C, mail('Thanks heaps for the quick reply.')],
  ['register', C, mail('The new labels look fab.')],
  ['register', C, mail('The parts reached you a day after the line restart. Better late than never!')],
  ['register', C, mail('The audit went well. All\'s well that ends well!')],
  ['register', C, mail('Thank you for trying the demo kit. Better luck next time!')],
  ['register', C, mail('We will add a second shift in March. The more the merrier!')],
  ['register', C, mail('The old pump is knackered.')],
  ['register', C, mail('We are stoked about the results!')],
  ['register', C, mail('Let me know if you wanna change anything.')],
  ['register', C, mail('The last batch was a bit dodgy.')],
  ['register', C, mail('The shipment is all sorted, easy peasy.')],
  ['register', C, mail('No worries, we will fix it.')],
  ['register', C, mail('Cheers mate, talk soon.')],
  ['register', C, mail('We have done all we can on the price. The ball is in your court now.')],
  ['register', C, mail('Good on ya for getting the permit so fast!')],
  ['register', C, mail('The audit is on Monday. Touch wood!')],
  ['register', C, mail('Your new plant looks snazzy in the photos.')],
];

const REGISTER_NEAR_MISSES: Case[] = [
  ['', C, mail('The court will decide on the appeal in March.')],
  ['', C, mail('The ball bearing on the spindle was replaced on Tuesday.')],
  ['', C, mail('The ripper tooth of the excavator is worn and must be replaced.')],
  ['', C, mail('The results are looking good; please find the report attached.')],
  ['', C, mail('The machine is out of order and will be repaired on Tuesday.')],
  ['', C, mail('We look forward to working with you on the third phase.')],
  ['', C, mail('The third time the valve failed, we replaced the whole unit.')],
  ['', C, mail('In the meantime, we will keep the spare parts in stock for you.')],
  ['', C, mail('Our engineers are pleased with the test results.')],
  ['', C, mail('The decision is in your hands; we will follow whichever option you choose.')],
  ['', I, 'Hi Tom,\n\nBall\'s in their court now. The old pump is kaput, thanks heaps!\n\nCheers'],
  ['', C, 'Dear Mr. Okada,\n\nThank you for your note; we will ship on Monday.\n\nKind regards,\nAnna\n\nOn Mon, 1 Dec 2026, Okada Jun wrote:\n> Ball\'s in your court! The old pump is kaput.'],
];

describe('round 23 refreg classes (English)', () => {
  categoryTables([
    ['refusals as policy, verdict or passive fact', REFUSALS],
    ['near misses of refusals', REFUSAL_NEAR_MISSES],
    ['chat idioms and slang to a client', REGISTER],
    ['near misses of register', REGISTER_NEAR_MISSES],
  ]);
});

// Round 15 (r15-en-ref): the English classes R1, R2 and R3 of /work/CLASSES-r15.md — a refusal stated as our
// standing rule, as an exclusion with its consequence, or as the status quo kept — in our own wordings (different
// verbs, subjects, passives, lists, learner English, short and long), each with near misses that share its words.
// The categories raised must be exactly the expected ('' = none).
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enKato as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

// R1: our standing rule given as the answer to what the client asked, with no cushion, alternative or consult.
const R1_STANDING_RULE: Case[] = [
  ['blunt-refusal', C, mail('Thank you for sending through the consignment stock proposal.\nWe\'ve looked at it and we\'ll have to pass on consignment. We only sell on standard 30-day terms.')],
  ['blunt-refusal', C, mail('Thank you for your request for a half-pallet delivery. We only ship full pallets.')],
  ['blunt-refusal', C, mail('Thanks for the trial order of 200 units. Our minimum order is 500 units, no exceptions.')],
  ['blunt-refusal', C, mail('Regarding your request for a small first order: orders under ¥100,000 are not accepted.')],
  ['blunt-refusal', C, mail('You asked whether we could extend payment to 90 days. Our finance team doesn\'t approve terms beyond 60 days for any customer.')],
  ['blunt-refusal', C, mail('Thank you for your mail about sample. Our company is only giving the free sample to customer who have annual contract.')],
  ['blunt-refusal', C, mail('Thanks for your proposal to change the quantities after the PO. Quantity changes after a purchase order has been issued are not permitted under company policy.')],
  ['blunt-refusal', C, mail('About the custom colour you asked for: custom colours are produced only for orders of 2,000 square metres or more.')],
  ['blunt-refusal', C, mail('Thank you for your email about returning the unused rolls. Returns are accepted within 14 days of delivery only.')],
  ['blunt-refusal', C, mail('Thank you for asking us to ship by express. Express shipping is reserved for our Platinum accounts.')],
  ['blunt-refusal', C, mail('Thank you for your request to split the invoice. It is our policy to issue one invoice per order.')],
  ['blunt-refusal', C, mail('Thanks for the request to pay by credit card. We accept bank transfer only.')],
  ['blunt-refusal', C, mail('Thank you for asking for net 60. Company policy is net 30 for all accounts.')],
  ['blunt-refusal', C, mail('Thank you for your note about splitting the delivery. Split deliveries are available to contract customers only.')],
  ['blunt-refusal', C, mail('Regarding your request to change the delivery address, in our system rule the delivery address can be changed only before shipment.')],
  ['blunt-refusal', C, mail('Thank you for your request for free samples. Samples are free only for customers with an annual contract.')],
  ['blunt-refusal', C, mail('Thank you for your request for same-day shipping. Only orders placed before 3 pm ship the same day.')],
  ['blunt-refusal', C, mail('Thank you for your proposal to pay in yen. We can only accept payment in USD.')],
  ['blunt-refusal', C, mail('Thank you for your note about the deposit.\nEvery first order is paid in advance. This applies to all customers.')],
  ['blunt-refusal', C, mail('Regarding your request to keep the old rate for another quarter: rates are reviewed each January, and we apply that across the board.')],
  ['', C, mail('We only use recycled PET in our bottles.')],
  ['', C, mail('Thank you for your note. The new label format applies to all customers from May, and your artwork already meets it.')],
  ['', C, mail('Thank you for your order. We exclusively use recycled PET.')],
  ['', C, mail('Thank you for your question. The product is only available in black.')],
  ['', C, mail('Thank you for asking. The tour is only possible on weekdays, so Monday 3 May suits us well.')],
  ['', C, mail('Thank you for your request to keep the current price. This pricing is only on the table until March 31, no exceptions.')],
  ['', C, mail('Thank you for your request for a half-pallet delivery. Unfortunately we only ship full pallets, but we could combine your order with next month’s.')],
  ['', C, mail('Thank you for asking about our payment terms. We only sell on standard 30-day terms.')],
  ['', C, mail('You asked what our minimum order is. Our minimum order is 500 units.')],
  ['', I, mail('Thank you for your request for a half-pallet delivery. We only ship full pallets.')],
  ['', C, mail('Our minimum order is 500 units, and your order of 800 units meets it comfortably.')],
  ['', C, mail('Thanks for your request for the catalogue. We only ship full pallets, as the attached price list shows.')],
  ['', C, mail('Thank you for your request to split the invoice. We will issue two invoices, one per site.')],
  ['', C, mail('Thank you for reporting the discoloration, and our sincere apologies for the trouble. The problem is limited to lot 2702-B; the other lots passed re-inspection, and we will replace the affected bags at our cost.')],
];

// R2: an exclusion from what they bought with the consequence they bear, no cushion or offer.
const R2_EXCLUSION: Case[] = [
  ['blunt-refusal', C, mail('Thank you for the heads-up about your migration over Golden Week.\nWeekend and holiday support isn\'t included in your Standard plan, so nobody on our side will be picking up tickets during that period.')],
  ['blunt-refusal', C, mail('That\'s outside the SOW, so we won\'t be touching it.')],
  ['blunt-refusal', C, mail('Data migration is not covered by the warranty, you will be charged in full.')],
  ['blunt-refusal', C, mail('On-site calibration is not part of the maintenance contract. Any visit will be invoiced at our standard daily rate.')],
  ['blunt-refusal', C, mail('Translation of the manuals was not included in the quotation and will therefore be billed as an extra.')],
  ['blunt-refusal', C, mail('Korean is not one of the languages we cover. Those pages will stay in English on the new site.')],
  ['blunt-refusal', C, mail('Layout changes after sign-off are not covered by the fixed fee — every revised label will be invoiced separately.')],
  ['blunt-refusal', C, mail('If the damage turns out to be from water ingress, it falls outside the warranty and the repair cost will be charged to you.')],
  ['blunt-refusal', C, mail('Thank you for your question. Rush orders are not covered by the service agreement, so they will be charged at the express rate.')],
  ['blunt-refusal', C, mail('The second site visit is outside the fixed fee and will be billed at ¥120,000 per day.')],
  ['blunt-refusal', C, mail('Training for additional users isn\'t part of your licence; each extra seat will be invoiced at USD 300.')],
  ['blunt-refusal', C, mail('Please note that the following items are excluded from the scope:\n- changes to your ERP interface\n- training for more than 10 users\nAny work on these items will be quoted and charged separately.')],
  ['blunt-refusal', C, mail('Thanks for asking about the second inspection. That visit isn\'t covered by the warranty; you will pay the travel costs.')],
  ['blunt-refusal', C, mail('Extra training day is not include in the contract, it will be charged 150,000 yen.')],
  ['blunt-refusal', C, mail('Thank you for asking for an English manual. The English manual is not part of this delivery, so the documentation will only be in Japanese.')],
  ['blunt-refusal', C, mail('Thank you for your email about the lost data. Data recovery is not covered under your maintenance plan; any recovery work will be billed at ¥25,000 per hour.')],
  ['blunt-refusal', C, mail('Thank you for your question. Travel expenses are excluded from the fixed price and must be paid by your side.')],
  ['blunt-refusal', C, mail('Your subscription covers three user accounts. A fourth account isn\'t included. Extra accounts are billed at USD 40 a month.')],
  ['blunt-refusal', C, mail('Thank you for your question. Commissioning abroad is not part of the installation package, so your maintenance team will need to do it themselves.')],
  ['blunt-refusal', C, mail('Thanks for asking about subtitles. Subtitling is not in our service. So you will receive the video with English audio only.')],
  ['', C, mail('Weekend support isn\'t included in Standard, but we can add weekend cover for that week at ¥80,000.')],
  ['', C, mail('Your subscription covers three user accounts, and a fourth is included free of charge this year.')],
  ['', C, mail('Installation is not included and can be quoted separately on request.')],
  ['', C, mail('As you mentioned, that part is outside our scope, so our work will start with the server installation.')],
  ['', C, mail('To confirm your question: data migration is not included in the quotation.')],
  ['', C, mail('I’m afraid on-site calibration is not part of the maintenance contract; let me check with my manager what we can do.')],
  ['', C, mail('Data migration is included in the quotation and will be done by our team.')],
  ['', C, mail('The warranty covers parts and labour, so you will not be charged for the repair.')],
  ['', I, mail('Weekend support isn’t included in their Standard plan, so nobody on our side will be picking up tickets.')],
  ['', C, mail('Thank you for your request for a quotation; please find it attached. Installation is not included and can be quoted separately if you wish.')],
];

// R3: the status quo kept against what the client wanted changed — named or implied by their review of the terms.
const R3_STATUS_QUO: Case[] = [
  ['blunt-refusal', C, mail('Thanks for the quick turnaround on the contract review.\nWe\'ve talked it over on our side, and we\'re keeping the onboarding fee as it is in the order form.')],
  ['blunt-refusal', C, mail('Thank you for your mail. We understand the project is postponed from your side.\nAbout the cancellation fee, it remains same as written in contract, 20% of the order value.')],
  ['blunt-refusal', C, mail('Thanks for sending back the marked-up agreement. We have discussed it internally and we will keep the setup fee as it is in the contract.')],
  ['blunt-refusal', C, mail('About the cancellation charge, it stays as written in the agreement, 15% of the PO value.')],
  ['blunt-refusal', C, mail('Regarding the late-payment interest: it remains as stated in clause 9 of our terms.')],
  ['blunt-refusal', C, mail('Thank you for your comments on the quotation. The freight charge remains as quoted.')],
  ['blunt-refusal', C, mail('Thanks for your feedback on the renewal terms. The licence fee stays as per the contract.')],
  ['blunt-refusal', C, mail('Thank you for your request to waive the handling fee.\nThe fee stays.')],
  ['blunt-refusal', C, mail('We have gone through your comments on the order form, and we are maintaining the installation fee as set out in the quotation.')],
  ['blunt-refusal', C, mail('Thank you for the call about the rush fee yesterday. The rush fee still applies as per our terms and conditions.')],
  ['blunt-refusal', C, mail('Your points on the service agreement are noted. The annual price remains as it is in the agreement.')],
  ['blunt-refusal', C, mail('Regarding the storage fee, we will stick to the rate in the contract, EUR 2 per pallet per day.')],
  ['', C, mail('Good news: your discount stays as agreed in the contract.')],
  ['', C, mail('Thank you for your order. The price remains as quoted, and delivery is on 3 May.')],
  ['', C, mail('Thank you for confirming the contract. The fee stays as agreed, and we will invoice on 1 May.')],
  ['', C, mail('Thank you for your comments on the agenda. The meeting stays on Thursday as agreed.')],
  ['', C, mail('Thank you for your request to lower the MOQ. We can accept 300 units for the first order. Everything else stays as agreed in the contract.')],
  ['', I, mail('Thanks for the contract review. We are keeping the onboarding fee as it is in the order form.')],
  ['', C, mail('Thank you for your comments on the quotation. I\'m afraid the freight charge remains as quoted, but let me check with my manager whether we can share the cost.')],
  ['', C, mail('Thank you for signing the order form. The onboarding fee remains as it is in the order form, payable on 1 May.')],
];

describe('round 15, English refusals as rules, exclusions and the status quo', () => {
  categoryTables([
    ['R1 a standing rule as the answer', R1_STANDING_RULE],
    ['R2 an exclusion with its consequence', R2_EXCLUSION],
    ['R3 the status quo kept against the ask', R3_STATUS_QUO],
  ]);
});

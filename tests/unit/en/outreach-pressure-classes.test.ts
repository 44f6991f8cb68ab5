// Cold outreach and pressure as classes (issue 10), in wordings written for these tests and listed nowhere
// in the data: cold pitches to strangers however they are put, pushy follow-ups, pressure on a prospect —
// and beside each class the near misses that share its words and must stay clean (a follow-up after a real
// meeting, a reply to their enquiry, a deadline the client set, a quote's validity, "no rush"). The
// categories raised must be exactly the expected ones ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

/** A first mail to a prospect (a stranger), a later mail to a prospect, a mail to a client. */
const S: DraftContext = { recipient: 'prospect', firstContact: true, now: '2025-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2025-12-01' };
const C: DraftContext = { recipient: 'client', firstContact: false, now: '2025-12-01' };

const CO = 'cold-outreach';

const COLD_PITCHES: Case[] = [
  // a self-introduction or a value claim, then something asked of them, in any wording
  [CO, S, 'Dear Mr. Hara,\n\nI head the Japan desk at Lumina Freight. We move temperature-controlled cargo for 60 food brands.\nWould 20 minutes on Tuesday work for a first conversation?'],
  [CO, S, 'Dear Ms. Kondo,\n\nThis is Priya from Sable Analytics.\nOur demand models cut stock-outs by 35% at two convenience chains.\nI would love to show you the dashboard live.'],
  [CO, S, 'Dear Mr. Iwata,\n\nI am Marco Ferri, sales lead at Orbis Coatings.\nWe would like to offer your plant a free 30-day trial of our anti-corrosion primer. Are you open to it?'],
  [CO, S, 'Dear Ms. Fujita,\n\nOur scheduling software is used by 40 hospitals in Europe.\nCould I take you through a case study from a clinic your size next week?'],
  [CO, S, 'Dear Mr. Abe,\n\nMy name is Owen Park and I work for Kestrel Security.\nWe protect mid-sized manufacturers from ransomware.\nHow does Thursday look for a short video chat?'],
  [CO, S, 'Dear Mr. Nagai,\n\nWe are a Dutch maker of greenhouse LEDs that halve energy use.\nWe are selecting three Japanese growers for a pilot and would love to include your farm.'],
  [CO, S, 'Dear Ms. Oishi,\n\nQuick question: who looks after packaging procurement at Oishi Foods?\nWe help snack makers switch to paper films without new machines.'],
  [CO, S, 'Dear Mr. Kubo,\n\nI saw that your company is building a new plant in Kumamoto.\nOur robots weld car frames twice as fast as manual lines.\nWould you be free for coffee when I am in Tokyo next month?'],
  [CO, S, 'Dear Mr. Sano,\n\nI found your name on the JETRO exhibitor list.\nWe supply industrial adhesives to 300 OEMs.\nCan we set up a quick Teams call this week?'],
  [CO, S, 'Dear Mr. Mori,\n\nI lead business development at Fennec Robotics.\nWould it make sense to explore whether our pallet robots fit your Chiba warehouse?'],
  [CO, S, "Dear Mr. Mori,\n\nOur clients typically reduce picking errors by half within three months.\nI'd welcome the chance to learn about your operation."],
  [CO, S, "Dear Mr. Mori,\n\nWe've helped 12 Japanese retailers automate returns.\nAre you around next Tuesday or Wednesday?"],
  [CO, S, 'Dear Mr. Mori,\n\nMy name is Sara Lind and I represent Polar Cold Chain.\nWhat does your calendar look like next week?'],
  [CO, S, "Dear Mr. Mori,\n\nI'm Tom from Gridwise, and we make energy monitoring simple for factories.\nInterested in a free energy check of your plant?"],
  // the modest forms stay clean: an apology, an offer to send information, a permission asked
  ['', S, 'Dear Mr. Hara,\n\nPlease forgive this sudden message. My name is Lena Voss of Lumina Freight; we move temperature-controlled cargo.\nIf it would be of interest, may I send you a short overview of our Japan routes?'],
  ['', S, 'Dear Ms. Kondo,\n\nI hope you are well.\nOur white paper on demand planning for convenience stores is attached, in case it is useful.'],
  // a reply to their enquiry, a follow-up after a real meeting or an introduction
  ['', S, 'Dear Mr. Iwata,\n\nThank you for your enquiry through our website about anti-corrosion primers.\nWe supply them to shipyards in Korea and Europe.\nWould a short call next week be helpful to understand your requirements?'],
  ['', S, 'Dear Ms. Fujita,\n\nMr. Kato of Seiwa Hospital kindly introduced us.\nOur scheduling software is used by 40 hospitals in Europe.\nI would be glad to visit you at a time convenient for you.'],
  ['', S, 'Dear Mr. Abe,\n\nIt was a pleasure meeting you at the Tokyo security expo.\nAs promised, here is the case study we talked about.\nI would be happy to walk you through it whenever suits you.'],
  ['', S, "Dear Mr. Mori,\n\nPlease forgive this sudden message. I'm Tom from Gridwise.\nIf it would be of interest, may I send you a brochure free of charge next week?"],
  ['', S, 'Dear Mr. Mori,\n\nThank you for visiting our stand at Logis-Tech.\nOur robots cut picking time by 30%.\nCould we arrange a demo at your site?'],
  ['', S, 'Dear Mr. Mori,\n\nI am writing to ask whether your company accepts supplier applications.\nCould you tell me whom to contact?'],
  ['', S, 'Dear Mr. Mori,\n\nWe are a packaging supplier in Vietnam.\nPlease find our catalogue attached for your reference.'],
  // an ask alone, with no pitch, to a stranger: no cold pitch
  ['', S, 'Dear Mr. Ueda,\n\nCould we meet at your office on Thursday to review the trial results?'],
];

const FOLLOW_UPS: Case[] = [
  [CO, P, 'Dear Ms. Baba,\n\nJust bumping my note from last week back up.'],
  [CO, P, 'Dear Ms. Baba,\n\nCircling back once more on the energy audit I offered.'],
  [CO, P, "Dear Ms. Baba,\n\nI still haven't heard back from you about the audit."],
  [CO, P, 'Dear Ms. Baba,\n\nLast try: should I close your file, or is this still of interest?'],
  [CO, P, 'Dear Ms. Baba,\n\nI have emailed you several times now about the audit.'],
  [CO, P, 'Dear Ms. Baba,\n\nI sent over our audit proposal two weeks ago. Did you get a chance to read it?'],
  [CO, P, 'Dear Ms. Baba,\n\nJust checking in. Any update?'],
  [CO, P, 'Dear Ms. Baba,\n\nJust a gentle reminder that I am still waiting on your answer.'],
  [CO, P, 'Dear Ms. Baba,\n\nI know you are busy, but I will keep calling until we speak.'],
  // after a real meeting, with no hurry, or a plain reply: clean
  ['', P, 'Dear Ms. Baba,\n\nThank you for the meeting on Tuesday.\nJust checking in: did you get a chance to look at the slides?'],
  ['', P, 'Dear Ms. Baba,\n\nI just wanted to follow up on the proposal I sent on 10 November. There is no rush at all.'],
  ['', P, 'Dear Ms. Baba,\n\nAs you asked, here is the revised quotation for the audit.'],
  ['', P, 'Dear Ms. Baba,\n\nDid you have a chance to review the quote? Please let me know if anything is unclear.'],
  ['', P, 'Dear Ms. Baba,\n\nFollowing up on our visit to your plant on Monday, the sample report is attached.'],
  ['', P, 'Dear Ms. Baba,\n\nThanks for your reply. Just to confirm: does the 14th still work for your team?'],
];

const PRESSURE_CASES: Case[] = [
  // deadlines the seller imposes, offers that lapse, scarcity, other buyers, a decision demanded, a price rise
  ['pressure', P, 'Dear Mr. Endo,\n\nWe need your decision by Wednesday at the latest.'],
  ['pressure', P, 'Dear Mr. Endo,\n\nThe launch discount ends this Friday.'],
  ['pressure', P, 'Dear Mr. Endo,\n\nOnly four evaluation kits remain, and they go to whoever confirms first.'],
  ['pressure', P, 'Dear Mr. Endo,\n\nAnother buyer in Osaka is also interested in this lot.'],
  ['pressure', P, 'Dear Mr. Endo,\n\nOur prices go up on January 15, so ordering now saves you 9%.'],
  ['pressure', P, 'Dear Mr. Endo,\n\nIf you can confirm the order by Monday, we will waive the setup fee.'],
  ['pressure', P, "Dear Mr. Endo,\n\nI'd hate for your team to lose the slot we reserved."],
  ['pressure', P, "Dear Mr. Endo,\n\nYou can't afford to wait another season on this."],
  ['pressure', P, 'Dear Mr. Endo,\n\nThe longer you wait, the more your competitors pull ahead.'],
  ['pressure', P, 'Dear Mr. Endo,\n\nThis special pricing is only valid for the next 48 hours.'],
  ['pressure', P, "Dear Mr. Endo,\n\nSpots in the spring cohort are limited, so I'd grab one soon."],
  ['pressure', P, 'Dear Mr. Endo,\n\nTwo other manufacturers are already in talks with us about the same allocation.'],
  ['pressure', P, "Dear Mr. Endo,\n\nThis offer won't be around for long."],
  ['pressure', P, 'Dear Mr. Endo,\n\nWe really need an answer from your side this week.'],
  ['pressure', P, 'Dear Mr. Endo,\n\nThe price will go up after March 31.'],
  // a deadline the client set, a standard quote validity, no rush, logistics: clean
  ['', P, 'Dear Mr. Endo,\n\nTo meet your go-live in April, the hardware would need to ship by March 1.'],
  ['', P, 'Dear Mr. Endo,\n\nThis quotation is valid for 60 days from today.'],
  ['', P, 'Dear Mr. Endo,\n\nThere is no rush; please decide whenever your team is ready.'],
  ['', P, 'Dear Mr. Endo,\n\nPlease let me know by Friday which date suits you for the site visit.'],
  ['', P, 'Dear Mr. Endo,\n\nOther customers in Kansai use the same controller.'],
  ['', P, 'Dear Mr. Endo,\n\nWe can hold this price until the end of June for you.'],
  ['', P, 'Dear Mr. Endo,\n\nWe will send the revised proposal by Thursday.'],
  ['', P, 'Dear Mr. Endo,\n\nThe slots for the factory tour are limited to 20 people.'],
  ['', P, 'Dear Mr. Endo,\n\nYou set the deadline of March 3 for our proposal, and we will meet it.'],
  ['', P, 'Dear Mr. Endo,\n\nOur prices are valid until the end of the fiscal year.'],
  ['', P, 'Dear Mr. Endo,\n\nThe seminar registration closes on Friday.'],
  ['', P, 'Dear Mr. Endo,\n\nWe had limited success with the old coating, so the new one ships soon.'],
  // to a client, the same words are not pressure on a prospect
  ['', C, 'Dear Mr. Endo,\n\nThe launch discount ends this Friday.'],
];

categoryTables([
  ['cold pitches to strangers', COLD_PITCHES],
  ['pushy follow-ups', FOLLOW_UPS],
  ['pressure on a prospect', PRESSURE_CASES],
]);

// Round 25 (press): English pressure on a prospect that the readers recognised but a guard or the parse stopped in a
// context the development drafts lacked (/work/BRIEF25.md; AB's misses ab-a-040, ab-a-059, and r17's O-en2-19, r21's
// v4-004), in wordings of our own written before the code. A: what the reader loses once the seller's date passes, said
// back to it at the END of the sentence ("the pricing cannot be honoured after this date"), through a relative pronoun
// ("…on Friday, upon which list pricing applies"), or after a list line whose label names the limit ("- Validity: today
// 5 pm"). B: a near clock on the reader's act written with "within" ("decide within March"), a Japanese go-ahead word in
// an English sentence (決裁, 発注, 契約), a condition joined by a coordinator ("…, so if you want a share you will need to
// confirm by the 15th"). C: a window or a table in a reply to an ask about something else. D: a push after a "but" that
// sets a validity or their schedule aside. Near misses: a validity stated softly, our own schedule or office, an event or a meeting room,
// a date that serves the reader's own plan, a thing already ordered, internal mail.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enYamada as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-09-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-09-01' };

// A: the loss said back to the seller's date after the verb, by a relative pronoun, or after a labelled list line.
const A_SAID_BACK: Case[] = [
  ['pressure', P, mail('To keep this price we need your PO by 15 October. Please note that the discount cannot be honoured after that date.')],
  ['pressure', P, mail('We need your signed order by 20 November. The introductory rate cannot be held beyond that date.')],
  ['pressure', P, mail('Please send your 内示 by Friday. The special price cannot be guaranteed after that date.')],
  ['pressure', P, mail('Please confirm the order by 30 September. We will not be able to keep the allocation past that point.')],
  ['pressure', P, mail('The launch price ends on 31 October, after which list pricing applies with no exceptions.')],
  ['pressure', P, mail('The preferential onboarding fee will lapse on Friday, 18 September, upon which the standard tariff shall apply.')],
  ['pressure', P, mail('The spring allocation closes on 30 September, at which point the remaining units go to other distributors.')],
  ['pressure', P, mail('- Price: USD 4.85 per unit\n- Validity: today 5 pm JST only. The components cannot be held beyond that point.')],
  ['pressure', P, mail('Deadline: Friday 12:00. The slot cannot be reserved for you after that time.')],
];
const A_NEAR: Case[] = [
  ['', P, mail('The quote is valid until 30 June, after which prices will be reviewed in line with the metals index.')],
  ['', P, mail('We will ship your samples by 20 September. The invoice will follow after that date.')],
  ['', P, mail('We will hold the meeting room until 6 pm on Friday, after which the building closes.')],
  ['', P, mail('As you asked, here is our schedule: the spring allocation closes on 30 September, and the next one opens in October.')],
  ['', P, mail('Thank you for your order of 3 September. It will ship on 20 September, and the invoice will follow.')],
  ['', P, mail('Registration for the Osaka seminar closes on Friday. We would be glad to see your team there.')],
  ['', P, mail('- Price: USD 4.85 per unit\n- Validity: 30 days from the date of this quote')],
  ['', P, mail('You mentioned your board meets on 20 October. We will send the final proposal by 10 October so that you have time to review it.')],
  ['', I, 'Hi Ken,\n\nWe need their PO by 15 October. The discount cannot be honoured after that date, so please chase them.\n\nThanks,\nPeter'],
];

// B: a near clock written with "within", a Japanese go-ahead word in the English sentence, a coordinated condition.
const B_CLOCK: Case[] = [
  ['pressure', P, mail('Honestly, I strongly recommend to 決裁 within March.')],
  ['pressure', P, mail('Honestly, I strongly recommend to 契約 within September.')],
  ['pressure', P, mail("Honestly, I'd recommend you decide within this month.")],
  ['pressure', P, mail('I would strongly advise you to sign within September.')],
  ['pressure', P, mail('The 2027 harvest is already mostly spoken for, so if your team would like a share you will need to let me know by the end of this month.')],
  ['pressure', P, mail('Slots are filling fast, so if your team wants one you must sign by the 15th.')],
  ['pressure', P, mail('Unfortunately lead times have grown to 12 weeks, and if you want the June slot you will need to confirm by Friday.')],
  ['pressure', P, mail('Just so you know, the intro price is only good until Friday, so I would lock it in now.')],
];
const B_NEAR: Case[] = [
  ['', P, mail('Please take the time you need; we can review the proposal together whenever your team is ready.')],
  ['', P, mail('Thank you for your 発注 in March. It shipped on 2 April.')],
  ['', P, mail('We recommend the X5 model for your line.')],
  ['', P, mail('If you would like the brochure, you can download it at any time.')],
  ['', P, mail('To meet your production start in April, we would need the order by February 10.')],
  ['', P, mail('We will send the revised 見積 within this week.')],
  ['', P, mail('Most customers take two or three months to decide, and if your team needs more time, that is no problem at all.')],
  ['', P, mail('We will deliver the drawings within September, as agreed.')],
  ['', I, 'Hi Ken,\n\nHonestly, I strongly recommend we get their 決裁 within March.\n\nThanks,\nPeter'],
];

// C: a reply. The client's ask in the quoted history or named in the mail makes a window or an availability table an
// answer only when it asked about timing (they-asked.ts TIMING_ASK); an ask about anything else leaves the push a push.
const reply = (body: string, quoted: string) => `Dear Ms. Yamada,\n\nThank you for your message.\n\n${body}\n\nKind regards,\nPeter Lang\n\n> ${quoted}`;
const C_REPLY: Case[] = [
  ['pressure', P, reply('Please find the brochure attached.\n\nOur summer onboarding cohort closes on June 30; after that the next opening is in January.', 'Could you send us the brochure for the platform?')],
  ['pressure', P, mail('As requested, please find our price list attached.\n- July: fully booked\n- August: fully booked\n- September: one slot left')],
  ['pressure', P, reply('The Q3 production slots fill by August 1. The next run is in February.', 'Could you share the datasheet of the X5 sensor?')],
  ['pressure', P, reply('Here is the certificate.\n- October: fully booked\n- November: fully booked\n- December: last slot', 'Can you send the ISO certificate?')],
];
const C_NEAR: Case[] = [
  ['', P, mail('As requested, here is our availability for the installation:\n- July: fully booked\n- August: fully booked\n- September: one slot left')],
  ['', P, reply('Here is our schedule:\n- October: fully booked\n- November: fully booked\n- December: one slot left', 'Which months do you still have installation slots?')],
  ['', P, reply('Please find the brochure attached.', 'Could you send us the brochure for the platform?')],
  ['', P, reply('The datasheet is attached; the X5 is in stock.', 'Could you share the datasheet of the X5 sensor?')],
  ['', P, mail('You asked about our availability: the Q3 production slots fill by August 1, and the next run is in February.')],
  ['', P, reply('We can ship the samples next week.', 'When can you send the samples?')],
  ['', P, reply('Yes, the certificate is attached.', 'Can you send the ISO certificate?')],
  ['', P, reply('Our office will be closed from 10 to 16 August.', 'Are you open during Obon?')],
];

// D: a validity or the reader's own schedule named before a "but" exempts nothing after it.
const D_BUT: Case[] = [
  ['pressure', P, mail('The quote is valid for 30 days, but the discount ends this Friday, so please decide by then.')],
  ['pressure', P, mail('The quotation is valid for 60 days, but the launch discount expires this Friday.')],
  ['pressure', P, mail('I know your budget cycle starts in April, but the special price is only good until Friday.')],
];
const D_NEAR: Case[] = [
  ['', P, mail('The discount ends on Friday, but the quote itself is valid for 30 days.')],
  ['', P, mail('The quote is valid for 30 days, but please take your time.')],
  ['', P, mail('Your board meets in October, but we can hold the price until then.')],
  ['', P, mail('The quote is valid for 30 days, but if you need more time, just let me know and we will extend it.')],
  ['', P, mail('To meet your April launch we would need the order by February, but please let us know if that is difficult.')],
  ['', P, mail('The quote is valid until 30 June, but the price of copper may change after that.')],
  ['', P, mail('The quotation is valid for 60 days, but we recommend confirming the delivery schedule early.')],
  ['', I, 'Hi Ken,\n\nThe quote is valid for 30 days, but the discount ends this Friday, so push them to decide by then.\n\nThanks,\nPeter'],
];

categoryTables([
  ['r25 A: a loss said back to the date after the verb, by "which", or after a labelled limit', A_SAID_BACK],
  ['r25 A near misses: a soft validity, our schedule, a room, an answer to their question, internal', A_NEAR],
  ['r25 B: "within" a near time, a Japanese go-ahead word, a condition after a coordinator', B_CLOCK],
  ['r25 B near misses: time given, a past order, a recommendation with no clock, their own date, internal', B_NEAR],
  ['r25 C: a window or an availability table in a reply to an ask about something else', C_REPLY],
  ['r25 C near misses: an answer to their question about timing, replies with no push', C_NEAR],
  ['r25 D: the push after a "but" that sets a validity or their schedule aside', D_BUT],
  ['r25 D near misses: the validity after the "but", time given, a hold until their date', D_NEAR],
]);

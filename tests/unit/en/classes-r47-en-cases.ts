// Round 47: English classes written from the older read corpora's misses (never from the round's held-out set), each as
// its kind with near misses. Read by classes-r47-en.test.ts.
//   bad news: part of what the reader asked for or booked, the whole named first ("Of the 12 reports you asked for, 7 will
//     be in the November release");
//   clean: the whole in full, a part already done with the rest on plan.
//   bad news: the writer or a named colleague leaving the firm or the work ("I am leaving Nile Crest at the end of April",
//     "Our project lead, Anna Berg, is leaving the project on 15 May"); our terms changed from a point ("From 1 January
//     2027 our terms change from … to …", "… our payment terms change as follows:");
//   clean: leaving a city (a trip), leaving notes, the writer retiring (round 17), more days to pay, terms unchanged.
//   register: "shoot you" a document; "like" as filler before a figure ("takes like 5 minutes");
//   clean: photos shot, "would like 5 days", "looks like".
//   cold outreach: writing again to a prospect because our mail went unanswered, or guessing it went to spam ("I write you
//     again because I did not receive answer …", "Maybe the mail goes to spam?", "… which I believe may not have reached you");
//   clean: the same with an apology and no rush, writing again to a client about their business.
import { at, enHirata, type MailCase } from '../mail-wrappers';

export const PART_OF_ASK_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for the list.\nOf the 12 reports you asked for, 7 will be in the November release.', 'Of the 12 reports you asked for, 7 will be in the November release.'),
  at(enHirata, 'Of the 40 pallets you booked for March, 25 will ship on the first vessel.', 'Of the 40 pallets you booked for March, 25 will ship on the first vessel.'),
];
export const PART_OF_ASK_CLEAN: MailCase[] = [
  enHirata('Thank you for the list.\nOf the 12 reports you asked for, 12 will be in the November release.'),
  enHirata('As you asked, of the 12 reports, 7 are finished and 5 will follow next week as planned.'),
];

export const LEAVING_TERMS_FLAGGED: MailCase[] = [
  at(enHirata, 'I am leaving Nile Crest at the end of April.', 'I am leaving Nile Crest at the end of April.'),
  at(enHirata, 'I will be leaving the company at the end of March.', 'I will be leaving the company at the end of March.'),
  at(enHirata, 'Our project lead, Anna Berg, is leaving the project on 15 May.', 'Our project lead, Anna Berg, is leaving the project on 15 May.'),
  at(enHirata, 'From 1 January 2027 our terms change from 90% provisional invoice by TT to 100% by irrevocable L/C at sight.', 'our terms change'),
  at(enHirata, 'From the contracts signed after 1 April 2027, our payment terms change as follows:\n- 30% advance\n- 70% against B/L copy', 'our payment terms change as follows:'),
  at(enHirata, 'From April, our payment terms change from 60 days to 30 days.', 'our payment terms change from 60 days to 30 days.'),
];
export const LEAVING_TERMS_CLEAN: MailCase[] = [
  enHirata('I am leaving Kuala Lumpur on Friday and will visit your plant on Monday.'),
  enHirata("I'm leaving the team meeting notes in the shared folder."),
  enHirata('I am retiring from the company in March.'),
  enHirata('From April, our payment terms change from 30 days to 60 days.'),
  enHirata('From April, your payment terms remain unchanged.'),
  enHirata('Could our payment terms change from the next contract?'),
];

export const CHAT_FLAGGED: MailCase[] = [
  at(enHirata, "I'll shoot you the original B/L by DHL tomorrow.", 'shoot you the'),
  at(enHirata, 'Registration is easy. Takes like 5 minutes.', 'Takes like 5'),
  at(enHirata, 'I will shoot over the revised drawings tonight.', 'shoot over the'),
];
export const CHAT_CLEAN: MailCase[] = [
  enHirata('We will shoot the product photos at the plant next week.'),
  enHirata('We would like 5 days to prepare the samples.'),
  enHirata('It looks like 5 minutes will be enough for the demo.'),
];

// (Read by a table whose recipient is a prospect.)
export const WRITING_AGAIN_FLAGGED: MailCase[] = [
  at(enHirata, 'I write you again because I did not receive answer for my email of 7 April. Maybe it went to the spam?', 'I write you again because'),
  at(enHirata, 'I am writing again regarding my invitation of 19 October and my reminder of 30 October, which I believe may not have reached you.', 'I am writing again regarding my invitation'),
];
export const WRITING_AGAIN_CLEAN: MailCase[] = [
  enHirata('I am sorry to write again. In case my earlier message went to spam, here is the catalogue once more; there is no rush at all.'),
  enHirata('I will write again when the samples arrive.'),
];


// Round 47, fourth batch (from the held-out set HA–HF, read after its end score): a line of ours dropped as the object
// itself; "Oga" as an address in Pidgin, not a place or a name.
export const AFTER_END_NEWS_FLAGGED: MailCase[] = [
  at(enHirata, "We're dropping the organic Hayward line from this season.", "We're dropping the organic Hayward line from this season."),
  // (A fifth batch: a product named by its model as the subject of "will be stopped".)
  at(enHirata, 'Please note that the Colmated 44x24 will be stopped at the end of this year.', 'Please note that the Colmated 44x24 will be stopped at the end of this year.'),
];
export const AFTER_END_NEWS_CLEAN: MailCase[] = [
  enHirata('We are dropping the price of the organic line by 5% from May.'),
  enHirata('We will drop you a line next week.'),
  enHirata('Your HX-300 will be stopped automatically if the alarm sounds.'),
  enHirata('The KX-20 will be stopped for maintenance on Monday and runs again on Tuesday.'),
];
export const OGA_FLAGGED: MailCase[] = [
  at(enHirata, 'Oga, the file is attached.', 'Oga'),
];
export const OGA_CLEAN: MailCase[] = [
  enHirata('Thank you for your request about the bearings for the Oga wind farm.'),
];

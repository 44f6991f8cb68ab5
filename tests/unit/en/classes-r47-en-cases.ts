// Round 47: English classes written from the older read corpora's misses (never from the round's held-out set), each as
// its kind with near misses. Read by classes-r47-en.test.ts.
//   bad news: part of what the reader asked for or booked, the whole named first ("Of the 12 reports you asked for, 7 will
//     be in the November release");
//   clean: the whole in full, a part already done with the rest on plan.
//   bad news: the writer or a named colleague leaving the firm or the work ("I am leaving Nile Crest at the end of April",
//     "Our project lead, Anna Berg, is leaving the project on 15 May"); our terms changed from a point ("From 1 January
//     2027 our terms change from … to …", "… our payment terms change as follows:");
//   clean: leaving a city (a trip), leaving notes, the writer retiring (round 17), more days to pay, terms unchanged.
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

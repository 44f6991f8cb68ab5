// Round 47: English classes written from the older read corpora's misses (never from the round's held-out set), each as
// its kind with near misses. Read by classes-r47-en.test.ts.
//   bad news: part of what the reader asked for or booked, the whole named first ("Of the 12 reports you asked for, 7 will
//     be in the November release");
//   clean: the whole in full, a part already done with the rest on plan.
import { at, enHirata, type MailCase } from '../mail-wrappers';

export const PART_OF_ASK_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for the list.\nOf the 12 reports you asked for, 7 will be in the November release.', 'Of the 12 reports you asked for, 7 will be in the November release.'),
  at(enHirata, 'Of the 40 pallets you booked for March, 25 will ship on the first vessel.', 'Of the 40 pallets you booked for March, 25 will ship on the first vessel.'),
];
export const PART_OF_ASK_CLEAN: MailCase[] = [
  enHirata('Thank you for the list.\nOf the 12 reports you asked for, 12 will be in the November release.'),
  enHirata('As you asked, of the 12 reports, 7 are finished and 5 will follow next week as planned.'),
];

// Round 46: English refusal classes from the misses of UA–UF and XA–XG (read after their scores), each written as its kind
// with near misses. Read by classes-r46-en.test.ts.
//   a bare answer word ("Sorry but no, we can't …", "Nope, …, sorry!", "And no, we can't hold …") keeps the no flat whatever
//     apology rides with it — and answers their ask, so a price held is refused, not only announced;
//   "even if" concedes: the no before it holds either way ("… not refunded even if you order later");
//   a concession said not to exist in answer to their ask ("There is no volume discount on this").
import { at, enHirata, type MailCase } from '../mail-wrappers';

export const ANSWER_NO_FLAGGED: MailCase[] = [
  at(enHirata, "Thank you for asking. Sorry but no, we can't replace these emitters under warranty.", "Sorry but no, we can't replace these emitters under warranty."),
  at(enHirata, "Nope, we can't give exclusive rights for Kansai, sorry!"),
  at(enHirata, "Thanks for your note.\n\nAnd no, we can't hold the old pricing on the quote you have open for the Niigata job.", "And no, we can't hold the old pricing"),
  at(enHirata, 'Sorry, no, we cannot send the samples free of charge.'),
];
export const ANSWER_NO_CLEAN: MailCase[] = [
  enHirata("I'm afraid we cannot replace these emitters under warranty."),
  enHirata('No problem, we can ship the samples on Friday.'),
  enHirata('Sorry, no news yet from the shipping line; I will write as soon as I hear.'),
];

export const EVEN_IF_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your interest in our bamboo range.\nFree samples are not possible — samples are charged at USD 35 per piece, and the cost is not refunded even if you order later.', 'Free samples are not possible'),
  at(enHirata, 'We cannot lower the price even if you double the order.'),
];
export const EVEN_IF_CLEAN: MailCase[] = [
  enHirata('Even if the vessel is late, your goods will not be affected.'),
];

export const NONE_GIVEN_FLAGGED: MailCase[] = [
  at(enHirata, 'Thank you for your email about a volume discount.\nThere is no volume discount on this.', 'There is no volume discount on this.'),
  at(enHirata, 'Thanks for your message about the late fee.\nThere will be no exception for this invoice.', 'There will be no exception for this invoice.'),
];
export const NONE_GIVEN_CLEAN: MailCase[] = [
  enHirata('Thank you for your email.\nThere is no charge for the replacement.'),
  enHirata('Thank you for your email.\nThere is no minimum order for the new line.'),
];

// Round 46 (YA–YC, read): news and register.
//   bad news: goods rolled to a later carrier with no article ("roll to next vessel") or with none named ("Container was
//     rolled in Rotterdam"); a price told with what it was ("USD 3.85/kg (previously 3.40)");
//   clean: a date that came early is no delay, even after a sentence with a plan in it; "rolled back" / "rolled out";
//   register: endearments, South African, Nigerian, Singaporean and British chat, "b4", "no cap", "long story short".
export const ROLLED_FLAGGED: MailCase[] = [
  at(enHirata, 'Container was rolled in Rotterdam, vessel full. Next sailing 15 Oct.', 'Container was rolled in Rotterdam'),
  at(enHirata, 'Cargo will roll to next vessel ETD 17/2, ETA Tokyo 24/2.'),
  at(enHirata, 'From the October shipment, BP1 will be USD 3.85/kg FOB Mombasa (previously 3.40).', 'USD 3.85/kg'),
];
export const ROLLED_CLEAN: MailCase[] = [
  enHirata('The rule update has been rolled back.'),
  enHirata('The new portal was rolled out to all customers in May.'),
  // "currently" tells a fact beside the figure, not the value replaced (classes-r23 near misses).
  enHirata('The response time for on-site repairs will be 24 hours (currently 72 hours).'),
  enHirata('Good news on your June lot: the cathodes were loaded earlier than planned on MV Pacific Condor, which sailed on 14 May.\nETA Yokohama is now 12 June, about ten days ahead of the original schedule.'),
];
export const CHAT_FLAGGED: MailCase[] = [
  at(enHirata, 'Eish, what a harvest this year!', 'Eish'),
  at(enHirata, 'Docs sent b4 5pm SG time.', 'b4'),
  at(enHirata, 'The beans are top-notch this season, no cap.', 'no cap'),
  at(enHirata, 'Anyway, long story short, the pallets ship from Cape Town on the 30th.', 'long story short'),
  at(enHirata, "Fancy a cuppa while I'm there, if your diary allows?", 'Fancy a cuppa'),
  at(enHirata, 'Hello again, how far?', 'how far?'),
  at(enHirata, "Booking for the 2 x 40'HC to Kobe confirm already.", 'confirm already'),
];
export const CHAT_CLEAN: MailCase[] = [
  enHirata('There is no cap on the volume we can allocate.'),
  enHirata('How far is the port from your plant?'),
  enHirata('The B4 paper size is not stocked.'),
  enHirata('We can already see the vessel on the tracking page.'),
];

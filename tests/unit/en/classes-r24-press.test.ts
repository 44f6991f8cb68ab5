// Round 24 (press): English and mixed pressure on a prospect read as what the sentence does to their decision, in
// wordings of our own written before the code: the seller's need for their answer on a clock said back ("by then",
// "by that date") or as learning today whether they go ahead; a Japanese go-ahead word (内示, 発注) kept in a mixed
// mail; a list item whose label is the thing that must be signed by a date; "without your X by this date" followed by
// our act; others each having already taken a share ("confirmed theirs"). Near misses: social proof with no share
// taken, a date said back that serves their own plan, an event's attendance, our own schedule, internal mail.
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';
import { enYamada as mail } from '../mail-wrappers';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-09-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-09-01' };

const POS: Case[] = [
  ['pressure', P, mail('The two presses are set aside for you until Thursday.\nWe need your yes by then.')],
  ['pressure', P, mail('The pallet racks are reserved for you until 18 September.\nNeed a firm answer from your side by that date.')],
  ['pressure', P, mail('I need to hear by tomorrow whether your team is going ahead with the order.')],
  ['pressure', P, mail('We need to know today whether you are moving forward, as the crew schedule closes tonight.')],
  ['pressure', P, mail("We'd need your 発注 by this Wednesday to keep the current rate.")],
  ['pressure', P, mail('We would need at least an informal 内示 from you by Monday, 14 September, to hold the slot.')],
  ['pressure', P, mail('Here is where we stand:\n• Pilot report: sent\n• Master agreement: must be signed by Friday 11 September')],
  ['pressure', P, mail('Next steps:\n• Order form: needs to be confirmed by 30 September')],
  ['pressure', P, mail('The allocation is held until 15 September.\nWe are sorry that, without your order by that date, we will release it to another distributor.')],
  ['pressure', P, mail('Regrettably, without a signed contract by Friday, we will have to cancel the reservation.')],
  ['pressure', P, mail('Only 40 units came in this month. Two hotels in Osaka have already secured theirs.')],
  ['pressure', P, mail('This harvest is small. Several roasters in Kyoto already reserved theirs for the spring.')],
];

const NEAR: Case[] = [
  // A reference (a near miss still flagged on main): peers using the same thing, with no "already" or rival.
  ['', P, mail('Other banks have chosen the same core system.')],
  ['', P, mail('Several of our customers already received theirs last month and are happy with the finish.')],
  ['', P, mail('We need to know by Friday whether you will attend the seminar in Osaka.')],
  ['', P, mail('I need to know whether the meeting room on the 3rd works for you.')],
  ['', P, mail('Without your help we could not have finished the trial on time.')],
  ['', P, mail('Next steps:\n• Delivery: to be scheduled with your logistics team\n• Training: after installation')],
  ['', P, mail('Please let us know whether the proposed date suits you.')],
  ['', P, mail('Three of our clients in Tokyo have already confirmed their attendance at the user conference.')],
  ['', P, mail('We will send the revised drawings by then.')],
  ['', I, mail('We need the client’s yes by Friday, otherwise the crew moves to the Sendai job.')],
];

categoryTables([
  ['r24 press: pressure on the reader’s decision (EN, mixed)', POS],
  ['r24 press: near misses', NEAR],
]);

// Round 30: a remedy is not a standing rule (round 29's unread false alarm ay-049: "We have added a second document
// check before every shipment to Japan so that this does not happen again" read as a rule imposed on the client). Our
// own wordings of a process fixed so that a problem does not recur — every/all with a negated recurrence (happen, occur,
// recur, be repeated … again) — after an apology told in Japanese and after none; and the standing rules with every/any
// and a real no, which must still be flagged. Categories exactly ('' = none). Left out: "From this week, each lot is
// tested twice, so that such a deviation does not occur again" — en.bad-news.blunt-notice reads it as news (main too).
import { categoryTables, type Case } from './category-table';
import type { DraftContext } from '../../../src/engine/types';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-08-03' };
const held = (body: string) => `Dear Mr. Tanaka,\n\nThank you for letting us know that customs held the shipment.\n${body}\n\nBest regards,\nRachel Kim`;
const asked = (body: string) => `Dear Mr. Tanaka,\n\nThank you for your request.\n${body}\n\nBest regards,\nRachel Kim`;

const REMEDIES: Case[] = [
  ['', C, held("We have added a second document check before every shipment to Japan so that this does not happen again.")],
  ['', C, held("We have introduced a double check of every label so that such a mix-up does not happen again.")],
  ['', C, held("From now on, every pallet will be photographed before loading so that this cannot happen again.")],
  ['', C, held("We now check all certificates twice before every dispatch, so this will not happen again.")],
  ['', C, held("Our team has added a final inspection for every lot to make sure this never happens again.")],
  ['', C, held("We have changed our procedure for all export shipments so that the same error does not recur.")],
  ['', C, held("A second person now signs off every invoice, so that a wrong amount is not sent again.")],
  ['', C, held("We have retrained all packing staff so that this kind of damage does not occur again.")],
  ['', C, held("Every outgoing shipment to Japan will now be checked against your order sheet so this won't happen again.")],
  ['', C, held("To prevent a recurrence, we have added a customs document check for all orders.")],
  ['', C, held("We have put a barcode scan on every carton so that the wrong item is never shipped again.")],
  ['', C, held("Going forward, all drawings will be reviewed by two engineers so that this does not happen again.")],
  ['', C, held("We have updated our checklist for every shipment, and we will make sure it does not happen again.")],
  ['', C, held("We have added a temperature check on every container so that spoiled goods do not reach you again.")],
  ['', C, held("All our shipments to Japan now go through a second document review so that a hold like this does not happen again.")],
  ['', C, held("Our logistics partner now confirms every booking by phone so that no container is missed again.")],
  ['', C, held("We added a reminder to every order in our system so that your delivery date is not overlooked again.")],
  ['', C, held("All temperature loggers will be checked before every flight, so this should not happen again.")],
  ['', C, held("We have assigned a second coordinator for all Japanese accounts so that no request goes unanswered again.")],
  ['', C, held("Every certificate of analysis is now checked by QA so that a missing page does not happen again.")],
  ['', C, held("We have fixed the template for all invoices, so the wrong tax rate will not appear again.")],
  ['', C, held("Each shipment will now carry two copies of the certificate so that customs does not hold it again.")],
  ['', C, held("We have added an extra packing layer for every sea shipment, so the cartons should not be crushed again.")],
  ['', C, held("A new approval step covers every price change, so that you do not receive an outdated quote again.")],
  ['', C, held("We now send all documents one week earlier for every order so that clearance is not delayed again.")],
  ['', C, held("We changed the labelling for all kits so that the lot numbers are not mixed up again.")],
  ['', C, held("We have set up an automatic check on every order so that this mistake does not repeat.")],
  ['', C, held("Our warehouse now weighs every box before dispatch, so short shipments should not happen again.")],
  ['', C, held("We have added your plant's holidays to our calendar for all deliveries so that no truck arrives on a closed day again.")],
  ['', C, held("All of our drivers have been briefed so that the gate rules at your plant are not missed again.")],
  ['', C, held("We introduced a second review for every translation, so such errors will not occur again.")],
];

const RULES: Case[] = [
  ['blunt-refusal', C, asked("We do not accept returns from any customer after 30 days.")],
  ['blunt-refusal', C, asked("Our finance team doesn't approve terms beyond 60 days for any customer.")],
  ['blunt-refusal', C, asked("We do not offer free samples to any distributor.")],
  ['blunt-refusal', C, asked("We never ship on consignment for any client.")],
  ['blunt-refusal', C, asked("We don't give discounts on spare parts to any customer.")],
  ['blunt-refusal', C, asked("Our policy does not allow exceptions for any account.")],
];

categoryTables([
  ['remedies', REMEDIES],
  ['standing rules still flagged', RULES],
]);

// Round 42: classes of English the fresh set SA–SF showed unread, each written as its kind with near misses. Read by
// classes-r42-en.test.ts; a flagged case names the sentence that carries the problem, a clean one must raise none of it.
//   bad news: a new price with its old value after "in place of" / "replacing" / "as opposed to"; a price revised from a
//     point ("w.e.f.", "from the next shipment"); a closure of weeks with no purpose; making or handling goods stopped;
//     a named person no longer with us or leaving us;
//   refusals: a verb the tagger does not know after "don't"; not a clause that describes a noun ("news I would have
//     preferred not to share"), nor our own practice ended ("… but we can no longer do so");
//   pressure: the time bound of a condition parsed as a clause of its own; the goods going "to him" (another buyer).
import { at, enArai, enOkada, type MailCase } from '../mail-wrappers';

export const OLD_VALUE_FLAGGED: MailCase[] = [
  at(enArai, 'Please note that from the next shipment (October), the price of our Bourbon vanilla Grade A will be of 265 USD/kg FOB Toamasina, in place of 210 USD/kg.'),
  at(enArai, 'From March the minimum order will be 40 cartons as opposed to 20 cartons today.'),
  at(enArai, 'Our W320 kernels will be USD 8.90/kg from the May loading, replacing USD 8.10/kg.'),
];
export const OLD_VALUE_CLEAN: MailCase[] = [
  enArai('From October the vanilla price is 195 USD/kg in place of 210 USD/kg.'),
  enArai('From the next shipment, the price of our vanilla will be 195 USD/kg, 15 USD lower than now.'),
];

export const REVISED_FLAGGED: MailCase[] = [
  at(enArai, 'Kindly note that the rates of all our incense items are revised w.e.f. 1st April 2027.'),
  at(enArai, 'The prices for the 2027 season have been adjusted from 1 January.'),
];
export const REVISED_CLEAN: MailCase[] = [
  enArai('Your rates are revised downward from 1 April, as agreed.'),
];

export const CLOSURE_FLAGGED: MailCase[] = [
  at(enArai, 'Our tuna processing plant will be closed from 1 February to 28 February 2027.\nNo loins will be produced or shipped during that period.'),
  at(enArai, 'Our mill will be closed from 3 June until 15 July.'),
  // Read after the second fresh set (TA–TF) was scored: a notice frame with its "that" left out.
  at(enArai, 'Please note the Nouadhibou plant will be closed from 1 October to 15 December 2026. No orders will be taken or shipped in that period.'),
];
export const CLOSURE_CLEAN: MailCase[] = [
  enArai('Our office will be closed from 29 December to 3 January.'),
  enArai('Please note the attached invoice for lot 14.'),
  enArai('Please note the delivery date is 14 March, as agreed.'),
  enArai('Our warehouse is closed from Aug 10 to Aug 16.'),
  enArai('Our mill will be closed from 3 June until 15 July for its annual maintenance.'),
  enArai('Our Shanghai office will be closed from 5 February to 24 February for the Spring Festival.'),
];

export const STOPPED_FLAGGED: MailCase[] = [
  at(enArai, 'We have stopped distilling cinnamon leaf oil. The lot shipped to you in April (CLO-2603, 180 kg) was the last one.'),
  at(enArai, 'Our cooperative will stop growing the Pink Lady variety after this season.'),
];
export const STOPPED_CLEAN: MailCase[] = [
  enArai('We have stopped using plastic bags in our packing.'),
  enArai('You can stop shipping the empty drums back to us.'),
];

export const LEFT_FLAGGED: MailCase[] = [
  at(enArai, 'Mr. Serdar Hojayev is no longer with Altyn Pagta Export as of 1 April.'),
  at(enArai, 'Tom leaves us at the end of the month.'),
  at(enArai, 'Mr. Weber is no longer assigned to your account.'),
];
export const LEFT_CLEAN: MailCase[] = [
  enArai('Mr. Weber has left the office for today and will call you tomorrow morning.'),
  enArai('Mr. Weber has left a message for you with our reception.'),
];

export const REFUSAL_FLAGGED: MailCase[] = [
  at(enOkada, "We don't repack into 20 kg pails. Our grapefruit concentrate only goes out in 250 kg aseptic drums."),
  at(enOkada, 'That is a service we do not provide.'),
];
export const REFUSAL_CLEAN: MailCase[] = [
  enOkada('I am writing with news I would have preferred not to share: our harvest was hit by the cyclone. We are very sorry, and I would like to call you tomorrow to explain.'),
  enOkada('We have absorbed these increases so far, but we can no longer do so without affecting quality. We apologise for this, and I would be glad to visit you to explain the details.'),
];

export const PRESSURE_FLAGGED: MailCase[] = [
  at(enArai, 'Please note we have also an offer from a buyer in Ho Chi Minh for the same lot. If we don\'t have your confirmation before this Friday 20 February, the container will go to him.'),
  at(enArai, 'If we do not receive your order before the end of this month, the price will go up by 8%.'),
];
export const PRESSURE_CLEAN: MailCase[] = [
  enArai('If you confirm by Friday, the container will go to him directly from the port.'),
  enArai('If we don\'t have your comments before the next meeting, we will send the draft as it is.'),
];

// The goods themselves dearer by a share from a point in time ("… will be 9% higher"), with no price word.
export const DEARER_FLAGGED: MailCase[] = [
  at(enArai, 'From January, all chilled cuts will be 9% higher.'),
  at(enArai, 'All chilled cuts will be 9% more expensive from January.'),
];
export const DEARER_CLEAN: MailCase[] = [
  enArai('From January, all chilled cuts will be 9% cheaper.'),
  enArai('From April, the new boxes will be 15% more durable.'),
  enArai('From January, our capacity will be 20% higher.'),
  enArai('Our output this year is 9% higher than last year.'),
];

// A measure against the value agreed in the deal ("over the 5.0% in the contract", "below the 65 Brix we agreed"): a ceiling,
// or a floor for a strength, a Brix or a quantity of goods; and less than the reader's own order or forecast after a
// noun phrase that runs on ("8 tonnes of frozen chuck roll instead of the 12 tonnes you ordered").
export const AGREED_FLAGGED: MailCase[] = [
  at(enArai, 'Lot AG-2703 left Tema with a moisture content of 5.8%, over the 5.0% in the contract.'),
  at(enArai, 'The sugar content of batch 12 is 63 Brix, below the 65 Brix we agreed.'),
  at(enArai, 'Tensile strength was 28 MPa, below the 35 MPa we agreed.'),
  at(enArai, 'We can ship 85 bags, below the 120 bags in the contract.'),
  at(enArai, 'The June container will carry 8 tonnes of frozen chuck roll instead of the 12 tonnes you ordered.'),
];
export const AGREED_CLEAN: MailCase[] = [
  enArai('Moisture was 4.1%, below the 5.0% in the contract.'),
  enArai('Purity came out at 99.2%, above the 98% in the contract.'),
  enArai('We shipped 120 bags, over the 100 bags in the contract.'),
  enArai('The June container will carry 14 tonnes instead of the 12 tonnes you ordered.'),
  enArai('I am afraid this is outside the current contract, but we would be glad to send a video of the test.'),
  enArai('Please find attached the full document set for Lot 14 under contract LCE-2603.'),
];

// Round 6 (issue 10): bad news, cold outreach and blunt refusals in the classes the round-5 blind corpus missed
// or misjudged, in our own wordings (different verbs and constructions from the corpus), each with near misses
// that share its words and must stay clean. The categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };
const COLD: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-12-01' };

// Terms turned against the client, given as two figures: a benefit that shrinks, a burden that grows.
const TERMS: Case[] = [
  ['bad-news', C, 'From March, free storage at our Kobe depot goes from 14 days to 5.'],
  ['bad-news', C, 'Payment terms will be 30 days instead of 60 from the next order.'],
  ['bad-news', C, 'The minimum order is now 300 pieces (previously 120 pieces).'],
  ['bad-news', C, 'Our warranty on the pumps is cut from 24 to 12 months for new orders.'],
  ['bad-news', C, 'MOQ: previously 50 rolls, now 200 rolls.'],
  ['bad-news', C, 'A deposit of 40% will be required instead of 20% on orders placed after April 1.'],
  ['bad-news', C, 'Your volume discount falls from 8% to 3% next year.'],
  ['', C, 'From March, free storage at our Kobe depot goes from 5 days to 14.'],
  ['', C, 'The minimum order stays at 120 pieces.'],
  ['', C, 'Your warranty covers 24 months from the date of delivery.'],
  ['', C, 'The minimum order is now 120 pieces (previously 300 pieces).'],
  ['', C, 'Free storage goes from 14 days to 5 from March, because the port authority has changed its tariff.'],
];

// A product or service that ends, with no "discontinue": taken out of a range, switched off, deprecated.
const ENDS: Case[] = [
  ['bad-news', C, 'The 5 mm gauge will be removed from our catalogue in June.'],
  ['bad-news', C, 'We are pulling the matte finish from the FloorLine range after this season.'],
  ['bad-news', C, 'The two legacy colours are being taken out of our standard assortment next year.'],
  ['bad-news', C, 'The old tracking server will be switched off at the end of January.'],
  ['bad-news', C, 'Our EDI gateway is being shut off on 31 March.'],
  ['bad-news', C, 'The SOAP interface is deprecated as of today.'],
  ['', C, 'We will remove the handling fee from your next invoice.'],
  ['', C, 'Please switch off the server before the engineer arrives.'],
  ['', C, 'We are adding two colours to the FloorLine range.'],
  ['', C, 'The tracking server restarted for ten minutes last night for maintenance, and it is running again.'],
  ['', C, 'We will drop the samples at your office on Monday.'],
];

// A slipped date, told as a new date of the goods or goods that will not make it.
const NEW_DATE: Case[] = [
  ['bad-news', C, 'Revised ETA for the castings is 12 March.'],
  ['bad-news', C, 'The updated ETD of your containers is week 9.'],
  ['bad-news', C, "Your resin order won't make it this month."],
  ['bad-news', C, 'The pallets will not make it; the new date is early February.'],
  ['bad-news', C, 'New ETA: late April.'],
  ['bad-news', C, 'The December shipment is not going to make it in time.'],
  ['', C, 'The new date does not change the price.'],
  ['', C, 'We will make it to your office by ten.'],
  ['', C, 'Could you confirm the new ETD for the samples?'],
  ['', C, 'Revised ETA for the castings is 12 March, because the foundry lost a week to a power cut.'],
];

// Goods lost, damaged or destroyed on the way; a rejection that happened to goods is news, not our refusal.
const GOODS: Case[] = [
  ['bad-news', C, 'Three of the pallets were damaged in transit.'],
  ['bad-news', C, 'Your container has been held at customs in Busan.'],
  ['bad-news', C, 'The whole consignment was destroyed in the warehouse fire.'],
  ['bad-news', C, 'The batch was rejected by customs at Narita and has been returned.'],
  ['bad-news', C, 'Two cartons of the order went missing at the hub.'],
  ['bad-news', C, 'The shipment was seized at the border.'],
  ['', C, 'All pallets arrived undamaged.'],
  ['', C, 'Your container cleared customs this morning.'],
  ['', C, 'No cartons were damaged in transit.'],
  ['bad-news', C, 'Two cartons were damaged in transit, so we are sending replacements by air today.'],
  ['', C, 'The cartons your team refused on arrival were rejected only because the labels were missing; new labels go out today.'],
];

// What makes a notice considerate: a call proposed as a question; a topic ("As for …") is no reason.
const CONSIDERATE: Case[] = [
  ['', C, 'The castings will now ship on March 12 instead of February 20.\nShall we go through the new plan on a call on Monday?'],
  ['', C, 'Only 400 of the 1,000 valves will ship this month.\nCould we meet next week to agree how to split the rest?'],
  ['', C, 'The old tracking server will be switched off at the end of January.\nMay I visit you to explain the new portal?'],
  ['bad-news', C, 'The castings will now ship on March 12 instead of February 20.\nCould you send us the new drawings?'],
  ['bad-news,blunt-refusal', C, 'The 5 mm gauge will be removed from our catalogue in June.\nAs for your request to keep a stock for you: no.'],
  ['bad-news', C, 'Only 400 of the 1,000 valves will ship this month.\nAs to the invoice, we will send it on Monday.'],
];

// Refusals: an action noun that is "not possible" (with a participle in its phrase), a bare no after a topic,
// "not possible" with only a time and a cushion.
const REFUSALS: Case[] = [
  ['blunt-refusal', C, 'Exchange of the opened cartons is not possible.'],
  ['blunt-refusal', C, 'A refund for the installed units is not an option.'],
  ['blunt-refusal', C, 'Return of the printed labels is not possible.'],
  ['blunt-refusal', C, 'Regarding a second free sample: no.'],
  ['blunt-refusal', C, 'On the question of extending the payment terms — no.'],
  ['blunt-refusal', C, 'Thanks for asking.\nNot possible today, unfortunately.'],
  ['blunt-refusal', C, 'Your claim for the scratched panels has been rejected.'],
  ['', C, "I'm afraid exchange of the opened cartons is not possible, but we could offer a 10% credit on your next order."],
  ['', C, 'Part no.: 5521'],
  ['', C, 'Not possible to say yet; the carrier will confirm on Friday.'],
  // A reason or an alternative with no cushion is still blunt (spec, "How the corpora are labelled").
  ['blunt-refusal', C, 'Not possible this week, but Monday works for us.'],
  ['', C, 'Return of the printed labels is possible within 30 days.'],
];

// Outreach: a chase that holds their silence up to a prospect; a visit or presentation asked without a meeting noun.
const OUTREACH: Case[] = [
  ['cold-outreach', P, 'I emailed you twice last month and you never replied.'],
  ['cold-outreach', P, 'We have not received any response from you to our proposal.'],
  ['cold-outreach', P, 'My note of 3 May got no reply, so I am writing again.'],
  ['cold-outreach', P, "You didn't respond to my message about the pilot."],
  ['cold-outreach', P, "I still haven't heard back from you about the samples."],
  ['cold-outreach', P, 'There has been no reply to my offer of 12 May.'],
  ['cold-outreach', P, 'I called your office three times last week and left messages, but still have not heard back.'],
  ['cold-outreach', P, 'I have written to you five times about the trial.'],
  ['', P, 'We tested the coating four times before shipping.'],
  ['', P, 'Sorry I did not reply sooner to your question.'],
  ['', P, 'We have not heard back from the factory yet, so the sample date is still open.'],
  ['', P, 'We have not received your payment yet.'],
  ['', C, 'You did not answer my question about the price.'],
  ['cold-outreach', COLD, 'We are a small ceramics studio in Arita, making tableware since 1890.\nPlease tell me when I could come to present the new series to your buyers.'],
  ['cold-outreach', COLD, 'I am Nora Lind from Lind Textiles, a leading Swedish wool mill.\nWe would like to present our collection to your design team next month.'],
  ['', COLD, 'We are a small ceramics studio in Arita, making tableware since 1890.\nOur catalogue is attached for your reference.'],
];

// A cold pitch whose claim is a speed and whose ask is impersonal or an availability question.
const PITCH: Case[] = [
  ['cold-outreach', COLD, 'Our labelling robot can clear a day of backlog in 3 hours.\nAre you free for 20 minutes on Thursday?'],
  ['cold-outreach', COLD, 'We are a Dutch forwarder for perishables.\nIt would be great to meet you during your visit to Rotterdam.'],
  ['cold-outreach', COLD, 'Our platform can get a new supplier approved within 5 days.\nWould you be available for a short call next week?'],
  ['cold-outreach', COLD, 'I am Ines Vidal from Vidal Ceramics, a leading tile maker in Valencia.\nIt would be good to talk before the trade fair.'],
  ['', COLD, 'Thank you for your enquiry about our pumps. Our team can install the unit within 3 days.\nWould you be available for a call next week?'],
  ['', COLD, 'Our service team can be at your site in 2 days if a pump fails.\nPlease let us know if you have any questions.'],
  ['', COLD, 'Our labelling robot can clear a day of backlog in 3 hours.\nThe brochure is attached for your reference.'],
];

// A follow-up that presumes: a meeting booked unless the prospect objects, our mails counted as several.
const PRESUMING: Case[] = [
  ['cold-outreach', P, 'I will put a call in your calendar for Monday at 9 unless I hear otherwise.'],
  ['cold-outreach', P, 'I have booked a demo slot for Tuesday afternoon unless you object.'],
  ['cold-outreach', P, 'Our engineer will visit your plant next week unless you tell me otherwise.'],
  ['cold-outreach', P, 'I am following up on my two emails from last month about the sensors.'],
  ['cold-outreach', P, 'Circling back on my earlier messages about the pilot.'],
  ['cold-outreach', P, 'Following up again on my notes of March 3 and March 17.'],
  ['', P, 'I could send an invite for Thursday 10:00, unless you prefer another day.'],
  ['', P, 'Thank you for your emails about the pilot.'],
  ['', P, 'We will ship the samples on Monday unless you need them sooner.'],
];

// A refusal of what is withheld, in a scope or a colloquial noun; an apology that belongs to a refusal.
const WITHHELD: Case[] = [
  ['blunt-refusal', C, 'On-site training is not available for this plan.'],
  ['blunt-refusal', C, 'Custom colours are not available on these models.'],
  ['blunt-refusal', C, 'A second free sample is a no-go for us.'],
  ['blunt-refusal', C, 'Weekend delivery is off the table.'],
  ['blunt-refusal', C, 'Splitting the invoice is a non-starter for our finance team.'],
  ['blunt-refusal', C, 'Net 90 payment is not available to your account.'],
  ['', C, 'Mr. Kimura is not available on the 5th.'],
  ['', C, 'The meeting room is not available for the afternoon, so we will meet in the lobby.'],
  ['', C, 'The new colours are available for this plan from May.'],
  // A stock-out right after the refusal is its reason, not a notice of its own.
  ['blunt-refusal', C, 'We cannot add more cases to your allocation. The 2023 vintage is sold out.'],
  ['blunt-refusal', C, "We won't be able to send the extra drums. We are out of stock until March."],
  ['bad-news', C, 'Thank you for your order. The 2023 vintage is sold out.'],
  ['blunt-refusal,bad-news', C, 'Not possible this week, sorry. The earliest is the 20th.\nAlso, the blue version is discontinued from next season.'],
  ['blunt-refusal', C, 'Not possible this week, sorry.\nThe blue version is discontinued from next season.'],
];

// False alarms of the bad-news reading: call-offs on a schedule, a price fixed for a period, how things are
// handled now, what is left of a list of questions.
const CLEAN: Case[] = [
  ['', C, 'Quantity: 120 tonnes a year, called off weekly.'],
  ['', C, 'Price: EUR 4.20 per kg, fixed for six months from July 1.'],
  ['', C, 'Orders for Kyushu are handled by our Fukuoka office.'],
  ['', C, 'The remaining questions are answered in the attached sheet.'],
  ['', C, 'Your remaining points are covered in section 4.'],
  ['bad-news', C, 'From April, orders for Kyushu will be handled by our distributor in Fukuoka.'],
  ['bad-news', C, 'The remaining 200 kg will follow in three weeks.'],
  ['bad-news', C, 'The July delivery has been called off.'],
];

categoryTables([
  ['terms that turn against the client, as figures', TERMS],
  ['a product or service that ends, without "discontinue"', ENDS],
  ['a slipped date told as a new date, or goods that will not make it', NEW_DATE],
  ['goods lost, damaged or rejected on the way', GOODS],
  ['what makes a notice considerate', CONSIDERATE],
  ['refusals of an action noun, bare no after a topic', REFUSALS],
  ['a chase that states their silence; a visit asked without a meeting noun', OUTREACH],
  ['a cold pitch: a speed claimed, an impersonal or availability ask', PITCH],
  ['a follow-up that presumes', PRESUMING],
  ['a refusal of what is withheld; an apology that belongs to a refusal', WITHHELD],
  ['bad-news false alarms', CLEAN],
]);

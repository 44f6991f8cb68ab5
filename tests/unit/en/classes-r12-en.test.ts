// Round 12: the English classes E1–E4 of /work/CLASSES-r12.md (from held-out sets G and H), in our own wordings,
// each with near misses that share its words and must stay clean. The categories raised must be exactly the
// expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

// E1: a verbless refusal after a topic phrase ("About X: not possible"), with or without a reason, no cushion.
const E1_TOPIC_REFUSAL: Case[] = [
  ['blunt-refusal', C, 'About your request to extend the payment terms: not possible.'],
  ['blunt-refusal', C, 'Re your request for a second site visit — not possible, our engineers are fully booked.'],
  ['blunt-refusal', C, 'Regarding the rush order: no can do.'],
  ['blunt-refusal', C, 'On your request to split the shipment: not an option.'],
  ['blunt-refusal', C, 'About the free samples: out of the question.'],
  ['blunt-refusal', C, "As for a refund on the opened cartons - that's a no."],
  ['blunt-refusal', C, 'Re: weekend delivery - not happening.'],
  ['blunt-refusal', C, 'Re: weekend delivery — not happening, sorry.'],
  ['blunt-refusal', C, 'Thanks for the mail. About the extra samples: not possible, sorry.'],
  ['blunt-refusal', C, 'On the free training: a no from our side.'],
  ['blunt-refusal', C, 'Regarding the Saturday pick-up: not doable.'],
  ['blunt-refusal', C, 'About splitting the invoice: not happening.'],
  ['blunt-refusal', C, 'Dear Mr. Hirano,\n\nAbout your request to split the shipment: not possible, the vessel is already booked.\n\nRegards,\nSunil'],
  // The refusal of a split shipment is no news of a partial one, beside real news in the mail.
  ['bad-news,blunt-refusal', C, 'Dear Mr. Hirano,\n\nPO 88213 will ship 3 weeks late, new ETD is Nov 20.\nAbout your request to split the shipment: not possible, the vessel is already booked.\n\nBest regards,\nSunil'],
  ['', C, "Not possible to say yet — we'll confirm Monday."],
  ['', C, 'No problem, we will send it today.'],
  ['', C, 'Is that not possible?'],
  ['', C, "Regarding your request to extend the terms: I'm afraid that is not possible this time, but we could offer 45 days instead."],
  ['', C, 'About the delivery date: not yet confirmed, we will let you know by Friday.'],
  ['', C, 'Re the samples: not a problem at all, they ship today.'],
  ['', C, 'About the delay you mentioned: not happening again, we have fixed the scheduling.'],
  ['', I, 'Re: weekend delivery - not happening.'],
];

// E2: refusing the reader's ask to waive, reduce or change a charge or term by declaring that it stays.
const E2_STATUS_QUO: Case[] = [
  ['blunt-refusal', C, 'Thanks for the PO. The rush fee you asked us to waive stays.'],
  ['blunt-refusal', C, 'Regarding your request to lower the MOQ: the MOQ stays at 500 units.'],
  ['blunt-refusal', C, 'Thank you for asking about the surcharge. The surcharge still applies.'],
  ['blunt-refusal', C, 'About the handling charge you wanted removed: it stays.'],
  ['blunt-refusal', C, 'Thank you for your request for 90-day terms. Our terms remain net 30.'],
  ['blunt-refusal', C, 'Thank you for asking us to waive the setup fee. We are keeping the fee as it is.'],
  ['blunt-refusal', C, 'Dear Ms. Ito,\n\nThank you for your mail about the freight surcharge.\nYou asked us to remove it for the March shipment.\nThe surcharge still applies.\n\nBest regards,\nTom'],
  ['blunt-refusal', C, 'Thanks for your request for a lower unit price. We checked the costs again. The price remains as quoted.'],
  ['blunt-refusal', C, 'Regarding the waiver of the late-payment penalty: the penalty stands.'],
  ['blunt-refusal', C, 'You asked for an exception on the minimum order. The MOQ stays at 500 pieces.'],
  ['blunt-refusal', C, 'Thank you for your proposal to cut the deposit to 10%. The deposit remains 30%.'],
  ['blunt-refusal', C, 'Thank you for your request to shorten the notice period. The notice period is unchanged at three months.'],
  ['blunt-refusal', C, 'You asked whether the extra hours could be billed at the old rate. The new hourly rate still applies.'],
  ['blunt-refusal', C, 'Thanks for your request to cut the number of licences to 20. The licence count stays at 40 until renewal.'],
  ['blunt-refusal', C, 'Thank you for letting us know that you would like the pumps earlier. The delivery stays on 14 May.'],
  ['', C, 'Good news: your price stays the same next year.'],
  ['', C, 'Regarding the price increase you mentioned, our prices remain unchanged.'],
  ['', C, 'Thank you for your request to change the colour to blue. Everything else stays as agreed.'],
  ['', C, 'Attached is the renewal contract for the coming year. The terms are unchanged.'],
  ['', C, 'Your discount stays in place for the 2027 orders.'],
  ['', C, 'The meeting stays on Thursday at 10 am.'],
  ['', C, 'Thank you for your request to lower the MOQ. From April, the MOQ will be 300 units.'],
  ['', C, 'You asked whether the price would change next year. Your price stays the same.'],
  ['', C, "Thank you for your request to lower the price. I'm afraid the price remains as quoted, but let me talk to my manager and see what we can do."],
  ['', C, 'Thank you for asking for a discount. We can offer 5% on orders above 1,000 units, and the standard price stays for smaller orders.'],
  ['', C, 'Thank you for your request for a quotation. The quotation remains valid for 60 days.'],
  ['', C, 'Thank you for asking about the rate. The rate stayed at 3% through 2025.'],
];

// E3: a dismissive or casual imperative to a client.
const E3_DISMISSIVE: Case[] = [
  ['register', C, 'Whatever, the spec sheet you want is on the portal somewhere, just grab it.'],
  ['register', C, 'The manual is somewhere on the portal, just grab it.'],
  ['register', C, 'Figure it out with your IT team.'],
  ['register', C, 'Meh, the old version works fine too.'],
  ['register', C, 'Go ahead and pull the invoice yourself from the portal.'],
  ['register', C, "It's in the shared folder somewhere, just dig it out."],
  ['register', C, 'Just grab the drivers off our site.'],
  ['register', C, 'Send it on Monday or Tuesday, whatever.'],
  ['register', C, 'The certificates are on the portal somewhere.'],
  ['register', C, 'Check it yourself in the admin panel.'],
  ['register', C, 'The settings are in the manual, just sort it out.'],
  ['register', C, 'Just google the part number, the datasheet is online.'],
  ['register', C, 'Look it up on our website yourself.'],
  ['register', C, 'Morning or evening, whatever, the courier comes either way.'],
  ['', C, 'I will look it up in the contract and reply today.'],
  ['', C, 'We found the answer on Google and attached the link.'],
  ['', C, 'Please just let me know if you have any questions.'],
  ['', C, 'We can deliver on whatever day you prefer.'],
  ['', C, 'Whatever the volume, we can ship within a week.'],
  ['', C, 'Please feel free to download it from the portal.'],
  ['', C, 'The latest spec sheet is on the customer portal under Downloads.'],
  ['', C, 'We will figure it out with our plant and come back to you.'],
  ['', C, 'Please help yourself to coffee at the reception.'],
  ['', I, 'The spec sheet is on the portal somewhere, just grab it.'],
];

// E4: a subjectless negated modal that is not a refusal; the same form that refuses stays flagged.
const E4_IMPERSONAL: Case[] = [
  ['', C, "Won't take long."],
  ['', C, "Can't hurt to try."],
  ['', C, "Won't happen again."],
  ['', C, 'We sent the wrong labels. I am very sorry. Won\'t happen again.'],
  ['', C, "Couldn't be happier with the results."],
  ['', C, "Won't keep you long, just two questions on the drawing."],
  ['', C, "Can't complain, the line has been running well."],
  ['', C, "Won't be a problem at all."],
  ['', C, "Won't cost you anything extra."],
  ['', C, "Can't go wrong with the standard model."],
  ['blunt-refusal', C, "Thank you for your request. Can't do that."],
  ['blunt-refusal', C, "About the Saturday delivery. Won't be possible."],
  ['blunt-refusal', C, "Can't do net 60 on this one."],
  ['blunt-refusal', C, "Won't be able to lower the price further."],
  ['blunt-refusal', C, "Can't offer a discount on this order."],
];

categoryTables([
  ['E1 a verbless refusal after a topic phrase', E1_TOPIC_REFUSAL],
  ['E2 refusing by declaring the status quo', E2_STATUS_QUO],
  ['E3 a dismissive or casual imperative', E3_DISMISSIVE],
  ['E4 a subjectless negated modal that is not a refusal', E4_IMPERSONAL],
]);

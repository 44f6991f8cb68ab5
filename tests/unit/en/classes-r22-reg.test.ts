// Round 22 (r22-reg, English register and its false alarms), in wordings of our own written before the code:
// F  "FYI" is ordinary office English: writers left it unlabelled in client mail 10 times of 12 (sets B–X), so it
//    raises nothing; chat initialisms that stay chat (nbd, lmk, tbh, idk) are still register.
// H  a first mail to a stranger opened by a verb of perceiving or finding with "I" dropped ("Saw your post …",
//    "Came across your profile …") and the "congrats" in it or right after it are the pitch's hook, the
//    cold-outreach rule's; the same words to a client in a running thread stay register.
//    The meeting ask of such a pitch in chat words ("grab 20 minutes", "jump on a call") is the pitch's as well.
// S  a chat word of another language as the sign-off (Valeu!, Tchau, Até logo, Bis bald) is register like Abraço.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-04' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-04' };
const P1: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-12-04' };

const SIGNATURE = 'Best regards,\nLucas Pereira\nExport Manager\nSerra Verde Foods';
const mail = (body: string) => `Dear Mr. Nakamura,\n\n${body}\n\n${SIGNATURE}`;
const signed = (closing: string) => `Dear Mr. Nakamura,\n\nThe revised packing list is attached. Please check the pallet count.\n\n${closing}\nLucas Pereira`;
const pitch = (hook: string) =>
  `Dear Mr. Nakamura,\n\n${hook}\nWe are Serra Verde Foods; we supply frozen açaí and pulp to hotel chains in Singapore and Seoul.\nCould we have a 20-minute call next week?\n\n${SIGNATURE}`;

const F_FYI_AND_INITIALISMS: Case[] = [
  ['register', C, mail('Two tickets are still open on the portal, nbd, details are in the attachment.')],
  ['register', C, mail('Nbd if the call moves to Friday.')],
  ['register', C, mail('The labels are fine now, nbd.')],
  ['register', C, mail('Please lmk which date suits your team.')],
  ['register', C, mail('tbh the old model handled the humidity better.')],
  ['register', C, mail('idk whether the port reopens on Monday.')],
  ['register', C, mail('No biggie if the samples arrive a day later.')],
  ['register', C, mail('The certificate is still valid afaik.')],
  ['register', C, mail('IIRC your team asked for the blue labels last time.')],
  ['register', C, mail('Thx for the drawings, we will check them today.')],
  ['register', C, mail('Please send the signed drawings ASAP.')],
  ['register', C, mail('btw the invoice number changed.')],
  // near misses: FYI in a client mail, NBD as next business day, internal shorthand
  ['', C, mail('FYI, the February invoice is attached.')],
  ['', C, mail('For your information, the customs broker needs the invoice in English.')],
  ['', C, mail('The pallets left Hamburg on Monday (FYI).')],
  ['', C, mail('FYI: the certificate of analysis for lot 2212 is attached.')],
  ['', C, mail('Replacement parts ship NBD under the premium support plan.')],
  ['', I, 'Hi Ken,\n\nFYI the Kobayashi ticket is resolved, nbd.\n\nTom'],
  ['', I, 'Hi Ken,\n\nQuick FYI: Aoki-san called again about the cartons.\n\nTom'],
  ['', C, mail('Our NBD service covers all of Kanto.')],
];

const H_HOOK_OF_A_PITCH: Case[] = [
  // a client in a running thread: the dropped subject and the clipping are register
  ['register', C, mail('Saw your note about the pallets. We will resend them on Monday.')],
  ['register', C, mail('Saw the photos you sent, thank you.')],
  ['register', C, mail('Met your plant manager at the fair, he was very kind.')],
  ['register', C, mail('Congrats on the new plant in Kumamoto!')],
  ['register', C, mail('Went through the drawings this morning, all fine.')],
  ['register', C, mail('Spoke with our plant manager about the new schedule.')],
  ['register', C, mail('Had a call with your logistics team today.')],
  ['register', C, mail('Congrats to the whole team on the launch!')],
  ['register', C, mail('Took a look at the sample report, it reads well.')],
  ['register', C, mail('Thought you might like the new catalogue, congrats on the anniversary!')],
  ['register', C, mail('Saw the forecast for March, we will plan accordingly.')],
  ['register', C, mail('Gave the QC numbers to our engineers this morning.')],
  ['register', C, mail('Could we grab 20 minutes on Friday to go over the drawings?')],
  ['register', C, mail('Can we jump on a call tomorrow about the labels?')],
  // a first mail to a stranger: the hook is the pitch's, one finding of cold-outreach
  ['cold-outreach', P1, pitch('Saw your post on LinkedIn about the new rooftop bar at the Ginza Aoi.')],
  ['cold-outreach', P1, pitch('Saw you are speaking at the Nikkei hospitality forum next month. Congrats!')],
  ['cold-outreach', P1, pitch('Came across your profile on the FOODEX exhibitor list.')],
  ['cold-outreach', P1, pitch('Saw that Minato Hotels just opened a property in Okinawa — congrats!')],
  ['cold-outreach', P1, pitch('Saw you just opened a second restaurant in Fukuoka — congrats!')],
  ['cold-outreach', P1, pitch('Came across Bistro Ueno on Instagram last week.')],
  ['cold-outreach', P1, pitch('Saw your interview in the Nikkei about frozen desserts.')],
  ['cold-outreach', P1, pitch('Saw your team won the Kansai food award. Congrats on the win!')],
  // the meeting ask of a first pitch in chat words is the pitch's too (2 of 14 labelled register)
  ['cold-outreach', P1, 'Dear Mr. Nakamura,\n\nWe are Serra Verde Foods; we supply frozen açaí to hotel chains in Singapore.\nCould we grab 20 minutes on Zoom next week?\n\n' + SIGNATURE],
  ['cold-outreach', P1, 'Dear Mr. Nakamura,\n\nWe are Serra Verde Foods; we supply frozen açaí to hotel chains in Singapore.\nCan we jump on a short call on Thursday?\n\n' + SIGNATURE],
];

const S_FOREIGN_SIGN_OFF: Case[] = [
  ['register', C, signed('Valeu!')],
  ['register', C, signed('Valeu,')],
  ['register', C, signed('Vlw!')],
  ['register', C, signed('Tchau,')],
  ['register', C, signed('Até logo,')],
  ['register', C, signed('Até mais!')],
  ['register', C, signed('Bis bald,')],
  ['register', C, signed('Arrivederci!')],
  ['register', C, signed('Abraço,')],
  ['register', C, signed('Tot ziens,')],
  ['register', C, signed('Adiós,')],
  ['register', C, signed('A presto,')],
  // near misses: a formal closing in any language, internal mail, the word inside a sentence or a name
  ['', C, signed('Best regards,')],
  ['', C, signed('Atenciosamente,')],
  ['', C, signed('Cordialement,')],
  ['', C, signed('Mit freundlichen Grüßen,')],
  ['', I, 'Hi Ken,\n\nThe packing list is attached.\n\nValeu!\nLucas'],
  ['', C, mail('Our Valeu Blend ships in 1 kg bags.')],
  ['', C, mail('The Adios Cafe chain placed a new order.')],
  ['', I, 'Hi Ken,\n\nSee you Monday.\n\nTchau,\nLucas'],
];

categoryTables([
  ['r22-reg F: FYI is office English; chat initialisms stay chat', F_FYI_AND_INITIALISMS],
  ['r22-reg H: the hook of a first mail is the pitch’s', H_HOOK_OF_A_PITCH],
  ['r22-reg S: a chat word of another language as the sign-off', S_FOREIGN_SIGN_OFF],
]);

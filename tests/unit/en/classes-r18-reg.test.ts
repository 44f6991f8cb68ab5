// Round 18 (r18-reg, English): the reader addressed as a friend and chat particles read from where the word
// stands in the parse (src/engine/analysis/en-register.ts addressSlips) — a vocative opening the sentence, after
// its first word or closing it after a comma ("Honestly mate, …", "Thanks folks, …", "…, my friend!"), a tag
// particle closing a statement ("…accordingly ya."), an interjection between marks after a clause ("If that
// works, cool — see you"), "just shout" as an order to get in touch, a foreign sign-off made a friend's ("Un
// abrazo fuerte!", "Saludos amigo"); and a cold first mail whose hook is public news about the stranger ("Saw on
// LinkedIn that …", "Congrats on the Series B", a regulator's register: en-outreach.ts publicHook). Our own
// wordings; the categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-12-01' };

const mail = (body: string) => `Dear Mr. Fujita,\n\n${body}\n\nKind regards,\nOwen Price`;
const signed = (closing: string) => `Dear Mr. Fujita,\n\nThe revised drawings for the pump housing are attached.\n\n${closing}\nOwen`;

const ADDRESS: Case[] = [
  ['register', C, mail('Honestly mate, the revised quote is the best we can do this quarter.')],
  ['register', C, mail('Thanks folks, the signed order reached us this morning.')],
  ['register', C, mail('Sorry buddy, the courier missed the pickup window yesterday.')],
  ['register', C, mail('Mate, the pallets left Felixstowe on Monday.')],
  ['register', C, mail('See you at the Tokyo fair on Thursday, my friend!')],
  ['register', C, mail('Gracias amigo, the samples arrived in perfect condition.')],
  ['register', C, mail('Listen pal, the price includes two site visits.')],
  ['register', C, mail('The new firmware is installed on all twelve controllers, mate.')],
  ['register', C, mail('Kindly plan your buffer stock for the new year accordingly ya.')],
  ['register', C, mail('We will send the revised packing list tomorrow, ya.')],
  ['register', C, mail('The shipment clears customs on Friday lah.')],
  ['register', C, mail('If the slot suits you, cool — we will book the meeting room.')],
  ['register', C, mail('Once the PO is in, sweet, we can start the build.')],
  ['register', C, mail('Anything else, just shout.')],
  ['register', C, mail('If the torque values look off, shout!')],
  ['register', C, mail('Should you need more labels, just shout anytime.')],
];

const ADDRESS_CLEAN: Case[] = [
  ['', C, mail('The folks at your Sendai plant agreed to the new inspection plan.')],
  ['', C, mail('Our engineers in Osaka will visit your plant next week.')],
  ['', C, mail('A friend of mine from university now works in your purchasing team.')],
  ['', C, mail('Store the resin in a dry, cool, dark place below 25 degrees.')],
  ['', C, mail('The air in the chamber stays cool, but the lid gets hot.')],
  ['', C, mail('The operators shout when the alarm sounds, so the buzzer is set loud.')],
  ['', C, mail('Please let us know if you need anything else.')],
  ['', C, mail('Thank you, Mr. Fujita, for the quick approval.')],
  ['', C, mail('We met the Mate Engineering team at the trade fair in Osaka.')],
  ['', C, signed('Saludos cordiales,')],
  ['', I, 'Hi Tom,\n\nHonestly mate, the quote is fine. Anything else, just shout.\n\nCheers,\nOwen'],
];

const SIGN_OFF: Case[] = [
  ['register', C, signed('Un abrazo fuerte!')],
  ['register', C, signed('Saludos amigo')],
  ['register', C, signed('Um abraço forte,')],
  ['register', C, signed('Cheers my friend,')],
];

const HOOK: Case[] = [
  // Round 22: the dropped-subject hook of a first mail is the pitch's (classes-r22-reg H).
  ['cold-outreach', P, 'Dear Mr. Yamaguchi,\n\nSaw on LinkedIn that Asahigawa Pharma is hiring a CISO.\n\nWe run red-team exercises for pharma companies and offer a free external test this month. Could we have 20 minutes next week?\n\nOmer Levi'],
  ['cold-outreach', P, 'Dear Mr. Matsuda,\n\nI saw on LinkedIn that Tokai Kasei Engineering has won the Ishigaki desalination job. We are a valve maker from South Wales and have supplied butterfly valves to three desal plants.\n\nCould we have 20 minutes on Teams next week?\n\nKind regards,\nGareth Pritchard'],
  ['cold-outreach', P, 'Dear Mr. Sakamoto,\n\nHaving come across Hoshizora Remit on the list of registered transfer providers published by the Kanto Local Finance Bureau, I believe a partnership with our company would add value.\nWe are a payments company licensed in Kenya.\n\nCould we arrange a 30-minute call next week?\n\nYours sincerely,\nAchieng Odhiambo'],
  ['cold-outreach', P, 'Dear Ms. Oda,\n\nCongratulations on the Series B round announced last week.\nWe are a Dutch analytics company that helps fintechs cut onboarding time by 40%.\n\nWould you have 15 minutes for a call on Thursday?\n\nBest regards,\nSanne de Vries'],
  ['cold-outreach', P, 'Dear Mr. Kudo,\n\nI noticed your job posting for a maintenance planner in Kitakyushu.\nOur platform schedules preventive maintenance for steel plants.\n\nCould we show you a short demo next week?\n\nBest regards,\nLiam Byrne'],
  ['cold-outreach', P, 'Dear Mr. Arai,\n\nWe read in the Nikkei that your company is building a new plant in Kumamoto.\nWe are a clean-room contractor with 40 fabs delivered in Asia.\n\nMay we visit your office on 12 January to present our work?\n\nBest regards,\nLena Vogel'],
  ['cold-outreach', P, 'Dear Ms. Hino,\n\nI recently read your press release about the new cold-chain hub in Tomakomai.\nWe are a Danish maker of reefer monitoring sensors.\n\nCould we set up a 20-minute call next week?\n\nBest regards,\nMads Holm'],
  ['cold-outreach', P, 'Dear Mr. Ogawa,\n\nI spotted on your website that you now export to Vietnam.\nWe are a freight forwarder with weekly sailings from Kobe to Haiphong.\n\nCould we meet at your office next Tuesday?\n\nBest regards,\nMinh Tran'],
  ['cold-outreach', P, 'Dear Ms. Kaneko,\n\nNoticed your vacancy for an export manager on the Daijob site.\nWe are a recruitment firm that has placed 60 bilingual managers in Japan.\n\nCould we talk on Friday for 15 minutes?\n\nBest regards,\nPriya Nair'],
  ['cold-outreach', P, 'Dear Mr. Hara,\n\nI learned from your website that you plan to double capacity at the Mie plant.\nWe are a German maker of palletising robots.\n\nWould you have time for a video call next week?\n\nBest regards,\nJonas Weber'],
  // Round 21: the clipping in the pitch's hook is the pitch's move (writers labelled it cold-outreach 5 times in 6).
  ['cold-outreach', P, 'Dear Ms. Sato,\n\nCongrats on the new Fukuoka office!\nWe are a facilities company that fits out offices for growing teams in Kyushu.\n\nCould we visit you next week to show our designs?\n\nBest regards,\nChloe Martin'],
  ['cold-outreach', P, 'Dear Mr. Nagai,\n\nI have been following your posts on LinkedIn about plant automation.\nWe are a Finnish software company that helps paper mills cut downtime by 20%.\n\nCould we have 20 minutes on Teams next Wednesday?\n\nBest regards,\nAino Virtanen'],
];

const HOOK_CLEAN: Case[] = [
  ['', P, 'Dear Mr. Kudo,\n\nMs. Naomi Tsuda at Seiwa Instruments kindly introduced us and mentioned that you are hiring maintenance planners.\nOur platform schedules preventive maintenance for steel plants.\nIf it would be of interest, I would be glad to send a short brochure.\n\nBest regards,\nLiam Byrne'],
  ['', { ...P, firstContact: false, recipient: 'client' }, 'Dear Mr. Arai,\n\nWe read in the Nikkei that your company is building a new plant in Kumamoto. Congratulations!\nWe would be glad to support the project as we did in Oita.\n\nBest regards,\nLena Vogel'],
  ['', P, 'Dear Ms. Hino,\n\nThank you for your enquiry at the Tokyo Pack fair and for your card.\nI saw on your website that the Tomakomai hub opens in April, so I attach our sensor brochure.\n\nBest regards,\nMads Holm'],
  ['', P, 'Dear Mr. Ogawa,\n\nI saw on your website that you now export to Vietnam. Congratulations on the milestone.\n\nBest regards,\nMinh Tran'],
  ['', P, 'Dear Mr. Sato,\n\nThank you for your message of 2 December. I saw your reply this morning and attach the data sheet you asked for.\n\nBest regards,\nAnna Berg'],
  ['', C, mail('We noticed that our stand at the Osaka fair is next to yours, which will make the handover of the samples easy.')],
  ['', C, mail('Congratulations on the opening of your new plant; we are proud to have supplied the conveyors.')],
  ['', P, 'Dear Mr. Ito,\n\nPlease forgive this sudden message. I saw on LinkedIn that your team is growing in Fukuoka.\nIf it would be of interest, may I send you a short brochure about our payroll service?\n\nBest regards,\nEmma Clark'],
];

categoryTables([
  ['r18-reg: the reader addressed as a friend, tags and interjections', ADDRESS],
  ['r18-reg: near misses that share the words', ADDRESS_CLEAN],
  ['r18-reg: a foreign sign-off made a friend’s', SIGN_OFF],
  ['r18-reg: a cold first mail hooked on public news about the stranger', HOOK],
  ['r18-reg: hooks that stay clean', HOOK_CLEAN],
]);

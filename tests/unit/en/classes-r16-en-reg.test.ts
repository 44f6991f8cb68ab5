// Round 16 (r16-en-reg): the English classes G1, G2 and G3 of /work/CLASSES-r16.md — casual register across
// Englishes (intensifiers read from the word they grade, vague tails, regional particles, sign-offs), pushy
// follow-ups (their silence, a reminder of or an answer demanded to a mail of ours), and cold pitches with no
// keyword (what we do stated as a present fact, "I'm with <Company>") — in our own wordings, each with near
// misses that share its words. The categories raised must be exactly the expected ('' = none).
import { describe } from 'vitest';
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';
import { enKato as mail } from '../mail-wrappers';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-01' };
const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-12-01' };
const S: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-12-01' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-01' };

const signed = (closing: string) => `Dear Mr. Kato,\n\nThe certificates for lot 4471 are attached.\n\n${closing}\nHamish McLeod\nExport Sales Manager`;

// G1: casual words and idioms across Englishes, and sentence-level casualness.
const G1_REGISTER: Case[] = [
  ['register', C, mail('Thank you for the samples. The lab results look super solid.')],
  ['register', C, mail('We are pretty confident that the new seal will hold at 120 °C.')],
  ['register', C, mail('The second batch came out way better than the first one.')],
  ['register', C, mail('I totally agree with your quality team on the tolerance.')],
  ['register', C, mail('Regarding the health certificates: sweet as, we will send them through by Friday.')],
  ['register', C, mail('Regarding the new label layout, no tension, our team will handle all by next week.')],
  ['register', C, mail('The forklift parts, we will send tomorrow lah.')],
  ['register', C, mail('If anything comes up, no wahala, just call me on my mobile.')],
  ['register', C, mail('Noted po, thank you for the updated forecast.')],
  ['register', C, mail('We will bring the brackets, the gaskets and stuff to the audit.')],
  ['register', C, mail('Our inspectors check torque, finish, things like that.')],
  ['register', C, signed('Cheers heaps,')],
  ['register', C, signed('A big hug,')],
  ['register', C, mail('Our whole team is pumped about the launch in April.')],
  ['register', C, mail('Anyways, the containers left Lyttelton this morning.')],
  ['register', C, mail('We will get it sorted for you by Friday.')],
  ['register', C, mail('You asked whether we could help with the clean-up. No bother at all, happy to.')],
  ['register', P, mail('Our new coating is legit, and the test report is attached.')],
  ['', C, mail('Pretty packaging is not part of the specification; the cartons are plain brown.')],
  ['', C, mail('The motor is totally enclosed and fan-cooled, as the data sheet shows.')],
  ['', C, mail('The way forward is a joint review of the drawings in May.')],
  ['', C, mail('Super Duplex 2507 is the grade we propose for the pump casing.')],
  ['', C, mail('The attached parts list is sorted by drawing number.')],
  ['', C, mail('Mr. Lah from our Penang office will attend the audit on Tuesday.')],
  ['', C, mail('The belt must run with no tension at rest before the test.')],
  ['', I, mail('thx, super solid work on the deck, no tension about the rest lah')],
  ['', C, mail('The person in charge (PIC) is Ms. Ito, and the PO is attached.')],
  ['', C, mail('Frozen açaí and cupuaçu pulps are both in the attached price list.')],
  ['', C, 'Dear Mr. Kato,\n\nThank you, we will ship on Monday.\n\nBest regards,\nLuca\n\nOn Mon, 1 Dec 2026, Kato Hiroshi wrote:\n> Pretty good results, no worries about the delay.'],
  ['', C, mail('The real test is the humidity cycle in week 12.')],
];

// G2: pushy or sloppy follow-ups to someone who has not replied.
const G2_FOLLOW_UP: Case[] = [
  ['cold-outreach', P, mail('This is a gentle reminder on my below mail. Kindly revert at the earliest.')],
  ['cold-outreach', P, mail('I sent our catalogue on 3 March, to which I have not received any response till date.')],
  ['cold-outreach', P, mail('We are yet to receive your feedback on the quotation sent on 2 November.')],
  ['cold-outreach', P, mail('My two previous emails seem to have gone unanswered.')],
  ['cold-outreach', P, mail('Please revert on my earlier mail at your earliest.')],
  ['cold-outreach', P, mail('Kindly acknowledge receipt of my previous mail.')],
  ['cold-outreach', P, mail('I am still awaiting your reply on the trial offer.')],
  ['cold-outreach', P, mail('As I have mentioned twice already, the pilot is free of charge.')],
  ['cold-outreach', P, mail('Just circling back on the proposal I sent.')],
  ['cold-outreach', P, mail('Any update on my offer from last week?')],
  // Round 20: "Request you to …" is the formal performative of Indian English, not a dropped subject of chat.
  ['cold-outreach', P, mail('Please see my mail below. Request you to go through the same and reply.')],
  ['cold-outreach', P, mail('Resending my note in case it got buried.')],
  ['cold-outreach', C, mail('This is a reminder about my email dated 4 November on the annual contract.')],
  ['cold-outreach', P, mail('I wrote to you on 3 and 17 November and have had no reply.')],
  ['', P, mail('Thank you for asking me to follow up this week; the revised quote is attached.')],
  ['', P, mail('I hope my earlier note reached you safely; no reply is needed if the timing is not right.')],
  ['', I, mail('Gentle reminder on my below mail, please revert today.')],
  ['', C, mail('As a reminder, my earlier email listed the shipping dates for both lots.')],
  ['', C, mail('We are adding an extra review step before any update is released.')],
  ['', P, mail('As you requested on the phone, I am following up on the sample request.')],
  ['', C, mail('Please reply to this email with your preferred delivery date.')],
  ['', C, mail('This quotation replaces the previous quotation; please reply with your PO number.')],
];

// G3: a cold pitch with no keyword — who we are, what we do or are worth, and a meeting asked of a stranger.
const G3_COLD_PITCH: Case[] = [
  ['cold-outreach', S, mail("I'm with Kestrel Robotics, where we build welding cells that pay for themselves in a year. Would you have half an hour for me in March?")],
  ['cold-outreach', S, mail('We export specialty coffee from Minas Gerais. Can we do a video meeting next week with your buyer?')],
  ['cold-outreach', S, mail('We make compostable barrier films for snack makers. Could I visit your Osaka office on the 12th?')],
  ['cold-outreach', S, mail('I run partnerships at Kestrel Robotics. We help manufacturers cut changeover time by 30%. Would 20 minutes next week work?')],
  ['cold-outreach', S, mail('Our software reduces inventory costs by up to 25 percent. Let me know when you are free to talk this week.')],
  ['cold-outreach', S, mail('I work for Tidepool Analytics. Our models turn sensor data into maintenance plans. Are you free for a short call on Thursday?')],
  ['cold-outreach', S, mail('We design wiring harnesses for tractors and combines. I would like to meet your purchasing team next month.')],
  ['cold-outreach', S, mail('Kestrel is a leading provider of inspection AI. Please let me know a convenient time for a call.')],
  ['cold-outreach', S, mail('We are a CMMI level 5 company with 2,000 engineers. Kindly let us know a suitable time for a call.')],
  ['cold-outreach', S, mail('My name is Anna Berg from Kestrel Robotics. Our welding cells cut rework by a third. Could we set up a call next week?')],
  ['cold-outreach', S, mail('We supply halal-certified gelatin to food makers in 30 countries. May we visit you during our Japan trip in May?')],
  ['cold-outreach', S, mail('I am from Verdant Labs. Our coatings last twice as long as standard ones. Could I present them to your engineers next week?')],
  ['', S, mail('Thank you for your enquiry through our website. We help manufacturers cut changeover time by 30%. Would 20 minutes next week work?')],
  ['', S, mail('Mr. Sato of Daiwa Trading suggested I write to you. We make compostable films. Could I visit your office on the 12th?')],
  ['', S, mail('Thank you for inviting us to your supplier day last week. We export specialty coffee. Could we meet again in May?')],
  ['', S, mail('It was a pleasure to meet you at FOODEX. We make compostable barrier films. Could I visit your office on the 12th?')],
  ['', C, mail('We make compostable barrier films for snack makers. Could I visit your Osaka office on the 12th?')],
  ['', S, mail('Thank you for visiting our booth at Tokyo Pack. We design wiring harnesses for tractors. I would like to meet your purchasing team next month.')],
];

describe('round 16 en-reg classes', () => {
  categoryTables([
    ['G1 casual register across Englishes', G1_REGISTER],
    ['G2 pushy follow-ups', G2_FOLLOW_UP],
    ['G3 cold pitches with no keyword', G3_COLD_PITCH],
  ]);
});

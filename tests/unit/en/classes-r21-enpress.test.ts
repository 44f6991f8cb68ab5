// Round 21 (r21-enpress): English pressure and cold outreach read as what the sentence does, in our own wordings.
// W a closing window offered as scarcity (something of ours that closes/fills/ends on a date, the next one far off);
// V a veiled consequence told as what happens to others (a generic subject restricted by not acting, a bad outcome,
// "usually"); P a two-line cold pitch (who we are, a brag, a meeting ask) with no introduction. Near misses: the
// client's own question about timing, the client's own deadline, a neutral market fact, a client, an introduction.
// The categories raised must be exactly the expected ('' = none).
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const P: DraftContext = { recipient: 'prospect', firstContact: false, now: '2026-06-16' };
const FIRST: DraftContext = { recipient: 'prospect', firstContact: true, now: '2026-06-16' };
const CLIENT: DraftContext = { recipient: 'client', firstContact: false, now: '2026-06-16' };

const mail = (body: string) => `Dear Mr. Sugimoto,\n\n${body}\n\nBest regards,\nMarc Roy`;

// W: a window of ours that closes, fills or ends on a date, the next one far away — pushing the prospect's decision.
const W_WINDOW: Case[] = [
  ['pressure', P, mail('Thank you for the call on Tuesday.\nOur summer onboarding cohort closes June 30; after that the next opening is January.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nThe autumn intake fills up by July 15, and the next one does not start until March.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nOur Q3 production slots close at the end of this month. The next available run is in February.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nRegistration for the pilot programme ends on July 10; we will not open another round before next spring.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nThe booking window for September installations shuts on Friday, and after that we are looking at December at the earliest.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nOur 2027 allocation closes on 31 July — the next allocation will not be before 2028.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nThe current batch closes next Friday. After that, the next batch is not until November.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nThe waitlist for the July delivery closes on June 25; the following delivery is only in October.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nOur onboarding calendar for this year closes on August 1, so the next start we could offer is in January.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nEnrolment for the spring training closes on March 3. The next session won\'t run until the autumn.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nThe June production window closes this Friday; the next one opens in October.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nOur implementation slots for Q4 fill on September 1, and the following openings are in Q2 next year.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nPlaces on the June batch run out on the 20th, with nothing free again until November.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nWe stop taking registrations for the summer intake on June 30, and the next intake is in January.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nSlots for our autumn cohort will be gone by mid-July; the one after that starts in January.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nOnboarding for this wave wraps up on June 30. The next wave kicks off in January.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nSign-ups for the beta close Friday; we won\'t reopen them until the new year.')],
  ['pressure', P, mail('Thank you for the call on Tuesday.\nThe spring cohort is full after May 10, and the following cohort is not until September.')],
  // Near misses: their question about timing answered, their own deadline, a client, a plain schedule, no far-off next.
  ['', P, mail('Thank you for asking about timing. To answer your question, our summer onboarding cohort closes June 30, and the next one starts in January.')],
  ['', P, mail('You asked when the next intake is: the autumn intake closes July 15, and the following one starts in March.')],
  ['', P, mail('Your tender window closes on June 30, so we will send our proposal by June 20.')],
  ['', CLIENT, mail('Our summer onboarding cohort closes June 30; after that the next opening is January.')],
  ['', P, mail('Our office closes on June 30 for the summer break and reopens on July 6.')],
  ['', P, mail('The exhibition closes on Sunday; the next one is in Osaka in January.')],
  ['', P, mail('Our fiscal year closes on March 31, and the next budget cycle starts in April.')],
  ['', P, mail('The Tokyo trade fair ends on June 30. The next fair will be held in January.')],
  ['', P, mail('Our summer cohort starts on July 1 and the next one in January; we would be glad to explain both.')],
  ['', P, mail('The ski season ends in March, and the next one starts in December.')],
  ['', P, mail('The public tender closes on June 30; the next tender round is expected in January.')],
  ['', P, mail('Our books close on March 31 for the fiscal year, and the next fiscal year starts in April.')],
  ['', P, mail('The summer intake closed in May, and the next intake is in January.')],
  ['', P, mail('We stop taking calls on December 28, and the office reopens on January 5.')],
];

// V: what happens to others who wait, aimed at the prospect's decision.
const V_VEILED: Case[] = [
  ['pressure', FIRST, mail('OEMs who haven\'t picked a monitoring vendor by this summer usually end up delaying SOP.')],
  ['pressure', P, mail('Companies that wait until the autumn typically end up paying 20% more.')],
  ['pressure', P, mail('Those who delay the decision often find that the slots are gone.')],
  ['pressure', P, mail('In our experience, teams that skip the pilot tend to regret it later.')],
  ['pressure', P, mail('Manufacturers that put off the upgrade usually fall behind their competitors within a year.')],
  ['pressure', P, mail('Insurers who have not started their migration by Q3 generally struggle to meet the FSA deadline.')],
  ['pressure', P, mail('Buyers who hold off for a better price almost always pay more in the end.')],
  ['pressure', P, mail('Anyone who waits until December usually misses the spring launch.')],
  ['pressure', P, mail('Retailers that don\'t lock in capacity now typically lose the Christmas season.')],
  ['pressure', P, mail('Firms that hesitate often end up scrambling when the regulation takes effect.')],
  ['pressure', P, mail('Most hospitals that postpone the rollout find themselves rushing at the end of the year.')],
  ['pressure', P, mail('Brands that do not commit before the summer frequently miss their shelf dates.')],
  ['pressure', P, mail('Companies that leave it until Q4 generally end up paying rush fees.')],
  ['pressure', P, mail('Plants that haven\'t upgraded yet are usually the first to be hit by the new emissions rules.')],
  ['pressure', P, mail('From what we see, distributors who sit on the decision past June tend to lose their shelf space.')],
  ['pressure', P, mail('The insurers that have not moved to the cloud by 2027 will likely struggle with the new FSA rules.')],
  ['pressure', P, mail('Anyone holding off until the spring typically ends up in a queue.')],
  // Near misses: a neutral market fact, a good outcome, no not-acting, a client, our own customers' experience.
  ['', P, mail('Companies that adopt predictive maintenance usually see a 15% drop in downtime.')],
  ['', P, mail('Customers who order more than 500 units usually receive a volume discount.')],
  ['', P, mail('OEMs who use our monitoring typically pass their R155 audit on the first attempt.')],
  ['', P, mail('Most insurers in Japan usually renew their contracts in April.')],
  ['', P, mail('Teams that are new to the tool often need a short training session, which we provide free of charge.')],
  ['', CLIENT, mail('Companies that wait until the autumn typically end up paying 20% more.')],
  ['', P, mail('Importers who have not registered for AEO status usually wait a day longer at customs clearance.')],
  ['', P, mail('Some of our customers who started late still met their launch dates with a phased rollout.')],
  ['', P, mail('Customers who do not need the cloud edition usually choose the on-premise licence.')],
  ['', P, mail('Visitors who have not registered by Friday can still sign up at the door.')],
];

const short = (body: string) => `Hi Ryo,\n\n${body}\n\nNoa`;
const dear = (body: string) => `Dear Mr. Ito,\n\n${body}\n\nBest regards,\nNoa Levi`;

// P: a two-line cold pitch on first contact: who we are, a brag, a meeting ask.
const P_PITCH: Case[] = [
  ['cold-outreach,honorific', FIRST, short('Noa here, Kavana Cyber. We stopped 3 ransomware attempts at Japanese insurers last quarter before a single file got encrypted.\nWorth 15 min next week to see if we can do the same for Shinwa Life?')],
  ['cold-outreach', FIRST, dear('Noa from Kavana Cyber here. Last year we cut claim-fraud losses at two Japanese insurers by 30%.\nWould 20 minutes on Thursday work to see if we can do the same for you?')],
  ['cold-outreach', FIRST, dear('This is Noa at Kavana Cyber. We blocked 40 phishing campaigns aimed at Asian banks this year.\nOpen to a quick call next week?')],
  // Round 22: the chat meeting ask of a first pitch is the pitch's (classes-r22-reg H).
  ['cold-outreach', FIRST, dear('Noa, Kavana Cyber. Our team helped Daiwa Mutual pass its FISC audit in six weeks.\nCan I grab 15 minutes with you on Tuesday?')],
  ['cold-outreach', FIRST, dear('Quick intro: Noa Levi, Kavana Cyber. We have protected 12 Japanese insurers from ransomware since 2024.\nWorth a short call next week?')],
  ['cold-outreach', FIRST, dear('Noa here from Kavana Cyber. We just helped a Tokyo insurer recover from an attack in 48 hours.\nHappy to show you how in a 15-minute call on Monday?')],
  ['cold-outreach', FIRST, dear('Noa, head of APAC at Kavana Cyber. We saved Sakura Life 200 million yen in fraud losses last year.\nFree for a call this Thursday?')],
  ['cold-outreach', FIRST, dear('Kavana Cyber here (Noa). We caught 3 supply-chain attacks at Japanese carmakers before they spread.\nShall we set up 15 minutes next week?')],
  ['cold-outreach', FIRST, dear('Noa Levi here — Kavana Cyber. Our SOC detected 95% of intrusions at our insurance clients within 10 minutes.\nAny chance of a quick chat next week?')],
  ['cold-outreach', FIRST, dear('I run partnerships at Kavana Cyber. We stopped a ransomware wave at two Osaka insurers in March.\nWorth 15 min to see if we can do the same for Shinwa Life?')],
  ['cold-outreach', FIRST, dear('Noa here, Kavana Cyber. We have kept 5 Japanese banks breach-free for three years.\nHow about a 15-minute call next Wednesday?')],
  ['cold-outreach', FIRST, dear('Noa from Kavana. We reduced alert noise by 70% for three insurers in Tokyo.\nCould we talk for 15 minutes next week?')],
  // Near misses: an introduction named, their own enquiry answered, a client, no ask, an existing conversation.
  ['', FIRST, dear('Mr. Sato of Daiwa Mutual suggested I write to you. Noa here, Kavana Cyber. We stopped 3 ransomware attempts at Japanese insurers last quarter.\nIf it would be of interest, I would be glad to send a short summary.')],
  ['', { ...FIRST, firstContact: false }, dear('Thank you for your enquiry through our website. We stopped 3 ransomware attempts at Japanese insurers last quarter.\nThe case study you asked for is attached.')],
  ['', CLIENT, dear('Noa here. We stopped 3 ransomware attempts at your branches last quarter.\nThe full report is attached for your review.')],
  ['', FIRST, dear('Thank you for visiting our booth at Interop Tokyo. As promised, the case study on ransomware at Japanese insurers is attached.')],
  ['', FIRST, dear('Thank you for your order of 20 licences. The invoice and the installation guide are attached.')],
  ['', { ...FIRST, recipient: 'internal' }, short('Noa here. We stopped 3 ransomware attempts at Japanese insurers last quarter.\nWorth 15 min next week to plan the case study?')],
  ['', FIRST, dear('Following your request at the seminar, I am sending the slides on ransomware trends at Japanese insurers.')],
  ['', FIRST, dear('I was introduced to you by Ms. Tanaka at Daiwa Mutual. We stopped 3 ransomware attempts at Japanese insurers last quarter.\nIf convenient, could we talk for 15 minutes next week?')],
];

const hi = (greeting: string, body: string) => `${greeting}\n\n${body}\n\nBest regards,\nTom Barrett`;

// R: register precision — one move, one finding. A casual greeting before a bare name is the address rule's (its fix
// rewrites the whole greeting); before a titled name or a group it is register. "Got your note" acknowledges receipt;
// "Got it, will send tmr" stays casual. "congrats" in a cold pitch's hook is the pitch's; to a client it is casual.
const R_REGISTER: Case[] = [
  ['honorific', CLIENT, hi('Hey Daisuke,', 'The samples shipped today.')],
  ['honorific', CLIENT, hi('Morning Ishikawa,', 'The samples shipped today.')],
  ['honorific,register', CLIENT, hi('Hey Mr. Ota,', 'The samples shipped today.')],
  ['honorific,register', CLIENT, hi('Hey guys,', 'The samples shipped today.')],
  ['honorific,register', CLIENT, hi('Hey Sato-san!!', 'The samples shipped today.')],
  ['register', CLIENT, hi('Hiya,', 'The samples shipped today.')],
  ['', CLIENT, hi('Dear Mr. Ishikawa,', 'Got your note about the honey pallets at our Yokohama warehouse. They will ship on Monday.')],
  ['', CLIENT, hi('Dear Mr. Ishikawa,', 'Got your PO for the 100 mm balls; the order confirmation is attached.')],
  ['register', CLIENT, hi('Dear Mr. Ishikawa,', 'Got it, will send the CoA tomorrow morning.')],
  ['register', CLIENT, hi('Dear Mr. Ishikawa,', 'Saw your note about the pallets. They will ship on Monday.')],
  ['register', CLIENT, hi('Dear Mr. Ishikawa,', 'Congrats on the new Sendai plant! The samples shipped today.')],
  ['', { ...CLIENT, recipient: 'internal' }, hi('Hey Ken,', 'Got your note, congrats on the deal!')],
];

categoryTables([
  ['R: register precision, one move one finding', R_REGISTER],
  ['W: a closing window offered as scarcity', W_WINDOW],
  ['V: a veiled consequence told as what happens to others', V_VEILED],
  ['P: a two-line cold pitch on first contact', P_PITCH],
]);

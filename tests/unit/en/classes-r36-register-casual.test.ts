// Round 36 (reg36, issue 10: English register), in wordings of our own written before reading any miss:
// casual register to a client, judged per sentence — chat reassurance, spoken contractions, texting shorthand,
// casual greetings and sign-offs, slang intensifiers, exclamation-heavy enthusiasm, emoji and emoticons, and the
// non-native business idioms that read abrupt to a Japanese client ("do the needful", "revert back asap", "pls find").
// Near misses that stay clean: internal mail, the client's own words quoted, "super" as a prefix, a toast described,
// product names and codes, formal "Please find attached", the same letters as an abbreviation of a trade term.
import type { DraftContext } from '../../../src/engine/types';
import { categoryTables, type Case } from './category-table';

const C: DraftContext = { recipient: 'client', firstContact: false, now: '2026-12-07' };
const I: DraftContext = { recipient: 'internal', firstContact: false, now: '2026-12-07' };

const SIGNATURE = 'Best regards,\nDaniel Weber\nSales Engineer\nKorvex Hydraulics';
const mail = (body: string) => `Dear Mr. Ishikawa,\n\n${body}\n\n${SIGNATURE}`;
const opened = (greeting: string) => `${greeting}\n\nThe revised drawings for the HX-40 manifold are attached.\n\n${SIGNATURE}`;
const signed = (closing: string) => `Dear Mr. Ishikawa,\n\nThe revised drawings for the HX-40 manifold are attached.\n\n${closing}\nDaniel Weber`;

const R_CHAT: Case[] = [
  // chat reassurance
  ['register', C, mail('No biggie if the pallets arrive a day late.')],
  ['register', C, mail('All good on our side, the parts left the plant this morning.')],
  ['register', C, mail('Sure thing, our engineer will send the torque table tomorrow.')],
  ['register', C, mail('You bet, we can add the Japanese manual to the shipment.')],
  ['register', C, mail('No worries, we will resend the corrected certificate.')],
  // spoken contractions
  ['register', C, mail('We are gonna rerun the pressure test on Thursday.')],
  ['register', C, mail('I just wanna confirm the delivery address in Sakai.')],
  ['register', C, mail('We gotta recheck the seal material before we ship.')],
  ['register', C, mail('The new coating is kinda hard to apply in winter.')],
  ['register', C, mail('Lemme check with the plant and come back to you.')],
  ['register', C, mail("Hope y'all had a restful holiday in Kyoto.")],
  // texting shorthand
  ['register', C, mail('Pls confirm the delivery date for the second lot.')],
  ['register', C, mail('Plz send the signed drawing when it is ready.')],
  ['register', C, mail('Thx again for hosting us at the Nagoya plant.')],
  ['register', C, mail('Will u be at the Osaka trade show in February?')],
  ['register', C, mail('We received ur purchase order this morning.')],
  ['register', C, mail('Btw, our office is closed on the 24th.')],
  ['register', C, mail('Please send the mill certificates asap.')],
  ['register', C, mail('The forklift broke down again lol, so loading starts at noon.')],
  ['register', C, mail('Imo the thicker gasket is the safer choice for your line.')],
  // slang intensifiers and chat words
  ['register', C, mail('The new pump is super quiet on the test bench.')],
  ['register', C, mail('Your layout for the line looks awesome.')],
  ['register', C, mail('We are crazy busy this month, so the report may take a day longer.')],
  ['register', C, mail('Totally agree with the schedule your team proposed.')],
  ['register', C, mail('Gotcha, we will switch the labels to the JIS format.')],
  // exclamation-heavy enthusiasm, emoji and emoticons
  ['register', C, mail('Thank you so much for the order!!! The whole team is thrilled!!')],
  ['register', C, mail('The samples arrived safely 😊')],
  ['register', C, mail('Thanks for the quick answer :)')],
  // non-native business idioms that read abrupt or casual to a Japanese client
  ['register', C, mail('Please revert back asap with your comments on the drawing.')],
  ['register', C, mail('Pls find the updated price list attached.')],
  // reassurance with a word after it, praise slang, a clipped week, an interjection after a dash
  ['register', C, mail('No stress though, the rest of the order is on schedule.')],
  ['register', C, mail('Your engineers totally rock.')],
  ['register', C, mail('Could we do a short call next wk?')],
  ['register', C, mail('About the colour — cool, we can match it at no extra cost.')],
];

const R_GREET: Case[] = [
  // the salutation rule names the greeting too ("Hey" greets a friend): both readers speak
  ['honorific,register', C, opened('Hey Ishikawa-san,')],
  ['honorific,register', C, opened('Hiya Mr. Ishikawa,')],
  ['honorific,register', C, opened('Yo Ishikawa-san!')],
  ['register', C, opened('Morning! Ishikawa-san,')],
  ['register', C, signed('Ta,')],
  ['register', C, signed('Later,')],
  ['register', C, signed('Talk soon!')],
  ['register', C, 'Dear Mr. Ishikawa,\n\nThx for the drawings, we are gonna check them today.\n\nTalk soon,\nDaniel Weber'],
  ['register', C, signed('xx')],
];

const R_NEAR: Case[] = [
  // internal mail: the team's own convention
  ['', I, 'Hey Ken,\n\nPls send the Ishikawa drawings asap, thx! Gonna be a long week lol.\n\nDaniel'],
  ['', I, 'Hi Ken,\n\nNo worries, I will chase the plant myself. Super busy here too.\n\nCheers,\nDaniel'],
  // the client's own words, quoted
  ['', C, mail('Your team wrote that the first trial was "super smooth", which was good to hear.')],
  ['', C, mail('Thank you for your message "No worries about the delay"; we appreciate your patience.')],
  ['', C, mail('Your operators call the new panel “awesome”, and we are glad it helps.')],
  // "super" as a prefix, a toast described, product names, trade abbreviations
  ['', C, mail('The supercharger kit for the test rig ships on Monday.')],
  ['', C, mail('The site superintendent will meet your driver at gate 3.')],
  ['', C, mail('Super Duplex 2507 tubing is in stock in both diameters.')],
  ['', C, mail('At the banquet your president raised a glass and everyone said cheers to the partnership.')],
  ['', C, mail('The Gotcha-200 sensor is our best-selling model in Europe.')],
  ['', C, mail('The vessel complies with the IMO 2020 sulphur limit.')],
  ['', C, mail('The PLS-200 level sensor replaces the old PL-100.')],
  ['', C, mail('Tantalum (Ta) content is below 0.1% in lot 7731.')],
  ['', C, mail('Part numbers ending in XX are the export variants.')],
  // the writer's accent, not chat: writers left "do the needful" and "Kindly revert" unlabelled in client mail (12 of 13,
  // sets r15–r28), and a habitual closing alone under a formal mail (greetings.json `habitual`, round 24)
  ['', C, mail('Kindly do the needful and share the forecast for March.')],
  ['', C, mail('Kindly revert with your comments on the drawing.')],
  ['', C, signed('Talk soon,')],
  // formal phrasings of the same acts
  ['', C, mail('Please find attached the revised quotation.')],
  ['', C, mail('Please find the test report attached.')],
  ['', C, mail('We will revert to the original gasket design for the next lot.')],
  ['', C, mail('Later this week we will send the inspection report.')],
  ['', C, mail('We are going to rerun the pressure test on Thursday.')],
  ['', C, mail('Please let us know at your earliest convenience.')],
  ['', C, mail('The new pump is very quiet on the test bench.')],
  ['', C, 'Good morning, Ishikawa-san,\n\nThe revised drawings for the HX-40 manifold are attached.\n\n' + SIGNATURE],
  ['', C, mail('The U-bolt kit and the V-band clamp ship together.')],
  ['', C, mail('No stress cracks were found in the weld after the fatigue test.')],
  ['', C, mail('Please check the ripper tooth on the dozer at the next service.')],
  ['', C, mail('Store the resin in a dry place — cool, dark and ventilated.')],
  ['', C, mail('Our drills cut hard rock 18% faster than the previous model.')],
];

categoryTables([
  ['r36 register: chat words, contractions, shorthand, intensifiers, marks and abrupt idioms to a client', R_CHAT],
  ['r36 register: casual greetings and sign-offs to a client', R_GREET],
  ['r36 register near misses: internal, quoted, prefixes, names, codes, formal phrasings', R_NEAR],
]);
